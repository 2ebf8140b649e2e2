// The discretion engine on the shipped pack: the amounts an officer is shown and a leader signs. Every
// violation's starting amount, every option's weight, the caps, floors and clamps, the tiers and fallbacks,
// the choice between the old laws and the Code across 2026-08-15, the warnings and the paths outside the
// range, and the README's worked examples as exact numbers.
#include "Engine.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace fieldcase::discretion;

namespace {

const QDate OldAct(2025, 6, 1);        // an act under the old laws
const QDate OldDecision(2026, 3, 1);   // decided before the Code, while the pack is in force
const QDate CodeAct(2026, 9, 1);       // an act under the Code
const QDate CodeDecision(2026, 10, 1); // decided under the Code
const QDate LastOldDay(2026, 8, 14);
const QDate CodeDay(2026, 8, 15);

Answers withInputs(Answers answers = {}) {
    if (!answers.inputs.contains(QStringLiteral("total_investment")))
        answers.inputs.insert(QStringLiteral("total_investment"), 10'000'000);
    if (!answers.inputs.contains(QStringLiteral("disposal_cost")))
        answers.inputs.insert(QStringLiteral("disposal_cost"), 80'000);
    if (!answers.inputs.contains(QStringLiteral("occurrences")))
        answers.inputs.insert(QStringLiteral("occurrences"), 1);
    return answers;
}

Answers factors(std::initializer_list<std::pair<const char*, const char*>> chosen) {
    Answers answers;
    for (const auto& [factor, option] : chosen)
        answers.factors.insert(QLatin1String(factor), QLatin1String(option));
    return withInputs(answers);
}

bool anyStep(const Result& result, const QString& english) {
    return std::any_of(result.steps.begin(), result.steps.end(),
                       [&](const Text& step) { return step.en.contains(english); });
}

QString stepsOf(const Result& result) {
    QStringList lines;
    for (const Text& step : result.steps)
        lines << step.en;
    return lines.join(QLatin1Char('\n'));
}

const Option& firstOption(const Factor& factor) {
    return factor.options.first();
}

const Option& highestOption(const Factor& factor) {
    return *std::max_element(factor.options.begin(), factor.options.end(),
                             [](const Option& a, const Option& b) { return a.weight < b.weight; });
}

// What the weights of the factor tables give, worked out without the engine: the starting weight plus the
// answered options (the first option where unanswered), at least the minimum weight, at most 100%, times
// the range's maximum, clamped to the range and rounded.
struct Expected {
    double weight = 0;
    double amount = 0;
};

Expected byTheTable(const Violation& v, const Answers& answers, double min, double max) {
    double weight = v.startWeight;
    for (const Factor& f : v.factors) {
        if (!f.counts)
            continue;
        const Option* chosen = f.option(answers.factors.value(f.id));
        weight += chosen ? chosen->weight : firstOption(f).weight;
    }
    if (v.minWeight)
        weight = std::max(weight, *v.minWeight);
    weight = std::min(weight, 100.0);
    return {weight, std::round(std::clamp(max * weight / 100, min, max))};
}

// All factors unanswered (unproven: the lowest tier), act in 2025, decided in 2026-03 under the old law,
// total investment 10,000,000, disposal cost 80,000, one occurrence. Worked out by hand from the tables in
// shared/domain/discretion.md.
struct StartingRow {
    const char* code;
    double amount;
    const char* basis;
    double min; // -1: none
    double max;
    double weight; // -1: not weights mode
};
const StartingRow StartingRows[] = {
    // 20% × 5% of 10,000,000: 1% of the investment, the minimum.
    {"EIA-UNAPPROVED", 100'000, "eia-31-1", 100'000, 500'000, 20},
    // Fallback rows: unanswered circumstances are normal. Only a maximum: normal = 50% of it.
    {"EIA-REGISTRATION", 25'000, "eia-31-3", -1, 50'000, -1},
    {"WATER-NO-PERMIT", 100'000, "water-83-1", 100'000, 1'000'000, 10},
    // Normal: the midpoint.
    {"AIR-NO-PERMIT", 550'000, "air-99-1", 100'000, 1'000'000, -1},
    // 7% = 70,000 is below the statutory minimum.
    {"WATER-EXCEED", 100'000, "water-83-2", 100'000, 1'000'000, 7},
    // 10 + VOCs 3 + under 3× 2: the lowest options of the air table carry weight.
    {"AIR-EXCEED", 150'000, "air-99-2", 100'000, 1'000'000, 15},
    // 7% counts as the minimum weight 20%.
    {"PERMIT-EXCEED-WATER", 200'000, "permit-reg-34-1", 200'000, 1'000'000, 20},
    {"PERMIT-EXCEED-AIR", 600'000, "permit-reg-34-1", 200'000, 1'000'000, -1},
    {"WATER-EVASION", 100'000, "water-83-3", 100'000, 1'000'000, 10},
    {"AIR-EVASION", 550'000, "air-99-3", 100'000, 1'000'000, -1},
    {"AIR-AUTO-MONITORING", 20'000, "air-100-3", 20'000, 200'000, 10},
    {"WATER-AUTO-MONITORING", 110'000, "water-82-2", 20'000, 200'000, -1},
    // Delaying, first time: 20,000–40,000, midpoint.
    {"INSPECTION-OBSTRUCTION", 30'000, "water-81", 20'000, 200'000, -1},
    // Disposal cost 80,000 counts as 200,000: 600,000–1,000,000 at 60%.
    {"HW-DUMP", 600'000, "sw-112-3", 600'000, 1'000'000, 60},
    {"HW-UNLICENSED", 600'000, "sw-112-4", 600'000, 1'000'000, 60},
    {"HW-NO-SIGNS", 550'000, "sw-112-1", 100'000, 1'000'000, -1},
    {"HW-NO-PLAN", 550'000, "sw-112-2", 100'000, 1'000'000, -1},
    {"PERMIT-LEDGER", 12'500, "permit-reg-37", 5'000, 20'000, -1},
    {"PERMIT-REPORT", 12'500, "permit-reg-37", 5'000, 20'000, -1},
};

Violation& violationIn(Pack& pack, const char* code) {
    for (Violation& v : pack.violations) {
        if (v.code == QLatin1String(code))
            return v;
    }
    qFatal("no violation %s", code);
}

} // namespace

class TestDiscretionEngine : public QObject {
    Q_OBJECT

    Pack m_pack;

    Result run(const QString& code, const Answers& answers, const QDate& actEnd = OldAct,
               const QDate& decision = OldDecision, const QDate& actStart = {}) const {
        return Engine::compute(m_pack, code, answers, {actStart, actEnd, decision});
    }
    Result run(const char* code, const Answers& answers, const QDate& actEnd = OldAct,
               const QDate& decision = OldDecision, const QDate& actStart = {}) const {
        return run(QLatin1String(code), answers, actEnd, decision, actStart);
    }

private slots:
    void initTestCase() {
        QFile file(QStringLiteral(":/discretion/jiangning-2026.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        PackParser::Result parsed = PackParser::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        m_pack = *parsed.pack;
        QCOMPARE(m_pack.violations.size(), 19);
    }

    // All factors unanswered (unproven: the lowest tier), act in 2025, decided in 2026-03 under the old law.
    void theStartingAmountOfEveryViolation_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max"); // -1: none
        QTest::addColumn<double>("weight");
        for (const StartingRow& row : StartingRows)
            QTest::newRow(row.code) << QString::fromLatin1(row.code) << row.amount
                                    << QString::fromLatin1(row.basis) << row.min << row.max << row.weight;
    }

    void theStartingAmountOfEveryViolation() {
        QFETCH(QString, code);
        QFETCH(double, amount);
        QFETCH(QString, basis);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, weight);
        const Result result = run(code, withInputs());
        QVERIFY2(result.ok, qPrintable(result.error.en));
        QCOMPARE(result.outcome, Result::Outcome::Penalty);
        QCOMPARE(result.amount, amount);
        QCOMPARE(result.basisId, basis);
        QCOMPARE(result.rangeMin.value_or(-1), min);
        QCOMPARE(result.rangeMax.value_or(-1), max);
        QCOMPARE(result.weightPercent, weight);
        QCOMPARE(result.violationCode, code);
        QCOMPARE(result.packId, QStringLiteral("nj-jiangning-eco"));
        QCOMPARE(result.packVersion, QStringLiteral("2026.1"));
        QCOMPARE(result.packSha256, QString::fromLatin1(m_pack.sha256Hex));
        QVERIFY(!result.hasWarning(QStringLiteral("awaiting_confirmation")));
        QVERIFY(!result.hasWarning(QStringLiteral("limitation")));
        QVERIFY(!result.hasWarning(QStringLiteral("pack_not_in_force")));
        // Every step is explained in both languages; the last one states the amount.
        for (const Text& step : result.steps)
            QVERIFY(!step.zh.isEmpty() && !step.en.isEmpty());
        QVERIFY(result.steps.last().en.contains(formatYuan(amount)));
    }

    void everyViolationOfThePackHasAStartingRow() {
        QStringList table;
        for (const StartingRow& row : StartingRows)
            table << QString::fromLatin1(row.code);
        QStringList pack;
        for (const Violation& v : m_pack.violations)
            pack << v.code;
        table.sort();
        pack.sort();
        QCOMPARE(table, pack);
    }

    // Changing one answer moves the amount by exactly that option's weight × the base, unless clamped.
    void everyOptionMovesTheAmountByItsWeight() {
        int checked = 0;
        for (const Violation& v : m_pack.violations) {
            if (v.mode != Violation::Mode::Weights)
                continue;
            for (const QDate& act : {OldAct, CodeAct}) {
                const QDate decision = act == OldAct ? OldDecision : CodeDecision;
                const Result baseline = run(v.code, withInputs(), act, decision);
                QVERIFY2(baseline.ok, qPrintable(v.code));
                const double min = *baseline.rangeMin;
                const double max = *baseline.rangeMax;
                for (const Factor& f : v.factors) {
                    if (!f.counts)
                        continue;
                    for (const Option& o : f.options) {
                        Answers answers = withInputs();
                        answers.factors.insert(f.id, o.id);
                        const Result result = run(v.code, answers, act, decision);
                        const QString where = v.code + QLatin1Char(' ') + f.id + QLatin1Char('=') + o.id;
                        QVERIFY2(result.ok, qPrintable(where));
                        if (result.basisId != baseline.basisId)
                            continue; // EIA document chooses between the Code's report and form ranges
                        const Expected expected = byTheTable(v, answers, min, max);
                        QVERIFY2(result.weightPercent == expected.weight, qPrintable(where));
                        QVERIFY2(result.amount == expected.amount, qPrintable(where));
                        const double unclampedBaseline = max * baseline.weightPercent / 100;
                        const double unclamped = max * result.weightPercent / 100;
                        const bool clamped = unclampedBaseline < min || unclamped < min ||
                                             (v.minWeight && baseline.weightPercent == *v.minWeight);
                        if (!clamped)
                            QVERIFY2(result.amount - baseline.amount ==
                                         (o.weight - firstOption(f).weight) * max / 100,
                                     qPrintable(where));
                        // The step names the option and its weight.
                        QVERIFY2(anyStep(result, f.label.en + QStringLiteral(": ") + o.label.en),
                                 qPrintable(where));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 150);
    }

    void theOptionStepSaysWhenAFactorWasNotEstablished() {
        const Result result = run("WATER-EXCEED", factors({{"pollutant", "toxic"}}));
        QVERIFY(anyStep(result, QStringLiteral("weight +22%.")));
        QVERIFY(anyStep(result, QStringLiteral("(not established: lowest tier)")));
    }

    // Every table of the shipped pack sums to exactly 100% at its highest options: the amount is the maximum.
    void allHighestOptionsReachTheMaximum() {
        for (const Violation& v : m_pack.violations) {
            if (v.mode != Violation::Mode::Weights)
                continue;
            Answers answers = withInputs();
            for (const Factor& f : v.factors) {
                if (f.counts)
                    answers.factors.insert(f.id, highestOption(f).id);
            }
            for (const QDate& act : {OldAct, CodeAct}) {
                const Result result = run(v.code, answers, act, act == OldAct ? OldDecision : CodeDecision);
                QVERIFY2(result.ok, qPrintable(v.code));
                QCOMPARE(result.weightPercent, 100.0);
                QCOMPARE(result.amount, *result.rangeMax);
            }
        }
    }

    // A sum above 100% is capped: the shipped tables never exceed it, so a table is raised here.
    void aSumAbove100IsCapped() {
        Pack pack = m_pack;
        Violation& v = violationIn(pack, "WATER-EXCEED");
        v.startWeight = 40;
        Answers answers = withInputs();
        for (const Factor& f : v.factors)
            answers.factors.insert(f.id, highestOption(f).id);
        const Result result = Engine::compute(pack, v.code, answers, {{}, OldAct, OldDecision});
        QVERIFY(result.ok);
        QCOMPARE(result.weightPercent, 100.0);
        QCOMPARE(result.amount, 1'000'000.0);
        QVERIFY2(anyStep(result, QStringLiteral("The sum 133% is capped at 100%.")),
                 qPrintable(stepsOf(result)));
    }

    // 超许可排放 under 条例 Art. 34(1): a sum under 20% counts as 20%.
    void theMinimumWeightOfPermitExceedWater() {
        Result result = run("PERMIT-EXCEED-WATER", withInputs());
        QCOMPARE(result.weightPercent, 20.0);
        QCOMPARE(result.amount, 200'000.0);
        QVERIFY(anyStep(result, QStringLiteral("The sum 7% is below the minimum weight 20%; 20% is used.")));

        // 7 + 2 + 3 + 3 = 15%: still 20%.
        result =
            run("PERMIT-EXCEED-WATER",
                factors({{"exceeding_count", "two"}, {"daily_flow", "50_to_200t"}, {"repeat", "second"}}));
        QCOMPARE(result.weightPercent, 20.0);
        QCOMPARE(result.amount, 200'000.0);

        // Above it the weights count: 7 + 22 = 29%.
        result = run("PERMIT-EXCEED-WATER", factors({{"pollutant", "toxic"}}));
        QCOMPARE(result.weightPercent, 29.0);
        QCOMPARE(result.amount, 290'000.0);

        // Under the Code (100,000–1,000,000) the minimum weight still gives 200,000, not the statutory
        // minimum.
        result = run("PERMIT-EXCEED-WATER", withInputs(), CodeAct, CodeDecision);
        QCOMPARE(result.basisId, QStringLiteral("code-1103"));
        QCOMPARE(result.amount, 200'000.0);
        QCOMPARE(*result.rangeMin, 100'000.0);
    }

    // 固废法 Art. 112: a disposal cost under 200,000 counts as 200,000.
    void theHazardousWasteCostFloor_data() {
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("floored");
        QTest::newRow("no cost") << 0.0 << 600'000.0 << 1'000'000.0 << true;
        QTest::newRow("80,000") << 80'000.0 << 600'000.0 << 1'000'000.0 << true;
        QTest::newRow("199,999") << 199'999.0 << 600'000.0 << 1'000'000.0 << true;
        QTest::newRow("200,000") << 200'000.0 << 600'000.0 << 1'000'000.0 << false;
        QTest::newRow("300,000") << 300'000.0 << 900'000.0 << 1'500'000.0 << false;
    }

    void theHazardousWasteCostFloor() {
        QFETCH(double, cost);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(bool, floored);
        for (const char* code : {"HW-DUMP", "HW-UNLICENSED"}) {
            Answers answers;
            answers.inputs.insert(QStringLiteral("disposal_cost"), cost);
            const Result result = run(code, answers);
            QVERIFY2(result.ok, qPrintable(result.error.en));
            QCOMPARE(*result.rangeMin, min);
            QCOMPARE(*result.rangeMax, max);
            QCOMPARE(result.amount, max * 0.6);
            QCOMPARE(anyStep(result, QStringLiteral("counted as 200,000 yuan")), floored);
        }
    }

    // 条例 Art. 33: 200,000–1,000,000; 10% of 1,000,000 is below it and clamps up.
    void theRegulationsMinimumClampsUp() {
        const Result result = run("WATER-NO-PERMIT", factors({{"old_basis", "regulation"}}));
        QCOMPARE(result.basisId, QStringLiteral("permit-reg-33-1"));
        QCOMPARE(result.weightPercent, 10.0);
        QCOMPARE(result.amount, 200'000.0);
        QVERIFY2(
            anyStep(result,
                    QStringLiteral("100,000 yuan is outside the statutory range; adjusted to 200,000 yuan.")),
            qPrintable(stepsOf(result)));
        // The law (unanswered) keeps 100,000.
        QCOMPARE(run("WATER-NO-PERMIT", factors({{"old_basis", "law"}})).amount, 100'000.0);
        // Before 2021-03-01 only the law was in force: an answer naming the regulation finds no basis.
        const Result early =
            run("WATER-NO-PERMIT", factors({{"old_basis", "regulation"}}), QDate(2020, 6, 1));
        QVERIFY(!early.ok);
        QVERIFY2(early.error.en.contains(QStringLiteral("2020-06-01")), qPrintable(early.error.en));
    }

    // Every bracket of 拒绝/阻挠检查 gives its midpoint.
    void theInspectionObstructionBrackets_data() {
        QTest::addColumn<QString>("conduct");
        QTest::addColumn<QString>("recent");
        QTest::addColumn<double>("amount");
        const auto row = [](const char* conduct, const char* recent, double amount) {
            QTest::addRow("%s/%s", conduct, recent)
                << QString::fromLatin1(conduct) << QString::fromLatin1(recent) << amount;
        };
        row("delay", "no", 30'000);
        row("delay", "yes", 50'000);
        row("falsify", "no", 70'000);
        row("falsify", "yes", 95'000);
        row("refuse_entry", "no", 120'000);
        row("refuse_entry", "yes", 140'000);
        row("obstruct", "no", 160'000);
        row("obstruct", "yes", 185'000);
        row("assault", "no", 200'000);
        row("assault", "yes", 200'000);
    }

    void theInspectionObstructionBrackets() {
        QFETCH(QString, conduct);
        QFETCH(QString, recent);
        QFETCH(double, amount);
        Answers answers;
        answers.factors = {{QStringLiteral("conduct"), conduct},
                           {QStringLiteral("recent_same_type"), recent}};
        Result result = run("INSPECTION-OBSTRUCTION", answers);
        QVERIFY(result.ok);
        QCOMPARE(result.amount, amount);
        QCOMPARE(result.basisId, QStringLiteral("water-81"));
        QVERIFY(anyStep(result, QStringLiteral("its midpoint is ") + formatYuan(amount)));
        QCOMPARE(result.weightPercent, -1.0);

        answers.factors.insert(QStringLiteral("medium"), QStringLiteral("air"));
        result = run("INSPECTION-OBSTRUCTION", answers);
        QCOMPARE(result.basisId, QStringLiteral("air-98"));
        QCOMPARE(result.amount, amount);

        // Under the Code a unit's range starts at 50,000; an individual's ends at 50,000.
        result = run("INSPECTION-OBSTRUCTION", answers, CodeAct, CodeDecision);
        QCOMPARE(result.basisId, QStringLiteral("code-1229-unit"));
        QCOMPARE(result.amount, std::max(amount, 50'000.0));
        answers.factors.insert(QStringLiteral("party"), QStringLiteral("individual"));
        result = run("INSPECTION-OBSTRUCTION", answers, CodeAct, CodeDecision);
        QCOMPARE(result.basisId, QStringLiteral("code-1229-individual"));
        QCOMPARE(result.amount, std::min(amount, 50'000.0));
    }

    // No factor table: normal = midpoint, aggravated = midpoint + ¾ of the upper half, mitigated = min + ¼ of
    // the lower half; only a maximum: 20% / 50% / 100%; only a minimum: 1× / 2× / 5×.
    void theFallbacks_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("circumstance");
        QTest::addColumn<double>("amount");
        const auto row = [](const char* code, const char* circumstance, double amount) {
            QTest::addRow("%s %s", code, circumstance)
                << QString::fromLatin1(code) << QString::fromLatin1(circumstance) << amount;
        };
        row("EIA-REGISTRATION", "mitigated", 10'000);
        row("EIA-REGISTRATION", "normal", 25'000);
        row("EIA-REGISTRATION", "aggravated", 50'000);
        row("AIR-NO-PERMIT", "mitigated", 212'500);
        row("AIR-NO-PERMIT", "normal", 550'000);
        row("AIR-NO-PERMIT", "aggravated", 887'500);
        row("WATER-AUTO-MONITORING", "normal", 110'000);
        row("PERMIT-EXCEED-AIR", "aggravated", 900'000);
        row("HW-NO-PLAN", "normal", 550'000);
    }

    void theFallbacks() {
        QFETCH(QString, code);
        QFETCH(QString, circumstance);
        QFETCH(double, amount);
        Answers answers;
        answers.factors.insert(QStringLiteral("circumstance"), circumstance);
        const Result result = run(code, answers);
        QVERIFY2(result.ok, qPrintable(result.error.en));
        QCOMPARE(result.amount, amount);
        QVERIFY(anyStep(result, QStringLiteral("No factor table")));
    }

    void theFallbackWithOnlyAMinimum() {
        Pack pack = m_pack;
        Violation& v = violationIn(pack, "HW-NO-SIGNS");
        v.bases[0].range.max.reset(); // "100,000 以上"
        for (const auto& [circumstance, amount] :
             {std::pair{"mitigated", 100'000.0}, std::pair{"normal", 200'000.0},
              std::pair{"aggravated", 500'000.0}}) {
            Answers answers;
            answers.factors.insert(QStringLiteral("circumstance"), QLatin1String(circumstance));
            const Result result = Engine::compute(pack, v.code, answers, {{}, OldAct, OldDecision});
            QVERIFY(result.ok);
            QCOMPARE(result.amount, amount);
            QVERIFY(!result.rangeMax);
        }
    }

    // 从旧兼从轻 across 2026-08-15, the day the Ecological Environment Code takes effect.
    void anActEndingOnTheLastDayOfTheOldLawComparesBoth() {
        const Answers answers = factors({{"pollutant", "class_a"}, {"exceedance", "3x_to_8x"}});
        const Result result = run("WATER-EXCEED", answers, LastOldDay, QDate(2026, 9, 1));
        QVERIFY(result.ok);
        QCOMPARE(result.basisId, QStringLiteral("water-83-2"));
        QCOMPARE(result.amount, 250'000.0); // 7 + 10 + 8 = 25%, the same under both
        QVERIFY(anyStep(result, QStringLiteral("The act ended on 2026-08-14")));
        QVERIFY(anyStep(result, QStringLiteral("so both are compared")));
        QVERIFY(anyStep(result,
                        QStringLiteral("The new law is not lighter (250,000 yuan, not below 250,000 yuan); "
                                       "the old law applies.")));
        QVERIFY(!result.hasWarning(QStringLiteral("awaiting_confirmation")));
    }

    void anActEndingOnTheCodesFirstDayFallsUnderTheCode() {
        const Answers answers = factors({{"pollutant", "class_a"}, {"exceedance", "3x_to_8x"}});
        const Result result = run("WATER-EXCEED", answers, CodeDay, QDate(2026, 9, 1));
        QVERIFY(result.ok);
        QCOMPARE(result.basisId, QStringLiteral("code-1107"));
        QCOMPARE(result.amount, 250'000.0);
        QVERIFY(!anyStep(result, QStringLiteral("so both are compared")));
        QVERIFY(result.hasWarning(QStringLiteral("awaiting_confirmation")));
    }

    void anActDecidedBeforeTheCodeIsNotCompared() {
        const Result result =
            run("HW-NO-SIGNS", factors({{"circumstance", "normal"}}), LastOldDay, LastOldDay);
        QCOMPARE(result.basisId, QStringLiteral("sw-112-1"));
        QCOMPARE(result.amount, 550'000.0);
        QVERIFY(!anyStep(result, QStringLiteral("so both are compared")));
    }

    void theLighterCodeIsTakenWithAStepThatSaysSo() {
        // 固废法 112(1): 100,000–1,000,000, normal 550,000; Code 1175: 50,000–200,000, normal 125,000.
        const Result result =
            run("HW-NO-SIGNS", factors({{"circumstance", "normal"}}), LastOldDay, QDate(2026, 9, 1));
        QVERIFY(result.ok);
        QCOMPARE(result.basisId, QStringLiteral("code-1175"));
        QCOMPARE(result.amount, 125'000.0);
        QCOMPARE(*result.rangeMin, 50'000.0);
        QCOMPARE(*result.rangeMax, 200'000.0);
        QVERIFY2(
            anyStep(result,
                    QStringLiteral("The new law is lighter (125,000 yuan below 550,000 yuan) and applies.")),
            qPrintable(stepsOf(result)));
        QVERIFY(result.hasWarning(QStringLiteral("awaiting_confirmation")));
        QVERIFY(result.basisCitation.zh.contains(QStringLiteral("第一千一百七十五条")) ||
                result.basisCitation.en.contains(QStringLiteral("1175")));
    }

    // A continuing act that ends after the Code took effect falls under the Code, however early it began.
    void aContinuingActSpanningTheDateFallsUnderTheCode() {
        const Result result = run("HW-NO-SIGNS", factors({{"circumstance", "normal"}}), QDate(2026, 9, 1),
                                  QDate(2026, 10, 1), QDate(2026, 6, 1));
        QCOMPARE(result.basisId, QStringLiteral("code-1175"));
        QCOMPARE(result.amount, 125'000.0);
        QVERIFY(!anyStep(result, QStringLiteral("so both are compared")));
        // Begun and ended before: the old law, compared with the Code at the decision.
        const Result before = run("HW-NO-SIGNS", factors({{"circumstance", "normal"}}), QDate(2026, 8, 1),
                                  QDate(2026, 10, 1), QDate(2026, 6, 1));
        QVERIFY(anyStep(before, QStringLiteral("The act ended on 2026-08-01")));
    }

    // 环评法 Art. 31: 1%–5% of the total investment.
    void theInvestmentShare() {
        Answers answers = factors({});
        Result result = run("EIA-UNAPPROVED", answers);
        QCOMPARE(*result.rangeMin, 100'000.0);
        QCOMPARE(*result.rangeMax, 500'000.0);
        QCOMPARE(result.amount, 100'000.0);
        QVERIFY2(anyStep(result,
                         QStringLiteral("The range is 1% to 5% of the total investment of 10,000,000 yuan.")),
                 qPrintable(stepsOf(result)));

        answers.inputs.insert(QStringLiteral("total_investment"), 50'000'000);
        answers.factors = {{QStringLiteral("document"), QStringLiteral("report")},
                           {QStringLiteral("location"), QStringLiteral("restricted_sensitive")},
                           {QStringLiteral("stage"), QStringLiteral("production")}};
        result = run("EIA-UNAPPROVED", answers); // 20 + 5 + 6 + 15 = 46% of 2,500,000
        QCOMPARE(*result.rangeMin, 500'000.0);
        QCOMPARE(*result.rangeMax, 2'500'000.0);
        QCOMPARE(result.weightPercent, 46.0);
        QCOMPARE(result.amount, 1'150'000.0);
    }

    // A fractional bound (1% of 12,345 = 123.45) must not be rounded out of the range.
    void roundingStaysInsideAFractionalRange() {
        Answers answers = factors({});
        answers.inputs.insert(QStringLiteral("total_investment"), 12'345);
        const Result result = run("EIA-UNAPPROVED", answers);
        QVERIFY(result.ok);
        QCOMPARE(*result.rangeMin, 123.45);
        QCOMPARE(result.amount, 124.0);
        QVERIFY(result.amount >= *result.rangeMin);
    }

    // The Code's EIA article has a range for a report and another for a form.
    void theCodesEiaRangeFollowsTheDocument_data() {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("amount");
        QTest::newRow("form") << "form"
                              << "code-1095-form" << 100'000.0 << 500'000.0 << 100'000.0; // 20%
        QTest::newRow("report") << "report"
                                << "code-1095-report" << 200'000.0 << 1'000'000.0 << 250'000.0; // 25%
        QTest::newRow("report_key") << "report_key"
                                    << "code-1095-report" << 200'000.0 << 1'000'000.0 << 300'000.0;
    }

    void theCodesEiaRangeFollowsTheDocument() {
        QFETCH(QString, document);
        QFETCH(QString, basis);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, amount);
        Answers answers = withInputs();
        answers.factors.insert(QStringLiteral("document"), document);
        const Result result = run("EIA-UNAPPROVED", answers, CodeAct, CodeDecision);
        QVERIFY(result.ok);
        QCOMPARE(result.basisId, basis);
        QCOMPARE(*result.rangeMin, min);
        QCOMPARE(*result.rangeMax, max);
        QCOMPARE(result.amount, amount);
        QVERIFY(result.hasWarning(QStringLiteral("awaiting_confirmation")));
    }

    void theEiaOldLawAgainstTheCode() {
        Answers answers = factors({{"document", "report"}});
        // 10,000,000 invested: 25% of 500,000 = 125,000 under the old law, 250,000 under the Code.
        Result result = run("EIA-UNAPPROVED", answers, QDate(2026, 8, 1), CodeDecision);
        QCOMPARE(result.basisId, QStringLiteral("eia-31-1"));
        QCOMPARE(result.amount, 125'000.0);
        // 100,000,000 invested: 1,250,000 under the old law; the Code's 250,000 is lighter.
        answers.inputs.insert(QStringLiteral("total_investment"), 100'000'000);
        result = run("EIA-UNAPPROVED", answers, QDate(2026, 8, 1), CodeDecision);
        QCOMPARE(result.basisId, QStringLiteral("code-1095-report"));
        QCOMPARE(result.amount, 250'000.0);
        QVERIFY(anyStep(
            result,
            QStringLiteral("The new law is lighter (250,000 yuan below 1,250,000 yuan) and applies.")));
    }

    // 行政处罚法 Art. 36: two years from the end of the act; five where harm resulted. The last day is in.
    void theLimitationPeriod_data() {
        QTest::addColumn<bool>("harm");
        QTest::addColumn<QDate>("decision");
        QTest::addColumn<bool>("warned");
        const QDate end(2024, 3, 1);
        QTest::newRow("2 years, last day") << false << end.addYears(2) << false;
        QTest::newRow("2 years, a day late") << false << end.addYears(2).addDays(1) << true;
        QTest::newRow("harm, 2 years and a day") << true << end.addYears(2).addDays(1) << false;
        QTest::newRow("5 years, last day") << true << end.addYears(5) << false;
        QTest::newRow("5 years, a day late") << true << end.addYears(5).addDays(1) << true;
    }

    void theLimitationPeriod() {
        QFETCH(bool, harm);
        QFETCH(QDate, decision);
        QFETCH(bool, warned);
        Answers answers = withInputs();
        answers.harmResulted = harm;
        const Result result = run("WATER-EXCEED", answers, QDate(2024, 3, 1), decision);
        QVERIFY(result.ok);
        QCOMPARE(result.hasWarning(QStringLiteral("limitation")), warned);
        QCOMPARE(Engine::limitationYears(harm), harm ? 5 : 2);
    }

    void thePackNotInForceOnTheDecisionDateIsWarned() {
        const Result result = run("WATER-EXCEED", withInputs(), QDate(2025, 6, 1), QDate(2025, 12, 31));
        QVERIFY(result.ok);
        QVERIFY(result.hasWarning(QStringLiteral("pack_not_in_force")));
        QVERIFY(!run("WATER-EXCEED", withInputs(), QDate(2025, 6, 1), QDate(2026, 1, 1))
                     .hasWarning(QStringLiteral("pack_not_in_force")));
    }

    // Corrected, apologised publicly, pledged compliance: 30–50% off, never below the minimum.
    void theApologyReduction_data() {
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("amount");
        // WATER-NO-PERMIT under the law: 10 + 15 + 10 = 35% = 350,000.
        QTest::newRow("30%") << 30.0 << 245'000.0;
        QTest::newRow("40%") << 40.0 << 210'000.0;
        QTest::newRow("50%") << 50.0 << 175'000.0;
        QTest::newRow("10% counts as 30%") << 10.0 << 245'000.0;
        QTest::newRow("80% counts as 50%") << 80.0 << 175'000.0;
    }

    void theApologyReduction() {
        QFETCH(double, percent);
        QFETCH(double, amount);
        Answers answers = factors({{"permit_class", "key"}, {"pollutant", "class_a"}});
        QCOMPARE(run("WATER-NO-PERMIT", answers).amount, 350'000.0);
        answers.apology = true;
        answers.apologyPercent = percent;
        const Result result = run("WATER-NO-PERMIT", answers);
        QVERIFY(result.ok);
        QCOMPARE(result.amount, amount);
        QCOMPARE(result.outcome, Result::Outcome::Penalty);
        QVERIFY(anyStep(result, QStringLiteral("apologised publicly")));
        QVERIFY(!result.hasWarning(QStringLiteral("apology_excluded")));
    }

    void theApologyIsExcludedByLocationAndOverdueCorrection() {
        Answers answers = factors({{"permit_class", "key"}, {"location", "drinking_water"}});
        answers.apology = true;
        answers.apologyPercent = 50;
        Result result = run("WATER-NO-PERMIT", answers); // 10 + 15 + 11 = 36%
        QCOMPARE(result.amount, 360'000.0);
        QVERIFY(result.hasWarning(QStringLiteral("apology_excluded")));
        QVERIFY(!anyStep(result, QStringLiteral("apologised publicly")));

        answers.factors.insert(QStringLiteral("location"), QStringLiteral("sensitive"));
        QCOMPARE(run("WATER-NO-PERMIT", answers).amount, 180'000.0); // the same 36%, outside the zone: halved
        answers.factors.insert(QStringLiteral("correction"), QStringLiteral("overdue"));
        result = run("WATER-NO-PERMIT", answers); // 41%, corrected after the deadline
        QCOMPARE(result.amount, 410'000.0);
        QVERIFY(result.hasWarning(QStringLiteral("apology_excluded")));

        // WATER-EXCEED excludes both drinking-water zones.
        Answers exceed = factors({{"location", "drinking_water_secondary"}, {"pollutant", "toxic"}});
        exceed.apology = true;
        QCOMPARE(run("WATER-EXCEED", exceed).amount, 370'000.0);
        QVERIFY(run("WATER-EXCEED", exceed).hasWarning(QStringLiteral("apology_excluded")));
    }

    void theApologyNeverGoesBelowTheMinimum() {
        Answers answers = withInputs();
        answers.apology = true;
        answers.apologyPercent = 50;
        const Result result = run("WATER-NO-PERMIT", answers); // 100,000 halved is below 100,000
        QCOMPARE(result.amount, 100'000.0);
        QVERIFY(anyStep(
            result, QStringLiteral("50,000 yuan is outside the statutory range; adjusted to 100,000 yuan.")));
    }

    void theApologyIsNotAvailableWhereThePackHasNone() {
        Answers answers = factors({{"form", "secret_discharge"}});
        answers.apology = true;
        const Result result = run("WATER-EVASION", answers);
        QCOMPARE(result.amount, 300'000.0);
        QVERIFY(result.hasWarning(QStringLiteral("apology_not_available")));
    }

    // 减轻 (Art. 32): grounds and a written reason; half the minimum is recommended.
    void theMitigationPathNeedsAReason() {
        Answers answers = withInputs();
        answers.mitigationGrounds << QStringLiteral("minor_first_offence");
        Result result = run("WATER-NO-PERMIT", answers);
        QVERIFY(!result.ok);
        QVERIFY(result.error.en.contains(QStringLiteral("written reason")));
        QVERIFY(!result.error.zh.isEmpty());
        QCOMPARE(result.toJson().value(QStringLiteral("ok")).toBool(true), false);

        answers.reason = QStringLiteral("   ");
        QVERIFY(!run("WATER-NO-PERMIT", answers).ok);

        answers.reason = QStringLiteral("主动消除危害后果");
        result = run("WATER-NO-PERMIT", answers);
        QVERIFY(result.ok);
        QCOMPARE(result.outcome, Result::Outcome::Mitigated);
        QCOMPARE(result.amount, 50'000.0);
        QVERIFY(result.amount < *result.rangeMin);
        QVERIFY(anyStep(result, QStringLiteral("Art. 32")));
        QVERIFY(anyStep(result, QStringLiteral("主动消除危害后果")));

        // Under the regulation the minimum is 200,000: 100,000.
        answers.factors.insert(QStringLiteral("old_basis"), QStringLiteral("regulation"));
        QCOMPARE(run("WATER-NO-PERMIT", answers).amount, 100'000.0);
        // Without a minimum, half the computed amount: normal 25,000 → 12,500.
        answers.factors = {{QStringLiteral("circumstance"), QStringLiteral("normal")}};
        QCOMPARE(run("EIA-REGISTRATION", answers).amount, 12'500.0);
    }

    // 不予处罚 (Art. 33): grounds and a reason give 0.
    void theNoPenaltyPath() {
        Answers answers = factors({{"pollutant", "toxic"}});
        answers.noPenaltyGrounds << QStringLiteral("first_minor_corrected");
        QVERIFY(!run("WATER-EXCEED", answers).ok);
        answers.reason = QStringLiteral("首违轻微并及时改正");
        const Result result = run("WATER-EXCEED", answers);
        QVERIFY(result.ok);
        QCOMPARE(result.outcome, Result::Outcome::NoPenalty);
        QCOMPARE(result.amount, 0.0);
        QVERIFY(anyStep(result, QStringLiteral("Art. 33")));
        QCOMPARE(result.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("no_penalty"));
    }

    // 未批先建 discovered more than two years after construction ended: no penalty.
    void theNoPenaltyConditionOfThePack() {
        Answers answers = factors({{"document", "report"}, {"discovered_late", "yes"}});
        Result result = run("EIA-UNAPPROVED", answers);
        QVERIFY(result.ok);
        QCOMPARE(result.outcome, Result::Outcome::NoPenalty);
        QCOMPARE(result.amount, 0.0);
        const Text& reason = m_pack.violation(QStringLiteral("EIA-UNAPPROVED"))->noPenaltyWhen[0].reason;
        QVERIFY(anyStep(result, QStringLiteral("No penalty: ") + reason.en));

        answers.factors.insert(QStringLiteral("discovered_late"), QStringLiteral("no"));
        result = run("EIA-UNAPPROVED", answers);
        QCOMPARE(result.outcome, Result::Outcome::Penalty);
        QCOMPARE(result.amount, 125'000.0);
        // It does not count towards the weight.
        QCOMPARE(result.weightPercent, 25.0);
    }

    // A wrong answer must not pass silently as the lowest tier: it is refused by name.
    void anUnknownFactorIsRefusedByName() {
        const Result result = run("WATER-EXCEED", factors({{"colour", "brown"}}));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.en.contains(QStringLiteral("\"colour\"")), qPrintable(result.error.en));
        QVERIFY(result.error.zh.contains(QStringLiteral("colour")));
    }

    void anOptionNotInTheFactorIsRefusedByName() {
        // "drinking_water" is an option of WATER-NO-PERMIT's location, not of WATER-EXCEED's.
        const Result result = run("WATER-EXCEED", factors({{"location", "drinking_water"}}));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.en.contains(QStringLiteral("\"drinking_water\"")), qPrintable(result.error.en));
        QVERIFY(result.error.en.contains(QStringLiteral("\"location\"")));
        QVERIFY(result.error.en.contains(QStringLiteral("drinking_water_primary"))); // the options are listed
    }

    void anUnknownViolationIsRefused() {
        const Result result = run("WATER-BOILING", withInputs());
        QVERIFY(!result.ok);
        QVERIFY(result.error.en.contains(QStringLiteral("WATER-BOILING")));
    }

    void aMissingRequiredInputIsRefused() {
        Result result = run("EIA-UNAPPROVED", Answers{});
        QVERIFY(!result.ok);
        const Text investment = m_pack.violation(QStringLiteral("EIA-UNAPPROVED"))->inputs[0].label;
        QVERIFY2(result.error.en.contains(investment.en), qPrintable(result.error.en));
        result = run("HW-DUMP", Answers{});
        QVERIFY(!result.ok);
        QVERIFY(result.error.en.contains(m_pack.violation(QStringLiteral("HW-DUMP"))->inputs[0].label.en));

        Answers negative;
        negative.inputs.insert(QStringLiteral("disposal_cost"), -1);
        QVERIFY(!run("HW-DUMP", negative).ok);

        QVERIFY(!Engine::compute(m_pack, QStringLiteral("WATER-EXCEED"), withInputs(), {{}, OldAct, {}}).ok);
    }

    // README, worked example 1.
    void workedExampleWaterNoPermit() {
        Answers answers = factors({{"permit_class", "key"},
                                   {"pollutant", "class_a"},
                                   {"location", "sensitive"},
                                   {"duration", "6_to_12m"},
                                   {"correction", "overdue"},
                                   {"repeat", "second"},
                                   {"old_basis", "regulation"}});
        answers.apology = true;
        Result result = run("WATER-NO-PERMIT", answers);
        QCOMPARE(result.weightPercent, 62.0);
        QCOMPARE(result.amount, 620'000.0);
        QCOMPARE(result.basisId, QStringLiteral("permit-reg-33-1"));
        QCOMPARE(*result.rangeMin, 200'000.0);
        QVERIFY(result.hasWarning(QStringLiteral("apology_excluded")));

        answers.factors.insert(QStringLiteral("old_basis"), QStringLiteral("law"));
        result = run("WATER-NO-PERMIT", answers);
        QCOMPARE(result.amount, 620'000.0);
        QCOMPARE(result.basisId, QStringLiteral("water-83-1"));

        // Decided after 2026-08-15: the Code gives the same 620,000; the old law stands.
        answers.factors.insert(QStringLiteral("old_basis"), QStringLiteral("regulation"));
        result = run("WATER-NO-PERMIT", answers, OldAct, QDate(2026, 9, 1));
        QCOMPARE(result.amount, 620'000.0);
        QCOMPARE(result.basisId, QStringLiteral("permit-reg-33-1"));
        QVERIFY(anyStep(result,
                        QStringLiteral("The new law is not lighter (620,000 yuan, not below 620,000 yuan)")));
        QVERIFY(!result.hasWarning(QStringLiteral("awaiting_confirmation")));
    }

    // README, worked example 2.
    void workedExampleHazardousWasteDump() {
        Answers answers = factors({{"quantity", "3_to_10t"}, {"location", "restricted"}});
        answers.inputs.insert(QStringLiteral("disposal_cost"), 80'000);
        Result result = run("HW-DUMP", answers, OldAct, QDate(2026, 9, 15));
        QCOMPARE(*result.rangeMin, 600'000.0);
        QCOMPARE(*result.rangeMax, 1'000'000.0);
        QCOMPARE(result.weightPercent, 70.0);
        QCOMPARE(result.amount, 700'000.0);
        QCOMPARE(result.basisId, QStringLiteral("sw-112-3"));
        QVERIFY(
            anyStep(result, QStringLiteral("Amount = the maximum 2,000,000 yuan × 70% = 1,400,000 yuan.")));
        QVERIFY(anyStep(
            result, QStringLiteral("The new law is not lighter (1,400,000 yuan, not below 700,000 yuan)")));

        answers.apology = true;
        answers.apologyPercent = 50;
        result = run("HW-DUMP", answers, OldAct, QDate(2026, 9, 15));
        QCOMPARE(result.amount, 600'000.0);
        QCOMPARE(result.basisId, QStringLiteral("sw-112-3"));
    }

    // README, worked example 3.
    void workedExampleLedger() {
        for (const auto& [circumstance, amount] :
             {std::pair{"normal", 37'500.0}, std::pair{"aggravated", 54'375.0},
              std::pair{"mitigated", 20'625.0}}) {
            Answers answers = factors({{"circumstance", circumstance}});
            answers.inputs.insert(QStringLiteral("occurrences"), 3);
            for (const char* code : {"PERMIT-LEDGER", "PERMIT-REPORT"}) {
                const Result result = run(code, answers);
                QCOMPARE(*result.rangeMin, 15'000.0);
                QCOMPARE(*result.rangeMax, 60'000.0);
                QCOMPARE(result.amount, amount);
                QVERIFY(anyStep(result, QStringLiteral("Fined per occurrence: 3 occurrence(s).")));
                // No end date: still in force under the Code.
                QCOMPARE(run(code, answers, CodeAct, CodeDecision).amount, amount);
            }
        }
    }

    // README, worked example 4.
    void workedExampleInspectionObstruction() {
        Answers answers = factors({{"conduct", "falsify"}, {"recent_same_type", "yes"}});
        QCOMPARE(run("INSPECTION-OBSTRUCTION", answers).amount, 95'000.0);
        Result result = run("INSPECTION-OBSTRUCTION", answers, OldAct, QDate(2026, 9, 1));
        QCOMPARE(result.amount, 95'000.0);
        QCOMPARE(result.basisId, QStringLiteral("water-81"));
        answers.factors.insert(QStringLiteral("party"), QStringLiteral("individual"));
        result = run("INSPECTION-OBSTRUCTION", answers, OldAct, QDate(2026, 9, 1));
        QCOMPARE(result.amount, 50'000.0);
        QCOMPARE(result.basisId, QStringLiteral("code-1229-individual"));
    }

    void answersRoundTripThroughJson() {
        Answers answers = factors({{"pollutant", "toxic"}});
        answers.apology = true;
        answers.apologyPercent = 40;
        answers.harmResulted = true;
        answers.mitigationGrounds << QStringLiteral("a");
        answers.reason = QStringLiteral("理由");
        QString error;
        const std::optional<Answers> back = Answers::fromJson(answers.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), answers.toJson());
        QVERIFY(!Answers::fromJson({{QStringLiteral("factor"), QJsonObject()}}, &error));
        QVERIFY(error.contains(QStringLiteral("factor")));
    }
};

QTEST_GUILESS_MAIN(TestDiscretionEngine)
#include "TestDiscretionEngine.moc"
