#pragma once

#include <QIODevice>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace fieldcase::evidence {

enum class MediaKind { Image, Video, Audio, Other };

// What the body-camera import screen shows for one file before it is imported.
struct MediaProbeResult {
    MediaKind kind = MediaKind::Other;
    QString mimeType;
    // Fits the requested size, upright (EXIF orientation applied). Null when none could be made; then
    // `thumbnailError` says why (translated), and the screen shows the kind instead.
    QImage thumbnail;
    QString thumbnailError;
    std::optional<qint64> durationMs; // video and audio, when the file states it
};

// Looks at media files without importing them: kind, thumbnail and duration. Uses no widgets and no
// shared state, so it runs on a worker thread (a QGuiApplication must exist, as for any QImage work).
class MediaProbe {
public:
    static MediaProbeResult probe(const QString& path, QSize thumbnailSize = QSize(256, 256));

    static MediaKind kindOf(const QString& mimeType);
    static QImage imageThumbnail(const QString& path, QSize thumbnailSize, QString* error = nullptr);
    // One decoded frame near the start, through Qt Multimedia, waiting at most `timeoutMs`.
    static QImage videoThumbnail(const QString& path, QSize thumbnailSize, int timeoutMs = 5000,
                                 QString* error = nullptr);
    // Whether Qt Multimedia may be asked to decode here. Qt 6.4's GStreamer backend crashes the process
    // (not an error: a segfault) on a machine without the GStreamer plugins, so on Linux decoding is only
    // tried with the FFmpeg backend (QT_MEDIA_BACKEND=ffmpeg, set before the application starts).
    static bool canDecodeWithQtMultimedia();

    // The duration a file states in its header, without decoding: MP4/MOV (ISO-BMFF moov/mvhd) or WAV
    // (RIFF fmt/data). Empty when the file is of neither kind or its header is damaged.
    static std::optional<qint64> headerDurationMs(QIODevice& device);
    static std::optional<qint64> isoBmffDurationMs(QIODevice& device);
    static std::optional<qint64> wavDurationMs(QIODevice& device);
};

} // namespace fieldcase::evidence
