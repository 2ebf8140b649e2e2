#include "Accounts.h"

#include "EnrolmentInvite.h"

#include "Entities.h"
#include "PasswordHasher.h"
#include "Protocol.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace fieldcase::sync::server {

namespace {

const QString DeviceColumns = QStringLiteral("id, name, public_key, enrolled_at, revoked_at, last_seq");
const QString UserColumns =
    QStringLiteral("id, login, name, roles, unit_id, certificate_number, verifier, active");

DeviceRecord deviceFrom(const Rows& query) {
    DeviceRecord device;
    device.id = QUuid::fromString(query.value(0).toString());
    device.name = query.value(1).toString();
    device.publicKey = query.value(2).toString();
    device.enrolledAt = timeFromText(query.value(3).toString());
    device.revokedAt = timeFromText(query.value(4).toString());
    device.lastSeq = query.value(5).toLongLong();
    return device;
}

UserRecord userFrom(const Rows& query) {
    UserRecord record;
    record.user.id = QUuid::fromString(query.value(0).toString());
    record.user.login = query.value(1).toString();
    record.user.name = query.value(2).toString();
    record.user.roles = rolesFromKeys(query.value(3).toString());
    record.user.unitId = QUuid::fromString(query.value(4).toString());
    record.user.certificateNumber = query.value(5).toString();
    record.verifier = query.value(6).toString();
    record.active = query.value(7).toLongLong() != 0;
    return record;
}

Failure unauthenticated(const QString& message) {
    return {401, QString::fromLatin1(errors::Unauthenticated), message};
}

} // namespace

QJsonObject UserRecord::rosterFields() const {
    return {{QStringLiteral("id"), Uuid7::toText(user.id)},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("roles"), rolesToKeys(user.roles)},
            {QStringLiteral("unit_id"), user.unitId.isNull() ? QString() : Uuid7::toText(user.unitId)},
            {QStringLiteral("certificate_number"), user.certificateNumber},
            {QStringLiteral("active"), active}};
}

QByteArray newToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Accounts::Accounts(ServerDatabase& database)
    : m_database(database) {}

QString Accounts::createEnrolCode() {
    // Read aloud or typed from paper: no 0/O or 1/I, 60 bits, used once within a week.
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof(Alphabet) - 1))]);
    }
    const QDateTime now = m_database.now();
    WriteTransaction transaction(m_database);
    transaction.run(
        QStringLiteral("INSERT INTO enrol_codes (code_sha256, created_at, expires_at) VALUES (?, ?, ?)"),
        {sha256Hex(EnrolmentInvite::normalisedCode(code).toUtf8()), timeText(now),
         timeText(now.addDays(EnrolCodeDays))});
    transaction.commit();
    return code;
}

Outcome<QJsonObject> Accounts::enrol(const QString& code, const QString& deviceName, const QString& publicKey,
                                     const QUuid& requestedId) {
    // Typed in groups, with dashes or spaces, in lower case: all the same code.
    const QString codeHash = sha256Hex(EnrolmentInvite::normalisedCode(code).toUtf8());
    const QDateTime now = m_database.now();
    WriteTransaction transaction(m_database);
    Rows query = transaction.run(
        QStringLiteral("SELECT expires_at, used_at FROM enrol_codes WHERE code_sha256 = ?"), {codeHash});
    if (!query.next())
        return unauthenticated(QStringLiteral("unknown enrolment code"));
    if (!query.value(1).isNull())
        return Failure{410, QString::fromLatin1(errors::Gone),
                       QStringLiteral("the enrolment code was already used")};
    if (timeFromText(query.value(0).toString()) <= now)
        return Failure{410, QString::fromLatin1(errors::Gone), QStringLiteral("the enrolment code expired")};

    // The device's own id, when it sends one, so its mutations, audit events and signatures name the same
    // device here as on the device. An id already enrolled is refused: a revoked device stays revoked.
    const QUuid deviceId = requestedId.isNull() ? Uuid7::create() : requestedId;
    if (transaction.run(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {Uuid7::toText(deviceId)})
            .next())
        return Failure{409, QString::fromLatin1(errors::AlreadyExists),
                       QStringLiteral("a device with this id is already enrolled")};
    const QByteArray token = newToken();
    transaction.run(QStringLiteral("INSERT INTO devices (id, name, public_key, token_sha256, enrolled_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {Uuid7::toText(deviceId), deviceName, publicKey, sha256Hex(token), timeText(now)});
    transaction.run(QStringLiteral("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code_sha256 = ?"),
                    {timeText(now), Uuid7::toText(deviceId), codeHash});
    publishDevice(transaction, deviceId,
                  {{QStringLiteral("name"), deviceName},
                   {QStringLiteral("public_key"), publicKey},
                   {QStringLiteral("enrolled_at"), timeText(now)}});
    transaction.commit();
    const ServerConfig& config = m_database.config();
    return QJsonObject{{QStringLiteral("device_id"), Uuid7::toText(deviceId)},
                       {QStringLiteral("device_token"), QString::fromLatin1(token)},
                       {QStringLiteral("bureau_id"), config.bureauId},
                       {QStringLiteral("bureau_name"), config.bureauName}};
}

Outcome<QJsonObject> Accounts::login(const DeviceRecord& device, const QString& login,
                                     const QString& password) {
    const std::optional<UserRecord> record = userByLogin(login);
    // One answer for an unknown login, a wrong password and a disabled user: the caller learns nothing.
    if (!record || !record->active || !security::PasswordHasher::verify(record->verifier, password))
        return unauthenticated(QStringLiteral("wrong login or password, or the user is disabled"));
    const QByteArray token = newToken();
    const QDateTime expires = m_database.now().addSecs(qint64(SessionHours) * 3600);
    WriteTransaction transaction(m_database);
    transaction.run(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"),
                    {timeText(m_database.now())});
    transaction.run(
        QStringLiteral(
            "INSERT INTO sessions (token_sha256, user_id, device_id, expires_at) VALUES (?, ?, ?, ?)"),
        {sha256Hex(token), Uuid7::toText(record->user.id), Uuid7::toText(device.id), timeText(expires)});
    transaction.commit();
    QJsonObject user = record->rosterFields();
    user.remove(QStringLiteral("active"));
    return QJsonObject{{QStringLiteral("session_token"), QString::fromLatin1(token)},
                       {QStringLiteral("expires_at"), timeText(expires)},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("verifier"), record->verifier}};
}

Outcome<Caller> Accounts::authenticate(const HttpRequest& request, bool needsSession) {
    const QByteArray deviceToken = request.header(headers::DeviceToken);
    if (deviceToken.isEmpty())
        return unauthenticated(QStringLiteral("X-Device-Token is missing"));
    std::optional<DeviceRecord> device = deviceByToken(deviceToken);
    if (!device)
        return unauthenticated(QStringLiteral("unknown device token"));
    if (device->revoked())
        return Failure{403, QString::fromLatin1(errors::DeviceRevoked),
                       QStringLiteral("this device was revoked")};
    Caller caller{*device, std::nullopt};
    if (!needsSession)
        return caller;

    const QByteArray authorization = request.header("Authorization");
    static const QByteArray Bearer = "Bearer ";
    if (!authorization.startsWith(Bearer))
        return unauthenticated(QStringLiteral("Authorization: Bearer is missing"));
    Rows query = m_database.run(
        QStringLiteral("SELECT user_id, device_id, expires_at FROM sessions WHERE token_sha256 = ?"),
        {sha256Hex(authorization.mid(Bearer.size()).trimmed())});
    if (!query.next() || QUuid::fromString(query.value(1).toString()) != device->id)
        return unauthenticated(QStringLiteral("unknown session"));
    if (timeFromText(query.value(2).toString()) <= m_database.now())
        return unauthenticated(QStringLiteral("the session expired"));
    caller.user = user(QUuid::fromString(query.value(0).toString()));
    if (!caller.user || !caller.user->active)
        return unauthenticated(QStringLiteral("the user is disabled"));
    return caller;
}

std::optional<DeviceRecord> Accounts::deviceByToken(const QByteArray& token) {
    Rows query =
        m_database.run(QStringLiteral("SELECT %1 FROM devices WHERE token_sha256 = ?").arg(DeviceColumns),
                       {sha256Hex(token)});
    if (!query.next())
        return std::nullopt;
    return deviceFrom(query);
}

std::optional<UserRecord> Accounts::user(const QUuid& id) {
    Rows query = m_database.run(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(UserColumns),
                                {Uuid7::toText(id)});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<UserRecord> Accounts::userByLogin(const QString& login) {
    Rows query =
        m_database.run(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(UserColumns), {login});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<QUuid> Accounts::unitByName(const QString& name) {
    Rows query =
        m_database.run(QStringLiteral("SELECT id FROM units WHERE name = ? OR id = ?"), {name, name});
    if (!query.next())
        return std::nullopt;
    return QUuid::fromString(query.value(0).toString());
}

QList<DeviceRecord> Accounts::devices() {
    QList<DeviceRecord> list;
    Rows query =
        m_database.run(QStringLiteral("SELECT %1 FROM devices ORDER BY enrolled_at").arg(DeviceColumns));
    while (query.next())
        list.append(deviceFrom(query));
    return list;
}

Outcome<QUuid> Accounts::addUnit(const QString& name) {
    if (name.trimmed().isEmpty())
        return Failure{400, QString::fromLatin1(errors::BadRequest), QStringLiteral("a unit needs a name")};
    if (unitByName(name.trimmed()))
        return Failure{409, QString::fromLatin1(errors::AlreadyExists),
                       QStringLiteral("the unit exists already")};
    StoredEntity unit{QStringLiteral("unit"), Uuid7::create(), 0, 0, {}, {}, {}, {}, {}};
    unit.unitId = Uuid7::toText(unit.id);
    unit.fields = {{QStringLiteral("id"), unit.unitId}, {QStringLiteral("name"), name.trimmed()}};
    WriteTransaction transaction(m_database);
    transaction.run(QStringLiteral("INSERT INTO units (id, name) VALUES (?, ?)"),
                    {unit.unitId, name.trimmed()});
    Entities::write(transaction, unit);
    transaction.commit();
    return unit.id;
}

Outcome<QUuid> Accounts::addUser(const QString& login, const QString& name, Roles roles, const QString& unit,
                                 const QString& password, const QString& certificateNumber) {
    const auto refuse = [](const QString& message) {
        return Failure{400, QString::fromLatin1(errors::BadRequest), message};
    };
    if (login.trimmed().isEmpty() || name.trimmed().isEmpty())
        return refuse(QStringLiteral("a user needs a login and a name"));
    if (!roles)
        return refuse(QStringLiteral("a user needs at least one role"));
    if (password.isEmpty())
        return refuse(QStringLiteral("a user needs a password"));
    if (userByLogin(login.trimmed()))
        return Failure{409, QString::fromLatin1(errors::AlreadyExists),
                       QStringLiteral("the login exists already")};
    const std::optional<QUuid> unitId = unitByName(unit);
    if (!unitId)
        return refuse(QStringLiteral("no unit named \"%1\"").arg(unit));
    UserRecord record;
    record.user.id = Uuid7::create();
    record.user.login = login.trimmed();
    record.user.name = name.trimmed();
    record.user.roles = roles;
    record.user.unitId = *unitId;
    record.user.certificateNumber = certificateNumber.trimmed();
    record.verifier = security::PasswordHasher::hash(password);
    if (record.verifier.isEmpty())
        return Failure{500, QStringLiteral("internal"), QStringLiteral("cannot hash the password")};
    WriteTransaction transaction(m_database);
    transaction.run(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, 1)").arg(UserColumns),
                    {Uuid7::toText(record.user.id), record.user.login, record.user.name, rolesToKeys(roles),
                     Uuid7::toText(*unitId), record.user.certificateNumber, record.verifier});
    publishUser(transaction, record);
    transaction.commit();
    return record.user.id;
}

Outcome<QUuid> Accounts::disableUser(const QString& login) {
    std::optional<UserRecord> record = userByLogin(login);
    if (!record)
        return Failure{404, QString::fromLatin1(errors::NotFound),
                       QStringLiteral("no user \"%1\"").arg(login)};
    record->active = false;
    WriteTransaction transaction(m_database);
    transaction.run(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                    {Uuid7::toText(record->user.id)});
    transaction.run(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"),
                    {Uuid7::toText(record->user.id)});
    publishUser(transaction, *record);
    transaction.commit();
    return record->user.id;
}

Outcome<QUuid> Accounts::resetPassword(const QString& login, const QString& password) {
    const std::optional<UserRecord> record = userByLogin(login);
    if (!record)
        return Failure{404, QString::fromLatin1(errors::NotFound),
                       QStringLiteral("no user \"%1\"").arg(login)};
    if (password.isEmpty())
        return Failure{400, QString::fromLatin1(errors::BadRequest), QStringLiteral("the password is empty")};
    const QString verifier = security::PasswordHasher::hash(password);
    WriteTransaction transaction(m_database);
    transaction.run(QStringLiteral("UPDATE users SET verifier = ? WHERE id = ?"),
                    {verifier, Uuid7::toText(record->user.id)});
    // Sessions opened with the old password end: a reset usually means it leaked.
    transaction.run(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"),
                    {Uuid7::toText(record->user.id)});
    transaction.commit();
    return record->user.id;
}

Outcome<QUuid> Accounts::revokeDevice(const QUuid& deviceId) {
    WriteTransaction transaction(m_database);
    Rows query = transaction.run(
        QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {timeText(m_database.now()), Uuid7::toText(deviceId)});
    if (query.numRowsAffected() == 0)
        return Failure{404, QString::fromLatin1(errors::NotFound),
                       QStringLiteral("no device %1 in good standing").arg(Uuid7::toText(deviceId))};
    transaction.run(QStringLiteral("DELETE FROM sessions WHERE device_id = ?"), {Uuid7::toText(deviceId)});
    publishDevice(transaction, deviceId, {{QStringLiteral("revoked_at"), timeText(m_database.now())}});
    transaction.commit();
    return deviceId;
}

// Every device learns each enrolled device's signing key, so the signatures on evidence captured elsewhere
// can be checked where it is opened; a revocation is published too (its evidence stays valid).
void Accounts::publishDevice(WriteTransaction& transaction, const QUuid& deviceId,
                             const QJsonObject& fields) {
    StoredEntity entity =
        Entities::find(m_database, QStringLiteral("device"), deviceId)
            .value_or(StoredEntity{QStringLiteral("device"), deviceId, 0, 0, {}, {}, {}, {}, {}});
    for (auto field = fields.begin(); field != fields.end(); ++field)
        entity.fields.insert(field.key(), field.value());
    Entities::write(transaction, entity);
}

void Accounts::publishUser(WriteTransaction& transaction, const UserRecord& record) {
    StoredEntity entity =
        Entities::find(m_database, QStringLiteral("user"), record.user.id)
            .value_or(StoredEntity{QStringLiteral("user"), record.user.id, 0, 0, {}, {}, {}, {}, {}});
    entity.unitId = Uuid7::toText(record.user.unitId);
    entity.fields = record.rosterFields();
    Entities::write(transaction, entity);
}

} // namespace fieldcase::sync::server
