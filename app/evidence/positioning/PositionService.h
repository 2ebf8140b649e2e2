#pragma once

#include "PositionSourceConfig.h"

#include "PositionStamp.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>

class QGeoSatelliteInfoSource;

namespace fieldcase::evidence {

// The device's position for check-ins and evidence: runs the configured source (the platform's
// service or an NMEA receiver through Qt's nmea plugin), keeps the last fix with the device time it
// arrived, and hands out PositionStamps. A machine with no source at all gets a status that says so;
// nothing here fails hard, because evidence must still be recordable without a position.
class PositionService : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Stopped,     // start() not called yet
        Unavailable, // nothing to ask: no receiver, no location service, no plugin
        Failed,      // the configured source cannot be used, or broke off: see errorText()
        Waiting,     // running, no fix yet
        Fixed,       // a fix arrived (it may have aged since; the stamp tells)
    };
    Q_ENUM(Status)

    // Qt's NMEA source turns HDOP into an accuracy only with a user equivalent range error; it
    // reports 2 x HDOP x UERE. 5 m is the usual figure for a single-frequency civil receiver, so
    // HDOP 1 reads as 10 m, which is about the 95 % radius such receivers achieve in the open.
    static constexpr double NmeaUserEquivalentRangeErrorMeters = 5.0;

    explicit PositionService(QObject* parent = nullptr);
    ~PositionService() override;

    // Stops whatever runs and starts the source `config` describes; the last fix is forgotten.
    void start(const PositionSourceConfig& config);
    void stop();

    const PositionSourceConfig& config() const { return m_config; }
    Status status() const { return m_status; }
    // One sentence for the user about the status (translated).
    QString statusText() const;
    // Which source, e.g. "nmea:socket://127.0.0.1:2947", "nmea:/path/track.nmea", "system:geoclue2".
    QString sourceDescription() const { return m_sourceDescription; }
    // The last problem (translated); empty when there is none.
    QString errorText() const { return m_errorText; }
    int satellitesInUse() const { return m_satellitesInUse; }

    // What the device knows about its position now: the last fix, when it arrived, and how good it is.
    PositionStamp stamp() const;

signals:
    void changed();

private:
    void startSystemSource();
    void startNmeaSource();
    void watchSources();
    void takeFix(const QGeoPositionInfo& info);
    void takePositionError(QGeoPositionInfoSource::Error error);
    void fail(const QString& message);

    PositionSourceConfig m_config;
    QGeoPositionInfoSource* m_positionSource = nullptr;
    QGeoSatelliteInfoSource* m_satelliteSource = nullptr;
    Status m_status = Status::Stopped;
    QString m_sourceDescription;
    QString m_errorText;
    QGeoPositionInfo m_lastFix;
    QDateTime m_receivedAt;
    int m_satellitesInUse = -1;
};

} // namespace fieldcase::evidence
