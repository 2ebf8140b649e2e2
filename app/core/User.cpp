#include "User.h"

#include <QStringList>

namespace fieldcase {

QString rolesToKeys(Roles roles) {
    QStringList keys;
    for (Role role : enumValues<Role>()) {
        if (roles.testFlag(role))
            keys << enumKey(role);
    }
    return keys.join(QLatin1Char(','));
}

Roles rolesFromKeys(const QString& keys) {
    Roles roles;
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto role = enumFromKey<Role>(key.trimmed()))
            roles |= *role;
    }
    return roles;
}

} // namespace fieldcase
