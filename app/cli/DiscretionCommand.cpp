#include "DiscretionCommand.h"

#include "DetachedSignature.h"
#include "Engine.h"
#include "Pack.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace fieldcase::cli {

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message) {
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

std::optional<QByteArray> readFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("fieldcase-cli", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& content, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error =
            QCoreApplication::translate("fieldcase-cli", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The trusted keys: a file given with --trusted-keys, else the bureau keys shipped with the program.
std::optional<QList<security::TrustedKey>> trustedKeys(const QCommandLineParser& parser, QString* error) {
    const QString path = parser.isSet(QStringLiteral("trusted-keys"))
                             ? parser.value(QStringLiteral("trusted-keys"))
                             : QStringLiteral(":/discretion/trusted-keys.json");
    const std::optional<QByteArray> json = readFile(path, error);
    if (!json)
        return std::nullopt;
    QList<security::TrustedKey> keys = security::DetachedSignature::parseTrustedKeys(*json, error);
    if (keys.isEmpty()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("fieldcase-cli", "No trusted keys in %1").arg(path);
        return std::nullopt;
    }
    return keys;
}

// Reads a pack and refuses it unless it parses and its signature (FILE.sig) verifies.
std::optional<discretion::Pack> loadVerifiedPack(const QCommandLineParser& parser, const QString& path,
                                                 QString* error) {
    const std::optional<QByteArray> content = readFile(path, error);
    if (!content)
        return std::nullopt;
    const discretion::PackParser::Result parsed = discretion::PackParser::parse(*content);
    if (!parsed.ok()) {
        *error = QCoreApplication::translate("fieldcase-cli", "%1 is not a valid pack: %2")
                     .arg(path, parsed.error.toString());
        return std::nullopt;
    }
    QString ignored;
    const QByteArray signature = readFile(path + QStringLiteral(".sig"), &ignored).value_or(QByteArray());
    const std::optional<QList<security::TrustedKey>> keys = trustedKeys(parser, error);
    if (!keys)
        return std::nullopt;
    const security::DetachedSignature::Check check =
        security::DetachedSignature::verify(*content, signature, *keys);
    if (!check.ok) {
        *error = QCoreApplication::translate("fieldcase-cli", "%1 is refused: %2").arg(path, check.message);
        return std::nullopt;
    }
    return parsed.pack;
}

QDate dateOption(const QCommandLineParser& parser, const QString& name, bool* ok) {
    if (!parser.isSet(name))
        return {};
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    *ok = *ok && date.isValid();
    return date;
}

int newKey(const QCommandLineParser& parser) {
    const security::DetachedSignature::KeyPair pair = security::DetachedSignature::generateKeyPair();
    QString error;
    if (pair.secretKey.isEmpty() ||
        !writeFile(parser.value(QStringLiteral("new-key")), pair.secretKey.toBase64() + '\n', &error))
        return fail(error);
    const QJsonObject trusted{{QStringLiteral("key_id"), parser.value(QStringLiteral("key-id"))},
                              {QStringLiteral("public_key"), QString::fromLatin1(pair.publicKey.toBase64())},
                              {QStringLiteral("bureau"), parser.value(QStringLiteral("bureau"))}};
    out() << QJsonDocument(trusted).toJson(QJsonDocument::Indented);
    return 0;
}

int signPack(const QCommandLineParser& parser) {
    QString error;
    const QString path = parser.value(QStringLiteral("sign-pack"));
    const std::optional<QByteArray> content = readFile(path, &error);
    const std::optional<QByteArray> secret = readFile(parser.value(QStringLiteral("key")), &error);
    if (!content || !secret)
        return fail(error);
    // Never sign what would be refused on the devices.
    const discretion::PackParser::Result parsed = discretion::PackParser::parse(*content);
    if (!parsed.ok())
        return fail(QCoreApplication::translate("fieldcase-cli", "%1 is not a valid pack: %2")
                        .arg(path, parsed.error.toString()));
    const QByteArray signature = security::DetachedSignature::sign(
        *content, QByteArray::fromBase64(secret->trimmed()), parser.value(QStringLiteral("key-id")));
    if (signature.isEmpty())
        return fail(QCoreApplication::translate("fieldcase-cli",
                                                "The key file does not hold an Ed25519 secret key."));
    if (!writeFile(path + QStringLiteral(".sig"), signature, &error))
        return fail(error);
    out() << QCoreApplication::translate("fieldcase-cli", "Signed %1 (sha256 %2)")
                 .arg(path, QString::fromLatin1(parsed.pack->sha256Hex))
          << Qt::endl;
    return 0;
}

int checkPack(const QCommandLineParser& parser) {
    QString error;
    const QString path = parser.value(QStringLiteral("check-pack"));
    const std::optional<discretion::Pack> pack = loadVerifiedPack(parser, path, &error);
    if (!pack)
        return fail(error);
    out() << QCoreApplication::translate(
                 "fieldcase-cli", "%1: standard %2 version %3, %4 violation(s), signature valid, sha256 %5")
                 .arg(path, pack->id, pack->version)
                 .arg(pack->violations.size())
                 .arg(QString::fromLatin1(pack->sha256Hex))
          << Qt::endl;
    return 0;
}

int compute(const QCommandLineParser& parser) {
    QString error;
    const std::optional<discretion::Pack> pack =
        loadVerifiedPack(parser, parser.value(QStringLiteral("pack")), &error);
    if (!pack)
        return fail(error);
    QJsonParseError jsonError;
    const QJsonDocument answersDocument =
        QJsonDocument::fromJson(parser.value(QStringLiteral("answers")).toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !answersDocument.isObject())
        return fail(QCoreApplication::translate("fieldcase-cli", "--answers must be a JSON object: %1")
                        .arg(jsonError.errorString()));
    const std::optional<discretion::Answers> answers =
        discretion::Answers::fromJson(answersDocument.object(), &error);
    if (!answers)
        return fail(error);
    bool datesOk = true;
    discretion::CaseDates dates{dateOption(parser, QStringLiteral("act-start"), &datesOk),
                                dateOption(parser, QStringLiteral("act-end"), &datesOk),
                                dateOption(parser, QStringLiteral("decision-date"), &datesOk)};
    if (!datesOk)
        return fail(QCoreApplication::translate("fieldcase-cli", "Dates are written YYYY-MM-DD."));
    if (!dates.decision.isValid())
        dates.decision = QDate::currentDate();
    const discretion::Result result =
        discretion::Engine::compute(*pack, parser.value(QStringLiteral("violation")), *answers, dates);
    out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    return result.ok ? 0 : 2;
}

} // namespace

void addDiscretionOptions(QCommandLineParser& parser) {
    const auto option = [&](const char* name, const char* description, const char* value = nullptr) {
        parser.addOption({QString::fromLatin1(name),
                          QCoreApplication::translate("fieldcase-cli", description),
                          value ? QString::fromLatin1(value) : QString()});
    };
    option("pack",
           QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the standard pack (its signature is FILE.sig)."),
           "FILE");
    option("violation", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the violation code."), "CODE");
    option("answers", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the answers as JSON."), "JSON");
    option("act-start", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: when the act began."), "DATE");
    option("act-end", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: when the act ended."), "DATE");
    option("decision-date",
           QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the decision date (default: today)."), "DATE");
    option("check-pack", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: validate a pack and its signature."),
           "FILE");
    option("trusted-keys",
           QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: trusted bureau keys (default: the shipped ones)."),
           "FILE");
    option("sign-pack",
           QT_TRANSLATE_NOOP("fieldcase-cli",
                             "discretion: sign a pack (writes FILE.sig) with --key and --key-id."),
           "FILE");
    option("key", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the secret signing key file."), "FILE");
    option("key-id", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the signing key's id."), "ID");
    option(
        "new-key",
        QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: make a signing key; prints its trusted-key entry."),
        "FILE");
    option("bureau", QT_TRANSLATE_NOOP("fieldcase-cli", "discretion: the bureau named in a new key's entry."),
           "NAME");
}

int runDiscretion(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("new-key")))
        return newKey(parser);
    if (parser.isSet(QStringLiteral("sign-pack")))
        return signPack(parser);
    if (parser.isSet(QStringLiteral("check-pack")))
        return checkPack(parser);
    if (parser.isSet(QStringLiteral("pack")) && parser.isSet(QStringLiteral("violation")))
        return compute(parser);
    return fail(QCoreApplication::translate(
        "fieldcase-cli", "discretion needs --pack FILE --violation CODE --answers JSON, or "
                         "--check-pack FILE, --sign-pack FILE or --new-key FILE."));
}

} // namespace fieldcase::cli
