#include "Protocol.h"

#include "Uuid7.h"

using namespace Qt::StringLiterals;

namespace fieldcase::sync {

QJsonObject FieldConflict::toJson() const {
    return {{u"field"_s, field}, {u"base"_s, base}, {u"theirs"_s, theirs}, {u"ours"_s, ours}};
}

FieldConflict FieldConflict::fromJson(const QJsonObject& object) {
    return {object.value(u"field"_s).toString(), object.value(u"base"_s), object.value(u"theirs"_s),
            object.value(u"ours"_s)};
}

namespace {
constexpr std::pair<MutationStatus, const char*> StatusKeys[] = {
    {MutationStatus::Applied, "applied"},
    {MutationStatus::Merged, "merged"},
    {MutationStatus::Conflict, "conflict"},
    {MutationStatus::Rejected, "rejected"},
};
} // namespace

QString statusKey(MutationStatus status) {
    for (const auto& [value, key] : StatusKeys) {
        if (value == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MutationStatus> statusFromKey(const QString& key) {
    for (const auto& [value, text] : StatusKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject MutationResult::toJson() const {
    QJsonObject object{{u"device_seq"_s, deviceSeq},
                       {u"mutation_id"_s, Uuid7::toText(mutationId)},
                       {u"status"_s, statusKey(status)},
                       {u"version"_s, version}};
    if (!code.isEmpty())
        object.insert(u"code"_s, code);
    if (!message.isEmpty())
        object.insert(u"message"_s, message);
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const FieldConflict& conflict : conflicts)
            list.append(conflict.toJson());
        object.insert(u"conflicts"_s, list);
    }
    return object;
}

std::optional<MutationResult> MutationResult::fromJson(const QJsonObject& object) {
    const std::optional<MutationStatus> status = statusFromKey(object.value(u"status"_s).toString());
    const QUuid id = QUuid::fromString(object.value(u"mutation_id"_s).toString());
    if (!status || id.isNull() || !object.value(u"device_seq"_s).isDouble())
        return std::nullopt;
    MutationResult result;
    result.deviceSeq = object.value(u"device_seq"_s).toInteger();
    result.mutationId = id;
    result.status = *status;
    result.version = object.value(u"version"_s).toInteger();
    result.code = object.value(u"code"_s).toString();
    result.message = object.value(u"message"_s).toString();
    for (const QJsonValue& value : object.value(u"conflicts"_s).toArray())
        result.conflicts.append(FieldConflict::fromJson(value.toObject()));
    if (result.status == MutationStatus::Rejected && result.code.isEmpty())
        return std::nullopt;
    return result;
}

QJsonObject EntityChange::toJson() const {
    return {{u"seq"_s, seq},
            {u"type"_s, type},
            {u"id"_s, Uuid7::toText(id)},
            {u"version"_s, version},
            {u"fields"_s, fields}};
}

std::optional<EntityChange> EntityChange::fromJson(const QJsonObject& object) {
    EntityChange change;
    change.id = QUuid::fromString(object.value(u"id"_s).toString());
    change.type = object.value(u"type"_s).toString();
    if (change.id.isNull() || change.type.isEmpty() || !object.value(u"seq"_s).isDouble() ||
        !object.value(u"fields"_s).isObject())
        return std::nullopt;
    change.seq = object.value(u"seq"_s).toInteger();
    change.version = object.value(u"version"_s).toInteger();
    change.fields = object.value(u"fields"_s).toObject();
    return change;
}

QJsonObject PullPage::toJson() const {
    QJsonArray list;
    for (const EntityChange& change : changes)
        list.append(change.toJson());
    return {{u"changes"_s, list}, {u"cursor"_s, cursor}, {u"more"_s, more}};
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject& object) {
    if (!object.value(u"changes"_s).isArray() || !object.value(u"cursor"_s).isDouble())
        return std::nullopt;
    PullPage page;
    page.cursor = object.value(u"cursor"_s).toInteger();
    page.more = object.value(u"more"_s).toBool();
    for (const QJsonValue& value : object.value(u"changes"_s).toArray()) {
        std::optional<EntityChange> change = EntityChange::fromJson(value.toObject());
        if (!change)
            return std::nullopt;
        page.changes.append(*change);
    }
    return page;
}

QJsonObject errorBody(const QString& code, const QString& message) {
    return {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

} // namespace fieldcase::sync
