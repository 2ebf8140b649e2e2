#include "Mutation.h"

#include "Uuid7.h"

#include <QJsonArray>

namespace fieldcase {

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
    return {
        {QStringLiteral("mutation_id"), Uuid7::toText(mutationId)},
        {QStringLiteral("device_id"), Uuid7::toText(deviceId)},
        {QStringLiteral("device_seq"), deviceSeq},
        {QStringLiteral("hlc"), hlc.toString()},
        {QStringLiteral("user_id"), userId.isNull() ? QString() : Uuid7::toText(userId)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("entity_id"), Uuid7::toText(entityId)},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("changes"), changesToJson()},
    };
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
        const QJsonObject change = value.toObject();
        m.changes.append({change.value(QStringLiteral("field")).toString(),
                          change.value(QStringLiteral("old")), change.value(QStringLiteral("new"))});
    }
    return m;
}

} // namespace fieldcase
