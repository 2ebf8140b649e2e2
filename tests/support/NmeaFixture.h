#pragma once

#include <QByteArrayList>
#include <QDateTime>
#include <QFile>

// NMEA templates (tests/data/nmea) made current. Qt's nmea plugin reads two-digit RMC years and the app
// judges a fix by its age, so a recorded file is replayed with its times moved to a recent moment.
namespace nmea {

// The XOR of the bytes between '$' and '*', as two upper-case hex digits.
inline QByteArray checksum(const QByteArray& body) {
    char sum = 0;
    for (char c : body)
        sum ^= c;
    return QByteArray(1, sum).toHex().toUpper();
}

inline QByteArray sentence(const QByteArray& body) {
    return '$' + body + '*' + checksum(body) + "\r\n";
}

namespace detail {

inline QTime parseTime(const QByteArray& field) {
    if (field.size() < 6)
        return {};
    const int centiseconds = field.size() > 7 ? field.mid(7, 2).leftJustified(2, '0').toInt() : 0;
    return QTime(field.mid(0, 2).toInt(), field.mid(2, 2).toInt(), field.mid(4, 2).toInt(),
                 centiseconds * 10);
}

inline QByteArray formatTime(const QTime& time) {
    return time.toString(QStringLiteral("HHmmss")).toLatin1() + '.' +
           QByteArray::number(time.msec() / 10).rightJustified(2, '0');
}

// Which field holds the time of day, for the sentences that have one.
inline int timeField(const QByteArray& type) {
    if (type == "GGA" || type == "RMC" || type == "ZDA")
        return 1;
    if (type == "GLL")
        return 5;
    return -1;
}

} // namespace detail

// The template's sentences with every time moved so that the template's first time falls at `start`
// (UTC); the spacing between sentences is kept (a time of day earlier than the one before is the next
// day), RMC dates become the new times' dates, checksums are recomputed. The template's first day is the
// date of its first RMC sentence.
inline QByteArray retimed(const QByteArray& templateText, const QDateTime& start) {
    QList<QByteArrayList> sentences;
    for (QByteArray line : templateText.split('\n')) {
        line = line.trimmed();
        const qsizetype star = line.lastIndexOf('*');
        if (line.startsWith('$') && star > 0)
            sentences.append(line.mid(1, star - 1).split(','));
    }
    QDate firstDay;
    for (const QByteArrayList& fields : sentences) {
        if (fields.first().mid(2) == "RMC" && fields.size() > 9) {
            firstDay =
                QDate::fromString(QString::fromLatin1(fields[9]), QStringLiteral("ddMMyy")).addYears(100);
            break;
        }
    }
    if (!firstDay.isValid())
        return {};

    QByteArray text;
    QDateTime origin;   // the template's first time
    QDateTime previous; // the template's time of the sentence before
    for (QByteArrayList fields : sentences) {
        const QByteArray type = fields.first().mid(2);
        const int field = detail::timeField(type);
        if (field > 0 && fields.size() > field && !fields[field].isEmpty()) {
            QDateTime then(previous.isValid() ? previous.date() : firstDay, detail::parseTime(fields[field]),
                           Qt::UTC);
            if (previous.isValid() && then < previous)
                then = then.addDays(1);
            if (!origin.isValid())
                origin = then;
            previous = then;
            const QDateTime moved = start.toUTC().addMSecs(origin.msecsTo(then));
            fields[field] = detail::formatTime(moved.time());
            if (type == "RMC" && fields.size() > 9)
                fields[9] = moved.date().toString(QStringLiteral("ddMMyy")).toLatin1();
        }
        text += sentence(fields.join(','));
    }
    return text;
}

// Writes the retimed template at `templatePath` to `outputPath`; false when either file fails.
inline bool writeRetimed(const QString& templatePath, const QDateTime& start, const QString& outputPath) {
    QFile input(templatePath);
    if (!input.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = retimed(input.readAll(), start);
    QFile output(outputPath);
    return !text.isEmpty() && output.open(QIODevice::WriteOnly) && output.write(text) == text.size();
}

// Where the templates put the receiver: 31°57.2' N 118°48.0' E, in Jiangning, Nanjing.
inline constexpr double TemplateLatitude = 31.0 + 57.2 / 60.0;
inline constexpr double TemplateLongitude = 118.8;

} // namespace nmea
