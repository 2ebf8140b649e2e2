#pragma once

#include "Store.h"

#include "User.h"

#include <QList>
#include <optional>

namespace fieldcase::store {

// Units, local user accounts and offline login.
class Accounts {
public:
    explicit Accounts(Store& store)
        : m_store(store) {}

    StoreResult createUnit(const QUuid& actorId, const Unit& unit);
    QList<Unit> units() const;

    // Stores the account with an Argon2id verifier of `password` (the password itself is never kept).
    StoreResult createUser(const QUuid& actorId, const User& user, const QString& password);
    std::optional<User> user(const QUuid& id) const;
    std::optional<User> userByLogin(const QString& login) const;
    QList<User> users() const;
    int userCount() const;

    struct LoginResult {
        enum class Status { Success, WrongCredentials, TooManyAttempts, StoreError };
        Status status = Status::WrongCredentials;
        User user;
        int retryAfterSeconds = 0; // with TooManyAttempts
        QString message;           // translated, for the login screen
        bool ok() const { return status == Status::Success; }
    };

    // Checks the password against the local verifier. After FreeAttempts failures in a row, each
    // further try has to wait longer (the count survives restarts, it lives in the database). Wrong
    // login names and wrong passwords get the same message.
    LoginResult login(const QString& login, const QString& password, qint64 nowMs);
    // The same check for unlocking a locked window: only the signed-in user's password counts.
    LoginResult unlock(const QUuid& userId, const QString& password, qint64 nowMs);

    static constexpr int FreeAttempts = 3;
    static constexpr int MinimumPasswordLength = 8;
    static int delaySecondsAfter(int consecutiveFailures);

private:
    LoginResult checkPassword(const std::optional<User>& user, const QString& attemptedLogin,
                              const QString& password, qint64 nowMs);
    Store& m_store;
};

} // namespace fieldcase::store
