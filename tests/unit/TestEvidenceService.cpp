#include "EvidenceProfile.h"

#include "AuditLog.h"
#include "DeviceKey.h"
#include "EvidenceRecords.h"
#include "IntegrityCheck.h"

#include <QDirIterator>
#include <QSqlError>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

bool exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

// Whether `needle` occurs in any file under `directory`.
QStringList filesContaining(const QString& directory, const QByteArray& needle) {
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

} // namespace

// Records are signed by the device key at intake; the key lives only in the secret store.
class TestEvidenceService : public QObject {
    Q_OBJECT

private slots:
    void theFirstOpenMakesTheDeviceKeyAndKeepsOnlyThePublicHalfInTheProfile() {
        EvidenceProfile p;
        QVERIFY2(p.evidence->canSign(), qPrintable(p.evidence->keyError()));
        QVERIFY(p.evidence->keyCreated());
        const QByteArray publicKey = store::EvidenceRecords(p.store()).devicePublicKey(p.store().deviceId());
        QCOMPARE(publicKey.size(), 32);

        const security::SecretStore::Read secret =
            p.secrets.read(ProfileEvidence::keyName(p.store().deviceId()));
        QVERIFY(secret.found);
        QCOMPARE(secret.secret.size(), 64);
        QCOMPARE(secret.secret.right(32), publicKey);
        const QByteArray seed = secret.secret.left(32);
        // Neither in the profile (database, WAL, settings, vault) nor anywhere in the home directory in
        // any encoding; gnome-keyring's own file holds it encrypted.
        for (const QByteArray& encoding : {seed, seed.toHex(), seed.toBase64()}) {
            QCOMPARE(filesContaining(p.dir.path(), encoding), QStringList());
            QCOMPARE(filesContaining(QDir::homePath(), encoding), QStringList());
        }

        p.reopenEvidence();
        QVERIFY(p.evidence->canSign());
        QVERIFY(!p.evidence->keyCreated());
        QCOMPARE(store::EvidenceRecords(p.store()).devicePublicKey(p.store().deviceId()), publicKey);
    }

    void anAddedItemIsSignedAndReadsBackAsSigned() {
        EvidenceProfile p;
        EvidenceRecord draft = p.draftFor(p.caseId);
        draft.position.position = GeoPoint{31.9527, 118.8412};
        draft.position.accuracyMeters = 4.5;
        draft.position.source = QStringLiteral("nmea:socket://127.0.0.1:2947");
        draft.officersPresent = {{Uuid7::create(), QStringLiteral("张伟"), QStringLiteral("32010001")},
                                 {Uuid7::create(), QStringLiteral("李娜"), QStringLiteral("32010002")}};
        const EvidenceService::Added added =
            p.service().add(p.makeFile(QStringLiteral("DSC_0001.jpg"), "jpeg bytes"), draft);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.record.originalName, QStringLiteral("DSC_0001.jpg"));
        QCOMPARE(added.record.deviceId, p.store().deviceId());
        QVERIFY(added.record.receivedAt.isValid());

        const std::optional<EvidenceRecord> stored = p.service().record(added.record.id);
        QVERIFY(stored);
        QCOMPARE(stored->canonicalBytes(), added.record.canonicalBytes());
        QCOMPARE(stored->officersPresent, draft.officersPresent);
        QVERIFY(p.service().signatureHolds(*stored));
        QCOMPARE(p.service().forCase(p.caseId).size(), 1);
        QCOMPARE(p.service().forCase(p.secondCaseId).size(), 0);
    }

    void anAddIsOneRowOneOutboxMutationAndOneCustodyEvent() {
        EvidenceProfile p;
        const int auditBefore = countRows(p.db(), QStringLiteral("audit_events"));
        const int outboxBefore = countRows(p.db(), QStringLiteral("outbox"));
        EvidenceRecord draft = p.draftFor(p.caseId);
        draft.intake = EvidenceIntake::Camera;
        QVERIFY(p.service().add(p.makeFile(QStringLiteral("photo.jpg"), "x"), draft).ok());
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), auditBefore + 1);
        QSqlQuery query(p.db());
        QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_events ORDER BY row DESC LIMIT 1")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("evidence.captured"));
    }

    void aChangedRecordNoLongerCarriesTheSignature() {
        EvidenceProfile p;
        const EvidenceService::Added added =
            p.service().add(p.makeFile(QStringLiteral("a.mp4"), "video"), p.draftFor(p.caseId));
        QVERIFY(added.ok());
        // The store refuses the change; a tamperer with the file would drop the trigger first.
        QSqlQuery refused(p.db());
        QVERIFY(!refused.exec(QStringLiteral("UPDATE evidence SET description = 'x'")));
        QVERIFY(exec(p.db(), QStringLiteral("DROP TRIGGER evidence_no_update")));
        QVERIFY(exec(p.db(),
                     QStringLiteral("UPDATE evidence SET captured_at_device = '2020-01-01T00:00:00.000Z'")));
        const std::optional<EvidenceRecord> changed = p.service().record(added.record.id);
        QVERIFY(changed);
        QVERIFY(!p.service().signatureHolds(*changed));
        const IntegrityReport report = IntegrityCheck(p.service()).run(QUuid());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().fault, IntegrityFault::BadSignature);
    }

    void aSignatureByAnotherKeyIsRejected() {
        EvidenceProfile p;
        const EvidenceService::Added added =
            p.service().add(p.makeFile(QStringLiteral("a.mp4"), "video"), p.draftFor(p.caseId));
        QVERIFY(added.ok());
        EvidenceRecord forged = added.record;
        QVERIFY(security::DeviceKey::verify(
            store::EvidenceRecords(p.store()).devicePublicKey(p.store().deviceId()), forged.canonicalBytes(),
            forged.signature));
        forged.signature[0] = static_cast<char>(forged.signature[0] ^ 1);
        QVERIFY(!p.service().signatureHolds(forged));
    }

    void aProfileWhoseKeyIsGoneCanVerifyButNotAdd() {
        EvidenceProfile p;
        const EvidenceService::Added added =
            p.service().add(p.makeFile(QStringLiteral("a.mp4"), "video"), p.draftFor(p.caseId));
        QVERIFY(added.ok());
        QCOMPARE(p.secrets.remove(ProfileEvidence::keyName(p.store().deviceId())), QString());
        p.reopenEvidence();
        QVERIFY(!p.evidence->canSign());
        QVERIFY(p.evidence->keyError().contains(QLatin1String("missing")));
        // No new key was made behind the profile's back.
        QVERIFY(!p.secrets.read(ProfileEvidence::keyName(p.store().deviceId())).found);
        QVERIFY(p.service().signatureHolds(*p.service().record(added.record.id)));
        const EvidenceService::Added refused =
            p.service().add(p.makeFile(QStringLiteral("b.mp4"), "more video"), p.draftFor(p.caseId));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QLatin1String("b.mp4")));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 1);
    }

    void custodyEventsJoinTheAuditChain() {
        EvidenceProfile p;
        const EvidenceService::Added added =
            p.service().add(p.makeFile(QStringLiteral("a.mp4"), "video"), p.draftFor(p.caseId));
        QVERIFY(added.ok());
        p.service().recordCustody({}, added.record, EvidenceService::Custody::Viewed);
        p.service().recordCustody({}, added.record, EvidenceService::Custody::Exported,
                                  {{QStringLiteral("to"), QStringLiteral("court")}});
        QSqlQuery query(p.db());
        QVERIFY(
            query.exec(QStringLiteral("SELECT action FROM audit_events WHERE entity_id = '%1' ORDER BY row")
                           .arg(Uuid7::toText(added.record.id))));
        QStringList actions;
        while (query.next())
            actions << query.value(0).toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("evidence.imported"), QStringLiteral("evidence.viewed"),
                                       QStringLiteral("evidence.exported")}));
        QVERIFY(store::AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceService)
#include "TestEvidenceService.moc"
