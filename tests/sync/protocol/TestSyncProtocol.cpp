#include "EnrolmentInvite.h"
#include "Protocol.h"
#include "Uuid7.h"

#include <QJsonDocument>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::sync;
using namespace Qt::StringLiterals;

// The shapes both ends read: a reply the device cannot fully read must never count as a success.
class TestSyncProtocol : public QObject {
    Q_OBJECT
private slots:
    // The outbox sends a mutation as text written from its columns; the bureau must read back exactly the
    // mutation, whatever characters its texts hold.
    void mutationTextReadsBackAsTheMutation_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("withUser");
        QTest::newRow("plain") << u"subject.update"_s << true;
        QTest::newRow("no user") << u"case.create"_s << false;
        QTest::newRow("quote, backslash, control, Chinese") << u"k\"i\\n\u0001d 种类"_s << true;
    }
    void mutationTextReadsBackAsTheMutation() {
        QFETCH(QString, kind);
        QFETCH(bool, withUser);
        Mutation mutation;
        mutation.mutationId = Uuid7::create();
        mutation.deviceId = Uuid7::create();
        mutation.deviceSeq = 9'007'199'254;
        mutation.hlc = HlcTimestamp{1'764'460'800'123, 7};
        mutation.userId = withUser ? Uuid7::create() : QUuid();
        mutation.kind = kind;
        mutation.entityId = Uuid7::create();
        mutation.baseVersion = 12;
        mutation.changes = {{u"address"_s, u"旧址 \"A\""_s, u"新址\n二楼"_s},
                            {u"fine"_s, QJsonValue(), 5000}};
        const QByteArray changes = QJsonDocument(mutation.changesToJson()).toJson(QJsonDocument::Compact);

        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(mutation.toJsonText(changes), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object, mutation.toJson());
        const Mutation read = Mutation::fromJson(object);
        QCOMPARE(read.mutationId, mutation.mutationId);
        QCOMPARE(read.deviceSeq, mutation.deviceSeq);
        QCOMPARE(read.hlc.toString(), mutation.hlc.toString());
        QCOMPARE(read.userId, mutation.userId);
        QCOMPARE(read.kind, kind);
        QCOMPARE(read.baseVersion, 12);
        QCOMPARE(read.changes.size(), 2);
        QCOMPARE(read.changes[0].oldValue.toString(), u"旧址 \"A\""_s);
        QCOMPARE(read.changes[1].newValue.toInt(), 5000);
        // Stored changes that are missing are sent as none rather than as broken JSON.
        QVERIFY(QJsonDocument::fromJson(mutation.toJsonText({})).object().value(u"changes"_s).isArray());
    }

    void aChangeFromNoValueReadsBackAsNull() {
        // A change whose old value was "not there" (undefined) loses its key in JSON; the bureau's merge
        // compares it with null, so it must read back as null, not as undefined.
        Mutation mutation;
        mutation.changes = {{u"fields.penalty.fine"_s, QJsonObject().value(u"missing"_s), u"五万元"_s}};
        const QJsonObject change = mutation.changesToJson().first().toObject();
        QVERIFY(!change.contains(u"old"_s));
        const Mutation read = Mutation::fromJson(mutation.toJson());
        QVERIFY(read.changes.first().oldValue.isNull());
        QVERIFY(!read.changes.first().oldValue.isUndefined());
        QCOMPARE(read.changes.first().newValue.toString(), u"五万元"_s);
    }

    void mutationResultRoundTrips() {
        MutationResult result;
        result.deviceSeq = 42;
        result.mutationId = Uuid7::create();
        result.status = MutationStatus::Conflict;
        result.version = 7;
        result.conflicts = {{u"address"_s, u"旧址"_s, u"服务器地址"_s, u"设备地址"_s}};
        const std::optional<MutationResult> read = MutationResult::fromJson(result.toJson());
        QVERIFY(read);
        QCOMPARE(read->deviceSeq, 42);
        QCOMPARE(read->mutationId, result.mutationId);
        QCOMPARE(read->status, MutationStatus::Conflict);
        QCOMPARE(read->version, 7);
        QCOMPARE(read->conflicts.size(), 1);
        QCOMPARE(read->conflicts.first().theirs.toString(), u"服务器地址"_s);
        QCOMPARE(read->conflicts.first().ours.toString(), u"设备地址"_s);
    }

    void garbledResultsAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        const QByteArray id = Uuid7::toText(Uuid7::create()).toLatin1();
        QTest::newRow("no status") << QByteArray(R"({"device_seq":1,"mutation_id":")" + id + R"("})");
        QTest::newRow("unknown status")
            << QByteArray(R"({"device_seq":1,"status":"ok","mutation_id":")" + id + R"("})");
        QTest::newRow("seq as text") << QByteArray(R"({"device_seq":"1","status":"applied","mutation_id":")" +
                                                   id + R"("})");
        QTest::newRow("bad id") << QByteArray(R"({"device_seq":1,"status":"applied","mutation_id":"x"})");
        QTest::newRow("rejected without a code")
            << QByteArray(R"({"device_seq":1,"status":"rejected","mutation_id":")" + id + R"("})");
    }
    void garbledResultsAreRefused() {
        QFETCH(QByteArray, json);
        QVERIFY(!MutationResult::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void pullPageRoundTripsAndRefusesABrokenChange() {
        PullPage page;
        page.cursor = 120;
        page.more = true;
        page.changes.append({119, u"case"_s, Uuid7::create(), 3, {{u"state"_s, u"investigating"_s}}});
        const std::optional<PullPage> read = PullPage::fromJson(page.toJson());
        QVERIFY(read);
        QCOMPARE(read->cursor, 120);
        QVERIFY(read->more);
        QCOMPARE(read->changes.first().fields.value(u"state"_s).toString(), u"investigating"_s);

        QJsonObject broken = page.toJson();
        broken.insert(u"changes"_s, QJsonArray{QJsonObject{{u"seq"_s, 1}, {u"type"_s, u"case"_s}}});
        QVERIFY(!PullPage::fromJson(broken));
        QVERIFY(!PullPage::fromJson(QJsonObject{{u"changes"_s, QJsonArray()}}));
    }

    void invitesFromAQrCodeOrTyped() {
        const EnrolmentInvite invite{QUrl(u"https://bureau.example:8443"_s), u"K7QW9ZR4TB2L"_s,
                                     QString(64, u'a')};
        const std::optional<EnrolmentInvite> read = EnrolmentInvite::parse(invite.toText());
        QVERIFY(read);
        QCOMPARE(read->server, invite.server);
        QCOMPARE(read->code, invite.code);
        QCOMPARE(read->pin, invite.pin);

        const std::optional<EnrolmentInvite> typed = EnrolmentInvite::parse(u" k7qw-9zr4 tb2m "_s);
        QVERIFY(typed);
        QCOMPARE(typed->code, u"K7QW9ZR4TB2M"_s);
        QVERIFY(typed->server.isEmpty());
    }

    void invitesThatAreNotOursAreRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("look-alike letters") << u"K7QW9ZR4TB2O"_s;
        QTest::newRow("a one") << u"K7QW9ZR4TB21"_s;
        QTest::newRow("too short") << u"K7QW9Z"_s;
        QTest::newRow("a web address") << u"https://example.com/"_s;
        QTest::newRow("plain http server") << u"fieldcase-enrol:?server=http://b.example&code=K7QW9ZR4TB2M"_s;
        QTest::newRow("no server") << u"fieldcase-enrol:?code=K7QW9ZR4TB2M"_s;
        QTest::newRow("pin that is not a SHA-256")
            << u"fieldcase-enrol:?server=https://b.example&code=K7QW9ZR4TB2M&pin=abc"_s;
        QTest::newRow("empty") << QString();
    }
    void invitesThatAreNotOursAreRefused() {
        QFETCH(QString, text);
        QVERIFY(!EnrolmentInvite::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "TestSyncProtocol.moc"
