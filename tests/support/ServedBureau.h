#pragma once

#include "ServerFixture.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>

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

} // namespace servedBureau
