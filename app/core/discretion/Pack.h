#pragma once

#include "JsonReader.h"
#include "Text.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// A discretion standard pack: data published and signed by a bureau (see resources/discretion/FORMAT.md).
// These types mirror the JSON; PackParser checks every invariant the engine relies on, so the engine can
// trust what it is given.
namespace fieldcase::discretion {

// True when the answer to `factor` is one of `options`.
struct Condition {
    QString factor;
    QStringList options;
};

struct Option {
    QString id;
    Text label;
    double weight = 0;
};

struct Factor {
    QString id;
    Text label;
    bool counts = true; // summed in weights mode; false: only feeds conditions and tiers
    QList<Option> options;

    const Option* option(const QString& optionId) const;
};

struct Input {
    QString id; // total_investment, disposal_cost, occurrences
    Text label;
    QString unit;
};

struct RangeSpec {
    enum class Kind { Amount, InvestmentShare, CostMultiple };
    Kind kind = Kind::Amount;
    std::optional<double> min;
    std::optional<double> max;
    double floor = 0;           // CostMultiple: the cost counts as at least this
    bool perOccurrence = false; // Amount: both bounds times the input "occurrences"
};

struct Basis {
    QString id;
    Text law;
    Text violated;
    Text penalty;
    QDate effectiveFrom;
    QDate effectiveTo; // null: still in force
    RangeSpec range;
    QList<Condition> appliesWhen;
    bool awaitingConfirmation = false;

    bool inForceOn(const QDate& date) const {
        return date >= effectiveFrom && (effectiveTo.isNull() || date <= effectiveTo);
    }
    // The penalty provision as a full citation: "《中华人民共和国水污染防治法》第八十三条第一项".
    Text citation() const { return penalty; }
};

struct Tier {
    QMap<QString, QString> when; // factor -> option; all must match
    double min = 0;
    double max = 0;
};

struct ApologyReduction {
    double minPercent = 30;
    double maxPercent = 50;
    QList<Condition> excludedWhen;
};

struct NoPenaltyRule {
    Condition when;
    Text reason;
};

struct Violation {
    enum class Mode { Weights, Tiers, Fallback };

    QString code;
    Text title;
    QStringList keywords;
    Mode mode = Mode::Weights;
    QList<Input> inputs;
    QList<Factor> factors;
    double startWeight = 0;
    std::optional<double> minWeight;
    QList<Tier> tiers;
    QList<Basis> bases;
    std::optional<ApologyReduction> apologyReduction;
    QList<NoPenaltyRule> noPenaltyWhen;
    Text notes;

    const Factor* factor(const QString& factorId) const;
    // Whether a search text (words, code or article number) finds this violation.
    bool matches(const QString& text) const;
};

struct Pack {
    QString id;
    QString version;
    Text issuer;
    Text publication;
    QDate effectiveFrom;
    QDate effectiveTo;
    QList<Violation> violations;
    QByteArray sha256Hex; // of the exact bytes the pack was parsed from

    const Violation* violation(const QString& code) const;
    bool inForceOn(const QDate& date) const {
        return date >= effectiveFrom && (effectiveTo.isNull() || date <= effectiveTo);
    }
};

// Where a pack is wrong: the JSON path and the reason.
using PackError = JsonFault;

class PackParser {
public:
    struct Result {
        std::optional<Pack> pack;
        PackError error;
        bool ok() const { return pack.has_value(); }
    };
    static Result parse(const QByteArray& bytes);

    static constexpr const char* Format = "fieldcase-discretion-pack/1";
};

} // namespace fieldcase::discretion
