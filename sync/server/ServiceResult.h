#pragma once

#include "HttpMessage.h"

#include <optional>
#include <utility>

namespace fieldcase::sync::server {

// Why a call failed, as PROTOCOL.md's error table names it.
struct Failure {
    int status = 400;
    QString code;
    QString message;

    HttpResponse response() const { return HttpResponse::error(status, code, message); }
};

// A value or the Failure that prevented it.
template <typename T> class Outcome {
public:
    Outcome(T value)
        : m_value(std::move(value)) {}
    Outcome(Failure failure)
        : m_failure(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const Failure& failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

} // namespace fieldcase::sync::server
