#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

// Benchmarks print one JSON line per metric: {"bench", "metric", "value", "unit", ...}. Extra keys carry
// the same-run baseline, the ratio to it and the target, so a reader sees at once whether it holds.
inline void report(const QString& bench, const QString& metric, double value, const QString& unit,
                   QJsonObject extra = {}) {
    extra.insert(QStringLiteral("bench"), bench);
    extra.insert(QStringLiteral("metric"), metric);
    extra.insert(QStringLiteral("value"), value);
    extra.insert(QStringLiteral("unit"), unit);
    QTextStream(stdout) << QJsonDocument(extra).toJson(QJsonDocument::Compact) << Qt::endl;
}

inline double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Median wall time of `runs` calls, in milliseconds, after one warm-up call.
inline double medianMs(int runs, const std::function<void()>& work) {
    work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

// Resident memory of this process, or of the process with id `pid` (Linux), in MiB.
inline double residentMiB(const QString& pid = QStringLiteral("self")) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time (user and system, all threads) this process, or the process `pid`, has used so far (Linux), in
// seconds: over a run it says which side the work fell on, where wall time only says how long it took.
inline double cpuSeconds(const QString& pid = QStringLiteral("self")) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are
    // the 14th and 15th of the line, the 12th and 13th after the name.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
}
