#include "Checklist.h"

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

// Reads JSON into the checklist types, remembering the first fault and where it is (as the discretion
// pack's reader does): after a fault every read returns a default value.
class Reader {
public:
    bool failed() const { return !m_error.message.isEmpty(); }
    const ChecklistError& error() const { return m_error; }

    void fail(const QString& path, const QString& message) {
        if (!failed())
            m_error = {path, message};
    }

    static QString join(const QString& path, const char* key) {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString at(const QString& path, const char* key, qsizetype index) {
        return join(path, key) + QStringLiteral("[%1]").arg(index);
    }

    QJsonObject object(const QJsonValue& value, const QString& path) {
        if (!value.isObject())
            fail(path, QCoreApplication::translate("InspectionChecklist", "must be an object"));
        return value.toObject();
    }

    // Keys the format does not know are refused: a misspelt key would otherwise be silently ignored.
    void onlyKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                fail(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                     QCoreApplication::translate("InspectionChecklist", "is not a key of this format"));
        }
    }

    QJsonValue member(const QJsonObject& object, const QString& path, const char* key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            fail(join(path, key), QCoreApplication::translate("InspectionChecklist", "is missing"));
        return value;
    }

    QString string(const QJsonObject& object, const QString& path, const char* key) {
        const QJsonValue value = member(object, path, key);
        if (value.isUndefined())
            return {};
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(join(path, key),
                 QCoreApplication::translate("InspectionChecklist", "must be a non-empty text"));
        return value.toString();
    }

    QString id(const QJsonObject& object, const QString& path, const char* key) {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        const QString value = string(object, path, key);
        if (!failed() && !pattern.match(value).hasMatch())
            fail(join(path, key),
                 QCoreApplication::translate("InspectionChecklist",
                                             "must be lower-case letters, digits, \"-\" and \"_\": \"%1\"")
                     .arg(value));
        return value;
    }

    discretion::Text text(const QJsonObject& object, const QString& path, const char* key,
                          bool nullable = false) {
        const QJsonValue value = member(object, path, key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return {};
        const QString where = join(path, key);
        if (!value.isObject()) {
            fail(where, QCoreApplication::translate("InspectionChecklist",
                                                    "must be an object with \"zh\" and \"en\" texts"));
            return {};
        }
        onlyKeys(value.toObject(), where, {"zh", "en"});
        return {string(value.toObject(), where, "zh"), string(value.toObject(), where, "en")};
    }

    QJsonArray array(const QJsonObject& object, const QString& path, const char* key) {
        const QJsonValue value = member(object, path, key);
        if (!value.isUndefined() && !value.isArray())
            fail(join(path, key), QCoreApplication::translate("InspectionChecklist", "must be a list"));
        return value.toArray();
    }

private:
    ChecklistError m_error;
};

Answer readAnswer(Reader& r, const QJsonObject& object, const QString& path) {
    r.onlyKeys(object, path, {"id", "label", "finding", "proposes"});
    Answer answer;
    answer.id = r.id(object, path, "id");
    answer.label = r.text(object, path, "label");
    answer.finding = r.text(object, path, "finding", true);
    const QJsonValue proposes = r.member(object, path, "proposes");
    if (proposes.isString()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9][A-Z0-9_-]*$"));
        answer.proposes = proposes.toString();
        if (!code.match(answer.proposes).hasMatch())
            r.fail(Reader::join(path, "proposes"),
                   QCoreApplication::translate("InspectionChecklist",
                                               "must be a violation code such as WATER-NO-PERMIT"));
        else if (!r.failed() && !answer.recordsProblem())
            r.fail(Reader::join(path, "finding"),
                   QCoreApplication::translate("InspectionChecklist",
                                               "an answer that proposes a violation needs the finding"));
    } else if (!proposes.isNull() && !proposes.isUndefined()) {
        r.fail(Reader::join(path, "proposes"),
               QCoreApplication::translate("InspectionChecklist", "must be a violation code or null"));
    }
    return answer;
}

Item readItem(Reader& r, const QJsonObject& object, const QString& path) {
    r.onlyKeys(object, path, {"id", "question", "answers"});
    Item item;
    item.id = r.id(object, path, "id");
    item.question = r.text(object, path, "question");
    const QJsonArray answers = r.array(object, path, "answers");
    if (!r.failed() && answers.size() < 2)
        r.fail(Reader::join(path, "answers"),
               QCoreApplication::translate("InspectionChecklist", "a question needs at least two answers"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < answers.size() && !r.failed(); ++i) {
        const QString at = Reader::at(path, "answers", i);
        Answer answer = readAnswer(r, r.object(answers[i], at), at);
        if (!r.failed() && ids.contains(answer.id))
            r.fail(Reader::join(at, "id"),
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
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        const qsizetype line = bytes.left(jsonError.offset).count('\n') + 1;
        result.error = {QCoreApplication::translate("InspectionChecklist", "line %1, offset %2")
                            .arg(line)
                            .arg(jsonError.offset),
                        QCoreApplication::translate("InspectionChecklist", "not valid JSON: %1")
                            .arg(jsonError.errorString())};
        return result;
    }
    Reader r;
    if (!document.isObject())
        r.fail(QString(),
               QCoreApplication::translate("InspectionChecklist", "a checklist must be a JSON object"));
    const QJsonObject root = document.object();
    r.onlyKeys(root, QString(), {"format", "id", "title", "items"});
    const QString format = r.string(root, QString(), "format");
    if (!r.failed() && format != QLatin1String(Format))
        r.fail(QStringLiteral("format"),
               QCoreApplication::translate("InspectionChecklist", "unknown format \"%1\" (expected %2)")
                   .arg(format, QLatin1String(Format)));

    Checklist checklist;
    checklist.id = r.id(root, QString(), "id");
    checklist.title = r.text(root, QString(), "title");
    const QJsonArray items = r.array(root, QString(), "items");
    if (!r.failed() && items.isEmpty())
        r.fail(QStringLiteral("items"),
               QCoreApplication::translate("InspectionChecklist", "a checklist needs at least one question"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString at = Reader::at(QString(), "items", i);
        Item item = readItem(r, r.object(items[i], at), at);
        if (!r.failed() && ids.contains(item.id))
            r.fail(Reader::join(at, "id"),
                   QCoreApplication::translate("InspectionChecklist", "the question \"%1\" is listed twice")
                       .arg(item.id));
        ids.insert(item.id);
        checklist.items.append(std::move(item));
    }
    if (r.failed()) {
        result.error = r.error();
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
