#include "FakeBureau.h"
#include "MemorySecretStore.h"

#include "Enrolment.h"
#include "SyncEngine.h"
#include "SyncState.h"

#include "AuditLog.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "Uuid7.h"
#include "Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace fieldcase;
using namespace fieldcase::sync;
using namespace fieldcase::sync::client;
using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A bureau that applies every pushed mutation and has one unit to send: the happy path of one run.
FakeBureau::Response cooperativeBureau(const FakeBureau::Request& request, const QUuid& unitId) {
    if (request.path == u"/v1/ping"_s)
        return {200, json({{u"bureau_id"_s, u"fz-eeb"_s}, {u"protocol_versions"_s, QJsonArray{1}}})};
    if (request.path == u"/v1/push"_s) {
        QJsonArray results;
        for (const QJsonValue& m :
             QJsonDocument::fromJson(request.body).object().value(u"mutations"_s).toArray())
            results.append(QJsonObject{{u"device_seq"_s, m[u"device_seq"_s]},
                                       {u"mutation_id"_s, m[u"mutation_id"_s]},
                                       {u"status"_s, u"applied"_s},
                                       {u"version"_s, 1}});
        return {200, json({{u"results"_s, results}})};
    }
    if (request.path.startsWith(u"/v1/pull?cursor=0"_s))
        return {200, json({{u"changes"_s,
                            QJsonArray{QJsonObject{{u"seq"_s, 1},
                                                   {u"type"_s, u"unit"_s},
                                                   {u"id"_s, Uuid7::toText(unitId)},
                                                   {u"version"_s, 1},
                                                   {u"fields"_s, QJsonObject{{u"name"_s, u"一大队"_s}}}}}},
                           {u"cursor"_s, 1},
                           {u"more"_s, false}})};
    if (request.path.startsWith(u"/v1/pull"_s))
        return {200, json({{u"changes"_s, QJsonArray{}}, {u"cursor"_s, 1}, {u"more"_s, false}})};
    return {404, json(errorBody(QLatin1String(errors::NotFound), u"no"_s))};
}

// A profile enrolled with `bureau`, signed in, with one subject created offline.
struct EnrolledProfile {
    explicit EnrolledProfile(const FakeBureau& bureau) {
        using namespace store::syncKeys;
        store::SyncState(p.store()).setValues(
            {{QLatin1String(BureauUrl), bureau.url().toString()},
             {QLatin1String(BureauId), u"fz-eeb"_s},
             {QLatin1String(CertificatePin), certificatePin(bureau.certificate.toDer())}});
        Enrolment enrolment(p.store(), secrets);
        secrets.write(enrolment.secretKey(u"device_token"_s), "device");
        secrets.write(enrolment.secretKey(u"session_token"_s), "session");
        Subject subject;
        subject.id = Uuid7::create();
        subject.name = u"东方化工有限公司"_s;
        subject.creditCode = u"91350100M000100Y43"_s;
        if (!store::Subjects(p.store()).create({}, subject))
            qFatal("cannot create the subject");
    }
    QString outboxStates() {
        QSqlQuery query(p.db());
        query.exec(u"SELECT group_concat(state) FROM outbox"_s);
        return query.next() ? query.value(0).toString() : QString();
    }
    TempProfile p;
    MemorySecretStore secrets;
};

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private slots:
    void aRunPushesPullsAndReportsSuccess() {
        FakeBureau bureau;
        const QUuid unit = Uuid7::create();
        bureau.handler = [&](const FakeBureau::Request& r) { return cooperativeBureau(r, unit); };
        EnrolledProfile profile(bureau);
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.syncNow();
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
        const SyncSummary summary = finished[0][0].value<SyncSummary>();
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.pulled, 1);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(profile.outboxStates(), u"applied"_s);
        QCOMPARE(countRows(profile.p.db(), u"units"_s), 1);
        store::SyncState state(profile.p.store());
        QCOMPARE(state.pullCursor(), 1);
        QVERIFY(!state.value(QLatin1String(store::syncKeys::LastSyncAt)).isEmpty());
        QVERIFY(store::AuditLog(profile.p.db()).verify(profile.p.store().deviceId()).isIntact());
        QStringList paths;
        for (const FakeBureau::Request& request : bureau.requests)
            paths << request.path.section(u'?', 0, 0);
        QCOMPARE(paths, (QStringList{u"/v1/ping"_s, u"/v1/push"_s, u"/v1/pull"_s}));
    }

    // The next batch is read while one travels, and the next page asked for before a page is applied: the
    // bureau still gets every batch once, in order, and every page from the cursor of the one before. A pause
    // holds the next batch back until it ends.
    void batchesAndPagesFollowEachOtherAndAPauseHoldsTheNextBatch() {
        FakeBureau bureau;
        const QUuid unit = Uuid7::create();
        EnrolledProfile profile(bureau);
        // 600 more outbox entries like the subject's creation, in one transaction: made one user action
        // each, they would take seconds.
        QSqlDatabase db = profile.p.db();
        QVERIFY(db.transaction());
        QSqlQuery copy(db);
        copy.prepare(
            u"INSERT INTO outbox(device_seq, mutation_id, device_id, hlc, user_id, kind, entity_id, "
            u"base_version, changes) SELECT ?, ?, device_id, hlc, user_id, 'subject.update', entity_id, "
            u"1, changes FROM outbox WHERE device_seq = 1"_s);
        for (int seq = 2; seq <= 601; ++seq) {
            copy.addBindValue(seq);
            copy.addBindValue(Uuid7::toText(Uuid7::create()));
            QVERIFY(copy.exec());
        }
        QVERIFY(db.commit());
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QList<QList<qint64>> pushed;
        bool resumed = false;
        bool sentWhilePaused = false;
        QStringList pulls;
        bureau.handler = [&](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.path == u"/v1/push"_s) {
                pushed.append(QList<qint64>());
                for (const QJsonValue& m :
                     QJsonDocument::fromJson(r.body).object().value(u"mutations"_s).toArray())
                    pushed.last().append(m[u"device_seq"_s].toInteger());
                if (pushed.size() == 1) {
                    engine.pause();
                    QTimer::singleShot(300, [&] {
                        resumed = true;
                        engine.resume();
                    });
                } else if (!resumed) {
                    sentWhilePaused = true;
                }
            }
            if (r.path.startsWith(u"/v1/pull"_s)) {
                pulls << r.path.section(u"cursor="_s, 1).section(u'&', 0, 0);
                const qint64 cursor = pulls.last().toLongLong();
                if (cursor < 2)
                    return {200,
                            json({{u"changes"_s, QJsonArray{QJsonObject{
                                                     {u"seq"_s, cursor + 1},
                                                     {u"type"_s, u"unit"_s},
                                                     {u"id"_s, Uuid7::toText(Uuid7::create())},
                                                     {u"version"_s, 1},
                                                     {u"fields"_s, QJsonObject{{u"name"_s, u"大队"_s}}}}}},
                                  {u"cursor"_s, cursor + 1},
                                  {u"more"_s, cursor + 1 < 2}})};
            }
            return cooperativeBureau(r, unit);
        };
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncNow();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!sentWhilePaused);
        QCOMPARE(pushed.size(), 2);
        QList<qint64> all;
        QList<qint64> expected;
        for (const QList<qint64>& batch : std::as_const(pushed))
            all += batch;
        for (qint64 seq = 1; seq <= 601; ++seq)
            expected << seq;
        QCOMPARE(all, expected);
        QCOMPARE(finished[0][0].value<SyncSummary>().pushed, 601);
        QCOMPARE(profile.outboxStates().count(u"applied"_s), 601);
        QCOMPARE(pulls, (QStringList{u"0"_s, u"1"_s}));
        QCOMPARE(store::SyncState(profile.p.store()).pullCursor(), 2);
        QCOMPARE(countRows(profile.p.db(), u"units"_s), 2);
    }

    void aGarbledPushAnswerIsNotASuccess() {
        FakeBureau bureau;
        bureau.handler = [&](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.path == u"/v1/push"_s)
                return {200, "{\"results\": [{\"device_seq\": 1}]}"};
            return cooperativeBureau(r, Uuid7::create());
        };
        EnrolledProfile profile(bureau);
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.syncNow();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<SyncError>().code, QLatin1String(localErrors::Garbage));
        // Sent, not confirmed: it goes again next time.
        QCOMPARE(profile.outboxStates(), u"sent"_s);
        QCOMPARE(countRows(profile.p.db(), u"sync_results"_s), 0);
        QCOMPARE(store::SyncState(profile.p.store()).pullCursor(), 0);
    }

    void aRevokedDeviceStops() {
        FakeBureau bureau;
        bureau.handler = [](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.path == u"/v1/ping"_s)
                return cooperativeBureau(r, {});
            return {403, json(errorBody(QLatin1String(errors::DeviceRevoked), u"revoked"_s))};
        };
        EnrolledProfile profile(bureau);
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy revoked(&engine, &SyncEngine::deviceRevoked);
        QSignalSpy retry(&engine, &SyncEngine::retryScheduled);
        engine.syncNow();
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(retry.size(), 0);
        const qsizetype asked = bureau.requests.size();
        engine.syncNow(); // a revoked device does not call again
        QCOMPARE(bureau.requests.size(), asked);

        QSignalSpy removed(&engine, &SyncEngine::syncedDataRemoved);
        engine.removeSyncedData();
        QCOMPARE(removed.size(), 1);
        QVERIFY(removed[0][0].toBool());
        QVERIFY(profile.secrets.secrets.isEmpty());
        QCOMPARE(countRows(profile.p.db(), u"sync_state"_s), 0);
        QCOMPARE(countRows(profile.p.db(), u"outbox"_s), 1); // unsynced work is never deleted
    }

    void anExpiredSessionAsksForALogin() {
        FakeBureau bureau;
        bureau.handler = [](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.path == u"/v1/ping"_s)
                return cooperativeBureau(r, {});
            return {401, json(errorBody(QLatin1String(errors::Unauthenticated), u"expired"_s))};
        };
        EnrolledProfile profile(bureau);
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy login(&engine, &SyncEngine::loginRequired);
        engine.syncNow();
        QCOMPARE(login.size(), 1);
        const Enrolment enrolment(profile.p.store(), profile.secrets);
        QVERIFY(!profile.secrets.secrets.contains(enrolment.secretKey(u"session_token"_s)));
        QVERIFY(profile.secrets.secrets.contains(enrolment.secretKey(u"device_token"_s)));
        // Without a session the next run asks again before calling the bureau.
        const qsizetype asked = bureau.requests.size();
        engine.syncNow();
        QCOMPARE(login.size(), 2);
        QCOMPARE(bureau.requests.size(), asked);
    }

    void aBureauFailureIsRetriedWithBackoff() {
        FakeBureau bureau;
        int pings = 0;
        bureau.handler = [&](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.path == u"/v1/ping"_s && ++pings == 1)
                return {502, "bad gateway"};
            return cooperativeBureau(r, Uuid7::create());
        };
        EnrolledProfile profile(bureau);
        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy retry(&engine, &SyncEngine::retryScheduled);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncNow();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry[0][0].toInt(), 1);
        QVERIFY(finished.wait(5000)); // the retry a second later succeeds
        QCOMPARE(profile.outboxStates(), u"applied"_s);
    }

    void evidenceFilesAreUploadedAfterTheirRecords() {
        FakeBureau bureau;
        QByteArray received;
        bureau.handler = [&](const FakeBureau::Request& r) -> FakeBureau::Response {
            if (r.method == "POST" && r.path == u"/v1/files"_s)
                return {201, {}, false, {{"Location", "/v1/files/u1"}, {"Tus-Resumable", "1.0.0"}}};
            if (r.method == "PATCH" && r.path == u"/v1/files/u1"_s) {
                received += r.body;
                return {204, {}, false, {{"Upload-Offset", QByteArray::number(received.size())}}};
            }
            return cooperativeBureau(r, Uuid7::create());
        };
        EnrolledProfile profile(bureau);
        // A file in the vault, its evidence record, and the bureau's confirmation of the record.
        const QByteArray bytes = QByteArray("排污口照片").repeated(1000);
        QTemporaryDir source;
        QFile file(source.filePath(u"photo.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        const evidence::Vault::Stored stored =
            evidence::Vault(profile.p.profile.vaultPath()).storeFile(file.fileName());
        QVERIFY(stored.ok());
        const QUuid evidenceId = Uuid7::create();
        QSqlQuery query(profile.p.db());
        query.prepare(
            u"INSERT INTO evidence(id, kind, sha256, size, device_id) VALUES (?, 'audio_visual', ?, ?, ?)"_s);
        query.addBindValue(Uuid7::toText(evidenceId));
        query.addBindValue(stored.sha256);
        query.addBindValue(stored.size);
        query.addBindValue(Uuid7::toText(profile.p.store().deviceId()));
        QVERIFY(query.exec());
        query.prepare(
            u"INSERT INTO outbox(device_seq, mutation_id, device_id, hlc, kind, entity_id, base_version, "
            u"changes, state) VALUES (2, ?, 'd', 'h', 'evidence.captured', ?, 0, '[]', 'applied')"_s);
        query.addBindValue(Uuid7::toText(Uuid7::create()));
        query.addBindValue(Uuid7::toText(evidenceId));
        QVERIFY(query.exec());

        SyncEngine engine(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        engine.syncNow();
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].value<SyncSummary>().uploaded, 1);
        QCOMPARE(received, bytes);
        store::SyncState state(profile.p.store());
        QVERIFY(state.pendingUploads().isEmpty());
        QCOMPARE(state.counts().pendingUploadBytes, 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last()[0].value<SyncProgress>().bytesToGo, 0);
        query.exec(u"SELECT state || '|' || upload_url FROM evidence_uploads"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"done|"_s + bureau.url().toString() + u"/v1/files/u1"_s);
    }

    void theEngineRunsOnItsOwnThread() {
        FakeBureau bureau;
        const QUuid unit = Uuid7::create();
        bureau.handler = [&](const FakeBureau::Request& r) { return cooperativeBureau(r, unit); };
        EnrolledProfile profile(bureau);
        SyncThread thread(profile.p.store(), profile.secrets, profile.p.profile.vaultPath());
        QSignalSpy finished(thread.engine(), &SyncEngine::finished);
        QMetaObject::invokeMethod(thread.engine(), &SyncEngine::syncNow, Qt::QueuedConnection);
        QVERIFY(finished.wait(10000));
        QCOMPARE(profile.outboxStates(), u"applied"_s);
        QCOMPARE(countRows(profile.p.db(), u"units"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
