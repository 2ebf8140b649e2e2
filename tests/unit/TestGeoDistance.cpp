// Great-circle distances and the check-in assessment: plain functions, checked against values that follow
// from the sphere's geometry rather than from the same formula.
#include "GeoDistance.h"

#include <QTest>

#include <numbers>

using namespace fieldcase;

namespace {

constexpr double MetresPerDegree = EarthMeanRadiusMeters * std::numbers::pi / 180.0;

// Nanjing, by the Xuanwu Lake, and points due north and east of it.
const GeoPoint Nanjing{32.0600, 118.7900};

PositionStamp freshStampAt(const GeoPoint& where, double accuracyMeters = 8) {
    const QDateTime now(QDate(2026, 3, 15), QTime(2, 3, 4), Qt::UTC);
    PositionStamp stamp;
    stamp.position = where;
    stamp.accuracyMeters = accuracyMeters;
    stamp.gpsTime = now;
    stamp.receivedAt = now;
    stamp.takenAt = now.addSecs(5);
    stamp.source = QStringLiteral("nmea:/test");
    return stamp;
}

// `metres` due north of `from`: along a meridian the great circle is the meridian itself.
GeoPoint north(const GeoPoint& from, double metres) {
    return {from.latitude + metres / MetresPerDegree, from.longitude};
}

} // namespace

class TestGeoDistance : public QObject {
    Q_OBJECT

private slots:
    void aKilometreDueNorthInNanjing() {
        const GeoPoint kmNorth = north(Nanjing, 1000);
        QVERIFY(qAbs(distanceMeters(Nanjing, kmNorth) - 1000) < 1e-6);
        QVERIFY(qAbs(distanceMeters(kmNorth, Nanjing) - 1000) < 1e-6);
    }

    void eastWestShrinksWithTheCosineOfTheLatitude() {
        // Along the parallel, 0.01 degrees is MetresPerDegree * cos(latitude) * 0.01; the great circle
        // is a hair shorter than the parallel, by far less than a millimetre over 1 km.
        const GeoPoint east{Nanjing.latitude, Nanjing.longitude + 0.01};
        const double alongParallel =
            MetresPerDegree * std::cos(Nanjing.latitude * std::numbers::pi / 180) * 0.01;
        const double distance = distanceMeters(Nanjing, east);
        QVERIFY(distance <= alongParallel);
        QVERIFY2(alongParallel - distance < 1e-3, qPrintable(QString::number(alongParallel - distance)));
        QVERIFY(qAbs(distance - 942.37) < 0.01); // at 32.06 degrees north
    }

    void samePointIsZero() { QCOMPARE(distanceMeters(Nanjing, Nanjing), 0.0); }

    void antipodesAreHalfTheCircumference() {
        const GeoPoint antipode{-Nanjing.latitude, Nanjing.longitude - 180};
        const double halfCircumference = std::numbers::pi * EarthMeanRadiusMeters;
        QVERIFY(qAbs(distanceMeters(Nanjing, antipode) - halfCircumference) < 1e-3);
        QVERIFY(qAbs(distanceMeters(GeoPoint{90, 0}, GeoPoint{-90, 0}) - halfCircumference) < 1e-3);
    }

    void aCheckInWithinTheRadius() {
        const CheckInAssessment a = assessCheckIn(freshStampAt(north(Nanjing, 120)), Nanjing, 500);
        QVERIFY(a.hasFix);
        QVERIFY(a.distanceMeters);
        QVERIFY(qAbs(*a.distanceMeters - 120) < 1e-6);
        QCOMPARE(a.radiusMeters, 500.0);
        QVERIFY(!a.beyondRadius);
        QVERIFY(!a.stale);
        QVERIFY(!a.poor);
    }

    void aCheckInBeyondTheRadius() {
        const CheckInAssessment a = assessCheckIn(freshStampAt(north(Nanjing, 1000)), Nanjing, 500);
        QVERIFY(qAbs(*a.distanceMeters - 1000) < 1e-6);
        QVERIFY(a.beyondRadius);
        // A smaller radius (a site in a dense industrial park) marks a nearer check-in.
        QVERIFY(assessCheckIn(freshStampAt(north(Nanjing, 120)), Nanjing, 100).beyondRadius);
    }

    void aSubjectWithoutARegisteredPositionHasNoDistance() {
        const CheckInAssessment a = assessCheckIn(freshStampAt(Nanjing), std::nullopt, 500);
        QVERIFY(a.hasFix);
        QVERIFY(!a.distanceMeters);
        QVERIFY(!a.beyondRadius);
    }

    void noFixHasNoDistanceAndIsNotBeyond() {
        PositionStamp stamp;
        stamp.takenAt = QDateTime::currentDateTimeUtc();
        const CheckInAssessment a = assessCheckIn(stamp, Nanjing, 500);
        QVERIFY(!a.hasFix);
        QVERIFY(!a.distanceMeters);
        QVERIFY(!a.beyondRadius);
        QVERIFY(!a.stale);
        QVERIFY(!a.poor);
    }

    void staleAndPoorMarksComeFromTheStamp() {
        PositionStamp stamp = freshStampAt(north(Nanjing, 80), 75);
        stamp.takenAt = stamp.receivedAt.addSecs(PositionStamp::StaleAfterSeconds + 30);
        const CheckInAssessment a = assessCheckIn(stamp, Nanjing, 500);
        QVERIFY(a.stale);
        QVERIFY(a.poor);
        QVERIFY(!a.beyondRadius);
    }
};

QTEST_APPLESS_MAIN(TestGeoDistance)
#include "TestGeoDistance.moc"
