#pragma once

#include "discretion/Text.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

namespace fieldcase {

// Where a data file is wrong: a JSON path ("violations[2].factors[0].options[3].weight", or the line and
// offset of a syntax error) and what is wrong there, in the user's language.
struct JsonFault {
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Reads the data files people edit by hand (discretion standards, inspection checklists) into typed
// values, remembering the first fault and its path. After a fault every read returns a default value, so
// a parser reads straight through and asks failed() once at the end, instead of checking every call.
class JsonReader {
public:
    // Parses `bytes`; a syntax error is recorded with its line. Returns the root object (empty on a fault).
    QJsonObject parseObject(const QByteArray& bytes);

    bool failed() const { return !m_fault.message.isEmpty(); }
    const JsonFault& fault() const { return m_fault; }
    void fail(const QString& path, const QString& message);

    static QString join(const QString& path, const char* key);
    static QString at(const QString& path, const char* key, qsizetype index);

    QJsonObject object(const QJsonValue& value, const QString& path);
    QJsonValue member(const QJsonObject& object, const QString& path, const char* key, bool required = true);
    QString string(const QJsonObject& object, const QString& path, const char* key, bool required = true);
    std::optional<double> number(const QJsonObject& object, const QString& path, const char* key,
                                 bool required);
    // {"zh": …, "en": …}, both required; `nullable` accepts null for "no text".
    discretion::Text text(const QJsonObject& object, const QString& path, const char* key,
                          bool required = true, bool nullable = false);
    // Exactly YYYY-MM-DD (Qt's ISO parser alone would also take "2020/01/01" and a time).
    QDate date(const QJsonObject& object, const QString& path, const char* key, bool required);
    QJsonArray array(const QJsonObject& object, const QString& path, const char* key, bool required = true);
    // Refuses keys the format does not know: a misspelt key would otherwise be silently ignored.
    void onlyKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys);

private:
    JsonFault m_fault;
};

} // namespace fieldcase
