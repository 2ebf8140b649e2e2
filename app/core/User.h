#pragma once

#include "EnumTable.h"

#include <QFlags>
#include <QUuid>

namespace fieldcase {

// A person may hold several roles: a team leader often also inspects.
enum class Role : quint8 {
    Inspector = 0x01,     // 执法人员
    TeamLeader = 0x02,    // 负责人
    LegalReviewer = 0x04, // 法制审核人员
    EvidenceClerk = 0x08, // 案卷管理
    Admin = 0x10,
};
using Roles = QFlags<Role>;
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

template <> struct EnumTable<Role> {
    static constexpr const char* context = "Role";
    static constexpr EnumEntry<Role> entries[] = {
        {Role::Inspector, "inspector", QT_TRANSLATE_NOOP("Role", "Inspector")},
        {Role::TeamLeader, "team_leader", QT_TRANSLATE_NOOP("Role", "Team leader")},
        {Role::LegalReviewer, "legal_reviewer", QT_TRANSLATE_NOOP("Role", "Legal reviewer")},
        {Role::EvidenceClerk, "evidence_clerk", QT_TRANSLATE_NOOP("Role", "Evidence clerk")},
        {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator")},
    };
};

struct Unit {
    QUuid id;
    QString name;
};

struct User {
    QUuid id;
    QString login;
    QString name;
    Roles roles;
    // 执法证号: required before the person can be counted as one of the two officers of an inspection.
    QString certificateNumber;
    QUuid unitId;

    bool hasRole(Role role) const { return roles.testFlag(role); }
    bool canEnforce() const { return hasRole(Role::Inspector) && !certificateNumber.trimmed().isEmpty(); }
};

// Roles as stable text for storage: "inspector,team_leader".
QString rolesToKeys(Roles roles);
Roles rolesFromKeys(const QString& keys);

} // namespace fieldcase
