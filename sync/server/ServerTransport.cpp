#include "ServerTransport.h"

#include "Api.h"
#include "HttpAdapter.h"
#include "TlsIdentity.h"
#include "Uploads.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QTimer>

namespace fieldcase::sync::server {

namespace {

const QString CertificateFile = QStringLiteral("tls/server.crt");
const QString KeyFile = QStringLiteral("tls/server.key");

} // namespace

bool prepareTls(ServerConfig& config, const QString& certificate, const QString& key,
                const QStringList& names, QString* error) {
    if (certificate.isEmpty() != key.isEmpty()) {
        *error = QStringLiteral("give both --tls-cert and --tls-key, or neither");
        return false;
    }
    if (!QDir(config.dataDir).mkpath(QStringLiteral("tls"))) {
        *error = QStringLiteral("cannot create %1/tls").arg(config.dataDir);
        return false;
    }
    const QString certificateCopy = config.resolvedPath(CertificateFile);
    const QString keyCopy = config.resolvedPath(KeyFile);
    config.tlsCertificate = CertificateFile;
    config.tlsKey = KeyFile;
    if (certificate.isEmpty()) {
        const QStringList altNames =
            names.isEmpty() ? QStringList{QHostInfo::localHostName(), QStringLiteral("localhost"),
                                          QStringLiteral("127.0.0.1")}
                            : names;
        return TlsIdentity::create(certificateCopy, keyCopy, config.bureauName, altNames, error);
    }
    QFile::remove(certificateCopy);
    QFile::remove(keyCopy);
    if (!QFile::copy(certificate, certificateCopy) || !QFile::copy(key, keyCopy)) {
        *error = QStringLiteral("cannot copy %1 and %2 into %3/tls").arg(certificate, key, config.dataDir);
        return false;
    }
    QFile::setPermissions(keyCopy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<QString> certificateFingerprint(const ServerConfig& config) {
    QFile file(config.resolvedPath(config.tlsCertificate));
    const QList<QSslCertificate> certificates =
        file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll()) : QList<QSslCertificate>();
    if (certificates.isEmpty())
        return std::nullopt;
    return TlsIdentity::sha256Fingerprint(certificates.first());
}

int serve(const ServerConfig& config, QTextStream& out, QTextStream& err) {
    QString error;
    const std::optional<QSslConfiguration> tls = TlsIdentity::load(
        config.resolvedPath(config.tlsCertificate), config.resolvedPath(config.tlsKey), &error);
    if (!tls) {
        err << error << Qt::endl;
        return 1;
    }
    ServerDatabase database(config);
    Api api(database);
    Uploads uploads(config.dataDir);
    Blobs blobs(config.dataDir);
    uploads.setOnReceived([&api](const ReceivedFile& file) {
        api.markEvidenceReceived(file.evidenceId, file.sha256, file.size, file.deviceId);
    });
    api.setUploadHandler([&uploads](const HttpRequest& request, const Caller& caller) {
        return uploads.handle(request, Uuid7::toText(caller.device.id));
    });
    api.setBlobHandler([&blobs](const HttpRequest& request, const Caller&) { return blobs.handle(request); });
    HttpAdapter adapter([&api](const HttpRequest& request) { return api.handle(request); });
    const quint16 port = adapter.listen(config.address, config.port, *tls);
    if (port == 0) {
        err << "cannot listen on " << config.address.toString() << ':' << config.port << Qt::endl;
        return 1;
    }
    // Partial uploads are kept for days so a device can resume; once they expire their bytes go. Hourly is
    // plenty, and each process may do it: the upload files are the only state, and removal is idempotent.
    QTimer expiry;
    QObject::connect(&expiry, &QTimer::timeout, &expiry, [&uploads] { uploads.removeExpired(); });
    expiry.start(std::chrono::hours(1));
    uploads.removeExpired();
    out << "listening on " << port << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace fieldcase::sync::server
