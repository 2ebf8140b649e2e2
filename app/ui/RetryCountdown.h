#pragma once

#include <QObject>
#include <QTimer>

namespace fieldcase::ui {

// The wait the store imposes after repeated wrong passwords, counted down a second at a time so the
// login and unlock screens can say how long is left and keep their button disabled until then.
class RetryCountdown : public QObject {
    Q_OBJECT
public:
    explicit RetryCountdown(QObject* parent = nullptr);

    void start(int seconds);
    bool isRunning() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }
    // "You can try again in 12 seconds.", for the screen's error label.
    static QString remainingText(int secondsLeft);

signals:
    void tick(int secondsLeft);
    void finished();

private:
    void onTimeout();
    QTimer m_timer;
    int m_secondsLeft = 0;
};

} // namespace fieldcase::ui
