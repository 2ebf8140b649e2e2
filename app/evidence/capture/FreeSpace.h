#pragma once

#include "CaptureDevices.h"

#include <QString>

namespace fieldcase::evidence {

// Free space the vault's disk should have before a capture starts. A capture is written next to the
// vault and then copied into it, so for a moment the disk holds it twice; and full-process recording
// of a seal-up runs without a break from arrival to departure.
//  - Video: 1080p from a laptop camera runs at roughly 8-15 Mbit/s, about 1 GB per 10-15 minutes;
//    1 GiB is one such stretch recorded and copied, below which a recording is likely to stop half-way.
//  - Photo and audio: a photo is a few MB and an hour of compressed speech about 50 MB; 100 MiB keeps
//    room for both and for the database's own growth.
constexpr qint64 VideoFreeSpaceBytes = qint64(1) << 30;
constexpr qint64 PhotoAudioFreeSpaceBytes = qint64(100) << 20;

constexpr qint64 requiredFreeBytes(CaptureMode mode) {
    return mode == CaptureMode::Video ? VideoFreeSpaceBytes : PhotoAudioFreeSpaceBytes;
}

struct FreeSpaceCheck {
    qint64 available = -1; // bytes the user may write; -1 when the disk did not say
    qint64 required = 0;
    bool enough() const { return available >= required; }
    // Empty when there is enough; otherwise what is wrong, translated, with the sizes.
    QString warning() const;
};

// How much the disk holding `directory` (the vault) has free, against `requiredBytes`.
FreeSpaceCheck checkFreeSpace(const QString& directory, qint64 requiredBytes);

} // namespace fieldcase::evidence
