#include "HybridLogicalClock.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace fieldcase {

QString HlcTimestamp::toString() const {
    // 13 digits hold milliseconds until the year 2286; 6 hex digits of counter are far more than a
    // device issues within one millisecond.
    return QStringLiteral("%1-%2")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 6, 16, QLatin1Char('0'));
}

HlcTimestamp HlcTimestamp::fromString(const QString& text) {
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    bool okWall = false;
    bool okCounter = false;
    HlcTimestamp ts{parts[0].toLongLong(&okWall), parts[1].toUInt(&okCounter, 16)};
    return okWall && okCounter ? ts : HlcTimestamp{};
}

HybridLogicalClock::HybridLogicalClock(WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); }) {}

HlcTimestamp HybridLogicalClock::now() {
    const qint64 wall = m_wallClock();
    if (wall > m_last.wallMs)
        m_last = {wall, 0};
    else
        ++m_last.counter; // the wall clock stood still or went back: count on
    return m_last;
}

HlcTimestamp HybridLogicalClock::receive(const HlcTimestamp& remote) {
    const qint64 wall = m_wallClock();
    const qint64 maxWall = std::max({wall, m_last.wallMs, remote.wallMs});
    if (maxWall == m_last.wallMs && maxWall == remote.wallMs)
        m_last = {maxWall, std::max(m_last.counter, remote.counter) + 1};
    else if (maxWall == m_last.wallMs)
        m_last = {maxWall, m_last.counter + 1};
    else if (maxWall == remote.wallMs)
        m_last = {maxWall, remote.counter + 1};
    else
        m_last = {maxWall, 0};
    return m_last;
}

void HybridLogicalClock::restore(const HlcTimestamp& last) {
    m_last = std::max(m_last, last);
}

} // namespace fieldcase
