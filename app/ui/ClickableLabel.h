#pragma once

#include <QCheckBox>
#include <QLabel>
#include <QMouseEvent>

namespace fieldcase::ui {

// A check box cannot wrap its text, and long legal statements must fit a tablet's column: a check box
// without text beside this wrapping label, which toggles it when clicked as the box's own text would.
class ClickableLabel : public QLabel {
public:
    ClickableLabel(QCheckBox* check, QWidget* parent = nullptr)
        : QLabel(parent) {
        setWordWrap(true);
        setBuddy(check);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override {
        if (auto* check = qobject_cast<QCheckBox*>(buddy()); check && check->isEnabled())
            check->toggle();
        QLabel::mouseReleaseEvent(event);
    }
};

} // namespace fieldcase::ui
