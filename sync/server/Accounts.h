#pragma once

#include "HttpMessage.h"
#include "ServerDatabase.h"
#include "ServiceResult.h"
#include "User.h"

#include <QJsonObject>
#include <QUuid>

namespace fieldcase::sync::server {

struct DeviceRecord {
    QUuid id;
    QString name;
    QString publicKey; // Ed25519, base64
    QDateTime enrolledAt;
    QDateTime revokedAt; // invalid while the device is in good standing
    qint64 lastSeq = 0;  // the last device_seq the server processed

    bool revoked() const { return revokedAt.isValid(); }
};

struct UserRecord {
    User user;
    QString verifier; // Argon2id string; never in the roster
    bool active = true;

    // The roster entry devices receive: no password data.
    QJsonObject rosterFields() const;
};

// Who is calling: always a device in good standing, and the signed-in user where the call needs one.
struct Caller {
    DeviceRecord device;
    std::optional<UserRecord> user;
};

// Tokens are 32 random bytes, base64url; only their SHA-256 (hex) is stored.
QByteArray newToken();
QString sha256Hex(const QByteArray& bytes);

// Devices, users, units and sessions. The roster (units, users) is the server's: admin commands change it,
// and each change is also written as an entity so devices pull it.
class Accounts {
public:
    static constexpr int EnrolCodeDays = 7;
    static constexpr int SessionHours = 12;

    explicit Accounts(ServerDatabase& database);

    // A one-time enrolment code for the admin to hand over, e.g. "K7QM-2XPA-93FD".
    QString createEnrolCode();
    // 410 gone when the code was used or expired, 401 when it never existed.
    Outcome<QJsonObject> enrol(const QString& code, const QString& deviceName, const QString& publicKey,
                               const QUuid& requestedId = {});
    Outcome<QJsonObject> login(const DeviceRecord& device, const QString& login, const QString& password);

    // From X-Device-Token and, when `needsSession`, Authorization: Bearer. A revoked device is 403
    // device_revoked whatever else is wrong, an expired session or a disabled user 401.
    Outcome<Caller> authenticate(const HttpRequest& request, bool needsSession);

    std::optional<UserRecord> user(const QUuid& id);
    std::optional<UserRecord> userByLogin(const QString& login);
    std::optional<QUuid> unitByName(const QString& name);
    QList<DeviceRecord> devices();

    Outcome<QUuid> addUnit(const QString& name);
    // `unit` is a unit's name or id.
    Outcome<QUuid> addUser(const QString& login, const QString& name, Roles roles, const QString& unit,
                           const QString& password, const QString& certificateNumber);
    Outcome<QUuid> disableUser(const QString& login);
    Outcome<QUuid> resetPassword(const QString& login, const QString& password);
    Outcome<QUuid> revokeDevice(const QUuid& deviceId);

private:
    std::optional<DeviceRecord> deviceByToken(const QByteArray& token);
    void publishDevice(WriteTransaction& transaction, const QUuid& deviceId, const QJsonObject& fields);
    void publishUser(WriteTransaction& transaction, const UserRecord& record);

    ServerDatabase& m_database;
};

} // namespace fieldcase::sync::server
