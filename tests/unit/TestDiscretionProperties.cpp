// Properties of the discretion engine over the shipped pack, for any violation, any answers drawn from its
// factors' options, any inputs in a sane range and any dates from 2019 to 2028: the recommended amount is a
// whole number of yuan inside the statutory range; the mitigation path goes below the minimum; the same
// inputs always give the same result.
#include "Engine.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <rapidcheck.h>

#include <algorithm>
#include <cmath>

using namespace fieldcase::discretion;

namespace {

enum class Path { None, Mitigation, NoPenalty };

struct Case {
    const Violation* violation = nullptr;
    Answers answers;
    CaseDates dates;
    Path path = Path::None;
};

// The answer the engine must use: the chosen option, or the first (an unproven factor).
QString answerFor(const Factor& factor, const Answers& answers) {
    const QString chosen = answers.factors.value(factor.id);
    return chosen.isEmpty() ? factor.options.first().id : chosen;
}

bool holds(const Condition& condition, const Violation& v, const Answers& answers) {
    const Factor* factor = v.factor(condition.factor);
    return factor && condition.options.contains(answerFor(*factor, answers));
}

// Whether the pack has a basis for the act at all: one in force when it ended whose conditions hold.
bool aBasisApplies(const Violation& v, const Answers& answers, const QDate& actEnd) {
    return std::any_of(v.bases.begin(), v.bases.end(), [&](const Basis& b) {
        return b.inForceOn(actEnd) && std::all_of(b.appliesWhen.begin(), b.appliesWhen.end(),
                                                  [&](const Condition& c) { return holds(c, v, answers); });
    });
}

bool noPenaltyRuleHolds(const Violation& v, const Answers& answers) {
    return std::any_of(v.noPenaltyWhen.begin(), v.noPenaltyWhen.end(),
                       [&](const NoPenaltyRule& rule) { return holds(rule.when, v, answers); });
}

bool isWhole(double amount) {
    return std::isfinite(amount) && std::floor(amount) == amount;
}

Case drawCase(const Pack& pack) {
    Case c;
    c.violation = &pack.violations[*rc::gen::inRange<qsizetype>(0, pack.violations.size())];
    for (const Factor& f : c.violation->factors) {
        const qsizetype choice = *rc::gen::inRange<qsizetype>(-1, f.options.size()); // -1: unanswered
        if (choice >= 0)
            c.answers.factors.insert(f.id, f.options[choice].id);
    }
    // Yuan with fen: 10,000.00 to 10,000,000,000.00 invested; a disposal cost up to 100,000,000.00.
    c.answers.inputs.insert(QStringLiteral("total_investment"),
                            double(*rc::gen::inRange<qint64>(1'000'000, 1'000'000'000'001)) / 100);
    c.answers.inputs.insert(QStringLiteral("disposal_cost"),
                            double(*rc::gen::inRange<qint64>(0, 10'000'000'001)) / 100);
    c.answers.inputs.insert(QStringLiteral("occurrences"), *rc::gen::inRange(1, 21));
    c.answers.harmResulted = *rc::gen::arbitrary<bool>();
    c.answers.apology = *rc::gen::arbitrary<bool>();
    c.answers.apologyPercent = *rc::gen::inRange(0, 101);

    const QDate first(2019, 1, 1);
    const QDate actEnd = first.addDays(*rc::gen::inRange<qint64>(0, first.daysTo(QDate(2028, 12, 31)) + 1));
    const QDate decision = actEnd.addDays(*rc::gen::inRange(1, 4 * 365));
    const QDate actStart =
        *rc::gen::arbitrary<bool>() ? actEnd.addDays(-*rc::gen::inRange(0, 2 * 365)) : QDate();
    c.dates = {actStart, actEnd, decision};

    c.path = *rc::gen::element(Path::None, Path::None, Path::Mitigation, Path::NoPenalty);
    if (c.path == Path::Mitigation)
        c.answers.mitigationGrounds << QStringLiteral("art32");
    if (c.path == Path::NoPenalty)
        c.answers.noPenaltyGrounds << QStringLiteral("art33");
    if (c.path != Path::None)
        c.answers.reason = QStringLiteral("理由");
    return c;
}

QString describe(const Case& c) {
    return QStringLiteral("%1 %2 act %3 decision %4")
        .arg(c.violation->code,
             QString::fromUtf8(QJsonDocument(c.answers.toJson()).toJson(QJsonDocument::Compact)),
             c.dates.actEnd.toString(Qt::ISODate), c.dates.decision.toString(Qt::ISODate));
}

} // namespace

class TestDiscretionProperties : public QObject {
    Q_OBJECT

    Pack m_pack;

private slots:
    void initTestCase() {
        // A thousand cases per property unless RC_PARAMS says otherwise (e.g. a seed to replay a failure).
        if (qEnvironmentVariableIsEmpty("RC_PARAMS"))
            qputenv("RC_PARAMS", "max_success=1000");
        QFile file(QStringLiteral(":/discretion/jiangning-2026.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PackParser::Result parsed = PackParser::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        m_pack = *parsed.pack;
    }

    // Without a path outside the range, the amount is a whole number inside the statutory range.
    void theAmountIsWholeAndInsideTheRange() {
        const bool ok = rc::check("the amount is whole and inside the range", [this] {
            Case c = drawCase(m_pack);
            c.path = Path::None;
            c.answers.mitigationGrounds.clear();
            c.answers.noPenaltyGrounds.clear();
            c.answers.reason.clear();
            const Result r = Engine::compute(m_pack, c.violation->code, c.answers, c.dates);
            RC_LOG() << describe(c).toStdString() << "\n";
            if (!aBasisApplies(*c.violation, c.answers, c.dates.actEnd)) {
                // Nothing in the pack for an act that ended then: refused, never a later law applied
                // silently.
                RC_ASSERT(!r.ok);
                return;
            }
            RC_ASSERT(r.ok);
            RC_ASSERT(isWhole(r.amount));
            if (noPenaltyRuleHolds(*c.violation, c.answers)) {
                RC_ASSERT(r.outcome == Result::Outcome::NoPenalty);
                RC_ASSERT(r.amount == 0.0);
                return;
            }
            RC_ASSERT(r.outcome == Result::Outcome::Penalty);
            RC_ASSERT(r.rangeMin || r.rangeMax);
            if (r.rangeMin)
                RC_ASSERT(r.amount >= *r.rangeMin);
            if (r.rangeMax)
                RC_ASSERT(r.amount <= *r.rangeMax);
            RC_ASSERT(r.amount > 0);
            if (c.violation->mode == Violation::Mode::Weights)
                RC_ASSERT(r.weightPercent >= 0 && r.weightPercent <= 100);
            // The basis applied was in force on the act's end or, lighter, on the decision date.
            const Basis* basis = nullptr;
            for (const Basis& b : c.violation->bases) {
                if (b.id == r.basisId)
                    basis = &b;
            }
            RC_ASSERT(basis != nullptr);
            RC_ASSERT(basis->inForceOn(c.dates.actEnd) || basis->inForceOn(c.dates.decision));
            RC_ASSERT(r.hasWarning(QStringLiteral("awaiting_confirmation")) == basis->awaitingConfirmation);
            for (const Text& step : r.steps)
                RC_ASSERT(!step.zh.isEmpty() && !step.en.isEmpty());
        });
        QVERIFY(ok);
    }

    // 减轻 below the minimum: the amount is under the minimum where there is one; 不予处罚 gives 0.
    void thePathsOutsideTheRange() {
        const bool ok = rc::check("mitigation goes below the minimum; no penalty is 0", [this] {
            Case c = drawCase(m_pack);
            RC_PRE(c.path != Path::None);
            RC_PRE(aBasisApplies(*c.violation, c.answers, c.dates.actEnd));
            RC_LOG() << describe(c).toStdString() << "\n";
            const Result r = Engine::compute(m_pack, c.violation->code, c.answers, c.dates);
            RC_ASSERT(r.ok);
            RC_ASSERT(isWhole(r.amount));
            RC_ASSERT(r.amount >= 0);
            if (c.path == Path::NoPenalty || noPenaltyRuleHolds(*c.violation, c.answers)) {
                RC_ASSERT(r.outcome == Result::Outcome::NoPenalty);
                RC_ASSERT(r.amount == 0.0);
                return;
            }
            RC_ASSERT(r.outcome == Result::Outcome::Mitigated);
            if (r.rangeMin)
                RC_ASSERT(r.amount < *r.rangeMin);

            // Without a reason the same answers are refused.
            Answers noReason = c.answers;
            noReason.reason.clear();
            RC_ASSERT(!Engine::compute(m_pack, c.violation->code, noReason, c.dates).ok);
        });
        QVERIFY(ok);
    }

    // The same pack, answers and dates always give the same result, to the last word of every step.
    void theResultIsDeterministic() {
        const bool ok = rc::check("the same inputs give the same result", [this] {
            const Case c = drawCase(m_pack);
            const Result first = Engine::compute(m_pack, c.violation->code, c.answers, c.dates);
            // Through JSON and back, as a saved case would be recomputed.
            QString error;
            const std::optional<Answers> reread = Answers::fromJson(c.answers.toJson(), &error);
            RC_ASSERT(reread.has_value());
            const Result second = Engine::compute(m_pack, c.violation->code, *reread, c.dates);
            RC_ASSERT(first.toJson() == second.toJson());
            RC_ASSERT(first.toJson() ==
                      Engine::compute(m_pack, c.violation->code, c.answers, c.dates).toJson());
            // A saved result reads back exactly as it was computed.
            RC_ASSERT(Result::fromJson(first.toJson()).toJson() == first.toJson());
        });
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestDiscretionProperties)
#include "TestDiscretionProperties.moc"
