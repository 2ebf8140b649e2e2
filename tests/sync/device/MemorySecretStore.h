#pragma once

#include "SecretStore.h"

#include <QHash>

// The secret store as a map, so a test sees exactly what was kept.
class MemorySecretStore : public fieldcase::security::SecretStore {
public:
    Read read(const QString& key) override { return {secrets.value(key), secrets.contains(key), {}}; }
    QString write(const QString& key, const QByteArray& secret) override {
        secrets.insert(key, secret);
        return {};
    }
    QString remove(const QString& key) override {
        secrets.remove(key);
        return {};
    }
    QHash<QString, QByteArray> secrets;
};
