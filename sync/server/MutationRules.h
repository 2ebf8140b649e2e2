#pragma once

#include "Accounts.h"
#include "Entities.h"
#include "Mutation.h"
#include "Protocol.h"

#include <optional>

namespace fieldcase::sync::server {

// How a mutation kind applies (PROTOCOL.md, "How a kind applies").
enum class Rule {
    Insert,     // a new entity with the `new` values; never changed afterwards
    Merge,      // three-way merge per field
    Transition, // case.transition: the state machine decides
    ServerOnly, // the roster is the server's: a device may not change it
};

struct KindRule {
    Rule rule = Rule::Insert;
    QString entityType;
    Roles roles; // who may push the kind; empty: any role
};

std::optional<KindRule> ruleFor(const QString& kind);

// The cases a push batch has read or written, by id (nullopt: no such case). A batch is nearly always the
// records of one case, so the case is read once per batch instead of once per record. The batch's own
// writes keep it current; the caller clears it when it rolls a mutation back.
using BatchCases = QHash<QUuid, std::optional<StoredEntity>>;

// Applies one mutation inside the push's transaction (the caller wraps it in a savepoint and rolls it back
// when the result is Rejected). Checks the kind, the user's roles, the scope of the user's unit and the
// state machine.
class MutationRules {
public:
    MutationRules(WriteTransaction& transaction, const UserRecord& user, BatchCases& cases);

    MutationResult apply(const Mutation& mutation);

private:
    struct Binding {
        QString unitId;
        QString caseId;
        QString caseState;
    };

    // Entities::find and Entities::write, through the batch's cases.
    std::optional<StoredEntity> find(const QString& type, const QUuid& id);
    void write(StoredEntity& entity);

    std::optional<MutationResult> bind(const Mutation& mutation, const QString& type,
                                       const std::optional<StoredEntity>& existing, Binding& binding);
    MutationResult insert(const Mutation& mutation, const QString& type,
                          const std::optional<StoredEntity>& existing, const Binding& binding);
    MutationResult merge(const Mutation& mutation, const QString& type,
                         const std::optional<StoredEntity>& existing, const Binding& binding);
    MutationResult transition(const Mutation& mutation, const std::optional<StoredEntity>& existing);
    void recordConflict(const Mutation& mutation, const StoredEntity& entity, const FieldConflict& conflict);
    bool mayWrite(const Binding& binding, const QString& type) const;

    MutationResult result(const Mutation& mutation, MutationStatus status) const;
    MutationResult rejected(const Mutation& mutation, const char* code, const QString& message) const;

    WriteTransaction& m_transaction;
    const UserRecord& m_user;
    BatchCases& m_cases;
};

} // namespace fieldcase::sync::server
