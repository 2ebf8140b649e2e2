#include "CaseClocks.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::procedure {

namespace {

Deadline makeDeadline(const char* key, const QString& label, const QDate& due, int termDays,
                      const QDate& today, bool paused = false) {
    Deadline d;
    d.key = QString::fromLatin1(key);
    d.label = label;
    d.due = due;
    d.termDays = termDays;
    d.paused = paused;
    d.daysLeft = static_cast<int>(today.daysTo(due));
    d.level = levelFor(d.daysLeft, termDays);
    return d;
}

// A fixed term from a start date.
Deadline fixedTerm(const char* key, const QString& label, const QDate& start, int termDays,
                   const QDate& today) {
    return makeDeadline(key, label, start.addDays(termDays), termDays, today);
}

// An interval of days that do not count, both ends included.
struct Span {
    QDate from;
    QDate to;
};

// The pauses as sorted, merged spans within the clock's counted days (from the day after `opened`). An open
// pause that has started runs to today: for the projection the clock starts again tomorrow.
QList<Span> pausedSpans(const QDate& opened, const QList<Pause>& pauses, const QDate& today) {
    const QDate firstCounted = opened.addDays(1);
    QList<Span> spans;
    for (const Pause& pause : pauses) {
        if (!pause.from.isValid())
            continue;
        QDate to = pause.to;
        if (pause.isOpen()) {
            if (pause.from > today) // not begun: nothing to project yet
                continue;
            to = today;
        }
        if (to < pause.from || to < firstCounted)
            continue;
        spans.append({std::max(pause.from, firstCounted), to});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    // Overlapping or touching spans become one, so a day paused for two reasons is skipped once.
    QList<Span> merged;
    for (const Span& span : spans) {
        if (!merged.isEmpty() && span.from <= merged.last().to.addDays(1))
            merged.last().to = std::max(merged.last().to, span.to);
        else
            merged.append(span);
    }
    return merged;
}

} // namespace

int warningDays(int termDays) {
    return std::max(3, termDays / 10);
}

Deadline::Level levelFor(int daysLeft, int termDays) {
    if (daysLeft < 0)
        return Deadline::Level::Overdue;
    if (daysLeft <= warningDays(termDays))
        return Deadline::Level::Soon;
    return Deadline::Level::Ok;
}

Deadline openingDeadline(const QDate& leadReceived, int extensions, const QDate& today) {
    const int term = OpeningTermDays + OpeningExtensionDays * std::clamp(extensions, 0, MaxOpeningExtensions);
    return fixedTerm(clocks::Opening,
                     QCoreApplication::translate("CaseClocks", "Decide whether to open the case"),
                     leadReceived, term, today);
}

int decisionTermDays(int extensions) {
    return DecisionTermDays + DecisionExtensionDays * std::clamp(extensions, 0, MaxDecisionExtensions);
}

Deadline decisionDeadline(const QDate& opened, int extensions, const QList<Pause>& pauses,
                          const QDate& today) {
    const int term = decisionTermDays(extensions);
    // Walk the counted days from the day after opening, jumping over each paused span: the due day is the
    // one on which the term's last counted day falls.
    int remaining = term;
    QDate cursor = opened.addDays(1);
    QDate due;
    bool paused = false;
    for (const Span& span : pausedSpans(opened, pauses, today)) {
        if (span.from <= today && today <= span.to)
            paused = true;
        if (due.isValid())
            continue;
        const qint64 before = cursor.daysTo(span.from); // counted days before this span
        if (remaining <= before) {
            // The term runs out before the pause: a pause that begins after the deadline does not revive it.
            due = cursor.addDays(remaining - 1);
            continue;
        }
        remaining -= static_cast<int>(before);
        cursor = span.to.addDays(1);
    }
    if (!due.isValid())
        due = cursor.addDays(remaining - 1);
    return makeDeadline(clocks::Decision, QCoreApplication::translate("CaseClocks", "Decide the case"), due,
                        term, today, paused);
}

Deadline hearingRequestDeadline(const QDate& noticeServed, const QDate& today,
                                const ProcedureSettings& settings) {
    return fixedTerm(clocks::HearingRequest,
                     QCoreApplication::translate("CaseClocks", "The party's time to request a hearing ends"),
                     noticeServed, settings.hearingRequestDays, today);
}

Deadline defenceWindowDeadline(const QDate& noticeServed, const QDate& today,
                               const ProcedureSettings& settings) {
    return fixedTerm(
        clocks::DefenceWindow,
        QCoreApplication::translate("CaseClocks", "The party's statement and defence window ends"),
        noticeServed, settings.defenceWindowDays, today);
}

Deadline paymentDeadline(const QDate& decisionServed, const QDate& today) {
    return fixedTerm(clocks::Payment, QCoreApplication::translate("CaseClocks", "The fine is due"),
                     decisionServed, PaymentTermDays, today);
}

qint64 lateSurcharge(qint64 fineFen, const QDate& due, const QDate& paidOrToday) {
    if (fineFen <= 0 || !due.isValid() || !paidOrToday.isValid())
        return 0;
    const qint64 daysLate = due.daysTo(paidOrToday);
    if (daysLate <= 0)
        return 0;
    // From day 34 on (102%) the cap applies anyway; stopping there keeps the product far from overflow.
    const qint64 cappedDays = std::min<qint64>(daysLate, 100 / SurchargePercentPerDay + 1);
    const qint64 surcharge = fineFen * SurchargePercentPerDay * cappedDays / 100; // rounds down to the fen
    return std::min(surcharge, fineFen);
}

Deadline preservationDeadline(const QDate& started, const QDate& today) {
    return fixedTerm(clocks::Preservation,
                     QCoreApplication::translate("CaseClocks", "Decide on the evidence preserved"), started,
                     PreservationTermDays, today);
}

Deadline sealUpDeadline(const QDate& decided, int extensions, const QDate& today) {
    const int term = SealUpTermDays + SealUpExtensionDays * std::clamp(extensions, 0, MaxSealUpExtensions);
    return fixedTerm(clocks::SealUp,
                     QCoreApplication::translate("CaseClocks", "The seal-up or seizure term ends"), decided,
                     term, today);
}

Deadline reinspectionDeadline(const QDate& correctionOrderServed, const QDate& today) {
    return fixedTerm(clocks::Reinspection,
                     QCoreApplication::translate("CaseClocks", "Re-inspect after the correction order"),
                     correctionOrderServed, ReinspectionTermDays, today);
}

QList<Requirement> checkOpeningExtension(int approvedSoFar) {
    if (approvedSoFar < MaxOpeningExtensions)
        return {};
    return {{QString::fromLatin1(keys::ExtensionLimit),
             QCoreApplication::translate("CaseClocks", "The time to open the case has already been extended "
                                                       "once; it cannot be extended again.")}};
}

QList<Requirement> checkDecisionExtension(int approvedSoFar, bool collectiveDiscussionDone) {
    if (approvedSoFar >= MaxDecisionExtensions)
        return {
            {QString::fromLatin1(keys::ExtensionLimit),
             QCoreApplication::translate("CaseClocks", "The time to decide has already been extended twice; "
                                                       "it cannot be extended again.")}};
    // The first extension needs the leader's approval; a further one needs the agency heads' collective
    // discussion (办法 Art. 57).
    if (approvedSoFar == 1 && !collectiveDiscussionDone)
        return {{QString::fromLatin1(keys::CollectiveDiscussion),
                 QCoreApplication::translate("CaseClocks", "A second extension of the time to decide needs a "
                                                           "collective discussion (集体讨论) first.")}};
    return {};
}

QList<Requirement> checkSealUpExtension(int approvedSoFar) {
    if (approvedSoFar < MaxSealUpExtensions)
        return {};
    return {
        {QString::fromLatin1(keys::ExtensionLimit),
         QCoreApplication::translate("CaseClocks", "The seal-up or seizure has already been extended once; "
                                                   "the law allows no second extension.")}};
}

QList<Deadline> caseDeadlines(const ClockFacts& facts, const QDate& today,
                              const ProcedureSettings& settings) {
    QList<Deadline> deadlines;
    if (facts.finished)
        return deadlines;
    if (facts.leadReceived.isValid() && !facts.caseOpened.isValid())
        deadlines << openingDeadline(facts.leadReceived, facts.openingExtensions, today);
    if (facts.caseOpened.isValid() && !facts.decided.isValid())
        deadlines << decisionDeadline(facts.caseOpened, facts.decisionExtensions, facts.pauses, today);
    if (facts.noticeServed.isValid() && !facts.decided.isValid() && !facts.defenceWaived) {
        const Deadline defence = defenceWindowDeadline(facts.noticeServed, today, settings);
        if (defence.daysLeft >= 0)
            deadlines << defence;
        if (facts.hearingAvailable && !facts.hearingRequested) {
            const Deadline hearing = hearingRequestDeadline(facts.noticeServed, today, settings);
            if (hearing.daysLeft >= 0)
                deadlines << hearing;
        }
    }
    if (facts.decisionServed.isValid() && !facts.paid.isValid())
        deadlines << paymentDeadline(facts.decisionServed, today);
    if (facts.preservationStarted.isValid() && !facts.preservationDecided.isValid())
        deadlines << preservationDeadline(facts.preservationStarted, today);
    if (facts.sealUpDecided.isValid() && !facts.sealUpLifted.isValid())
        deadlines << sealUpDeadline(facts.sealUpDecided, facts.sealUpExtensions, today);
    if (facts.correctionOrderServed.isValid() && !facts.reinspected.isValid())
        deadlines << reinspectionDeadline(facts.correctionOrderServed, today);
    return deadlines;
}

} // namespace fieldcase::procedure
