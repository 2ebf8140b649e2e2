#pragma once

#include "User.h"
#include "procedure/Procedure.h"

#include <QDialog>
#include <QUuid>

#include <atomic>
#include <memory>

namespace Ui {
class ProcedureStepDialog;
}
namespace fieldcase::evidence {
class ProfileEvidence;
}

class QThread;

namespace fieldcase::ui {

// One procedure step on a case: where it leads, every condition still missing (from the core's check),
// the comment, and for a leader's or legal reviewer's step the password again, because the step is
// signed with the device key. Taking the step re-hashes the case's evidence on a worker thread first;
// the progress shows and Cancel stops it before anything is written.
class ProcedureStepDialog : public QDialog {
    Q_OBJECT
public:
    ProcedureStepDialog(evidence::ProfileEvidence& evidence, const User& user, const QUuid& caseId,
                        procedure::CaseAction action, const procedure::ProcedureSettings& settings,
                        QWidget* parent = nullptr);
    ~ProcedureStepDialog() override;

    procedure::CaseAction action() const { return m_action; }

signals:
    void stepTaken();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void showCheck(const procedure::TransitionCheck& check);
    void refresh();
    void take();
    void finishTaking(bool ok, const QString& message, const procedure::TransitionCheck& check);
    bool isSigned() const;

    std::unique_ptr<Ui::ProcedureStepDialog> m_ui;
    evidence::ProfileEvidence& m_evidence;
    User m_user;
    QUuid m_caseId;
    procedure::CaseAction m_action;
    procedure::ProcedureSettings m_settings;
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace fieldcase::ui
