#include "HybridLogicalClock.h"
#include "Uuid7.h"

#include <QSet>
#include <QTest>

using namespace fieldcase;

class TestIds : public QObject {
    Q_OBJECT

private slots:
    void uuid7CarriesVersionVariantAndTime() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = Uuid7::create();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        // QUuid::version() knows version 7 only from Qt 6.9 on: read the nibble.
        QCOMPARE(static_cast<uchar>(id.toRfc4122().at(6)) >> 4, 7);
        QCOMPARE(id.variant(), QUuid::DCE);
        QVERIFY(Uuid7::timestampOf(id) >= before && Uuid7::timestampOf(id) <= after);
        QCOMPARE(Uuid7::timestampOf(Uuid7::createAt(1'700'000'000'123)), 1'700'000'000'123);
        QCOMPARE(Uuid7::timestampOf(QUuid::createUuid()), -1); // v4
    }

    void uuid7IsUniqueAndOrderedWithinAMillisecond() {
        // Ids made in a burst sort in creation order as text, which is how SQLite compares them.
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString id = Uuid7::toText(Uuid7::create());
            QVERIFY2(id > previous, qPrintable(id + QLatin1String(" <= ") + previous));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
    }

    void hlcIsMonotonicWhenTheWallClockGoesBack() {
        qint64 wall = 1000;
        HybridLogicalClock clock([&] { return wall; });
        const HlcTimestamp a = clock.now();
        wall = 900; // the clock stepped back (GPS or NTP correction)
        const HlcTimestamp b = clock.now();
        const HlcTimestamp c = clock.now();
        QVERIFY(a < b);
        QVERIFY(b < c);
        QCOMPARE(b.wallMs, 1000);
        wall = 2000;
        const HlcTimestamp d = clock.now();
        QCOMPARE(d, (HlcTimestamp{2000, 0}));
    }

    void hlcReceiveOrdersAfterTheRemoteEvent() {
        qint64 wall = 1000;
        HybridLogicalClock clock([&] { return wall; });
        clock.now();
        // A device whose clock runs ahead: its events still come before our receive event.
        const HlcTimestamp remote{5000, 7};
        const HlcTimestamp received = clock.receive(remote);
        QVERIFY(remote < received);
        QVERIFY(received < clock.now());
    }

    void hlcTextSortsLikeTheTimestamp() {
        const HlcTimestamp small{999, 15};
        const HlcTimestamp large{1000, 0};
        QVERIFY(small.toString() < large.toString());
        QCOMPARE(HlcTimestamp::fromString(small.toString()), small);
        QVERIFY(HlcTimestamp::fromString(QStringLiteral("garbage")).isNull());
    }

    void hlcRestoreContinuesAfterTheLastPersisted() {
        HybridLogicalClock clock([] { return qint64(10); });
        clock.restore({50, 3});
        QCOMPARE(clock.now(), (HlcTimestamp{50, 4}));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "TestIds.moc"
