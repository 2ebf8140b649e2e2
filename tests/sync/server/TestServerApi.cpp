// The bureau server's rules through Api::handle, in process: enrolment, login, push (idempotence, sequence,
// merge, conflicts, the state machine, roles, scope), pull paging, case numbers, revoked devices and bad
// input. Runs on SQLite, and again on PostgreSQL when FIELDCASE_TEST_PG names a database.

#include "ServerFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fieldcase;
using namespace fieldcase::sync;
using namespace fieldcase::sync::server;
using fieldcase::sync::server::testing::ServerFixture;

namespace {

QJsonArray changes(std::initializer_list<QJsonObject> list) {
    QJsonArray array;
    for (const QJsonObject& change : list)
        array.append(change);
    return array;
}

QString status(const QJsonObject& result) {
    return result.value(QStringLiteral("status")).toString();
}

QString code(const QJsonObject& result) {
    return result.value(QStringLiteral("code")).toString();
}

QString errorCode(const HttpResponse& response) {
    return ServerFixture::json(response)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestServerApi : public QObject {
    Q_OBJECT

public:
    explicit TestServerApi(bool postgres)
        : m_postgres(postgres) {}

private:
    // Every change in `login`'s scope after `cursor`, following the pages to the end.
    QList<QJsonObject> pullAll(const QString& login, qint64 cursor, int limit = 1000,
                               qint64 maxBytes = 1 << 20, int* pages = nullptr) {
        const QString session = f.cachedSession(login);
        QList<QJsonObject> all;
        for (int page = 1;; ++page) {
            const HttpResponse answer = f.call("GET",
                                               QStringLiteral("/v1/pull?cursor=%1&limit=%2&max_bytes=%3")
                                                   .arg(cursor)
                                                   .arg(limit)
                                                   .arg(maxBytes),
                                               {}, f.device.token, session);
            const QJsonObject body = ServerFixture::json(answer);
            for (const QJsonValue& change : body.value(QStringLiteral("changes")).toArray())
                all.append(change.toObject());
            cursor = body.value(QStringLiteral("cursor")).toInteger();
            if (!body.value(QStringLiteral("more")).toBool()) {
                if (pages)
                    *pages = page;
                return all;
            }
        }
    }

    std::optional<QJsonObject> latest(const QString& login, const QString& type, const QUuid& id) {
        std::optional<QJsonObject> found;
        for (const QJsonObject& change : pullAll(login, 0)) {
            if (change.value(QStringLiteral("type")).toString() == type &&
                change.value(QStringLiteral("id")).toString() == Uuid7::toText(id))
                found = change;
        }
        return found;
    }

    qint64 currentSeq() {
        Rows query = f.database->run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM entities"));
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    QJsonObject transition(const QString& login, const QUuid& caseId, const QString& from,
                           const QString& to) {
        return f.pushOne(login, QStringLiteral("case.transition"), caseId,
                         changes({ServerFixture::change(QStringLiteral("state"), from, to)}));
    }

    ServerFixture f;
    bool m_postgres = false;

private slots:
    void initTestCase() {
        if (m_postgres && ServerFixture::postgresConnection().isEmpty())
            QSKIP(
                "FIELDCASE_TEST_PG is not set: the PostgreSQL run needs a database (./dev test starts one)");
        QString error;
        QVERIFY2(f.create(m_postgres, &error), qPrintable(error));
    }

    void pingNeedsNoToken() {
        const HttpResponse answer = f.call("GET", QStringLiteral("/v1/ping"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(ServerFixture::json(answer).value(QStringLiteral("bureau_id")).toString(),
                 f.config.bureauId);
        QCOMPARE(ServerFixture::json(answer).value(QStringLiteral("protocol_versions")).toArray(),
                 QJsonArray{1});
    }

    void enrolCodeWorksOnce() {
        const QString code = f.api->accounts().createEnrolCode();
        const QJsonObject body{{QStringLiteral("code"), code},
                               {QStringLiteral("device_name"), QStringLiteral("tablet 2")},
                               {QStringLiteral("public_key"), QStringLiteral("a2V5")}};
        const HttpResponse first = f.call("POST", QStringLiteral("/v1/enrol"), body);
        QCOMPARE(first.status, 200);
        QVERIFY(!ServerFixture::json(first).value(QStringLiteral("device_token")).toString().isEmpty());
        const HttpResponse second = f.call("POST", QStringLiteral("/v1/enrol"), body);
        QCOMPARE(second.status, 410);
        QCOMPARE(errorCode(second), QStringLiteral("gone"));
        QCOMPARE(f.call("POST", QStringLiteral("/v1/enrol"),
                        {{QStringLiteral("code"), QStringLiteral("NOPE-NOPE-NOPE")},
                         {QStringLiteral("device_name"), QStringLiteral("x")},
                         {QStringLiteral("public_key"), QStringLiteral("a2V5")}})
                     .status,
                 401);
    }

    void expiredEnrolCodeIsGone() {
        const QString code = f.api->accounts().createEnrolCode();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.setClock([now] { return now.addDays(8); });
        const HttpResponse answer = f.call("POST", QStringLiteral("/v1/enrol"),
                                           {{QStringLiteral("code"), code},
                                            {QStringLiteral("device_name"), QStringLiteral("late")},
                                            {QStringLiteral("public_key"), QStringLiteral("a2V5")}});
        f.setClock({});
        QCOMPARE(answer.status, 410);
    }

    void loginAnswersUserAndVerifier() {
        const HttpResponse answer =
            f.call("POST", QStringLiteral("/v1/login"),
                   {{QStringLiteral("login"), ServerFixture::InspectorA},
                    {QStringLiteral("password"), ServerFixture::passwordOf(ServerFixture::InspectorA)}},
                   f.device.token);
        QCOMPARE(answer.status, 200);
        const QJsonObject body = ServerFixture::json(answer);
        QVERIFY(body.value(QStringLiteral("verifier")).toString().startsWith(QLatin1String("$argon2id$")));
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("roles")).toString(),
                 QStringLiteral("inspector"));
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("unit_id")).toString(),
                 Uuid7::toText(f.unitA));
    }

    void loginRefusesWrongPasswordAndDisabledUser() {
        QCOMPARE(f.call("POST", QStringLiteral("/v1/login"),
                        {{QStringLiteral("login"), ServerFixture::InspectorA},
                         {QStringLiteral("password"), QStringLiteral("wrong")}},
                        f.device.token)
                     .status,
                 401);
        QCOMPARE(f.call("POST", QStringLiteral("/v1/login"),
                        {{QStringLiteral("login"), ServerFixture::InspectorA},
                         {QStringLiteral("password"), ServerFixture::passwordOf(ServerFixture::InspectorA)}})
                     .status,
                 401); // no device token
        QVERIFY(f.api->accounts()
                    .addUser(QStringLiteral("leaving"), QStringLiteral("Leaving"), Role::Inspector,
                             Uuid7::toText(f.unitA), QStringLiteral("pw-leaving"), {})
                    .ok());
        const QString session = f.session(QStringLiteral("leaving"));
        QVERIFY(!session.isEmpty());
        QVERIFY(f.api->accounts().disableUser(QStringLiteral("leaving")).ok());
        QVERIFY(f.session(QStringLiteral("leaving")).isEmpty());
        QCOMPARE(f.call("GET", QStringLiteral("/v1/pull"), {}, f.device.token, session).status, 401);
    }

    void pushAppliesAndResendChangesNothing() {
        const QUuid id = Uuid7::create();
        const QJsonObject mutation = f.mutation(
            f.device, ServerFixture::InspectorA, QStringLiteral("case.create"), id,
            changes({ServerFixture::change(QStringLiteral("state"), {}, QStringLiteral("lead")),
                     ServerFixture::change(QStringLiteral("cause"), {}, QStringLiteral("超标排放"))}));
        const QString session = f.cachedSession(ServerFixture::InspectorA);
        const HttpResponse first = f.push(f.device, session, {mutation});
        QCOMPARE(first.status, 200);
        const QJsonObject result =
            ServerFixture::json(first).value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(status(result), QStringLiteral("applied"));
        QCOMPARE(result.value(QStringLiteral("version")).toInteger(), 1);
        const qint64 seqBefore = currentSeq();

        const HttpResponse again = f.push(f.device, session, {mutation});
        QCOMPARE(again.status, 200);
        QCOMPARE(ServerFixture::json(again).value(QStringLiteral("results")).toArray().at(0).toObject(),
                 result);
        QCOMPARE(currentSeq(), seqBefore);
        const std::optional<QJsonObject> stored =
            latest(ServerFixture::InspectorA, QStringLiteral("case"), id);
        QVERIFY(stored);
        QCOMPARE(stored->value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(
            stored->value(QStringLiteral("fields")).toObject().value(QStringLiteral("unit_id")).toString(),
            Uuid7::toText(f.unitA));
    }

    void sequenceGapIsRefused() {
        const qint64 expected = f.device.lastSeq + 1;
        f.device.lastSeq += 1; // skip one
        const qint64 before = currentSeq();
        const HttpResponse answer =
            f.push(f.device, f.cachedSession(ServerFixture::InspectorA),
                   {f.mutation(
                       f.device, ServerFixture::InspectorA, QStringLiteral("subject.create"), Uuid7::create(),
                       changes({ServerFixture::change(QStringLiteral("name"), {}, QStringLiteral("gap"))}))});
        f.device.lastSeq = expected - 1;
        QCOMPARE(answer.status, 409);
        QCOMPARE(errorCode(answer), QStringLiteral("sequence_gap"));
        QCOMPARE(ServerFixture::json(answer).value(QStringLiteral("expected")).toInteger(), expected);
        QCOMPARE(currentSeq(), before);
    }

    void mutationOfAnotherDeviceIsRefused() {
        ServerFixture::Device other{Uuid7::toText(Uuid7::create()), {}, 0};
        const HttpResponse answer =
            f.push(f.device, f.cachedSession(ServerFixture::InspectorA),
                   {f.mutation(other, ServerFixture::InspectorA, QStringLiteral("subject.create"),
                               Uuid7::create(), {})});
        QCOMPARE(answer.status, 403);
    }

    void disjointFieldsMerge() {
        const QUuid id = Uuid7::create();
        QCOMPARE(
            status(f.pushOne(
                ServerFixture::InspectorA, QStringLiteral("subject.create"), id,
                changes({ServerFixture::change(QStringLiteral("name"), {}, QStringLiteral("甲厂")),
                         ServerFixture::change(QStringLiteral("address"), {}, QStringLiteral("一路"))}))),
            QStringLiteral("applied"));
        // Two people edited the same version offline, each a different field.
        QCOMPARE(
            status(f.pushOne(ServerFixture::InspectorA, QStringLiteral("subject.update"), id,
                             changes({ServerFixture::change(QStringLiteral("name"), QStringLiteral("甲厂"),
                                                            QStringLiteral("甲化工厂"))}))),
            QStringLiteral("applied"));
        QCOMPARE(
            status(f.pushOne(ServerFixture::InspectorB, QStringLiteral("subject.update"), id,
                             changes({ServerFixture::change(QStringLiteral("address"), QStringLiteral("一路"),
                                                            QStringLiteral("二路"))}))),
            QStringLiteral("applied"));
        // The same change twice is merged, not a conflict.
        QCOMPARE(
            status(f.pushOne(ServerFixture::InspectorB, QStringLiteral("subject.update"), id,
                             changes({ServerFixture::change(QStringLiteral("address"), QStringLiteral("一路"),
                                                            QStringLiteral("二路"))}))),
            QStringLiteral("merged"));
        const QJsonObject fields = latest(ServerFixture::InspectorA, QStringLiteral("subject"), id)
                                       ->value(QStringLiteral("fields"))
                                       .toObject();
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("甲化工厂"));
        QCOMPARE(fields.value(QStringLiteral("address")).toString(), QStringLiteral("二路"));
    }

    void sameFieldConflictKeepsServerValueAndRecordsIt() {
        const QUuid caseId = f.createCase(ServerFixture::InspectorA);
        const QUuid id = Uuid7::create();
        QCOMPARE(status(f.pushOne(
                     ServerFixture::InspectorA, QStringLiteral("interview.save"), id,
                     changes({ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseId)),
                              ServerFixture::change(QStringLiteral("place"), {}, QStringLiteral("车间"))}))),
                 QStringLiteral("applied"));
        QCOMPARE(
            status(f.pushOne(ServerFixture::InspectorA, QStringLiteral("interview.save"), id,
                             changes({ServerFixture::change(QStringLiteral("place"), QStringLiteral("车间"),
                                                            QStringLiteral("办公室"))}))),
            QStringLiteral("applied"));
        const QJsonObject result =
            f.pushOne(ServerFixture::InspectorA2, QStringLiteral("interview.save"), id,
                      changes({ServerFixture::change(QStringLiteral("place"), QStringLiteral("车间"),
                                                     QStringLiteral("会议室")),
                               ServerFixture::change(QStringLiteral("recorder"), {}, QStringLiteral("王"))}));
        QCOMPARE(status(result), QStringLiteral("conflict"));
        const QJsonObject conflict = result.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("place"));
        QCOMPARE(conflict.value(QStringLiteral("theirs")).toString(), QStringLiteral("办公室"));
        QCOMPARE(conflict.value(QStringLiteral("ours")).toString(), QStringLiteral("会议室"));

        const QJsonObject fields = latest(ServerFixture::InspectorA, QStringLiteral("interview"), id)
                                       ->value(QStringLiteral("fields"))
                                       .toObject();
        QCOMPARE(fields.value(QStringLiteral("place")).toString(), QStringLiteral("办公室"));
        QCOMPARE(fields.value(QStringLiteral("recorder")).toString(),
                 QStringLiteral("王")); // the rest applied

        QList<QJsonObject> conflicts;
        for (const QJsonObject& change : pullAll(ServerFixture::InspectorA, 0)) {
            if (change.value(QStringLiteral("type")).toString() == QLatin1String("conflict") &&
                change.value(QStringLiteral("fields"))
                        .toObject()
                        .value(QStringLiteral("entity_id"))
                        .toString() == Uuid7::toText(id))
                conflicts << change.value(QStringLiteral("fields")).toObject();
        }
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).value(QStringLiteral("ours")).toString(), QStringLiteral("会议室"));
        QCOMPARE(conflicts.at(0).value(QStringLiteral("resolved")).toBool(), false);
        // Unit B never sees it.
        for (const QJsonObject& change : pullAll(ServerFixture::InspectorB, 0))
            QVERIFY(change.value(QStringLiteral("type")).toString() != QLatin1String("conflict"));
    }

    // A batch reads a case once and then works on its own copy: each mutation must see what the ones
    // before it in the batch did to the case.
    void aBatchSeesItsOwnChangesToACase() {
        const QUuid caseId = Uuid7::create();
        const auto state = [](const QString& from, const QString& to) {
            return changes({ServerFixture::change(QStringLiteral("state"), from, to)});
        };
        const QString inspector = ServerFixture::InspectorA;
        const QJsonArray batch{
            f.mutation(
                f.device, inspector, QStringLiteral("case.create"), caseId,
                changes({ServerFixture::change(QStringLiteral("cause"), {}, QStringLiteral("未批先建")),
                         ServerFixture::change(QStringLiteral("state"), {}, QStringLiteral("lead"))})),
            f.mutation(
                f.device, inspector, QStringLiteral("case_record.add"), Uuid7::create(),
                changes({ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseId)),
                         ServerFixture::change(QStringLiteral("kind"), {}, QStringLiteral("interference"))})),
            f.mutation(f.device, inspector, QStringLiteral("case.transition"), caseId,
                       state(QStringLiteral("lead"), QStringLiteral("opening_approval"))),
            f.mutation(f.device, inspector, QStringLiteral("case.transition"), caseId,
                       state(QStringLiteral("lead"), QStringLiteral("opening_approval"))),
            f.mutation(f.device, inspector, QStringLiteral("case.update"), caseId,
                       changes({ServerFixture::change(QStringLiteral("cause"), QStringLiteral("未批先建"),
                                                      QStringLiteral("未验先投"))})),
        };
        const HttpResponse answer = f.push(f.device, f.cachedSession(inspector), batch);
        QCOMPARE(answer.status, 200);
        const QJsonArray results = ServerFixture::json(answer).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), batch.size());
        QCOMPARE(status(results.at(0).toObject()), QStringLiteral("applied"));
        QCOMPARE(status(results.at(1).toObject()), QStringLiteral("applied"));
        QCOMPARE(status(results.at(2).toObject()), QStringLiteral("applied"));
        QCOMPARE(code(results.at(3).toObject()), QStringLiteral("state_changed"));
        QCOMPARE(status(results.at(4).toObject()), QStringLiteral("applied"));
        QCOMPARE(results.at(4).toObject().value(QStringLiteral("version")).toInteger(), 3);
        const QJsonObject fields =
            latest(inspector, QStringLiteral("case"), caseId)->value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("state")).toString(), QStringLiteral("opening_approval"));
        QCOMPARE(fields.value(QStringLiteral("cause")).toString(), QStringLiteral("未验先投"));
    }

    void aMutationIdIsUsedOnce() {
        const QString session = f.cachedSession(ServerFixture::InspectorA);
        const auto subject = [&](const QString& name) {
            return f.mutation(f.device, ServerFixture::InspectorA, QStringLiteral("subject.create"),
                              Uuid7::create(),
                              changes({ServerFixture::change(QStringLiteral("name"), {}, name)}));
        };
        const qint64 before = currentSeq();
        const qint64 lastSeq = f.device.lastSeq;
        QJsonObject first = subject(QStringLiteral("甲"));
        QJsonObject again = subject(QStringLiteral("乙"));
        again.insert(QStringLiteral("mutation_id"), first.value(QStringLiteral("mutation_id")));
        const HttpResponse twiceInOneBatch = f.push(f.device, session, {first, again});
        QCOMPARE(twiceInOneBatch.status, 400);
        QCOMPARE(currentSeq(), before);

        f.device.lastSeq = lastSeq;
        first = subject(QStringLiteral("甲"));
        QCOMPARE(f.push(f.device, session, {first}).status, 200);
        again = subject(QStringLiteral("乙"));
        again.insert(QStringLiteral("mutation_id"), first.value(QStringLiteral("mutation_id")));
        const qint64 afterFirst = currentSeq();
        QCOMPARE(f.push(f.device, session, {again}).status, 400);
        QCOMPARE(currentSeq(), afterFirst);
        f.device.lastSeq -= 1; // the refused one was never stored
    }

    void transitionsFollowTheStateMachine() {
        const QUuid caseId = f.createCase(ServerFixture::InspectorA);
        QCOMPARE(status(transition(ServerFixture::InspectorA, caseId, QStringLiteral("lead"),
                                   QStringLiteral("opening_approval"))),
                 QStringLiteral("applied"));
        const QJsonObject byInspector =
            transition(ServerFixture::InspectorA, caseId, QStringLiteral("opening_approval"),
                       QStringLiteral("investigating"));
        QCOMPARE(code(byInspector), QStringLiteral("forbidden"));
        const QJsonObject noSuchStep = transition(
            ServerFixture::LeaderA, caseId, QStringLiteral("opening_approval"), QStringLiteral("closed"));
        QCOMPARE(code(noSuchStep), QStringLiteral("not_allowed"));
        const QJsonObject stale = transition(ServerFixture::LeaderA, caseId, QStringLiteral("lead"),
                                             QStringLiteral("opening_approval"));
        QCOMPARE(code(stale), QStringLiteral("state_changed"));
        QCOMPARE(status(transition(ServerFixture::LeaderA, caseId, QStringLiteral("opening_approval"),
                                   QStringLiteral("investigating"))),
                 QStringLiteral("applied"));
        const QJsonObject fields = latest(ServerFixture::InspectorA, QStringLiteral("case"), caseId)
                                       ->value(QStringLiteral("fields"))
                                       .toObject();
        QCOMPARE(fields.value(QStringLiteral("state")).toString(), QStringLiteral("investigating"));
        QVERIFY(fields.value(QStringLiteral("official_number"))
                    .toString()
                    .startsWith(QStringLiteral("宁江环罚立〔")));
        QCOMPARE(code(transition(ServerFixture::LeaderB, caseId, QStringLiteral("investigating"),
                                 QStringLiteral("case_review"))),
                 QStringLiteral("out_of_scope"));
        // After the defence the next step depends on facts the device weighed: legal review or the decision.
        QCOMPARE(status(transition(ServerFixture::InspectorA, caseId, QStringLiteral("investigating"),
                                   QStringLiteral("case_review"))),
                 QStringLiteral("applied"));
        QCOMPARE(status(transition(ServerFixture::LeaderA, caseId, QStringLiteral("case_review"),
                                   QStringLiteral("advance_notice"))),
                 QStringLiteral("applied"));
        QCOMPARE(code(transition(ServerFixture::InspectorA, caseId, QStringLiteral("advance_notice"),
                                 QStringLiteral("service"))),
                 QStringLiteral("not_allowed"));
        QCOMPARE(status(transition(ServerFixture::InspectorA, caseId, QStringLiteral("advance_notice"),
                                   QStringLiteral("legal_review"))),
                 QStringLiteral("applied"));
        QCOMPARE(code(transition(ServerFixture::LeaderA, caseId, QStringLiteral("legal_review"),
                                 QStringLiteral("decision"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(status(transition(ServerFixture::ReviewerA, caseId, QStringLiteral("legal_review"),
                                   QStringLiteral("decision"))),
                 QStringLiteral("applied"));
        // The state never moves by a merge, and a case never starts past the lead.
        QCOMPARE(
            code(f.pushOne(ServerFixture::LeaderA, QStringLiteral("case.discretion_saved"), caseId,
                           changes({ServerFixture::change(QStringLiteral("state"), QStringLiteral("decision"),
                                                          QStringLiteral("closed"))}))),
            QStringLiteral("not_allowed"));
        QCOMPARE(code(f.pushOne(ServerFixture::LeaderA, QStringLiteral("case.create"), Uuid7::create(),
                                changes({ServerFixture::change(QStringLiteral("state"), {},
                                                               QStringLiteral("investigating"))}))),
                 QStringLiteral("not_allowed"));
    }

    void caseNumbersAreGaplessPerYear() {
        const auto approve = [&](const QUuid& caseId) {
            transition(ServerFixture::InspectorA, caseId, QStringLiteral("lead"),
                       QStringLiteral("opening_approval"));
            transition(ServerFixture::LeaderA, caseId, QStringLiteral("opening_approval"),
                       QStringLiteral("investigating"));
            return latest(ServerFixture::InspectorA, QStringLiteral("case"), caseId)
                ->value(QStringLiteral("fields"))
                .toObject()
                .value(QStringLiteral("official_number"))
                .toString();
        };
        f.setClock([] { return QDateTime(QDate(2031, 6, 1), QTime(8, 0), Qt::UTC); });
        const QUuid first = f.createCase(ServerFixture::InspectorA);
        const QUuid refused = f.createCase(ServerFixture::InspectorA);
        const QUuid second = f.createCase(ServerFixture::InspectorA);
        QCOMPARE(approve(first), QStringLiteral("宁江环罚立〔2031〕1号"));
        // A rejected approval takes no number.
        transition(ServerFixture::InspectorA, refused, QStringLiteral("lead"),
                   QStringLiteral("opening_approval"));
        QCOMPARE(code(transition(ServerFixture::InspectorA, refused, QStringLiteral("opening_approval"),
                                 QStringLiteral("investigating"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(approve(second), QStringLiteral("宁江环罚立〔2031〕2号"));
        // Returned for more investigation and approved again: the number stays.
        transition(ServerFixture::InspectorA, first, QStringLiteral("investigating"),
                   QStringLiteral("case_review"));
        transition(ServerFixture::LeaderA, first, QStringLiteral("case_review"),
                   QStringLiteral("investigating"));
        QCOMPARE(latest(ServerFixture::InspectorA, QStringLiteral("case"), first)
                     ->value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("official_number"))
                     .toString(),
                 QStringLiteral("宁江环罚立〔2031〕1号"));
        // 31 December 17:00 UTC is already 1 January in China.
        f.setClock([] { return QDateTime(QDate(2031, 12, 31), QTime(17, 0), Qt::UTC); });
        QCOMPARE(approve(f.createCase(ServerFixture::InspectorA)), QStringLiteral("宁江环罚立〔2032〕1号"));
        f.setClock({});
    }

    void signOffNeedsLeaderOrReviewer() {
        const QUuid caseId = f.createCase(ServerFixture::InspectorA);
        const QJsonArray signOff =
            changes({ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseId)),
                     ServerFixture::change(QStringLiteral("state_sha256"), {}, QStringLiteral("ab"))});
        const QJsonObject byInspector =
            f.pushOne(ServerFixture::InspectorA, QStringLiteral("sign_off.add"), Uuid7::create(), signOff);
        QCOMPARE(status(byInspector), QStringLiteral("rejected"));
        QCOMPARE(code(byInspector), QStringLiteral("forbidden"));
        QCOMPARE(status(f.pushOne(ServerFixture::LeaderA, QStringLiteral("sign_off.add"), Uuid7::create(),
                                  signOff)),
                 QStringLiteral("applied"));
    }

    void caseRecordKindNeedsItsRole() {
        const QUuid caseId = f.createCase(ServerFixture::InspectorA);
        const auto record = [&](const QString& login, const QString& kind) {
            return f.pushOne(
                login, QStringLiteral("case_record.add"), Uuid7::create(),
                changes(
                    {ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseId)),
                     ServerFixture::change(QStringLiteral("kind"), {}, kind),
                     ServerFixture::change(QStringLiteral("on_date"), {}, QStringLiteral("2026-11-30"))}));
        };
        QCOMPARE(code(record(ServerFixture::InspectorA, QStringLiteral("legal_review"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(status(record(ServerFixture::ReviewerA, QStringLiteral("legal_review"))),
                 QStringLiteral("applied"));
        QCOMPARE(status(record(ServerFixture::InspectorA, QStringLiteral("notice_served"))),
                 QStringLiteral("applied"));
        QCOMPARE(status(record(ServerFixture::ClerkA, QStringLiteral("interference"))),
                 QStringLiteral("applied"));
        QCOMPARE(code(record(ServerFixture::InspectorA, QStringLiteral("no_such_kind"))),
                 QStringLiteral("bad_request"));
        // A record is never changed afterwards.
        const QUuid id = Uuid7::create();
        f.pushOne(
            ServerFixture::InspectorA, QStringLiteral("case_record.add"), id,
            changes({ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseId)),
                     ServerFixture::change(QStringLiteral("kind"), {}, QStringLiteral("notice_served"))}));
        QCOMPARE(code(f.pushOne(
                     ServerFixture::InspectorA, QStringLiteral("case_record.update"), id,
                     changes({ServerFixture::change(QStringLiteral("kind"), QStringLiteral("notice_served"),
                                                    QStringLiteral("hearing_held"))}))),
                 QStringLiteral("immutable"));
    }

    void unknownAndRosterKindsAreRejected() {
        QCOMPARE(
            code(f.pushOne(ServerFixture::InspectorA, QStringLiteral("case.teleport"), Uuid7::create(), {})),
            QStringLiteral("unknown_kind"));
        QCOMPARE(code(f.pushOne(
                     ServerFixture::LeaderA, QStringLiteral("user.create"), Uuid7::create(),
                     changes({ServerFixture::change(QStringLiteral("login"), {}, QStringLiteral("x"))}))),
                 QStringLiteral("forbidden"));
        QCOMPARE(code(f.pushOne(ServerFixture::LeaderA, QStringLiteral("unit.create"), Uuid7::create(), {})),
                 QStringLiteral("forbidden"));
    }

    void unitsSeeOnlyTheirCases() {
        const QUuid caseB = f.createCase(ServerFixture::InspectorB);
        const auto hasCase = [&](const QString& login) {
            for (const QJsonObject& change : pullAll(login, 0)) {
                if (change.value(QStringLiteral("id")).toString() == Uuid7::toText(caseB))
                    return true;
            }
            return false;
        };
        QVERIFY(hasCase(ServerFixture::InspectorB));
        QVERIFY(hasCase(ServerFixture::LeaderB));
        QVERIFY(!hasCase(ServerFixture::InspectorA));
        QVERIFY(!hasCase(ServerFixture::LeaderA));
        QVERIFY(!hasCase(ServerFixture::ClerkA)); // not closed
        const QJsonObject intrusion = f.pushOne(
            ServerFixture::InspectorA, QStringLiteral("case_record.add"), Uuid7::create(),
            changes({ServerFixture::change(QStringLiteral("case_id"), {}, Uuid7::toText(caseB)),
                     ServerFixture::change(QStringLiteral("kind"), {}, QStringLiteral("notice_served"))}));
        QCOMPARE(code(intrusion), QStringLiteral("out_of_scope"));
        // The roster goes to everyone, without password data.
        bool sawUserB = false;
        for (const QJsonObject& change : pullAll(ServerFixture::InspectorA, 0)) {
            if (change.value(QStringLiteral("type")).toString() != QLatin1String("user"))
                continue;
            QVERIFY(!change.value(QStringLiteral("fields")).toObject().contains(QStringLiteral("verifier")));
            sawUserB = sawUserB ||
                       change.value(QStringLiteral("fields")).toObject().value(QStringLiteral("login")) ==
                           ServerFixture::InspectorB;
        }
        QVERIFY(sawUserB);
    }

    void pullPagesByRowsAndBytesWithoutSkipping() {
        const qint64 start = currentSeq();
        QList<QUuid> ids;
        QJsonArray batch;
        for (int i = 0; i < 25; ++i) {
            ids << Uuid7::create();
            batch.append(
                f.mutation(f.device, ServerFixture::InspectorA, QStringLiteral("subject.create"), ids.last(),
                           changes({ServerFixture::change(QStringLiteral("name"), {},
                                                          QStringLiteral("企业%1").arg(i).repeated(20))})));
        }
        QCOMPARE(f.push(f.device, f.cachedSession(ServerFixture::InspectorA), batch).status, 200);
        int pages = 0;
        const QList<QJsonObject> byRows = pullAll(ServerFixture::InspectorB, start, 10, 1 << 20, &pages);
        QCOMPARE(byRows.size(), 25);
        QCOMPARE(pages, 3);
        qint64 previous = start;
        QSet<QString> seen;
        for (const QJsonObject& change : byRows) {
            QVERIFY(change.value(QStringLiteral("seq")).toInteger() > previous);
            previous = change.value(QStringLiteral("seq")).toInteger();
            seen.insert(change.value(QStringLiteral("id")).toString());
        }
        for (const QUuid& id : ids)
            QVERIFY(seen.contains(Uuid7::toText(id)));

        const QList<QJsonObject> byBytes = pullAll(ServerFixture::InspectorB, start, 1000, 1, &pages);
        QCOMPARE(byBytes.size(), 25);
        QCOMPARE(pages, 25); // one change per page when each is larger than the bound
        const QList<QJsonObject> twoPerPage =
            pullAll(ServerFixture::InspectorB, start, 1000, 2 * 400 + 50, &pages);
        QCOMPARE(twoPerPage.size(), 25);
        QVERIFY(pages > 1 && pages < 25);

        // Changed again after it was pulled: it comes again, after the cursor the last page gave.
        f.pushOne(ServerFixture::InspectorA, QStringLiteral("subject.update"), ids.first(),
                  changes({ServerFixture::change(QStringLiteral("grid"), {}, QStringLiteral("G1"))}));
        const QList<QJsonObject> after = pullAll(ServerFixture::InspectorB, previous);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("id")).toString(), Uuid7::toText(ids.first()));
        QCOMPARE(after.first().value(QStringLiteral("version")).toInteger(), 2);

        // A snapshot is the same from 0.
        const HttpResponse snapshot = f.call("GET", QStringLiteral("/v1/snapshot?limit=5"), {},
                                             f.device.token, f.cachedSession(ServerFixture::InspectorB));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(ServerFixture::json(snapshot).value(QStringLiteral("changes")).toArray().size(), 5);
        QVERIFY(ServerFixture::json(snapshot).value(QStringLiteral("more")).toBool());
    }

    // Two devices push at once (as through two server processes) while a third pulls page after page: every
    // mutation is applied once, and the puller, following only its cursor, misses none of them.
    void concurrentWritersNeverSkipAPuller() {
        ServerFixture::Device second = f.enrol(QStringLiteral("second tablet"));
        const QString sessionA = f.cachedSession(ServerFixture::InspectorA);
        const QString sessionB = f.session(ServerFixture::InspectorA, second);
        const qint64 start = currentSeq();
        constexpr int PerWriter = 30;
        QList<QJsonArray> batchesA;
        QList<QJsonArray> batchesB;
        QSet<QString> expected;
        for (int i = 0; i < PerWriter; ++i) {
            for (auto [on, batches] : {std::pair{&f.device, &batchesA}, std::pair{&second, &batchesB}}) {
                const QUuid id = Uuid7::create();
                expected.insert(Uuid7::toText(id));
                batches->append(QJsonArray{f.mutation(
                    *on, ServerFixture::InspectorA, QStringLiteral("subject.create"), id,
                    changes({ServerFixture::change(QStringLiteral("name"), {}, Uuid7::toText(id))}))});
            }
        }
        std::atomic<int> failures = 0;
        std::atomic<bool> writing = true;
        const auto writer = [&](const ServerFixture::Device& on, const QString& session,
                                const QList<QJsonArray>& batches) {
            for (const QJsonArray& batch : batches) {
                if (f.push(on, session, batch).status != 200)
                    ++failures;
            }
            f.database->closeThreadConnection();
        };
        QSet<QString> pulled;
        qint64 cursor = start;
        const auto pullOnce = [&] {
            const QJsonObject page =
                ServerFixture::json(f.call("GET", QStringLiteral("/v1/pull?cursor=%1&limit=7").arg(cursor),
                                           {}, f.device.token, sessionA));
            for (const QJsonValue& change : page.value(QStringLiteral("changes")).toArray())
                pulled.insert(change.toObject().value(QStringLiteral("id")).toString());
            cursor = page.value(QStringLiteral("cursor")).toInteger(cursor);
            return page.value(QStringLiteral("more")).toBool();
        };
        std::unique_ptr<QThread> a(
            QThread::create(writer, std::cref(f.device), std::cref(sessionA), std::cref(batchesA)));
        std::unique_ptr<QThread> b(
            QThread::create(writer, std::cref(second), std::cref(sessionB), std::cref(batchesB)));
        std::unique_ptr<QThread> reader(QThread::create([&] {
            while (writing)
                pullOnce();
            while (pullOnce()) {
            }
            f.database->closeThreadConnection();
        }));
        reader->start();
        a->start();
        b->start();
        QVERIFY(a->wait(60000) && b->wait(60000));
        writing = false;
        QVERIFY(reader->wait(60000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(pulled, expected);
        QCOMPARE(currentSeq(), start + 2 * PerWriter);
    }

    void clerkSeesClosedCasesOfAnyUnit() {
        const QUuid caseB = f.createCase(ServerFixture::InspectorB);
        f.database->run(QStringLiteral("UPDATE entities SET state = 'closed' WHERE type = 'case' AND id = ?"),
                        {Uuid7::toText(caseB)});
        QVERIFY(latest(ServerFixture::ClerkA, QStringLiteral("case"), caseB));
    }

    void revokedDeviceIsRefusedEverywhere() {
        ServerFixture::Device tablet = f.enrol(QStringLiteral("lost tablet"));
        const QString session = f.session(ServerFixture::InspectorA, tablet);
        QVERIFY(!session.isEmpty());
        QVERIFY(f.api->accounts().revokeDevice(QUuid::fromString(tablet.id)).ok());
        const struct {
            QByteArray method;
            QString path;
        } calls[] = {{"POST", QStringLiteral("/v1/login")},
                     {"POST", QStringLiteral("/v1/push")},
                     {"GET", QStringLiteral("/v1/pull")},
                     {"GET", QStringLiteral("/v1/snapshot")},
                     {"POST", QStringLiteral("/v1/numbers/reserve")},
                     {"POST", QStringLiteral("/v1/files")},
                     {"GET", QStringLiteral("/v1/blobs/00")}};
        for (const auto& call : calls) {
            const HttpResponse answer =
                f.api->handle(ServerFixture::request(call.method, call.path, "{", tablet.token, session));
            QCOMPARE(answer.status, 403);
            QCOMPARE(errorCode(answer), QStringLiteral("device_revoked"));
        }
        QCOMPARE(f.call("GET", QStringLiteral("/v1/ping"), {}, tablet.token).status, 200);

        // Every device (of any unit) learns the tablet's signing key and its revocation: the evidence it
        // captured stays verifiable.
        for (const QString& login : {ServerFixture::InspectorA, ServerFixture::InspectorB}) {
            const std::optional<QJsonObject> published =
                latest(login, QStringLiteral("device"), QUuid::fromString(tablet.id));
            QVERIFY(published);
            const QJsonObject fields = published->value(QStringLiteral("fields")).toObject();
            QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("lost tablet"));
            QCOMPARE(fields.value(QStringLiteral("public_key")).toString(),
                     QStringLiteral("cHVibGljIGtleQ=="));
            QVERIFY(!fields.value(QStringLiteral("revoked_at")).toString().isEmpty());
        }
    }

    void malformedJsonChangesNothing() {
        const qint64 before = currentSeq();
        const qint64 lastSeq = f.device.lastSeq;
        const QString session = f.cachedSession(ServerFixture::InspectorA);
        const HttpResponse garbled = f.api->handle(ServerFixture::request(
            "POST", QStringLiteral("/v1/push"), "{\"mutations\": [", f.device.token, session));
        QCOMPARE(garbled.status, 400);
        QCOMPARE(errorCode(garbled), QStringLiteral("bad_request"));
        QVERIFY(ServerFixture::json(garbled)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("not JSON")));
        // One ill-typed mutation refuses the whole batch, the good ones before it included.
        QJsonObject good =
            f.mutation(f.device, ServerFixture::InspectorA, QStringLiteral("subject.create"), Uuid7::create(),
                       changes({ServerFixture::change(QStringLiteral("name"), {}, QStringLiteral("ok"))}));
        QJsonObject bad = f.mutation(f.device, ServerFixture::InspectorA, QStringLiteral("subject.create"),
                                     Uuid7::create(), {});
        bad.remove(QStringLiteral("kind"));
        const HttpResponse answer = f.push(f.device, session, {good, bad});
        QCOMPARE(answer.status, 400);
        QVERIFY(ServerFixture::json(answer)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("mutations[1].kind")));
        f.device.lastSeq = lastSeq;
        QCOMPARE(currentSeq(), before);
        QCOMPARE(f.call("POST", QStringLiteral("/v1/push"), {{QStringLiteral("mutations"), 3}},
                        f.device.token, session)
                     .status,
                 400);
        QCOMPARE(f.call("GET", QStringLiteral("/v1/pull?cursor=-1"), {}, f.device.token, session).status,
                 400);
        QCOMPARE(f.call("GET", QStringLiteral("/v1/nothing"), {}, f.device.token, session).status, 404);
    }

    void numberBlocksDoNotOverlap() {
        const QString session = f.cachedSession(ServerFixture::InspectorA);
        const auto reserve = [&](int count, const QJsonValue& above = {}) {
            QJsonObject body{{QStringLiteral("kind"), QStringLiteral("责改")},
                             {QStringLiteral("count"), count}};
            if (!above.isNull())
                body.insert(QStringLiteral("above"), above);
            return f.call("POST", QStringLiteral("/v1/numbers/reserve"), body, f.device.token, session);
        };
        const QJsonObject first = ServerFixture::json(reserve(20));
        const QJsonObject second = ServerFixture::json(reserve(5));
        QCOMPARE(first.value(QStringLiteral("last")).toInteger() -
                     first.value(QStringLiteral("first")).toInteger(),
                 19);
        QCOMPARE(second.value(QStringLiteral("first")).toInteger(),
                 first.value(QStringLiteral("last")).toInteger() + 1);
        QCOMPARE(reserve(101).status, 400);
        QCOMPARE(reserve(0).status, 400);

        // Serials a device issued from a block entered by hand: the next block passes them, and so does
        // every later block of any device; an `above` already passed changes nothing.
        const qint64 handIssued = second.value(QStringLiteral("last")).toInteger() + 500;
        const QJsonObject passing = ServerFixture::json(reserve(10, handIssued));
        QCOMPARE(passing.value(QStringLiteral("first")).toInteger(), handIssued + 1);
        const QJsonObject after = ServerFixture::json(reserve(10, 1));
        QCOMPARE(after.value(QStringLiteral("first")).toInteger(),
                 passing.value(QStringLiteral("last")).toInteger() + 1);
        QCOMPARE(reserve(10, -1).status, 400);
        QCOMPARE(reserve(10, QStringLiteral("x")).status, 400);
        QCOMPARE(reserve(10, 1e12).status, 400);
    }

    void evidenceReceivedGetsANewSequence() {
        const QUuid caseId = f.createCase(ServerFixture::InspectorA);
        const QUuid id = Uuid7::create();
        const QString sha = QString(64, QLatin1Char('a'));
        const QJsonObject record{{QStringLiteral("case"), Uuid7::toText(caseId)},
                                 {QStringLiteral("sha256"), sha}};
        QCOMPARE(
            status(f.pushOne(
                ServerFixture::InspectorA, QStringLiteral("evidence.captured"), id,
                changes({ServerFixture::change(
                             QStringLiteral("record"), {},
                             QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))),
                         ServerFixture::change(QStringLiteral("signature"), {}, QStringLiteral("c2ln"))}))),
            QStringLiteral("applied"));
        const qint64 before = latest(ServerFixture::InspectorA, QStringLiteral("evidence"), id)
                                  ->value(QStringLiteral("seq"))
                                  .toInteger();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("names \"a+\" but the file is")));
        QVERIFY(!f.api->markEvidenceReceived(id, QString(64, QLatin1Char('b')), 10, f.device.id));
        QVERIFY(f.api->markEvidenceReceived(id, sha, 10, f.device.id));
        const QJsonObject after = *latest(ServerFixture::InspectorA, QStringLiteral("evidence"), id);
        QVERIFY(after.value(QStringLiteral("seq")).toInteger() > before);
        QCOMPARE(after.value(QStringLiteral("fields")).toObject().value(QStringLiteral("received")).toBool(),
                 true);
        QVERIFY(!latest(ServerFixture::InspectorB, QStringLiteral("evidence"), id));
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    TestServerApi onSqlite(false);
    int failures = QTest::qExec(&onSqlite, argc, argv);
    TestServerApi onPostgres(true);
    failures += QTest::qExec(&onPostgres, argc, argv);
    return failures;
}

#include "TestServerApi.moc"
