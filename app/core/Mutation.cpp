#include "Mutation.h"

#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fieldcase {

namespace {

// `text` as a JSON string. The texts of a mutation's header are ids, kinds and clock readings, printable
// ASCII without quotes or backslashes, which are written as they are; anything else is escaped by
// QJsonDocument (a one-element array, its brackets cut off).
void appendJsonString(QByteArray& out, const QString& text) {
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out += '"';
        out += text.toLatin1();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}

} // namespace

QJsonArray Mutation::changesToJson() const {
    QJsonArray array;
    for (const FieldChange& change : changes) {
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                 {QStringLiteral("old"), change.oldValue},
                                 {QStringLiteral("new"), change.newValue}});
    }
    return array;
}

QJsonObject Mutation::toJson() const {
    return QJsonDocument::fromJson(toJsonText(QJsonDocument(changesToJson()).toJson(QJsonDocument::Compact)))
        .object();
}

QByteArray Mutation::toJsonText(QByteArrayView changesText) const {
    QByteArray out;
    out.reserve(320 + changesText.size());
    const auto text = [&out](const char* key, const QString& value) {
        out += key;
        appendJsonString(out, value);
    };
    text("{\"mutation_id\":", Uuid7::toText(mutationId));
    text(",\"device_id\":", Uuid7::toText(deviceId));
    out += ",\"device_seq\":" + QByteArray::number(deviceSeq);
    text(",\"hlc\":", hlc.toString());
    text(",\"user_id\":", userId.isNull() ? QString() : Uuid7::toText(userId));
    text(",\"kind\":", kind);
    text(",\"entity_id\":", Uuid7::toText(entityId));
    out += ",\"base_version\":" + QByteArray::number(baseVersion);
    out += ",\"changes\":";
    out += changesText.isEmpty() ? QByteArrayView("[]") : changesText;
    out += '}';
    return out;
}

Mutation Mutation::fromJson(const QJsonObject& object) {
    Mutation m;
    m.mutationId = QUuid::fromString(object.value(QStringLiteral("mutation_id")).toString());
    m.deviceId = QUuid::fromString(object.value(QStringLiteral("device_id")).toString());
    m.deviceSeq = object.value(QStringLiteral("device_seq")).toInteger();
    m.hlc = HlcTimestamp::fromString(object.value(QStringLiteral("hlc")).toString());
    m.userId = QUuid::fromString(object.value(QStringLiteral("user_id")).toString());
    m.kind = object.value(QStringLiteral("kind")).toString();
    m.entityId = QUuid::fromString(object.value(QStringLiteral("entity_id")).toString());
    m.baseVersion = object.value(QStringLiteral("base_version")).toInteger();
    for (const QJsonValue& value : object.value(QStringLiteral("changes")).toArray()) {
        // A value missing from the text is null: QJsonObject drops a key whose value is undefined, so a
        // change made from "no value yet" arrives without its "old", and the merge must read it as null.
        const QJsonObject change = value.toObject();
        const auto valueOf = [&change](QLatin1String key) {
            const QJsonValue v = change.value(key);
            return v.isUndefined() ? QJsonValue() : v;
        };
        m.changes.append({change.value(QStringLiteral("field")).toString(), valueOf(QLatin1String("old")),
                          valueOf(QLatin1String("new"))});
    }
    return m;
}

} // namespace fieldcase
