#include "RetryCountdown.h"

namespace fieldcase::ui {

RetryCountdown::RetryCountdown(QObject* parent)
    : QObject(parent) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RetryCountdown::onTimeout);
}

QString RetryCountdown::remainingText(int secondsLeft) {
    return tr("You can try again in %n second(s).", nullptr, secondsLeft);
}

void RetryCountdown::start(int seconds) {
    m_secondsLeft = qMax(seconds, 1);
    m_timer.start();
    emit tick(m_secondsLeft);
}

void RetryCountdown::onTimeout() {
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit tick(m_secondsLeft);
        return;
    }
    m_timer.stop();
    emit finished();
}

} // namespace fieldcase::ui
