#include "EvidenceProfile.h"

#include "AuditLog.h"
#include "DeviceKey.h"
#include "EvidenceRecords.h"
#include "Importer.h"
#include "IntegrityCheck.h"

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

void flipByte(const QString& path, qint64 offset) {
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(static_cast<char>(byte ^ 0x01)));
}

} // namespace

class TestIntegrityCheck : public QObject {
    Q_OBJECT

private slots:
    void anIntactVaultPasses() {
        EvidenceProfile p;
        const ImportReport imported =
            Importer(p.service())
                .run({p.makeFile(QStringLiteral("a.jpg"), "a"), p.makeFile(QStringLiteral("b.jpg"), "b")},
                     p.draftFor(p.caseId));
        QCOMPARE(imported.added.size(), 2);
        const IntegrityReport report = IntegrityCheck(p.service()).run(QUuid());
        QVERIFY(report.intact());
        QCOMPARE(report.checked, 2);
    }

    // A leader's device holds evidence captured elsewhere as metadata until someone opens the original:
    // its signature is checked against the capturing device's key, and the absent file is no fault.
    void evidenceFromAnotherDeviceWithoutItsFileIsNoFault() {
        EvidenceProfile p;
        const security::LoadedDeviceKey camera =
            security::DeviceKey::loadOrCreate(p.secrets, QStringLiteral("fieldcase-test-other-device"));
        QVERIFY(camera.key);
        const QUuid cameraId = Uuid7::create();
        QVERIFY(store::EvidenceRecords(p.store()).setDevicePublicKey(cameraId, camera.key->publicKey()));
        EvidenceRecord pulled = p.draftFor(p.caseId);
        pulled.id = Uuid7::create();
        pulled.sha256 = QString(64, u'b');
        pulled.size = 4096;
        pulled.capturedAtDevice = QDateTime::currentDateTimeUtc();
        pulled.receivedAt = pulled.capturedAtDevice;
        pulled.deviceId = cameraId;
        pulled.signature = camera.key->sign(pulled.canonicalBytes());
        EvidenceRecord forged = pulled;
        forged.id = Uuid7::create();
        forged.description = QStringLiteral("改过的描述");
        for (const EvidenceRecord& record : {pulled, forged}) {
            QSqlDatabase db = p.db();
            QVERIFY(store::EvidenceRecords::insertRow(db, record));
        }

        const IntegrityReport report = IntegrityCheck(p.service()).run(QUuid());
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.onBureauOnly, 1);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems[0].record.id, forged.id);
        QCOMPARE(report.problems[0].fault, IntegrityFault::BadSignature);
    }

    void aFlippedByteAndADeletedFileAreFoundWithTheirCases() {
        EvidenceProfile p;
        Importer importer(p.service());
        const ImportReport first =
            importer.run({p.makeFile(QStringLiteral("outfall.jpg"), QByteArray(5000, 'o')),
                          p.makeFile(QStringLiteral("intact.jpg"), "fine")},
                         p.draftFor(p.caseId));
        const ImportReport second = importer.run(
            {p.makeFile(QStringLiteral("interview.wav"), QByteArray(3000, 'w'))}, p.draftFor(p.secondCaseId));
        QCOMPARE(first.added.size() + second.added.size(), 3);
        const EvidenceRecord altered = first.added.first();
        const EvidenceRecord missing = second.added.first();
        flipByte(p.evidence->vault().pathFor(altered.sha256), 4321);
        QVERIFY(QFile::remove(p.evidence->vault().pathFor(missing.sha256)));

        const IntegrityReport report = IntegrityCheck(p.service()).run(QUuid());
        QVERIFY(!report.intact());
        QCOMPARE(report.checked, 3);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems[0].record.id, altered.id);
        QCOMPARE(report.problems[0].fault, IntegrityFault::Altered);
        QVERIFY(report.problems[0].message().contains(QLatin1String("outfall.jpg")));
        QCOMPARE(report.problems[1].record.id, missing.id);
        QCOMPARE(report.problems[1].fault, IntegrityFault::Missing);
        QVERIFY(report.problems[1].message().contains(QLatin1String("interview.wav")));
        QCOMPARE(report.affectedCases(), (QSet<QUuid>{p.caseId, p.secondCaseId}));

        // The damage is on the record: one custody event per bad item and one for the run.
        QSqlQuery query(p.db());
        QVERIFY(query.exec(
                    QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'evidence.verified'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT details FROM audit_events WHERE action = 'evidence.integrity_checked'")) &&
                query.next());
        QVERIFY(query.value(0).toString().contains(QLatin1String("altered")));
        QVERIFY(store::AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }

    void aCancelledCheckSaysSo() {
        EvidenceProfile p;
        QCOMPARE(
            Importer(p.service())
                .run({p.makeFile(QStringLiteral("a.jpg"), "a"), p.makeFile(QStringLiteral("b.jpg"), "b")},
                     p.draftFor(p.caseId))
                .added.size(),
            2);
        const IntegrityReport report =
            IntegrityCheck(p.service()).run(QUuid(), [](int done, int, qint64) { return done < 1; });
        QVERIFY(report.cancelled);
        QVERIFY(!report.intact());
        QCOMPARE(report.checked, 1);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "TestIntegrityCheck.moc"
