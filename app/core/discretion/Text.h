#pragma once

#include <QJsonObject>
#include <QString>

namespace fieldcase::discretion {

// A text in both languages of the product. Standard packs are published in Chinese and English, and the
// engine explains its reasoning in both, so a decision printed in Chinese and a copy for a foreign-owned
// party say the same thing.
struct Text {
    QString zh;
    QString en;

    // The text in `language` ("zh…" or anything else for English); falls back to the other language.
    QString in(const QString& language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    QJsonObject toJson() const { return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}}; }
    static Text fromJson(const QJsonObject& object) {
        return {object.value(QStringLiteral("zh")).toString(), object.value(QStringLiteral("en")).toString()};
    }
    bool operator==(const Text&) const = default;
};

inline QString Text::in(const QString& language) const {
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QString& preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

} // namespace fieldcase::discretion
