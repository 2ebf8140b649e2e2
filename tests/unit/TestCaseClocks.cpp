// The procedure clocks: calendar-day deadlines across month ends, leap years and the year end, pauses of the
// decision clock, extensions and their limits, the late-payment surcharge and which clocks a case runs.
// Expected dates were worked out by hand (and checked with Python's datetime), never with QDate::addDays.
#include "procedure/CaseClocks.h"

#include <QTest>

using namespace fieldcase;
using namespace fieldcase::procedure;

Q_DECLARE_METATYPE(fieldcase::procedure::Deadline::Level)

namespace fieldcase::procedure {
char* toString(const Deadline::Level& level) {
    static const char* names[] = {"Ok", "Soon", "Overdue"};
    return qstrdup(names[static_cast<int>(level)]);
}
} // namespace fieldcase::procedure

namespace {

using Level = Deadline::Level;

QDate d(int y, int m, int day) {
    return QDate(y, m, day);
}

Pause pause(const QDate& from, const QDate& to, const char* reason = "hearing") {
    return {QString::fromLatin1(reason), from, to};
}

QStringList keysOf(const QList<Deadline>& deadlines) {
    QStringList keys;
    for (const Deadline& deadline : deadlines)
        keys << deadline.key;
    return keys;
}

QStringList keysOf(const QList<Requirement>& missing) {
    QStringList keys;
    for (const Requirement& r : missing)
        keys << r.key;
    return keys;
}

const ProcedureSettings Defaults;

} // namespace

class TestCaseClocks : public QObject {
    Q_OBJECT

private slots:
    // --- the opening clock (15 days, +15) -----------------------------------------------------------

    void openingAcrossMonthEnds_data() {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("extensions");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Jan 31") << d(2026, 1, 31) << 0 << d(2026, 2, 15);
        QTest::newRow("Jan 31, extended") << d(2026, 1, 31) << 1 << d(2026, 3, 2);
        QTest::newRow("Feb 20, leap 2028") << d(2028, 2, 20) << 0 << d(2028, 3, 6);
        QTest::newRow("Feb 20, 2027") << d(2027, 2, 20) << 0 << d(2027, 3, 7);
        QTest::newRow("Feb 14, leap 2028: Feb 29") << d(2028, 2, 14) << 0 << d(2028, 2, 29);
        QTest::newRow("Feb 14, 2027: Mar 1") << d(2027, 2, 14) << 0 << d(2027, 3, 1);
        QTest::newRow("Dec 20: into the new year") << d(2026, 12, 20) << 0 << d(2027, 1, 4);
        QTest::newRow("Dec 20, extended") << d(2026, 12, 20) << 1 << d(2027, 1, 19);
        // Only one extension exists: a second is never counted.
        QTest::newRow("two extensions clamp to one") << d(2026, 1, 31) << 2 << d(2026, 3, 2);
        QTest::newRow("negative extensions clamp to none") << d(2026, 1, 31) << -1 << d(2026, 2, 15);
    }

    void openingAcrossMonthEnds() {
        QFETCH(QDate, received);
        QFETCH(int, extensions);
        QFETCH(QDate, due);
        const Deadline deadline = openingDeadline(received, extensions, received);
        QCOMPARE(deadline.key, QStringLiteral("opening"));
        QCOMPARE(deadline.due, due);
        QCOMPARE(deadline.daysLeft, static_cast<int>(received.daysTo(due)));
        QVERIFY(!deadline.label.isEmpty());
        QVERIFY(!deadline.paused);
    }

    void openingExtensionIsAllowedOnce() {
        QCOMPARE(keysOf(checkOpeningExtension(0)), QStringList());
        QCOMPARE(keysOf(checkOpeningExtension(1)), QStringList({"extension_limit"}));
    }

    // --- levels and the warning window --------------------------------------------------------------

    void warningWindow() {
        QCOMPARE(warningDays(5), 3);
        QCOMPARE(warningDays(7), 3);
        QCOMPARE(warningDays(15), 3);
        QCOMPARE(warningDays(30), 3);
        QCOMPARE(warningDays(39), 3);
        QCOMPARE(warningDays(40), 4);
        QCOMPARE(warningDays(90), 9);
        QCOMPARE(warningDays(120), 12);
        QCOMPARE(warningDays(150), 15);
    }

    void levels_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<Level>("level");
        // Received 2026-01-31, due 2026-02-15 (15-day term: warned 3 days before).
        QTest::newRow("first day") << d(2026, 1, 31) << 15 << Level::Ok;
        QTest::newRow("4 days left") << d(2026, 2, 11) << 4 << Level::Ok;
        QTest::newRow("3 days left") << d(2026, 2, 12) << 3 << Level::Soon;
        QTest::newRow("due today") << d(2026, 2, 15) << 0 << Level::Soon;
        QTest::newRow("a day late") << d(2026, 2, 16) << -1 << Level::Overdue;
        QTest::newRow("a month late") << d(2026, 3, 16) << -29 << Level::Overdue;
    }

    void levels() {
        QFETCH(QDate, today);
        QFETCH(int, daysLeft);
        QFETCH(Level, level);
        const Deadline deadline = openingDeadline(d(2026, 1, 31), 0, today);
        QCOMPARE(deadline.due, d(2026, 2, 15));
        QCOMPARE(deadline.daysLeft, daysLeft);
        QCOMPARE(deadline.level, level);
    }

    void decisionWarnsNineDaysAhead() {
        // Opened 2026-01-31, due 2026-05-01.
        QCOMPARE(decisionDeadline(d(2026, 1, 31), 0, {}, d(2026, 4, 21)).level, Level::Ok);   // 10 left
        QCOMPARE(decisionDeadline(d(2026, 1, 31), 0, {}, d(2026, 4, 22)).level, Level::Soon); // 9 left
    }

    // --- the decision clock (90 days, +30, +30) -----------------------------------------------------

    void decisionExtensions_data() {
        QTest::addColumn<int>("extensions");
        QTest::addColumn<int>("term");
        QTest::addColumn<QDate>("due");
        QTest::newRow("none") << 0 << 90 << d(2026, 5, 1);
        QTest::newRow("one") << 1 << 120 << d(2026, 5, 31);
        QTest::newRow("two") << 2 << 150 << d(2026, 6, 30);
        QTest::newRow("three is clamped to two") << 3 << 150 << d(2026, 6, 30);
        QTest::newRow("negative is none") << -2 << 90 << d(2026, 5, 1);
    }

    void decisionExtensions() {
        QFETCH(int, extensions);
        QFETCH(int, term);
        QFETCH(QDate, due);
        QCOMPARE(decisionTermDays(extensions), term);
        const Deadline deadline = decisionDeadline(d(2026, 1, 31), extensions, {}, d(2026, 2, 1));
        QCOMPARE(deadline.key, QStringLiteral("decision"));
        QCOMPARE(deadline.due, due);
        QCOMPARE(deadline.termDays, term);
    }

    void decisionExtensionApprovals() {
        QCOMPARE(keysOf(checkDecisionExtension(0, false)), QStringList());
        // The second extension needs the collective discussion.
        QCOMPARE(keysOf(checkDecisionExtension(1, false)), QStringList({"collective_discussion"}));
        QCOMPARE(keysOf(checkDecisionExtension(1, true)), QStringList());
        // A third is refused, discussion or not.
        QCOMPARE(keysOf(checkDecisionExtension(2, true)), QStringList({"extension_limit"}));
        QCOMPARE(keysOf(checkDecisionExtension(3, false)), QStringList({"extension_limit"}));
    }

    void decisionAcrossTheYearEnd() {
        QCOMPARE(decisionDeadline(d(2026, 11, 1), 0, {}, d(2026, 11, 1)).due, d(2027, 1, 30));
    }

    void closedPauseMovesTheDueDate() {
        // Ten days, both ends included, do not count.
        const Deadline deadline =
            decisionDeadline(d(2026, 1, 31), 0, {pause(d(2026, 3, 1), d(2026, 3, 10))}, d(2026, 3, 20));
        QCOMPARE(deadline.due, d(2026, 5, 11));
        QCOMPARE(deadline.daysLeft, 52);
        QVERIFY(!deadline.paused);
        QCOMPARE(deadline.termDays, 90);
    }

    void aOneDayPause() {
        const Deadline deadline = decisionDeadline(
            d(2026, 1, 31), 0, {pause(d(2026, 2, 5), d(2026, 2, 5), "service")}, d(2026, 2, 5));
        QCOMPARE(deadline.due, d(2026, 5, 2));
        QVERIFY(deadline.paused);
    }

    void overlappingPausesCountOnce() {
        const QList<Pause> pauses = {pause(d(2026, 3, 5), d(2026, 3, 15), "testing"),
                                     pause(d(2026, 3, 1), d(2026, 3, 10), "hearing"),
                                     // Entirely inside the first: adds nothing.
                                     pause(d(2026, 3, 6), d(2026, 3, 7), "notice")};
        QCOMPARE(decisionDeadline(d(2026, 1, 31), 0, pauses, d(2026, 4, 1)).due, d(2026, 5, 16));
        // Touching pauses (Mar 1-10, Mar 11-15) are the same fifteen days.
        const QList<Pause> touching = {pause(d(2026, 3, 1), d(2026, 3, 10)),
                                       pause(d(2026, 3, 11), d(2026, 3, 15))};
        QCOMPARE(decisionDeadline(d(2026, 1, 31), 0, touching, d(2026, 4, 1)).due, d(2026, 5, 16));
    }

    void pauseAcrossTheYearEnd() {
        // 2026-12-25 to 2027-01-05: twelve days.
        const QList<Pause> pauses = {pause(d(2026, 12, 25), d(2027, 1, 5), "suspension")};
        const Deadline deadline = decisionDeadline(d(2026, 11, 1), 0, pauses, d(2027, 1, 10));
        QCOMPARE(deadline.due, d(2027, 2, 11));
        QCOMPARE(deadline.daysLeft, 32);
        QVERIFY(!deadline.paused);
        // Inside the pause, on New Year's Day.
        QVERIFY(decisionDeadline(d(2026, 11, 1), 0, pauses, d(2027, 1, 1)).paused);
    }

    void openPauseFreezesDaysLeft() {
        // Opened 2026-01-10; without pauses due 2026-04-10. Suspended from 2026-02-01 and still suspended:
        // the 21 days Jan 11-31 have run, 69 are left whatever day it is.
        const QList<Pause> pauses = {pause(d(2026, 2, 1), QDate(), "suspension")};
        QCOMPARE(decisionDeadline(d(2026, 1, 10), 0, {}, d(2026, 1, 31)).daysLeft, 69);

        const Deadline early = decisionDeadline(d(2026, 1, 10), 0, pauses, d(2026, 2, 10));
        QVERIFY(early.paused);
        QCOMPARE(early.daysLeft, 69);
        QCOMPARE(early.due, d(2026, 4, 20)); // if the clock ran again tomorrow

        const Deadline later = decisionDeadline(d(2026, 1, 10), 0, pauses, d(2026, 3, 20));
        QVERIFY(later.paused);
        QCOMPARE(later.daysLeft, 69);
        QCOMPARE(later.due, d(2026, 5, 28));
        QCOMPARE(later.level, Level::Ok);

        // The day it starts is the first day that does not count.
        const Deadline first = decisionDeadline(d(2026, 1, 10), 0, pauses, d(2026, 2, 1));
        QVERIFY(first.paused);
        QCOMPARE(first.daysLeft, 69);

        // An open pause that starts after today has not stopped anything yet.
        const Deadline notYet = decisionDeadline(d(2026, 1, 10), 0, pauses, d(2026, 1, 20));
        QVERIFY(!notYet.paused);
        QCOMPARE(notYet.due, d(2026, 4, 10));
    }

    void openPauseAfterAClosedOne() {
        // Opened 2026-01-10; testing Feb 10-19, then suspended from 2026-03-01 and still suspended. Counted:
        // Jan 11-31 (21), Feb 1-9 (9), Feb 20-28 (9) = 39; 90 - 39 = 51 left.
        const QList<Pause> pauses = {pause(d(2026, 2, 10), d(2026, 2, 19), "testing"),
                                     pause(d(2026, 3, 1), QDate(), "suspension")};
        const Deadline deadline = decisionDeadline(d(2026, 1, 10), 0, pauses, d(2026, 6, 1));
        QVERIFY(deadline.paused);
        QCOMPARE(deadline.daysLeft, 51);
    }

    void pausesOutsideTheClockAreIgnored() {
        // Opened 2026-01-10, counting from Jan 11: only Jan 11-15 of this pause counts.
        QCOMPARE(
            decisionDeadline(d(2026, 1, 10), 0, {pause(d(2026, 1, 1), d(2026, 1, 15))}, d(2026, 1, 20)).due,
            d(2026, 4, 15));
        // Entirely before, or reversed: nothing.
        QCOMPARE(
            decisionDeadline(d(2026, 1, 10), 0, {pause(d(2025, 12, 1), d(2026, 1, 10))}, d(2026, 1, 20)).due,
            d(2026, 4, 10));
        QCOMPARE(
            decisionDeadline(d(2026, 1, 10), 0, {pause(d(2026, 2, 10), d(2026, 2, 1))}, d(2026, 1, 20)).due,
            d(2026, 4, 10));
        // After the term ran out a pause revives nothing.
        const Deadline late =
            decisionDeadline(d(2026, 1, 10), 0, {pause(d(2026, 5, 1), d(2026, 5, 20))}, d(2026, 5, 25));
        QCOMPARE(late.due, d(2026, 4, 10));
        QCOMPARE(late.daysLeft, -45);
        QCOMPARE(late.level, Level::Overdue);
    }

    void pausesWithExtensions() {
        // 120 days from 2026-01-31 (2026-05-31), plus the ten days of March 1-10.
        QCOMPARE(
            decisionDeadline(d(2026, 1, 31), 1, {pause(d(2026, 3, 1), d(2026, 3, 10))}, d(2026, 3, 1)).due,
            d(2026, 6, 10));
    }

    // --- the party's windows ------------------------------------------------------------------------

    void windowsAfterTheNotice() {
        // Served 2028-02-26 (leap year): the fifth day after is 2028-03-02; in 2027 it is 2027-03-03.
        QCOMPARE(hearingRequestDeadline(d(2028, 2, 26), d(2028, 2, 26), Defaults).due, d(2028, 3, 2));
        QCOMPARE(defenceWindowDeadline(d(2028, 2, 26), d(2028, 2, 26), Defaults).due, d(2028, 3, 2));
        QCOMPARE(hearingRequestDeadline(d(2027, 2, 26), d(2027, 2, 26), Defaults).due, d(2027, 3, 3));
        ProcedureSettings s;
        s.defenceWindowDays = 3;
        s.hearingRequestDays = 7;
        QCOMPARE(defenceWindowDeadline(d(2026, 12, 30), d(2026, 12, 30), s).due, d(2027, 1, 2));
        QCOMPARE(hearingRequestDeadline(d(2026, 12, 30), d(2026, 12, 30), s).due, d(2027, 1, 6));
        QCOMPARE(hearingRequestDeadline(d(2026, 12, 30), d(2026, 12, 30), s).key,
                 QStringLiteral("hearing_request"));
        QCOMPARE(defenceWindowDeadline(d(2026, 12, 30), d(2026, 12, 30), s).key,
                 QStringLiteral("defence_window"));
    }

    // --- payment and the surcharge ------------------------------------------------------------------

    void paymentDue() {
        const Deadline deadline = paymentDeadline(d(2027, 2, 14), d(2027, 2, 20));
        QCOMPARE(deadline.key, QStringLiteral("payment"));
        QCOMPARE(deadline.due, d(2027, 3, 1));
        QCOMPARE(deadline.daysLeft, 9);
        QCOMPARE(paymentDeadline(d(2028, 2, 14), d(2028, 2, 14)).due, d(2028, 2, 29));
    }

    void lateSurcharge_data() {
        QTest::addColumn<qint64>("fineFen");
        QTest::addColumn<QDate>("paid");
        QTest::addColumn<qint64>("surchargeFen");
        const QDate due(2026, 3, 31);
        const qint64 tenThousandYuan = fenFromYuan(10000);
        QTest::newRow("paid early") << tenThousandYuan << d(2026, 3, 20) << qint64(0);
        QTest::newRow("paid on the due day") << tenThousandYuan << due << qint64(0);
        QTest::newRow("one day late, across the month end")
            << tenThousandYuan << d(2026, 4, 1) << qint64(30000);
        QTest::newRow("ten days late") << tenThousandYuan << d(2026, 4, 10) << qint64(300000);
        QTest::newRow("33 days: 99%") << tenThousandYuan << d(2026, 5, 3) << qint64(990000);
        QTest::newRow("34 days: capped exactly at the fine")
            << tenThousandYuan << d(2026, 5, 4) << tenThousandYuan;
        QTest::newRow("a year late: still the fine") << tenThousandYuan << d(2027, 3, 31) << tenThousandYuan;
        // 3% of 123.45 yuan is 3.7035 yuan: rounded down to 3.70.
        QTest::newRow("fen are rounded down") << qint64(12345) << d(2026, 4, 1) << qint64(370);
        QTest::newRow("two days of the same") << qint64(12345) << d(2026, 4, 2) << qint64(740);
        QTest::newRow("no fine") << qint64(0) << d(2026, 4, 10) << qint64(0);
        QTest::newRow("not paid, no date") << tenThousandYuan << QDate() << qint64(0);
        // A large fine far past the cap does not overflow.
        QTest::newRow("large fine") << fenFromYuan(50'000'000'000) << d(2036, 1, 1)
                                    << fenFromYuan(50'000'000'000);
    }

    void lateSurcharge() {
        QFETCH(qint64, fineFen);
        QFETCH(QDate, paid);
        QFETCH(qint64, surchargeFen);
        QCOMPARE(procedure::lateSurcharge(fineFen, d(2026, 3, 31), paid), surchargeFen);
    }

    // --- preservation, seal-up, re-inspection -------------------------------------------------------

    void preservationWithinSevenDays() {
        const Deadline deadline = preservationDeadline(d(2026, 12, 28), d(2027, 1, 2));
        QCOMPARE(deadline.key, QStringLiteral("preservation"));
        QCOMPARE(deadline.due, d(2027, 1, 4));
        QCOMPARE(deadline.daysLeft, 2);
        QCOMPARE(deadline.level, Level::Soon);
    }

    void sealUpTermAndItsOneExtension() {
        QCOMPARE(sealUpDeadline(d(2026, 1, 31), 0, d(2026, 2, 1)).due, d(2026, 3, 2));
        QCOMPARE(sealUpDeadline(d(2026, 1, 31), 1, d(2026, 2, 1)).due, d(2026, 4, 1));
        QCOMPARE(sealUpDeadline(d(2026, 1, 31), 1, d(2026, 2, 1)).termDays, 60);
        // A second extension is never counted...
        QCOMPARE(sealUpDeadline(d(2026, 1, 31), 2, d(2026, 2, 1)).due, d(2026, 4, 1));
        // ...and refused before it is recorded.
        QCOMPARE(keysOf(checkSealUpExtension(0)), QStringList());
        const QList<Requirement> second = checkSealUpExtension(1);
        QCOMPARE(keysOf(second), QStringList({"extension_limit"}));
        QVERIFY(!second.first().message.isEmpty());
        QCOMPARE(sealUpDeadline(d(2026, 1, 31), 0, d(2026, 2, 1)).key, QStringLiteral("seal_up"));
    }

    void reinspectionWithinThirtyDays() {
        QCOMPARE(reinspectionDeadline(d(2028, 1, 31), d(2028, 2, 1)).due, d(2028, 3, 1));
        QCOMPARE(reinspectionDeadline(d(2027, 1, 31), d(2027, 2, 1)).due, d(2027, 3, 2));
        QCOMPARE(reinspectionDeadline(d(2026, 12, 15), d(2026, 12, 16)).due, d(2027, 1, 14));
        QCOMPARE(reinspectionDeadline(d(2026, 12, 15), d(2026, 12, 16)).key, QStringLiteral("reinspection"));
    }

    // --- which clocks run -----------------------------------------------------------------------------

    void caseDeadlinesFollowTheDates() {
        ClockFacts f;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 1), Defaults)), QStringList());

        f.leadReceived = d(2026, 1, 5);
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 1, 6), Defaults)), QStringList({"opening"}));
        QCOMPARE(caseDeadlines(f, d(2026, 1, 6), Defaults).first().due, d(2026, 1, 20));

        // Opening the case stops the opening clock and starts the decision clock.
        f.caseOpened = d(2026, 1, 15);
        f.preservationStarted = d(2026, 1, 16);
        f.sealUpDecided = d(2026, 1, 16);
        f.correctionOrderServed = d(2026, 1, 17);
        QList<Deadline> list = caseDeadlines(f, d(2026, 1, 18), Defaults);
        QCOMPARE(keysOf(list), QStringList({"decision", "preservation", "seal_up", "reinspection"}));
        QCOMPARE(list[0].due, d(2026, 4, 15));
        QCOMPARE(list[1].due, d(2026, 1, 23));
        QCOMPARE(list[2].due, d(2026, 2, 15));
        QCOMPARE(list[3].due, d(2026, 2, 16));

        f.preservationDecided = d(2026, 1, 20);
        f.sealUpLifted = d(2026, 2, 1);
        f.reinspected = d(2026, 2, 10);
        f.noticeServed = d(2026, 3, 2);
        f.hearingAvailable = true;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 3), Defaults)),
                 QStringList({"decision", "defence_window", "hearing_request"}));
        // The last day of the windows still lists them; the day after, they are gone (never overdue).
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 7), Defaults)),
                 QStringList({"decision", "defence_window", "hearing_request"}));
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 8), Defaults)), QStringList({"decision"}));
        // A requested hearing ends the request window; a written waiver ends both.
        f.hearingRequested = true;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 3), Defaults)),
                 QStringList({"decision", "defence_window"}));
        f.defenceWaived = true;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 3), Defaults)), QStringList({"decision"}));
        // Pauses reach the decision clock through the facts.
        f.pauses = {pause(d(2026, 3, 10), QDate(), "hearing")};
        list = caseDeadlines(f, d(2026, 3, 20), Defaults);
        QCOMPARE(keysOf(list), QStringList({"decision"}));
        QVERIFY(list[0].paused);
        QCOMPARE(list[0].daysLeft, 37); // Jan 16 - Mar 9 ran: 53 counted days

        // The decision ends the decision clock; its service starts the payment clock.
        f.decided = d(2026, 3, 25);
        f.decisionServed = d(2026, 3, 27);
        list = caseDeadlines(f, d(2026, 4, 20), Defaults);
        QCOMPARE(keysOf(list), QStringList({"payment"}));
        QCOMPARE(list[0].due, d(2026, 4, 11));
        QCOMPARE(list[0].level, Level::Overdue);
        QCOMPARE(procedure::lateSurcharge(fenFromYuan(20000), list[0].due, d(2026, 4, 20)),
                 fenFromYuan(5400));

        f.paid = d(2026, 4, 20);
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 4, 21), Defaults)), QStringList());

        // A finished case runs no clock.
        f.paid = QDate();
        f.finished = true;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 4, 21), Defaults)), QStringList());
    }

    void hearingWindowNeedsHearingRights() {
        ClockFacts f;
        f.caseOpened = d(2026, 2, 1);
        f.noticeServed = d(2026, 3, 2);
        f.hearingAvailable = false;
        QCOMPARE(keysOf(caseDeadlines(f, d(2026, 3, 3), Defaults)),
                 QStringList({"decision", "defence_window"}));
        ProcedureSettings s;
        s.hearingRequestDays = 10;
        f.hearingAvailable = true;
        const QList<Deadline> list = caseDeadlines(f, d(2026, 3, 9), s);
        QCOMPARE(keysOf(list), QStringList({"decision", "hearing_request"}));
        QCOMPARE(list[1].due, d(2026, 3, 12));
    }
};

QTEST_GUILESS_MAIN(TestCaseClocks)
#include "TestCaseClocks.moc"
