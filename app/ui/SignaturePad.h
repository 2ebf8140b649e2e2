#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

class QTabletEvent;
class QTouchEvent;

namespace fieldcase::ui {

// One sampled point of a stroke, in the pad's coordinates (logical pixels).
struct SignaturePoint {
    QPointF position;
    // 0..1 as the pen reports it; mouse and touch, which report none, record NominalPressure.
    qreal pressure = 0.5;
    // Milliseconds since the first point on the pad (after the last clear()).
    qint64 elapsedMs = 0;
};

struct SignatureStroke {
    enum class Input { Mouse, Touch, Pen };
    Input input = Input::Mouse;
    QList<SignaturePoint> points;
};

// A surface to sign on with a pen (pressure sets the width), a finger or a mouse. The strokes are kept as
// sampled points, so the signature can be drawn at any size and stays in the record as captured.
class SignaturePad : public QWidget {
    Q_OBJECT
public:
    static constexpr qreal NominalPressure = 0.5;

    explicit SignaturePad(QWidget* parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    const QList<SignatureStroke>& strokes() const { return m_strokes; }
    void clear();
    void undoStroke();

    // Black ink on a transparent background, cropped to the ink plus a margin; null when empty. One image
    // pixel per pad pixel, or scaled (up or down: the strokes are vectors) to fit maxSize if given.
    QImage image(QSize maxSize = {}) const;
    // The strokes as captured: {"format", "version", "width", "height", "pointFields", "strokes": [{"input",
    // "points": [[x, y, pressure, ms], ...]}]}.
    QByteArray strokesJson() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A stroke began or ended, or strokes were undone or cleared.
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;

private:
    void beginStroke(SignatureStroke::Input input, QPointF position, qreal pressure);
    void extendStroke(QPointF position, qreal pressure);
    void endStroke();
    void cancelStroke();
    QRectF inkBounds() const;
    void invalidateCache();
    void rebuildCache();

    QList<SignatureStroke> m_strokes;
    bool m_drawing = false;
    int m_touchId = -1;
    // Platforms may echo pen and touch input as mouse events; those are ignored for a moment afterwards.
    QElapsedTimer m_sinceOtherInput;
    QElapsedTimer m_clock;
    // The finished strokes, so that drawing the current one does not repaint the whole signature.
    QPixmap m_cache;
    bool m_cacheValid = false;
};

} // namespace fieldcase::ui
