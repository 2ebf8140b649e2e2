#pragma once

#include "Store.h"

#include <functional>

namespace fieldcase::demo {

// Fills a profile with many subjects and cases quickly, for benchmarks and load tests
// (`fieldcase-cli seed`). Rows go in through the store's bulk path: batches of a few thousand rows
// per transaction, one audit event per batch, no outbox entries (seeded data is not a user's edit).
class Seeder {
public:
    struct Counts {
        int subjects = 0;
        int cases = 0;
    };
    // Called after each batch with the rows written so far; returning false stops after that batch.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Adds `counts` subjects and cases. A profile without accounts first gets the demo profile's
    // accounts and data, so the seeded profile can be signed in to.
    static store::StoreResult seed(store::Store& store, Counts counts, const Progress& progress = {});

    static constexpr int BatchSize = 5000;
};

} // namespace fieldcase::demo
