#pragma once

#include "Checklist.h"

#include <QList>
#include <QStringList>

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

// The discretion standards and inspection checklists the program embeds (fieldcase_resources).

// Installs every shipped standard pack into the profile, verified against the shipped trusted keys.
// Packs already installed are left as they are. Returns why a pack was refused, one message per pack.
QStringList installShippedStandards(store::Store& store);

// The shipped inspection checklists, in file-name order. A checklist that does not parse is left out
// (test_checklist keeps that from shipping).
QList<inspection::Checklist> shippedChecklists();

} // namespace fieldcase::ui
