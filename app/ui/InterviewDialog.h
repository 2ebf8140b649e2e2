#pragma once

#include "Interview.h"
#include "User.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
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

// The interview record (调查询问笔录) of a case: who is questioned, where and when, the officers with their
// certificate numbers and the recorder, the rights statement read out, the questions with the answers, and
// the interviewee's signature or witnessed refusal. Save keeps a draft; Confirm freezes the record (the
// store refuses it until nothing is missing), after which the dialog only shows it.
class InterviewDialog : public QDialog {
    Q_OBJECT
public:
    // A null `interviewId` starts a new interview with the signed-in officer present and recording.
    InterviewDialog(store::Store& store, const User& user, const QUuid& caseId, const QUuid& interviewId = {},
                    QWidget* parent = nullptr);

    QUuid interviewId() const { return m_interview.id; }
    // Appends an empty question and selects it for editing.
    void addQuestion();
    // Adds the officer of the combo's current entry.
    void addSelectedOfficer();
    // Opens the signature dialog (non-blocking) for the interviewee; the draft is saved first, because
    // the signature belongs to the stored record. Null if the draft cannot be saved.
    SignatureDialog* openIntervieweeSignature();
    bool save();
    bool confirm();

signals:
    void saved();
    void confirmed();

private:
    Interview fromFields() const;
    void showInterview();
    void showExchanges();
    void showOfficers();
    void showSignature();
    void updateMissing();
    void setReadOnly();
    void showError(const QString& message);

    store::Store& m_store;
    User m_user;
    Interview m_interview;
    QList<OfficerPresence> m_officers;
    QList<InterviewExchange> m_exchanges;
    bool m_intervieweeSigned = false;
    bool m_showing = false; // filling the fields from the record, not an edit

    QLineEdit* m_name;
    QComboBox* m_gender;
    QLineEdit* m_idNumber;
    QLineEdit* m_employer;
    QLineEdit* m_position;
    QLineEdit* m_phone;
    QLineEdit* m_relation;
    QLineEdit* m_place;
    QDateTimeEdit* m_start;
    QCheckBox* m_endedCheck;
    QDateTimeEdit* m_end;
    QListWidget* m_officerList;
    QComboBox* m_officerCombo;
    QPushButton* m_addOfficerButton;
    QPushButton* m_removeOfficerButton;
    QLineEdit* m_recorder;
    QLabel* m_rights;
    QLineEdit* m_recusal;
    QListWidget* m_exchangeList;
    QPlainTextEdit* m_question;
    QPlainTextEdit* m_answer;
    QPushButton* m_addQuestionButton;
    QPushButton* m_removeQuestionButton;
    QLabel* m_signatureLabel;
    QPushButton* m_signButton;
    QListWidget* m_missing;
    QLabel* m_error;
    QLabel* m_confirmedLabel;
    QPushButton* m_saveButton;
    QPushButton* m_confirmButton;
};

} // namespace fieldcase::ui
