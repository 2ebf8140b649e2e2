#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <functional>

namespace fieldcase {

// A hybrid logical clock timestamp (Kulkarni et al., 2014): physical milliseconds plus a counter
// that breaks ties and carries causality when clocks disagree.
struct HlcTimestamp {
    qint64 wallMs = 0;
    quint32 counter = 0;

    auto operator<=>(const HlcTimestamp&) const = default;
    bool isNull() const { return wallMs == 0 && counter == 0; }

    // Fixed-width text that sorts like the timestamp itself, so SQL can ORDER BY it.
    QString toString() const;
    static HlcTimestamp fromString(const QString& text);
};

// Orders events on this device and across devices. The wall clock alone cannot: a tablet's clock may
// be minutes off and may step back when it syncs with GPS or the network.
class HybridLogicalClock {
public:
    using WallClock = std::function<qint64()>;

    explicit HybridLogicalClock(WallClock wallClock = {});

    // A timestamp for a local event, strictly greater than any this clock issued or received.
    HlcTimestamp now();
    // Merges a timestamp received from elsewhere (the server, another device) and returns the
    // timestamp of the receive event.
    HlcTimestamp receive(const HlcTimestamp& remote);
    // Continues after a restart from the last timestamp persisted.
    void restore(const HlcTimestamp& last);
    HlcTimestamp last() const { return m_last; }

private:
    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace fieldcase
