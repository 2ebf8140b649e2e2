#include "SyncConnection.h"

#include "Uuid7.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

namespace {

SyncError garbage(int status, const QString& detail) {
    return SyncError::fromCode(QLatin1String(localErrors::Garbage), status, detail);
}

// The error an answer that is not a success stands for: the bureau's code when it sent one.
SyncError errorFromAnswer(int status, const QByteArray& data) {
    const QJsonObject error = QJsonDocument::fromJson(data).object().value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    if (!code.isEmpty())
        return SyncError::fromCode(code, status, error.value(u"message"_s).toString());
    if (status >= 500)
        return SyncError::fromCode(QLatin1String(localErrors::ServerError), status);
    if (status == 401)
        return SyncError::fromCode(QLatin1String(errors::Unauthenticated), status);
    return garbage(status, QString::fromUtf8(data.left(200)));
}

SyncError networkError(const QNetworkReply* reply) {
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return SyncError::fromCode(QLatin1String(localErrors::Tls), 0, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the request's transfer timeout
        return SyncError::fromCode(QLatin1String(localErrors::Timeout), 0, detail);
    default:
        return SyncError::fromCode(QLatin1String(localErrors::Network), 0, detail);
    }
}

QDateTime timeFrom(const QJsonValue& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

SyncConnection::SyncConnection(PinnedNetwork& network, BureauEndpoint endpoint)
    : m_network(network)
    , m_endpoint(std::move(endpoint)) {}

SyncConnection::~SyncConnection() {
    if (m_inFlight) {
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

void SyncConnection::abort() {
    m_aborted = true;
    if (m_inFlight)
        m_inFlight->abort();
}

SyncConnection::Answer SyncConnection::call(const QByteArray& verb, const QString& path,
                                            const QUrlQuery& query, const QJsonObject& body,
                                            bool trustOnFirstUse) {
    send(verb, path, query, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
         trustOnFirstUse);
    return await();
}

void SyncConnection::send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                          const QByteArray& body, bool trustOnFirstUse) {
    Q_ASSERT(!m_inFlight); // one call at a time
    m_aborted = false;
    m_peerPin.clear();
    QUrl url = m_endpoint.url(path);
    url.setQuery(query);
    const QList<std::pair<QByteArray, QByteArray>> headers{{"Accept", "application/json"},
                                                           {"Content-Type", "application/json"}};
    QNetworkReply* reply = nullptr;
    if (trustOnFirstUse) {
        // Enrolment without a known pin: whatever certificate the bureau shows is taken, and its pin kept.
        QNetworkRequest request(url);
        request.setSslConfiguration(PinnedNetwork::tlsConfiguration());
        request.setTransferTimeout(m_timeoutMs);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        reply = m_network.manager()->sendCustomRequest(request, verb, body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply](const QList<QSslError>& errors) { reply->ignoreSslErrors(errors); });
    } else {
        reply = m_network.send(m_endpoint, verb, url, headers, body);
    }
    m_inFlight = reply;
    m_sentAt.start();
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
        m_peerPin = certificatePin(reply->sslConfiguration().peerCertificate().toDer());
    });
    if (body.isEmpty())
        return;
    // The network thread takes a request body from this thread piece by piece, through queued signals: while
    // the caller works without an event loop the body would wait. So the body is seen off first, and only
    // the bureau's work overlaps the caller's.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&loop](qint64 sent, qint64 total) {
        if (sent == total)
            loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

SyncConnection::Answer SyncConnection::await() {
    Answer answer;
    QNetworkReply* reply = m_inFlight;
    if (!reply) {
        answer.error = SyncError::fromCode(QLatin1String(localErrors::Cancelled));
        return answer;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(std::max<qint64>(0, m_timeoutMs - m_sentAt.elapsed()));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timeout.stop();
    m_inFlight = nullptr;
    answer.peerPin = m_peerPin;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    if (m_aborted)
        answer.error = SyncError::fromCode(QLatin1String(localErrors::Cancelled));
    else if (timedOut)
        answer.error = SyncError::fromCode(QLatin1String(localErrors::Timeout));
    else if (PinnedNetwork::refusedByPin(reply))
        answer.error = SyncError::fromCode(QLatin1String(localErrors::Tls), 0, reply->errorString());
    else if (status == 0)
        answer.error = networkError(reply);
    else if (status < 200 || status >= 300)
        answer.error = errorFromAnswer(status, data);
    else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            answer.error = garbage(status, parseError.errorString());
        else
            answer.body = document.object();
    }
    reply->deleteLater();
    return answer;
}

CallResult<BureauInfo> SyncConnection::ping() {
    const Answer answer = call("GET", QLatin1String(paths::Ping), {}, {});
    if (answer.error.isError())
        return CallResult<BureauInfo>::failure(answer.error);
    BureauInfo info;
    info.bureauId = answer.body.value(u"bureau_id"_s).toString();
    info.bureauName = answer.body.value(u"bureau_name"_s).toString();
    info.serverTime = timeFrom(answer.body.value(u"server_time"_s));
    const QJsonValue versions = answer.body.value(u"protocol_versions"_s);
    for (const QJsonValue& version : versions.toArray())
        info.protocolVersions.append(version.toInt());
    if (info.bureauId.isEmpty() || !versions.isArray())
        return CallResult<BureauInfo>::failure(
            garbage(200, u"ping without bureau_id or protocol_versions"_s));
    if (!info.protocolVersions.contains(ProtocolVersion))
        return CallResult<BureauInfo>::failure(
            SyncError::fromCode(QLatin1String(localErrors::ProtocolVersion)));
    return {info, {}};
}

CallResult<EnrolAnswer> SyncConnection::enrol(const QString& code, const QUuid& deviceId,
                                              const QString& deviceName, const QByteArray& publicKey,
                                              const QString& expectedPin) {
    m_endpoint.pin = expectedPin;
    const Answer answer = call("POST", QLatin1String(paths::Enrol), {},
                               {{u"code"_s, code.trimmed()},
                                {u"device_id"_s, Uuid7::toText(deviceId)},
                                {u"device_name"_s, deviceName},
                                {u"public_key"_s, QString::fromLatin1(publicKey.toBase64())}},
                               expectedPin.isEmpty());
    if (answer.error.isError())
        return CallResult<EnrolAnswer>::failure(answer.error);
    EnrolAnswer enrolled{answer.body.value(u"device_id"_s).toString(),
                         answer.body.value(u"device_token"_s).toString().toLatin1(),
                         answer.body.value(u"bureau_id"_s).toString(),
                         answer.body.value(u"bureau_name"_s).toString(), answer.peerPin};
    if (enrolled.deviceId.isEmpty() || enrolled.deviceToken.isEmpty() || enrolled.bureauId.isEmpty() ||
        enrolled.pin.isEmpty())
        return CallResult<EnrolAnswer>::failure(garbage(200, u"enrol answer incomplete"_s));
    return {enrolled, {}};
}

CallResult<LoginAnswer> SyncConnection::login(const QString& login, const QString& password) {
    const Answer answer = call("POST", QLatin1String(paths::Login), {},
                               {{u"login"_s, login.trimmed()}, {u"password"_s, password}});
    if (answer.error.isError())
        return CallResult<LoginAnswer>::failure(answer.error);
    const QJsonObject user = answer.body.value(u"user"_s).toObject();
    LoginAnswer loggedIn;
    loggedIn.sessionToken = answer.body.value(u"session_token"_s).toString().toLatin1();
    loggedIn.expiresAt = timeFrom(answer.body.value(u"expires_at"_s));
    loggedIn.verifier = answer.body.value(u"verifier"_s).toString();
    loggedIn.user.id = QUuid::fromString(user.value(u"id"_s).toString());
    loggedIn.user.login = user.value(u"login"_s).toString();
    loggedIn.user.name = user.value(u"name"_s).toString();
    const QJsonValue roles = user.value(u"roles"_s);
    loggedIn.user.roles =
        rolesFromKeys(roles.isArray() ? roles.toVariant().toStringList().join(u',') : roles.toString());
    loggedIn.user.unitId = QUuid::fromString(user.value(u"unit_id"_s).toString());
    loggedIn.user.certificateNumber = user.value(u"certificate_number"_s).toString();
    if (loggedIn.sessionToken.isEmpty() || loggedIn.user.id.isNull() || loggedIn.user.login.isEmpty())
        return CallResult<LoginAnswer>::failure(garbage(200, u"login answer incomplete"_s));
    return {loggedIn, {}};
}

CallResult<QList<MutationResult>> SyncConnection::push(const QList<OutgoingMutation>& mutations) {
    sendPush(mutations);
    return pushAnswer();
}

void SyncConnection::sendPush(const QList<OutgoingMutation>& mutations) {
    // The body is joined from the entries' texts as they are.
    qsizetype size = 32;
    for (const OutgoingMutation& mutation : mutations)
        size += mutation.json.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"mutations\":[";
    m_pushed.clear();
    for (const OutgoingMutation& mutation : mutations) {
        if (!m_pushed.isEmpty())
            body += ',';
        body += mutation.json;
        m_pushed.append({mutation.deviceSeq, mutation.mutationId});
    }
    body += "]}";
    send("POST", QLatin1String(paths::Push), {}, body);
}

CallResult<QList<MutationResult>> SyncConnection::pushAnswer() {
    const Answer answer = await();
    if (answer.error.isError())
        return CallResult<QList<MutationResult>>::failure(answer.error);
    if (!answer.body.value(u"results"_s).isArray())
        return CallResult<QList<MutationResult>>::failure(garbage(200, u"push answer without results"_s));
    // One answer for each mutation of the batch, in its order: anything else is not a valid reply. The engine
    // reads the batch after this one before the answer comes, so a mutation left out would be skipped.
    const QJsonArray list = answer.body.value(u"results"_s).toArray();
    if (list.size() != m_pushed.size())
        return CallResult<QList<MutationResult>>::failure(
            garbage(200, u"push answer for %1 of %2 mutations"_s.arg(list.size()).arg(m_pushed.size())));
    QList<MutationResult> results;
    results.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        std::optional<MutationResult> result = MutationResult::fromJson(list.at(i).toObject());
        if (!result || result->deviceSeq != m_pushed.at(i).first ||
            result->mutationId != m_pushed.at(i).second)
            return CallResult<QList<MutationResult>>::failure(
                garbage(200, u"push result not of this batch"_s));
        results.append(*result);
    }
    return {results, {}};
}

void SyncConnection::sendPage(const char* path, qint64 cursor, int limit, qint64 maxBytes) {
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, QString::number(cursor));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"max_bytes"_s, QString::number(maxBytes));
    m_pageCursor = cursor;
    send("GET", QLatin1String(path), query, {});
}

CallResult<PullPage> SyncConnection::pullAnswer() {
    const Answer answer = await();
    if (answer.error.isError())
        return CallResult<PullPage>::failure(answer.error);
    std::optional<PullPage> page = PullPage::fromJson(answer.body);
    // A page that says there is more but does not move the cursor would be asked for forever.
    if (!page || (page->more && page->cursor <= m_pageCursor))
        return CallResult<PullPage>::failure(garbage(200, u"not a pull page"_s));
    return {*page, {}};
}

CallResult<PullPage> SyncConnection::pull(qint64 cursor, int limit, qint64 maxBytes) {
    sendPull(cursor, limit, maxBytes);
    return pullAnswer();
}

void SyncConnection::sendPull(qint64 cursor, int limit, qint64 maxBytes) {
    sendPage(paths::Pull, cursor, limit, maxBytes);
}

CallResult<PullPage> SyncConnection::snapshot(qint64 cursor, int limit, qint64 maxBytes) {
    sendPage(paths::Snapshot, cursor, limit, maxBytes);
    return pullAnswer();
}

CallResult<NumberBlock> SyncConnection::reserveNumbers(const QString& kind, int count, qint64 above) {
    QJsonObject request{{u"kind"_s, kind}, {u"count"_s, count}};
    if (above > 0)
        request.insert(u"above"_s, above);
    const Answer answer = call("POST", QLatin1String(paths::ReserveNumbers), {}, request);
    if (answer.error.isError())
        return CallResult<NumberBlock>::failure(answer.error);
    NumberBlock block{answer.body.value(u"kind"_s).toString(), answer.body.value(u"year"_s).toInt(),
                      answer.body.value(u"first"_s).toInteger(), answer.body.value(u"last"_s).toInteger()};
    if (block.kind != kind || block.year <= 0 || block.first <= 0 || block.last < block.first)
        return CallResult<NumberBlock>::failure(garbage(200, u"not a number block"_s));
    return {block, {}};
}

} // namespace fieldcase::sync::client
