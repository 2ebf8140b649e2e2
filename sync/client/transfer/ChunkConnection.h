#pragma once

// Sends tus PATCH chunks over one kept-alive TLS connection to the bureau, its certificate pinned like
// every other call (PinnedNetwork). Qt's network access manager feeds a request body to its socket 32 KiB
// per event-loop turn; that held a 1 GiB upload to about 90 MB/s on loopback whatever the server did
// (curl sending the same chunks to the same server: 165 MB/s). This writes a whole chunk to the socket at
// once. Only chunks go this way; every other call stays with the network access manager.

#include "PinnedNetwork.h"

#include <QHash>
#include <QSslSocket>
#include <QTimer>

namespace fieldcase::sync::client {

// The bureau's answer to one request; status 0 when none came (the connection failed or broke).
struct ChunkAnswer {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool refusedByPin = false; // the server's certificate did not match the pin: nothing was sent

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

class ChunkConnection : public QObject {
    Q_OBJECT

public:
    explicit ChunkConnection(QObject* parent = nullptr);
    ~ChunkConnection() override;

    // Sends `verb` to `url` with the endpoint's tokens, `headers` and `body`; answered() follows once,
    // unless abort() comes first. One request at a time.
    void send(const BureauEndpoint& endpoint, const QByteArray& verb, const QUrl& url,
              const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    // Drops the request in flight and the connection; no answered() for it.
    void abort();

signals:
    void bodySent(qint64 bytes, qint64 total);
    void answered(const fieldcase::sync::client::ChunkAnswer& answer);

private:
    void writeRequest();
    void readAnswer();
    void finish(ChunkAnswer answer);

    QSslSocket socket_{this}; // a child, so that moveToThread() takes it along
    QTimer stalled_{this};
    QString connectedTo_; // host, port and pin of the open connection
    QString pin_;
    bool refusedByPin_ = false;
    QByteArray head_; // the request, written once the connection is encrypted
    QByteArray body_;
    qint64 bodyWritten_ = -1;   // -1 while nothing is in flight; bytes of the request written so far
    qint64 requestWritten_ = 0; // bytes of head_ and then body_ handed to the socket
    QByteArray received_;
    quint64 requestNumber_ = 0; // counts requests (and aborts), so a late answer is not taken for a new one
};

} // namespace fieldcase::sync::client

Q_DECLARE_METATYPE(fieldcase::sync::client::ChunkAnswer)
