#include "InterviewDialog.h"

#include "SignatureDialog.h"

#include "Accounts.h"
#include "Cases.h"
#include "Interviews.h"
#include "Signatures.h"
#include "Subjects.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

QString officerText(const OfficerPresence& officer) {
    return officer.certificateNumber.trimmed().isEmpty()
               ? InterviewDialog::tr("%1 — no enforcement certificate on record").arg(officer.name)
               : InterviewDialog::tr("%1, certificate %2").arg(officer.name, officer.certificateNumber);
}

// One line per question in the list; the full text is edited below it.
QString exchangeText(int number, const InterviewExchange& exchange) {
    const QString question = exchange.question.simplified();
    return InterviewDialog::tr("%1. %2").arg(number).arg(
        question.isEmpty() ? InterviewDialog::tr("(new question)") : question);
}

} // namespace

InterviewDialog::InterviewDialog(store::Store& store, const User& user, const QUuid& caseId,
                                 const QUuid& interviewId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_name(new QLineEdit)
    , m_gender(new QComboBox)
    , m_idNumber(new QLineEdit)
    , m_employer(new QLineEdit)
    , m_position(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_relation(new QLineEdit)
    , m_place(new QLineEdit)
    , m_start(new QDateTimeEdit)
    , m_endedCheck(new QCheckBox)
    , m_end(new QDateTimeEdit)
    , m_officerList(new QListWidget)
    , m_officerCombo(new QComboBox)
    , m_addOfficerButton(new QPushButton)
    , m_removeOfficerButton(new QPushButton)
    , m_recorder(new QLineEdit)
    , m_rights(new QLabel)
    , m_recusal(new QLineEdit)
    , m_exchangeList(new QListWidget)
    , m_question(new QPlainTextEdit)
    , m_answer(new QPlainTextEdit)
    , m_addQuestionButton(new QPushButton)
    , m_removeQuestionButton(new QPushButton)
    , m_signatureLabel(new QLabel)
    , m_signButton(new QPushButton)
    , m_missing(new QListWidget)
    , m_error(new QLabel)
    , m_confirmedLabel(new QLabel)
    , m_saveButton(new QPushButton)
    , m_confirmButton(new QPushButton) {
    setObjectName(QStringLiteral("interviewDialog"));
    setWindowTitle(tr("Interview record"));
    m_name->setObjectName(QStringLiteral("intervieweeNameField"));
    m_gender->setObjectName(QStringLiteral("intervieweeGenderField"));
    m_idNumber->setObjectName(QStringLiteral("intervieweeIdNumberField"));
    m_employer->setObjectName(QStringLiteral("intervieweeEmployerField"));
    m_position->setObjectName(QStringLiteral("intervieweePositionField"));
    m_phone->setObjectName(QStringLiteral("intervieweePhoneField"));
    m_relation->setObjectName(QStringLiteral("intervieweeRelationField"));
    m_place->setObjectName(QStringLiteral("placeField"));
    m_start->setObjectName(QStringLiteral("startField"));
    m_endedCheck->setObjectName(QStringLiteral("endedCheck"));
    m_end->setObjectName(QStringLiteral("endField"));
    m_officerList->setObjectName(QStringLiteral("officersList"));
    m_officerCombo->setObjectName(QStringLiteral("officerCombo"));
    m_addOfficerButton->setObjectName(QStringLiteral("addOfficerButton"));
    m_removeOfficerButton->setObjectName(QStringLiteral("removeOfficerButton"));
    m_recorder->setObjectName(QStringLiteral("recorderField"));
    m_rights->setObjectName(QStringLiteral("rightsLabel"));
    m_recusal->setObjectName(QStringLiteral("recusalField"));
    m_exchangeList->setObjectName(QStringLiteral("exchangesList"));
    m_question->setObjectName(QStringLiteral("questionField"));
    m_answer->setObjectName(QStringLiteral("answerField"));
    m_addQuestionButton->setObjectName(QStringLiteral("addQuestionButton"));
    m_removeQuestionButton->setObjectName(QStringLiteral("removeQuestionButton"));
    m_signButton->setObjectName(QStringLiteral("intervieweeSignButton"));
    m_signatureLabel->setObjectName(QStringLiteral("signatureLabel"));
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_confirmedLabel->setObjectName(QStringLiteral("confirmedLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));

    const std::optional<Interview> stored =
        interviewId.isNull() ? std::nullopt : store::Interviews(store).byId(interviewId);
    if (stored) {
        m_interview = *stored;
    } else {
        // A new interview: the signed-in officer is present and writes the record; it starts now, at the
        // party's premises unless the officers write another place.
        m_interview.caseId = caseId;
        m_interview.startedAt = QDateTime::currentDateTimeUtc();
        m_interview.officers = {{user.id, user.name, user.certificateNumber}};
        m_interview.recorder = user.name;
        if (const std::optional<Case> theCase = store::Cases(store).caseById(caseId)) {
            if (const std::optional<Subject> subject = store::Subjects(store).subject(theCase->subjectId))
                m_interview.place = subject->address;
        }
    }

    // The record is a Chinese legal form whatever the screen's language: the value kept is the form's word.
    m_gender->addItem(QString(), QString());
    m_gender->addItem(tr("Male"), QStringLiteral("男"));
    m_gender->addItem(tr("Female"), QStringLiteral("女"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_endedCheck->setText(tr("Ended at:"));
    m_officerList->setMaximumHeight(72);
    m_addOfficerButton->setText(tr("&Add officer"));
    m_removeOfficerButton->setText(tr("Remove officer"));
    m_rights->setText(
        tr("We are enforcement officers of the ecological environment authority and have shown "
           "you our enforcement certificates. We are questioning you according to law about the "
           "suspected environmental violation of the party. You must answer truthfully and "
           "assist the investigation, and must not give false information or obstruct it. If "
           "you believe an officer has a direct interest in the case or another relationship "
           "that could affect fair enforcement, you have the right to ask for the officer's "
           "recusal."));
    m_rights->setWordWrap(true);
    m_recusal->setPlaceholderText(tr("The interviewee's answer: do they ask for an officer's recusal?"));
    m_exchangeList->setMaximumHeight(110);
    m_question->setPlaceholderText(tr("Question"));
    m_answer->setPlaceholderText(tr("Answer, in the interviewee's words"));
    m_question->setTabChangesFocus(true);
    m_answer->setTabChangesFocus(true);
    m_addQuestionButton->setText(tr("Add &question"));
    m_removeQuestionButton->setText(tr("Remove question"));
    m_signButton->setText(tr("Interviewee &signs…"));
    m_saveButton->setText(tr("Save dra&ft"));
    m_confirmButton->setText(tr("&Confirm the record"));
    m_missing->setMaximumHeight(80);
    m_missing->setSelectionMode(QAbstractItemView::NoSelection);
    m_missing->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_confirmedLabel->hide();

    auto* personBox = new QGroupBox(tr("Interviewee"));
    auto* person = new QFormLayout(personBox);
    person->addRow(tr("&Name:"), m_name);
    person->addRow(tr("&Gender:"), m_gender);
    person->addRow(tr("&ID number:"), m_idNumber);
    person->addRow(tr("&Employer:"), m_employer);
    person->addRow(tr("&Position:"), m_position);
    person->addRow(tr("P&hone:"), m_phone);
    person->addRow(tr("Re&lation to the party:"), m_relation);

    auto* sessionBox = new QGroupBox(tr("Interview"));
    auto* session = new QFormLayout(sessionBox);
    session->addRow(tr("P&lace:"), m_place);
    session->addRow(tr("S&tarted at:"), m_start);
    session->addRow(m_endedCheck, m_end);
    auto* officerButtons = new QHBoxLayout;
    officerButtons->addWidget(m_officerCombo, 1);
    officerButtons->addWidget(m_addOfficerButton);
    officerButtons->addWidget(m_removeOfficerButton);
    auto* officers = new QVBoxLayout;
    officers->addWidget(m_officerList);
    officers->addLayout(officerButtons);
    session->addRow(tr("Officers:"), officers);
    session->addRow(tr("&Recorder:"), m_recorder);

    auto* qaBox = new QGroupBox(tr("Questions and answers"));
    auto* qa = new QVBoxLayout(qaBox);
    qa->addWidget(m_rights);
    auto* recusal = new QFormLayout;
    recusal->addRow(tr("Recusal re&quested:"), m_recusal);
    qa->addLayout(recusal);
    auto* qaButtons = new QHBoxLayout;
    qaButtons->addWidget(m_addQuestionButton);
    qaButtons->addWidget(m_removeQuestionButton);
    qaButtons->addStretch();
    qa->addWidget(m_exchangeList);
    qa->addLayout(qaButtons);
    qa->addWidget(m_question);
    qa->addWidget(m_answer);

    auto* signatureRow = new QHBoxLayout;
    signatureRow->addWidget(new QLabel(tr("Interviewee's signature:")));
    signatureRow->addWidget(m_signatureLabel, 1);
    signatureRow->addWidget(m_signButton);

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(personBox);
    left->addWidget(sessionBox);
    left->addStretch();
    columns->addLayout(left, 2);
    columns->addWidget(qaBox, 3);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(columns);
    contentLayout->addLayout(signatureRow);
    // Scrolls on a small laptop screen rather than pushing the buttons off it.
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_confirmButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_confirmedLabel);
    layout->addWidget(new QLabel(tr("Still missing before the record can be confirmed:")));
    layout->addWidget(m_missing);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_endedCheck, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_addOfficerButton, &QPushButton::clicked, this, &InterviewDialog::addSelectedOfficer);
    connect(m_removeOfficerButton, &QPushButton::clicked, this, [this] {
        const int row = m_officerList->currentRow();
        if (row < 0 || row >= m_officers.size())
            return;
        m_officers.removeAt(row);
        showOfficers();
    });
    connect(m_addQuestionButton, &QPushButton::clicked, this, &InterviewDialog::addQuestion);
    connect(m_removeQuestionButton, &QPushButton::clicked, this, [this] {
        const int row = m_exchangeList->currentRow();
        if (row < 0 || row >= m_exchanges.size())
            return;
        m_exchanges.removeAt(row);
        showExchanges();
        m_exchangeList->setCurrentRow(std::min(row, int(m_exchanges.size()) - 1));
    });
    connect(m_exchangeList, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < m_exchanges.size();
        m_showing = true;
        m_question->setPlainText(valid ? m_exchanges[row].question : QString());
        m_answer->setPlainText(valid ? m_exchanges[row].answer : QString());
        m_showing = false;
        // A confirmed record stays readable: its fields are read-only rather than disabled.
        m_question->setEnabled(valid);
        m_answer->setEnabled(valid);
    });
    const auto editExchange = [this] {
        const int row = m_exchangeList->currentRow();
        if (m_showing || row < 0 || row >= m_exchanges.size())
            return;
        m_exchanges[row] = {m_question->toPlainText(), m_answer->toPlainText()};
        m_exchangeList->item(row)->setText(exchangeText(row + 1, m_exchanges[row]));
        updateMissing();
    };
    connect(m_question, &QPlainTextEdit::textChanged, this, editExchange);
    connect(m_answer, &QPlainTextEdit::textChanged, this, editExchange);
    connect(m_name, &QLineEdit::textChanged, this, &InterviewDialog::updateMissing);
    connect(m_signButton, &QPushButton::clicked, this, [this] { openIntervieweeSignature(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_confirmButton, &QPushButton::clicked, this, [this] { confirm(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showInterview();
    resize(1000, 700);
}

void InterviewDialog::showInterview() {
    m_showing = true;
    const Interviewee& person = m_interview.interviewee;
    m_name->setText(person.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(person.gender)));
    m_idNumber->setText(person.idNumber);
    m_employer->setText(person.employer);
    m_position->setText(person.position);
    m_phone->setText(person.phone);
    m_relation->setText(person.relation);
    m_recusal->setText(person.recusal);
    m_place->setText(m_interview.place);
    m_start->setDateTime(m_interview.startedAt.toLocalTime());
    m_endedCheck->setChecked(m_interview.endedAt.isValid());
    m_end->setDateTime(m_interview.endedAt.isValid() ? m_interview.endedAt.toLocalTime()
                                                     : QDateTime::currentDateTime());
    m_end->setEnabled(m_interview.endedAt.isValid());
    m_recorder->setText(m_interview.recorder);
    m_officers = m_interview.officers;
    m_exchanges = m_interview.exchanges;
    m_showing = false;
    showOfficers();
    showExchanges();
    if (!m_exchanges.isEmpty())
        m_exchangeList->setCurrentRow(0);
    showSignature();
    if (m_interview.isConfirmed())
        setReadOnly();
}

void InterviewDialog::showOfficers() {
    m_officerList->clear();
    for (const OfficerPresence& officer : m_officers)
        m_officerList->addItem(officerText(officer));
    // Only officers who hold a certificate are offered: the record needs two of them (Art. 42).
    m_officerCombo->clear();
    for (const User& other : store::Accounts(m_store).users()) {
        if (other.certificateNumber.trimmed().isEmpty() ||
            std::any_of(m_officers.cbegin(), m_officers.cend(),
                        [&](const OfficerPresence& o) { return o.userId == other.id; }))
            continue;
        m_officerCombo->addItem(tr("%1, certificate %2").arg(other.name, other.certificateNumber), other.id);
    }
    m_addOfficerButton->setEnabled(m_officerCombo->count() > 0 && !m_interview.isConfirmed());
    updateMissing();
}

void InterviewDialog::addSelectedOfficer() {
    const QUuid id = m_officerCombo->currentData().toUuid();
    const std::optional<User> officer = id.isNull() ? std::nullopt : store::Accounts(m_store).user(id);
    if (!officer)
        return;
    m_officers.append({officer->id, officer->name, officer->certificateNumber});
    showOfficers();
}

void InterviewDialog::showExchanges() {
    m_exchangeList->clear();
    for (int row = 0; row < m_exchanges.size(); ++row)
        m_exchangeList->addItem(exchangeText(row + 1, m_exchanges[row]));
    if (m_exchanges.isEmpty()) {
        m_question->setEnabled(false);
        m_answer->setEnabled(false);
    }
    updateMissing();
}

void InterviewDialog::addQuestion() {
    m_exchanges.append(InterviewExchange{});
    showExchanges();
    m_exchangeList->setCurrentRow(int(m_exchanges.size()) - 1);
    m_question->setFocus();
}

Interview InterviewDialog::fromFields() const {
    Interview interview = m_interview;
    interview.interviewee = {m_name->text().trimmed(),     m_gender->currentData().toString(),
                             m_idNumber->text().trimmed(), m_employer->text().trimmed(),
                             m_position->text().trimmed(), m_phone->text().trimmed(),
                             m_relation->text().trimmed(), m_recusal->text().trimmed()};
    interview.place = m_place->text().trimmed();
    interview.startedAt = m_start->dateTime().toUTC();
    interview.endedAt = m_endedCheck->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    interview.officers = m_officers;
    interview.recorder = m_recorder->text().trimmed();
    interview.exchanges = m_exchanges;
    return interview;
}

SignatureDialog* InterviewDialog::openIntervieweeSignature() {
    if (m_interview.isConfirmed() || !save())
        return nullptr;
    auto* dialog = new SignatureDialog(tr("Interview record"), tr("Signature of the interviewee"),
                                       SignatureDialog::Signer::Party, m_name->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        store::SignatureRecord record =
            signatureRecord(dialog->capture(), store::Interviews::entityType(), m_interview.id,
                            store::Interviews::intervieweePlace());
        record.caseId = m_interview.caseId;
        const store::StoreResult added = store::Signatures(m_store).add(m_user.id, record);
        if (!added)
            showError(added.message());
        showSignature();
    });
    dialog->show();
    return dialog;
}

void InterviewDialog::showSignature() {
    const QList<store::SignatureRecord> signatures =
        m_interview.id.isNull() ? QList<store::SignatureRecord>()
                                : store::Signatures(m_store).forEntity(m_interview.id);
    const std::optional<store::SignatureRecord> signature =
        latestSignatureAt(signatures, store::Interviews::intervieweePlace());
    m_intervieweeSigned = signature.has_value();
    m_signatureLabel->setText(signatureStatus(signature));
    updateMissing();
}

void InterviewDialog::updateMissing() {
    if (m_showing)
        return;
    m_missing->clear();
    if (m_interview.isConfirmed())
        return;
    Interview draft = fromFields();
    QStringList missing = store::Interviews(m_store).missingForConfirmation(draft);
    for (const QString& line : missing)
        m_missing->addItem(QStringLiteral("✗ ") + line);
    if (missing.isEmpty())
        m_missing->addItem(tr("✓ Nothing is missing."));
    m_confirmButton->setEnabled(missing.isEmpty());
}

void InterviewDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool InterviewDialog::save() {
    if (m_interview.isConfirmed())
        return false;
    Interview draft = fromFields();
    const store::StoreResult result = store::Interviews(m_store).save(m_user.id, draft);
    if (!result) {
        showError(result.message());
        return false;
    }
    // The stored record (blank questions dropped) is what the dialog edits from now on; the selected
    // question stays selected where it still exists.
    const int row = m_exchangeList->currentRow();
    m_interview = draft;
    const bool dropped = m_exchanges.size() != m_interview.exchanges.size();
    m_exchanges = m_interview.exchanges;
    if (dropped) {
        showExchanges();
        m_exchangeList->setCurrentRow(std::min(row, int(m_exchanges.size()) - 1));
    }
    showError(QString());
    emit saved();
    return true;
}

bool InterviewDialog::confirm() {
    if (!save())
        return false;
    const store::StoreResult result = store::Interviews(m_store).confirm(m_user.id, m_interview.id);
    if (!result) {
        m_missing->clear();
        for (const QString& line : result.message().split(QLatin1Char('\n')))
            m_missing->addItem(QStringLiteral("✗ ") + line);
        return false;
    }
    m_interview = store::Interviews(m_store).byId(m_interview.id).value_or(m_interview);
    showInterview();
    emit confirmed();
    return true;
}

void InterviewDialog::setReadOnly() {
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(true);
    for (QPlainTextEdit* edit : {m_question, m_answer})
        edit->setReadOnly(true);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_gender, m_start, m_endedCheck, m_end, m_officerCombo, m_addOfficerButton,
             m_removeOfficerButton, m_addQuestionButton, m_removeQuestionButton, m_signButton})
        widget->setEnabled(false);
    m_saveButton->hide();
    m_confirmButton->hide();
    m_missing->clear();
    m_confirmedLabel->setText(
        tr("Confirmed on %1. The record is signed and can no longer be changed.")
            .arg(QLocale().toString(m_interview.confirmedAt.toLocalTime(), QLocale::ShortFormat)));
    m_confirmedLabel->show();
}

} // namespace fieldcase::ui
