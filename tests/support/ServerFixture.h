#pragma once

// A bureau server in a temporary directory, for tests that call it in process (Api::handle) or start
// `fieldcase-server serve --data <directory()>` on it: bureau 宁江 (agency code 宁江, TLS identity
// tests/data/tls/server.crt), units 一大队 (A) and 二大队 (B), in A two inspectors, a team leader, a legal
// reviewer and an evidence clerk, in B an inspector and a leader who also inspects, and one enrolled device.
// SQLite by default; PostgreSQL on the connection string in FIELDCASE_TEST_PG when asked (its tables are
// dropped first, so give it a database of its own).

#include "Api.h"
#include "ServerTransport.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace fieldcase::sync::server::testing {

class ServerFixture {
public:
    // Logins of the people; each one's password is passwordOf(login).
    static inline const QString InspectorA = QStringLiteral("inspector_a");
    static inline const QString InspectorA2 = QStringLiteral("inspector_a2");
    static inline const QString LeaderA = QStringLiteral("leader_a");
    static inline const QString ReviewerA = QStringLiteral("reviewer_a");
    static inline const QString ClerkA = QStringLiteral("clerk_a");
    static inline const QString InspectorB = QStringLiteral("inspector_b");
    static inline const QString LeaderB = QStringLiteral("leader_b");

    static QString passwordOf(const QString& login) { return QStringLiteral("pw-") + login; }
    static QString postgresConnection() { return qEnvironmentVariable("FIELDCASE_TEST_PG"); }

    struct Device {
        QString id;
        QString token;
        qint64 lastSeq = 0; // the last device_seq pushed through mutation()
    };

    // False with `error` when the server cannot be set up.
    bool create(bool postgres, QString* error) {
        if (!m_directory.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        config.dataDir = m_directory.path();
        config.bureauId = QStringLiteral("bureau-ningjiang");
        config.bureauName = QStringLiteral("宁江市生态环境局");
        config.agencyCode = QStringLiteral("宁江");
        if (postgres && !config.setPostgres(postgresConnection(), error))
            return false;
        const QString tls = QStringLiteral(FIELDCASE_TEST_DATA "/tls/");
        if (!prepareTls(config, tls + QStringLiteral("server.crt"), tls + QStringLiteral("server.key"), {},
                        error) ||
            !config.save(error))
            return false;
        database = std::make_unique<ServerDatabase>(config);
        try {
            if (postgres) {
                for (const char* table : {"meta", "counters", "units", "users", "devices", "enrol_codes",
                                          "sessions", "entities", "mutation_results", "number_blocks"})
                    database->run(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table)));
            }
            if (!database->migrate(error))
                return false;
            api = std::make_unique<Api>(*database);
            Accounts& accounts = api->accounts();
            unitA = accounts.addUnit(QStringLiteral("一大队")).value();
            unitB = accounts.addUnit(QStringLiteral("二大队")).value();
            const struct {
                QString login;
                Roles roles;
                QUuid unit;
            } people[] = {
                {InspectorA, Role::Inspector, unitA},
                {InspectorA2, Role::Inspector, unitA},
                {LeaderA, Role::TeamLeader, unitA},
                {ReviewerA, Role::LegalReviewer, unitA},
                {ClerkA, Role::EvidenceClerk, unitA},
                {InspectorB, Role::Inspector, unitB},
                {LeaderB, Role::TeamLeader | Role::Inspector, unitB},
            };
            for (const auto& person : people) {
                const Outcome<QUuid> user = accounts.addUser(
                    person.login, person.login.toUpper(), person.roles, Uuid7::toText(person.unit),
                    passwordOf(person.login), QStringLiteral("CERT-") + person.login);
                if (!user.ok()) {
                    *error = user.failure().message;
                    return false;
                }
                userIds.insert(person.login, user.value());
            }
            device = enrol(QStringLiteral("test tablet"));
        } catch (const DatabaseError& failure) {
            *error = QString::fromStdString(failure.what());
            return false;
        }
        if (device.id.isEmpty()) {
            *error = QStringLiteral("cannot enrol the test device");
            return false;
        }
        return true;
    }

    QString directory() const { return m_directory.path(); }

    // A newly enrolled device; empty on failure.
    Device enrol(const QString& name) {
        const HttpResponse answer =
            call("POST", QString::fromLatin1(paths::Enrol),
                 {{QStringLiteral("code"), api->accounts().createEnrolCode()},
                  {QStringLiteral("device_name"), name},
                  {QStringLiteral("public_key"), QStringLiteral("cHVibGljIGtleQ==")}});
        const QJsonObject body = json(answer);
        return {body.value(QStringLiteral("device_id")).toString(),
                body.value(QStringLiteral("device_token")).toString()};
    }

    // A session token of `login` on `on`; empty when the login fails.
    QString session(const QString& login, const Device& on) {
        const HttpResponse answer = call(
            "POST", QString::fromLatin1(paths::Login),
            {{QStringLiteral("login"), login}, {QStringLiteral("password"), passwordOf(login)}}, on.token);
        return json(answer).value(QStringLiteral("session_token")).toString();
    }
    QString session(const QString& login) { return session(login, device); }

    static HttpRequest request(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QString& deviceToken = {}, const QString& sessionToken = {}) {
        HttpRequest request;
        request.method = method;
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        request.path = path.left(question);
        if (question >= 0)
            request.query = QUrlQuery(path.mid(question + 1));
        request.body = body;
        if (!deviceToken.isEmpty())
            request.headers.insert("x-device-token", deviceToken.toLatin1());
        if (!sessionToken.isEmpty())
            request.headers.insert("authorization", "Bearer " + sessionToken.toLatin1());
        return request;
    }

    HttpResponse call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                      const QString& deviceToken = {}, const QString& sessionToken = {}) {
        return api->handle(request(
            method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            deviceToken, sessionToken));
    }

    static QJsonObject json(const HttpResponse& response) {
        return QJsonDocument::fromJson(response.body).object();
    }

    // The next mutation of `on` (device_seq = on.lastSeq + 1) by `login`. Each change is {field, old, new}.
    QJsonObject mutation(Device& on, const QString& login, const QString& kind, const QUuid& entityId,
                         const QJsonArray& changes) {
        return {{QStringLiteral("mutation_id"), Uuid7::toText(Uuid7::create())},
                {QStringLiteral("device_id"), on.id},
                {QStringLiteral("device_seq"), ++on.lastSeq},
                {QStringLiteral("hlc"), QString()},
                {QStringLiteral("user_id"), Uuid7::toText(userIds.value(login))},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("entity_id"), Uuid7::toText(entityId)},
                {QStringLiteral("base_version"), 0},
                {QStringLiteral("changes"), changes}};
    }

    static QJsonObject change(const QString& field, const QJsonValue& oldValue, const QJsonValue& newValue) {
        return {{QStringLiteral("field"), field},
                {QStringLiteral("old"), oldValue},
                {QStringLiteral("new"), newValue}};
    }

    HttpResponse push(const Device& on, const QString& session, const QJsonArray& mutations) {
        return call("POST", QString::fromLatin1(paths::Push), {{QStringLiteral("mutations"), mutations}},
                    on.token, session);
    }

    // A session of `login` on the fixture's device, opened once: signing in checks an Argon2id verifier,
    // which is slow on purpose.
    QString cachedSession(const QString& login) {
        QString& token = m_sessions[login];
        if (token.isEmpty())
            token = session(login);
        return token;
    }

    // Moves the server's clock (an empty function: the real one). Sessions opened before may now be expired.
    void setClock(std::function<QDateTime()> clock) {
        database->setClock(std::move(clock));
        m_sessions.clear();
    }

    // Pushes one mutation of `login` on the fixture's device and answers its result.
    QJsonObject pushOne(const QString& login, const QString& kind, const QUuid& entityId,
                        const QJsonArray& changes) {
        const HttpResponse answer =
            push(device, cachedSession(login), {mutation(device, login, kind, entityId, changes)});
        return json(answer).value(QStringLiteral("results")).toArray().at(0).toObject();
    }

    // A case of `login`'s unit in state lead, created by `login`.
    QUuid createCase(const QString& login) {
        const QUuid id = Uuid7::create();
        pushOne(login, QStringLiteral("case.create"), id,
                {change(QStringLiteral("provisional_label"), {},
                        QStringLiteral("临-") + Uuid7::toText(id).left(8)),
                 change(QStringLiteral("cause"), {}, QStringLiteral("未批先建")),
                 change(QStringLiteral("state"), {}, QStringLiteral("lead")),
                 change(QStringLiteral("lead_officer_id"), {}, Uuid7::toText(userIds.value(login)))});
        return id;
    }

    ServerConfig config;
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<Api> api;
    QUuid unitA;
    QUuid unitB;
    QHash<QString, QUuid> userIds;
    Device device;

private:
    QTemporaryDir m_directory;
    QHash<QString, QString> m_sessions;
};

} // namespace fieldcase::sync::server::testing
