// The position service through Qt's real nmea plugin: a recorded file replayed, a live TCP stream from a
// server in the test, and the failures a field device meets (no port, refused connection, closed stream).
#include "NmeaFixture.h"
#include "PositionService.h"
#include "PositionSourceConfig.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

// Qt's NMEA source reports 2 x HDOP x UERE.
constexpr double AccuracyAtHdop(double hdop) {
    return 2 * hdop * PositionService::NmeaUserEquivalentRangeErrorMeters;
}

// Reading and replaying a file takes a moment; generous, because machines are shared.
constexpr int FixTimeoutMs = 20000;

QString templatePath(const QString& name) {
    return QStringLiteral(FIELDCASE_TEST_DATA "/nmea/") + name;
}

// A stream server as gpsd's NMEA port or a receiver's network port would be: every client gets the
// sentences at once. Qt's plugin opens one connection for positions and one for satellites.
class NmeaServer : public QObject {
public:
    explicit NmeaServer(QByteArray sentences)
        : m_sentences(std::move(sentences)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                client->write(m_sentences);
                m_clients.append(client);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void closeClients() {
        for (QTcpSocket* client : std::as_const(m_clients))
            client->disconnectFromHost();
    }

private:
    QByteArray m_sentences;
    QTcpServer m_server;
    QList<QTcpSocket*> m_clients;
};

// Qt Positioning hides every plugin not marked "Testable" (the nmea plugin among them) from programs
// that Qt Test runs, which it recognises by QT_QTESTLIB_RUNNING; these tests are about the real plugin.
// Call before anything asks for a position source: Qt reads the variable once.
void useRealPositioningPlugins() {
    qunsetenv("QT_QTESTLIB_RUNNING");
}

// A moment on a whole second, so the fixes' times compare exactly with the fixture's epochs.
QDateTime wholeSecondsAgo(int seconds) {
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    return then.addMSecs(-then.time().msec());
}

PositionSourceConfig fileConfig(const QString& path) {
    PositionSourceConfig config;
    config.kind = PositionSourceConfig::Kind::NmeaFile;
    config.filePath = path;
    return config;
}

} // namespace

class TestPositioning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useRealPositioningPlugins(); }

    void retimingMovesTimesAndDatesAndRecomputesChecksums() {
        const QByteArray text = "$GPGGA,235959.50,3157.2000,N,11848.0000,E,1,08,0.9,25.0,M,3.0,M,,*00\r\n"
                                "$GPRMC,235959.50,A,3157.2000,N,11848.0000,E,0.0,0.0,311224,,,A*00\r\n"
                                "$GPRMC,000000.50,A,3157.2000,N,11848.0000,E,0.0,0.0,010125,,,A*00\r\n";
        const QDateTime start(QDate(2031, 6, 30), QTime(23, 59, 59, 700), Qt::UTC);
        const QList<QByteArray> lines = nmea::retimed(text, start).split('\n');
        QCOMPARE(
            lines.at(0).trimmed(),
            nmea::sentence("GPGGA,235959.70,3157.2000,N,11848.0000,E,1,08,0.9,25.0,M,3.0,M,,").trimmed());
        QCOMPARE(lines.at(1).trimmed(),
                 nmea::sentence("GPRMC,235959.70,A,3157.2000,N,11848.0000,E,0.0,0.0,300631,,,A").trimmed());
        // One second later across midnight: the date moves on too.
        QCOMPARE(lines.at(2).trimmed(),
                 nmea::sentence("GPRMC,000000.70,A,3157.2000,N,11848.0000,E,0.0,0.0,010731,,,A").trimmed());
        // The example from NMEA 0183 references.
        QCOMPARE(nmea::checksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"),
                 QByteArray("47"));
    }

    void configRoundTripsThroughTheSettingsFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const PositionSourceConfig defaults = PositionSourceConfig::load(path);
        QCOMPARE(defaults.kind, PositionSourceConfig::Kind::System);
        QCOMPARE(defaults.checkInRadiusMeters, PositionSourceConfig::DefaultCheckInRadiusMeters);

        PositionSourceConfig config;
        config.kind = PositionSourceConfig::Kind::NmeaTcp;
        config.serialPort = QStringLiteral("/dev/ttyUSB0");
        config.tcpAddress = QStringLiteral("192.168.1.20:10110");
        config.filePath = QStringLiteral("/tmp/track.nmea");
        config.checkInRadiusMeters = 250;
        config.save(path);
        QCOMPARE(PositionSourceConfig::load(path), config);
        QSettings file(path, QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("position/source")).toString(), QStringLiteral("nmea_tcp"));

        // A radius that makes no sense falls back to the default rather than marking every check-in.
        file.setValue(QStringLiteral("position/checkInRadiusMeters"), -5);
        file.sync();
        QCOMPARE(PositionSourceConfig::load(path).checkInRadiusMeters,
                 PositionSourceConfig::DefaultCheckInRadiusMeters);
    }

    void configNamesThePluginSourceAndWhatIsMissing() {
        PositionSourceConfig config;
        QVERIFY(config.nmeaSource().isEmpty());
        QVERIFY(config.problem().isEmpty());

        config.kind = PositionSourceConfig::Kind::NmeaSerial;
        QVERIFY(!config.problem().isEmpty());
        config.serialPort = QStringLiteral("/dev/ttyUSB0");
        QCOMPARE(config.nmeaSource(), QStringLiteral("serial:/dev/ttyUSB0"));
        QVERIFY(config.problem().isEmpty());

        config.kind = PositionSourceConfig::Kind::NmeaTcp;
        config.tcpAddress = QStringLiteral("127.0.0.1");
        QVERIFY(config.problem().contains(QLatin1String("127.0.0.1")));
        config.tcpAddress = QStringLiteral("127.0.0.1:2947");
        QCOMPARE(config.nmeaSource(), QStringLiteral("socket://127.0.0.1:2947"));
        QVERIFY(config.problem().isEmpty());

        config.kind = PositionSourceConfig::Kind::NmeaFile;
        config.filePath = QStringLiteral("/no/such/track.nmea");
        QVERIFY(config.problem().contains(config.filePath));
        config.filePath = templatePath(QStringLiteral("jiangning-template.nmea"));
        QCOMPARE(config.nmeaSource(), config.filePath);
        QVERIFY(config.problem().isEmpty());
    }

    void aReplayedFileGivesTheFixWithAccuracySatellitesAndTimes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("track.nmea"));
        // Two minutes behind the device clock: the stamp must show the skew.
        const QDateTime start = wholeSecondsAgo(120);
        QVERIFY(nmea::writeRetimed(templatePath(QStringLiteral("jiangning-template.nmea")), start, path));

        PositionService service;
        QCOMPARE(service.status(), PositionService::Status::Stopped);
        service.start(fileConfig(path));
        QCOMPARE(service.sourceDescription(), QStringLiteral("nmea:") + path);
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Fixed &&
                                     service.satellitesInUse() >= 0,
                                 FixTimeoutMs);

        const PositionStamp stamp = service.stamp();
        QVERIFY(stamp.hasFix());
        QVERIFY(qAbs(stamp.position->latitude - nmea::TemplateLatitude) < 1e-9);
        QVERIFY(qAbs(stamp.position->longitude - nmea::TemplateLongitude) < 1e-9);
        QCOMPARE(stamp.accuracyMeters, AccuracyAtHdop(0.9));
        QCOMPARE(stamp.satellitesInUse, 8);
        QCOMPARE(stamp.source, QStringLiteral("nmea:") + path);
        // The cold-start sentence at `start` has no fix; the fixes follow a second apart.
        QVERIFY2(stamp.gpsTime >= start.addSecs(1) && stamp.gpsTime <= start.addSecs(3),
                 qPrintable(stamp.gpsTime.toString(Qt::ISODateWithMs)));
        QCOMPARE(start.msecsTo(stamp.gpsTime) % 1000, 0);
        QVERIFY(stamp.receivedAt.isValid());
        QVERIFY(stamp.receivedAt <= stamp.takenAt);
        // The device clock is about two minutes ahead of this "receiver".
        QVERIFY(stamp.clockSkewMs());
        QVERIFY2(*stamp.clockSkewMs() > 100 * 1000 && *stamp.clockSkewMs() < 180 * 1000,
                 qPrintable(QString::number(*stamp.clockSkewMs())));
        QVERIFY(!stamp.isPoor());
        QVERIFY(!stamp.isStale());
    }

    void aHighHdopIsAPoorFix() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("poor.nmea"));
        QVERIFY(nmea::writeRetimed(templatePath(QStringLiteral("poor-fix-template.nmea")),
                                   QDateTime::currentDateTimeUtc(), path));
        PositionService service;
        service.start(fileConfig(path));
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Fixed &&
                                     service.satellitesInUse() >= 0,
                                 FixTimeoutMs);
        const PositionStamp stamp = service.stamp();
        QCOMPARE(stamp.accuracyMeters, AccuracyAtHdop(6.0));
        QCOMPARE(stamp.satellitesInUse, 4);
        QVERIFY(stamp.isPoor());
    }

    void aTcpStreamGivesTheFixAndItsEndIsReported() {
        const QDateTime start = wholeSecondsAgo(3);
        QFile templateFile(templatePath(QStringLiteral("jiangning-template.nmea")));
        QVERIFY(templateFile.open(QIODevice::ReadOnly));
        NmeaServer server(nmea::retimed(templateFile.readAll(), start));
        QVERIFY(server.listen());

        PositionService service;
        QSignalSpy changes(&service, &PositionService::changed);
        PositionSourceConfig config;
        config.kind = PositionSourceConfig::Kind::NmeaTcp;
        config.tcpAddress = QStringLiteral("127.0.0.1:%1").arg(server.port());
        service.start(config);
        QCOMPARE(service.sourceDescription(),
                 QStringLiteral("nmea:socket://127.0.0.1:%1").arg(server.port()));
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Fixed &&
                                     service.satellitesInUse() >= 0,
                                 FixTimeoutMs);
        QVERIFY(!changes.isEmpty());

        PositionStamp stamp = service.stamp();
        QVERIFY(qAbs(stamp.position->latitude - nmea::TemplateLatitude) < 1e-9);
        QCOMPARE(stamp.accuracyMeters, AccuracyAtHdop(0.9));
        QCOMPARE(stamp.satellitesInUse, 8);
        QVERIFY2(stamp.gpsTime >= start.addSecs(1) && stamp.gpsTime <= start.addSecs(3),
                 qPrintable(stamp.gpsTime.toString(Qt::ISODateWithMs)));
        QCOMPARE(stamp.source, service.sourceDescription());

        // The stream ends (gpsd stopped, the phone left): said plainly, and the last fix is kept to age.
        server.closeClients();
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Failed, FixTimeoutMs);
        QVERIFY(service.errorText().contains(config.tcpAddress));
        QCOMPARE(service.statusText(), service.errorText());
        QVERIFY(service.stamp().hasFix());
    }

    void aRefusedConnectionIsReported() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();

        PositionService service;
        PositionSourceConfig config;
        config.kind = PositionSourceConfig::Kind::NmeaTcp;
        config.tcpAddress = QStringLiteral("127.0.0.1:%1").arg(port);
        service.start(config);
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Failed, FixTimeoutMs);
        QVERIFY(service.errorText().contains(config.tcpAddress));
        QVERIFY(!service.stamp().hasFix());
    }

    void aMissingSerialPortIsReported() {
        PositionService service;
        PositionSourceConfig config;
        config.kind = PositionSourceConfig::Kind::NmeaSerial;
        config.serialPort = QStringLiteral("/dev/fieldcase-no-such-port");
        service.start(config);
        QCOMPARE(service.status(), PositionService::Status::Failed);
        QVERIFY(service.errorText().contains(config.serialPort));
        const PositionStamp stamp = service.stamp();
        QVERIFY(!stamp.hasFix());
        QCOMPARE(stamp.source, QStringLiteral("nmea:serial:/dev/fieldcase-no-such-port"));
    }

    void aMissingFileIsReported() {
        PositionService service;
        service.start(fileConfig(QStringLiteral("/no/such/track.nmea")));
        QCOMPARE(service.status(), PositionService::Status::Failed);
        QVERIFY(service.errorText().contains(QLatin1String("/no/such/track.nmea")));
    }

    void restartingForgetsTheOldFix() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("track.nmea"));
        QVERIFY(nmea::writeRetimed(templatePath(QStringLiteral("jiangning-template.nmea")),
                                   QDateTime::currentDateTimeUtc(), path));
        PositionService service;
        service.start(fileConfig(path));
        QTRY_VERIFY_WITH_TIMEOUT(service.status() == PositionService::Status::Fixed, FixTimeoutMs);
        service.start(fileConfig(QStringLiteral("/no/such/track.nmea")));
        QVERIFY(!service.stamp().hasFix());
        QCOMPARE(service.satellitesInUse(), -1);
    }

    // Whatever this machine has (geoclue2 on a desktop, nothing on a build server), the system source
    // gives a status with words and no crash.
    void theSystemSourceAlwaysHasAStatus() {
        PositionService service;
        service.start(PositionSourceConfig{});
        QVERIFY(service.status() != PositionService::Status::Stopped);
        QVERIFY(!service.statusText().isEmpty());
        if (service.status() == PositionService::Status::Unavailable)
            QVERIFY(service.sourceDescription().isEmpty());
        else
            QVERIFY(service.sourceDescription().startsWith(QLatin1String("system:")));
    }

    // The rules of PositionStamp on constructed times: nothing here waits a minute.
    void aFixOlderThanAMinuteIsStale() {
        const QDateTime received(QDate(2026, 3, 15), QTime(2, 3, 4), Qt::UTC);
        PositionStamp stamp;
        stamp.position = GeoPoint{nmea::TemplateLatitude, nmea::TemplateLongitude};
        stamp.accuracyMeters = 9;
        stamp.gpsTime = received.addMSecs(-1500);
        stamp.receivedAt = received;
        stamp.takenAt = received.addSecs(PositionStamp::StaleAfterSeconds);
        QCOMPARE(stamp.fixAgeSeconds(), 60);
        QVERIFY(!stamp.isStale());
        stamp.takenAt = received.addSecs(PositionStamp::StaleAfterSeconds + 1);
        QVERIFY(stamp.isStale());
        QCOMPARE(stamp.clockSkewMs(), std::optional<qint64>(1500));

        stamp.position.reset();
        QVERIFY(!stamp.isStale());
        QCOMPARE(stamp.fixAgeSeconds(), -1);
    }

    void aFixWorseThanFiftyMetresOrOfUnknownAccuracyIsPoor() {
        PositionStamp stamp;
        stamp.position = GeoPoint{nmea::TemplateLatitude, nmea::TemplateLongitude};
        stamp.accuracyMeters = PositionStamp::PoorBeyondMeters;
        QVERIFY(!stamp.isPoor());
        stamp.accuracyMeters = PositionStamp::PoorBeyondMeters + 0.1;
        QVERIFY(stamp.isPoor());
        stamp.accuracyMeters = -1;
        QVERIFY(stamp.isPoor());
    }
};

QTEST_GUILESS_MAIN(TestPositioning)
#include "TestPositioning.moc"
