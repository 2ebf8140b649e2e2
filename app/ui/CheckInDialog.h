#pragma once

#include "CheckIns.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CheckInDialog;
}

namespace fieldcase::ui {

// The check-in of an inspection as the officers see it on site: how far they are from where the subject
// is registered, and what makes the position doubtful (no fix, beyond the radius, an old or imprecise
// fix, no registered location), in plain words.
class CheckInDialog : public QDialog {
    Q_OBJECT
public:
    CheckInDialog(const store::CheckIn& checkIn, const QString& subjectName, QWidget* parent = nullptr);
    ~CheckInDialog() override;

    // A distance in metres as the dialog writes it ("120 m", "1.50 km"), in the current language.
    static QString distanceText(double meters);
    // The warnings of a check-in, one sentence each; empty when nothing is doubtful.
    static QStringList warnings(const store::CheckIn& checkIn);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCheckIn();

    std::unique_ptr<Ui::CheckInDialog> m_ui;
    store::CheckIn m_checkIn;
    QString m_subjectName;
};

} // namespace fieldcase::ui
