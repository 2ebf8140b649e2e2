#include "Engine.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fieldcase::discretion {

QString formatYuan(double amount) {
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(std::llround(amount)));
}

namespace {

Text yuan(double amount) {
    return {formatYuan(amount) + QStringLiteral(" 元"), formatYuan(amount) + QStringLiteral(" yuan")};
}

Text rangeText(std::optional<double> min, std::optional<double> max) {
    if (min && max)
        return {QStringLiteral("%1 至 %2 元").arg(formatYuan(*min), formatYuan(*max)),
                QStringLiteral("%1 to %2 yuan").arg(formatYuan(*min), formatYuan(*max))};
    if (max)
        return {QStringLiteral("%1 元以下").arg(formatYuan(*max)),
                QStringLiteral("up to %1 yuan").arg(formatYuan(*max))};
    return {QStringLiteral("%1 元以上").arg(formatYuan(*min)),
            QStringLiteral("at least %1 yuan").arg(formatYuan(*min))};
}

QString percent(double value) {
    return QLocale(QLocale::English).toString(value, 'g', 6) + QLatin1Char('%');
}

// The answer to a factor: what the officer chose, or the lowest tier (an unproven factor counts least).
const Option& answerFor(const Factor& factor, const Answers& answers) {
    const Option* chosen = factor.option(answers.factors.value(factor.id));
    return chosen ? *chosen : factor.options.first();
}

bool holds(const Condition& condition, const Violation& violation, const Answers& answers) {
    const Factor* factor = violation.factor(condition.factor);
    return factor && condition.options.contains(answerFor(*factor, answers).id);
}

bool allHold(const QList<Condition>& conditions, const Violation& violation, const Answers& answers) {
    return std::all_of(conditions.begin(), conditions.end(),
                       [&](const Condition& c) { return holds(c, violation, answers); });
}

struct Range {
    std::optional<double> min;
    std::optional<double> max;
    Text explanation; // how the bounds were resolved, when inputs were involved
};

Range resolve(const RangeSpec& spec, const Answers& answers) {
    Range range{spec.min, spec.max, {}};
    switch (spec.kind) {
    case RangeSpec::Kind::Amount:
        if (spec.perOccurrence) {
            const double occurrences = std::max(1.0, answers.inputs.value(QStringLiteral("occurrences"), 1));
            if (range.min)
                *range.min *= occurrences;
            if (range.max)
                *range.max *= occurrences;
            range.explanation = {QStringLiteral("按次计罚，共 %1 次。").arg(occurrences),
                                 QStringLiteral("Fined per occurrence: %1 occurrence(s).").arg(occurrences)};
        }
        break;
    case RangeSpec::Kind::InvestmentShare: {
        const double investment = answers.inputs.value(QStringLiteral("total_investment"));
        range.min = *spec.min * investment;
        range.max = *spec.max * investment;
        range.explanation = {
            QStringLiteral("罚款幅度为建设项目总投资额 %1 元的 %2 至 %3。")
                .arg(formatYuan(investment), percent(*spec.min * 100), percent(*spec.max * 100)),
            QStringLiteral("The range is %2 to %3 of the total investment of %1 yuan.")
                .arg(formatYuan(investment), percent(*spec.min * 100), percent(*spec.max * 100))};
        break;
    }
    case RangeSpec::Kind::CostMultiple: {
        const double cost = answers.inputs.value(QStringLiteral("disposal_cost"));
        const double counted = std::max(cost, spec.floor);
        range.min = *spec.min * counted;
        range.max = *spec.max * counted;
        range.explanation = {
            QStringLiteral("罚款幅度为处置费用的 %1 至 %2 倍；处置费用 %3 元%4。")
                .arg(*spec.min)
                .arg(*spec.max)
                .arg(formatYuan(cost),
                     counted > cost ? QStringLiteral("，不足 %1 元的按 %1 元计算").arg(formatYuan(spec.floor))
                                    : QString()),
            QStringLiteral("The range is %1 to %2 times the disposal cost of %3 yuan%4.")
                .arg(*spec.min)
                .arg(*spec.max)
                .arg(formatYuan(cost),
                     counted > cost ? QStringLiteral(", counted as %1 yuan").arg(formatYuan(spec.floor))
                                    : QString())};
        break;
    }
    }
    return range;
}

// One basis worked through: its range and the amount the factors give under it.
struct Computation {
    const Basis* basis = nullptr;
    Range range;
    double amount = 0;
    double weightPercent = -1;
    QList<Text> steps;
};

Computation computeUnder(const Basis& basis, const Violation& violation, const Answers& answers) {
    Computation c;
    c.basis = &basis;
    c.range = resolve(basis.range, answers);
    const Text citation = basis.citation();
    c.steps.append(
        {QStringLiteral("适用%1，罚款幅度：%2。").arg(citation.zh, rangeText(c.range.min, c.range.max).zh),
         QStringLiteral("Applying %1, range: %2.").arg(citation.en, rangeText(c.range.min, c.range.max).en)});
    if (!c.range.explanation.isEmpty())
        c.steps.append(c.range.explanation);

    switch (violation.mode) {
    case Violation::Mode::Weights: {
        double weight = violation.startWeight;
        c.steps.append({QStringLiteral("起始权重 %1。").arg(percent(weight)),
                        QStringLiteral("Starting weight %1.").arg(percent(weight))});
        for (const Factor& factor : violation.factors) {
            if (!factor.counts)
                continue;
            const Option& option = answerFor(factor, answers);
            const bool answered = answers.factors.contains(factor.id);
            weight += option.weight;
            c.steps.append(
                {QStringLiteral("%1：%2，权重 +%3%4。")
                     .arg(factor.label.zh, option.label.zh, percent(option.weight),
                          answered ? QString() : QStringLiteral("（未查明，按最低档）")),
                 QStringLiteral("%1: %2, weight +%3%4.")
                     .arg(factor.label.en, option.label.en, percent(option.weight),
                          answered ? QString() : QStringLiteral(" (not established: lowest tier)"))});
        }
        if (violation.minWeight && weight < *violation.minWeight) {
            c.steps.append({QStringLiteral("合计 %1，低于最低权重 %2，按 %2 计。")
                                .arg(percent(weight), percent(*violation.minWeight)),
                            QStringLiteral("The sum %1 is below the minimum weight %2; %2 is used.")
                                .arg(percent(weight), percent(*violation.minWeight))});
            weight = *violation.minWeight;
        }
        if (weight > 100) {
            c.steps.append({QStringLiteral("合计 %1，以 100% 为上限。").arg(percent(weight)),
                            QStringLiteral("The sum %1 is capped at 100%.").arg(percent(weight))});
            weight = 100;
        }
        c.weightPercent = weight;
        c.amount = *c.range.max * weight / 100.0;
        c.steps.append({QStringLiteral("裁量金额 = 罚款上限 %1 × %2 = %3。")
                            .arg(yuan(*c.range.max).zh, percent(weight), yuan(c.amount).zh),
                        QStringLiteral("Amount = the maximum %1 × %2 = %3.")
                            .arg(yuan(*c.range.max).en, percent(weight), yuan(c.amount).en)});
        break;
    }
    case Violation::Mode::Tiers: {
        for (const Tier& tier : violation.tiers) {
            bool matches = true;
            for (auto it = tier.when.begin(); it != tier.when.end() && matches; ++it) {
                const Factor* factor = violation.factor(it.key());
                matches = factor && answerFor(*factor, answers).id == it.value();
            }
            if (!matches)
                continue;
            QStringList zh;
            QStringList en;
            for (auto it = tier.when.begin(); it != tier.when.end(); ++it) {
                const Factor* factor = violation.factor(it.key());
                zh << factor->label.zh + QStringLiteral("：") + factor->option(it.value())->label.zh;
                en << factor->label.en + QStringLiteral(": ") + factor->option(it.value())->label.en;
            }
            c.amount = (tier.min + tier.max) / 2;
            c.steps.append(
                {QStringLiteral("情形（%1）对应档次 %2，取中间值 %3。")
                     .arg(zh.join(QStringLiteral("；")), rangeText(tier.min, tier.max).zh, yuan(c.amount).zh),
                 QStringLiteral("The circumstances (%1) fall in the bracket %2; its midpoint is %3.")
                     .arg(en.join(QStringLiteral("; ")), rangeText(tier.min, tier.max).en,
                          yuan(c.amount).en)});
            break;
        }
        break;
    }
    case Violation::Mode::Fallback: {
        // Unlike a weighted factor, unestablished circumstances are ordinary ones, not the mildest.
        const Factor* factor = violation.factor(QStringLiteral("circumstance"));
        const QString circumstance = answers.factors.value(factor->id, QStringLiteral("normal"));
        const std::optional<double> min = c.range.min;
        const std::optional<double> max = c.range.max;
        if (min && max) {
            const double middle = (*min + *max) / 2;
            c.amount = circumstance == QLatin1String("aggravated")  ? middle + (*max - middle) * 0.75
                       : circumstance == QLatin1String("mitigated") ? *min + (middle - *min) * 0.25
                                                                    : middle;
        } else if (max) {
            c.amount = circumstance == QLatin1String("aggravated")  ? *max
                       : circumstance == QLatin1String("mitigated") ? *max * 0.2
                                                                    : *max * 0.5;
        } else {
            c.amount = circumstance == QLatin1String("aggravated")  ? *min * 5
                       : circumstance == QLatin1String("mitigated") ? *min
                                                                    : *min * 2;
        }
        const Option& option = *factor->option(circumstance);
        c.steps.append({QStringLiteral("本项无裁量因素表，按通用规则：情节%1，建议 %2。")
                            .arg(option.label.zh, yuan(c.amount).zh),
                        QStringLiteral("No factor table: by the general rule, circumstances %1 give %2.")
                            .arg(option.label.en, yuan(c.amount).en)});
        break;
    }
    }

    if (answers.apology && violation.apologyReduction) {
        const ApologyReduction& reduction = *violation.apologyReduction;
        if (std::none_of(reduction.excludedWhen.begin(), reduction.excludedWhen.end(),
                         [&](const Condition& cond) { return holds(cond, violation, answers); })) {
            const double p = std::clamp(answers.apologyPercent, reduction.minPercent, reduction.maxPercent);
            c.amount *= (100 - p) / 100;
            c.steps.append(
                {QStringLiteral("当事人已改正、公开道歉并承诺守法，减少 %1，为 %2。")
                     .arg(percent(p), yuan(c.amount).zh),
                 QStringLiteral(
                     "The party corrected, apologised publicly and pledged compliance: %1 off, %2.")
                     .arg(percent(p), yuan(c.amount).en)});
        }
    }

    const double unclamped = c.amount;
    if (c.range.min && c.amount < *c.range.min)
        c.amount = *c.range.min;
    if (c.range.max && c.amount > *c.range.max)
        c.amount = *c.range.max;
    if (c.amount != unclamped)
        c.steps.append(
            {QStringLiteral("%1 超出法定幅度，调整为 %2。").arg(yuan(unclamped).zh, yuan(c.amount).zh),
             QStringLiteral("%1 is outside the statutory range; adjusted to %2.")
                 .arg(yuan(unclamped).en, yuan(c.amount).en)});
    // Whole yuan, without rounding out of a range whose bound has fen (1% of an investment).
    c.amount = std::round(c.amount);
    if (c.range.min && c.amount < *c.range.min)
        c.amount = std::ceil(*c.range.min);
    if (c.range.max && c.amount > *c.range.max)
        c.amount = std::floor(*c.range.max);
    return c;
}

Text joinNames(const QList<Text>& names) {
    QStringList zh;
    QStringList en;
    for (const Text& name : names) {
        zh << name.zh;
        en << name.en;
    }
    return {zh.join(QStringLiteral("、")), en.join(QStringLiteral(", "))};
}

} // namespace

bool Result::hasWarning(const QString& code) const {
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning& w) { return w.code == code; });
}

Result Engine::compute(const Pack& pack, const QString& violationCode, const Answers& answers,
                       const CaseDates& dates) {
    Result result;
    result.packId = pack.id;
    result.packVersion = pack.version;
    result.packSha256 = QString::fromLatin1(pack.sha256Hex);
    result.violationCode = violationCode;
    const auto fail = [&](const QString& zh, const QString& en) {
        result.ok = false;
        result.error = {zh, en};
        return result;
    };

    const Violation* violation = pack.violation(violationCode);
    if (!violation)
        return fail(QStringLiteral("裁量基准中没有违法行为“%1”。").arg(violationCode),
                    QStringLiteral("The standard has no violation \"%1\".").arg(violationCode));
    // Answers are checked by name before anything is computed: a wrong answer must not pass silently
    // as the lowest tier.
    for (auto it = answers.factors.begin(); it != answers.factors.end(); ++it) {
        const Factor* factor = violation->factor(it.key());
        if (!factor)
            return fail(QStringLiteral("“%1”不是本违法行为的裁量因素。").arg(it.key()),
                        QStringLiteral("\"%1\" is not a factor of this violation.").arg(it.key()));
        if (!factor->option(it.value())) {
            QStringList options;
            for (const Option& option : factor->options)
                options << option.id;
            return fail(QStringLiteral("“%1”不是因素“%2”的选项（可选：%3）。")
                            .arg(it.value(), factor->label.zh, options.join(QStringLiteral("、"))),
                        QStringLiteral("\"%1\" is not an option of the factor \"%2\" (options: %3).")
                            .arg(it.value(), factor->id, options.join(QStringLiteral(", "))));
        }
    }
    for (const Input& input : violation->inputs) {
        const bool needed =
            std::any_of(violation->bases.begin(), violation->bases.end(), [&](const Basis& b) {
                return (b.range.kind == RangeSpec::Kind::InvestmentShare &&
                        input.id == QLatin1String("total_investment")) ||
                       (b.range.kind == RangeSpec::Kind::CostMultiple &&
                        input.id == QLatin1String("disposal_cost"));
            });
        const double value = answers.inputs.value(input.id, -1);
        if (needed && value <= 0 && !answers.inputs.contains(input.id))
            return fail(QStringLiteral("请填写“%1”。").arg(input.label.zh),
                        QStringLiteral("Enter \"%1\".").arg(input.label.en));
        if (answers.inputs.contains(input.id) && (!std::isfinite(value) || value < 0))
            return fail(QStringLiteral("“%1”必须是不小于零的数。").arg(input.label.zh),
                        QStringLiteral("\"%1\" must be a number of at least zero.").arg(input.label.en));
    }
    if ((!answers.mitigationGrounds.isEmpty() || !answers.noPenaltyGrounds.isEmpty()) &&
        answers.reason.trimmed().isEmpty())
        return fail(QStringLiteral("减轻或不予处罚须写明理由。"),
                    QStringLiteral("Mitigation below the minimum or no penalty needs a written reason."));
    if (!dates.decision.isValid())
        return fail(QStringLiteral("缺少决定日期。"), QStringLiteral("The decision date is missing."));

    // 从旧兼从轻: the law in force when the act ended; a later law in force at the decision is applied
    // instead only when it is lighter.
    const QDate actDate =
        dates.actEnd.isValid() ? dates.actEnd : (dates.actStart.isValid() ? dates.actStart : dates.decision);
    const auto firstBasis = [&](const QDate& date, const Basis* after) -> const Basis* {
        for (const Basis& basis : violation->bases) {
            if (basis.inForceOn(date) && allHold(basis.appliesWhen, *violation, answers) &&
                (!after || basis.effectiveFrom > after->effectiveTo.addDays(-1)))
                return &basis;
        }
        return nullptr;
    };
    // Without a basis in force when the act ended, a later one is never applied on its own: it may only
    // replace the old law by being compared with it and found lighter.
    const Basis* atAct = firstBasis(actDate, nullptr);
    if (!atAct)
        return fail(QStringLiteral("本裁量基准中没有在违法行为终了日 %1 有效的法律依据。")
                        .arg(actDate.toString(Qt::ISODate)),
                    QStringLiteral("The standard has no legal basis in force on %1, when the act ended.")
                        .arg(actDate.toString(Qt::ISODate)));
    const Basis* atDecision = !atAct->inForceOn(dates.decision) ? firstBasis(dates.decision, atAct) : nullptr;

    result.steps.append({QStringLiteral("违法行为：%1（%2）。").arg(violation->title.zh, violation->code),
                         QStringLiteral("Violation: %1 (%2).").arg(violation->title.en, violation->code)});
    Computation chosen = computeUnder(*atAct, *violation, answers);
    if (atDecision && atDecision != atAct) {
        Computation later = computeUnder(*atDecision, *violation, answers);
        const bool laterIsLighter = later.amount < chosen.amount;
        result.steps.append(
            {QStringLiteral("违法行为终了于 %1，适用当时的%2；作出决定时%3已施行，按从旧兼从轻原则比较两者：")
                 .arg(actDate.toString(Qt::ISODate), atAct->law.zh, atDecision->law.zh),
             QStringLiteral(
                 "The act ended on %1, under %2; %3 is in force at the decision, so both are compared (the "
                 "old law applies unless the new one is lighter):")
                 .arg(actDate.toString(Qt::ISODate), atAct->law.en, atDecision->law.en)});
        result.steps.append(chosen.steps);
        result.steps.append(later.steps);
        result.steps.append(
            laterIsLighter
                ? Text{QStringLiteral("新法较轻（%1 低于 %2），适用新法。")
                           .arg(yuan(later.amount).zh, yuan(chosen.amount).zh),
                       QStringLiteral("The new law is lighter (%1 below %2) and applies.")
                           .arg(yuan(later.amount).en, yuan(chosen.amount).en)}
                : Text{QStringLiteral("新法不轻于旧法（%1 不低于 %2），适用旧法。")
                           .arg(yuan(later.amount).zh, yuan(chosen.amount).zh),
                       QStringLiteral("The new law is not lighter (%1, not below %2); the old law applies.")
                           .arg(yuan(later.amount).en, yuan(chosen.amount).en)});
        if (laterIsLighter)
            chosen = later;
    } else {
        result.steps.append(chosen.steps);
    }

    result.basisId = chosen.basis->id;
    result.basisCitation = chosen.basis->citation();
    result.rangeMin = chosen.range.min;
    result.rangeMax = chosen.range.max;
    result.weightPercent = chosen.weightPercent;
    result.amount = chosen.amount;

    for (const NoPenaltyRule& rule : violation->noPenaltyWhen) {
        if (holds(rule.when, *violation, answers)) {
            result.outcome = Result::Outcome::NoPenalty;
            result.amount = 0;
            result.steps.append({QStringLiteral("不予处罚：%1").arg(rule.reason.zh),
                                 QStringLiteral("No penalty: %1").arg(rule.reason.en)});
        }
    }
    if (result.outcome == Result::Outcome::Penalty && !answers.noPenaltyGrounds.isEmpty()) {
        result.outcome = Result::Outcome::NoPenalty;
        result.amount = 0;
        result.steps.append(
            {QStringLiteral("依《中华人民共和国行政处罚法》第三十三条不予处罚，理由：%1").arg(answers.reason),
             QStringLiteral("No penalty under Administrative Penalty Law Art. 33. Reason: %1")
                 .arg(answers.reason)});
    } else if (result.outcome == Result::Outcome::Penalty && !answers.mitigationGrounds.isEmpty()) {
        result.outcome = Result::Outcome::Mitigated;
        // Below the minimum: half of it, or of the computed amount where the basis sets no minimum.
        result.amount = std::round((result.rangeMin ? *result.rangeMin : result.amount) / 2);
        result.steps.append(
            {QStringLiteral("依《中华人民共和国行政处罚法》第三十二条减轻处罚，建议 %1，理由：%2")
                 .arg(yuan(result.amount).zh, answers.reason),
             QStringLiteral(
                 "Mitigated below the minimum under Administrative Penalty Law Art. 32: %1. Reason: %2")
                 .arg(yuan(result.amount).en, answers.reason)});
    }

    if (answers.apology && !violation->apologyReduction)
        result.warnings.append({QStringLiteral("apology_not_available"),
                                {QStringLiteral("本违法行为不适用公开道歉减罚。"),
                                 QStringLiteral("The apology reduction does not apply to this violation.")}});
    if (answers.apology && violation->apologyReduction) {
        QList<Text> excluded;
        for (const Condition& condition : violation->apologyReduction->excludedWhen) {
            if (holds(condition, *violation, answers))
                excluded.append(violation->factor(condition.factor)->label);
        }
        if (!excluded.isEmpty())
            result.warnings.append({QStringLiteral("apology_excluded"),
                                    {QStringLiteral("因%1，不适用公开道歉减罚。").arg(joinNames(excluded).zh),
                                     QStringLiteral("The apology reduction is excluded because of: %1.")
                                         .arg(joinNames(excluded).en)}});
    }
    if (chosen.basis->awaitingConfirmation)
        result.warnings.append({QStringLiteral("awaiting_confirmation"),
                                {QStringLiteral("所适用的%1罚款幅度尚待本局确认。").arg(chosen.basis->law.zh),
                                 QStringLiteral("The range under %1 awaits confirmation by the bureau.")
                                     .arg(chosen.basis->law.en)}});
    if (!pack.inForceOn(dates.decision))
        result.warnings.append({QStringLiteral("pack_not_in_force"),
                                {QStringLiteral("本裁量基准在决定日期 %1 不在有效期内。")
                                     .arg(dates.decision.toString(Qt::ISODate)),
                                 QStringLiteral("This standard is not in force on the decision date %1.")
                                     .arg(dates.decision.toString(Qt::ISODate))}});
    const int years = limitationYears(answers.harmResulted);
    if (dates.actEnd.isValid() && dates.actEnd.addYears(years) < dates.decision)
        result.warnings.append({QStringLiteral("limitation"),
                                {QStringLiteral("违法行为终了于 %1，至决定日已超过 %2 "
                                                "年追责期限（行政处罚法第三十六条），不再给予行政处罚。")
                                     .arg(dates.actEnd.toString(Qt::ISODate))
                                     .arg(years),
                                 QStringLiteral("The act ended on %1: the %2-year limitation period "
                                                "(Administrative Penalty Law Art. 36) has "
                                                "run by the decision date, so no penalty may be imposed.")
                                     .arg(dates.actEnd.toString(Qt::ISODate))
                                     .arg(years)}});
    result.steps.append({QStringLiteral("建议罚款金额：%1。").arg(yuan(result.amount).zh),
                         QStringLiteral("Recommended fine: %1.").arg(yuan(result.amount).en)});
    result.ok = true;
    return result;
}

namespace {

QJsonValue optionalNumber(std::optional<double> value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray stringArray(const QStringList& list) {
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

} // namespace

QJsonObject Answers::toJson() const {
    QJsonObject factorObject;
    for (auto it = factors.begin(); it != factors.end(); ++it)
        factorObject.insert(it.key(), it.value());
    QJsonObject inputObject;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        inputObject.insert(it.key(), it.value());
    return {{QStringLiteral("factors"), factorObject},
            {QStringLiteral("inputs"), inputObject},
            {QStringLiteral("harm_resulted"), harmResulted},
            {QStringLiteral("apology"), apology},
            {QStringLiteral("apology_percent"), apologyPercent},
            {QStringLiteral("mitigation_grounds"), stringArray(mitigationGrounds)},
            {QStringLiteral("no_penalty_grounds"), stringArray(noPenaltyGrounds)},
            {QStringLiteral("reason"), reason}};
}

std::optional<Answers> Answers::fromJson(const QJsonObject& object, QString* error) {
    static const QStringList known = {QStringLiteral("factors"),
                                      QStringLiteral("inputs"),
                                      QStringLiteral("harm_resulted"),
                                      QStringLiteral("apology"),
                                      QStringLiteral("apology_percent"),
                                      QStringLiteral("mitigation_grounds"),
                                      QStringLiteral("no_penalty_grounds"),
                                      QStringLiteral("reason")};
    const auto bad = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(QStringLiteral("unknown key \"%1\" in the answers").arg(it.key()));
    }
    Answers answers;
    const QJsonObject factors = object.value(QStringLiteral("factors")).toObject();
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        if (!it.value().isString())
            return bad(QStringLiteral("the answer to \"%1\" must be an option id").arg(it.key()));
        answers.factors.insert(it.key(), it.value().toString());
    }
    const QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        if (!it.value().isDouble())
            return bad(QStringLiteral("the input \"%1\" must be a number").arg(it.key()));
        answers.inputs.insert(it.key(), it.value().toDouble());
    }
    answers.harmResulted = object.value(QStringLiteral("harm_resulted")).toBool();
    answers.apology = object.value(QStringLiteral("apology")).toBool();
    answers.apologyPercent = object.value(QStringLiteral("apology_percent")).toDouble(30);
    for (const QJsonValue& v : object.value(QStringLiteral("mitigation_grounds")).toArray())
        answers.mitigationGrounds << v.toString();
    for (const QJsonValue& v : object.value(QStringLiteral("no_penalty_grounds")).toArray())
        answers.noPenaltyGrounds << v.toString();
    answers.reason = object.value(QStringLiteral("reason")).toString();
    return answers;
}

QJsonObject Result::toJson() const {
    if (!ok)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error.toJson()}};
    static const char* const outcomes[] = {"penalty", "mitigated", "no_penalty"};
    QJsonArray stepArray;
    for (const Text& step : steps)
        stepArray.append(step.toJson());
    QJsonArray warningArray;
    for (const Warning& w : warnings)
        warningArray.append(
            QJsonObject{{QStringLiteral("code"), w.code}, {QStringLiteral("text"), w.text.toJson()}});
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("pack"), QJsonObject{{QStringLiteral("id"), packId},
                                                 {QStringLiteral("version"), packVersion},
                                                 {QStringLiteral("sha256"), packSha256}}},
            {QStringLiteral("violation"), violationCode},
            {QStringLiteral("outcome"), QLatin1String(outcomes[int(outcome)])},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("range"), QJsonObject{{QStringLiteral("min"), optionalNumber(rangeMin)},
                                                  {QStringLiteral("max"), optionalNumber(rangeMax)}}},
            {QStringLiteral("basis"), QJsonObject{{QStringLiteral("id"), basisId},
                                                  {QStringLiteral("citation"), basisCitation.toJson()}}},
            {QStringLiteral("weight_percent"), weightPercent >= 0 ? QJsonValue(weightPercent) : QJsonValue()},
            {QStringLiteral("steps"), stepArray},
            {QStringLiteral("warnings"), warningArray}};
}

Result Result::fromJson(const QJsonObject& object) {
    Result result;
    result.ok = object.value(QLatin1String("ok")).toBool();
    result.error = Text::fromJson(object.value(QLatin1String("error")).toObject());
    const QString outcome = object.value(QLatin1String("outcome")).toString();
    result.outcome = outcome == QLatin1String("mitigated")    ? Result::Outcome::Mitigated
                     : outcome == QLatin1String("no_penalty") ? Result::Outcome::NoPenalty
                                                              : Result::Outcome::Penalty;
    result.amount = object.value(QLatin1String("amount")).toDouble();
    const QJsonObject range = object.value(QLatin1String("range")).toObject();
    if (range.value(QLatin1String("min")).isDouble())
        result.rangeMin = range.value(QLatin1String("min")).toDouble();
    if (range.value(QLatin1String("max")).isDouble())
        result.rangeMax = range.value(QLatin1String("max")).toDouble();
    const QJsonObject basis = object.value(QLatin1String("basis")).toObject();
    result.basisId = basis.value(QLatin1String("id")).toString();
    result.basisCitation = Text::fromJson(basis.value(QLatin1String("citation")).toObject());
    result.weightPercent = object.value(QLatin1String("weight_percent")).toDouble(-1);
    for (const QJsonValue& step : object.value(QLatin1String("steps")).toArray())
        result.steps.append(Text::fromJson(step.toObject()));
    for (const QJsonValue& value : object.value(QLatin1String("warnings")).toArray()) {
        const QJsonObject warning = value.toObject();
        result.warnings.append({warning.value(QLatin1String("code")).toString(),
                                Text::fromJson(warning.value(QLatin1String("text")).toObject())});
    }
    const QJsonObject pack = object.value(QLatin1String("pack")).toObject();
    result.packId = pack.value(QLatin1String("id")).toString();
    result.packVersion = pack.value(QLatin1String("version")).toString();
    result.packSha256 = pack.value(QLatin1String("sha256")).toString();
    result.violationCode = object.value(QLatin1String("violation")).toString();
    return result;
}

} // namespace fieldcase::discretion
