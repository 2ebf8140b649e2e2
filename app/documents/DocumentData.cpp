#include "DocumentData.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace fieldcase::documents {

QJsonValue DocumentData::value(const QString& fieldId) const {
    QJsonValue current = fields;
    for (const QString& part : fieldId.split(QLatin1Char('.'))) {
        if (!current.isObject()) {
            current = QJsonValue(QJsonValue::Undefined);
            break;
        }
        current = current.toObject().value(part);
    }
    return current.isUndefined() ? fields.value(fieldId) : current;
}

bool hasValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Double:
        return true;
    }
    return false;
}

QStringList missingFields(const DocumentTemplate& documentTemplate, const DocumentData& data,
                          const QString& language) {
    // The labels come from the template in both languages; what joins them must be in the same language
    // as the labels, whichever translation the program has loaded, so it is chosen here with them.
    const bool zh = (language.isEmpty() ? QLocale().name() : language).startsWith(QLatin1String("zh"));
    const auto item = [zh](const QString& list, qsizetype index, const QString& column) {
        if (zh)
            return column.isEmpty() ? QStringLiteral("%1第%2项").arg(list).arg(index + 1)
                                    : QStringLiteral("%1第%2项：%3").arg(list).arg(index + 1).arg(column);
        return column.isEmpty() ? QStringLiteral("%1, item %2").arg(list).arg(index + 1)
                                : QStringLiteral("%1, item %2: %3").arg(list).arg(index + 1).arg(column);
    };
    QStringList missing;
    if (!documentTemplate.numberCategory.isEmpty() && data.number.trimmed().isEmpty())
        missing << (zh ? QStringLiteral("文书编号") : QStringLiteral("Document number"));
    for (const Field& field : documentTemplate.fields) {
        const QJsonValue value = data.value(field.id);
        const bool required =
            field.required || (!field.requiredWhen.isEmpty() && hasValue(data.value(field.requiredWhen)));
        const QString label = field.label.in(zh ? QStringLiteral("zh") : QStringLiteral("en"));
        if (field.type != FieldType::List || !value.isArray()) {
            if (required && !hasValue(value))
                missing << label;
            continue;
        }
        const QJsonArray items = value.toArray();
        if (required && items.isEmpty()) {
            missing << label;
            continue;
        }
        if (!items.isEmpty() && items.size() < field.minItems)
            missing << (zh ? QStringLiteral("%1（至少%2项）").arg(label).arg(field.minItems)
                           : QStringLiteral("%1 (at least %2)").arg(label).arg(field.minItems));
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (field.columns.isEmpty()) {
                if (!hasValue(items[i]))
                    missing << item(label, i, QString());
                continue;
            }
            for (const Column& column : field.columns) {
                if (column.required && !hasValue(items[i].toObject().value(column.id)))
                    missing << item(label, i,
                                    column.label.in(zh ? QStringLiteral("zh") : QStringLiteral("en")));
            }
        }
    }
    return missing;
}

namespace format {

QString date(const QString& isoDate) {
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(isoDate.trimmed());
    if (!m.hasMatch() || !QDate::fromString(m.captured(0), Qt::ISODate).isValid())
        return isoDate;
    return QStringLiteral("%1年%2月%3日")
        .arg(m.captured(1))
        .arg(m.captured(2).toInt())
        .arg(m.captured(3).toInt());
}

QString dateTime(const QString& isoDateTime) {
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(:\\d{2}(\\.\\d+)?)?$"));
    const QRegularExpressionMatch m = shape.match(isoDateTime.trimmed());
    if (!m.hasMatch() || m.captured(2).toInt() > 23 || m.captured(3).toInt() > 59)
        return date(isoDateTime);
    const QString day = date(m.captured(1));
    if (day == m.captured(1))
        return isoDateTime;
    return QStringLiteral("%1%2时%3分").arg(day).arg(m.captured(2).toInt()).arg(m.captured(3));
}

namespace {

const QChar Digits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};

// Up to four digits with 仟佰拾; `group` is 1..9999. Inner zeros read as one 零, trailing ones as nothing.
QString group(int group) {
    static const QChar units[] = {u'仟', u'佰', u'拾'};
    QString text;
    bool zero = false;
    for (int i = 0, divisor = 1000; i < 4; ++i, divisor /= 10) {
        const int digit = group / divisor % 10;
        if (digit == 0) {
            zero = !text.isEmpty();
            continue;
        }
        if (zero)
            text += Digits[0];
        text += Digits[digit];
        if (i < 3)
            text += units[i];
        zero = false;
    }
    return text;
}

} // namespace

QString capitalAmount(qint64 fen) {
    if (fen < 0)
        return QStringLiteral("负") + capitalAmount(-fen);
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);
    static const QString groupUnits[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"),
                                         QStringLiteral("万亿")};
    QString text;
    if (yuan > 0) {
        QList<int> groups; // lowest first
        for (qint64 rest = yuan; rest > 0; rest /= 10000)
            groups << int(rest % 10000);
        bool zero = false;
        for (qsizetype i = groups.size() - 1; i >= 0; --i) {
            if (groups[i] == 0) {
                zero = true;
                continue;
            }
            // 壹拾万零伍佰元: a gap of zeros before a group, or a group under a thousand after a higher one.
            if (!text.isEmpty() && (zero || groups[i] < 1000))
                text += Digits[0];
            text += group(groups[i]) + groupUnits[qMin<qsizetype>(i, 3)];
            zero = false;
        }
        text += u'元';
    }
    if (jiao == 0 && cents == 0)
        return text.isEmpty() ? QStringLiteral("零元整") : text + u'整';
    if (jiao > 0)
        text += QString(Digits[jiao]) + u'角';
    else if (!text.isEmpty())
        text += Digits[0];
    if (cents > 0)
        text += QString(Digits[cents]) + u'分';
    else
        text += u'整';
    return text;
}

QString money(double yuan) {
    const qint64 fen = qRound64(yuan * 100);
    return QStringLiteral("人民币%1（￥%2）")
        .arg(capitalAmount(fen),
             QLocale(QLocale::Chinese, QLocale::China).toString(double(fen) / 100, 'f', 2));
}

namespace {

QString plain(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    return {};
}

} // namespace

QString fill(const QString& text, const std::function<QString(const QString&)>& lookup) {
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last) + lookup(m.captured(1));
        last = m.capturedEnd();
    }
    return result + text.mid(last);
}

QString value(const Field& field, const QJsonValue& value) {
    switch (field.type) {
    case FieldType::Flag:
        return {};
    case FieldType::Date:
        return date(plain(value));
    case FieldType::DateTime:
        return dateTime(plain(value));
    case FieldType::Money:
        if (value.isDouble())
            return money(value.toDouble());
        if (bool ok = false; value.isString() && (value.toString().toDouble(&ok), ok))
            return money(value.toString().toDouble());
        return plain(value);
    case FieldType::Text:
        return plain(value);
    case FieldType::List:
        break;
    }
    if (!value.isArray())
        return plain(value);
    QStringList items;
    for (const QJsonValue& item : value.toArray()) {
        if (!field.inlineTemplate.isEmpty()) {
            items << fill(field.inlineTemplate, [&](const QString& name) {
                return name == QLatin1String(".") ? plain(item) : plain(item.toObject().value(name));
            });
        } else if (field.columns.isEmpty()) {
            items << plain(item);
        } else {
            QStringList parts;
            for (const Column& column : field.columns)
                parts << plain(item.toObject().value(column.id));
            parts.removeAll(QString());
            items << parts.join(QLatin1Char(' '));
        }
    }
    // Officers, evidence: 张伟、李娜; lines of text (discretion factors) keep their own lines.
    return items.join(field.columns.isEmpty() && field.inlineTemplate.isEmpty() ? QChar(u'\n')
                                                                                : QChar(u'、'));
}

} // namespace format

} // namespace fieldcase::documents
