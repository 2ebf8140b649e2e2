#include "RangeBar.h"

#include "Engine.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fieldcase::ui {

namespace {

QString yuanText(double amount) {
    return discretion::formatYuan(amount);
}

} // namespace

RangeBar::RangeBar(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    updateDescription();
}

void RangeBar::setRange(std::optional<double> min, std::optional<double> max) {
    m_min = min;
    m_max = max;
    updateDescription();
    update();
}

void RangeBar::setAmount(std::optional<double> amount) {
    m_amount = amount;
    updateDescription();
    update();
}

void RangeBar::clear() {
    m_min.reset();
    m_max.reset();
    m_amount.reset();
    updateDescription();
    update();
}

QString RangeBar::description() const {
    QString range;
    if (m_min && m_max)
        range = tr("Statutory range %1 to %2 yuan").arg(yuanText(*m_min), yuanText(*m_max));
    else if (m_max)
        range = tr("Statutory range up to %1 yuan").arg(yuanText(*m_max));
    else if (m_min)
        range = tr("Statutory range at least %1 yuan").arg(yuanText(*m_min));
    else
        return tr("No range");
    if (!m_amount)
        return range;
    return tr("%1; the amount %2 yuan").arg(range, yuanText(*m_amount));
}

void RangeBar::updateDescription() {
    const QString text = description();
    setToolTip(text);
    setAccessibleName(tr("Statutory range"));
    setAccessibleDescription(text);
}

// The scale runs from zero to the maximum; without a maximum, past the minimum and the amount.
double RangeBar::scaleEnd() const {
    double end = m_max.value_or(0);
    if (!m_max)
        end = std::max(m_min.value_or(0) * 2, m_amount.value_or(0) * 1.25);
    end = std::max(end, m_amount.value_or(0));
    return end > 0 ? end : 1;
}

QSize RangeBar::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    // A line of text above the bar for the amount, the bar, a line below for the bounds.
    return {metrics.horizontalAdvance(QLatin1Char('0')) * 24,
            metrics.height() * 2 + metrics.height() * 3 / 2 + 12};
}

QSize RangeBar::sizeHint() const {
    const QSize minimum = minimumSizeHint();
    return {minimum.width() * 2, minimum.height()};
}

void RangeBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        updateDescription();
    QWidget::changeEvent(event);
}

void RangeBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height();
    const int margin = std::max(4, metrics.horizontalAdvance(QLatin1Char('0')));
    const int barHeight = std::max(10, lineHeight * 3 / 4);
    const double half = std::max(4.0, barHeight / 2.0); // the marker's triangle
    const QRectF track(margin, lineHeight + half + 4, width() - 2 * margin, barHeight);
    if (track.width() <= 0)
        return;

    const QColor ink = pal.color(QPalette::WindowText);
    painter.setPen(QPen(ink, 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(track);
    if (!m_min && !m_max) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No range"));
        return;
    }

    const double end = scaleEnd();
    const auto xFor = [&](double value) {
        return track.left() + track.width() * std::clamp(value / end, 0.0, 1.0);
    };

    // The statutory range: a filled band with a hatch, which still reads on a black-and-white screen.
    const double bandStart = xFor(m_min.value_or(0));
    const double bandEnd = m_max ? xFor(*m_max) : track.right();
    const QRectF band(bandStart, track.top(), std::max(1.0, bandEnd - bandStart), track.height());
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRect(band);
    painter.setBrush(QBrush(ink, Qt::BDiagPattern));
    painter.drawRect(band);
    painter.setPen(QPen(ink, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(band);

    // Bounds under the bar: the minimum under the band's start, the maximum at its end.
    painter.setPen(ink);
    const double textTop = track.bottom() + 4;
    const QString minText = m_min ? yuanText(*m_min) : QStringLiteral("0");
    const QString maxText = m_max ? yuanText(*m_max) : tr("no maximum");
    const int minWidth = metrics.horizontalAdvance(minText);
    const int maxWidth = metrics.horizontalAdvance(maxText);
    double maxLeft = std::min(bandEnd - maxWidth / 2.0, double(width()) - maxWidth);
    double minLeft = std::max(0.0, bandStart - minWidth / 2.0);
    if (minLeft + minWidth + margin > maxLeft)
        minLeft = std::max(0.0, maxLeft - margin - minWidth);
    painter.drawText(QRectF(minLeft, textTop, minWidth + 1, lineHeight), Qt::AlignLeft, minText);
    painter.drawText(QRectF(maxLeft, textTop, maxWidth + 1, lineHeight), Qt::AlignLeft, maxText);

    if (!m_amount)
        return;
    // The marker: a line through the bar and a triangle above it, with the amount written over it.
    const double x = xFor(*m_amount);
    painter.setPen(QPen(ink, 3));
    painter.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2));
    const double tip = track.top() - 1;
    QPainterPath triangle;
    triangle.moveTo(x, tip);
    triangle.lineTo(x - half, tip - half);
    triangle.lineTo(x + half, tip - half);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.fillPath(triangle, ink);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics boldMetrics(bold);
    const QString amountText = yuanText(*m_amount);
    const int amountWidth = boldMetrics.horizontalAdvance(amountText);
    const double amountLeft = std::clamp(x - amountWidth / 2.0, 0.0, double(width() - amountWidth));
    painter.setPen(ink);
    painter.drawText(QRectF(amountLeft, 0, amountWidth + 1, tip - half), Qt::AlignLeft | Qt::AlignBottom,
                     amountText);
}

} // namespace fieldcase::ui
