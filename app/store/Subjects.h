#pragma once

#include "Store.h"

#include "Subject.h"

#include <optional>

namespace fieldcase::store {

class Subjects {
public:
    explicit Subjects(Store& store)
        : m_store(store) {}

    // Refuses an invalid credit code (with the validator's message) and a code already registered.
    StoreResult create(const QUuid& actorId, const Subject& subject);
    StoreResult update(const QUuid& actorId, const Subject& subject);
    std::optional<Subject> subject(const QUuid& id) const;
    int count() const;

private:
    Store& m_store;
};

} // namespace fieldcase::store
