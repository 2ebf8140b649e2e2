#include "MutationRules.h"

#include "CaseRecord.h"
#include "Numbers.h"
#include "Uuid7.h"
#include "procedure/Procedure.h"

#include <QJsonDocument>
#include <QSet>

namespace fieldcase::sync::server {

namespace {

using procedure::CaseAction;

// Types whose records are signed or are a court's history: once written they are never changed.
bool isImmutableType(const QString& type) {
    return type == QLatin1String("case_record") || type == QLatin1String("sign_off") ||
           type == QLatin1String("signature") || type == QLatin1String("evidence");
}

// Fields of a case that the state machine and the bureau set; a merge must not reach them.
bool isServerKeptCaseField(const QString& field) {
    return field == QLatin1String("state") || field == QLatin1String("official_number") ||
           field == QLatin1String("unit_id");
}

std::optional<QJsonValue> newValueOf(const Mutation& mutation, const QString& field) {
    for (const FieldChange& change : mutation.changes) {
        if (change.field == field)
            return change.newValue;
    }
    return std::nullopt;
}

const FieldChange* changeOf(const Mutation& mutation, const QString& field) {
    for (const FieldChange& change : mutation.changes) {
        if (change.field == field)
            return &change;
    }
    return nullptr;
}

// A missing field and null are the same value to the merge.
QJsonValue valueOrNull(const QJsonObject& fields, const QString& field) {
    const QJsonValue value = fields.value(field);
    return value.isUndefined() ? QJsonValue() : value;
}

// The case a new entity belongs to: its `case_id` change, or the `case` of an evidence record (the signed
// record travels as it is).
QString caseIdOf(const Mutation& mutation, const QString& type) {
    if (type == QLatin1String("case"))
        return Uuid7::toText(mutation.entityId);
    const QString caseId = newValueOf(mutation, QStringLiteral("case_id")).value_or(QJsonValue()).toString();
    if (!caseId.isEmpty())
        return caseId;
    if (type == QLatin1String("evidence")) {
        const QString record =
            newValueOf(mutation, QStringLiteral("record")).value_or(QJsonValue()).toString();
        return QJsonDocument::fromJson(record.toUtf8()).object().value(QStringLiteral("case")).toString();
    }
    return {};
}

// Where an action can lead. Most actions have one target; the routing after the defence, the hearing and the
// legal review depends on facts (the intended penalty, which reviews were done) that the server may not have
// yet, so every target the action can reach with some facts is accepted: the device checked the
// preconditions with the facts it had when the person took the step.
QSet<CaseState> possibleTargets(CaseAction action) {
    QSet<CaseState> targets;
    procedure::ProcedureSettings settings;
    settings.legalReviewPenaltyKinds = {QString::fromLatin1(procedure::penalty::RevokePermit)};
    for (const bool demanding : {false, true}) {
        for (const bool reviewed : {false, true}) {
            for (const bool discussed : {false, true}) {
                procedure::CaseFacts facts;
                facts.state = procedure::sourceStates(action).value(0);
                facts.legalReviewDone = reviewed;
                facts.collectiveDiscussionDone = discussed;
                if (demanding) {
                    facts.penaltyKinds = settings.legalReviewPenaltyKinds;
                    facts.intendedFine = settings.collectiveDiscussionAmount;
                }
                targets.insert(procedure::check(action, procedure::rolesFor(action), facts, settings).target);
            }
        }
    }
    return targets;
}

} // namespace

std::optional<KindRule> ruleFor(const QString& kind) {
    const qsizetype dot = kind.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    const QString type = kind.left(dot);
    const QString verb = kind.mid(dot + 1);
    if (kind == QLatin1String("user.create") || kind == QLatin1String("unit.create") ||
        type == QLatin1String("user") || type == QLatin1String("unit"))
        return KindRule{Rule::ServerOnly, type, {}};
    if (kind == QLatin1String("case.transition"))
        return KindRule{Rule::Transition, type, {}};
    if (kind == QLatin1String("sign_off.add"))
        return KindRule{Rule::Insert, type, Role::TeamLeader | Role::LegalReviewer};
    if (kind == QLatin1String("document.issue"))
        return KindRule{Rule::Insert, QStringLiteral("issued_document"), {}};
    if (kind == QLatin1String("document_numbers.set_block"))
        return KindRule{Rule::Merge, QStringLiteral("document_block"), {}};
    if (verb == QLatin1String("create") || verb == QLatin1String("add") ||
        kind == QLatin1String("evidence.captured") || kind == QLatin1String("evidence.imported") ||
        kind == QLatin1String("inspection.start"))
        return KindRule{Rule::Insert, type, {}};
    if (verb == QLatin1String("update") || verb == QLatin1String("save") ||
        verb == QLatin1String("confirm") || verb == QLatin1String("resolve") ||
        kind == QLatin1String("case.discretion_saved") || kind == QLatin1String("inspection.complete"))
        return KindRule{Rule::Merge, type, {}};
    return std::nullopt;
}

MutationRules::MutationRules(WriteTransaction& transaction, const UserRecord& user, BatchCases& cases)
    : m_transaction(transaction)
    , m_user(user)
    , m_cases(cases) {}

std::optional<StoredEntity> MutationRules::find(const QString& type, const QUuid& id) {
    if (type != QLatin1String("case"))
        return Entities::find(m_transaction.database(), type, id);
    auto known = m_cases.constFind(id);
    if (known == m_cases.constEnd())
        known = m_cases.insert(id, Entities::find(m_transaction.database(), type, id));
    return *known;
}

void MutationRules::write(StoredEntity& entity) {
    Entities::write(m_transaction, entity);
    if (entity.type == QLatin1String("case"))
        m_cases.insert(entity.id, entity);
}

MutationResult MutationRules::apply(const Mutation& mutation) {
    const std::optional<KindRule> rule = ruleFor(mutation.kind);
    if (!rule)
        return rejected(mutation, errors::UnknownKind,
                        QStringLiteral("unknown kind \"%1\"").arg(mutation.kind));
    if (rule->rule == Rule::ServerOnly)
        return rejected(mutation, errors::Forbidden,
                        QStringLiteral("units and users are kept on the server"));
    if (rule->roles && !(rule->roles & m_user.user.roles))
        return rejected(mutation, errors::Forbidden,
                        QStringLiteral("%1 needs the role %2").arg(mutation.kind, rolesToKeys(rule->roles)));
    if (mutation.kind == QLatin1String("case_record.add")) {
        const QString key = newValueOf(mutation, QStringLiteral("kind")).value_or(QJsonValue()).toString();
        const std::optional<CaseRecordKind> kind = enumFromKey<CaseRecordKind>(key);
        if (!kind)
            return rejected(mutation, errors::BadRequest,
                            QStringLiteral("unknown case record kind \"%1\"").arg(key));
        if (!mayRecord(*kind, m_user.user.roles))
            return rejected(
                mutation, errors::Forbidden,
                QStringLiteral("a %1 record needs the role %2").arg(key, rolesToKeys(rolesForRecord(*kind))));
    }

    const std::optional<StoredEntity> existing = find(rule->entityType, mutation.entityId);
    if (rule->rule == Rule::Transition)
        return transition(mutation, existing);
    Binding binding;
    if (std::optional<MutationResult> refusal = bind(mutation, rule->entityType, existing, binding))
        return *refusal;
    return rule->rule == Rule::Insert ? insert(mutation, rule->entityType, existing, binding)
                                      : merge(mutation, rule->entityType, existing, binding);
}

std::optional<MutationResult> MutationRules::bind(const Mutation& mutation, const QString& type,
                                                  const std::optional<StoredEntity>& existing,
                                                  Binding& binding) {
    const QString userUnit = Uuid7::toText(m_user.user.unitId);
    if (existing) {
        binding.unitId = existing->unitId;
        binding.caseId = existing->caseId;
    } else if (type == QLatin1String("case")) {
        binding.unitId = userUnit;
        binding.caseId = Uuid7::toText(mutation.entityId);
    } else {
        binding.caseId = caseIdOf(mutation, type);
        if (binding.caseId.isEmpty())
            binding.unitId = isBureauWideType(type) ? QString() : userUnit;
    }
    if (!binding.caseId.isEmpty() && binding.caseId != Uuid7::toText(mutation.entityId)) {
        const std::optional<StoredEntity> owner =
            find(QStringLiteral("case"), QUuid::fromString(binding.caseId));
        if (!owner)
            return rejected(mutation, errors::NotFound,
                            QStringLiteral("case %1 is unknown").arg(binding.caseId));
        binding.unitId = owner->unitId;
        binding.caseState = owner->state;
    } else if (existing && type == QLatin1String("case")) {
        binding.caseState = existing->state;
    }
    if (!mayWrite(binding, type))
        return rejected(mutation, errors::OutOfScope, QStringLiteral("the record belongs to another unit"));
    return std::nullopt;
}

bool MutationRules::mayWrite(const Binding& binding, const QString& type) const {
    if (isBureauWideType(type) || binding.unitId.isEmpty() ||
        binding.unitId == Uuid7::toText(m_user.user.unitId))
        return true;
    // The archive is the clerk's whatever unit handled the case.
    return m_user.user.hasRole(Role::EvidenceClerk) &&
           (binding.caseState == QLatin1String("closed") || binding.caseState == QLatin1String("archived"));
}

MutationResult MutationRules::insert(const Mutation& mutation, const QString& type,
                                     const std::optional<StoredEntity>& existing, const Binding& binding) {
    if (type == QLatin1String("case") &&
        newValueOf(mutation, QStringLiteral("state")).value_or(QJsonValue()) != enumKey(CaseState::Lead))
        return rejected(mutation, errors::NotAllowed, QStringLiteral("a case starts as a lead"));
    QJsonObject fields;
    for (const FieldChange& change : mutation.changes)
        fields.insert(change.field, change.newValue);
    if (type == QLatin1String("case"))
        fields.insert(QStringLiteral("unit_id"), binding.unitId);
    if (existing) {
        // The same insert made twice (e.g. by a restored device) is harmless; anything else would overwrite.
        bool identical = true;
        for (auto it = fields.begin(); it != fields.end() && identical; ++it)
            identical = valueOrNull(existing->fields, it.key()) == it.value();
        if (!identical)
            return rejected(
                mutation, errors::AlreadyExists,
                QStringLiteral("%1 %2 exists already").arg(type, Uuid7::toText(mutation.entityId)));
        MutationResult done = result(mutation, MutationStatus::Applied);
        done.version = existing->version;
        return done;
    }
    StoredEntity entity{type, mutation.entityId, 0, 0, binding.unitId, binding.caseId, {}, {}, fields};
    if (type == QLatin1String("task"))
        entity.assigneeId =
            fields.value(QStringLiteral("assignee_id")).toString(Uuid7::toText(m_user.user.id));
    write(entity);
    MutationResult done = result(mutation, MutationStatus::Applied);
    done.version = entity.version;
    return done;
}

MutationResult MutationRules::merge(const Mutation& mutation, const QString& type,
                                    const std::optional<StoredEntity>& existing, const Binding& binding) {
    if (existing && isImmutableType(type))
        return rejected(mutation, errors::Immutable,
                        QStringLiteral("a %1 is never changed: record an amendment instead").arg(type));
    if (type == QLatin1String("case")) {
        for (const FieldChange& change : mutation.changes) {
            if (isServerKeptCaseField(change.field))
                return rejected(
                    mutation, errors::NotAllowed,
                    QStringLiteral("%1 of a case changes only through case.transition").arg(change.field));
        }
    }
    StoredEntity entity = existing.value_or(
        StoredEntity{type, mutation.entityId, 0, 0, binding.unitId, binding.caseId, {}, {}, {}});
    bool changed = !existing;
    bool alreadyEqual = false;
    QList<FieldConflict> conflicts;
    for (const FieldChange& change : mutation.changes) {
        const QJsonValue server = valueOrNull(entity.fields, change.field);
        if (server == change.oldValue) {
            entity.fields.insert(change.field, change.newValue);
            changed = true;
        } else if (server == change.newValue) {
            alreadyEqual = true;
        } else {
            conflicts.append({change.field, change.oldValue, server, change.newValue});
        }
    }
    if (changed)
        write(entity);
    for (const FieldConflict& conflict : conflicts)
        recordConflict(mutation, entity, conflict);
    MutationResult done = result(mutation, !conflicts.isEmpty() ? MutationStatus::Conflict
                                           : alreadyEqual       ? MutationStatus::Merged
                                                                : MutationStatus::Applied);
    done.version = entity.version;
    done.conflicts = conflicts;
    return done;
}

void MutationRules::recordConflict(const Mutation& mutation, const StoredEntity& entity,
                                   const FieldConflict& conflict) {
    // One conflict per mutation and field: a resent mutation finds its stored result and never gets here.
    // A bureau-wide record (a subject) belongs to no unit: its conflict goes to the unit of the person whose
    // edit collided, so someone who knows the facts resolves it.
    StoredEntity record{QStringLiteral("conflict"),
                        QUuid::createUuidV5(mutation.mutationId, conflict.field),
                        0,
                        0,
                        entity.unitId.isEmpty() ? Uuid7::toText(m_user.user.unitId) : entity.unitId,
                        entity.caseId,
                        {},
                        {},
                        {{QStringLiteral("entity_type"), entity.type},
                         {QStringLiteral("entity_id"), Uuid7::toText(entity.id)},
                         {QStringLiteral("field"), conflict.field},
                         {QStringLiteral("base"), conflict.base},
                         {QStringLiteral("theirs"), conflict.theirs},
                         {QStringLiteral("ours"), conflict.ours},
                         {QStringLiteral("device_id"), Uuid7::toText(mutation.deviceId)},
                         {QStringLiteral("user_id"), Uuid7::toText(mutation.userId)},
                         {QStringLiteral("mutation_id"), Uuid7::toText(mutation.mutationId)},
                         {QStringLiteral("resolved"), false}}};
    write(record);
}

MutationResult MutationRules::transition(const Mutation& mutation,
                                         const std::optional<StoredEntity>& existing) {
    if (!existing)
        return rejected(mutation, errors::NotFound,
                        QStringLiteral("case %1 is unknown").arg(Uuid7::toText(mutation.entityId)));
    Binding binding{existing->unitId, existing->caseId, existing->state};
    if (!mayWrite(binding, existing->type))
        return rejected(mutation, errors::OutOfScope, QStringLiteral("the case belongs to another unit"));
    const FieldChange* change = changeOf(mutation, QStringLiteral("state"));
    if (!change || !change->oldValue.isString() || !change->newValue.isString())
        return rejected(mutation, errors::BadRequest,
                        QStringLiteral("case.transition needs a \"state\" change"));
    const std::optional<CaseState> from = enumFromKey<CaseState>(change->oldValue.toString());
    const std::optional<CaseState> to = enumFromKey<CaseState>(change->newValue.toString());
    if (!from || !to)
        return rejected(mutation, errors::BadRequest, QStringLiteral("unknown case state"));
    if (existing->state != change->oldValue.toString())
        return rejected(mutation, errors::StateChanged,
                        QStringLiteral("the case is now in state %1, not %2")
                            .arg(existing->state, change->oldValue.toString()));

    bool stepExists = false;
    bool roleAllowed = false;
    for (CaseAction action : procedure::actionsFrom(*from)) {
        if (!possibleTargets(action).contains(*to))
            continue;
        stepExists = true;
        roleAllowed = roleAllowed || (procedure::rolesFor(action) & m_user.user.roles);
    }
    if (!stepExists)
        return rejected(mutation, errors::NotAllowed,
                        QStringLiteral("no step leads from %1 to %2").arg(enumKey(*from), enumKey(*to)));
    if (!roleAllowed)
        return rejected(mutation, errors::Forbidden,
                        QStringLiteral("the user's roles may not move a case from %1 to %2")
                            .arg(enumKey(*from), enumKey(*to)));

    StoredEntity entity = *existing;
    entity.fields.insert(QStringLiteral("state"), enumKey(*to));
    const QString officialNumber = QStringLiteral("official_number");
    if (*to == CaseState::Investigating && entity.fields.value(officialNumber).toString().isEmpty())
        entity.fields.insert(
            officialNumber,
            Numbers::nextCaseNumber(m_transaction, Numbers::currentYear(m_transaction.database())));
    write(entity);
    MutationResult done = result(mutation, MutationStatus::Applied);
    done.version = entity.version;
    return done;
}

MutationResult MutationRules::result(const Mutation& mutation, MutationStatus status) const {
    MutationResult r;
    r.deviceSeq = mutation.deviceSeq;
    r.mutationId = mutation.mutationId;
    r.status = status;
    return r;
}

MutationResult MutationRules::rejected(const Mutation& mutation, const char* code,
                                       const QString& message) const {
    MutationResult r = result(mutation, MutationStatus::Rejected);
    r.code = QString::fromLatin1(code);
    r.message = message;
    return r;
}

} // namespace fieldcase::sync::server
