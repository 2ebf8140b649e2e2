#pragma once

#include "Enrolment.h"
#include "PinnedNetwork.h"
#include "Profile.h"
#include "SecretStore.h"
#include "ServerFixture.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>
#include <optional>

// The fixture's bureau served by the real fieldcase-server binary on 127.0.0.1, for the end-to-end and GUI
// suites; the end-to-end ones run every test on SQLite and again on PostgreSQL when FIELDCASE_TEST_PG names a
// database.
namespace servedBureau {

using Fixture = fieldcase::sync::server::testing::ServerFixture;

inline constexpr char NoPostgres[] = "FIELDCASE_TEST_PG names no PostgreSQL database (./dev test starts one)";

// For initTestCase_data(): the "postgres" column, one row per backend.
inline void addBackends() {
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

inline bool backendAvailable(bool postgres) {
    return !postgres || !Fixture::postgresConnection().isEmpty();
}

// Makes the bureau and starts its server; empty on success, else why not.
inline QString start(bool postgres, std::unique_ptr<Fixture>& bureau,
                     std::unique_ptr<ServerProcess>& server) {
    bureau = std::make_unique<Fixture>();
    QString error;
    if (!bureau->create(postgres, &error))
        return error;
    server = std::make_unique<ServerProcess>(bureau->directory());
    return server->start() ? QString() : QStringLiteral("fieldcase-server did not start");
}

// Enrols `profile` with the bureau `server` serves and signs `login` in there once (which gives the device
// the account and its verifier for signing in offline); the signed-in user, or nullopt with a warning.
inline std::optional<fieldcase::User> join(fieldcase::store::Profile& profile,
                                           fieldcase::security::SecretStore& secrets,
                                           const ServerProcess& server, Fixture& bureau, const QString& login,
                                           const QString& deviceName) {
    fieldcase::sync::client::PinnedNetwork network;
    fieldcase::sync::client::Enrolment enrolment(profile.store(), secrets);
    const auto enrolled =
        enrolment.enrol(network, QUrl(server.url()), bureau.api->accounts().createEnrolCode(), deviceName,
                        QByteArray(32, 'k'));
    if (!enrolled.ok()) {
        qWarning("enrolment: %s", qPrintable(enrolled.error.message));
        return std::nullopt;
    }
    const auto signedIn = enrolment.login(network, login, Fixture::passwordOf(login));
    if (!signedIn.ok()) {
        qWarning("sign-in: %s", qPrintable(signedIn.error.message));
        return std::nullopt;
    }
    return signedIn.value->user;
}

} // namespace servedBureau

// The body of init() in a suite that runs once per backend: skips the PostgreSQL row where no PostgreSQL
// database is named, and starts the bureau. A macro, because QSKIP and QVERIFY2 leave the test function.
#define FIELDCASE_START_SERVED_BUREAU(bureau, server)                                                        \
    do {                                                                                                     \
        QFETCH_GLOBAL(bool, postgres);                                                                       \
        if (!servedBureau::backendAvailable(postgres))                                                       \
            QSKIP(servedBureau::NoPostgres);                                                                 \
        const QString failed = servedBureau::start(postgres, bureau, server);                                \
        QVERIFY2(failed.isEmpty(), qPrintable(failed));                                                      \
    } while (false)
