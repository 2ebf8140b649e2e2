#pragma once

#include "EvidencePanel.h"

#include "Evidence.h"
#include "User.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class CasePage;
}

namespace fieldcase::store {
class Store;
}
namespace fieldcase::evidence {
class ProfileEvidence;
}

namespace fieldcase::ui {

class CaptureDialog;
class Dialogs;
class DiscretionDialog;
class DocumentDialog;
class EvidencePanel;
class ImportDialog;
class ProcedurePanel;

// One case: its number, the subject with its credit code, cause, state, lead officer, the violations
// with their act dates (they decide which law applies), the penalty discretion results saved with it and the
// case's history from the audit log.
class CasePage : public QWidget {
    Q_OBJECT
public:
    // `user`: the signed-in user, who saves discretion results and adds evidence.
    // `currentPosition` gives the device's position at a capture.
    CasePage(store::Store& store, evidence::ProfileEvidence& evidence, const User& user, Dialogs& dialogs,
             std::function<PositionStamp()> currentPosition, QWidget* parent = nullptr);
    ~CasePage() override;

    // False when there is no such case (it was deleted by a sync, or the id is stale).
    bool showCase(const QUuid& caseId);
    QUuid caseId() const { return m_caseId; }
    // The number shown in the header: official, or provisional until the bureau assigns one.
    QString caseNumber() const;

    // Opens the penalty discretion dialog (non-blocking) for a new computation, or for the saved result
    // in row `savedRow` of the discretion table.
    DiscretionDialog* openDiscretion(int savedRow = -1);
    DiscretionDialog* discretionDialog() const;

    // Opens the documents of the case (non-blocking): preview, what is missing, save as PDF, print.
    DocumentDialog* openDocuments();
    EvidencePanel* evidencePanel() const { return m_evidencePanel; }
    ProcedurePanel* procedurePanel() const { return m_procedurePanel; }
    // Opens the import dialog (non-blocking) for files or a body camera's folder.
    ImportDialog* openImport(bool fromBodyCamera);
    // Opens the capture dialog (non-blocking); where there is no camera or microphone it offers the import.
    CaptureDialog* openCapture(EvidencePanel::Add what);
    // A new evidence record for this case with what the page knows: case, who, who was present.
    EvidenceRecord evidenceDraft() const;

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showEvents();
    void showDiscretionResults();
    QString describeEvent(const QString& action, const QJsonObject& details) const;
    QString userName(const QUuid& userId) const;

    std::unique_ptr<Ui::CasePage> m_ui;
    store::Store& m_store;
    evidence::ProfileEvidence& m_evidence;
    User m_user;
    QUuid m_userId;
    Dialogs& m_dialogs;
    std::function<PositionStamp()> m_currentPosition;
    EvidencePanel* m_evidencePanel;
    ProcedurePanel* m_procedurePanel;
    QUuid m_caseId;
    QPointer<QDialog> m_discretionDialog; // a DiscretionDialog
};

} // namespace fieldcase::ui
