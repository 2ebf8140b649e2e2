// fieldcase-server's command line, run as a process on a temporary data directory: init, roster, devices,
// packs, subjects import (bad rows reported by line), tasks, exit codes, and `serve` announcing its port.
// The in-process Api on the same directory checks what the commands wrote, as a second server process would.

#include "Api.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase::sync::server;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestServerAdmin : public QObject {
    Q_OBJECT

    QTemporaryDir m_directory;
    QString m_data;

    Run run(QStringList arguments, const QByteArray& input = {}) {
        arguments << QStringLiteral("--data") << m_data;
        QProcess process;
        process.start(QStringLiteral(FIELDCASE_SERVER_BINARY), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // What a device in scope of everything bureau-wide would pull, read straight from the database.
    QList<QJsonObject> entitiesOfType(const QString& type) {
        const std::optional<ServerConfig> config = ServerConfig::load(m_data);
        ServerDatabase database(*config);
        Rows query =
            database.run(QStringLiteral("SELECT fields FROM entities WHERE type = ? ORDER BY seq"), {type});
        QList<QJsonObject> list;
        while (query.next())
            list << QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        return list;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_directory.isValid());
        m_data = m_directory.filePath(QStringLiteral("bureau"));
        const QString tls = QStringLiteral(FIELDCASE_TEST_DATA "/tls/");
        const Run init = run({QStringLiteral("init"), QStringLiteral("--bureau-id"), QStringLiteral("nj"),
                              QStringLiteral("--bureau-name"), QStringLiteral("宁江市生态环境局"),
                              QStringLiteral("--agency-code"), QStringLiteral("宁江"),
                              QStringLiteral("--tls-cert"), tls + QStringLiteral("server.crt"),
                              QStringLiteral("--tls-key"), tls + QStringLiteral("server.key")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(QFile::exists(m_data + QStringLiteral("/server.ini")));
        QVERIFY(QFile::exists(m_data + QStringLiteral("/server.db")));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--bureau-id"), QStringLiteral("nj"),
                      QStringLiteral("--bureau-name"), QStringLiteral("x"), QStringLiteral("--agency-code"),
                      QStringLiteral("宁江")})
                     .exitCode,
                 2); // never over an existing bureau
    }

    void usageErrorsExit64() {
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("unit")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--roles"),
                      QStringLiteral("wizard")})
                     .exitCode,
                 64);
    }

    void rosterCommands() {
        QCOMPARE(run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("一大队")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("一大队")}).exitCode, 2);
        const Run add =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                 QStringLiteral("zhang"), QStringLiteral("--name"), QStringLiteral("张三"),
                 QStringLiteral("--roles"), QStringLiteral("inspector,team_leader"), QStringLiteral("--unit"),
                 QStringLiteral("一大队"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--certificate"), QStringLiteral("32010001")},
                "secret-1\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                      QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("李四"),
                      QStringLiteral("--roles"), QStringLiteral("inspector"), QStringLiteral("--unit"),
                      QStringLiteral("没有的大队"), QStringLiteral("--password"), QStringLiteral("x")})
                     .exitCode,
                 2);

        const std::optional<ServerConfig> config = ServerConfig::load(m_data);
        QVERIFY(config);
        ServerDatabase database(*config);
        Api api(database);
        // Enrol with a code the command printed, and sign in with the password given on stdin.
        const Run code = run({QStringLiteral("device"), QStringLiteral("enrol-code"), QStringLiteral("--qr"),
                              m_directory.filePath(QStringLiteral("code.png"))});
        QCOMPARE(code.exitCode, 0);
        QVERIFY(QFileInfo(m_directory.filePath(QStringLiteral("code.png"))).size() > 100);
        const auto call = [&](const QString& path, const QJsonObject& body, const QByteArray& token) {
            HttpRequest request;
            request.method = "POST";
            request.path = path;
            request.body = QJsonDocument(body).toJson();
            request.headers.insert("x-device-token", token);
            return QJsonDocument::fromJson(api.handle(request).body).object();
        };
        const QJsonObject enrolled = call(QStringLiteral("/v1/enrol"),
                                          {{QStringLiteral("code"), code.out.trimmed()},
                                           {QStringLiteral("device_name"), QStringLiteral("平板一")},
                                           {QStringLiteral("public_key"), QStringLiteral("a2V5")}},
                                          {});
        const QByteArray token = enrolled.value(QStringLiteral("device_token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        const QJsonObject login = call(QStringLiteral("/v1/login"),
                                       {{QStringLiteral("login"), QStringLiteral("zhang")},
                                        {QStringLiteral("password"), QStringLiteral("secret-1")}},
                                       token);
        QCOMPARE(login.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("certificate_number"))
                     .toString(),
                 QStringLiteral("32010001"));

        const Run list = run({QStringLiteral("device"), QStringLiteral("list")});
        QVERIFY(list.out.contains(enrolled.value(QStringLiteral("device_id")).toString()));
        QVERIFY(list.out.contains(QStringLiteral("平板一")));

        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("zhang"),
                      QStringLiteral("--password-stdin")},
                     "secret-2\n")
                     .exitCode,
                 0);
        QVERIFY(call(QStringLiteral("/v1/login"),
                     {{QStringLiteral("login"), QStringLiteral("zhang")},
                      {QStringLiteral("password"), QStringLiteral("secret-1")}},
                     token)
                    .contains(QStringLiteral("error")));
        QVERIFY(call(QStringLiteral("/v1/login"),
                     {{QStringLiteral("login"), QStringLiteral("zhang")},
                      {QStringLiteral("password"), QStringLiteral("secret-2")}},
                     token)
                    .contains(QStringLiteral("session_token")));

        QCOMPARE(run({QStringLiteral("device"), QStringLiteral("revoke"),
                      enrolled.value(QStringLiteral("device_id")).toString()})
                     .exitCode,
                 0);
        QCOMPARE(call(QStringLiteral("/v1/login"),
                      {{QStringLiteral("login"), QStringLiteral("zhang")},
                       {QStringLiteral("password"), QStringLiteral("secret-2")}},
                      token)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("device_revoked"));
        QVERIFY(
            run({QStringLiteral("device"), QStringLiteral("list")}).out.contains(QStringLiteral("revoked")));

        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhang")}).exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")}).exitCode,
                 2);
        const QList<QJsonObject> users = entitiesOfType(QStringLiteral("user"));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().value(QStringLiteral("active")).toBool(), false);
        QVERIFY(!users.first().contains(QStringLiteral("verifier")));
    }

    void subjectsImportReportsBadRows() {
        const Run import = run({QStringLiteral("subjects"), QStringLiteral("import"),
                                QStringLiteral(FIELDCASE_TEST_DATA "/sync/subjects.csv")});
        QCOMPARE(import.exitCode, 0);
        for (const char* line : {":4:", ":5:", ":6:", ":7:", ":9:"})
            QVERIFY2(import.err.contains(QLatin1String(line)), qPrintable(import.err));
        for (const char* line : {":2:", ":3:", ":8:"})
            QVERIFY2(!import.err.contains(QLatin1String(line)), qPrintable(import.err));
        QVERIFY(import.err.contains(QStringLiteral("91320100MA1ABCDE00")));
        QCOMPARE(entitiesOfType(QStringLiteral("subject")).size(), 3);
        QCOMPARE(entitiesOfType(QStringLiteral("subject")).at(1).value(QStringLiteral("name")).toString(),
                 QStringLiteral("宁江印染厂, 二车间"));

        // Imported again: the same subjects are updated, not doubled.
        QCOMPARE(run({QStringLiteral("subjects"), QStringLiteral("import"),
                      QStringLiteral(FIELDCASE_TEST_DATA "/sync/subjects.csv")})
                     .exitCode,
                 0);
        QCOMPARE(entitiesOfType(QStringLiteral("subject")).size(), 3);
        QCOMPARE(run({QStringLiteral("subjects"), QStringLiteral("import"),
                      QStringLiteral(FIELDCASE_TEST_DATA "/sync/subjects-all-bad.csv")})
                     .exitCode,
                 2);
    }

    void taskAndPack() {
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("wang"),
             QStringLiteral("--name"), QStringLiteral("王五"), QStringLiteral("--roles"),
             QStringLiteral("inspector"), QStringLiteral("--unit"), QStringLiteral("一大队"),
             QStringLiteral("--password"), QStringLiteral("pw")});
        const Run task = run({QStringLiteral("task"), QStringLiteral("assign"), QStringLiteral("--subject"),
                              QStringLiteral("91320100MA1ABCDE0C"), QStringLiteral("--to"),
                              QStringLiteral("wang"), QStringLiteral("--due"), QStringLiteral("2026-12-31"),
                              QStringLiteral("--title"), QStringLiteral("年度检查")});
        QVERIFY2(task.exitCode == 0, qPrintable(task.err));
        const QList<QJsonObject> tasks = entitiesOfType(QStringLiteral("task"));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(run({QStringLiteral("task"), QStringLiteral("assign"), QStringLiteral("--subject"),
                      QStringLiteral("91320100MA1ABCDE00"), QStringLiteral("--to"), QStringLiteral("wang"),
                      QStringLiteral("--due"), QStringLiteral("2026-12-31")})
                     .exitCode,
                 2);

        const QString pack = m_directory.filePath(QStringLiteral("pack.json"));
        QFile file(pack);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "nj-discretion", "version": "2026.1"})");
        file.close();
        QCOMPARE(run({QStringLiteral("pack"), QStringLiteral("publish"), pack}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("pack"), QStringLiteral("publish"), pack}).exitCode, 0);
        const QList<QJsonObject> packs = entitiesOfType(QStringLiteral("pack"));
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void certFingerprint() {
        const Run fingerprint = run({QStringLiteral("cert-fingerprint")});
        QCOMPARE(fingerprint.exitCode, 0);
        QCOMPARE(fingerprint.out.trimmed().size(), 64);
    }

    void serveAnnouncesItsPort() {
        QProcess server;
        server.start(QStringLiteral(FIELDCASE_SERVER_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--data"), m_data, QStringLiteral("--port"),
                      QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 10000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on ")),
                 qPrintable(line + QString::fromUtf8(server.readAllStandardError())));
        QVERIFY(line.mid(13).toInt() > 0);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "TestServerAdmin.moc"
