#include "EvidenceProfile.h"

#include "AuditLog.h"

#include <QDirIterator>
#include <QProcess>

#include <sys/stat.h>

using namespace fieldcase;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(FIELDCASE_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

// The vault's files; with `suffix`, only those ending in it (name filters would skip the folders).
QStringList vaultEntries(const QString& vault, const QString& suffix = {}) {
    QStringList files;
    QDirIterator it(vault, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(suffix))
            files << path;
    }
    return files;
}

} // namespace

// fieldcase-cli evidence import/verify as a clerk runs them, on a real profile, as a separate process.
class TestEvidenceCli : public QObject {
    Q_OBJECT

private slots:
    void aClerkImportsAFolderByCaseNumberAndVerifies() {
        EvidenceProfile p;
        const QString profileDir = p.dir.path();
        QDir(p.sourceDir.path()).mkpath(QStringLiteral("DCIM"));
        p.makeFile(QStringLiteral("DCIM/a.mp4"), QByteArray(100000, 'a'));
        p.makeFile(QStringLiteral("DCIM/b.jpg"), "b");
        p.makeFile(QStringLiteral("DCIM/readme.txt"), "not evidence");
        p.evidence.reset();
        p.profile.close();

        Run run = cli({QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--profile"),
                       profileDir, QStringLiteral("--case"), QStringLiteral("临-2026-0001"),
                       QStringLiteral("--body-camera"), p.sourceDir.filePath(QStringLiteral("DCIM"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Imported 2, skipped 0 duplicates, 0 failed.")),
                 qPrintable(run.out));

        run = cli(
            {QStringLiteral("evidence"), QStringLiteral("verify"), QStringLiteral("--profile"), profileDir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("All 2 evidence items are intact.")));

        const QStringList stored = vaultEntries(profileDir + QStringLiteral("/vault"));
        QCOMPARE(stored.size(), 2);
        QVERIFY(QFile::remove(stored.first()));
        run = cli(
            {QStringLiteral("evidence"), QStringLiteral("verify"), QStringLiteral("--profile"), profileDir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QLatin1String("missing")), qPrintable(run.out));
    }

    void anUnknownCaseIsRefusedAndNothingIsImported() {
        EvidenceProfile p;
        const QString file = p.makeFile(QStringLiteral("a.jpg"), "a");
        p.evidence.reset();
        p.profile.close();
        const Run run =
            cli({QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--profile"),
                 p.dir.path(), QStringLiteral("--case"), QStringLiteral("临-2099-9999"), file});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(vaultEntries(p.dir.filePath(QStringLiteral("vault"))), QStringList());
    }

    void anImportKilledHalfWayLeavesNoPartialEvidence() {
        EvidenceProfile p;
        const QString profileDir = p.dir.path();
        const QString saved = p.makeFile(QStringLiteral("saved.jpg"), "already saved");
        p.evidence.reset();
        p.profile.close();
        QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--profile"),
                      profileDir, QStringLiteral("--case"), QStringLiteral("临-2026-0001"), saved})
                     .exitCode,
                 0);

        // A FIFO stands in for a slow body camera: the import reads what the test writes, and the test
        // kills it while the copy is half done, whatever the machine's speed.
        const QString pipe = p.sourceDir.filePath(QStringLiteral("stream.mp4"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QProcess import;
        import.start(QStringLiteral(FIELDCASE_CLI),
                     {QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--profile"),
                      profileDir, QStringLiteral("--case"), QStringLiteral("临-2026-0001"), pipe});
        QVERIFY(import.waitForStarted());
        QFile writer(pipe);
        QVERIFY(writer.open(QIODevice::WriteOnly)); // blocks until the import opens its end
        writer.write(QByteArray(3 * 1024 * 1024, 'v'));
        writer.flush();
        // Killed once it has copied part of the stream (its progress line says how much).
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += import.readAllStandardError()).contains("1 / "), 30000);
        import.kill();
        QVERIFY(import.waitForFinished());
        writer.close();

        // Nothing of the killed import is visible: one evidence file, one row, the chain intact. (On Linux
        // the copy is an unnamed O_TMPFILE until it is complete; elsewhere a ".part" file may be left,
        // which the next open removes.)
        const QString vault = profileDir + QStringLiteral("/vault");
        store::Profile reopened;
        QVERIFY(reopened.open(profileDir, false).ok());
        QCOMPARE(countRows(reopened.store().connection(), QStringLiteral("evidence")), 1);
        QVERIFY(
            store::AuditLog(reopened.store().connection()).verify(reopened.store().deviceId()).isIntact());
        security::KeychainSecretStore secrets;
        evidence::ProfileEvidence evidence(reopened, secrets);
        QCOMPARE(vaultEntries(vault),
                 QStringList{evidence.vault().pathFor(evidence.service().all().first().sha256)});
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "TestEvidenceCli.moc"
