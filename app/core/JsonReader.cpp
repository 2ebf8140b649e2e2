#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fieldcase {

QJsonObject JsonReader::parseObject(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // The line as well as the offset: these files are edited by hand.
        const qsizetype line = bytes.left(error.offset).count('\n') + 1;
        fail(QCoreApplication::translate("JsonReader", "line %1, offset %2").arg(line).arg(error.offset),
             QCoreApplication::translate("JsonReader", "not valid JSON: %1").arg(error.errorString()));
        return {};
    }
    if (!document.isObject())
        fail(QString(), QCoreApplication::translate("JsonReader", "the file must hold a JSON object"));
    return document.object();
}

void JsonReader::fail(const QString& path, const QString& message) {
    if (!failed())
        m_fault = {path, message};
}

QString JsonReader::join(const QString& path, const char* key) {
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonReader::at(const QString& path, const char* key, qsizetype index) {
    return join(path, key) + QStringLiteral("[%1]").arg(index);
}

QJsonObject JsonReader::object(const QJsonValue& value, const QString& path) {
    if (!value.isObject())
        fail(path, QCoreApplication::translate("JsonReader", "must be an object"));
    return value.toObject();
}

QJsonValue JsonReader::member(const QJsonObject& object, const QString& path, const char* key,
                              bool required) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (required && value.isUndefined())
        fail(join(path, key), QCoreApplication::translate("JsonReader", "is missing"));
    return value;
}

QString JsonReader::string(const QJsonObject& object, const QString& path, const char* key, bool required) {
    const QJsonValue value = member(object, path, key, required);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
        fail(join(path, key), QCoreApplication::translate("JsonReader", "must be a non-empty text"));
    return value.toString();
}

std::optional<double> JsonReader::number(const QJsonObject& object, const QString& path, const char* key,
                                         bool required) {
    const QJsonValue value = member(object, path, key, required);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "must be a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

discretion::Text JsonReader::text(const QJsonObject& object, const QString& path, const char* key,
                                  bool required, bool nullable) {
    const QJsonValue value = member(object, path, key, required);
    if ((value.isUndefined() && !required) || (nullable && value.isNull()))
        return {};
    const QString where = join(path, key);
    if (!value.isObject()) {
        fail(where,
             QCoreApplication::translate("JsonReader", "must be an object with \"zh\" and \"en\" texts"));
        return {};
    }
    onlyKeys(value.toObject(), where, {"zh", "en"});
    return {string(value.toObject(), where, "zh"), string(value.toObject(), where, "en")};
}

QDate JsonReader::date(const QJsonObject& object, const QString& path, const char* key, bool required) {
    const QString text = string(object, path, key, required);
    if (text.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        fail(join(path, key), QCoreApplication::translate("JsonReader", "must be a date written YYYY-MM-DD"));
    return date;
}

QJsonArray JsonReader::array(const QJsonObject& object, const QString& path, const char* key, bool required) {
    const QJsonValue value = member(object, path, key, required);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isArray())
        fail(join(path, key), QCoreApplication::translate("JsonReader", "must be a list"));
    return value.toArray();
}

void JsonReader::onlyKeys(const QJsonObject& object, const QString& path,
                          std::initializer_list<const char*> keys) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : keys)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            fail(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                 QCoreApplication::translate("JsonReader", "is not a key of this format"));
    }
}

} // namespace fieldcase
