// Installed discretion standards and the results saved with cases, on a real profile: only a signed,
// valid pack is installed; a published version is never replaced; a saved result is one user action and
// reads back as it was computed, whatever is installed later.
#include "Cases.h"
#include "DiscretionStore.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "TestFiles.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;
using discretion::Answers;
using discretion::Engine;
using security::DetachedSignature;
using security::TrustedKey;

namespace {

QUuid createCase(Store& store) {
    Subject s;
    s.id = Uuid7::create();
    s.name = QStringLiteral("东方化工有限公司");
    s.creditCode = QStringLiteral("91350100M000100Y43");
    s.industry = QStringLiteral("化学原料和化学制品制造业");
    s.subjectClass = SubjectClass::Key;
    if (!Subjects(store).create({}, s))
        qFatal("cannot create the subject");
    Case c;
    c.id = Uuid7::create();
    c.provisionalLabel = Cases(store).nextProvisionalLabel(2026);
    c.subjectId = s.id;
    c.cause = QStringLiteral("无证排放水污染物案");
    c.state = CaseState::Investigating;
    c.openedAt = QDateTime::currentDateTimeUtc();
    if (!Cases(store).create({}, c))
        qFatal("cannot create the case");
    return c.id;
}

Answers exampleAnswers() {
    // README worked example 1: 620,000.
    Answers answers;
    answers.factors = {{QStringLiteral("permit_class"), QStringLiteral("key")},
                       {QStringLiteral("pollutant"), QStringLiteral("class_a")},
                       {QStringLiteral("location"), QStringLiteral("sensitive")},
                       {QStringLiteral("duration"), QStringLiteral("6_to_12m")},
                       {QStringLiteral("correction"), QStringLiteral("overdue")},
                       {QStringLiteral("repeat"), QStringLiteral("second")},
                       {QStringLiteral("old_basis"), QStringLiteral("regulation")}};
    return answers;
}

const discretion::CaseDates ExampleDates{QDate(2025, 1, 10), QDate(2025, 6, 1), QDate(2026, 3, 1)};

} // namespace

class TestDiscretionStore : public QObject {
    Q_OBJECT

    QByteArray m_pack;
    QByteArray m_signature;
    QList<TrustedKey> m_shippedKeys;
    DetachedSignature::KeyPair m_testKey;
    QList<TrustedKey> m_trusted; // the shipped keys and a test bureau's key

    // The shipped pack with one change, signed with the test key.
    QByteArray changedPack(const QByteArray& from, const QByteArray& to) const {
        QByteArray content = m_pack;
        if (!content.contains(from))
            qFatal("the shipped pack has no %s", from.constData());
        content.replace(from, to);
        return content;
    }
    QByteArray signWithTestKey(const QByteArray& content) const {
        return DetachedSignature::sign(content, m_testKey.secretKey, QStringLiteral("test-bureau"));
    }

private slots:
    void initTestCase() {
        m_pack = readFile(QStringLiteral(":/discretion/jiangning-2026.json"));
        m_signature = readFile(QStringLiteral(":/discretion/jiangning-2026.json.sig"));
        QString error;
        m_shippedKeys = DetachedSignature::parseTrustedKeys(
            readFile(QStringLiteral(":/discretion/trusted-keys.json")), &error);
        QVERIFY2(!m_shippedKeys.isEmpty(), qPrintable(error));
        m_testKey = DetachedSignature::generateKeyPair();
        m_trusted = m_shippedKeys;
        m_trusted.append({QStringLiteral("test-bureau"), m_testKey.publicKey, QStringLiteral("测试局")});
    }

    void theShippedPackInstallsOnce() {
        TempProfile p;
        DiscretionStore store(p.store());
        const int events = countRows(p.db(), QStringLiteral("audit_events"));
        DiscretionStore::InstallResult installed = store.install(m_pack, m_signature, m_shippedKeys);
        QVERIFY2(installed.ok, qPrintable(installed.message));
        QVERIFY(!installed.alreadyInstalled);
        QCOMPARE(installed.pack->id, QStringLiteral("nj-jiangning-eco"));
        QCOMPARE(countRows(p.db(), QStringLiteral("discretion_packs")), 1);
        // Installing a published standard is an audited event, not an edit to sync.
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events + 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 0);

        QSqlQuery query(p.db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT sha256, pack_id, version, key_id, content FROM discretion_packs")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString::fromLatin1(installed.pack->sha256Hex));
        QCOMPARE(query.value(1).toString(), QStringLiteral("nj-jiangning-eco"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("2026.1"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("demo-jiangning-2026"));
        QCOMPARE(query.value(4).toByteArray(), m_pack); // the exact bytes

        // Again: nothing new.
        installed = store.install(m_pack, m_signature, m_shippedKeys);
        QVERIFY(installed.ok);
        QVERIFY(installed.alreadyInstalled);
        QCOMPARE(countRows(p.db(), QStringLiteral("discretion_packs")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events + 1);

        const QList<discretion::Pack> latest = store.latestPacks();
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest[0].version, QStringLiteral("2026.1"));
        QCOMPARE(latest[0].violations.size(), 19);
        QVERIFY(store.packBySha256(QString::fromLatin1(installed.pack->sha256Hex)));
        QVERIFY(!store.packBySha256(QStringLiteral("00")));
    }

    void anUnsignedOrTamperedPackIsRefusedAndNothingWritten() {
        TempProfile p;
        DiscretionStore store(p.store());
        const int events = countRows(p.db(), QStringLiteral("audit_events"));

        DiscretionStore::InstallResult refused = store.install(m_pack, QByteArray(), m_shippedKeys);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(!refused.pack);

        // One weight changed, the bureau's signature kept.
        const QByteArray tampered = changedPack("\"start_weight\": 60", "\"start_weight\": 30");
        refused = store.install(tampered, m_signature, m_shippedKeys);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(m_shippedKeys[0].bureau), qPrintable(refused.message));

        // Signed by a key the device does not trust.
        refused = store.install(m_pack, signWithTestKey(m_pack), m_shippedKeys);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QStringLiteral("test-bureau")));

        // Signed and trusted, but not a valid pack: refused with the place of the fault.
        const QByteArray broken = changedPack("\"mode\": \"tiers\"", "\"mode\": \"stairs\"");
        refused = store.install(broken, signWithTestKey(broken), m_trusted);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral(".mode")), qPrintable(refused.message));

        QCOMPARE(countRows(p.db(), QStringLiteral("discretion_packs")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 0);
        QVERIFY(store.latestPacks().isEmpty());
    }

    void aDifferentPackWithTheSameIdAndVersionIsRefused() {
        TempProfile p;
        DiscretionStore store(p.store());
        QVERIFY(store.install(m_pack, m_signature, m_shippedKeys).ok);
        const int events = countRows(p.db(), QStringLiteral("audit_events"));

        const QByteArray impostor = changedPack("\"start_weight\": 60", "\"start_weight\": 30");
        const DiscretionStore::InstallResult refused =
            store.install(impostor, signWithTestKey(impostor), m_trusted);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("nj-jiangning-eco")) &&
                     refused.message.contains(QStringLiteral("2026.1")),
                 qPrintable(refused.message));
        QCOMPARE(countRows(p.db(), QStringLiteral("discretion_packs")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events);
        QCOMPARE(store.latestPacks().first().sha256Hex,
                 QCryptographicHash::hash(m_pack, QCryptographicHash::Sha256).toHex());
    }

    void savingAResultIsOneAction() {
        TempProfile p;
        DiscretionStore store(p.store());
        const DiscretionStore::InstallResult installed = store.install(m_pack, m_signature, m_shippedKeys);
        QVERIFY(installed.ok);
        const QUuid caseId = createCase(p.store());
        const int outbox = countRows(p.db(), QStringLiteral("outbox"));
        const int events = countRows(p.db(), QStringLiteral("audit_events"));

        const Answers answers = exampleAnswers();
        const discretion::Result result =
            Engine::compute(*installed.pack, QStringLiteral("WATER-NO-PERMIT"), answers, ExampleDates);
        QCOMPARE(result.amount, 620'000.0);
        const StoreResult saved =
            store.save({}, caseId, answers, ExampleDates, result, std::nullopt, QString());
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(countRows(p.db(), QStringLiteral("case_discretion")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), outbox + 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events + 1);

        QSqlQuery query(p.db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT kind, entity_id FROM outbox ORDER BY device_seq DESC LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("case.discretion_saved"));
        QCOMPARE(query.value(1).toString(), Uuid7::toText(caseId));

        const QList<DiscretionStore::SavedResult> results = store.resultsFor(caseId);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].violationCode, QStringLiteral("WATER-NO-PERMIT"));
        QCOMPARE(results[0].packSha256, QString::fromLatin1(installed.pack->sha256Hex));
        QCOMPARE(results[0].recommendedAmount, 620'000.0);
        QVERIFY(!results[0].departureAmount);
        QCOMPARE(results[0].dates.actStart, ExampleDates.actStart);
        QCOMPARE(results[0].dates.actEnd, ExampleDates.actEnd);
        QCOMPARE(results[0].dates.decision, ExampleDates.decision);
        QCOMPARE(results[0].answers.toJson(), answers.toJson());
        QCOMPARE(results[0].resultJson, result.toJson());
    }

    void aDepartureNeedsAReason() {
        TempProfile p;
        DiscretionStore store(p.store());
        const DiscretionStore::InstallResult installed = store.install(m_pack, m_signature, m_shippedKeys);
        QVERIFY(installed.ok);
        const QUuid caseId = createCase(p.store());
        const int outbox = countRows(p.db(), QStringLiteral("outbox"));
        const int events = countRows(p.db(), QStringLiteral("audit_events"));
        const discretion::Result result = Engine::compute(*installed.pack, QStringLiteral("WATER-NO-PERMIT"),
                                                          exampleAnswers(), ExampleDates);

        for (const QString& reason : {QString(), QStringLiteral("  \n ")}) {
            const StoreResult refused =
                store.save({}, caseId, exampleAnswers(), ExampleDates, result, 500'000.0, reason);
            QVERIFY(!refused.ok());
            QVERIFY(refused.message().contains(QStringLiteral("reason")));
        }
        QVERIFY(
            !store.save({}, caseId, exampleAnswers(), ExampleDates, result, -1.0, QStringLiteral("x")).ok());
        discretion::Result failed;
        QVERIFY(
            !store.save({}, caseId, exampleAnswers(), ExampleDates, failed, std::nullopt, QString()).ok());
        QCOMPARE(countRows(p.db(), QStringLiteral("case_discretion")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), outbox);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), events);

        // The recommended amount itself needs no reason; a departure with one is kept with it.
        QVERIFY(store.save({}, caseId, exampleAnswers(), ExampleDates, result, 620'000.0, QString()).ok());
        QVERIFY(store
                    .save({}, caseId, exampleAnswers(), ExampleDates, result, 500'000.0,
                          QStringLiteral("当事人积极配合调查"))
                    .ok());
        const QList<DiscretionStore::SavedResult> results = store.resultsFor(caseId);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[1].departureAmount.value_or(-1), 500'000.0);
        QCOMPARE(results[1].departureReason, QStringLiteral("当事人积极配合调查"));
        QCOMPARE(results[1].recommendedAmount, 620'000.0);
    }

    // A newer version changes the tables; the saved result and the pack it was computed with do not change.
    void aSavedResultOutlivesANewerVersion() {
        TempProfile p;
        DiscretionStore store(p.store());
        const DiscretionStore::InstallResult old = store.install(m_pack, m_signature, m_shippedKeys);
        QVERIFY(old.ok);
        const QUuid caseId = createCase(p.store());
        const Answers answers = exampleAnswers();
        const discretion::Result result =
            Engine::compute(*old.pack, QStringLiteral("WATER-NO-PERMIT"), answers, ExampleDates);
        QVERIFY(store.save({}, caseId, answers, ExampleDates, result, std::nullopt, QString()).ok());

        // Version 2026.2 raises the starting weight of WATER-NO-PERMIT from 10 to 20.
        QByteArray newer = changedPack("\"version\": \"2026.1\"", "\"version\": \"2026.2\"");
        const qsizetype at = newer.indexOf("\"code\": \"WATER-NO-PERMIT\"");
        const qsizetype weight = newer.indexOf("\"start_weight\": 10", at);
        QVERIFY(at > 0 && weight > at);
        newer.replace(weight, qsizetype(sizeof("\"start_weight\": 10") - 1), "\"start_weight\": 20");
        const DiscretionStore::InstallResult installed =
            store.install(newer, signWithTestKey(newer), m_trusted);
        QVERIFY2(installed.ok, qPrintable(installed.message));
        QCOMPARE(installed.pack->version, QStringLiteral("2026.2"));
        QCOMPARE(
            Engine::compute(*installed.pack, QStringLiteral("WATER-NO-PERMIT"), answers, ExampleDates).amount,
            720'000.0);

        const QList<discretion::Pack> latest = store.latestPacks();
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest[0].version, QStringLiteral("2026.2"));
        QCOMPARE(latest[0].sha256Hex, installed.pack->sha256Hex);

        const QList<DiscretionStore::SavedResult> results = store.resultsFor(caseId);
        QCOMPARE(results.size(), 1);
        const DiscretionStore::SavedResult& saved = results[0];
        QCOMPARE(saved.resultJson.value(QStringLiteral("amount")).toDouble(), 620'000.0);
        QCOMPARE(saved.resultJson, result.toJson());
        QCOMPARE(saved.answers.toJson(), answers.toJson());
        QCOMPARE(saved.resultJson.value(QStringLiteral("pack"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("2026.1"));

        const std::optional<discretion::Pack> original = store.packBySha256(saved.packSha256);
        QVERIFY(original);
        QCOMPARE(original->version, QStringLiteral("2026.1"));
        QCOMPARE(original->sha256Hex, old.pack->sha256Hex);
        // Recomputed from the very pack it was saved with, the result is the same.
        QCOMPARE(Engine::compute(*original, saved.violationCode, saved.answers, saved.dates).toJson(),
                 saved.resultJson);
    }
};

QTEST_GUILESS_MAIN(TestDiscretionStore)
#include "TestDiscretionStore.moc"
