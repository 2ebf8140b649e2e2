#pragma once

#include <QFile>
#include <QString>

// Reading test data and embedded resources.

// A file's bytes (test data, embedded resources); warns and returns nothing when it cannot be read.
inline QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}
