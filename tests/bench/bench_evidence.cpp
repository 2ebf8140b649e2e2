// bench_evidence: evidence import against `sha256sum` + `cp` of the same files, measured in the same run.
//   bench_evidence --data DIR
// Two workloads, as body cameras produce them: one 1 GiB video, and 500 files of 4 MB (photos and short
// clips). For each: the baseline (sha256sum of the files, then cp of them into a folder on the same disk,
// each a separate process timed from the outside), then the import into a fresh profile's vault (read
// once, hashed while written, fsynced, renamed, signed, recorded), then the baseline again; the ratio is
// to the mean of the two baselines, so a cache that warms up during the run favours neither side.
// Resident memory is sampled at every chunk of the import; the target is <= 100 MB above idle.

#include "BenchReport.h"

#include "Cases.h"
#include "Importer.h"
#include "Profile.h"
#include "ProfileEvidence.h"
#include "SecretStore.h"
#include "Subjects.h"
#include "Uuid7.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>

using namespace fieldcase;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Incompressible bytes, different in every file (so no two files share a hash and none is skipped).
bool writeFile(const QString& path, qint64 size, quint32 seed) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 * MiB, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
    for (qint64 written = 0; written < size;) {
        const qint64 n = qMin<qint64>(block.size(), size - written);
        if (file.write(block.constData(), n) != n)
            return false;
        written += n;
        block[0] = static_cast<char>(block[0] + 1);
    }
    return file.flush();
}

QStringList prepare(const QString& folder, int count, qint64 size) {
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path =
            QDir(folder).filePath(QStringLiteral("FILE%1.MP4").arg(i, 4, 10, QLatin1Char('0')));
        if (!QFileInfo(path).exists() || QFileInfo(path).size() != size)
            if (!writeFile(path, size, quint32(i + 1) * 7919u))
                qFatal("cannot write %s", qPrintable(path));
        files << path;
    }
    return files;
}

double processMs(const QString& program, const QStringList& arguments) {
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return timer.nsecsElapsed() / 1e6;
}

// sha256sum of the files, then cp of them to a fresh folder; the copy is removed afterwards.
double baselineMs(const QStringList& files, const QString& scratch) {
    QDir(scratch).removeRecursively();
    QDir().mkpath(scratch);
    const double hash = processMs(QStringLiteral("sha256sum"), files);
    const double copy = processMs(QStringLiteral("cp"), QStringList(files) << scratch);
    QDir(scratch).removeRecursively();
    return hash + copy;
}

struct ImportRun {
    double ms = 0;
    double idleMiB = 0;
    double peakMiB = 0;
    int added = 0;
};

ImportRun importInto(const QString& profileDir, const QStringList& files) {
    QDir(profileDir).removeRecursively();
    store::Profile profile;
    if (!profile.open(profileDir, true).ok())
        qFatal("cannot open the profile");
    Subject subject;
    subject.id = Uuid7::create();
    subject.name = QStringLiteral("基准测试企业");
    subject.creditCode = QStringLiteral("91350100M000100Y43");
    store::Subjects(profile.store()).create({}, subject);
    Case c;
    c.id = Uuid7::create();
    c.provisionalLabel = QStringLiteral("临-2026-0001");
    c.subjectId = subject.id;
    c.cause = QStringLiteral("基准");
    c.openedAt = QDateTime::currentDateTimeUtc();
    store::Cases(profile.store()).create({}, c);
    security::KeychainSecretStore secrets;
    evidence::ProfileEvidence evidence(profile, secrets);
    if (!evidence.canSign())
        qFatal("no device key: %s", qPrintable(evidence.keyError()));
    EvidenceRecord draft;
    draft.caseId = c.id;
    draft.intake = EvidenceIntake::BodyCamera;

    ImportRun run;
    run.idleMiB = residentMiB();
    run.peakMiB = run.idleMiB;
    int chunks = 0;
    QElapsedTimer timer;
    timer.start();
    const evidence::ImportReport report =
        evidence::Importer(evidence.service()).run(files, draft, [&](qint64, qint64, int) {
            if (++chunks % 16 == 0) // /proc reads are cheap, but not free
                run.peakMiB = qMax(run.peakMiB, residentMiB());
            return true;
        });
    run.ms = timer.nsecsElapsed() / 1e6;
    run.peakMiB = qMax(run.peakMiB, residentMiB());
    run.added = int(report.added.size());
    if (!report.ok())
        qFatal("import failed");
    return run;
}

void measure(const QString& workload, const QStringList& files, const QString& dataDir) {
    const QString scratch = QDir(dataDir).filePath(QStringLiteral("cp-target"));
    const QString profileDir = QDir(dataDir).filePath(QStringLiteral("profile"));
    qint64 bytes = 0;
    for (const QString& file : files)
        bytes += QFileInfo(file).size();
    // Warm the cache once so the first measurement does not pay for the data generation's writeback.
    processMs(QStringLiteral("cat"), files);
    const double before = baselineMs(files, scratch);
    const ImportRun run = importInto(profileDir, files);
    const double after = baselineMs(files, scratch);
    QDir(profileDir).removeRecursively();
    const double baseline = (before + after) / 2;
    report(QStringLiteral("evidence"), workload + QStringLiteral(".import_ms"), run.ms, QStringLiteral("ms"),
           {{QStringLiteral("baseline_sha256sum_plus_cp_ms"), baseline},
            {QStringLiteral("baseline_runs_ms"), QJsonArray{before, after}},
            {QStringLiteral("ratio"), run.ms / baseline},
            {QStringLiteral("target_ratio"), 1.15},
            {QStringLiteral("files"), int(files.size())},
            {QStringLiteral("mib"), double(bytes) / MiB},
            {QStringLiteral("import_mib_per_s"), double(bytes) / MiB / (run.ms / 1000)}});
    report(QStringLiteral("evidence"), workload + QStringLiteral(".rss_above_idle_mib"),
           run.peakMiB - run.idleMiB, QStringLiteral("MiB"),
           {{QStringLiteral("idle_mib"), run.idleMiB},
            {QStringLiteral("peak_mib"), run.peakMiB},
            {QStringLiteral("target_mib"), 100}});
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), QStringLiteral("Folder for the generated files."), QStringLiteral("DIR")});
    parser.process(app);
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty())
        qFatal("--data DIR is required");
    measure(QStringLiteral("one_1gib_file"),
            prepare(QDir(dataDir).filePath(QStringLiteral("large")), 1, 1024 * MiB), dataDir);
    measure(QStringLiteral("500_files_of_4mb"),
            prepare(QDir(dataDir).filePath(QStringLiteral("small")), 500, 4 * 1000 * 1000), dataDir);
    return 0;
}
