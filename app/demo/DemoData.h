#pragma once

#include "Store.h"

#include "User.h"

#include <QList>

#include <functional>

namespace fieldcase::demo {

// One sign-in of the demo profile. The README lists them, and the login screen of a demo profile
// shows them, so anyone can try each role.
struct DemoAccount {
    QString login;
    QString password;
    QString name;
    Roles roles;
};

// Realistic Chinese data for trying FieldCase without a bureau server: a bureau with two units,
// officers with certificate numbers, about 200 subjects with valid credit codes, tasks and cases in
// several states.
class DemoData {
public:
    static QList<DemoAccount> accounts();
    static store::StoreResult create(store::Store& store);
    static bool isDemoProfile(const store::Store& store);
};

} // namespace fieldcase::demo
