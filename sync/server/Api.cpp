#include "Api.h"

#include "Entities.h"
#include "Numbers.h"
#include "Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace fieldcase::sync::server {

namespace {

Q_LOGGING_CATEGORY(apiLog, "fieldcase.server.api")

HttpResponse badRequest(const QString& message) {
    return HttpResponse::error(400, QString::fromLatin1(errors::BadRequest), message);
}

// The JSON object of a request body, or the 4xx that says what was wrong with it.
Outcome<QJsonObject> jsonBody(const HttpRequest& request) {
    if (request.body.size() > limits::MaxJsonBody)
        return Failure{413, QString::fromLatin1(errors::TooLarge),
                       QStringLiteral("a JSON body may have at most %1 bytes").arg(limits::MaxJsonBody)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{
            400, QString::fromLatin1(errors::BadRequest),
            QStringLiteral("the body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Failure{400, QString::fromLatin1(errors::BadRequest),
                       QStringLiteral("the body is not a JSON object")};
    return document.object();
}

// A string member that must be present and non-empty.
std::optional<QString> requiredString(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

HttpResponse missingField(const char* key) {
    return badRequest(QStringLiteral("\"%1\" is missing or not a non-empty string").arg(QLatin1String(key)));
}

// A non-negative integer query parameter, `fallback` when absent.
std::optional<qint64> queryNumber(const HttpRequest& request, const QString& key, qint64 fallback) {
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

bool isUnder(const QString& path, const char* collection) {
    const QString root = QString::fromLatin1(collection);
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

} // namespace

Api::Api(ServerDatabase& database)
    : m_database(database)
    , m_accounts(database)
    , m_push(database, m_accounts)
    , m_pull(database) {}

HttpResponse Api::handle(const HttpRequest& request) {
    try {
        return route(request);
    } catch (const DatabaseError& failure) {
        qCWarning(apiLog) << request.method << request.path << failure.what();
        return HttpResponse::error(500, QStringLiteral("internal"),
                                   QStringLiteral("the server's database failed"));
    }
}

HttpResponse Api::route(const HttpRequest& request) {
    const QString& path = request.path;
    const auto expect = [&](const char* method) { return request.method == method; };
    const auto methodNotAllowed = [&] {
        return HttpResponse::error(
            405, QString::fromLatin1(errors::BadRequest),
            QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), path));
    };

    if (path == QLatin1String(paths::Ping))
        return expect("GET") ? ping() : methodNotAllowed();
    if (path == QLatin1String(paths::Enrol)) {
        if (!expect("POST"))
            return methodNotAllowed();
        const Outcome<QJsonObject> body = jsonBody(request);
        if (!body.ok())
            return body.failure().response();
        const std::optional<QString> code = requiredString(body.value(), "code");
        const std::optional<QString> name = requiredString(body.value(), "device_name");
        const std::optional<QString> key = requiredString(body.value(), "public_key");
        if (!code)
            return missingField("code");
        if (!name)
            return missingField("device_name");
        if (!key)
            return missingField("public_key");
        const QString requestedId = body.value().value(QStringLiteral("device_id")).toString();
        const QUuid deviceId(requestedId);
        if (!requestedId.isEmpty() && deviceId.isNull())
            return HttpResponse::error(400, QString::fromLatin1(errors::BadRequest),
                                       QStringLiteral("device_id is not a UUID"));
        const Outcome<QJsonObject> enrolled = m_accounts.enrol(*code, *name, *key, deviceId);
        return enrolled.ok() ? HttpResponse::json(200, enrolled.value()) : enrolled.failure().response();
    }

    const bool isLogin = path == QLatin1String(paths::Login);
    const bool known = isLogin || path == QLatin1String(paths::Push) || path == QLatin1String(paths::Pull) ||
                       path == QLatin1String(paths::Snapshot) ||
                       path == QLatin1String(paths::ReserveNumbers) || isUnder(path, paths::Files) ||
                       isUnder(path, paths::Blobs);
    if (!known)
        return HttpResponse::error(404, QString::fromLatin1(errors::NotFound),
                                   QStringLiteral("no such call: %1").arg(path));

    // Authentication comes before anything about the request itself: a revoked device learns that first.
    const Outcome<Caller> caller = m_accounts.authenticate(request, !isLogin);
    if (!caller.ok())
        return caller.failure().response();

    if (isUnder(path, paths::Files)) {
        if (!m_uploads)
            return HttpResponse::error(501, QStringLiteral("not_implemented"),
                                       QStringLiteral("uploads are not wired"));
        return m_uploads(request, caller.value());
    }
    if (isUnder(path, paths::Blobs)) {
        if (!caller.value().user->user.hasRole(Role::TeamLeader) &&
            !caller.value().user->user.hasRole(Role::EvidenceClerk))
            return HttpResponse::error(403, QString::fromLatin1(errors::Forbidden),
                                       QStringLiteral("originals are for team leaders and evidence clerks"));
        if (!m_blobs)
            return HttpResponse::error(501, QStringLiteral("not_implemented"),
                                       QStringLiteral("blobs are not wired"));
        return m_blobs(request, caller.value());
    }
    // A snapshot is a pull from cursor 0; its later pages carry the cursor the previous page gave.
    if (path == QLatin1String(paths::Pull) || path == QLatin1String(paths::Snapshot))
        return expect("GET") ? pull(request, caller.value()) : methodNotAllowed();

    if (!expect("POST"))
        return methodNotAllowed();
    const Outcome<QJsonObject> body = jsonBody(request);
    if (!body.ok())
        return body.failure().response();
    if (isLogin) {
        const std::optional<QString> login = requiredString(body.value(), "login");
        const QJsonValue password = body.value().value(QStringLiteral("password"));
        if (!login)
            return missingField("login");
        if (!password.isString())
            return missingField("password");
        const Outcome<QJsonObject> session =
            m_accounts.login(caller.value().device, *login, password.toString());
        return session.ok() ? HttpResponse::json(200, session.value()) : session.failure().response();
    }
    if (path == QLatin1String(paths::Push))
        return m_push.push(caller.value(), body.value());
    return reserveNumbers(body.value(), caller.value());
}

HttpResponse Api::ping() const {
    const ServerConfig& config = m_database.config();
    return HttpResponse::json(200, {{QStringLiteral("bureau_id"), config.bureauId},
                                    {QStringLiteral("bureau_name"), config.bureauName},
                                    {QStringLiteral("protocol_versions"), QJsonArray{ProtocolVersion}},
                                    {QStringLiteral("server_time"), timeText(m_database.now())}});
}

HttpResponse Api::pull(const HttpRequest& request, const Caller& caller) {
    const std::optional<qint64> cursor = queryNumber(request, QStringLiteral("cursor"), 0);
    const std::optional<qint64> limit =
        queryNumber(request, QStringLiteral("limit"), limits::DefaultPullLimit);
    const std::optional<qint64> maxBytes =
        queryNumber(request, QStringLiteral("max_bytes"), limits::DefaultPullBytes);
    if (!cursor || !limit || !maxBytes)
        return badRequest(QStringLiteral("cursor, limit and max_bytes must be non-negative integers"));
    HttpResponse page;
    page.body =
        m_pull.pull(*caller.user, *cursor, int(std::min<qint64>(*limit, limits::MaxPullLimit)), *maxBytes);
    return page.withHeader("Content-Type", "application/json");
}

HttpResponse Api::reserveNumbers(const QJsonObject& body, const Caller& caller) {
    const std::optional<QString> kind = requiredString(body, "kind");
    const QJsonValue count = body.value(QStringLiteral("count"));
    if (!kind)
        return missingField("kind");
    if (!count.isDouble())
        return badRequest(QStringLiteral("\"count\" is missing or not a number"));
    const QJsonValue above = body.value(QStringLiteral("above"));
    if (!above.isUndefined() && !above.isDouble())
        return badRequest(QStringLiteral("\"above\" is not a number"));
    const Outcome<QJsonObject> block =
        Numbers::reserve(m_database, caller.device.id, *kind, count.toInteger(), above.toInteger());
    return block.ok() ? HttpResponse::json(200, block.value()) : block.failure().response();
}

bool Api::markEvidenceReceived(const QUuid& evidenceId, const QString& sha256, qint64 size,
                               const QString& deviceId) {
    try {
        WriteTransaction transaction(m_database);
        std::optional<StoredEntity> evidence =
            Entities::find(m_database, QStringLiteral("evidence"), evidenceId);
        if (!evidence) {
            qCWarning(apiLog) << "received a file for unknown evidence" << evidenceId;
            return false;
        }
        const QJsonObject record =
            QJsonDocument::fromJson(evidence->fields.value(QStringLiteral("record")).toString().toUtf8())
                .object();
        const QString announced = record.value(QStringLiteral("sha256")).toString();
        if (!announced.isEmpty() && announced.compare(sha256, Qt::CaseInsensitive) != 0) {
            qCWarning(apiLog) << "evidence" << evidenceId << "names" << announced << "but the file is"
                              << sha256;
            return false;
        }
        if (evidence->fields.value(QStringLiteral("received")).toBool())
            return true;
        evidence->fields.insert(QStringLiteral("received"), true);
        evidence->fields.insert(QStringLiteral("received_sha256"), sha256.toLower());
        evidence->fields.insert(QStringLiteral("received_size"), QString::number(size));
        evidence->fields.insert(QStringLiteral("received_from"), deviceId);
        evidence->fields.insert(QStringLiteral("received_at"), timeText(m_database.now()));
        Entities::write(transaction, *evidence);
        transaction.commit();
        return true;
    } catch (const DatabaseError& failure) {
        qCWarning(apiLog) << "cannot mark evidence received:" << failure.what();
        return false;
    }
}

} // namespace fieldcase::sync::server
