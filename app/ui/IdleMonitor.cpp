#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace fieldcase::ui {

IdleMonitor::IdleMonitor(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor() {
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = timeout;
    restart();
}

void IdleMonitor::setActive(bool active) {
    m_active = active;
    restart();
}

void IdleMonitor::restart() {
    if (m_active && m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fieldcase::ui
