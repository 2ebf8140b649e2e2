#include "DocumentNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fieldcase {

namespace {

const QString Agency = QStringLiteral("{agency}");
const QString Category = QStringLiteral("{category}");
const QString Year = QStringLiteral("{year}");
const QString Serial = QStringLiteral("{serial}");

const QRegularExpression& placeholderExpression() {
    static const QRegularExpression expression(QStringLiteral("\\{[^{}]*\\}"));
    return expression;
}

} // namespace

QString DocumentNumber::defaultPattern() {
    return QStringLiteral("{agency}环{category}字〔{year}〕{serial}号");
}

QString DocumentNumber::patternProblem(const QString& pattern) {
    if (pattern.trimmed().isEmpty())
        return tr("Enter a pattern for document numbers.");
    QString previous;
    qsizetype previousEnd = -1;
    for (auto match = placeholderExpression().globalMatch(pattern); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QString name = found.captured();
        if (name != Agency && name != Category && name != Year && name != Serial)
            return tr("The pattern has an unknown placeholder %1; use {agency}, {category}, {year} and "
                      "{serial}.")
                .arg(name);
        const bool text = name == Agency || name == Category;
        const bool previousText = previous == Agency || previous == Category;
        if (found.capturedStart() == previousEnd && text && previousText)
            return tr("Put some text between %1 and %2 in the pattern, or a number could not be read back.")
                .arg(previous, name);
        previous = name;
        previousEnd = found.capturedEnd();
    }
    for (const QString& required : {Category, Year, Serial}) {
        if (pattern.count(required) != 1)
            return tr("The pattern needs %1 exactly once.").arg(required);
    }
    if (pattern.count(Agency) > 1)
        return tr("The pattern may name {agency} only once.");
    return {};
}

QString DocumentNumber::format(const QString& pattern) const {
    QString text = pattern;
    // Serial and year first: an agency or category containing "{year}" must stay literal text.
    text.replace(Serial, QString::number(serial));
    text.replace(Year, QString::number(year));
    // Text placeholders through a single pass so a replacement is never scanned again.
    QString result;
    qsizetype from = 0;
    for (auto match = placeholderExpression().globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        result += text.mid(from, found.capturedStart() - from);
        if (found.captured() == Agency)
            result += agency;
        else if (found.captured() == Category)
            result += category;
        else
            result += found.captured();
        from = found.capturedEnd();
    }
    return result + text.mid(from);
}

std::optional<DocumentNumber> DocumentNumber::parse(const QString& text, const QString& pattern) {
    if (!patternProblem(pattern).isEmpty())
        return std::nullopt;
    QString input = text.trimmed();
    if (pattern.contains(u'〔')) {
        for (const QChar open : {u'[', u'［', u'【', u'(', u'（', u'〈'})
            input.replace(open, u'〔');
        for (const QChar close : {u']', u'］', u'】', u')', u'）', u'〉'})
            input.replace(close, u'〕');
    }

    QString expression = QStringLiteral("^");
    QStringList order;
    qsizetype from = 0;
    for (auto match = placeholderExpression().globalMatch(pattern); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        expression += QRegularExpression::escape(pattern.mid(from, found.capturedStart() - from));
        const QString name = found.captured();
        if (name == Year)
            expression += QStringLiteral("(\\d{4})");
        else if (name == Serial)
            expression += QStringLiteral("([1-9]\\d{0,11})");
        else
            expression += QStringLiteral("(\\S+?)");
        order.append(name);
        from = found.capturedEnd();
    }
    expression += QRegularExpression::escape(pattern.mid(from)) + QStringLiteral("$");

    const QRegularExpressionMatch match = QRegularExpression(expression).match(input);
    if (!match.hasMatch())
        return std::nullopt;
    DocumentNumber number;
    for (qsizetype index = 0; index < order.size(); ++index) {
        const QString value = match.captured(int(index) + 1);
        if (order.at(index) == Agency)
            number.agency = value;
        else if (order.at(index) == Category)
            number.category = value;
        else if (order.at(index) == Year)
            number.year = value.toInt();
        else
            number.serial = value.toLongLong();
    }
    return number;
}

} // namespace fieldcase
