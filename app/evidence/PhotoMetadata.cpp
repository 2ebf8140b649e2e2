#include "PhotoMetadata.h"

#include <QFile>
#include <QStringDecoder>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <cmath>
#include <memory>

namespace fieldcase::evidence {

namespace {

// EXIF lives in one APP1 segment near the start of the file, before the picture data; a JPEG whose
// EXIF has not shown up within this many bytes is not one a camera wrote.
constexpr qint64 MaxBytesBeforeExif = 4 * 1024 * 1024;

struct ExifDataUnref {
    void operator()(ExifData* data) const { exif_data_unref(data); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataUnref>;

// The content of the JPEG's EXIF segment ("Exif\0\0" and the TIFF structure), or nothing. A segment
// cut off by the end of the file gives nothing at all: the tags after the cut are lost, and a missing
// OffsetTimeOriginal would turn a correct capture time into a wrong one.
QByteArray exifSegment(QIODevice& device) {
    const QByteArray start = device.read(2);
    if (start != QByteArrayLiteral("\xff\xd8"))
        return {};
    while (device.pos() < MaxBytesBeforeExif) {
        char byte = 0;
        if (!device.getChar(&byte) || quint8(byte) != 0xff)
            return {};
        quint8 marker = 0xff;
        while (marker == 0xff) { // fill bytes may precede a marker
            if (!device.getChar(&byte))
                return {};
            marker = quint8(byte);
        }
        constexpr quint8 StartOfScan = 0xda, EndOfImage = 0xd9, App1 = 0xe1;
        if (marker == StartOfScan || marker == EndOfImage)
            return {}; // the picture data begins: no EXIF before it
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // markers without a length
        const QByteArray lengthBytes = device.read(2);
        if (lengthBytes.size() != 2)
            return {};
        const int length = (quint8(lengthBytes[0]) << 8 | quint8(lengthBytes[1])) - 2;
        if (length < 0)
            return {};
        if (marker == App1) {
            QByteArray content = device.read(length);
            if (content.size() != length)
                return {};
            if (content.startsWith(QByteArrayLiteral("Exif\0\0")))
                return content;
        } else if (device.skip(length) != length) {
            return {};
        }
    }
    return {};
}

// The EXIF block of `device`, parsed as it is in the file. libexif's default options "fix" the data to
// the specification, which adds missing mandatory tags with made-up values (DateTime becomes the time
// of reading!): for evidence only what the camera wrote counts, so that is switched off.
ExifDataPtr loadExif(QIODevice& device) {
    const QByteArray segment = exifSegment(device);
    if (segment.isEmpty())
        return {};
    ExifDataPtr data(exif_data_new());
    if (!data)
        return {};
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    // Tags newer than this libexif (or unknown to it in an IFD) must stay: they are read by number.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char*>(segment.constData()),
                        unsigned(segment.size()));
    return data;
}

class ExifReader {
public:
    explicit ExifReader(ExifData* data)
        : m_data(data)
        , m_order(exif_data_get_byte_order(data)) {}

    const ExifEntry* entry(ExifIfd ifd, int tag, ExifFormat format) const {
        ExifContent* content = m_data->ifd[ifd];
        if (!content)
            return nullptr;
        const ExifEntry* found = exif_content_get_entry(content, static_cast<ExifTag>(tag));
        if (!found || found->format != format || !found->data || found->components == 0)
            return nullptr;
        // The entry's byte count must hold every component it claims.
        if (found->size < found->components * exif_format_get_size(format))
            return nullptr;
        return found;
    }

    // An ASCII value up to its first NUL, trimmed; empty when absent. EXIF says ASCII, but phones write
    // UTF-8 (Chinese makers' names); bytes that are neither give nothing rather than mojibake.
    std::optional<QString> text(ExifIfd ifd, int tag) const {
        const ExifEntry* found = entry(ifd, tag, EXIF_FORMAT_ASCII);
        if (!found)
            return std::nullopt;
        QByteArray bytes(reinterpret_cast<const char*>(found->data), qsizetype(found->size));
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            bytes.truncate(nul);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = QString(decoder(bytes)).trimmed();
        if (decoder.hasError() || decoded.isEmpty())
            return std::nullopt;
        for (const QChar c : decoded) {
            if (c.category() == QChar::Other_Control)
                return std::nullopt;
        }
        return decoded;
    }

    std::optional<double> rational(const ExifEntry* found, unsigned int index) const {
        if (!found || index >= found->components)
            return std::nullopt;
        const ExifRational value = exif_get_rational(found->data + index * 8, m_order);
        if (value.denominator == 0)
            return std::nullopt;
        return double(value.numerator) / double(value.denominator);
    }

    std::optional<int> shortValue(ExifIfd ifd, int tag) const {
        const ExifEntry* found = entry(ifd, tag, EXIF_FORMAT_SHORT);
        if (!found)
            return std::nullopt;
        return int(exif_get_short(found->data, m_order));
    }

    std::optional<int> byteValue(ExifIfd ifd, int tag) const {
        const ExifEntry* found = entry(ifd, tag, EXIF_FORMAT_BYTE);
        if (!found)
            return std::nullopt;
        return int(found->data[0]);
    }

private:
    ExifData* m_data;
    ExifByteOrder m_order;
};

bool allDigits(QStringView text) {
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    return !text.isEmpty();
}

// "YYYY:MM:DD", the EXIF date form. Cameras without a set clock write blanks or zeros: no date.
std::optional<QDate> exifDate(QStringView text) {
    if (text.size() != 10 || text[4] != u':' || text[7] != u':')
        return std::nullopt;
    const QStringView year = text.mid(0, 4), month = text.mid(5, 2), day = text.mid(8, 2);
    if (!allDigits(year) || !allDigits(month) || !allDigits(day))
        return std::nullopt;
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// "YYYY:MM:DD HH:MM:SS"
std::optional<QDateTime> exifDateTime(const QString& text, const std::optional<QString>& offsetText) {
    if (text.size() != 19 || text[10] != u' ' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const std::optional<QDate> date = exifDate(QStringView(text).left(10));
    const QStringView hour = QStringView(text).mid(11, 2), minute = QStringView(text).mid(14, 2),
                      second = QStringView(text).mid(17, 2);
    if (!date || !allDigits(hour) || !allDigits(minute) || !allDigits(second))
        return std::nullopt;
    const QTime time(hour.toInt(), minute.toInt(), second.toInt());
    if (!time.isValid())
        return std::nullopt;
    if (!offsetText)
        return QDateTime(*date, time, Qt::LocalTime);
    // "+HH:MM" or "-HH:MM"; real offsets lie within -12:00..+14:00.
    const QString& offset = *offsetText;
    if (offset.size() != 6 || (offset[0] != u'+' && offset[0] != u'-') || offset[3] != u':' ||
        !allDigits(QStringView(offset).mid(1, 2)) || !allDigits(QStringView(offset).mid(4, 2)))
        return std::nullopt;
    const int minutes = QStringView(offset).mid(1, 2).toInt() * 60 + QStringView(offset).mid(4, 2).toInt();
    if (minutes > 14 * 60 || QStringView(offset).mid(4, 2).toInt() >= 60)
        return std::nullopt;
    const QDateTime result(*date, time, Qt::OffsetFromUTC, (offset[0] == u'-' ? -60 : 60) * minutes);
    return result.isValid() ? std::optional(result) : std::nullopt;
}

// Degrees, minutes and seconds as three rationals (the specification; a few writers put decimal
// minutes with zero seconds, which reads the same). Minutes or seconds of 60 or more are garbage.
std::optional<double> degrees(const ExifReader& exif, const ExifEntry* dms) {
    if (!dms || dms->components != 3)
        return std::nullopt;
    const std::optional<double> d = exif.rational(dms, 0), m = exif.rational(dms, 1),
                                s = exif.rational(dms, 2);
    if (!d || !m || !s || *m >= 60 || *s >= 60)
        return std::nullopt;
    return *d + *m / 60 + *s / 3600;
}

std::optional<GeoPoint> gpsPosition(const ExifReader& exif) {
    // A receiver that lost its fix marks the measurement void ("V"); the coordinates are then stale.
    if (const std::optional<QString> status = exif.text(EXIF_IFD_GPS, EXIF_TAG_GPS_STATUS);
        status && *status == u"V")
        return std::nullopt;
    const std::optional<QString> latitudeRef = exif.text(EXIF_IFD_GPS, EXIF_TAG_GPS_LATITUDE_REF);
    const std::optional<QString> longitudeRef = exif.text(EXIF_IFD_GPS, EXIF_TAG_GPS_LONGITUDE_REF);
    // Without its reference the hemisphere is a guess, and a guess puts the photo on another continent.
    if (!latitudeRef || !longitudeRef || (*latitudeRef != u"N" && *latitudeRef != u"S") ||
        (*longitudeRef != u"E" && *longitudeRef != u"W"))
        return std::nullopt;
    const std::optional<double> latitude =
        degrees(exif, exif.entry(EXIF_IFD_GPS, EXIF_TAG_GPS_LATITUDE, EXIF_FORMAT_RATIONAL));
    const std::optional<double> longitude =
        degrees(exif, exif.entry(EXIF_IFD_GPS, EXIF_TAG_GPS_LONGITUDE, EXIF_FORMAT_RATIONAL));
    if (!latitude || !longitude)
        return std::nullopt;
    // Exactly 0°, 0° is what cameras write when they had no fix at all, never a real inspection site.
    if (*latitude == 0 && *longitude == 0)
        return std::nullopt;
    const GeoPoint point{*latitudeRef == u"S" ? -*latitude : *latitude,
                         *longitudeRef == u"W" ? -*longitude : *longitude};
    return point.isValid() ? std::optional(point) : std::nullopt;
}

std::optional<double> gpsAltitude(const ExifReader& exif) {
    const std::optional<double> altitude =
        exif.rational(exif.entry(EXIF_IFD_GPS, EXIF_TAG_GPS_ALTITUDE, EXIF_FORMAT_RATIONAL), 0);
    // Beyond the height of a high-flying drone or balloon the value is garbage, not a place.
    constexpr double HighestPlausibleMeters = 20000;
    if (!altitude || !std::isfinite(*altitude) || *altitude > HighestPlausibleMeters)
        return std::nullopt;
    // The reference is 0 (above sea level) when absent, as the specification defines; other values
    // are undefined.
    const int reference = exif.byteValue(EXIF_IFD_GPS, EXIF_TAG_GPS_ALTITUDE_REF).value_or(0);
    if (reference != 0 && reference != 1)
        return std::nullopt;
    return reference == 1 ? -*altitude : *altitude;
}

std::optional<QDateTime> gpsDateTime(const ExifReader& exif) {
    const std::optional<QString> dateText = exif.text(EXIF_IFD_GPS, EXIF_TAG_GPS_DATE_STAMP);
    const ExifEntry* timeStamp = exif.entry(EXIF_IFD_GPS, EXIF_TAG_GPS_TIME_STAMP, EXIF_FORMAT_RATIONAL);
    if (!dateText || !timeStamp || timeStamp->components != 3)
        return std::nullopt;
    const std::optional<QDate> date = exifDate(*dateText);
    const std::optional<double> hours = exif.rational(timeStamp, 0), minutes = exif.rational(timeStamp, 1),
                                seconds = exif.rational(timeStamp, 2);
    // Ranges first: converting an out-of-range double to int is undefined.
    if (!date || !hours || !minutes || !seconds || *hours >= 24 || *minutes >= 60 || *seconds >= 60 ||
        *hours != std::floor(*hours) || *minutes != std::floor(*minutes))
        return std::nullopt;
    // Receivers give fractions of a second; milliseconds are as fine as anything downstream keeps.
    const double wholeSeconds = std::floor(*seconds);
    const QTime time(int(*hours), int(*minutes), int(wholeSeconds),
                     int(std::floor((*seconds - wholeSeconds) * 1000)));
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

} // namespace

PhotoMetadata readPhotoMetadata(QIODevice& device) {
    PhotoMetadata result;
    if (!device.isReadable())
        return result;
    const ExifDataPtr data = loadExif(device);
    if (!data)
        return result;
    const ExifReader exif(data.get());

    const std::optional<QString> original = exif.text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    if (original) {
        result.capturedAt = exifDateTime(*original, exif.text(EXIF_IFD_EXIF, EXIF_TAG_OFFSET_TIME_ORIGINAL));
    }
    // DateTime is when the file was last changed, the capture for an untouched camera file; it counts
    // only when DateTimeOriginal is absent (an unreadable DateTimeOriginal is not replaced by it).
    if (!original) {
        if (const std::optional<QString> changed = exif.text(EXIF_IFD_0, EXIF_TAG_DATE_TIME))
            result.capturedAt = exifDateTime(*changed, exif.text(EXIF_IFD_EXIF, EXIF_TAG_OFFSET_TIME));
    }
    result.captureTimeZoneAssumed = result.capturedAt && result.capturedAt->timeSpec() == Qt::LocalTime;

    result.position = gpsPosition(exif);
    result.altitudeMeters = gpsAltitude(exif);
    result.gpsTime = gpsDateTime(exif);
    result.cameraMake = exif.text(EXIF_IFD_0, EXIF_TAG_MAKE);
    result.cameraModel = exif.text(EXIF_IFD_0, EXIF_TAG_MODEL);
    if (const std::optional<int> orientation = exif.shortValue(EXIF_IFD_0, EXIF_TAG_ORIENTATION);
        orientation && *orientation >= 1 && *orientation <= 8)
        result.orientation = orientation;
    return result;
}

PhotoMetadata readPhotoMetadata(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readPhotoMetadata(file);
}

} // namespace fieldcase::evidence
