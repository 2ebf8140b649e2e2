#include "Seeder.h"

#include "Accounts.h"
#include "Cases.h"
#include "DemoData.h"
#include "Generator.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace fieldcase::demo {

using store::StoreResult;

namespace {

struct SubjectRef {
    QString id;
    QString name;
};

QList<SubjectRef> existingSubjects(QSqlDatabase db) {
    QList<SubjectRef> refs;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM subjects"))) {
        while (query.next())
            refs.append({query.value(0).toString(), query.value(1).toString()});
    }
    return refs;
}

StoreResult failed(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

} // namespace

StoreResult Seeder::seed(store::Store& store, Counts counts, const Progress& progress) {
    store::Accounts accounts(store);
    if (accounts.userCount() == 0) {
        if (StoreResult r = DemoData::create(store); !r)
            return r;
    }
    QList<User> officers;
    for (const User& user : accounts.users()) {
        if (user.canEnforce())
            officers.append(user);
    }
    if (officers.isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("Seeder", "The profile has no certified officers to lead cases."));

    // Seeded rows do not collide with the demo's: a different seed gives different codes and names.
    Generator generate(counts.subjects * 31 + counts.cases);
    QList<SubjectRef> subjects = existingSubjects(store.connection());
    const qint64 total = qint64(counts.subjects) + counts.cases;
    qint64 done = 0;
    const int year = QDate::currentDate().year();
    const QString deviceTag = Uuid7::toText(store.deviceId()).right(4).toUpper();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int existingSubjects = static_cast<int>(subjects.size());

    auto reportBatch = [&](qint64 rows) {
        done += rows;
        return !progress || progress(done, total);
    };

    for (int start = 0; start < counts.subjects; start += BatchSize) {
        const int end = std::min(counts.subjects, start + BatchSize);
        const QJsonObject details{{QStringLiteral("subjects"), end - start}};
        StoreResult r = store.bulkLoad({}, QStringLiteral("seed.subjects"), details, [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO subjects(id, name, credit_code, address, latitude, longitude, "
                               "industry, class, permit_number, grid, contacts) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')"));
            for (int i = start; i < end; ++i) {
                const Subject s = generate.subject(existingSubjects + i);
                query.addBindValue(Uuid7::toText(s.id));
                query.addBindValue(s.name);
                query.addBindValue(s.creditCode);
                query.addBindValue(store::sql::text(s.address));
                query.addBindValue(s.position->latitude);
                query.addBindValue(s.position->longitude);
                query.addBindValue(store::sql::text(s.industry));
                query.addBindValue(enumKey(s.subjectClass));
                query.addBindValue(store::sql::text(s.dischargePermitNumber));
                query.addBindValue(store::sql::text(s.grid));
                if (!query.exec())
                    return failed(query);
                subjects.append({Uuid7::toText(s.id), s.name});
            }
            return StoreResult();
        });
        if (!r)
            return r;
        if (!reportBatch(end - start))
            return {};
    }
    if (subjects.isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("Seeder", "Cases need at least one subject."));

    for (int start = 0; start < counts.cases; start += BatchSize) {
        const int end = std::min(counts.cases, start + BatchSize);
        const QJsonObject details{{QStringLiteral("cases"), end - start}};
        StoreResult r = store.bulkLoad({}, QStringLiteral("seed.cases"), details, [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO cases(id, provisional_label, official_number, subject_id, "
                               "subject_name, cause, state, lead_officer_id, unit_id, opened_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (int i = start; i < end; ++i) {
                const SubjectRef& subject = subjects[generate.bounded(static_cast<int>(subjects.size()))];
                const User& lead = officers[i % officers.size()];
                const CaseState state = generate.caseState();
                // Spread over about three years, newest last, like a device that has been in use.
                const qint64 openedMs = now - qint64(counts.cases - i) * 900'000;
                query.addBindValue(Uuid7::toText(Uuid7::createAt(openedMs)));
                query.addBindValue(QStringLiteral("临-%1-%2-S%3")
                                       .arg(year)
                                       .arg(deviceTag)
                                       .arg(i + 1, 6, 10, QLatin1Char('0')));
                query.addBindValue(
                    state >= CaseState::Investigating
                        ? QStringLiteral("宁环罚立字〔%1〕%2号").arg(year - i % 3).arg(i + 1000)
                        : QStringLiteral(""));
                query.addBindValue(subject.id);
                query.addBindValue(subject.name);
                query.addBindValue(subject.name + generate.caseCause().cause);
                query.addBindValue(enumKey(state));
                query.addBindValue(Uuid7::toText(lead.id));
                query.addBindValue(Uuid7::toText(lead.unitId));
                query.addBindValue(
                    QDateTime::fromMSecsSinceEpoch(openedMs, QTimeZone::utc()).toString(Qt::ISODate));
                if (!query.exec())
                    return failed(query);
            }
            return StoreResult();
        });
        if (!r)
            return r;
        if (!reportBatch(end - start))
            return {};
    }
    return {};
}

} // namespace fieldcase::demo
