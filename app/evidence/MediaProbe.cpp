#include "MediaProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaPlayer>
#include <QMimeDatabase>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtEndian>

namespace fieldcase::evidence {

namespace {

// A real MP4 has a handful of top-level boxes; a file of millions of empty ones is an attack on the
// import screen's responsiveness, not a recording.
constexpr int MaxBoxesPerLevel = 4096;
// No recording runs for a month; a header that says so is damaged.
constexpr quint64 MaxPlausibleSeconds = 31ull * 24 * 3600;
// How long the import screen waits for the decoder per file before showing it without a preview.
constexpr int PlayerTimeoutMs = 5000;

std::optional<qint64> toMilliseconds(quint64 units, quint64 unitsPerSecond) {
    if (unitsPerSecond == 0 || units / unitsPerSecond > MaxPlausibleSeconds)
        return std::nullopt;
    // Split so that neither product can overflow: the remainder is below unitsPerSecond (< 2^32 here).
    return qint64(units / unitsPerSecond * 1000 + units % unitsPerSecond * 1000 / unitsPerSecond);
}

QByteArray readAt(QIODevice& device, qint64 offset, qint64 length) {
    if (offset < 0 || !device.seek(offset))
        return {};
    QByteArray bytes = device.read(length);
    return bytes.size() == length ? bytes : QByteArray();
}

struct Box {
    QByteArray type;
    qint64 contentStart = 0;
    qint64 end = 0;
};

// The box whose header starts at `offset`, which must lie wholly inside [offset, limit): its parent's
// content or the file. A size beyond that means a truncated or forged file, and nothing after it can be
// trusted.
std::optional<Box> readBox(QIODevice& device, qint64 offset, qint64 limit) {
    if (limit - offset < 8)
        return std::nullopt;
    const QByteArray header = readAt(device, offset, 8);
    if (header.isEmpty())
        return std::nullopt;
    quint64 size = qFromBigEndian<quint32>(header.constData());
    qint64 contentStart = offset + 8;
    if (size == 1) {
        // A 64-bit size follows the type (recordings over 4 GiB).
        const QByteArray largeSize = readAt(device, offset + 8, 8);
        if (largeSize.isEmpty())
            return std::nullopt;
        size = qFromBigEndian<quint64>(largeSize.constData());
        contentStart += 8;
    } else if (size == 0) {
        // The box runs to the end of what encloses it (a camera that never finished the file writes
        // this for mdat).
        size = quint64(limit - offset);
    }
    if (size < quint64(contentStart - offset) || size > quint64(limit - offset))
        return std::nullopt;
    return Box{header.mid(4, 4), contentStart, offset + qint64(size)};
}

// mvhd: version and flags, then (version 0) 32-bit creation and modification times, timescale and
// 32-bit duration, or (version 1) 64-bit times, timescale and 64-bit duration.
std::optional<qint64> movieHeaderDuration(QIODevice& device, const Box& mvhd, bool fragmented) {
    const QByteArray start =
        readAt(device, mvhd.contentStart, qMin<qint64>(32, mvhd.end - mvhd.contentStart));
    if (start.isEmpty())
        return std::nullopt;
    const auto version = quint8(start[0]);
    quint64 timescale = 0, duration = 0;
    bool unknown = false;
    if (version == 0 && start.size() >= 20) {
        timescale = qFromBigEndian<quint32>(start.constData() + 12);
        duration = qFromBigEndian<quint32>(start.constData() + 16);
        unknown = duration == 0xffffffffu;
    } else if (version == 1 && start.size() >= 32) {
        timescale = qFromBigEndian<quint32>(start.constData() + 20);
        duration = qFromBigEndian<quint64>(start.constData() + 24);
        unknown = duration == ~quint64(0);
    } else {
        return std::nullopt;
    }
    // All ones means "unknown"; a fragmented file's samples lie in fragments after the moov, so a zero
    // there says nothing about the recording's length.
    if (unknown || (fragmented && duration == 0))
        return std::nullopt;
    return toMilliseconds(duration, timescale);
}

bool isTopLevelBoxType(const QByteArray& type) {
    static const QByteArrayList types{"ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid"};
    return types.contains(type);
}

// What Qt Multimedia makes of a file: a first frame (when asked) and the duration.
struct PlayerFindings {
    QImage frame;
    qint64 durationMs = 0;
    QString error;
};

PlayerFindings askPlayer(const QString& path, bool wantFrame, int timeoutMs) {
    PlayerFindings findings;
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    QEventLoop loop;
    // The backend reports some failures from inside setSource(), before the loop runs, where quit()
    // would be lost: `finished` carries the answer across.
    bool finished = false;
    const auto finish = [&] {
        finished = true;
        loop.quit();
    };
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame& frame) {
        if (!frame.isValid() || !findings.frame.isNull())
            return;
        findings.frame = frame.toImage();
        finish();
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop,
                     [&](QMediaPlayer::Error, const QString& message) {
                         findings.error = message;
                         finish();
                     });
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop,
                     [&](QMediaPlayer::MediaStatus status) {
                         if (finished)
                             return;
                         if (status == QMediaPlayer::LoadedMedia) {
                             findings.durationMs = player.duration();
                             if (!wantFrame)
                                 finish();
                             else
                                 player.play(); // no audio output is attached: nothing is heard
                         } else if (status == QMediaPlayer::InvalidMedia) {
                             finish();
                         }
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    player.setSource(QUrl::fromLocalFile(path));
    if (!finished)
        loop.exec();
    player.stop();
    if (findings.durationMs <= 0)
        findings.durationMs = player.duration();
    return findings;
}

QImage thumbnailOf(const PlayerFindings& findings, QSize thumbnailSize, QString* error) {
    if (findings.frame.isNull()) {
        if (error) {
            *error = findings.error.isEmpty()
                         ? QCoreApplication::translate(
                               "MediaProbe", "No preview: no picture could be decoded from the video.")
                         : QCoreApplication::translate("MediaProbe", "No preview: %1").arg(findings.error);
        }
        return {};
    }
    return thumbnailSize.isValid()
               ? findings.frame.scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
               : findings.frame;
}

} // namespace

bool MediaProbe::canDecodeWithQtMultimedia() {
#ifdef Q_OS_LINUX
    return qEnvironmentVariable("QT_MEDIA_BACKEND") == u"ffmpeg";
#else
    return true;
#endif
}

MediaKind MediaProbe::kindOf(const QString& mimeType) {
    if (mimeType.startsWith(u"image/"))
        return MediaKind::Image;
    if (mimeType.startsWith(u"video/"))
        return MediaKind::Video;
    if (mimeType.startsWith(u"audio/"))
        return MediaKind::Audio;
    return MediaKind::Other;
}

std::optional<qint64> MediaProbe::isoBmffDurationMs(QIODevice& device) {
    if (!device.isReadable() || device.isSequential())
        return std::nullopt;
    const qint64 fileSize = device.size();
    qint64 offset = 0;
    for (int index = 0; index < MaxBoxesPerLevel && offset < fileSize; ++index) {
        const std::optional<Box> box = readBox(device, offset, fileSize);
        // A box cut off before moov was seen: a truncated recording, its duration unknown.
        if (!box || (index == 0 && !isTopLevelBoxType(box->type)))
            return std::nullopt;
        if (box->type == "moov") {
            std::optional<Box> mvhd;
            bool fragmented = false;
            qint64 child = box->contentStart;
            for (int childIndex = 0; childIndex < MaxBoxesPerLevel && child < box->end; ++childIndex) {
                const std::optional<Box> inner = readBox(device, child, box->end);
                if (!inner)
                    return std::nullopt;
                if (inner->type == "mvhd" && !mvhd)
                    mvhd = inner;
                fragmented = fragmented || inner->type == "mvex";
                child = inner->end;
            }
            return mvhd ? movieHeaderDuration(device, *mvhd, fragmented) : std::nullopt;
        }
        offset = box->end;
    }
    return std::nullopt;
}

std::optional<qint64> MediaProbe::wavDurationMs(QIODevice& device) {
    if (!device.isReadable() || device.isSequential())
        return std::nullopt;
    const QByteArray riff = readAt(device, 0, 12);
    if (riff.isEmpty() || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return std::nullopt;
    const qint64 fileSize = device.size();
    quint16 format = 0, channels = 0, blockAlign = 0;
    quint32 sampleRate = 0;
    std::optional<quint32> factSamples;
    std::optional<qint64> dataBytes;
    qint64 offset = 12;
    for (int index = 0; index < MaxBoxesPerLevel && offset + 8 <= fileSize && !dataBytes; ++index) {
        const QByteArray header = readAt(device, offset, 8);
        if (header.isEmpty())
            return std::nullopt;
        const QByteArray id = header.left(4);
        const qint64 size = qFromLittleEndian<quint32>(header.constData() + 4);
        const qint64 bodyStart = offset + 8;
        if (id == "fmt ") {
            const QByteArray fmt = readAt(device, bodyStart, 16);
            if (size < 16 || fmt.isEmpty())
                return std::nullopt;
            format = qFromLittleEndian<quint16>(fmt.constData());
            channels = qFromLittleEndian<quint16>(fmt.constData() + 2);
            sampleRate = qFromLittleEndian<quint32>(fmt.constData() + 4);
            blockAlign = qFromLittleEndian<quint16>(fmt.constData() + 12);
        } else if (id == "fact" && size >= 4) {
            const QByteArray fact = readAt(device, bodyStart, 4);
            if (!fact.isEmpty())
                factSamples = qFromLittleEndian<quint32>(fact.constData());
        } else if (id == "data" && !dataBytes) {
            // A recorder that lost power leaves the size it meant to write (or 0xffffffff); what can be
            // played is what is in the file.
            dataBytes = qMin(size, fileSize - bodyStart);
        }
        offset = bodyStart + size + (size & 1); // chunks are padded to an even length
    }
    if (!dataBytes || sampleRate == 0 || channels == 0 || blockAlign == 0)
        return std::nullopt;
    constexpr quint16 Pcm = 1, IeeeFloat = 3, ALaw = 6, MuLaw = 7, Extensible = 0xfffe;
    if (format == Pcm || format == IeeeFloat || format == ALaw || format == MuLaw || format == Extensible)
        return toMilliseconds(quint64(*dataBytes / blockAlign), sampleRate);
    // Compressed formats (ADPCM, GSM) state their length in samples in the fact chunk.
    return factSamples ? toMilliseconds(*factSamples, sampleRate) : std::nullopt;
}

std::optional<qint64> MediaProbe::headerDurationMs(QIODevice& device) {
    if (std::optional<qint64> wav = wavDurationMs(device))
        return wav;
    return isoBmffDurationMs(device);
}

QImage MediaProbe::imageThumbnail(const QString& path, QSize thumbnailSize, QString* error) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (stored.isValid() && thumbnailSize.isValid()) {
        // The scaled size applies before the EXIF rotation: a portrait photo stored sideways is fitted
        // into the box turned the same way.
        const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
        const QSize box = turned ? thumbnailSize.transposed() : thumbnailSize;
        // JPEG decodes at 1/2, 1/4, 1/8 scale directly: a 24 MP photo becomes a thumbnail quickly.
        if (stored.width() > box.width() || stored.height() > box.height())
            reader.setScaledSize(stored.scaled(box, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = QCoreApplication::translate("MediaProbe", "The picture cannot be read: %1")
                     .arg(reader.errorString());
    return image;
}

QImage MediaProbe::videoThumbnail(const QString& path, QSize thumbnailSize, int timeoutMs, QString* error) {
    if (!canDecodeWithQtMultimedia()) {
        if (error)
            *error = QCoreApplication::translate(
                "MediaProbe", "No preview: video decoding is not available on this computer.");
        return {};
    }
    return thumbnailOf(askPlayer(path, true, timeoutMs), thumbnailSize, error);
}

MediaProbeResult MediaProbe::probe(const QString& path, QSize thumbnailSize) {
    MediaProbeResult result;
    if (!QFileInfo(path).isFile()) {
        result.thumbnailError = QCoreApplication::translate("MediaProbe", "The file cannot be found.");
        return result;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path);
    result.mimeType = mime.name();
    result.kind = kindOf(result.mimeType);

    if (result.kind == MediaKind::Video || result.kind == MediaKind::Audio) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.durationMs = headerDurationMs(file);
    }
    const bool canDecode = canDecodeWithQtMultimedia();
    switch (result.kind) {
    case MediaKind::Image:
        result.thumbnail = imageThumbnail(path, thumbnailSize, &result.thumbnailError);
        break;
    case MediaKind::Video:
        if (canDecode) {
            const PlayerFindings findings = askPlayer(path, true, PlayerTimeoutMs);
            result.thumbnail = thumbnailOf(findings, thumbnailSize, &result.thumbnailError);
            // Formats without a header this reader knows (AVI, MKV): the decoder's word.
            if (!result.durationMs && findings.durationMs > 0)
                result.durationMs = findings.durationMs;
        } else {
            result.thumbnail = videoThumbnail(path, thumbnailSize, PlayerTimeoutMs, &result.thumbnailError);
        }
        break;
    case MediaKind::Audio:
        result.thumbnailError =
            QCoreApplication::translate("MediaProbe", "Sound recordings have no picture.");
        // MP3, AAC, OGG: only a decoder knows their length.
        if (!result.durationMs && canDecode) {
            if (const qint64 playerDuration = askPlayer(path, false, PlayerTimeoutMs).durationMs;
                playerDuration > 0)
                result.durationMs = playerDuration;
        }
        break;
    case MediaKind::Other:
        result.thumbnailError =
            QCoreApplication::translate("MediaProbe", "Not a picture, video or sound recording.");
        break;
    }
    return result;
}

} // namespace fieldcase::evidence
