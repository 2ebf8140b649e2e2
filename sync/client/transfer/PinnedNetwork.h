#pragma once

// HTTPS to the bureau with its certificate pinned: a server is accepted only if the SHA-256 of its leaf
// certificate (DER) equals the pin the device learnt at enrolment, whatever a certificate authority says.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace fieldcase::sync::client {

// The bureau as this device sees it: where it is, its pin, the device's token and the signed-in user's.
struct BureauEndpoint {
    QUrl baseUrl; // https://host:port, the /v1/... paths are resolved against it
    QString pin;  // certificatePin() of the bureau's certificate
    QByteArray deviceToken;
    QByteArray sessionToken;

    QUrl url(const QString& path) const;
};

class PinnedNetwork : public QObject {
    Q_OBJECT

public:
    explicit PinnedNetwork(QObject* parent = nullptr);

    QNetworkAccessManager* manager() { return &manager_; }

    // Sends `verb` (GET, HEAD, POST, PATCH, DELETE, ...) with the endpoint's tokens and `headers`; the reply
    // fails unless the server's certificate matches endpoint.pin.
    QNetworkReply* send(const BureauEndpoint& endpoint, const QByteArray& verb, const QUrl& url,
                        const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                        const QByteArray& body = {});

    // TLS settings that trust no certificate authority, so every server certificate is judged by the pin.
    static QSslConfiguration tlsConfiguration();
    // Whether `certificate` is the one `pin` names.
    static bool admits(const QSslCertificate& certificate, const QString& pin);
    // The device's and the user's tokens as request headers (those the endpoint has).
    static QList<std::pair<QByteArray, QByteArray>> tokenHeaders(const BureauEndpoint& endpoint);
    // Makes `reply` accept its server only if the server's certificate matches `pin`.
    static void enforcePin(QNetworkReply* reply, const QString& pin);
    // Whether `reply` was refused because the server's certificate did not match the pin.
    static bool refusedByPin(const QNetworkReply* reply);

private:
    QNetworkAccessManager manager_{this}; // a child, so that moveToThread() takes it along
    QString connectionsPin_;              // the pin that admitted the connections manager_ keeps open
};

} // namespace fieldcase::sync::client
