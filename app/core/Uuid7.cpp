#include "Uuid7.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace fieldcase {

namespace {

// Ids made in the same millisecond stay ordered: the 12-bit rand_a field is used as a counter that
// starts at a random value each new millisecond (RFC 9562, method 1, "fixed bit-length counter").
struct MonotonicState {
    QMutex mutex;
    qint64 lastMs = -1;
    quint16 counter = 0;
};

MonotonicState& state() {
    static MonotonicState s;
    return s;
}

QUuid build(qint64 unixMs, quint16 randA) {
    std::array<quint32, 2> randomWords;
    QRandomGenerator::system()->fillRange(randomWords.data(), randomWords.size());

    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<uchar>(unixMs >> (8 * (5 - i)));
    bytes[6] = static_cast<uchar>(0x70 | ((randA >> 8) & 0x0F)); // version 7
    bytes[7] = static_cast<uchar>(randA & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<uchar>(randomWords[i / 4] >> (8 * (i % 4)));
    bytes[8] = static_cast<uchar>(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()));
}

} // namespace

QUuid Uuid7::create() {
    auto& s = state();
    QMutexLocker lock(&s.mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= s.lastMs) {
        // Same millisecond, or the clock stepped back: keep ordering by counting on from the last id.
        if (++s.counter > 0x0FFF) {
            s.counter = 0;
            ++s.lastMs;
        }
        now = s.lastMs;
    } else {
        s.lastMs = now;
        s.counter = static_cast<quint16>(QRandomGenerator::system()->bounded(0x0800));
    }
    return build(now, s.counter);
}

QUuid Uuid7::createAt(qint64 unixMs) {
    return build(unixMs, static_cast<quint16>(QRandomGenerator::system()->bounded(0x1000)));
}

qint64 Uuid7::timestampOf(const QUuid& id) {
    const QByteArray bytes = id.toRfc4122();
    if ((static_cast<uchar>(bytes[6]) >> 4) != 7)
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<uchar>(bytes[i]);
    return ms;
}

} // namespace fieldcase
