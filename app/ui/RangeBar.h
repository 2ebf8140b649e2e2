#pragma once

#include <QWidget>

#include <optional>

namespace fieldcase::ui {

// The statutory range of a fine on a scale from zero, with its bounds written under it and a marker
// where the amount sits. Colours come from the palette and text from the widget's font, so it follows
// high contrast and tablet mode.
class RangeBar : public QWidget {
    Q_OBJECT
public:
    explicit RangeBar(QWidget* parent = nullptr);

    // Either bound may be missing ("up to 50,000", "at least 5,000"); no amount: no marker.
    void setRange(std::optional<double> min, std::optional<double> max);
    void setAmount(std::optional<double> amount);
    void clear();

    std::optional<double> min() const { return m_min; }
    std::optional<double> max() const { return m_max; }
    std::optional<double> amount() const { return m_amount; }
    // What the bar shows, in words (also its accessible description and tooltip).
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateDescription();
    double scaleEnd() const;

    std::optional<double> m_min;
    std::optional<double> m_max;
    std::optional<double> m_amount;
};

} // namespace fieldcase::ui
