#include "Enrolment.h"

#include "SyncState.h"
#include "Uuid7.h"

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

namespace {

const QString DeviceTokenName = u"device_token"_s;
const QString SessionTokenName = u"session_token"_s;

SyncError storageError(const QString& detail) {
    return SyncError::fromCode(QLatin1String(localErrors::Storage), 0, detail);
}

} // namespace

QString Enrolment::secretKey(const QString& name) const {
    return u"sync/%1/%2"_s.arg(Uuid7::toText(m_store.deviceId()), name);
}

CallResult<EnrolAnswer> Enrolment::enrol(PinnedNetwork& network, const QUrl& bureauUrl, const QString& code,
                                         const QString& deviceName, const QByteArray& publicKey,
                                         const QString& expectedPin) {
    SyncConnection connection(network, {bureauUrl, {}, {}, {}});
    CallResult<EnrolAnswer> answer =
        connection.enrol(code, m_store.deviceId(), deviceName, publicKey, expectedPin);
    if (!answer.ok())
        return answer;
    if (const QString error = m_secrets.write(secretKey(DeviceTokenName), answer.value->deviceToken);
        !error.isEmpty())
        return CallResult<EnrolAnswer>::failure(storageError(error));
    using namespace store::syncKeys;
    const store::StoreResult saved = store::SyncState(m_store).setValues({
        {QLatin1String(BureauUrl), bureauUrl.toString()},
        {QLatin1String(BureauId), answer.value->bureauId},
        {QLatin1String(BureauName), answer.value->bureauName},
        {QLatin1String(CertificatePin), answer.value->pin},
        {QLatin1String(DeviceIdAtBureau), answer.value->deviceId},
        {QLatin1String(PullCursor), u"0"_s},
    });
    if (!saved) {
        m_secrets.remove(secretKey(DeviceTokenName));
        return CallResult<EnrolAnswer>::failure(storageError(saved.message()));
    }
    return answer;
}

bool Enrolment::isEnrolled() const {
    return !store::SyncState(m_store).value(QLatin1String(store::syncKeys::CertificatePin)).isEmpty();
}

std::optional<BureauEndpoint> Enrolment::endpoint(SyncError* error) const {
    const store::SyncState state(m_store);
    BureauEndpoint endpoint{QUrl(state.value(QLatin1String(store::syncKeys::BureauUrl))),
                            state.value(QLatin1String(store::syncKeys::CertificatePin)),
                            {},
                            {}};
    const security::SecretStore::Read device = m_secrets.read(secretKey(DeviceTokenName));
    const security::SecretStore::Read session = m_secrets.read(secretKey(SessionTokenName));
    SyncError failure;
    if (!device.ok() || !session.ok())
        failure = storageError(device.ok() ? session.error : device.error);
    else if (endpoint.baseUrl.isEmpty() || endpoint.pin.isEmpty() || !device.found)
        failure = SyncError::fromCode(QLatin1String(localErrors::NotEnrolled));
    if (failure.isError()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    endpoint.deviceToken = device.secret;
    endpoint.sessionToken = session.secret;
    return endpoint;
}

CallResult<LoginAnswer> Enrolment::login(PinnedNetwork& network, const QString& login,
                                         const QString& password) {
    SyncError error;
    std::optional<BureauEndpoint> bureau = endpoint(&error);
    if (!bureau)
        return CallResult<LoginAnswer>::failure(error);
    bureau->sessionToken.clear();
    SyncConnection connection(network, *bureau);
    CallResult<LoginAnswer> answer = connection.login(login, password);
    if (!answer.ok())
        return answer;
    if (const QString failed = m_secrets.write(secretKey(SessionTokenName), answer.value->sessionToken);
        !failed.isEmpty())
        return CallResult<LoginAnswer>::failure(storageError(failed));
    if (const store::StoreResult saved =
            store::SyncState(m_store).saveOnlineLogin(answer.value->user, answer.value->verifier);
        !saved)
        return CallResult<LoginAnswer>::failure(storageError(saved.message()));
    return answer;
}

QString Enrolment::forgetTokens() {
    const QString device = m_secrets.remove(secretKey(DeviceTokenName));
    const QString session = m_secrets.remove(secretKey(SessionTokenName));
    return device.isEmpty() ? session : device;
}

void Enrolment::forgetSession() {
    m_secrets.remove(secretKey(SessionTokenName));
}

} // namespace fieldcase::sync::client
