#pragma once

// Downloads one blob (GET /v1/blobs/{sha256}) to a local file: the bytes go to "<target>.part" as they
// arrive, a later start resumes from the part's size with a Range request, and the target appears only
// once the whole file's SHA-256 is right. Asynchronous; lives in the thread whose event loop runs it.

#include "PinnedNetwork.h"
#include "Transfer.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace fieldcase::sync::client {

class BlobDownload : public QObject {
    Q_OBJECT

public:
    BlobDownload(PinnedNetwork* network, BureauEndpoint endpoint, QObject* parent = nullptr);
    ~BlobDownload() override;

    void setBackoff(const Backoff& backoff);

    void start(const QString& sha256, const QString& targetPath);
    // Stops; the part file stays for a later start() to resume.
    void pause();

    static QString partPathFor(const QString& targetPath) { return targetPath + QLatin1String(".part"); }

signals:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const QString& targetPath);
    void failed(fieldcase::sync::client::TransferFailure failure, const QString& message);

private:
    void request();
    bool takeHeaders(QNetworkReply* reply);
    void takeBytes(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    void verify();
    void fail(TransferFailure failure);
    void dropReply();

    PinnedNetwork* network_;
    BureauEndpoint endpoint_;
    Backoff backoff_;
    // Children, so that moveToThread() takes them along.
    QTimer retryTimer_{this};

    QString sha256_;
    QString targetPath_;
    QFile part_{this};
    qint64 total_ = -1;
    bool headersTaken_ = false;
    bool restartedOnce_ = false;
    QPointer<QNetworkReply> reply_;
};

} // namespace fieldcase::sync::client
