#include "Pack.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fieldcase::discretion {

const Option* Factor::option(const QString& optionId) const {
    for (const Option& o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const Factor* Violation::factor(const QString& factorId) const {
    for (const Factor& f : factors) {
        if (f.id == factorId)
            return &f;
    }
    return nullptr;
}

bool Violation::matches(const QString& text) const {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    if (code.contains(needle, Qt::CaseInsensitive) || title.zh.contains(needle) ||
        title.en.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const QString& keyword : keywords) {
        if (keyword.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const Basis& basis : bases) {
        const Text citation = basis.citation();
        if (citation.zh.contains(needle) || citation.en.contains(needle, Qt::CaseInsensitive) ||
            basis.violated.zh.contains(needle))
            return true;
    }
    return false;
}

const Violation* Pack::violation(const QString& code) const {
    for (const Violation& v : violations) {
        if (v.code == code)
            return &v;
    }
    return nullptr;
}

namespace {

Condition readCondition(JsonReader& r, const QJsonValue& value, const QString& path,
                        const Violation& violation) {
    const QJsonObject object = r.object(value, path);
    Condition condition;
    condition.factor = r.string(object, path, "factor");
    const QJsonArray options = r.array(object, path, "options");
    for (const QJsonValue& option : options)
        condition.options << option.toString();
    const Factor* factor = violation.factor(condition.factor);
    if (!r.failed() && !factor)
        r.fail(JsonReader::join(path, "factor"),
               QCoreApplication::translate("DiscretionPack", "names no factor of this violation: \"%1\"")
                   .arg(condition.factor));
    for (qsizetype i = 0; factor && i < condition.options.size(); ++i) {
        if (!factor->option(condition.options[i]))
            r.fail(JsonReader::at(path, "options", i),
                   QCoreApplication::translate("DiscretionPack", "\"%1\" is not an option of factor \"%2\"")
                       .arg(condition.options[i], factor->id));
    }
    if (!r.failed() && condition.options.isEmpty())
        r.fail(JsonReader::join(path, "options"),
               QCoreApplication::translate("DiscretionPack", "must name at least one option"));
    return condition;
}

RangeSpec readRange(JsonReader& r, const QJsonObject& object, const QString& path) {
    RangeSpec range;
    const QString kind = r.string(object, path, "kind");
    if (kind == QLatin1String("amount"))
        range.kind = RangeSpec::Kind::Amount;
    else if (kind == QLatin1String("investment_share"))
        range.kind = RangeSpec::Kind::InvestmentShare;
    else if (kind == QLatin1String("cost_multiple"))
        range.kind = RangeSpec::Kind::CostMultiple;
    else if (!r.failed())
        r.fail(JsonReader::join(path, "kind"),
               QCoreApplication::translate(
                   "DiscretionPack", "unknown range kind \"%1\" (amount, investment_share, cost_multiple)")
                   .arg(kind));
    range.min = r.number(object, path, "min", false);
    range.max = r.number(object, path, "max", false);
    range.floor = r.number(object, path, "floor", false).value_or(0);
    range.perOccurrence = object.value(QStringLiteral("per_occurrence")).toBool(false);
    if (!range.min && !range.max)
        r.fail(path, QCoreApplication::translate("DiscretionPack", "needs a minimum, a maximum or both"));
    if ((range.min && *range.min < 0) || (range.max && *range.max < 0))
        r.fail(path, QCoreApplication::translate("DiscretionPack", "bounds must not be negative"));
    if (range.min && range.max && *range.min > *range.max)
        r.fail(path, QCoreApplication::translate("DiscretionPack",
                                                 "is upside down: the minimum %1 is above the maximum %2")
                         .arg(*range.min)
                         .arg(*range.max));
    if (range.kind != RangeSpec::Kind::Amount && (!range.min || !range.max))
        r.fail(path, QCoreApplication::translate("DiscretionPack",
                                                 "a share or a multiple needs both a minimum and a maximum"));
    return range;
}

Factor readFactor(JsonReader& r, const QJsonObject& object, const QString& path, Violation::Mode mode) {
    Factor factor;
    factor.id = r.string(object, path, "id");
    factor.label = r.text(object, path, "label");
    factor.counts = object.value(QStringLiteral("counts")).toBool(true);
    const QJsonArray options = r.array(object, path, "options");
    if (!r.failed() && options.isEmpty())
        r.fail(JsonReader::join(path, "options"),
               QCoreApplication::translate("DiscretionPack", "a factor needs at least one option"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString at = JsonReader::at(path, "options", i);
        const QJsonObject o = r.object(options[i], at);
        Option option;
        option.id = r.string(o, at, "id");
        option.label = r.text(o, at, "label");
        const bool needsWeight = mode == Violation::Mode::Weights && factor.counts;
        option.weight = r.number(o, at, "weight", needsWeight).value_or(0);
        if (!r.failed() && ids.contains(option.id))
            r.fail(JsonReader::join(at, "id"),
                   QCoreApplication::translate("DiscretionPack", "the option \"%1\" is listed twice")
                       .arg(option.id));
        ids.insert(option.id);
        factor.options.append(option);
    }
    return factor;
}

Basis readBasis(JsonReader& r, const QJsonObject& object, const QString& path, const Violation& violation) {
    Basis basis;
    basis.id = r.string(object, path, "id");
    basis.law = r.text(object, path, "law");
    basis.violated = r.text(object, path, "violated", false);
    basis.penalty = r.text(object, path, "penalty");
    basis.effectiveFrom = r.date(object, path, "effective_from", true);
    basis.effectiveTo = r.date(object, path, "effective_to", false);
    if (!r.failed() && basis.effectiveTo.isValid() && basis.effectiveTo < basis.effectiveFrom)
        r.fail(JsonReader::join(path, "effective_to"),
               QCoreApplication::translate("DiscretionPack", "ends before the basis takes effect"));
    basis.range = readRange(r, r.object(r.member(object, path, "range"), JsonReader::join(path, "range")),
                            JsonReader::join(path, "range"));
    const QJsonArray conditions = r.array(object, path, "applies_when", false);
    for (qsizetype i = 0; i < conditions.size(); ++i)
        basis.appliesWhen.append(
            readCondition(r, conditions[i], JsonReader::at(path, "applies_when", i), violation));
    basis.awaitingConfirmation = object.value(QStringLiteral("awaiting_confirmation")).toBool(false);
    return basis;
}

Violation readViolation(JsonReader& r, const QJsonObject& object, const QString& path) {
    Violation v;
    v.code = r.string(object, path, "code");
    v.title = r.text(object, path, "title");
    for (const QJsonValue& keyword : r.array(object, path, "keywords", false))
        v.keywords << keyword.toString();
    const QString mode = r.string(object, path, "mode");
    if (mode == QLatin1String("weights"))
        v.mode = Violation::Mode::Weights;
    else if (mode == QLatin1String("tiers"))
        v.mode = Violation::Mode::Tiers;
    else if (mode == QLatin1String("fallback"))
        v.mode = Violation::Mode::Fallback;
    else if (!r.failed())
        r.fail(JsonReader::join(path, "mode"),
               QCoreApplication::translate("DiscretionPack", "unknown mode \"%1\" (weights, tiers, fallback)")
                   .arg(mode));

    const QJsonArray inputs = r.array(object, path, "inputs", false);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString at = JsonReader::at(path, "inputs", i);
        const QJsonObject o = r.object(inputs[i], at);
        v.inputs.append({r.string(o, at, "id"), r.text(o, at, "label"), r.string(o, at, "unit", false)});
    }

    const QJsonArray factors = r.array(object, path, "factors");
    QSet<QString> factorIds;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const QString at = JsonReader::at(path, "factors", i);
        Factor factor = readFactor(r, r.object(factors[i], at), at, v.mode);
        if (!r.failed() && factorIds.contains(factor.id))
            r.fail(JsonReader::join(at, "id"),
                   QCoreApplication::translate("DiscretionPack", "the factor \"%1\" is listed twice")
                       .arg(factor.id));
        factorIds.insert(factor.id);
        v.factors.append(factor);
    }

    if (v.mode == Violation::Mode::Weights) {
        v.startWeight = r.number(object, path, "start_weight", true).value_or(0);
        v.minWeight = r.number(object, path, "min_weight", false);
        if (!r.failed() && (v.startWeight < 0 || v.startWeight > 100))
            r.fail(JsonReader::join(path, "start_weight"),
                   QCoreApplication::translate("DiscretionPack", "must be a percentage from 0 to 100"));
    }
    if (v.mode == Violation::Mode::Fallback && !r.failed()) {
        const Factor* circumstance = v.factor(QStringLiteral("circumstance"));
        if (!circumstance)
            r.fail(JsonReader::join(path, "factors"),
                   QCoreApplication::translate("DiscretionPack",
                                               "fallback mode needs the factor \"circumstance\""));
        for (const char* option : {"mitigated", "normal", "aggravated"}) {
            if (circumstance && !circumstance->option(QLatin1String(option)))
                r.fail(JsonReader::join(path, "factors"),
                       QCoreApplication::translate("DiscretionPack",
                                                   "the factor \"circumstance\" needs the option \"%1\"")
                           .arg(QLatin1String(option)));
        }
    }
    if (v.mode == Violation::Mode::Tiers) {
        const QJsonArray tiers = r.array(object, path, "tiers");
        if (!r.failed() && tiers.isEmpty())
            r.fail(JsonReader::join(path, "tiers"),
                   QCoreApplication::translate("DiscretionPack", "tiers mode needs at least one tier"));
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            const QString at = JsonReader::at(path, "tiers", i);
            const QJsonObject o = r.object(tiers[i], at);
            Tier tier;
            const QJsonObject when = r.object(r.member(o, at, "when"), JsonReader::join(at, "when"));
            for (auto it = when.begin(); it != when.end(); ++it) {
                const Factor* factor = v.factor(it.key());
                if (!factor)
                    r.fail(JsonReader::join(at, "when"),
                           QCoreApplication::translate("DiscretionPack",
                                                       "names no factor of this violation: \"%1\"")
                               .arg(it.key()));
                else if (!factor->option(it.value().toString()))
                    r.fail(JsonReader::join(at, "when") + QLatin1Char('.') + it.key(),
                           QCoreApplication::translate("DiscretionPack",
                                                       "\"%1\" is not an option of factor \"%2\"")
                               .arg(it.value().toString(), it.key()));
                tier.when.insert(it.key(), it.value().toString());
            }
            tier.min = r.number(o, at, "min", true).value_or(0);
            tier.max = r.number(o, at, "max", true).value_or(0);
            if (!r.failed() && tier.min > tier.max)
                r.fail(at, QCoreApplication::translate(
                               "DiscretionPack", "is upside down: the minimum %1 is above the maximum %2")
                               .arg(tier.min)
                               .arg(tier.max));
            v.tiers.append(tier);
        }
    }

    const QJsonArray bases = r.array(object, path, "bases");
    if (!r.failed() && bases.isEmpty())
        r.fail(JsonReader::join(path, "bases"),
               QCoreApplication::translate("DiscretionPack", "a violation needs at least one legal basis"));
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QString at = JsonReader::at(path, "bases", i);
        Basis basis = readBasis(r, r.object(bases[i], at), at, v);
        // Weights multiply the statutory maximum: a range without one cannot be used.
        if (!r.failed() && v.mode == Violation::Mode::Weights && !basis.range.max)
            r.fail(JsonReader::join(at, "range"),
                   QCoreApplication::translate("DiscretionPack", "weights mode needs a statutory maximum"));
        const auto needsInput = [&](const char* input) {
            bool found = false;
            for (const Input& declared : v.inputs)
                found = found || declared.id == QLatin1String(input);
            if (!found && !r.failed())
                r.fail(JsonReader::join(path, "inputs"),
                       QCoreApplication::translate("DiscretionPack", "the range of %1 needs the input \"%2\"")
                           .arg(basis.id, QLatin1String(input)));
        };
        if (basis.range.kind == RangeSpec::Kind::InvestmentShare)
            needsInput("total_investment");
        if (basis.range.kind == RangeSpec::Kind::CostMultiple)
            needsInput("disposal_cost");
        if (basis.range.perOccurrence)
            needsInput("occurrences");
        v.bases.append(basis);
    }

    const QJsonValue apology = object.value(QStringLiteral("apology_reduction"));
    if (!apology.isUndefined() && !apology.isNull()) {
        const QString at = JsonReader::join(path, "apology_reduction");
        const QJsonObject o = r.object(apology, at);
        ApologyReduction reduction;
        reduction.minPercent = r.number(o, at, "min_percent", true).value_or(30);
        reduction.maxPercent = r.number(o, at, "max_percent", true).value_or(50);
        if (!r.failed() && (reduction.minPercent < 0 || reduction.maxPercent > 100 ||
                            reduction.minPercent > reduction.maxPercent))
            r.fail(at, QCoreApplication::translate(
                           "DiscretionPack",
                           "the percentages must run from a minimum to a maximum within 0 to 100"));
        const QJsonArray excluded = r.array(o, at, "excluded_when", false);
        for (qsizetype i = 0; i < excluded.size(); ++i)
            reduction.excludedWhen.append(
                readCondition(r, excluded[i], JsonReader::at(at, "excluded_when", i), v));
        v.apologyReduction = reduction;
    }

    const QJsonArray noPenalty = r.array(object, path, "no_penalty_when", false);
    for (qsizetype i = 0; i < noPenalty.size(); ++i) {
        const QString at = JsonReader::at(path, "no_penalty_when", i);
        const QJsonObject o = r.object(noPenalty[i], at);
        v.noPenaltyWhen.append({readCondition(r, r.member(o, at, "when"), JsonReader::join(at, "when"), v),
                                r.text(o, at, "reason")});
    }
    v.notes = r.text(object, path, "notes", false);
    return v;
}

} // namespace

PackParser::Result PackParser::parse(const QByteArray& bytes) {
    Result result;
    JsonReader r;
    const QJsonObject root = r.parseObject(bytes);
    const QString format = r.string(root, QString(), "format");
    if (!r.failed() && format != QLatin1String(Format))
        r.fail(QStringLiteral("format"),
               QCoreApplication::translate("DiscretionPack", "unknown format \"%1\" (expected %2)")
                   .arg(format, QLatin1String(Format)));

    Pack pack;
    pack.id = r.string(root, QString(), "id");
    pack.version = r.string(root, QString(), "version");
    pack.issuer = r.text(root, QString(), "issuer");
    pack.publication = r.text(root, QString(), "publication");
    pack.effectiveFrom = r.date(root, QString(), "effective_from", true);
    pack.effectiveTo = r.date(root, QString(), "effective_to", false);
    if (!r.failed() && pack.effectiveTo.isValid() && pack.effectiveTo < pack.effectiveFrom)
        r.fail(QStringLiteral("effective_to"),
               QCoreApplication::translate("DiscretionPack", "ends before the standard takes effect"));
    const QJsonArray violations = r.array(root, QString(), "violations");
    if (!r.failed() && violations.isEmpty())
        r.fail(QStringLiteral("violations"),
               QCoreApplication::translate("DiscretionPack", "a pack needs at least one violation"));
    QSet<QString> codes;
    for (qsizetype i = 0; i < violations.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(QString(), "violations", i);
        Violation violation = readViolation(r, r.object(violations[i], at), at);
        if (!r.failed() && codes.contains(violation.code))
            r.fail(JsonReader::join(at, "code"),
                   QCoreApplication::translate("DiscretionPack", "the code \"%1\" is used twice")
                       .arg(violation.code));
        codes.insert(violation.code);
        pack.violations.append(std::move(violation));
    }
    if (r.failed()) {
        result.error = r.fault();
        return result;
    }
    pack.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    result.pack = std::move(pack);
    return result;
}

} // namespace fieldcase::discretion
