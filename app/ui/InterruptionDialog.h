#pragma once

#include "RecordingJournal.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fieldcase::ui {

// Asked before a recording starts when an earlier one did not end cleanly: full-process recording
// requires the interruption to be explained. The reason is required; the part recorded before the
// interruption, when there is one, is offered as evidence.
class InterruptionDialog : public QDialog {
    Q_OBJECT
public:
    explicit InterruptionDialog(const evidence::RecordingMarker& marker, QWidget* parent = nullptr);

    QString reason() const;
    bool keepPartialRecording() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    evidence::RecordingMarker m_marker;
    QLabel* m_explanation = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QCheckBox* m_keepPartialCheck = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace fieldcase::ui
