#include "FakeBureau.h"
#include "MemorySecretStore.h"

#include "Enrolment.h"
#include "SyncConnection.h"
#include "SyncState.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::sync;
using namespace fieldcase::sync::client;
using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorJson(const char* code) {
    return json(errorBody(QLatin1String(code), u"test"_s));
}

const QJsonObject EnrolAnswerJson{{u"device_id"_s, u"0193f5a8-0000-7000-8000-000000000001"_s},
                                  {u"device_token"_s, u"device-token-1"_s},
                                  {u"bureau_id"_s, u"fz-eeb"_s},
                                  {u"bureau_name"_s, u"福州市生态环境局"_s}};

QString pinOf(const FakeBureau& bureau) {
    return certificatePin(bureau.certificate.toDer());
}

} // namespace

class TestSyncConnection : public QObject {
    Q_OBJECT

private slots:
    void enrolmentLearnsThePinAndKeepsTokensInTheSecretStore() {
        FakeBureau bureau;
        bureau.handler = [](const FakeBureau::Request& request) {
            return request.path == u"/v1/enrol"_s ? FakeBureau::Response{200, json(EnrolAnswerJson)}
                                                  : FakeBureau::Response{404, errorJson(errors::NotFound)};
        };
        TempProfile p;
        MemorySecretStore secrets;
        PinnedNetwork network;
        Enrolment enrolment(p.store(), secrets);
        QVERIFY(!enrolment.isEnrolled());
        const CallResult<EnrolAnswer> answer =
            enrolment.enrol(network, bureau.url(), u" K7QM-2XPA-93FD "_s, u"平板 07"_s, QByteArray(32, 'k'));
        QVERIFY2(answer.ok(), qPrintable(answer.error.message + answer.error.detail));
        QCOMPARE(answer.value->pin, pinOf(bureau));
        QVERIFY(enrolment.isEnrolled());

        const QJsonObject sent = QJsonDocument::fromJson(bureau.requests.value(0).body).object();
        QCOMPARE(sent.value(u"code"_s).toString(), u"K7QM-2XPA-93FD"_s);
        QCOMPARE(sent.value(u"device_name"_s).toString(), u"平板 07"_s);
        QCOMPARE(QByteArray::fromBase64(sent.value(u"public_key"_s).toString().toLatin1()),
                 QByteArray(32, 'k'));

        store::SyncState state(p.store());
        QCOMPARE(state.value(QLatin1String(store::syncKeys::CertificatePin)), pinOf(bureau));
        QCOMPARE(state.value(QLatin1String(store::syncKeys::BureauId)), u"fz-eeb"_s);
        QCOMPARE(state.value(QLatin1String(store::syncKeys::BureauUrl)), bureau.url().toString());
        QCOMPARE(secrets.secrets.value(enrolment.secretKey(u"device_token"_s)), "device-token-1");
        // The token is in the secret store only, never in the database.
        QSqlQuery query(p.db());
        QVERIFY(query.exec(u"SELECT count(*) FROM sync_state WHERE value LIKE '%device-token%'"_s) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(enrolment.secretKey(u"x"_s).contains(Uuid7::toText(p.store().deviceId())));
    }

    void aFailedEnrolmentSavesNothing_data() {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<QString>("expectedPin");
        QTest::newRow("garbage") << u"server"_s << 200 << QByteArray("<html>hello</html>") << u"garbage"_s
                                 << QString();
        QTest::newRow("wrong json") << u"server"_s << 200 << QByteArray(R"({"device_id": 5})") << u"garbage"_s
                                    << QString();
        QTest::newRow("500") << u"server"_s << 500 << QByteArray("oops") << u"server_error"_s << QString();
        QTest::newRow("code used") << u"server"_s << 410 << errorJson(errors::Gone) << u"gone"_s << QString();
        QTest::newRow("4xx without a reply")
            << u"server"_s << 418 << QByteArray("teapot") << u"garbage"_s << QString();
        // The QR code named a pin, and another server answers.
        QTest::newRow("wrong certificate")
            << u"other"_s << 200 << json(EnrolAnswerJson) << u"tls"_s
            << certificatePin(QSslCertificate::fromPath(QStringLiteral(FIELDCASE_TEST_DATA "/tls/server.crt"))
                                  .value(0)
                                  .toDer());
    }
    void aFailedEnrolmentSavesNothing() {
        QFETCH(QString, identity);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedCode);
        QFETCH(QString, expectedPin);
        FakeBureau bureau(identity);
        bureau.handler = [&](const FakeBureau::Request&) { return FakeBureau::Response{status, body}; };
        TempProfile p;
        MemorySecretStore secrets;
        PinnedNetwork network;
        Enrolment enrolment(p.store(), secrets);
        const CallResult<EnrolAnswer> answer =
            enrolment.enrol(network, bureau.url(), u"K7QM"_s, u"平板"_s, "key", expectedPin);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error.code, expectedCode);
        QVERIFY(!answer.error.message.isEmpty());
        QVERIFY(secrets.secrets.isEmpty());
        QCOMPARE(countRows(p.db(), u"sync_state"_s), 0);
        QVERIFY(!enrolment.isEnrolled());
        if (identity == u"other"_s)
            QVERIFY(bureau.requests.isEmpty()); // nothing was sent to the impostor
    }

    void aPinnedConnectionRefusesAnotherCertificate() {
        FakeBureau real;
        FakeBureau impostor(u"other"_s);
        impostor.handler = [](const FakeBureau::Request&) {
            return FakeBureau::Response{
                200, json({{u"bureau_id"_s, u"x"_s}, {u"protocol_versions"_s, QJsonArray{1}}})};
        };
        PinnedNetwork network;
        SyncConnection connection(network, {impostor.url(), pinOf(real), "device", "session"});
        const CallResult<BureauInfo> ping = connection.ping();
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error.code, QLatin1String(localErrors::Tls));
        QVERIFY(impostor.requests.isEmpty());
    }

    void callsCarryTheTokensAndReadValidAnswers() {
        FakeBureau bureau;
        bureau.handler = [](const FakeBureau::Request& request) -> FakeBureau::Response {
            if (request.path == u"/v1/ping"_s)
                return {200, json({{u"bureau_id"_s, u"fz-eeb"_s},
                                   {u"bureau_name"_s, u"福州"_s},
                                   {u"protocol_versions"_s, QJsonArray{1}},
                                   {u"server_time"_s, u"2026-11-30T08:00:00Z"_s}})};
            if (request.path.startsWith(u"/v1/pull"_s))
                return {200,
                        json({{u"changes"_s, QJsonArray{QJsonObject{{u"seq"_s, 4},
                                                                    {u"type"_s, u"unit"_s},
                                                                    {u"id"_s, Uuid7::toText(Uuid7::create())},
                                                                    {u"version"_s, 1},
                                                                    {u"fields"_s, QJsonObject{}}}}},
                              {u"cursor"_s, 4},
                              {u"more"_s, false}})};
            if (request.path == u"/v1/numbers/reserve"_s)
                return {200,
                        json({{u"kind"_s, u"责改"_s}, {u"year"_s, 2026}, {u"first"_s, 21}, {u"last"_s, 40}})};
            return {404, errorJson(errors::NotFound)};
        };
        PinnedNetwork network;
        SyncConnection connection(network, {bureau.url(), pinOf(bureau), "device-1", "session-1"});
        const CallResult<BureauInfo> ping = connection.ping();
        QVERIFY2(ping.ok(), qPrintable(ping.error.detail));
        QCOMPARE(ping.value->bureauId, u"fz-eeb"_s);
        const CallResult<PullPage> page = connection.pull(3, 100);
        QVERIFY(page.ok());
        QCOMPARE(page.value->cursor, 4);
        QCOMPARE(page.value->changes.size(), 1);
        const FakeBureau::Request pull = bureau.requests.last();
        QCOMPARE(pull.path, u"/v1/pull?cursor=3&limit=100&max_bytes=1048576"_s);
        QCOMPARE(pull.headers.value("x-device-token"), "device-1");
        QCOMPARE(pull.headers.value("authorization"), "Bearer session-1");
        const CallResult<NumberBlock> block = connection.reserveNumbers(u"责改"_s, 20);
        QVERIFY(block.ok());
        QCOMPARE(block.value->first, 21);
    }

    void wrongAnswersBecomeTheRightError_data() {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<bool>("transient");
        QTest::newRow("ping garbage")
            << u"ping"_s << 200 << QByteArray("\x00\x01 not json", 12) << u"garbage"_s << false;
        QTest::newRow("ping other protocol")
            << u"ping"_s << 200 << json({{u"bureau_id"_s, u"b"_s}, {u"protocol_versions"_s, QJsonArray{2}}})
            << u"protocol_version"_s << false;
        QTest::newRow("pull without cursor")
            << u"pull"_s << 200 << json({{u"changes"_s, QJsonArray{}}}) << u"garbage"_s << false;
        QTest::newRow("pull more without progress")
            << u"pull"_s << 200 << json({{u"changes"_s, QJsonArray{}}, {u"cursor"_s, 3}, {u"more"_s, true}})
            << u"garbage"_s << false;
        QTest::newRow("pull broken change")
            << u"pull"_s << 200
            << json({{u"changes"_s, QJsonArray{QJsonObject{{u"seq"_s, 4}}}}, {u"cursor"_s, 4}})
            << u"garbage"_s << false;
        QTest::newRow("push answer for another mutation")
            << u"push"_s << 200
            << json({{u"results"_s, QJsonArray{QJsonObject{{u"device_seq"_s, 1},
                                                           {u"mutation_id"_s, Uuid7::toText(Uuid7::create())},
                                                           {u"status"_s, u"applied"_s}}}}})
            << u"garbage"_s << false;
        QTest::newRow("push answer that leaves the mutation out")
            << u"push"_s << 200 << json({{u"results"_s, QJsonArray{}}}) << u"garbage"_s << false;
        QTest::newRow("push rejected without code")
            << u"push"_s << 200
            << json({{u"results"_s, QJsonArray{QJsonObject{{u"status"_s, u"rejected"_s}}}}}) << u"garbage"_s
            << false;
        QTest::newRow("500") << u"pull"_s << 500 << QByteArray("Internal error") << u"server_error"_s << true;
        QTest::newRow("503 with code")
            << u"pull"_s << 503 << errorJson("unavailable") << u"unavailable"_s << true;
        QTest::newRow("revoked") << u"pull"_s << 403 << errorJson(errors::DeviceRevoked)
                                 << u"device_revoked"_s << false;
        QTest::newRow("session expired")
            << u"push"_s << 401 << errorJson(errors::Unauthenticated) << u"unauthenticated"_s << false;
        QTest::newRow("401 without body")
            << u"ping"_s << 401 << QByteArray() << u"unauthenticated"_s << false;
        QTest::newRow("sequence gap")
            << u"push"_s << 409 << errorJson(errors::SequenceGap) << u"sequence_gap"_s << false;
    }
    void wrongAnswersBecomeTheRightError() {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedCode);
        QFETCH(bool, transient);
        FakeBureau bureau;
        bureau.handler = [&](const FakeBureau::Request&) { return FakeBureau::Response{status, body}; };
        PinnedNetwork network;
        SyncConnection connection(network, {bureau.url(), pinOf(bureau), "device", "session"});
        SyncError error;
        if (call == u"ping"_s) {
            error = connection.ping().error;
        } else if (call == u"pull"_s) {
            error = connection.pull(3).error;
        } else {
            Mutation mutation;
            mutation.mutationId = Uuid7::create();
            mutation.deviceSeq = 1;
            mutation.kind = u"subject.update"_s;
            mutation.entityId = Uuid7::create();
            error =
                connection.push({{mutation.deviceSeq, mutation.mutationId, mutation.toJsonText("[]")}}).error;
        }
        QCOMPARE(error.code, expectedCode);
        QCOMPARE(error.isTransient(), transient);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.message, SyncError::describe(expectedCode));
    }

    void aServerThatDoesNotAnswerTimesOut() {
        FakeBureau bureau;
        bureau.handler = [](const FakeBureau::Request&) { return FakeBureau::Response{200, {}, true}; };
        PinnedNetwork network;
        SyncConnection connection(network, {bureau.url(), pinOf(bureau), "device", "session"});
        connection.setTimeout(300);
        const SyncError error = connection.ping().error;
        QCOMPARE(error.code, QLatin1String(localErrors::Timeout));
        QVERIFY(error.isTransient());
    }

    void nobodyListeningIsANetworkError() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        PinnedNetwork network;
        SyncConnection connection(network,
                                  {QUrl(u"https://127.0.0.1:%1"_s.arg(port)), u"00"_s, "device", "session"});
        const SyncError error = connection.ping().error;
        QCOMPARE(error.code, QLatin1String(localErrors::Network));
        QVERIFY(error.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestSyncConnection)
#include "TestSyncConnection.moc"
