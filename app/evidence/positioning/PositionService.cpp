#include "PositionService.h"

#include <QGeoSatelliteInfoSource>
#include <QNmeaPositionInfoSource>

#include <cmath>

namespace fieldcase::evidence {

namespace {

const QString NmeaPlugin = QStringLiteral("nmea");

} // namespace

PositionService::PositionService(QObject* parent)
    : QObject(parent) {}

PositionService::~PositionService() = default;

void PositionService::start(const PositionSourceConfig& config) {
    stop();
    m_config = config;
    if (m_config.kind == PositionSourceConfig::Kind::System)
        startSystemSource();
    else
        startNmeaSource();
    emit changed();
}

void PositionService::stop() {
    // Deleting the sources closes their serial ports and sockets.
    delete m_positionSource;
    m_positionSource = nullptr;
    delete m_satelliteSource;
    m_satelliteSource = nullptr;
    m_status = Status::Stopped;
    m_sourceDescription.clear();
    m_errorText.clear();
    m_lastFix = QGeoPositionInfo();
    m_receivedAt = QDateTime();
    m_satellitesInUse = -1;
}

void PositionService::startSystemSource() {
    m_positionSource = QGeoPositionInfoSource::createDefaultSource(this);
    if (!m_positionSource) {
        m_status = Status::Unavailable;
        return;
    }
    m_sourceDescription = QStringLiteral("system:") + m_positionSource->sourceName();
    // Not every platform service reports satellites (geoclue2 does not); the count then stays unknown.
    m_satelliteSource = QGeoSatelliteInfoSource::createDefaultSource(this);
    watchSources();
}

void PositionService::startNmeaSource() {
    m_sourceDescription = NmeaPlugin + QLatin1Char(':') + m_config.nmeaSource();
    if (const QString problem = m_config.problem(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (!QGeoPositionInfoSource::availableSources().contains(NmeaPlugin)) {
        m_status = Status::Unavailable;
        return;
    }
    const QVariantMap parameters{{QStringLiteral("nmea.source"), m_config.nmeaSource()}};
    // The plugin opens serial ports and files at once and returns nothing when it cannot; a socket
    // connects in the background and reports a refusal through errorOccurred.
    m_positionSource = QGeoPositionInfoSource::createSource(NmeaPlugin, parameters, this);
    if (!m_positionSource) {
        if (m_config.kind == PositionSourceConfig::Kind::NmeaSerial)
            fail(tr("Cannot open the serial port %1. Check that the GPS receiver is plugged in and that "
                    "this account may use the port (on Linux, the dialout group).")
                     .arg(m_config.serialPort));
        else
            fail(tr("Cannot read the NMEA file %1.").arg(m_config.filePath));
        return;
    }
    if (auto* nmea = qobject_cast<QNmeaPositionInfoSource*>(m_positionSource))
        nmea->setUserEquivalentRangeError(NmeaUserEquivalentRangeErrorMeters);
    m_satelliteSource = QGeoSatelliteInfoSource::createSource(NmeaPlugin, parameters, this);
    watchSources();
}

void PositionService::watchSources() {
    connect(m_positionSource, &QGeoPositionInfoSource::positionUpdated, this, &PositionService::takeFix);
    connect(m_positionSource, &QGeoPositionInfoSource::errorOccurred, this,
            &PositionService::takePositionError);
    m_status = Status::Waiting;
    m_positionSource->startUpdates();
    if (m_satelliteSource) {
        connect(m_satelliteSource, &QGeoSatelliteInfoSource::satellitesInUseUpdated, this,
                [this](const QList<QGeoSatelliteInfo>& satellites) {
                    m_satellitesInUse = int(satellites.size());
                    emit changed();
                });
        m_satelliteSource->startUpdates();
    }
}

void PositionService::takeFix(const QGeoPositionInfo& info) {
    if (!info.coordinate().isValid())
        return;
    m_lastFix = info;
    m_receivedAt = QDateTime::currentDateTimeUtc();
    m_status = Status::Fixed;
    // A source that delivers again has recovered from a passing error.
    m_errorText.clear();
    emit changed();
}

void PositionService::takePositionError(QGeoPositionInfoSource::Error error) {
    const bool network = m_config.kind == PositionSourceConfig::Kind::NmeaTcp;
    switch (error) {
    case QGeoPositionInfoSource::NoError:
        return;
    case QGeoPositionInfoSource::AccessError:
        fail(tr("The system does not let FieldCase use the position. Allow location access for FieldCase "
                "in the system settings."));
        return;
    case QGeoPositionInfoSource::ClosedError:
        fail(network ? tr("The NMEA stream at %1 was closed.").arg(m_config.tcpAddress)
                     : tr("The position source was closed; the GPS receiver may have been unplugged."));
        return;
    case QGeoPositionInfoSource::UnknownSourceError:
        fail(network ? tr("Cannot connect to the NMEA stream at %1.").arg(m_config.tcpAddress)
                     : tr("The position source reported an error."));
        return;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        // Updates may resume (a receiver coming out of a tunnel): keep running and keep the last fix,
        // whose age the stamp shows.
        m_errorText = tr("No new position for a while.");
        emit changed();
        return;
    }
}

void PositionService::fail(const QString& message) {
    m_status = Status::Failed;
    m_errorText = message;
    emit changed();
}

QString PositionService::statusText() const {
    switch (m_status) {
    case Status::Stopped:
        return tr("Positioning is off.");
    case Status::Unavailable:
        return tr("No positioning on this device: no GPS receiver or location service was found. An NMEA "
                  "receiver can be set in the settings.");
    case Status::Failed:
        return m_errorText;
    case Status::Waiting:
        return tr("Waiting for a position fix.");
    case Status::Fixed:
        return m_errorText.isEmpty() ? tr("Position fixed.") : m_errorText;
    }
    return {};
}

PositionStamp PositionService::stamp() const {
    PositionStamp stamp;
    stamp.source = m_sourceDescription;
    stamp.takenAt = QDateTime::currentDateTimeUtc();
    stamp.satellitesInUse = m_satellitesInUse;
    if (!m_lastFix.isValid())
        return stamp;
    const QGeoCoordinate coordinate = m_lastFix.coordinate();
    stamp.position = GeoPoint{coordinate.latitude(), coordinate.longitude()};
    // Without a user equivalent range error Qt's NMEA source sets the accuracy to NaN.
    if (m_lastFix.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double accuracy = m_lastFix.attribute(QGeoPositionInfo::HorizontalAccuracy);
        if (std::isfinite(accuracy) && accuracy >= 0)
            stamp.accuracyMeters = accuracy;
    }
    stamp.gpsTime = m_lastFix.timestamp().toUTC();
    stamp.receivedAt = m_receivedAt;
    return stamp;
}

} // namespace fieldcase::evidence
