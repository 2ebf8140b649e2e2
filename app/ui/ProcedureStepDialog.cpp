#include "ProcedureStepDialog.h"
#include "ui_ProcedureStepDialog.h"

#include "Accounts.h"
#include "CaseProcedure.h"
#include "CaseSignOff.h"
#include "Database.h"
#include "ProfileEvidence.h"

#include <QDateTime>
#include <QEvent>
#include <QPushButton>
#include <QThread>

namespace fieldcase::ui {

ProcedureStepDialog::ProcedureStepDialog(evidence::ProfileEvidence& evidence, const User& user,
                                         const QUuid& caseId, procedure::CaseAction action,
                                         const procedure::ProcedureSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProcedureStepDialog>())
    , m_evidence(evidence)
    , m_user(user)
    , m_caseId(caseId)
    , m_action(action)
    , m_settings(settings) {
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->errorLabel->hide();
    m_ui->passwordCaption->setVisible(isSigned());
    m_ui->passwordField->setVisible(isSigned());
    m_ui->signingLabel->setVisible(isSigned());
    connect(m_ui->commentField, &QPlainTextEdit::textChanged, this, &ProcedureStepDialog::refresh);
    connect(m_ui->passwordField, &QLineEdit::textChanged, this, &ProcedureStepDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProcedureStepDialog::take);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProcedureStepDialog::reject);
    refresh();
}

ProcedureStepDialog::~ProcedureStepDialog() {
    m_cancelled = true;
    if (m_worker)
        m_worker->wait();
}

bool ProcedureStepDialog::isSigned() const {
    return store::CaseProcedure::isSignedAction(m_action);
}

void ProcedureStepDialog::refresh() {
    setWindowTitle(enumDisplayName(m_action));
    procedure::CaseFacts facts =
        store::CaseProcedure(m_evidence.service().store()).facts(m_caseId, QDate::currentDate());
    facts.comment = m_ui->commentField->toPlainText();
    // The evidence is re-hashed when the step is taken; until then it counts as intact, so the list shows
    // what else is missing rather than a condition the person cannot meet by hand.
    facts.unverifiedEvidence = 0;
    showCheck(procedure::check(m_action, m_user.roles, facts, m_settings));
}

void ProcedureStepDialog::showCheck(const procedure::TransitionCheck& check) {
    m_ui->stepLabel->setText(tr("<b>%1</b><br>The case then goes to: %2")
                                 .arg(enumDisplayName(m_action), enumDisplayName(check.target)));
    m_ui->requirementsList->clear();
    for (const procedure::Requirement& requirement : check.missing)
        m_ui->requirementsList->addItem(QStringLiteral("✗ ") + requirement.message);
    if (check.missing.isEmpty())
        m_ui->requirementsList->addItem(tr("✓ Every condition of this step is met."));
    const bool commentNeeded = procedure::needsComment(m_action);
    m_ui->commentCaption->setText(commentNeeded ? tr("&Comment (required):") : tr("&Comment:"));
    m_ui->signingLabel->setText(tr(
        "This step is signed with this device's key over the case's content and the hash of every piece of "
        "evidence, which is checked again first. Enter your password to sign."));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(isSigned() ? tr("Sign and take the step") : tr("Take the step"));
    ok->setEnabled(check.allowed() && !m_worker && (!isSigned() || !m_ui->passwordField->text().isEmpty()));
}

void ProcedureStepDialog::take() {
    m_ui->errorLabel->hide();
    if (isSigned()) {
        store::Accounts accounts(m_evidence.service().store());
        const store::Accounts::LoginResult login =
            accounts.unlock(m_user.id, m_ui->passwordField->text(), QDateTime::currentMSecsSinceEpoch());
        m_ui->passwordField->clear();
        if (!login.ok()) {
            m_ui->errorLabel->setText(login.message);
            m_ui->errorLabel->show();
            return;
        }
    }
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->commentField->setReadOnly(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_cancelled = false;
    const QString comment = m_ui->commentField->toPlainText();
    store::Database& database = m_evidence.service().store().database();
    m_worker = QThread::create([this, comment, &database] {
        evidence::CaseSignOff signOff(m_evidence.service(), m_evidence.deviceKey());
        const evidence::CaseSignOff::Result result =
            signOff.apply(m_user.id, m_user.roles, m_caseId, m_action, comment, m_settings,
                          QDate::currentDate(), [this](int done, int total, qint64) {
                              QMetaObject::invokeMethod(this, [this, done, total] {
                                  m_ui->progressBar->setRange(0, total);
                                  m_ui->progressBar->setValue(done);
                              });
                              return !m_cancelled.load();
                          });
        database.releaseThisThreadsConnection();
        QMetaObject::invokeMethod(this, [this, ok = result.ok(), message = result.message(),
                                         check = result.outcome.check] { finishTaking(ok, message, check); });
    });
    m_worker->start();
}

void ProcedureStepDialog::finishTaking(bool ok, const QString& message,
                                       const procedure::TransitionCheck& check) {
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_ui->progressBar->hide();
    m_ui->commentField->setReadOnly(false);
    if (ok) {
        emit stepTaken();
        accept();
        return;
    }
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (!check.missing.isEmpty())
        showCheck(check);
    else
        refresh();
}

void ProcedureStepDialog::reject() {
    // Cancel first stops the evidence check; nothing has been written until it ends.
    if (m_worker) {
        m_cancelled = true;
        return;
    }
    QDialog::reject();
}

void ProcedureStepDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui
