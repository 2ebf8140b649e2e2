#pragma once

#include "SyncConnection.h"

#include "SecretStore.h"
#include "Store.h"

#include <QUrl>

#include <optional>

namespace fieldcase::sync::client {

// Binds this profile to a bureau and signs users in online. The bureau's address, id, pin and this device's
// id there go to sync_state; the device token and session token only to the secret store, under keys named
// after the profile (its local device id), so two profiles on one computer keep their tokens apart.
class Enrolment {
public:
    Enrolment(store::Store& store, security::SecretStore& secrets)
        : m_store(store)
        , m_secrets(secrets) {}

    // Enrols with `code`; on success the device token, the bureau and its pin are saved. With `expectedPin`
    // (from a QR code) only that certificate is accepted.
    CallResult<EnrolAnswer> enrol(PinnedNetwork& network, const QUrl& bureauUrl, const QString& code,
                                  const QString& deviceName, const QByteArray& publicKey,
                                  const QString& expectedPin = {});
    bool isEnrolled() const;

    // Signs in at the bureau; on success the session token is saved and the user's roster entry and verifier
    // are cached for offline sign-in.
    CallResult<LoginAnswer> login(PinnedNetwork& network, const QString& login, const QString& password);

    // The bureau as saved, with both tokens read from the secret store; nullopt (and `error`) when the
    // profile is not enrolled or the secret store cannot be read.
    std::optional<BureauEndpoint> endpoint(SyncError* error = nullptr) const;

    // Removes both tokens from the secret store; returns the secret store's error, empty on success.
    QString forgetTokens();
    void forgetSession();

    QString secretKey(const QString& name) const;

private:
    store::Store& m_store;
    security::SecretStore& m_secrets;
};

} // namespace fieldcase::sync::client
