#pragma once

#include <QString>
#include <QTextStream>

namespace fieldcase::cli {

// Prints a (translated) message on standard error and gives back the exit code to return.
inline int fail(const QString& message, int code = 1) {
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

} // namespace fieldcase::cli
