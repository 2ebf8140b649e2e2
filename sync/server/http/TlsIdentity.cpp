#include "TlsIdentity.h"

#include "Protocol.h"

#include <QFile>
#include <QHostAddress>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace fieldcase::sync::server {

using namespace Qt::StringLiterals;

namespace {

template <auto Free> struct OpenSslDeleter {
    template <typename T> void operator()(T* object) const { Free(object); }
};
using KeyPointer = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using CertificatePointer = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPointer = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using ExtensionPointer = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;

constexpr long TenYearsInSeconds = 10L * 365 * 24 * 3600 + 3 * 24 * 3600; // with leap days

QString openSslError(const QString& what) {
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return what + u": "_s + QString::fromLatin1(text);
}

bool addExtension(X509* certificate, int nid, const QByteArray& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPointer extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray pem(const std::function<int(BIO*)>& write) {
    BioPointer bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool writeFile(const QString& path, const QByteArray& contents, QFile::Permissions permissions,
               QString* error) {
    // Created anew so the permissions apply from the first byte (a key must never be readable by others).
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) ||
        file.write(contents) != contents.size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<QSslConfiguration> TlsIdentity::load(const QString& certificatePath, const QString& keyPath,
                                                   QString* error) {
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in %1"_s.arg(certificatePath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = u"no EC or RSA private key in %1"_s.arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves with tokens
    return configuration;
}

bool TlsIdentity::create(const QString& certificatePath, const QString& keyPath, const QString& commonName,
                         const QStringList& subjectAltNames, QString* error) {
    KeyPointer key(EVP_EC_gen("P-256"));
    CertificatePointer certificate(X509_new());
    if (!key || !certificate) {
        *error = openSslError(u"cannot make a key"_s);
        return false;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    X509_set_version(certificate.get(), 2);                         // v3, for the extensions
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600); // an hour of clock skew
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), TenYearsInSeconds);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray commonNameUtf8 = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonNameUtf8.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);

    QStringList altNames;
    for (const QString& altName : subjectAltNames)
        altNames << (QHostAddress(altName).isNull() ? u"DNS:"_s : u"IP:"_s) + altName;
    const bool extended =
        addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyAgreement") &&
        addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") &&
        addExtension(certificate.get(), NID_subject_key_identifier, "hash") &&
        (altNames.isEmpty() ||
         addExtension(certificate.get(), NID_subject_alt_name, altNames.join(u',').toUtf8()));
    if (!extended || X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        *error = openSslError(u"cannot make the certificate"_s);
        return false;
    }

    const QByteArray keyPem = pem([&](BIO* bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    const QByteArray certificatePem =
        pem([&](BIO* bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    if (keyPem.isEmpty() || certificatePem.isEmpty()) {
        *error = openSslError(u"cannot encode the identity"_s);
        return false;
    }
    return writeFile(keyPath, keyPem, QFile::ReadOwner | QFile::WriteOwner, error) &&
           writeFile(certificatePath, certificatePem,
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther, error);
}

QString TlsIdentity::sha256Fingerprint(const QSslCertificate& certificate) {
    return certificatePin(certificate.toDer());
}

} // namespace fieldcase::sync::server
