#pragma once

#include <QEvent>
#include <QWidget>

namespace fieldcase::ui {

// Combo boxes, spin boxes and date fields change their value under the mouse wheel. In a scrolling form
// of legal answers that silently changes an answer while the officer only meant to scroll. Installed on
// such a field, this filter leaves the wheel to the scroll area unless the field has the focus.
class WheelGuard : public QObject {
public:
    using QObject::QObject;

    void guard(QWidget* field) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Wheel) {
            if (auto* field = qobject_cast<QWidget*>(watched); field && !field->hasFocus()) {
                // Ignored and filtered: Qt passes the wheel on to the parent, the scroll area.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace fieldcase::ui
