#include "StampedCopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

#include <climits>
#include <cmath>

namespace fieldcase::evidence {

namespace {

QString capturedText(const QDateTime& capturedAt) {
    if (!capturedAt.isValid())
        return QCoreApplication::translate("StampedCopy", "Time of capture unknown");
    // Stored times come back in UTC; people read the time of day where they are. A time that carries
    // its own offset (EXIF) is shown as the camera recorded it. The offset is always printed, so the
    // moment is unambiguous on paper.
    const QDateTime shown = capturedAt.timeSpec() == Qt::UTC ? capturedAt.toLocalTime() : capturedAt;
    const int offsetMinutes = shown.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("StampedCopy", "Taken %1 %2")
        .arg(shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone);
}

QString positionText(const PositionStamp& stamp) {
    if (!stamp.hasFix())
        return QCoreApplication::translate("StampedCopy", "No position");
    const GeoPoint& point = *stamp.position;
    // Six decimals are about 0.1 m: finer than any receiver, so nothing is lost by rounding.
    const QString latitude = QString::number(std::abs(point.latitude), 'f', 6);
    const QString longitude = QString::number(std::abs(point.longitude), 'f', 6);
    const QString latitudeText = point.latitude >= 0
                                     ? QCoreApplication::translate("StampedCopy", "%1°N").arg(latitude)
                                     : QCoreApplication::translate("StampedCopy", "%1°S").arg(latitude);
    const QString longitudeText = point.longitude >= 0
                                      ? QCoreApplication::translate("StampedCopy", "%1°E").arg(longitude)
                                      : QCoreApplication::translate("StampedCopy", "%1°W").arg(longitude);
    const QString accuracy =
        stamp.accuracyMeters >= 0
            ? QCoreApplication::translate("StampedCopy", "±%1 m").arg(qRound(stamp.accuracyMeters))
            : QCoreApplication::translate("StampedCopy", "accuracy unknown");
    QString text =
        QCoreApplication::translate("StampedCopy", "%1 %2 (%3)").arg(latitudeText, longitudeText, accuracy);
    // The marks a reader must not miss: a print is looked at without the app's warnings beside it.
    QStringList warnings;
    if (stamp.isStale()) {
        // The count is computed first: lupdate 6.4 loops on a template call inside translate()'s arguments.
        const int ageSeconds = int(qMin<qint64>(stamp.fixAgeSeconds(), 1'000'000'000));
        warnings << QCoreApplication::translate("StampedCopy", "STALE: fix %n s old", nullptr, ageSeconds);
    }
    if (stamp.isPoor())
        warnings << QCoreApplication::translate("StampedCopy", "POOR ACCURACY");
    if (!warnings.isEmpty()) {
        text = QCoreApplication::translate("StampedCopy", "%1 [%2]")
                   .arg(text, warnings.join(QCoreApplication::translate("StampedCopy", "; ")));
    }
    return text;
}

QString officersText(const QList<OfficerPresence>& officers) {
    QStringList names;
    for (const OfficerPresence& officer : officers) {
        if (!officer.name.trimmed().isEmpty())
            names << officer.name.trimmed();
    }
    if (names.isEmpty())
        return {};
    // The list separator differs by language ("、" in Chinese).
    return QCoreApplication::translate("StampedCopy", "Officers: %1")
        .arg(names.join(QCoreApplication::translate("StampedCopy", ", ")));
}

} // namespace

QStringList StampLines::nonEmpty() const {
    QStringList lines;
    for (const QString& line : {time, position, officers, caseLabel}) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

StampLines stampLinesFor(const EvidenceRecord& record, const QString& caseLabel) {
    StampLines lines;
    lines.time = capturedText(record.capturedAtDevice);
    lines.position = positionText(record.position);
    lines.officers = officersText(record.officersPresent);
    if (!caseLabel.trimmed().isEmpty())
        lines.caseLabel = QCoreApplication::translate("StampedCopy", "Case: %1").arg(caseLabel.trimmed());
    return lines;
}

QImage StampedCopy::burn(QImage image, const StampLines& lines) {
    if (image.isNull())
        return image;
    const QImage::Format format =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != format)
        image = image.convertToFormat(format);
    const QStringList text = lines.nonEmpty();
    if (text.isEmpty())
        return image;

    // Text height in proportion to the picture, so a print at any size carries it legibly: 1/40 of the
    // shorter side is about 5 mm on an A4 print. QFont's default family is resolved by fontconfig,
    // which falls back to Noto CJK for Chinese.
    const int shortSide = qMin(image.width(), image.height());
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(10, shortSide / 40));
    const QFontMetrics metrics(font);
    const int margin = qMax(4, font.pixelSize() / 2);
    const int textWidth = qMax(1, image.width() - 2 * margin);

    // Wrapped, never elided: a cut-off coordinate or case number is worse than a taller band.
    QList<QRect> lineRects;
    int textHeight = 0;
    for (const QString& line : text) {
        const QRect bounds =
            metrics.boundingRect(QRect(0, 0, textWidth, INT_MAX / 2), Qt::TextWordWrap, line);
        lineRects << bounds;
        textHeight += bounds.height();
    }
    const int bandHeight = qMin(image.height(), textHeight + 2 * margin);
    const QRect band(0, image.height() - bandHeight, image.width(), bandHeight);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(band, QColor(0, 0, 0, 160));
    painter.setFont(font);
    painter.setPen(Qt::white);
    int y = band.top() + margin;
    for (qsizetype i = 0; i < text.size(); ++i) {
        painter.drawText(QRect(margin, y, textWidth, lineRects[i].height()), Qt::TextWordWrap | Qt::AlignLeft,
                         text[i]);
        y += lineRects[i].height();
    }
    painter.end();
    return image;
}

QImage StampedCopy::fromFile(const QString& originalPath, const StampLines& lines, QString* error) {
    // QImageReader opens the file read-only; nothing here can write to the original.
    QImageReader reader(originalPath);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("StampedCopy", "%1 cannot be read as a picture: %2")
                         .arg(QFileInfo(originalPath).fileName(), reader.errorString());
        }
        return {};
    }
    return burn(image, lines);
}

bool StampedCopy::write(const QString& originalPath, const StampLines& lines, const QString& outputPath,
                        QString* error) {
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QFileInfo original(originalPath);
    const QFileInfo output(outputPath);
    if (output.absoluteFilePath() == original.absoluteFilePath() ||
        (output.exists() && output.canonicalFilePath() == original.canonicalFilePath())) {
        return fail(
            QCoreApplication::translate("StampedCopy", "A stamped copy may not replace the original %1.")
                .arg(original.fileName()));
    }
    const QByteArray format = output.suffix().toLower().toLatin1();
    if (format != "jpg" && format != "jpeg" && format != "png") {
        return fail(QCoreApplication::translate("StampedCopy", "%1: stamped copies are saved as JPEG or PNG.")
                        .arg(output.fileName()));
    }
    QImage stamped = fromFile(originalPath, lines, error);
    if (stamped.isNull())
        return false;
    if (format != "png" && stamped.hasAlphaChannel()) {
        // JPEG has no transparency: lay the picture on white, as paper would show it.
        QImage opaque(stamped.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter(&opaque).drawImage(0, 0, stamped);
        stamped = opaque;
    }

    // Written to a temporary name and renamed when complete: a half-written copy never shows up.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QCoreApplication::translate("StampedCopy", "%1 cannot be written: %2")
                        .arg(output.fileName(), file.errorString()));
    }
    QImageWriter writer(&file, format == "png" ? "png" : "jpeg");
    if (format != "png")
        writer.setQuality(92);
    if (!writer.write(stamped) || !file.commit()) {
        const QString reason =
            writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        return fail(QCoreApplication::translate("StampedCopy", "%1 cannot be written: %2")
                        .arg(output.fileName(), reason));
    }
    return true;
}

} // namespace fieldcase::evidence
