#include "Admin.h"

#include "Accounts.h"
#include "Api.h"
#include "CreditCode.h"
#include "Entities.h"
#include "ServerTransport.h"
#include "Subject.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>

#include "EnrolmentInvite.h"

#include <qrencode.h>

namespace fieldcase::sync::server {

namespace {

// `word word --option value --flag`: the words in order, the options by name.
struct Arguments {
    QStringList words;
    QHash<QString, QString> options;
    QSet<QString> flags;

    QString option(const QString& name) const { return options.value(name); }
};

// Options that take no value.
const QSet<QString> Flags{QStringLiteral("password-stdin")};

std::optional<Arguments> parse(const QStringList& arguments, QString* error) {
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            parsed.words << argument;
            continue;
        }
        const QString name = argument.mid(2);
        if (Flags.contains(name)) {
            parsed.flags.insert(name);
        } else if (i + 1 < arguments.size()) {
            parsed.options.insert(name, arguments.at(++i));
        } else {
            *error = QStringLiteral("--%1 needs a value").arg(name);
            return std::nullopt;
        }
    }
    return parsed;
}

// RFC 4180 fields of one CSV line (quotes, doubled quotes inside them); lines do not span newlines here.
QStringList csvFields(const QString& line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

bool writeQrPng(const QString& text, const QString& path) {
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return false;
    constexpr int Scale = 8;
    constexpr int Margin = 4; // modules of quiet zone, as the standard asks
    const int side = (code->width + 2 * Margin) * Scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < Scale; ++dy)
                for (int dx = 0; dx < Scale; ++dx)
                    image.setPixel((x + Margin) * Scale + dx, (y + Margin) * Scale + dy, qRgb(0, 0, 0));
        }
    }
    QRcode_free(code);
    return image.save(path, "PNG");
}

} // namespace

Admin::Admin(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_out(out)
    , m_err(err)
    , m_in(in) {}

QString Admin::usage() {
    return QStringLiteral(
        "usage: fieldcase-server COMMAND --data DIR [options]\n"
        "  init --data DIR --bureau-id ID --bureau-name NAME --agency-code CODE\n"
        "       [--postgres \"host=... port=... dbname=... user=... password=...\"]\n"
        "       [--tls-cert FILE --tls-key FILE | --tls-names HOST,IP,...]   (default: a new self-signed "
        "identity)\n"
        "  serve --data DIR [--port N]             prints \"listening on PORT\"\n"
        "  cert-fingerprint --data DIR             SHA-256 of the TLS certificate, as devices pin it\n"
        "  unit add NAME --data DIR\n"
        "  user add --data DIR --login L --name N --roles inspector,team_leader --unit UNIT\n"
        "       (--password P | --password-stdin) [--certificate NUMBER]\n"
        "  user disable LOGIN --data DIR\n"
        "  user reset-password LOGIN --data DIR (--password P | --password-stdin)\n"
        "  device enrol-code --data DIR [--qr FILE.png [--url https://PUBLIC-ADDRESS:PORT]]\n"
        "  device list --data DIR\n"
        "  device revoke DEVICE_ID --data DIR\n"
        "  pack publish FILE.json --data DIR        (with its signature FILE.json.sig beside it)\n"
        "  subjects import FILE.csv --data DIR     columns "
        "name,credit_code,address,industry,class,permit_number,grid\n"
        "  task assign --data DIR --subject CREDIT_CODE --to LOGIN --due YYYY-MM-DD [--title TEXT]\n"
        "exit codes: 0 done, 1 failed, 2 refused input, 64 usage\n");
}

int Admin::run(const QStringList& arguments) {
    QString error;
    const std::optional<Arguments> parsed = parse(arguments, &error);
    if (!parsed || parsed->words.isEmpty()) {
        m_err << (error.isEmpty() ? QString() : error + QLatin1Char('\n')) << usage();
        return Usage;
    }
    const Arguments& args = *parsed;
    const QString command = args.words.value(0);
    const QString sub = args.words.value(1);
    const QString dataDir = args.option(QStringLiteral("data"));
    const auto usageError = [&](const QString& message) {
        m_err << message << '\n' << usage();
        return int(Usage);
    };
    const auto refused = [&](const Failure& failure) {
        m_err << failure.message << '\n';
        return failure.status >= 500 ? int(Failed) : int(Refused);
    };
    if (dataDir.isEmpty())
        return usageError(QStringLiteral("--data DIR is required"));

    if (command == QLatin1String("init")) {
        ServerConfig config;
        config.dataDir = QDir(dataDir).absolutePath();
        config.bureauId = args.option(QStringLiteral("bureau-id"));
        config.bureauName = args.option(QStringLiteral("bureau-name"));
        config.agencyCode = args.option(QStringLiteral("agency-code"));
        if (config.bureauId.isEmpty() || config.bureauName.isEmpty() || config.agencyCode.isEmpty())
            return usageError(QStringLiteral("init needs --bureau-id, --bureau-name and --agency-code"));
        if (QFile::exists(ServerConfig::fileIn(dataDir))) {
            m_err << ServerConfig::fileIn(dataDir) << " exists already: this directory is a bureau already\n";
            return Refused;
        }
        if (args.options.contains(QStringLiteral("postgres")) &&
            !config.setPostgres(args.option(QStringLiteral("postgres")), &error))
            return usageError(error);
        if (!QDir().mkpath(config.dataDir)) {
            m_err << "cannot create " << config.dataDir << '\n';
            return Failed;
        }
        if (!prepareTls(config, args.option(QStringLiteral("tls-cert")),
                        args.option(QStringLiteral("tls-key")),
                        args.option(QStringLiteral("tls-names")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                        &error)) {
            m_err << error << '\n';
            return Refused;
        }
        if (!config.save(&error)) {
            m_err << error << '\n';
            return Failed;
        }
        ServerDatabase database(config);
        if (!database.migrate(&error)) {
            m_err << error << '\n';
            return Failed;
        }
        m_out << "bureau " << config.bureauId << " initialised in " << config.dataDir << '\n';
        return Ok;
    }

    const std::optional<ServerConfig> config = ServerConfig::load(dataDir, &error);
    if (!config) {
        m_err << error << '\n';
        return Refused;
    }
    try {
        ServerDatabase database(*config);
        if (!database.migrate(&error)) {
            m_err << error << '\n';
            return Failed;
        }
        Accounts accounts(database);
        const auto password = [&]() -> QString {
            if (args.flags.contains(QStringLiteral("password-stdin")))
                return m_in.readLine();
            return args.option(QStringLiteral("password"));
        };

        if (command == QLatin1String("serve")) {
            const QString port = args.option(QStringLiteral("port"));
            ServerConfig served = *config;
            if (!port.isEmpty())
                served.port = static_cast<quint16>(port.toUInt());
            return serve(served, m_out, m_err);
        }
        if (command == QLatin1String("cert-fingerprint")) {
            const std::optional<QString> fingerprint = certificateFingerprint(*config);
            if (!fingerprint) {
                m_err << "cannot read the certificate " << config->resolvedPath(config->tlsCertificate)
                      << '\n';
                return Failed;
            }
            m_out << *fingerprint << '\n';
            return Ok;
        }
        if (command == QLatin1String("unit") && sub == QLatin1String("add")) {
            if (args.words.size() != 3)
                return usageError(QStringLiteral("unit add NAME"));
            const Outcome<QUuid> unit = accounts.addUnit(args.words.at(2));
            if (!unit.ok())
                return refused(unit.failure());
            m_out << Uuid7::toText(unit.value()) << '\n';
            return Ok;
        }
        if (command == QLatin1String("user") && sub == QLatin1String("add")) {
            const Roles roles = rolesFromKeys(args.option(QStringLiteral("roles")));
            const QStringList keys =
                args.option(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (keys.isEmpty() ||
                rolesToKeys(roles).split(QLatin1Char(','), Qt::SkipEmptyParts).size() != keys.size())
                return usageError(QStringLiteral("--roles takes inspector, team_leader, legal_reviewer, "
                                                 "evidence_clerk or admin, separated by commas"));
            const Outcome<QUuid> user = accounts.addUser(
                args.option(QStringLiteral("login")), args.option(QStringLiteral("name")), roles,
                args.option(QStringLiteral("unit")), password(), args.option(QStringLiteral("certificate")));
            if (!user.ok())
                return refused(user.failure());
            m_out << Uuid7::toText(user.value()) << '\n';
            return Ok;
        }
        if (command == QLatin1String("user") &&
            (sub == QLatin1String("disable") || sub == QLatin1String("reset-password"))) {
            if (args.words.size() != 3)
                return usageError(QStringLiteral("user %1 LOGIN").arg(sub));
            const Outcome<QUuid> user = sub == QLatin1String("disable")
                                            ? accounts.disableUser(args.words.at(2))
                                            : accounts.resetPassword(args.words.at(2), password());
            return user.ok() ? int(Ok) : refused(user.failure());
        }
        if (command == QLatin1String("device") && sub == QLatin1String("enrol-code")) {
            const QString code = accounts.createEnrolCode();
            m_out << code << '\n';
            const QString qr = args.option(QStringLiteral("qr"));
            // With the bureau's public address the QR image carries it and the certificate pin too, so the
            // device trusts only this server from its first call.
            const QString url = args.option(QStringLiteral("url"));
            const QString qrText =
                url.isEmpty()
                    ? code
                    : EnrolmentInvite{QUrl(url), code, certificateFingerprint(*config).value_or(QString())}
                          .toText();
            if (!qr.isEmpty() && !writeQrPng(qrText, qr)) {
                m_err << "cannot write the QR code to " << qr << '\n';
                return Failed;
            }
            return Ok;
        }
        if (command == QLatin1String("device") && sub == QLatin1String("list")) {
            for (const DeviceRecord& device : accounts.devices()) {
                m_out << Uuid7::toText(device.id) << '\t' << device.name << '\t'
                      << timeText(device.enrolledAt) << '\t'
                      << (device.revoked() ? QStringLiteral("revoked ") + timeText(device.revokedAt)
                                           : QStringLiteral("active"))
                      << '\t' << device.lastSeq << '\n';
            }
            return Ok;
        }
        if (command == QLatin1String("device") && sub == QLatin1String("revoke")) {
            const QUuid id = QUuid::fromString(args.words.value(2));
            if (id.isNull())
                return usageError(QStringLiteral("device revoke DEVICE_ID"));
            const Outcome<QUuid> revoked = accounts.revokeDevice(id);
            return revoked.ok() ? int(Ok) : refused(revoked.failure());
        }
        if (command == QLatin1String("pack") && sub == QLatin1String("publish"))
            return publishPack(database, args.words.value(2));
        if (command == QLatin1String("subjects") && sub == QLatin1String("import"))
            return importSubjects(database, args.words.value(2));
        if (command == QLatin1String("task") && sub == QLatin1String("assign"))
            return assignTask(database, accounts, args.option(QStringLiteral("subject")),
                              args.option(QStringLiteral("to")), args.option(QStringLiteral("due")),
                              args.option(QStringLiteral("title")));
        return usageError(QStringLiteral("unknown command: %1").arg(args.words.join(QLatin1Char(' '))));
    } catch (const DatabaseError& failure) {
        m_err << "database error: " << failure.what() << '\n';
        return Failed;
    }
}

} // namespace fieldcase::sync::server

namespace fieldcase::sync::server {

namespace {

// Subjects by credit code, so an import updates the subjects it knows instead of doubling them.
QHash<QString, StoredEntity> subjectsByCreditCode(ServerDatabase& database) {
    QHash<QString, StoredEntity> subjects;
    Rows query = database.run(QStringLiteral("SELECT id FROM entities WHERE type = 'subject'"));
    QList<QUuid> ids;
    while (query.next())
        ids << QUuid::fromString(query.value(0).toString());
    for (const QUuid& id : ids) {
        if (std::optional<StoredEntity> subject = Entities::find(database, QStringLiteral("subject"), id))
            subjects.insert(subject->fields.value(QStringLiteral("credit_code")).toString(), *subject);
    }
    return subjects;
}

} // namespace

int Admin::publishPack(ServerDatabase& database, const QString& file) {
    QFile pack(file);
    if (file.isEmpty() || !pack.open(QIODevice::ReadOnly)) {
        m_err << "cannot read the pack file \"" << file << "\"\n";
        return Refused;
    }
    const QByteArray bytes = pack.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject()) {
        m_err << file << " is not a JSON object: " << error.errorString() << " at byte " << error.offset
              << '\n';
        return Refused;
    }
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The detached signature beside the file (FILE.json.sig) travels with the pack: a device installs only
    // a pack signed by a key it trusts.
    QFile signature(file + QStringLiteral(".sig"));
    const QString signatureText =
        signature.open(QIODevice::ReadOnly) ? QString::fromUtf8(signature.readAll()) : QString();
    // The same file published twice is the same pack: its id comes from its content.
    StoredEntity entity{QStringLiteral("pack"),
                        QUuid::createUuidV5(QUuid(), sha256),
                        0,
                        0,
                        {},
                        {},
                        {},
                        {},
                        {{QStringLiteral("sha256"), sha256},
                         {QStringLiteral("content"), QString::fromUtf8(bytes)},
                         {QStringLiteral("signature"), signatureText},
                         {QStringLiteral("published_at"), timeText(database.now())}}};
    if (const std::optional<StoredEntity> existing = Entities::find(database, entity.type, entity.id)) {
        m_out << Uuid7::toText(entity.id) << " (published already)\n";
        return Ok;
    }
    WriteTransaction transaction(database);
    Entities::write(transaction, entity);
    transaction.commit();
    m_out << Uuid7::toText(entity.id) << ' ' << sha256 << '\n';
    return Ok;
}

int Admin::importSubjects(ServerDatabase& database, const QString& file) {
    QFile csv(file);
    if (file.isEmpty() || !csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_err << "cannot read the CSV file \"" << file << "\"\n";
        return Refused;
    }
    QTextStream lines(&csv);
    const QStringList header = csvFields(lines.readLine().remove(QChar(0xFEFF)));
    const QStringList columns{QStringLiteral("name"),    QStringLiteral("credit_code"),
                              QStringLiteral("address"), QStringLiteral("industry"),
                              QStringLiteral("class"),   QStringLiteral("permit_number"),
                              QStringLiteral("grid")};
    for (const QString& column : columns) {
        if (!header.contains(column)) {
            m_err << file << ":1: the header lacks the column \"" << column << "\"\n";
            return Refused;
        }
    }
    QHash<QString, StoredEntity> known = subjectsByCreditCode(database);
    QSet<QString> seen;
    int imported = 0;
    int bad = 0;
    WriteTransaction transaction(database);
    for (int lineNumber = 2; !lines.atEnd(); ++lineNumber) {
        const QString line = lines.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList values = csvFields(line);
        const auto reject = [&](const QString& reason) {
            m_err << file << ':' << lineNumber << ": " << reason << '\n';
            ++bad;
        };
        if (values.size() != header.size()) {
            reject(QStringLiteral("%1 fields where the header has %2").arg(values.size()).arg(header.size()));
            continue;
        }
        QJsonObject fields;
        for (const QString& column : columns)
            fields.insert(column, values.at(header.indexOf(column)));
        const QString creditCode =
            CreditCode::normalized(fields.value(QStringLiteral("credit_code")).toString());
        fields.insert(QStringLiteral("credit_code"), creditCode);
        const CreditCode::Result check = CreditCode::validate(creditCode);
        if (fields.value(QStringLiteral("name")).toString().isEmpty()) {
            reject(QStringLiteral("the name is empty"));
        } else if (!check.ok()) {
            reject(QStringLiteral("credit code \"%1\": %2").arg(creditCode, check.message()));
        } else if (!enumFromKey<SubjectClass>(fields.value(QStringLiteral("class")).toString())) {
            reject(QStringLiteral("class \"%1\" is not key, general or special")
                       .arg(fields.value(QStringLiteral("class")).toString()));
        } else if (seen.contains(creditCode)) {
            reject(QStringLiteral("credit code %1 appears twice in the file").arg(creditCode));
        } else {
            seen.insert(creditCode);
            StoredEntity subject = known.value(
                creditCode,
                StoredEntity{QStringLiteral("subject"), Uuid7::create(), 0, 0, {}, {}, {}, {}, {}});
            for (auto it = fields.begin(); it != fields.end(); ++it)
                subject.fields.insert(it.key(), it.value());
            Entities::write(transaction, subject);
            ++imported;
        }
    }
    transaction.commit();
    m_out << imported << " subjects imported, " << bad << " rows refused\n";
    return imported > 0 || bad == 0 ? int(Ok) : int(Refused);
}

int Admin::assignTask(ServerDatabase& database, Accounts& accounts, const QString& creditCode,
                      const QString& login, const QString& due, const QString& title) {
    const QDate dueDate = QDate::fromString(due, Qt::ISODate);
    if (creditCode.isEmpty() || login.isEmpty() || !dueDate.isValid()) {
        m_err << "task assign needs --subject CREDIT_CODE, --to LOGIN and --due YYYY-MM-DD\n" << usage();
        return Usage;
    }
    const QHash<QString, StoredEntity> subjects = subjectsByCreditCode(database);
    const auto subject = subjects.constFind(CreditCode::normalized(creditCode));
    if (subject == subjects.constEnd()) {
        m_err << "no subject with credit code " << creditCode << '\n';
        return Refused;
    }
    const std::optional<UserRecord> user = accounts.userByLogin(login);
    if (!user || !user->active) {
        m_err << "no active user \"" << login << "\"\n";
        return Refused;
    }
    const QString userId = Uuid7::toText(user->user.id);
    StoredEntity task{QStringLiteral("task"),
                      Uuid7::create(),
                      0,
                      0,
                      Uuid7::toText(user->user.unitId),
                      {},
                      userId,
                      {},
                      {{QStringLiteral("source"), QStringLiteral("annual_plan")},
                       {QStringLiteral("subject_id"), Uuid7::toText(subject->id)},
                       {QStringLiteral("officers"), QJsonArray{userId}},
                       {QStringLiteral("assignee_id"), userId},
                       {QStringLiteral("due_date"), dueDate.toString(Qt::ISODate)},
                       {QStringLiteral("state"), QStringLiteral("assigned")},
                       {QStringLiteral("note"), title}}};
    WriteTransaction transaction(database);
    Entities::write(transaction, task);
    transaction.commit();
    m_out << Uuid7::toText(task.id) << '\n';
    return Ok;
}

} // namespace fieldcase::sync::server
