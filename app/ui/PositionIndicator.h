#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace fieldcase::evidence {
class PositionService;
}

namespace fieldcase::ui {

// The position at a glance, for the main window's status bar: fix or no fix, accuracy, satellites,
// the fix's age and a wrong device clock. It takes a warning look when a check-in or a photo taken now
// would be marked (no fix, stale, poor); the tooltip names the source and its status.
class PositionIndicator : public QWidget {
    Q_OBJECT
public:
    // A device clock this far from GPS time is worth showing: NMEA sentences arrive within a second of
    // their fix, so more means the device clock is wrong, and with it every device time it records.
    static constexpr qint64 NotableClockSkewMs = 30 * 1000;

    explicit PositionIndicator(const evidence::PositionService& position, QWidget* parent = nullptr);

    QString text() const;
    bool isWarning() const { return m_warning; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    const evidence::PositionService& m_position;
    QLabel* m_icon;
    QLabel* m_text;
    // The fix ages while nothing arrives; the age shown must keep up.
    QTimer m_ageTimer;
    bool m_warning = false;
};

} // namespace fieldcase::ui
