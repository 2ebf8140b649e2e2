#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fieldcase {

// Every domain enum has a stable key (stored in SQLite, sent in sync messages, never translated) and
// a display name (translated). One table per enum keeps the two together; specialise EnumTable<E>
// with `static constexpr const char* context` and `static constexpr EnumEntry<E> entries[]`.
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    const char* displayName; // marked with QT_TRANSLATE_NOOP in the table so lupdate finds it
};

template <typename E> struct EnumTable;

template <typename E> QString enumKey(E value) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E> QString enumDisplayName(E value) {
    for (const auto& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumTable<E>::context, entry.displayName);
    }
    return {};
}

template <typename E> QList<E> enumValues() {
    QList<E> values;
    for (const auto& entry : EnumTable<E>::entries)
        values.append(entry.value);
    return values;
}

} // namespace fieldcase
