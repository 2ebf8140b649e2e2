#pragma once

#include "CaseRecord.h"
#include "User.h"
#include "procedure/Procedure.h"

#include <QGroupBox>
#include <QUuid>

class QHBoxLayout;
class QListWidget;
class QPushButton;
class QLabel;

namespace fieldcase::evidence {
class ProfileEvidence;
}
namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class CaseRecordDialog;
class InterviewDialog;
class ProcedureStepDialog;

// The procedure of one case on the case page: the clocks that run (with a warning colour when a deadline
// is near or past), the steps the signed-in person may take now, the case's records (served notices,
// reviews, sign-offs…) and "Record interference", which anyone may use and nobody can undo.
class ProcedurePanel : public QGroupBox {
    Q_OBJECT
public:
    ProcedurePanel(evidence::ProfileEvidence& evidence, const User& user, QWidget* parent = nullptr);

    void showCase(const QUuid& caseId);
    void refresh();
    // Opens the step dialog (non-blocking) for `action`.
    ProcedureStepDialog* openStep(procedure::CaseAction action);
    QDialog* openInterference();
    // A leader signs the oldest pending amendment off, with the password again (non-blocking).
    QDialog* openAmendmentSignOff();
    // Opens the dialog (non-blocking) that records a dated fact of the case.
    CaseRecordDialog* openRecord(CaseRecordKind kind);
    // Opens the interview record dialog (non-blocking): a new interview, or the one with `interviewId`.
    InterviewDialog* openInterview(const QUuid& interviewId = {});
    QListWidget* deadlinesList() const { return m_deadlines; }
    QListWidget* recordsList() const { return m_records; }

    // The bureau's procedure settings kept in the profile (defaults until the bureau sends its own).
    static procedure::ProcedureSettings settingsOf(store::Store& store);

signals:
    void caseChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    evidence::ProfileEvidence& m_evidence;
    User m_user;
    QUuid m_caseId;
    QListWidget* m_deadlines;
    QHBoxLayout* m_actionsLayout;
    QLabel* m_noActionsLabel;
    QListWidget* m_records;
    QPushButton* m_interferenceButton;
    QPushButton* m_recordButton;
    QPushButton* m_amendmentButton;
    QPushButton* m_interviewButton;
    QList<QPushButton*> m_actionButtons;
};

} // namespace fieldcase::ui
