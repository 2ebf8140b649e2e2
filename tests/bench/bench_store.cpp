// ./dev bench store: the case store on a profile of 100,000 cases and 20,000 subjects.
//
// Each query is measured through FieldCase's own code, and the exact statements it ran (captured with
// sqlite3_trace_v2, parameters expanded) are replayed through the sqlite3 shell in the same run as the
// baseline. Targets: list page and search <= 30 ms each and <= 2x the sqlite3 time.

#include "BenchReport.h"

#include "Cases.h"
#include "Lists.h"
#include "Profile.h"
#include "Search.h"
#include "Seeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace fieldcase;

namespace {

const QString Bench = QStringLiteral("store");

// Collects the SQL of every top-level statement run on a connection while it is installed.
class StatementRecorder {
public:
    explicit StatementRecorder(QSqlDatabase db)
        : m_handle(*static_cast<sqlite3* const*>(db.driver()->handle().constData())) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementRecorder::onTrace, this);
    }
    ~StatementRecorder() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    const QStringList& statements() const { return m_statements; }

private:
    static int onTrace(unsigned, void* self, void* statement, void* text) {
        // Statements run by triggers arrive as "-- ..." comments; only the top level is replayed.
        if (QByteArray(static_cast<const char*>(text)).startsWith("--"))
            return 0;
        char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        static_cast<StatementRecorder*>(self)->m_statements << QString::fromUtf8(expanded);
        sqlite3_free(expanded);
        return 0;
    }
    sqlite3* m_handle;
    QStringList m_statements;
};

// Wall time of one sqlite3 shell process that opens the database, runs `statements` once to warm the
// cache and then `repetitions` more times, output discarded.
double shellRunMs(const QString& databasePath, const QStringList& statements, int repetitions) {
    QString script = QStringLiteral(".output /dev/null\n");
    for (int run = 0; run <= repetitions; ++run) {
        for (const QString& statement : statements)
            script += statement + QStringLiteral(";\n");
    }
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {databasePath});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(120000);
    return timer.nsecsElapsed() / 1e6;
}

// Time the sqlite3 shell takes for the statements once, per repetition. The shell's own timer counts
// whole milliseconds, too coarse here; instead two processes, with and without the repetitions, are
// timed and the difference divided (best of three each, to skip scheduling noise).
double sqliteShellMs(const QString& databasePath, const QStringList& statements, int repetitions) {
    double withRuns = 1e9;
    double withoutRuns = 1e9;
    for (int attempt = 0; attempt < 3; ++attempt) {
        withRuns = std::min(withRuns, shellRunMs(databasePath, statements, repetitions));
        withoutRuns = std::min(withoutRuns, shellRunMs(databasePath, statements, 0));
    }
    return std::max(0.0, withRuns - withoutRuns) / repetitions;
}

// Measures `work` and its statements in the shell. With `withinTwiceShell`, the target also asks for at
// most twice the shell's time (the issue sets it for list pages and search).
void compare(const QString& metric, QSqlDatabase db, const QString& path, const std::function<void()>& work,
             double targetMs, bool withinTwiceShell = true) {
    constexpr int Runs = 15;
    const double ms = medianMs(Runs, work);
    QStringList statements;
    {
        StatementRecorder recorder(db);
        work();
        statements = recorder.statements();
    }
    const double baseline = sqliteShellMs(path, statements, 50);
    const double ratio = baseline > 0 ? ms / baseline : 0;
    report(Bench, metric, ms, QStringLiteral("ms"),
           {{QStringLiteral("baseline_sqlite3_ms"), baseline},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("statements"), statements.size()},
            {QStringLiteral("target_ms"), targetMs},
            {QStringLiteral("ok"), ms <= targetMs && (!withinTwiceShell || ratio <= 2.0)}});
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Keep the seeded profile in DIR."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases to seed."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("subjects"), QStringLiteral("Subjects to seed."), QStringLiteral("M"),
                      QStringLiteral("20000")});
    parser.process(app);

    QTemporaryDir temporary;
    const QString directory =
        parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : temporary.path();
    QDir(directory).removeRecursively();

    store::Profile profile;
    if (const auto opened = profile.open(directory, true); !opened.ok()) {
        qCritical("%s", qPrintable(opened.message));
        return 1;
    }
    const demo::Seeder::Counts counts{parser.value(QStringLiteral("subjects")).toInt(),
                                      parser.value(QStringLiteral("cases")).toInt()};
    QElapsedTimer timer;
    timer.start();
    if (const auto seeded = demo::Seeder::seed(profile.store(), counts); !seeded) {
        qCritical("%s", qPrintable(seeded.message()));
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    report(Bench, QStringLiteral("seed_rate"), (counts.cases + counts.subjects) / seconds,
           QStringLiteral("rows/s"),
           {{QStringLiteral("cases"), counts.cases},
            {QStringLiteral("subjects"), counts.subjects},
            {QStringLiteral("seconds"), seconds}});

    QSqlDatabase db = profile.store().connection();
    const QString path = profile.databasePath();

    // The leader's review queue as the list model first shows it: count for the scroll bar, then page one.
    compare(
        QStringLiteral("case_list_first_page_filtered_sorted"), db, path,
        [&] {
            store::CaseList list(db);
            list.setFilter({{},
                            {CaseState::OpeningApproval, CaseState::CaseReview, CaseState::Decision,
                             CaseState::ClosingApproval},
                            {}});
            list.setSort(store::CaseList::OpenedAt, Qt::DescendingOrder);
            list.count();
            list.page(0, 200);
        },
        30);

    // Every column, both directions: the slowest first page a header click can cause.
    double slowestSortMs = 0;
    QString slowestSort;
    for (int column = 0; column < store::CaseList::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = medianMs(5, [&] {
                store::CaseList list(db);
                list.setSort(store::CaseList::Column(column), order);
                list.count();
                list.page(0, 200);
            });
            if (ms > slowestSortMs) {
                slowestSortMs = ms;
                slowestSort =
                    QStringLiteral("column %1 %2")
                        .arg(column)
                        .arg(order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
            }
        }
    }
    report(Bench, QStringLiteral("case_list_slowest_sort_first_page"), slowestSortMs, QStringLiteral("ms"),
           {{QStringLiteral("which"), slowestSort},
            {QStringLiteral("target_ms"), 30},
            {QStringLiteral("ok"), slowestSortMs <= 30}});

    // Dragging the scroll bar to the end: the last page of 100,000 rows.
    compare(
        QStringLiteral("case_list_last_page"), db, path,
        [&] { store::CaseList(db).page(counts.cases - 200, 200); }, 30);

    compare(
        QStringLiteral("search_two_chinese_characters"), db, path,
        [&] { store::Search(db).find(QStringLiteral("化工"), 50); }, 30);

    QUuid caseId;
    {
        store::CaseList list(db);
        caseId = list.page(counts.cases / 2, 1).value(0).id;
    }
    compare(
        QStringLiteral("open_case_with_events"), db, path,
        [&] {
            store::Cases cases(profile.store());
            cases.caseById(caseId);
            cases.subjectName(caseId);
            cases.events(caseId);
        },
        30, false);
    return 0;
}
