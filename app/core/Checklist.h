#pragma once

#include "JsonReader.h"

#include "Text.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// Site-inspection checklists (resources/checklists, schema.json there): questions an inspector answers on
// site. An answer that records a problem carries the sentence for the site inspection record (现场检查笔录)
// and may propose a violation code of the discretion pack.
namespace fieldcase::inspection {

struct Answer {
    QString id;
    discretion::Text label;
    discretion::Text finding; // empty: nothing to record (compliant, not applicable)
    QString proposes;         // a violation code of the discretion pack, or empty

    bool recordsProblem() const { return !finding.isEmpty(); }
};

struct Item {
    QString id;
    discretion::Text question;
    QList<Answer> answers; // at least two; none is preselected

    const Answer* answer(const QString& answerId) const;
};

struct Checklist {
    QString id;
    discretion::Text title;
    QList<Item> items;

    const Item* item(const QString& itemId) const;
};

// Where a checklist is wrong: a JSON path ("items[3].answers[1].label") and what is wrong there.
using ChecklistError = JsonFault;

class ChecklistParser {
public:
    struct Result {
        std::optional<Checklist> checklist;
        ChecklistError error;
        bool ok() const { return checklist.has_value(); }
    };
    static Result parse(const QByteArray& bytes);

    static constexpr const char* Format = "fieldcase-inspection-checklist/1";
};

// What the answers say, ready for the site inspection record.
struct Findings {
    QStringList sentences;     // one per problem found, in the checklist's order, with a full stop
    QString text;              // the sentences numbered "1. …", one a line
    QStringList proposedCodes; // violation codes, each once, in the order first proposed
};

// `answers` maps an item id to the chosen answer id; unanswered items and unknown ids are skipped.
// `language` is "zh…" or anything else for English (as discretion::Text::in).
Findings findingsFor(const Checklist& checklist, const QMap<QString, QString>& answers,
                     const QString& language);

} // namespace fieldcase::inspection
