#pragma once

#include "Procedure.h"

#include <QDate>
#include <QList>
#include <QString>

// The procedure's clocks: deadlines computed from dated facts. All terms are calendar days counted from the
// day after the starting event (期间开始的日不计算在期间内), so the due date is start + term and that whole
// day is still in time. Holidays do not move a due date here (the law moves a deadline that falls on a
// holiday to the next working day; that needs the State Council's yearly calendar, which core does not
// have): a due date is never later than the legal one, so a warning is never late.
namespace fieldcase::procedure {

// A period in which the decision clock stands still (行政处罚法 Art. 60, 办法 Art. 57: hearing, advance
// notice, testing and expert opinions, public-notice service and suspension do not count).
struct Pause {
    QString reason; // "suspension", "hearing", "testing", "notice", "service"
    QDate from;     // the first day that does not count
    QDate to;       // the last day that does not count (inclusive); null while the pause is still running
    bool isOpen() const { return to.isNull(); }
    bool operator==(const Pause&) const = default;
};

struct Deadline {
    // Soon: daysLeft <= warningDays(termDays); Overdue: daysLeft < 0 (the due day itself is still in time).
    enum class Level : quint8 { Ok, Soon, Overdue };

    QString key;   // see namespace clocks
    QString label; // translated
    QDate due;     // the last day that is still in time
    // today.daysTo(due): 0 on the due day, negative when overdue. While an open pause stops the clock, `due`
    // is projected as if the clock ran again tomorrow, so daysLeft stays where it was when the pause began.
    int daysLeft = 0;
    bool paused = false; // today falls in a pause
    Level level = Level::Ok;
    int termDays = 0; // the term with its extensions, in counted days
};

// The warning window: a tenth of the term, at least 3 days (15-day term: 3; 90: 9; 150: 15). A fixed 3
// days would warn too late for a 90-day decision that still needs a collective discussion; a bare 10%
// would warn less than a day before a 7-day term ends.
int warningDays(int termDays);
Deadline::Level levelFor(int daysLeft, int termDays);

// Clock keys (Deadline::key).
namespace clocks {
inline constexpr char Opening[] = "opening";                // 立案期限
inline constexpr char Decision[] = "decision";              // 办案期限
inline constexpr char DefenceWindow[] = "defence_window";   // 陈述申辩期
inline constexpr char HearingRequest[] = "hearing_request"; // 听证申请期
inline constexpr char Payment[] = "payment";                // 缴纳罚款期限
inline constexpr char Preservation[] = "preservation";      // 先行登记保存处理期限
inline constexpr char SealUp[] = "seal_up";                 // 查封扣押期限
inline constexpr char Reinspection[] = "reinspection";      // 复查期限
} // namespace clocks

// Terms in days, and how many extensions each allows.
inline constexpr int OpeningTermDays = 15; // 办法 Art. 18
inline constexpr int OpeningExtensionDays = 15;
inline constexpr int MaxOpeningExtensions = 1;
inline constexpr int DecisionTermDays = 90; // 行政处罚法 Art. 60
inline constexpr int DecisionExtensionDays = 30;
inline constexpr int MaxDecisionExtensions = 2;  // the second one only after a collective discussion
inline constexpr int PaymentTermDays = 15;       // Art. 67
inline constexpr int SurchargePercentPerDay = 3; // Art. 72
inline constexpr int PreservationTermDays = 7;   // Art. 56
inline constexpr int SealUpTermDays = 30;        // 行政强制法 Art. 25
inline constexpr int SealUpExtensionDays = 30;
inline constexpr int MaxSealUpExtensions = 1;
inline constexpr int ReinspectionTermDays = 30; // MEE Order 28

// Each clock below clamps an extension count to 0..its maximum: the count is what was approved, and an
// approval beyond the maximum is refused before it is recorded (the check* functions), never counted.

// 立案: the lead must be decided on within 15 days of receipt, 30 with an approved extension.
Deadline openingDeadline(const QDate& leadReceived, int extensions, const QDate& today);

// 办案期限: 90 days from opening, +30 per approved extension (at most two), not counting paused days.
// Overlapping pauses count once; an open pause stops the clock from its first day; pauses before the day
// after opening, pauses with `to` before `from`, and open pauses that start after today are ignored.
Deadline decisionDeadline(const QDate& opened, int extensions, const QList<Pause>& pauses,
                          const QDate& today);
int decisionTermDays(int extensions);

// The party's windows after the advance notice.
Deadline hearingRequestDeadline(const QDate& noticeServed, const QDate& today,
                                const ProcedureSettings& settings);
Deadline defenceWindowDeadline(const QDate& noticeServed, const QDate& today,
                               const ProcedureSettings& settings);

// Payment within 15 days of the decision's service.
Deadline paymentDeadline(const QDate& decisionServed, const QDate& today);

// The late-payment surcharge (加处罚款, Art. 72): 3% of the fine for every day after `due` up to
// `paidOrToday`, never more than the fine itself. Money in fen (分, 1/100 yuan), both ways: a whole-yuan fine
// gives an exact surcharge (3% of 1 yuan is 3 fen); for a fine with fen the total is rounded down to the
// fen, never up. 0 when paid on or before the due day, or when a date is missing.
qint64 lateSurcharge(qint64 fineFen, const QDate& due, const QDate& paidOrToday);
constexpr qint64 fenFromYuan(qint64 yuan) {
    return yuan * 100;
}

// 先行登记保存: the decision on preserved evidence within 7 days.
Deadline preservationDeadline(const QDate& started, const QDate& today);

// 查封扣押: at most 30 days from the decision, +30 with one approved extension.
Deadline sealUpDeadline(const QDate& decided, int extensions, const QDate& today);

// 按日连续处罚: the re-inspection within 30 days of the correction order's service.
Deadline reinspectionDeadline(const QDate& correctionOrderServed, const QDate& today);

// Whether one more extension may be approved. Empty when it may; otherwise the reasons (keys
// "extension_limit", "collective_discussion").
QList<Requirement> checkOpeningExtension(int approvedSoFar);
QList<Requirement> checkDecisionExtension(int approvedSoFar, bool collectiveDiscussionDone);
QList<Requirement> checkSealUpExtension(int approvedSoFar);

// The dated facts of one case. A null date means "has not happened".
struct ClockFacts {
    QDate leadReceived; // 线索受理
    int openingExtensions = 0;
    QDate caseOpened; // 立案: ends the opening clock, starts the decision clock
    int decisionExtensions = 0;
    QList<Pause> pauses;
    // The decision was signed, or the case left the penalty procedure (no penalty, transfer): ends the
    // decision clock and the party's windows.
    QDate decided;
    QDate noticeServed;            // the advance notice
    bool hearingAvailable = false; // procedure::hearingAvailable() for the intended penalty
    bool hearingRequested = false;
    bool defenceWaived = false;
    QDate decisionServed;
    QDate paid; // paid, or the execution otherwise ended
    QDate preservationStarted;
    QDate preservationDecided;
    QDate sealUpDecided;
    int sealUpExtensions = 0;
    QDate sealUpLifted; // lifted, or turned into confiscation
    QDate correctionOrderServed;
    QDate reinspected;
    bool finished = false; // closed, archived or withdrawn: no clock runs
};

// The clocks that are running for a case, in this order: opening, decision, defence window, hearing request,
// payment, preservation, seal-up, re-inspection. A clock runs from its starting date until the date that
// ends it; the party's two windows are listed only while they are open (they are the party's time, not a
// duty of the bureau, so they are never overdue), the hearing window only when the party has a hearing to
// ask for and has not asked, and neither once the party waived in writing.
QList<Deadline> caseDeadlines(const ClockFacts& facts, const QDate& today, const ProcedureSettings& settings);

} // namespace fieldcase::procedure
