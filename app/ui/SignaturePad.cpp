#include "SignaturePad.h"

#include "Appearance.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointingDevice>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>

namespace fieldcase::ui {

namespace {

// Widths in pad pixels: a light pen touch stays visible, a firm one looks like a felt-tip.
constexpr qreal MinimumWidth = 1.2;
constexpr qreal MaximumWidth = 5.0;
// Around the ink in image(): room for the antialiased edge and so that the signature does not touch
// whatever the document prints next to it.
constexpr qreal ImageMargin = 8;
// Pens report many samples at nearly the same spot; closer ones add nothing to the record.
constexpr qreal MinimumStep = 0.75;
constexpr qreal MinimumPressureStep = 0.02;
constexpr qint64 EchoWindowMs = 1000;

qreal widthFor(qreal pressure) {
    return MinimumWidth + (MaximumWidth - MinimumWidth) * std::clamp(pressure, 0.0, 1.0);
}

// Pen pressure jitters from sample to sample; a little smoothing keeps the line from looking beaded.
qreal smoothedPressure(const QList<SignaturePoint>& points, qsizetype i) {
    const qreal before = points[std::max<qsizetype>(i - 1, 0)].pressure;
    const qreal after = points[std::min(i + 1, points.size() - 1)].pressure;
    return (before + 2 * points[i].pressure + after) / 4;
}

bool isDot(const QList<SignaturePoint>& points) {
    const QPointF first = points.first().position;
    return std::all_of(points.begin(), points.end(), [&](const SignaturePoint& point) {
        return QLineF(first, point.position).length() < 0.5;
    });
}

// Quadratic curves from midpoint to midpoint with the samples as control points, so the line stays
// smooth however sparse the samples; runs of pieces of the same width are stroked as one path.
void drawStroke(QPainter& painter, const SignatureStroke& stroke, const QColor& ink) {
    const QList<SignaturePoint>& points = stroke.points;
    if (points.isEmpty())
        return;
    if (isDot(points)) {
        const qreal radius = widthFor(points.first().pressure) / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawEllipse(points.first().position, radius, radius);
        return;
    }
    painter.setBrush(Qt::NoBrush);
    QPainterPath path(points.first().position);
    qreal pathWidth = -1;
    const auto flush = [&] {
        if (path.elementCount() > 1)
            painter.strokePath(path, QPen(ink, pathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        path = QPainterPath(path.currentPosition());
    };
    for (qsizetype i = 1; i < points.size(); ++i) {
        const qreal width = std::round(widthFor(smoothedPressure(points, i)) * 4) / 4;
        if (width != pathWidth) {
            flush();
            pathWidth = width;
        }
        if (i + 1 < points.size())
            path.quadTo(points[i].position, (points[i].position + points[i + 1].position) / 2);
        else
            path.lineTo(points[i].position);
    }
    flush();
}

const char* inputName(SignatureStroke::Input input) {
    switch (input) {
    case SignatureStroke::Input::Pen:
        return "pen";
    case SignatureStroke::Input::Touch:
        return "touch";
    case SignatureStroke::Input::Mouse:
        break;
    }
    return "mouse";
}

qreal reportedPressure(const QPointingDevice* device, qreal pressure) {
    return device && device->capabilities().testFlag(QInputDevice::Capability::Pressure)
               ? std::clamp(pressure, 0.0, 1.0)
               : SignaturePad::NominalPressure;
}

} // namespace

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Sign with a pen, a finger or the mouse."));
}

void SignaturePad::clear() {
    const bool hadInk = !m_strokes.isEmpty();
    m_strokes.clear();
    m_drawing = false;
    m_touchId = -1;
    invalidateCache();
    if (hadInk)
        emit changed();
}

void SignaturePad::undoStroke() {
    if (m_drawing) {
        cancelStroke();
        return;
    }
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    invalidateCache();
    emit changed();
}

QRectF SignaturePad::inkBounds() const {
    QRectF bounds;
    for (const SignatureStroke& stroke : m_strokes) {
        for (const SignaturePoint& point : stroke.points) {
            // Half the width, and a pixel for the antialiased edge.
            const qreal reach = widthFor(point.pressure) / 2 + 1;
            bounds |= QRectF(point.position, QSizeF()).adjusted(-reach, -reach, reach, reach);
        }
    }
    return bounds;
}

QImage SignaturePad::image(QSize maxSize) const {
    if (isEmpty())
        return {};
    const QRectF area = inkBounds().adjusted(-ImageMargin, -ImageMargin, ImageMargin, ImageMargin);
    qreal scale = 1;
    QSize size = area.size().toSize();
    if (!maxSize.isEmpty()) {
        scale = std::min(maxSize.width() / area.width(), maxSize.height() / area.height());
        size = (area.size() * scale).toSize().boundedTo(maxSize).expandedTo(QSize(1, 1));
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    for (const SignatureStroke& stroke : m_strokes)
        drawStroke(painter, stroke, Qt::black);
    return image;
}

QByteArray SignaturePad::strokesJson() const {
    // Two decimals of a pixel and three of pressure are finer than any digitizer; more only bloats the
    // record.
    const auto rounded = [](qreal value, qreal factor) { return std::round(value * factor) / factor; };
    QJsonArray strokes;
    for (const SignatureStroke& stroke : m_strokes) {
        QJsonArray points;
        for (const SignaturePoint& point : stroke.points)
            points.append(QJsonArray{rounded(point.position.x(), 100), rounded(point.position.y(), 100),
                                     rounded(point.pressure, 1000), point.elapsedMs});
        strokes.append(QJsonObject{{QStringLiteral("input"), QLatin1String(inputName(stroke.input))},
                                   {QStringLiteral("points"), points}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("fieldcase-signature-strokes")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("width"), width()},
        {QStringLiteral("height"), height()},
        {QStringLiteral("pointFields"), QJsonArray{QStringLiteral("x"), QStringLiteral("y"),
                                                   QStringLiteral("pressure"), QStringLiteral("ms")}},
        {QStringLiteral("strokes"), strokes},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QSize SignaturePad::minimumSizeHint() const {
    return {480, 200};
}

QSize SignaturePad::sizeHint() const {
    return Appearance::isTabletMode() ? QSize(720, 300) : QSize(600, 240);
}

void SignaturePad::beginStroke(SignatureStroke::Input input, QPointF position, qreal pressure) {
    if (m_strokes.isEmpty())
        m_clock.start();
    SignatureStroke stroke;
    stroke.input = input;
    stroke.points.append({position, pressure, m_clock.elapsed()});
    m_strokes.append(stroke);
    m_drawing = true;
    const qreal reach = MaximumWidth + 2;
    update(QRectF(position, QSizeF()).adjusted(-reach, -reach, reach, reach).toAlignedRect());
    emit changed();
}

void SignaturePad::extendStroke(QPointF position, qreal pressure) {
    if (!m_drawing)
        return;
    // What the signer saw is what is recorded: the ink stops at the pad's edge.
    position.setX(std::clamp(position.x(), 0.0, qreal(width())));
    position.setY(std::clamp(position.y(), 0.0, qreal(height())));
    QList<SignaturePoint>& points = m_strokes.last().points;
    const SignaturePoint& last = points.last();
    if (QLineF(last.position, position).length() < MinimumStep &&
        std::abs(last.pressure - pressure) < MinimumPressureStep)
        return;
    points.append({position, pressure, m_clock.elapsed()});
    // Adding a sample reshapes the curve and the width back to the sample three before it.
    QRectF dirty;
    for (qsizetype i = std::max<qsizetype>(0, points.size() - 4); i < points.size(); ++i)
        dirty |= QRectF(points[i].position, QSizeF());
    const qreal reach = MaximumWidth + 2;
    update(dirty.adjusted(-reach, -reach, reach, reach).toAlignedRect());
}

void SignaturePad::endStroke() {
    if (!m_drawing)
        return;
    m_drawing = false;
    m_touchId = -1;
    if (m_cacheValid) {
        QPainter painter(&m_cache);
        painter.setRenderHint(QPainter::Antialiasing);
        drawStroke(painter, m_strokes.last(), palette().color(QPalette::Text));
    }
    update();
    emit changed();
}

void SignaturePad::cancelStroke() {
    if (!m_drawing)
        return;
    m_drawing = false;
    m_touchId = -1;
    m_strokes.removeLast();
    update();
    emit changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    const bool echo = event->source() != Qt::MouseEventNotSynthesized && m_sinceOtherInput.isValid() &&
                      m_sinceOtherInput.elapsed() < EchoWindowMs;
    if (event->button() != Qt::LeftButton || m_drawing || echo) {
        event->ignore();
        return;
    }
    beginStroke(SignatureStroke::Input::Mouse, event->position(), NominalPressure);
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    if (m_drawing && m_strokes.last().input == SignatureStroke::Input::Mouse &&
        event->buttons().testFlag(Qt::LeftButton))
        extendStroke(event->position(), NominalPressure);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_drawing || m_strokes.last().input != SignatureStroke::Input::Mouse ||
        event->button() != Qt::LeftButton)
        return;
    extendStroke(event->position(), NominalPressure);
    endStroke();
}

void SignaturePad::tabletEvent(QTabletEvent* event) {
    // Accepted even when unused, so that Qt does not turn the pen into mouse events as well.
    event->accept();
    m_sinceOtherInput.start();
    if (event->pointerType() == QPointingDevice::PointerType::Eraser)
        return;
    const bool penStroke = m_drawing && m_strokes.last().input == SignatureStroke::Input::Pen;
    const qreal pressure = reportedPressure(event->pointingDevice(), event->pressure());
    switch (event->type()) {
    case QEvent::TabletPress:
        if (!m_drawing && event->button() == Qt::LeftButton)
            beginStroke(SignatureStroke::Input::Pen, event->position(), pressure);
        break;
    case QEvent::TabletMove:
        if (penStroke)
            extendStroke(event->position(), pressure);
        break;
    case QEvent::TabletRelease:
        // The release reports the pressure as zero: not a sample worth keeping.
        if (penStroke)
            endStroke();
        break;
    default:
        break;
    }
}

bool SignaturePad::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        m_sinceOtherInput.start();
        const auto* touch = static_cast<QTouchEvent*>(event);
        // One finger signs; a second one (often the heel of the hand) is ignored.
        for (const QEventPoint& point : touch->points()) {
            const qreal pressure = reportedPressure(touch->pointingDevice(), point.pressure());
            if (m_touchId < 0 && !m_drawing && point.state() == QEventPoint::Pressed) {
                m_touchId = point.id();
                beginStroke(SignatureStroke::Input::Touch, point.position(), pressure);
            } else if (m_drawing && point.id() == m_touchId) {
                if (point.state() == QEventPoint::Updated || point.state() == QEventPoint::Released)
                    extendStroke(point.position(), pressure);
                if (point.state() == QEventPoint::Released)
                    endStroke();
            }
        }
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        // The system took the gesture over: what the finger drew was not meant as ink.
        if (m_drawing && m_strokes.last().input == SignatureStroke::Input::Touch)
            cancelStroke();
        m_touchId = -1;
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::resizeEvent(QResizeEvent* event) {
    invalidateCache();
    QWidget::resizeEvent(event);
}

void SignaturePad::changeEvent(QEvent* event) {
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::EnabledChange:
    case QEvent::StyleChange:
        invalidateCache();
        break;
    case QEvent::LanguageChange:
        setAccessibleName(tr("Signature pad"));
        setAccessibleDescription(tr("Sign with a pen, a finger or the mouse."));
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void SignaturePad::invalidateCache() {
    m_cacheValid = false;
    update();
}

void SignaturePad::rebuildCache() {
    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(Qt::transparent);
    QPainter painter(&m_cache);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    const qsizetype finished = m_drawing ? m_strokes.size() - 1 : m_strokes.size();
    for (qsizetype i = 0; i < finished; ++i)
        drawStroke(painter, m_strokes[i], ink);
    m_cacheValid = true;
}

void SignaturePad::paintEvent(QPaintEvent*) {
    if (!m_cacheValid || m_cache.devicePixelRatio() != devicePixelRatioF())
        rebuildCache();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool enabled = isEnabled();

    painter.fillRect(rect(), pal.color(QPalette::Window));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(enabled ? QPalette::Base : QPalette::Window));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    // The line to sign on, with the cross that marks it on paper forms.
    const QColor guide = pal.color(QPalette::PlaceholderText);
    const qreal margin = std::max(16, width() / 20);
    const qreal baseline = std::round(height() * 0.72) + 0.5;
    painter.setPen(QPen(guide, 1));
    painter.drawLine(QPointF(margin, baseline), QPointF(width() - margin, baseline));
    const qreal cross = 6;
    const QPointF centre(margin + cross, baseline - cross - 8);
    painter.setPen(QPen(guide, 1.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(centre + QPointF(-cross, -cross), centre + QPointF(cross, cross));
    painter.drawLine(centre + QPointF(-cross, cross), centre + QPointF(cross, -cross));

    if (isEmpty()) {
        QFont hintFont = font();
        if (hintFont.pointSizeF() > 0)
            hintFont.setPointSizeF(hintFont.pointSizeF() * 1.6);
        else
            hintFont.setPixelSize(hintFont.pixelSize() * 8 / 5);
        painter.setFont(hintFont);
        QColor hint = guide;
        hint.setAlphaF(0.6f);
        painter.setPen(hint);
        painter.drawText(QRectF(margin, 0, width() - 2 * margin, baseline), Qt::AlignCenter, tr("Sign here"));
    }

    painter.drawPixmap(0, 0, m_cache);
    if (m_drawing)
        drawStroke(painter, m_strokes.last(), pal.color(QPalette::Text));
}

} // namespace fieldcase::ui
