#include "Checklist.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace fieldcase::inspection {

const Answer* Item::answer(const QString& answerId) const {
    for (const Answer& a : answers) {
        if (a.id == answerId)
            return &a;
    }
    return nullptr;
}

const Item* Checklist::item(const QString& itemId) const {
    for (const Item& i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

namespace {

// Ids of checklists, questions and answers: stable keys in saved answers.
QString readId(JsonReader& r, const QJsonObject& object, const QString& path, const char* key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    const QString value = r.string(object, path, key);
    if (!r.failed() && !pattern.match(value).hasMatch())
        r.fail(JsonReader::join(path, key),
               QCoreApplication::translate("InspectionChecklist",
                                           "must be lower-case letters, digits, \"-\" and \"_\": \"%1\"")
                   .arg(value));
    return value;
}

Answer readAnswer(JsonReader& r, const QJsonObject& object, const QString& path) {
    r.onlyKeys(object, path, {"id", "label", "finding", "proposes"});
    Answer answer;
    answer.id = readId(r, object, path, "id");
    answer.label = r.text(object, path, "label");
    answer.finding = r.text(object, path, "finding", true, true);
    const QJsonValue proposes = r.member(object, path, "proposes");
    if (proposes.isString()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9][A-Z0-9_-]*$"));
        answer.proposes = proposes.toString();
        if (!code.match(answer.proposes).hasMatch())
            r.fail(JsonReader::join(path, "proposes"),
                   QCoreApplication::translate("InspectionChecklist",
                                               "must be a violation code such as WATER-NO-PERMIT"));
        else if (!r.failed() && !answer.recordsProblem())
            r.fail(JsonReader::join(path, "finding"),
                   QCoreApplication::translate("InspectionChecklist",
                                               "an answer that proposes a violation needs the finding"));
    } else if (!proposes.isNull() && !proposes.isUndefined()) {
        r.fail(JsonReader::join(path, "proposes"),
               QCoreApplication::translate("InspectionChecklist", "must be a violation code or null"));
    }
    return answer;
}

Item readItem(JsonReader& r, const QJsonObject& object, const QString& path) {
    r.onlyKeys(object, path, {"id", "question", "answers"});
    Item item;
    item.id = readId(r, object, path, "id");
    item.question = r.text(object, path, "question");
    const QJsonArray answers = r.array(object, path, "answers");
    if (!r.failed() && answers.size() < 2)
        r.fail(JsonReader::join(path, "answers"),
               QCoreApplication::translate("InspectionChecklist", "a question needs at least two answers"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < answers.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(path, "answers", i);
        Answer answer = readAnswer(r, r.object(answers[i], at), at);
        if (!r.failed() && ids.contains(answer.id))
            r.fail(JsonReader::join(at, "id"),
                   QCoreApplication::translate("InspectionChecklist", "the answer \"%1\" is listed twice")
                       .arg(answer.id));
        ids.insert(answer.id);
        item.answers.append(std::move(answer));
    }
    return item;
}

// Chinese sentences end with "。", English ones with ".": the data leaves the full stop out.
QString sentence(const QString& text, bool chinese) {
    QString s = text.trimmed();
    static const QString endings = QStringLiteral("。.！!？?");
    if (!s.isEmpty() && !endings.contains(s.back()))
        s += chinese ? QStringLiteral("。") : QStringLiteral(".");
    return s;
}

} // namespace

ChecklistParser::Result ChecklistParser::parse(const QByteArray& bytes) {
    Result result;
    JsonReader r;
    const QJsonObject root = r.parseObject(bytes);
    r.onlyKeys(root, QString(), {"format", "id", "title", "items"});
    const QString format = r.string(root, QString(), "format");
    if (!r.failed() && format != QLatin1String(Format))
        r.fail(QStringLiteral("format"),
               QCoreApplication::translate("InspectionChecklist", "unknown format \"%1\" (expected %2)")
                   .arg(format, QLatin1String(Format)));

    Checklist checklist;
    checklist.id = readId(r, root, QString(), "id");
    checklist.title = r.text(root, QString(), "title");
    const QJsonArray items = r.array(root, QString(), "items");
    if (!r.failed() && items.isEmpty())
        r.fail(QStringLiteral("items"),
               QCoreApplication::translate("InspectionChecklist", "a checklist needs at least one question"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(QString(), "items", i);
        Item item = readItem(r, r.object(items[i], at), at);
        if (!r.failed() && ids.contains(item.id))
            r.fail(JsonReader::join(at, "id"),
                   QCoreApplication::translate("InspectionChecklist", "the question \"%1\" is listed twice")
                       .arg(item.id));
        ids.insert(item.id);
        checklist.items.append(std::move(item));
    }
    if (r.failed()) {
        result.error = r.fault();
        return result;
    }
    result.checklist = std::move(checklist);
    return result;
}

Findings findingsFor(const Checklist& checklist, const QMap<QString, QString>& answers,
                     const QString& language) {
    const bool chinese = language.startsWith(QLatin1String("zh"));
    Findings findings;
    QStringList lines;
    for (const Item& item : checklist.items) {
        const Answer* answer = item.answer(answers.value(item.id));
        if (!answer || !answer->recordsProblem())
            continue;
        findings.sentences << sentence(answer->finding.in(language), chinese);
        lines << QStringLiteral("%1. %2").arg(findings.sentences.size()).arg(findings.sentences.last());
        if (!answer->proposes.isEmpty() && !findings.proposedCodes.contains(answer->proposes))
            findings.proposedCodes << answer->proposes;
    }
    findings.text = lines.join(QLatin1Char('\n'));
    return findings;
}

} // namespace fieldcase::inspection
