#include "PinnedNetwork.h"

#include "Protocol.h"

#include <QNetworkReply>
#include <QSslError>

namespace fieldcase::sync::client {

namespace {

constexpr char RefusedByPinProperty[] = "fieldcaseRefusedByPin";
// A request that moves no byte for this long is given up (and retried by its caller).
constexpr int TransferTimeoutMs = 60 * 1000;

} // namespace

QUrl BureauEndpoint::url(const QString& path) const {
    QUrl url = baseUrl;
    url.setPath(path);
    return url;
}

PinnedNetwork::PinnedNetwork(QObject* parent)
    : QObject(parent) {
    manager_.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a pinned server never redirects
}

QNetworkReply* PinnedNetwork::send(const BureauEndpoint& endpoint, const QByteArray& verb, const QUrl& url,
                                   const QList<std::pair<QByteArray, QByteArray>>& headers,
                                   const QByteArray& body) {
    QNetworkRequest request(url);
    request.setSslConfiguration(tlsConfiguration());
    request.setTransferTimeout(TransferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& [name, value] : tokenHeaders(endpoint) + headers)
        request.setRawHeader(name, value);

    // A kept-alive connection is reused without a new handshake: only one the current pin admitted may be.
    if (endpoint.pin != connectionsPin_) {
        manager_.clearConnectionCache();
        connectionsPin_ = endpoint.pin;
    }
    QNetworkReply* reply = nullptr;
    if (verb == "GET")
        reply = manager_.get(request);
    else if (verb == "HEAD")
        reply = manager_.head(request);
    else
        reply = manager_.sendCustomRequest(request, verb, body);
    enforcePin(reply, endpoint.pin);
    return reply;
}

QSslConfiguration PinnedNetwork::tlsConfiguration() {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCaCertificates({});
    return configuration;
}

bool PinnedNetwork::admits(const QSslCertificate& certificate, const QString& pin) {
    return !pin.isEmpty() && !certificate.isNull() && certificatePin(certificate.toDer()) == pin;
}

QList<std::pair<QByteArray, QByteArray>> PinnedNetwork::tokenHeaders(const BureauEndpoint& endpoint) {
    QList<std::pair<QByteArray, QByteArray>> tokens;
    if (!endpoint.deviceToken.isEmpty())
        tokens.append({headers::DeviceToken, endpoint.deviceToken});
    if (!endpoint.sessionToken.isEmpty())
        tokens.append({"Authorization", "Bearer " + endpoint.sessionToken});
    return tokens;
}

void PinnedNetwork::enforcePin(QNetworkReply* reply, const QString& pin) {
    // With no trusted authority every handshake reports errors; they are ignored exactly when the pin
    // matches, and the handshake fails otherwise.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>& errors) {
        QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        if (admits(certificate, pin))
            reply->ignoreSslErrors(errors);
        else
            reply->setProperty(RefusedByPinProperty, true);
    });
    // Should some authority be trusted after all (no sslErrors then), the pin still decides.
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        if (!admits(reply->sslConfiguration().peerCertificate(), pin)) {
            reply->setProperty(RefusedByPinProperty, true);
            reply->abort();
        }
    });
}

bool PinnedNetwork::refusedByPin(const QNetworkReply* reply) {
    return reply->property(RefusedByPinProperty).toBool();
}

} // namespace fieldcase::sync::client
