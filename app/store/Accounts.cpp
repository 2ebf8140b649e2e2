#include "Accounts.h"

#include "PasswordHasher.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fieldcase::store {

namespace {

const QString UserColumns = QStringLiteral("id, login, name, roles, certificate_number, unit_id");

User userFrom(const QSqlQuery& query) {
    User user;
    user.id = QUuid::fromString(query.value(0).toString());
    user.login = query.value(1).toString();
    user.name = query.value(2).toString();
    user.roles = rolesFromKeys(query.value(3).toString());
    user.certificateNumber = query.value(4).toString();
    user.unitId = QUuid::fromString(query.value(5).toString());
    return user;
}

} // namespace

int Accounts::delaySecondsAfter(int consecutiveFailures) {
    if (consecutiveFailures < FreeAttempts)
        return 0;
    // 5 s after the third failure, doubling each time, at most five minutes: a person who mistyped
    // barely notices, a guessing program gets a few hundred tries a day.
    const int doublings = std::min(consecutiveFailures - FreeAttempts, 6);
    return std::min(5 << doublings, 300);
}

StoreResult Accounts::createUnit(const QUuid& actorId, const Unit& unit) {
    Action action{QStringLiteral("unit.create"),
                  QStringLiteral("unit"),
                  unit.id,
                  0,
                  {{QStringLiteral("name"), {}, unit.name}},
                  {}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO units(id, name) VALUES (?, ?)"));
        query.addBindValue(Uuid7::toText(unit.id));
        query.addBindValue(unit.name);
        return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
    });
}

QList<Unit> Accounts::units() const {
    QList<Unit> units;
    QSqlQuery query(m_store.connection());
    if (query.exec(QStringLiteral("SELECT id, name FROM units ORDER BY name"))) {
        while (query.next())
            units.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString()});
    }
    return units;
}

StoreResult Accounts::createUser(const QUuid& actorId, const User& user, const QString& password) {
    if (user.login.trimmed().isEmpty() || user.name.trimmed().isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("Accounts", "An account needs a login name and the person's name."));
    if (password.size() < MinimumPasswordLength)
        return StoreResult::failure(QCoreApplication::translate(
            "Accounts", "The password needs at least %n character(s).", nullptr, MinimumPasswordLength));
    if (userByLogin(user.login))
        return StoreResult::failure(
            QCoreApplication::translate("Accounts", "The login name %1 is already taken.").arg(user.login));
    const QString verifier = security::PasswordHasher::hash(password);
    if (verifier.isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "Accounts", "The password could not be protected (not enough memory)."));

    // The verifier stays on the device: the bureau keeps its own, so it is not part of the mutation.
    Action action{QStringLiteral("user.create"),
                  QStringLiteral("user"),
                  user.id,
                  0,
                  {{QStringLiteral("login"), {}, user.login},
                   {QStringLiteral("name"), {}, user.name},
                   {QStringLiteral("roles"), {}, rolesToKeys(user.roles)},
                   {QStringLiteral("certificate_number"), {}, user.certificateNumber}},
                  {}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO users(id, login, name, roles, certificate_number, unit_id, "
                                     "password_verifier) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(user.id));
        query.addBindValue(user.login.trimmed());
        query.addBindValue(user.name.trimmed());
        query.addBindValue(rolesToKeys(user.roles));
        query.addBindValue(sql::text(user.certificateNumber.trimmed()));
        query.addBindValue(sql::idOrNull(user.unitId));
        query.addBindValue(verifier);
        return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
    });
}

std::optional<User> Accounts::user(const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(UserColumns));
    query.addBindValue(Uuid7::toText(id));
    if (query.exec() && query.next())
        return userFrom(query);
    return std::nullopt;
}

std::optional<User> Accounts::userByLogin(const QString& login) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(UserColumns));
    query.addBindValue(login.trimmed());
    if (query.exec() && query.next())
        return userFrom(query);
    return std::nullopt;
}

QList<User> Accounts::users() const {
    QList<User> users;
    QSqlQuery query(m_store.connection());
    if (query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(UserColumns))) {
        while (query.next())
            users.append(userFrom(query));
    }
    return users;
}

int Accounts::userCount() const {
    QSqlQuery query(m_store.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next() ? query.value(0).toInt()
                                                                                    : 0;
}

Accounts::LoginResult Accounts::login(const QString& login, const QString& password, qint64 nowMs) {
    return checkPassword(userByLogin(login), login, password, nowMs);
}

Accounts::LoginResult Accounts::unlock(const QUuid& userId, const QString& password, qint64 nowMs) {
    const std::optional<User> account = user(userId);
    return checkPassword(account, account ? account->login : QString(), password, nowMs);
}

Accounts::LoginResult Accounts::checkPassword(const std::optional<User>& account,
                                              const QString& attemptedLogin, const QString& password,
                                              qint64 nowMs) {
    LoginResult result;
    const QString wrong = QCoreApplication::translate("Accounts", "The login name or the password is wrong.");
    if (!account) {
        // Spend the same effort as a real check, so timing does not tell which login names exist.
        static const QString decoy = security::PasswordHasher::hash(QStringLiteral("decoy password"));
        security::PasswordHasher::verify(decoy, password);
        m_store.recordEvent({}, QStringLiteral("user.login_failed"), QStringLiteral("user"), {},
                            {{QStringLiteral("login"), attemptedLogin}});
        result.message = wrong;
        return result;
    }

    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT password_verifier, failed_logins, last_failed_login_ms FROM users "
                                 "WHERE id = ?"));
    query.addBindValue(Uuid7::toText(account->id));
    if (!query.exec() || !query.next()) {
        result.status = LoginResult::Status::StoreError;
        result.message = QCoreApplication::translate("Accounts", "The account could not be read: %1")
                             .arg(query.lastError().text());
        return result;
    }
    const QString verifier = query.value(0).toString();
    const int failures = query.value(1).toInt();
    const qint64 lastFailure = query.value(2).toLongLong();
    query.finish();

    const qint64 waitUntil = lastFailure + qint64(delaySecondsAfter(failures)) * 1000;
    if (nowMs < waitUntil) {
        result.status = LoginResult::Status::TooManyAttempts;
        result.retryAfterSeconds = static_cast<int>((waitUntil - nowMs + 999) / 1000);
        result.message =
            QCoreApplication::translate("Accounts", "Too many wrong passwords. Try again in %n second(s).",
                                        nullptr, result.retryAfterSeconds);
        return result;
    }

    const QString idText = Uuid7::toText(account->id);
    if (!security::PasswordHasher::verify(verifier, password)) {
        query.prepare(
            QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, last_failed_login_ms = ? "
                           "WHERE id = ?"));
        query.addBindValue(nowMs);
        query.addBindValue(idText);
        query.exec();
        m_store.recordEvent({}, QStringLiteral("user.login_failed"), QStringLiteral("user"), account->id,
                            {{QStringLiteral("login"), account->login}});
        const int delay = delaySecondsAfter(failures + 1);
        result.retryAfterSeconds = delay;
        result.message = delay > 0
                             ? QCoreApplication::translate(
                                   "Accounts",
                                   "The login name or the password is wrong. Wait %n second(s) before the "
                                   "next try.",
                                   nullptr, delay)
                             : wrong;
        return result;
    }

    query.prepare(
        QStringLiteral("UPDATE users SET failed_logins = 0, last_failed_login_ms = 0 WHERE id = ?"));
    query.addBindValue(idText);
    query.exec();
    m_store.recordEvent(account->id, QStringLiteral("user.login"), QStringLiteral("user"), account->id);
    result.status = LoginResult::Status::Success;
    result.user = *account;
    return result;
}

} // namespace fieldcase::store
