#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace fieldcase::ui {

// Watches the application's keyboard, mouse and touch input and reports when there has been none for
// the timeout, so an unattended laptop on site locks itself.
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Zero turns the monitor off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Stops watching (while the window is locked) or starts again from now.
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_active = true;
};

} // namespace fieldcase::ui
