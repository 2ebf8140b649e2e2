#pragma once

#include <QString>

namespace fieldcase::store {

// The outcome of a store operation: success, or a message fit to show the user (already translated).
class StoreResult {
public:
    StoreResult() = default;
    static StoreResult failure(QString message) { return StoreResult(std::move(message)); }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString& message() const { return m_message; }

private:
    explicit StoreResult(QString message)
        : m_message(std::move(message)) {}
    QString m_message;
};

} // namespace fieldcase::store
