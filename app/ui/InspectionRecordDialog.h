#pragma once

#include "InspectionTask.h"
#include "User.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class SignatureDialog;

// The site inspection record (现场检查笔录) of a started inspection: the officers present with their
// certificate numbers, the declaration that certificates were shown, rights told and no conflict exists,
// the findings, the outcome (no problem, correction required, open a case with its cause) and the
// inspected party's signature or witnessed refusal. What is still missing is listed as it changes;
// Complete is refused by the store until nothing is.
class InspectionRecordDialog : public QDialog {
    Q_OBJECT
public:
    InspectionRecordDialog(store::Store& store, const User& user, const QUuid& inspectionId,
                           QWidget* parent = nullptr);

    // Opens the signature dialog (non-blocking) for the inspected party.
    SignatureDialog* openPartySignature();
    // The signed-in officer signs as the recorder (记录人), as the record's form asks.
    SignatureDialog* openRecorderSignature();
    bool complete();

signals:
    // The inspection was completed; `caseId` is the case registered from it, if any.
    void completed(const QUuid& caseId);

private:
    void updateMissing();
    void showSignature();
    SignatureDialog* openSignature(const QString& place);

    store::Store& m_store;
    User m_user;
    Inspection m_inspection;
    QListWidget* m_officers;
    QCheckBox* m_declaration;
    QPlainTextEdit* m_findings;
    QComboBox* m_outcome;
    QLineEdit* m_cause;
    QLabel* m_signatureLabel;
    QPushButton* m_signButton;
    QLabel* m_recorderLabel;
    QPushButton* m_recorderButton;
    QListWidget* m_missing;
    QPushButton* m_completeButton;
    bool m_partySigned = false;
};

} // namespace fieldcase::ui
