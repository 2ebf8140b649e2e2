// ./dev bench sync: the device's sync against the real bureau server (fieldcase-server, SQLite, TLS) on
// loopback, with same-run baselines.
//   bench_sync --data DIR --pouchdb DIR
// 1. 10,000 case records pushed from one device and pulled into a second, freshly enrolled one, against
//    PouchDB replicating the same records as JSON documents (tests/bench/pouchdb); the medians of three
//    rounds. Target: 5x faster.
// 2. A sync with nothing to do on a profile of 100,000 records (median of 5 engine runs). Target: 100 ms.
// 3. A 1 GiB evidence upload through TusUpload (TLS, checksummed chunks) against curl PUTting the same file
//    over plain HTTP to nginx, which stores it (WebDAV PUT). Target: 70% of curl's throughput.
// 4. The server's resident memory during 20 concurrent uploads of 64 MiB. Target: 300 MB at the peak.
// DIR keeps the generated files between runs (--data); the bureau and the profiles are made anew each run.

#include "BenchReport.h"
#include "MemorySecretStore.h"

#include "CaseProcedure.h"
#include "Cases.h"
#include "Enrolment.h"
#include "Profile.h"
#include "ServerProcess.h"
#include "Subjects.h"
#include "SyncConnection.h"
#include "SyncEngine.h"
#include "SyncState.h"
#include "TusUpload.h"
#include "Uuid7.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

using namespace fieldcase;
using namespace fieldcase::sync;
using namespace fieldcase::sync::client;
using namespace Qt::StringLiterals;

namespace {

const QString Bench = u"sync"_s;
constexpr qint64 MiB = 1024 * 1024;
constexpr int PushedRecords = 10'000;
constexpr int PushPullRounds = 3;
constexpr int ProfileRecords = 100'000;
constexpr int ConcurrentUploads = 20;

[[noreturn]] void fail(const QString& what) {
    qFatal("bench_sync: %s", qPrintable(what));
}

QJsonObject target(double baseline, const QString& baselineKey, double ratio, const QString& rule,
                   bool pass) {
    return {{baselineKey, baseline}, {u"ratio"_s, ratio}, {u"target"_s, rule}, {u"pass"_s, pass}};
}

// ---- the bureau ----------------------------------------------------------------------------------------

// fieldcase-server as a child process, set up with its admin commands: two units, three inspectors.
class Bureau {
public:
    static constexpr char Password[] = "bench-password";

    explicit Bureau(const QString& dataDir)
        : m_server(dataDir) {
        QDir(dataDir).removeRecursively();
        admin({u"init"_s}, {u"--bureau-id"_s, u"bench-bureau"_s, u"--bureau-name"_s, u"宁江市生态环境局"_s,
                            u"--agency-code"_s, u"宁江"_s, u"--tls-names"_s, u"127.0.0.1"_s});
        const QString unitA = admin({u"unit"_s, u"add"_s, u"一大队"_s}).trimmed();
        const QString unitB = admin({u"unit"_s, u"add"_s, u"二大队"_s}).trimmed();
        for (const auto& [login, unit] :
             {std::pair{u"inspector_a"_s, unitA}, {u"inspector_a2"_s, unitA}, {u"inspector_b"_s, unitB}})
            admin({u"user"_s, u"add"_s},
                  {u"--login"_s, login, u"--name"_s, login.toUpper(), u"--roles"_s, u"inspector"_s,
                   u"--unit"_s, unit, u"--password-stdin"_s},
                  QByteArray(Password) + '\n');
        if (!m_server.start())
            fail(u"the server did not start"_s);
    }

    QString enrolCode() const { return admin({u"device"_s, u"enrol-code"_s}).section(u'\n', 0, 0).trimmed(); }
    QUrl url() const { return QUrl(m_server.url()); }

    // The server's process id: the child of this process running the server binary.
    QString pid() const {
        const QString binary = QFileInfo(QStringLiteral(FIELDCASE_SERVER_BIN)).canonicalFilePath();
        const QString parent = QString::number(QCoreApplication::applicationPid());
        for (const QString& entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            QFile status(u"/proc/%1/status"_s.arg(entry));
            if (QFileInfo(u"/proc/%1/exe"_s.arg(entry)).canonicalFilePath() != binary ||
                !status.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("PPid:") && line.mid(5).trimmed() == parent.toLatin1())
                    return entry;
        }
        fail(u"cannot find the server's process"_s);
    }

private:
    QString admin(const QStringList& words, const QStringList& options = {},
                  const QByteArray& input = {}) const {
        const ServerProcess::Run run = m_server.admin(words, options, input);
        if (run.exitCode != 0)
            fail(u"fieldcase-server %1: %2"_s.arg(words.join(u' '), QString::fromUtf8(run.err)));
        return QString::fromUtf8(run.out);
    }

    ServerProcess m_server;
};

// ---- devices -------------------------------------------------------------------------------------------

// A profile on disk, enrolled at the bureau with a one-time code and signed in online as `login`, so its
// records carry the server's user id. Tokens live in memory (no keyring needed).
struct Device {
    Device(const QString& directory, Bureau& bureau, const QString& login) {
        QDir(directory).removeRecursively();
        if (const store::Profile::OpenResult opened = profile.open(directory, true); !opened.ok())
            fail(u"cannot open the profile %1: %2"_s.arg(directory, opened.message));
        Enrolment enrolment(profile.store(), secrets);
        const CallResult<EnrolAnswer> enrolled = enrolment.enrol(network, bureau.url(), bureau.enrolCode(),
                                                                 u"bench "_s + login, QByteArray(32, 'k'));
        if (!enrolled.ok())
            fail(u"enrolment failed: "_s + enrolled.error.message);
        const CallResult<LoginAnswer> signedIn =
            enrolment.login(network, login, QString::fromLatin1(Bureau::Password));
        if (!signedIn.ok())
            fail(u"sign-in failed: "_s + signedIn.error.message);
        userId = signedIn.value->user.id;
    }

    store::Store& store() { return profile.store(); }
    BureauEndpoint endpoint() {
        SyncError error;
        const std::optional<BureauEndpoint> endpoint = Enrolment(store(), secrets).endpoint(&error);
        if (!endpoint)
            fail(u"no endpoint: "_s + error.message);
        return *endpoint;
    }

    // A case of this user's unit, on the first subject the profile knows (pulled from the bureau) or on a
    // new one.
    QUuid createCase() {
        Subject subject;
        QSqlQuery known(store().connection());
        if (known.exec(u"SELECT id FROM subjects LIMIT 1"_s) && known.next()) {
            subject.id = QUuid::fromString(known.value(0).toString());
        } else {
            subject.id = Uuid7::create();
            subject.name = u"东方化工有限公司"_s;
            subject.creditCode = u"91350100M000100Y43"_s;
            if (const store::StoreResult made = store::Subjects(store()).create(userId, subject); !made)
                fail(u"cannot create the subject: "_s + made.message());
        }
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = u"临-2026-"_s + Uuid7::toText(c.id).left(8);
        c.subjectId = subject.id;
        c.cause = u"未批先建"_s;
        c.leadOfficerId = userId;
        c.openedAt = QDateTime::currentDateTimeUtc();
        if (const store::StoreResult made = store::Cases(store()).create(userId, c); !made)
            fail(u"cannot create the case: "_s + made.message());
        return c.id;
    }

    // `count` records of the case, each a user action of its own (rows, outbox entry, audit event).
    void addRecords(const QUuid& caseId, int count) {
        store::CaseProcedure procedure(store());
        for (int i = 0; i < count; ++i) {
            CaseRecord record;
            record.caseId = caseId;
            record.kind = CaseRecordKind::Interference;
            record.onDate = QDate(2026, 3, 1).addDays(i % 300);
            record.body = {
                {QLatin1String(record_keys::who), u"王某某"_s},
                {QLatin1String(record_keys::position), u"某街道办事处副主任"_s},
                {QLatin1String(record_keys::channel), u"电话"_s},
                {QLatin1String(record_keys::request), u"请求对该企业从轻处理，第%1次"_s.arg(i + 1)},
                {QLatin1String(record_keys::occurredAt), u"2026-03-01T09:30:00Z"_s}};
            if (const store::StoreResult added = procedure.addRecord(userId, record); !added)
                fail(u"cannot add a record: "_s + added.message());
        }
    }

    store::Profile profile;
    MemorySecretStore secrets;
    PinnedNetwork network;
    QUuid userId;
};

// One step of the engine (push or pull) on its own, on this thread, as a run takes it: the push is timed
// apart from the pull. Fails the bench on an error.
SyncSummary engineStep(Device& device, SyncError (SyncEngine::*step)(SyncConnection&, SyncSummary&)) {
    SyncEngine engine(device.store(), device.secrets, device.profile.vaultPath());
    engine.setUserId(device.userId);
    SyncConnection connection(device.network, device.endpoint());
    SyncSummary summary;
    if (const SyncError error = (engine.*step)(connection, summary); error.isError())
        fail(error.message + u' ' + error.detail);
    return summary;
}

// The outbox in batches until it is empty, each answer recorded. Every entry must be applied.
int pushAll(Device& device) {
    const SyncSummary summary = engineStep(device, &SyncEngine::push);
    if (summary.rejected != 0 || summary.conflicts != 0)
        fail(u"the bureau did not apply every change: %1 rejected, %2 conflicts"_s.arg(summary.rejected)
                 .arg(summary.conflicts));
    return summary.pushed;
}

// Pages until the bureau has no more, each applied with its cursor.
int pullAll(Device& device) {
    return engineStep(device, &SyncEngine::pull).pulled;
}

double elapsedMs(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// One full SyncEngine run (ping, push, pull, uploads) on this thread; fails the bench unless it finishes.
void engineRun(SyncEngine& engine) {
    bool finished = false;
    QString error;
    const QMetaObject::Connection onFinished =
        QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary&) { finished = true; });
    const QMetaObject::Connection onFailed = QObject::connect(
        &engine, &SyncEngine::failed, [&](const SyncError& e) { error = e.message + u' ' + e.detail; });
    engine.syncNow();
    QObject::disconnect(onFinished);
    QObject::disconnect(onFailed);
    if (!finished)
        fail(u"the sync run failed: "_s + error);
}

qint64 countRows(store::Store& store, const QString& table) {
    QSqlQuery query(store.connection());
    query.exec(u"SELECT count(*) FROM "_s + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

// ---- 1. push and pull against PouchDB -------------------------------------------------------------------

// The records as PouchDB documents (the same fields the bureau stores), then replicate.js's two numbers.
QHash<QString, double> pouchdbBaseline(const QList<CaseRecord>& records, const QString& file,
                                       const QString& pouchdbDir) {
    QJsonArray documents;
    for (const CaseRecord& record : records)
        documents.append(QJsonObject{{u"id"_s, Uuid7::toText(record.id)},
                                     {u"type"_s, u"case_record"_s},
                                     {u"case_id"_s, Uuid7::toText(record.caseId)},
                                     {u"kind"_s, enumKey(record.kind)},
                                     {u"on_date"_s, record.onDate.toString(Qt::ISODate)},
                                     {u"body"_s, record.body},
                                     {u"recorded_by"_s, Uuid7::toText(record.recordedBy)},
                                     {u"recorded_at"_s, record.recordedAt.toString(Qt::ISODate)}});
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(documents).toJson(QJsonDocument::Compact)) < 0)
        fail(u"cannot write "_s + file);
    out.close();
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(u"node"_s, {QDir(pouchdbDir).filePath(u"replicate.js"_s), file});
    if (!node.waitForFinished(10 * 60 * 1000) || node.exitStatus() != QProcess::NormalExit ||
        node.exitCode() != 0)
        fail(u"the PouchDB baseline failed (npm ci in %1?)"_s.arg(pouchdbDir));
    QHash<QString, double> values;
    for (const QByteArray& line : node.readAllStandardOutput().split('\n')) {
        const QJsonObject metric = QJsonDocument::fromJson(line).object();
        if (metric.value(u"records"_s).toInt() != records.size())
            continue;
        values.insert(metric.value(u"metric"_s).toString(), metric.value(u"value"_s).toDouble());
    }
    return values;
}

void reportFaster(const QString& metric, const std::vector<double>& ours,
                  const std::vector<double>& pouchdb) {
    const double ratio = median(pouchdb) / median(ours);
    QJsonObject extra =
        target(median(pouchdb), u"pouchdb_ms"_s, ratio, u"pouchdb_ms / ours >= 5 (medians)"_s, ratio >= 5);
    const auto array = [](const std::vector<double>& values) {
        QJsonArray list;
        for (const double value : values)
            list.append(value);
        return list;
    };
    extra.insert(u"rounds_ms"_s, array(ours));
    extra.insert(u"pouchdb_rounds_ms"_s, array(pouchdb));
    report(Bench, metric, median(ours), u"ms"_s, extra);
}

// Each round on a bureau of its own, so that every pull receives the same 10,000 records: one device pushes
// them, a second one pulls them, and PouchDB replicates the same records. PouchDB's times vary by half from
// one run to the next on a shared machine, so both sides are the median of the rounds.
void pushAndPull(const QString& runDir, const QString& pouchdbDir) {
    std::vector<double> pushMs, pullMs, pouchdbPushMs, pouchdbPullMs;
    for (int round = 0; round < PushPullRounds; ++round) {
        const QString roundDir = runDir + u"/push-pull-%1"_s.arg(round);
        Bureau bureau(roundDir + u"/bureau"_s);
        Device writer(roundDir + u"/device-a"_s, bureau, u"inspector_a"_s);
        const QUuid caseId = writer.createCase();
        pushAll(writer); // the subject and the case, so that only the records are timed
        writer.addRecords(caseId, PushedRecords);

        int pushed = 0;
        pushMs.push_back(elapsedMs([&] { pushed = pushAll(writer); }));
        if (pushed != PushedRecords)
            fail(u"pushed %1 records, not %2"_s.arg(pushed).arg(PushedRecords));

        Device reader(roundDir + u"/device-a2"_s, bureau, u"inspector_a2"_s);
        pullMs.push_back(elapsedMs([&] { pullAll(reader); }));
        if (countRows(reader.store(), u"case_records"_s) != PushedRecords)
            fail(u"the second device holds %1 records, not %2"_s
                     .arg(countRows(reader.store(), u"case_records"_s))
                     .arg(PushedRecords));

        const QHash<QString, double> pouchdb = pouchdbBaseline(
            store::CaseProcedure(writer.store()).records(caseId), roundDir + u"/records.json"_s, pouchdbDir);
        if (!pouchdb.contains(u"pouchdb_push_ms"_s) || !pouchdb.contains(u"pouchdb_pull_ms"_s))
            fail(u"the PouchDB baseline did not replicate every record"_s);
        pouchdbPushMs.push_back(pouchdb.value(u"pouchdb_push_ms"_s));
        pouchdbPullMs.push_back(pouchdb.value(u"pouchdb_pull_ms"_s));
    }
    reportFaster(u"push_10k_records_ms"_s, pushMs, pouchdbPushMs);
    reportFaster(u"pull_10k_records_ms"_s, pullMs, pouchdbPullMs);
}

// ---- 2. nothing to do on 100,000 records ---------------------------------------------------------------

void emptySync(Bureau& bureau, const QString& runDir) {
    Device device(runDir + u"/device-b"_s, bureau, u"inspector_b"_s);
    SyncEngine engine(device.store(), device.secrets, device.profile.vaultPath());
    engine.setUserId(device.userId);
    engineRun(engine); // the bureau's subjects, units and users
    const QUuid caseId = device.createCase();
    const double seedMs = elapsedMs([&] { device.addRecords(caseId, ProfileRecords); });
    report(Bench, u"seed_100k_records_ms"_s, seedMs, u"ms"_s,
           {{u"records"_s, ProfileRecords}, {u"note"_s, u"one user action (rows, outbox, audit) each"_s}});
    const double firstMs = elapsedMs([&] { engineRun(engine); });
    report(Bench, u"first_sync_100k_records_ms"_s, firstMs, u"ms"_s,
           {{u"records"_s, ProfileRecords}, {u"note"_s, u"one engine run: push them all, pull them back"_s}});
    if (store::SyncState(device.store()).counts().pendingMutations != 0)
        fail(u"the first sync left mutations in the outbox"_s);

    const double idleMs = medianMs(5, [&] { engineRun(engine); });
    // Where an empty run's time goes: its calls to the bureau and its reads of the profile, each alone.
    SyncConnection connection(device.network, device.endpoint());
    store::SyncState state(device.store());
    const QJsonObject parts{{u"ping_ms"_s, medianMs(5, [&] { connection.ping(); })},
                            {u"outbox_pending_query_ms"_s,
                             medianMs(5, [&] { state.pendingMutations(limits::MaxPushMutations); })},
                            {u"empty_pull_ms"_s, medianMs(5, [&] { pullAll(device); })},
                            {u"counts_ms"_s, medianMs(5, [&] { state.counts(); })},
                            {u"pending_uploads_ms"_s, medianMs(5, [&] { state.pendingUploads(); })}};
    report(Bench, u"empty_sync_100k_profile_ms"_s, idleMs, u"ms"_s,
           {{u"records"_s, countRows(device.store(), u"case_records"_s)},
            {u"runs"_s, 5},
            {u"parts"_s, parts},
            {u"target"_s, u"<= 100 ms"_s},
            {u"pass"_s, idleMs <= 100}});
}

// ---- 3. and 4. uploads ---------------------------------------------------------------------------------

struct TestFile {
    QString path;
    QString sha256;
    qint64 size = 0;
};

// Incompressible bytes; kept with their SHA-256 beside them for the next run.
TestFile testFile(const QString& path, qint64 size) {
    QFile shaFile(path + u".sha256"_s);
    if (QFileInfo(path).size() == size && shaFile.open(QIODevice::ReadOnly))
        return {path, QString::fromLatin1(shaFile.readAll().trimmed()), size};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(u"cannot write "_s + path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(4 * MiB, Qt::Uninitialized);
    QRandomGenerator generator(quint32(size / MiB));
    for (qint64 written = 0; written < size; written += block.size()) {
        generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        hash.addData(block);
        if (file.write(block) != block.size())
            fail(u"cannot write "_s + path);
    }
    file.close();
    const QByteArray sha = hash.result().toHex();
    if (!shaFile.open(QIODevice::WriteOnly) || shaFile.write(sha) != sha.size())
        fail(u"cannot write "_s + shaFile.fileName());
    return {path, QString::fromLatin1(sha), size};
}

// Uploads run in this thread's event loop until each finished; `sample` is called every 50 ms meanwhile.
void upload(const QList<std::pair<PinnedNetwork*, BureauEndpoint>>& senders, const TestFile& file,
            const std::function<void()>& sample = {}) {
    QEventLoop loop;
    int running = int(senders.size());
    QString error;
    std::vector<std::unique_ptr<TusUpload>> uploads;
    for (const auto& [network, endpoint] : senders) {
        uploads.push_back(std::make_unique<TusUpload>(network, endpoint));
        TusUpload* tus = uploads.back().get();
        QObject::connect(tus, &TusUpload::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        QObject::connect(tus, &TusUpload::failed, &loop, [&](TransferFailure, const QString& message) {
            error = message;
            loop.quit();
        });
    }
    QTimer sampler;
    if (sample) {
        QObject::connect(&sampler, &QTimer::timeout, sample);
        sampler.start(50);
        sample();
    }
    // Not registered evidence: the server stores the file and notes that no record names it yet.
    for (const std::unique_ptr<TusUpload>& tus : uploads)
        tus->start(file.path, Uuid7::create(), file.sha256);
    loop.exec();
    if (!error.isEmpty())
        fail(u"upload failed: "_s + error);
}

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        fail(u"no free port"_s);
    return probe.serverPort();
}

// Debian's nginx as a child: one worker on 127.0.0.1, storing PUT bodies to disk (the WebDAV module), no log.
class NginxSink {
public:
    explicit NginxSink(const QString& directory)
        : m_directory(directory)
        , m_port(freePort()) {
        QDir(directory).removeRecursively();
        for (const char* sub : {"body", "store", "temp"})
            QDir().mkpath(QDir(directory).filePath(QLatin1String(sub)));
        QFile config(QDir(directory).filePath(u"nginx.conf"_s));
        const QString d = QDir(directory).absolutePath();
        const QString text =
            (geteuid() == 0 ? u"user root root;\n"_s : QString()) +
            u"worker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
            "events { worker_connections 64; }\n"
            "http {\n  access_log off;\n  client_body_temp_path %1/body;\n  proxy_temp_path %1/temp;\n"
            "  fastcgi_temp_path %1/temp;\n  uwsgi_temp_path %1/temp;\n  scgi_temp_path %1/temp;\n"
            "  server {\n    listen 127.0.0.1:%2;\n    client_max_body_size 0;\n"
            "    location / { root %1/store; dav_methods PUT; }\n  }\n}\n"_s.arg(d)
                .arg(m_port);
        if (!config.open(QIODevice::WriteOnly) || config.write(text.toUtf8()) < 0)
            fail(u"cannot write the nginx configuration"_s);
        config.close();
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(u"nginx"_s, {u"-p"_s, d, u"-c"_s, d + u"/nginx.conf"_s, u"-e"_s, d + u"/error.log"_s,
                                     u"-g"_s, u"daemon off;"_s});
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        fail(u"nginx did not start (see %1/error.log)"_s.arg(d));
    }
    ~NginxSink() {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        QDir(m_directory).removeRecursively();
    }

    // curl PUTs the file; the wall time of the whole process, checked to have stored every byte.
    double putMs(const TestFile& file) {
        const QString stored = QDir(m_directory).filePath(u"store/evidence.bin"_s);
        QFile::remove(stored);
        QProcess curl;
        curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        curl.start(u"curl"_s, {u"-sS"_s, u"-f"_s, u"-o"_s, u"/dev/null"_s, u"-T"_s, file.path,
                               u"http://127.0.0.1:%1/evidence.bin"_s.arg(m_port)});
        if (!curl.waitForFinished(10 * 60 * 1000) || curl.exitCode() != 0)
            fail(u"curl failed"_s);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (QFileInfo(stored).size() != file.size)
            fail(u"nginx stored %1 bytes, not %2"_s.arg(QFileInfo(stored).size()).arg(file.size));
        QFile::remove(stored);
        return ms;
    }

private:
    QString m_directory;
    quint16 m_port;
    QProcess m_process;
};

double megabytesPerSecond(qint64 bytes, double ms) {
    return bytes / 1e6 / (ms / 1000.0);
}

void bigUpload(Bureau& bureau, const QString& runDir, const QString& filesDir) {
    const TestFile file = testFile(filesDir + u"/evidence-1g.bin"_s, 1024 * MiB);
    Device device(runDir + u"/device-upload"_s, bureau, u"inspector_a"_s);
    NginxSink nginx(runDir + u"/nginx"_s);
    // curl before and after, so a page cache that warms up during the run favours neither side. Each run
    // starts with nothing waiting to be written back, so that none pays for the gigabyte the one before
    // stored.
    ::sync();
    const double curlBefore = nginx.putMs(file);
    const QString server = bureau.pid();
    ::sync();
    const double serverCpuBefore = cpuSeconds(server);
    const double deviceCpuBefore = cpuSeconds();
    const double oursMs = elapsedMs([&] { upload({{&device.network, device.endpoint()}}, file); });
    const double serverCpu = cpuSeconds(server) - serverCpuBefore;
    const double deviceCpu = cpuSeconds() - deviceCpuBefore;
    ::sync();
    const double curlAfter = nginx.putMs(file);
    const double ours = megabytesPerSecond(file.size, oursMs);
    const double curl = megabytesPerSecond(file.size, (curlBefore + curlAfter) / 2);
    QJsonObject extra =
        target(curl, u"curl_nginx_mb_per_s"_s, ours / curl, u"ours / curl >= 0.7"_s, ours / curl >= 0.7);
    // Both ends' CPU for the upload (TLS, the chunk checksums, the bureau's whole-file hash, the disk), and
    // curl's two runs apart: the run after ours has been 2x slower than the one before it, for reasons not
    // found (neither the bureau nor this process works meanwhile, and nothing waits to be written back).
    extra.insert(u"server_cpu_s"_s, serverCpu);
    extra.insert(u"device_cpu_s"_s, deviceCpu);
    extra.insert(u"curl_runs_mb_per_s"_s, QJsonArray{megabytesPerSecond(file.size, curlBefore),
                                                     megabytesPerSecond(file.size, curlAfter)});
    report(Bench, u"upload_1gib_mb_per_s"_s, ours, u"MB/s"_s, extra);
}

void concurrentUploads(Bureau& bureau, const QString& runDir, const QString& filesDir) {
    const TestFile file = testFile(filesDir + u"/evidence-64m.bin"_s, 64 * MiB);
    Device device(runDir + u"/device-uploads"_s, bureau, u"inspector_a2"_s);
    // A network manager of its own for each upload: one manager keeps at most 6 connections to a host.
    std::vector<std::unique_ptr<PinnedNetwork>> networks;
    QList<std::pair<PinnedNetwork*, BureauEndpoint>> senders;
    for (int i = 0; i < ConcurrentUploads; ++i) {
        networks.push_back(std::make_unique<PinnedNetwork>());
        senders.append({networks.back().get(), device.endpoint()});
    }
    const QString server = bureau.pid();
    const double idle = residentMiB(server);
    double peak = idle;
    const double ms =
        elapsedMs([&] { upload(senders, file, [&] { peak = qMax(peak, residentMiB(server)); }); });
    report(Bench, u"server_rss_20_uploads_peak_mb"_s, peak * MiB / 1e6, u"MB"_s,
           {{u"idle_mb"_s, idle * MiB / 1e6},
            {u"uploads"_s, ConcurrentUploads},
            {u"upload_mib"_s, file.size / MiB},
            {u"aggregate_mb_per_s"_s, megabytesPerSecond(file.size * ConcurrentUploads, ms)},
            {u"target"_s, u"<= 300 MB"_s},
            {u"pass"_s, peak * MiB / 1e6 <= 300}});
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"data"_s, u"Folder for generated files (kept) and this run's bureau and profiles."_s, u"dir"_s});
    parser.addOption({u"pouchdb"_s, u"Folder of replicate.js with its node_modules."_s, u"dir"_s});
    parser.addOption(
        {u"only"_s, u"Run one part: push-pull, empty, upload or concurrent (for profiling)."_s, u"part"_s});
    parser.process(app);
    if (!parser.isSet(u"data"_s) || !parser.isSet(u"pouchdb"_s))
        parser.showHelp(64);
    const QString dataDir = QDir(parser.value(u"data"_s)).absolutePath();
    const QString runDir = dataDir + u"/run"_s;
    const QString filesDir = dataDir + u"/files"_s;
    QDir().mkpath(filesDir);
    QDir(runDir).removeRecursively();
    QDir().mkpath(runDir);

    {
        Bureau bureau(runDir + u"/bureau"_s);
        const QString only = parser.value(u"only"_s);
        const auto runs = [&](const QString& part) { return only.isEmpty() || only == part; };
        if (runs(u"push-pull"_s))
            pushAndPull(runDir, parser.value(u"pouchdb"_s));
        if (runs(u"empty"_s))
            emptySync(bureau, runDir);
        if (runs(u"upload"_s))
            bigUpload(bureau, runDir, filesDir);
        if (runs(u"concurrent"_s))
            concurrentUploads(bureau, runDir, filesDir);
    }
    // Gigabytes of uploads and profiles: only the generated files are worth keeping.
    QDir(runDir).removeRecursively();
    return 0;
}
