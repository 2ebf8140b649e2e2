#include "PushService.h"

#include "MutationRules.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fieldcase::sync::server {

namespace {

Failure badRequest(const QString& message) {
    return {400, QString::fromLatin1(errors::BadRequest), message};
}

// Mutation::fromJson reads leniently; a batch must not be half understood, so every field is checked first.
Outcome<Mutation> parseMutation(const QJsonValue& value, int index) {
    // Only a refusal names the place, so it is formatted only then.
    const auto where = [index] { return QStringLiteral("mutations[%1]").arg(index); };
    if (!value.isObject())
        return badRequest(QStringLiteral("%1 is not an object").arg(where()));
    const QJsonObject object = value.toObject();
    // user_id may be empty or null: a change made by no signed-in person (a profile's seeding) is answered
    // per mutation (rejected, forbidden) like any other refusal, so it never blocks the device's queue.
    for (const char* key : {"mutation_id", "device_id", "kind", "entity_id"}) {
        const QJsonValue text = object.value(QLatin1String(key));
        if (!text.isString() || text.toString().isEmpty())
            return badRequest(
                QStringLiteral("%1.%2 is missing or not a string").arg(where(), QLatin1String(key)));
    }
    const QJsonValue deviceSeq = object.value(QLatin1String("device_seq"));
    if (!deviceSeq.isDouble() || deviceSeq.toInteger() < 1)
        return badRequest(QStringLiteral("%1.device_seq is missing or not a positive integer").arg(where()));
    const QJsonValue changes = object.value(QLatin1String("changes"));
    if (!changes.isArray())
        return badRequest(QStringLiteral("%1.changes is missing or not an array").arg(where()));
    for (const QJsonValue& change : changes.toArray()) {
        if (!change.toObject().value(QStringLiteral("field")).isString())
            return badRequest(QStringLiteral("%1.changes has an entry without a \"field\"").arg(where()));
    }
    Mutation mutation = Mutation::fromJson(object);
    if (mutation.mutationId.isNull() || mutation.deviceId.isNull() || mutation.entityId.isNull())
        return badRequest(QStringLiteral("%1 has an id that is not a UUID").arg(where()));
    return mutation;
}

// The stored result: compact JSON text of one result object, written by push() below.
std::optional<QByteArray> storedResult(WriteTransaction& transaction, const QUuid& deviceId,
                                       qint64 deviceSeq) {
    Rows query = transaction.run(
        QStringLiteral("SELECT result FROM mutation_results WHERE device_id = ? AND device_seq = ?"),
        {Uuid7::toText(deviceId), deviceSeq});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString().toUtf8();
}

// Which of the batch's new mutations (those after `lastSeq`) carry a mutation_id that is stored already: one
// query for the batch instead of one per mutation.
QSet<QString> usedMutationIds(WriteTransaction& transaction, const QList<Mutation>& mutations,
                              qint64 lastSeq) {
    QVariantList ids;
    for (const Mutation& mutation : mutations) {
        if (mutation.deviceSeq > lastSeq)
            ids.append(Uuid7::toText(mutation.mutationId));
    }
    QSet<QString> used;
    if (ids.isEmpty())
        return used;
    const QString placeholders = QStringLiteral("?, ").repeated(ids.size() - 1) + QLatin1Char('?');
    Rows query =
        transaction.run(QStringLiteral("SELECT mutation_id FROM mutation_results WHERE mutation_id IN (%1)")
                            .arg(placeholders),
                        ids);
    while (query.next())
        used.insert(query.value(0).toString());
    query.finish();
    return used;
}

// {"results": [...]} from the results' stored texts as they are, instead of parsing each one back and
// serialising the whole answer once more.
HttpResponse resultsResponse(const QByteArrayList& results) {
    HttpResponse response;
    response.body = "{\"results\":[" + results.join(',') + "]}";
    return response.withHeader("Content-Type", "application/json");
}

} // namespace

PushService::PushService(ServerDatabase& database, Accounts& accounts)
    : m_database(database)
    , m_accounts(accounts) {}

HttpResponse PushService::push(const Caller& caller, const QJsonObject& body) {
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        return badRequest(QStringLiteral("\"mutations\" is missing or not an array")).response();
    const QJsonArray array = list.toArray();
    if (array.size() > limits::MaxPushMutations)
        return badRequest(QStringLiteral("at most %1 mutations per push").arg(limits::MaxPushMutations))
            .response();
    QList<Mutation> mutations;
    for (int i = 0; i < array.size(); ++i) {
        Outcome<Mutation> parsed = parseMutation(array.at(i), i);
        if (!parsed.ok())
            return parsed.failure().response();
        if (parsed.value().deviceId != caller.device.id)
            return Failure{403, QString::fromLatin1(errors::Forbidden),
                           QStringLiteral("mutations[%1] was made on another device").arg(i)}
                .response();
        if (!mutations.isEmpty() && parsed.value().deviceSeq != mutations.last().deviceSeq + 1)
            return badRequest(QStringLiteral("mutations[%1] does not follow the previous device_seq").arg(i))
                .response();
        mutations.append(parsed.value());
    }

    WriteTransaction transaction(m_database);
    Rows device = transaction.run(QStringLiteral("SELECT last_seq FROM devices WHERE id = ?"),
                                  {Uuid7::toText(caller.device.id)});
    qint64 lastSeq = device.next() ? device.value(0).toLongLong() : 0;
    device.finish();
    QByteArrayList results;
    // A batch is nearly always one person's work: each user is read once per batch.
    QHash<QUuid, std::optional<UserRecord>> users;
    BatchCases cases;
    QSet<QString> usedIds = usedMutationIds(transaction, mutations, lastSeq);
    for (const Mutation& mutation : mutations) {
        if (mutation.deviceSeq <= lastSeq) {
            if (std::optional<QByteArray> stored =
                    storedResult(transaction, mutation.deviceId, mutation.deviceSeq))
                results.append(*stored);
            continue;
        }
        // The batch's own sequence is checked above, so a gap can only come before its first new mutation:
        // answering 409 here rolls back nothing but resent mutations, which changed nothing.
        if (mutation.deviceSeq > lastSeq + 1) {
            QJsonObject answer = errorBody(
                QString::fromLatin1(errors::SequenceGap),
                QStringLiteral("device_seq %1 does not follow %2").arg(mutation.deviceSeq).arg(lastSeq));
            answer.insert(QStringLiteral("expected"), lastSeq + 1);
            return HttpResponse::json(409, answer);
        }
        const QString mutationId = Uuid7::toText(mutation.mutationId);
        if (usedIds.contains(mutationId))
            return badRequest(QStringLiteral("mutation_id %1 was already used with another device_seq")
                                  .arg(mutationId))
                .response();

        MutationResult result;
        auto known = users.constFind(mutation.userId);
        if (known == users.constEnd())
            known = users.insert(mutation.userId, m_accounts.user(mutation.userId));
        const std::optional<UserRecord>& user = *known;
        if (!user || !user->active) {
            result = {mutation.deviceSeq,
                      mutation.mutationId,
                      MutationStatus::Rejected,
                      0,
                      QString::fromLatin1(errors::Forbidden),
                      QStringLiteral("the user is not an active user"),
                      {}};
        } else {
            Savepoint savepoint(transaction);
            result = MutationRules(transaction, *user, cases).apply(mutation);
            if (result.status == MutationStatus::Rejected) {
                savepoint.rollback();
                cases.clear(); // they may hold what was just rolled back
            } else {
                savepoint.release();
            }
        }
        const QByteArray stored = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        transaction.run(
            QStringLiteral("INSERT INTO mutation_results (device_id, device_seq, mutation_id, result) "
                           "VALUES (?, ?, ?, ?)"),
            {Uuid7::toText(mutation.deviceId), mutation.deviceSeq, mutationId, QString::fromUtf8(stored)});
        usedIds.insert(mutationId); // a later mutation of the batch may not use it again
        lastSeq = mutation.deviceSeq;
        results.append(stored);
    }
    transaction.run(QStringLiteral("UPDATE devices SET last_seq = ? WHERE id = ?"),
                    {lastSeq, Uuid7::toText(caller.device.id)});
    transaction.commit();
    return resultsResponse(results);
}

} // namespace fieldcase::sync::server
