#pragma once

#include "Pack.h"

#include <QJsonObject>

namespace fieldcase::discretion {

// What the officer answered for one violation.
struct Answers {
    QMap<QString, QString> factors; // factor id -> option id; an unanswered factor takes its first option
    QMap<QString, double> inputs;   // total_investment, disposal_cost, occurrences
    bool harmResulted = false;      // pollution or ecological harm: the limitation period is 5 years
    bool apology = false;           // corrected, apologised publicly and pledged compliance
    double apologyPercent = 30;
    // 减轻 below the minimum (行政处罚法 Art. 32) or 不予处罚 (Art. 33): grounds and a written reason.
    QStringList mitigationGrounds;
    QStringList noPenaltyGrounds;
    QString reason;

    QJsonObject toJson() const;
    // Reads answers; an unknown key or a value of the wrong type is named in `error`.
    static std::optional<Answers> fromJson(const QJsonObject& object, QString* error);
};

// The dates that decide which law applies and whether the limitation period has run.
struct CaseDates {
    QDate actStart;
    QDate actEnd;
    QDate decision;
};

struct Warning {
    QString code; // limitation, awaiting_confirmation, pack_not_in_force, apology_excluded, …
    Text text;
};

struct Result {
    enum class Outcome { Penalty, Mitigated, NoPenalty };

    bool ok = false;
    Text error; // when !ok: what is wrong with the answers

    Outcome outcome = Outcome::Penalty;
    double amount = 0;
    std::optional<double> rangeMin; // the applied basis's range, resolved with the inputs
    std::optional<double> rangeMax;
    QString basisId;
    Text basisCitation;
    double weightPercent = -1; // weights mode only
    QList<Text> steps;
    QList<Warning> warnings;
    QString packId;
    QString packVersion;
    QString packSha256;
    QString violationCode;

    bool hasWarning(const QString& code) const;
    QJsonObject toJson() const;
    // A result as it was saved, read back exactly (a saved result is a record, not a recomputation).
    static Result fromJson(const QJsonObject& object);
};

// Computes the recommended penalty for one violation under a standard pack and explains every step.
// Deterministic: the same pack, answers and dates always give the same result, so a leader reviewing the
// case later sees exactly what the officer saw.
class Engine {
public:
    static Result compute(const Pack& pack, const QString& violationCode, const Answers& answers,
                          const CaseDates& dates);

    // 行政处罚法 Art. 36: two years, five where harm resulted.
    static int limitationYears(bool harmResulted) { return harmResulted ? 5 : 2; }
};

// "1,250,000" — amounts in yuan with thousands separators, the same in both languages.
QString formatYuan(double amount);

} // namespace fieldcase::discretion
