#pragma once

#include "PinnedNetwork.h"
#include "SyncError.h"

#include "Mutation.h"
#include "Protocol.h"
#include "User.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace fieldcase::sync::client {

// A call's answer or the reason there is none.
template <typename T> struct CallResult {
    std::optional<T> value;
    SyncError error;
    bool ok() const { return value.has_value(); }
    static CallResult failure(SyncError e) { return {std::nullopt, std::move(e)}; }
};

struct BureauInfo {
    QString bureauId;
    QString bureauName;
    QList<int> protocolVersions;
    QDateTime serverTime;
};

struct EnrolAnswer {
    QString deviceId;
    QByteArray deviceToken;
    QString bureauId;
    QString bureauName;
    QString pin; // of the certificate the bureau presented on this call's TLS session
};

struct LoginAnswer {
    QByteArray sessionToken;
    QDateTime expiresAt;
    User user;
    QString verifier; // Argon2id, for offline sign-in on this device
};

struct NumberBlock {
    QString kind;
    int year = 0;
    qint64 first = 0;
    qint64 last = 0;
};

// The JSON calls of PROTOCOL.md, each a blocking call that runs a local event loop until the answer, the
// timeout or abort(). Meant for the sync engine's own thread. Every failure becomes a SyncError; an answer
// with status 200 that is not the expected JSON is a Garbage error, and nothing of it is returned.
// Push and pull can also be split in two, sendX() and xAnswer(): the request goes out at once and the caller
// works on while the bureau does (the network runs on Qt's own thread). One call is in flight at a time.
class SyncConnection {
    Q_DISABLE_COPY_MOVE(SyncConnection)

public:
    static constexpr int DefaultTimeoutMs = 30 * 1000;

    SyncConnection(PinnedNetwork& network, BureauEndpoint endpoint);
    // A call still in flight is dropped.
    ~SyncConnection();

    const BureauEndpoint& endpoint() const { return m_endpoint; }
    void setSessionToken(const QByteArray& token) { m_endpoint.sessionToken = token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // GET /v1/ping; refuses a bureau that does not speak ProtocolVersion.
    CallResult<BureauInfo> ping();
    // POST /v1/enrol. The pin is learnt on this call: with `expectedPin` empty any certificate is accepted
    // and its pin returned (trust on first use); otherwise only that one. `deviceId` is the profile's own
    // device id, which the bureau adopts.
    CallResult<EnrolAnswer> enrol(const QString& code, const QUuid& deviceId, const QString& deviceName,
                                  const QByteArray& publicKey, const QString& expectedPin = {});
    CallResult<LoginAnswer> login(const QString& login, const QString& password);
    // POST /v1/push: at most limits::MaxPushMutations; the answer must name every mutation of the batch, in
    // its order.
    CallResult<QList<MutationResult>> push(const QList<OutgoingMutation>& mutations);
    void sendPush(const QList<OutgoingMutation>& mutations);
    CallResult<QList<MutationResult>> pushAnswer();
    CallResult<PullPage> pull(qint64 cursor, int limit = limits::DefaultPullLimit,
                              qint64 maxBytes = limits::DefaultPullBytes);
    void sendPull(qint64 cursor, int limit = limits::DefaultPullLimit,
                  qint64 maxBytes = limits::DefaultPullBytes);
    // The answer to sendPull(), or to the page snapshot() asked for.
    CallResult<PullPage> pullAnswer();
    CallResult<PullPage> snapshot(qint64 cursor, int limit = limits::DefaultPullLimit,
                                  qint64 maxBytes = limits::DefaultPullBytes);
    // `above`: the highest serial this device issued of `kind` this year, which the block must pass.
    CallResult<NumberBlock> reserveNumbers(const QString& kind, int count, qint64 above = 0);

    // Ends the call in flight (from the same thread, e.g. a queued cancel slot); it fails as Cancelled.
    void abort();

private:
    struct Answer {
        QJsonObject body;
        SyncError error;
        QString peerPin;
    };
    Answer call(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QJsonObject& body,
                bool trustOnFirstUse = false);
    // call() in two: the request goes out, then its answer is waited for (the timeout counts from the send).
    void send(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
              bool trustOnFirstUse = false);
    Answer await();
    void sendPage(const char* path, qint64 cursor, int limit, qint64 maxBytes);

    PinnedNetwork& m_network;
    BureauEndpoint m_endpoint;
    int m_timeoutMs = DefaultTimeoutMs;
    QPointer<QNetworkReply> m_inFlight;
    QElapsedTimer m_sentAt;
    QString m_peerPin; // of the call in flight, once its TLS session is up
    bool m_aborted = false;
    QList<std::pair<qint64, QUuid>> m_pushed; // the push in flight: each mutation's device_seq and id
    qint64 m_pageCursor = 0;                  // the pull in flight: the cursor it was asked from
};

} // namespace fieldcase::sync::client
