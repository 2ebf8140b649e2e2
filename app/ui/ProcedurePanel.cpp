#include "ProcedurePanel.h"

#include "CaseRecordDialog.h"
#include "DisplayText.h"
#include "InterviewDialog.h"
#include "ProcedureStepDialog.h"

#include "Accounts.h"
#include "CaseProcedure.h"
#include "Cases.h"
#include "DeviceKey.h"
#include "Interviews.h"
#include "ProfileEvidence.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

const QString SettingsMetaKey = QStringLiteral("procedure_settings");

QColor levelColour(procedure::Deadline::Level level) {
    switch (level) {
    case procedure::Deadline::Level::Overdue:
        return QColor(0xb0, 0x00, 0x20);
    case procedure::Deadline::Level::Soon:
        return QColor(0xa0, 0x5a, 0x00);
    case procedure::Deadline::Level::Ok:
        break;
    }
    return {};
}

// The line a record shows in the case's history: what, when, and the words that were written down.
QString recordText(const CaseRecord& record) {
    QString text = enumDisplayName(record.kind);
    if (record.onDate.isValid())
        text += QStringLiteral("  ") + longDate(record.onDate);
    for (const char* key : {record_keys::who, record_keys::request, record_keys::opinion,
                            record_keys::corrects, record_keys::correction, record_keys::comment}) {
        const QString value = record.body.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            text += QStringLiteral(" · ") + value;
    }
    if (record.kind == CaseRecordKind::ProcedureStep) {
        if (const auto action = enumFromKey<procedure::CaseAction>(
                record.body.value(QLatin1String(record_keys::action)).toString()))
            text = enumDisplayName(*action) + QStringLiteral("  ") + longDate(record.onDate) +
                   (record.body.value(QLatin1String(record_keys::comment)).toString().isEmpty()
                        ? QString()
                        : QStringLiteral(" · ") +
                              record.body.value(QLatin1String(record_keys::comment)).toString());
    }
    return text;
}

} // namespace

ProcedurePanel::ProcedurePanel(evidence::ProfileEvidence& evidence, const User& user, QWidget* parent)
    : QGroupBox(parent)
    , m_evidence(evidence)
    , m_user(user)
    , m_deadlines(new QListWidget)
    , m_actionsLayout(new QHBoxLayout)
    , m_noActionsLabel(new QLabel)
    , m_records(new QListWidget)
    , m_interferenceButton(new QPushButton)
    , m_recordButton(new QPushButton)
    , m_amendmentButton(new QPushButton)
    , m_interviewButton(new QPushButton) {
    setObjectName(QStringLiteral("procedurePanel"));
    m_deadlines->setObjectName(QStringLiteral("deadlinesList"));
    m_records->setObjectName(QStringLiteral("recordsList"));
    m_interferenceButton->setObjectName(QStringLiteral("interferenceButton"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_amendmentButton->setObjectName(QStringLiteral("amendmentSignOffButton"));
    m_interviewButton->setObjectName(QStringLiteral("interviewButton"));
    // Interviews are conducted by the officers of the case; a leader may take part in one.
    m_interviewButton->setVisible(m_user.hasRole(Role::Inspector) || m_user.hasRole(Role::TeamLeader));
    // The menu lists what this person may record; it is filled when the language is set.
    m_recordButton->setMenu(new QMenu(m_recordButton));
    m_deadlines->setSelectionMode(QAbstractItemView::NoSelection);
    m_records->setWordWrap(true);
    m_deadlines->setWordWrap(true);
    // Side by side and allowed to be short: the case page must still fit a 768-pixel laptop screen.
    for (QListWidget* list : {m_deadlines, m_records}) {
        list->setMinimumHeight(48);
        list->setMaximumHeight(120);
    }
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_deadlines, 2);
    lists->addWidget(m_records, 3);
    auto* layout = new QVBoxLayout(this);
    m_actionsLayout->addWidget(m_noActionsLabel);
    m_actionsLayout->addStretch();
    // The steps on one row, what anyone records on the next: together they would not fit a tablet's width.
    auto* toolsLayout = new QHBoxLayout;
    toolsLayout->addWidget(m_amendmentButton);
    toolsLayout->addWidget(m_interviewButton);
    toolsLayout->addWidget(m_recordButton);
    toolsLayout->addWidget(m_interferenceButton);
    toolsLayout->addStretch();
    layout->addLayout(m_actionsLayout);
    layout->addLayout(toolsLayout);
    layout->addLayout(lists, 1);
    connect(m_interferenceButton, &QPushButton::clicked, this, [this] { openInterference(); });
    connect(m_amendmentButton, &QPushButton::clicked, this, [this] { openAmendmentSignOff(); });
    connect(m_interviewButton, &QPushButton::clicked, this, [this] { openInterview(); });
    // An interview listed among the records reopens in its dialog (a draft to go on, a confirmed one to
    // read).
    connect(m_records, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QUuid id = item->data(Qt::UserRole).toUuid(); !id.isNull())
            openInterview(id);
    });
    retranslate();
}

procedure::ProcedureSettings ProcedurePanel::settingsOf(store::Store& store) {
    return procedure::ProcedureSettings::fromJson(
        QJsonDocument::fromJson(store.metaValue(SettingsMetaKey).toUtf8()).object());
}

void ProcedurePanel::showCase(const QUuid& caseId) {
    m_caseId = caseId;
    refresh();
}

void ProcedurePanel::refresh() {
    store::Store& store = m_evidence.service().store();
    const std::optional<Case> shown = store::Cases(store).caseById(m_caseId);
    if (!shown)
        return;
    const store::CaseProcedure procedure(store);
    const procedure::ProcedureSettings settings = settingsOf(store);
    const QDate today = QDate::currentDate();

    m_deadlines->clear();
    procedure::ClockFacts clocks = procedure.clockFacts(m_caseId);
    const procedure::CaseFacts facts = procedure.facts(m_caseId, today);
    clocks.hearingAvailable = procedure::hearingAvailable(facts, settings);
    for (const procedure::Deadline& deadline : procedure::caseDeadlines(clocks, today, settings)) {
        QString text = deadline.paused
                           ? tr("%1: paused, %2 days left").arg(deadline.label).arg(deadline.daysLeft)
                       : deadline.daysLeft >= 0 ? tr("%1: by %2 (%3 days left)")
                                                      .arg(deadline.label, longDate(deadline.due))
                                                      .arg(deadline.daysLeft)
                                                : tr("%1: was due %2 (%3 days overdue)")
                                                      .arg(deadline.label, longDate(deadline.due))
                                                      .arg(-deadline.daysLeft);
        auto* item = new QListWidgetItem(text, m_deadlines);
        if (const QColor colour = levelColour(deadline.level); colour.isValid())
            item->setForeground(colour);
    }
    if (m_deadlines->count() == 0)
        m_deadlines->addItem(tr("No procedure clock is running."));

    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    const QList<procedure::CaseAction> actions = procedure::actionsFor(shown->state, m_user.roles);
    for (procedure::CaseAction action : actions) {
        auto* button = new QPushButton(enumDisplayName(action) + QStringLiteral("…"));
        button->setObjectName(QStringLiteral("action_") + enumKey(action));
        connect(button, &QPushButton::clicked, this, [this, action] { openStep(action); });
        m_actionsLayout->insertWidget(int(m_actionButtons.size()), button);
        m_actionButtons.append(button);
    }
    m_noActionsLabel->setVisible(actions.isEmpty());
    const int pendingAmendments = int(procedure.pendingAmendments(m_caseId).size());
    m_amendmentButton->setVisible(m_user.hasRole(Role::TeamLeader) && pendingAmendments > 0);
    m_amendmentButton->setText(tr("Sign off %n amendment(s)…", nullptr, pendingAmendments));

    // Interference records are for leaders (and whoever wrote them): they exist to be seen by those who
    // supervise the case, and to be in the case file.
    m_records->clear();
    const bool leader = m_user.hasRole(Role::TeamLeader);
    for (const CaseRecord& record : procedure.records(m_caseId)) {
        if (record.kind == CaseRecordKind::Interference && !leader && record.recordedBy != m_user.id)
            continue;
        auto* item = new QListWidgetItem(recordText(record), m_records);
        if (record.kind == CaseRecordKind::Interference)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    for (const Interview& interview : store::Interviews(store).forCase(m_caseId)) {
        const QString when = QLocale().toString(interview.startedAt.toLocalTime(), QLocale::ShortFormat);
        const QString name =
            interview.interviewee.name.isEmpty() ? tr("(no name yet)") : interview.interviewee.name;
        auto* item = new QListWidgetItem(interview.isConfirmed()
                                             ? tr("Interview record of %1, %2 (confirmed)").arg(name, when)
                                             : tr("Interview record of %1, %2 (draft)").arg(name, when),
                                         m_records);
        item->setData(Qt::UserRole, interview.id);
    }
    for (const store::SignOff& signOff : procedure.signOffs(m_caseId)) {
        const auto action = enumFromKey<procedure::CaseAction>(signOff.action);
        m_records->addItem(
            tr("Signed by %1 on %2: %3%4")
                .arg(signOff.signerName, longDate(signOff.signedAt.toLocalTime().date()),
                     action ? enumDisplayName(*action) : enumDisplayName(CaseRecordKind::Amendment),
                     procedure.signatureHolds(signOff) ? QString() : tr(" (signature does not verify)")));
    }
}

ProcedureStepDialog* ProcedurePanel::openStep(procedure::CaseAction action) {
    auto* dialog = new ProcedureStepDialog(m_evidence, m_user, m_caseId, action,
                                           settingsOf(m_evidence.service().store()), this);
    dialog->setObjectName(QStringLiteral("procedureStepDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProcedureStepDialog::stepTaken, this, [this] {
        refresh();
        emit caseChanged();
    });
    dialog->show();
    return dialog;
}

CaseRecordDialog* ProcedurePanel::openRecord(CaseRecordKind kind) {
    auto* dialog = new CaseRecordDialog(m_evidence.service().store(), m_user, m_caseId, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseRecordDialog::recorded, this, [this] {
        refresh();
        emit caseChanged();
    });
    dialog->show();
    return dialog;
}

InterviewDialog* ProcedurePanel::openInterview(const QUuid& interviewId) {
    auto* dialog = new InterviewDialog(m_evidence.service().store(), m_user, m_caseId, interviewId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto changed = [this] {
        refresh();
        emit caseChanged();
    };
    connect(dialog, &InterviewDialog::saved, this, changed);
    connect(dialog, &InterviewDialog::confirmed, this, changed);
    dialog->show();
    return dialog;
}

QDialog* ProcedurePanel::openAmendmentSignOff() {
    store::Store& store = m_evidence.service().store();
    const QList<CaseRecord> pending = store::CaseProcedure(store).pendingAmendments(m_caseId);
    if (pending.isEmpty())
        return nullptr;
    const CaseRecord amendment = pending.first();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("amendmentSignOffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign off an amendment"));
    auto* layout = new QVBoxLayout(dialog);
    auto* what = new QLabel(
        tr("<b>Corrects:</b> %1<br><b>Correct text:</b> %2<br><b>Reason:</b> %3<br>Recorded %4")
            .arg(amendment.body.value(QLatin1String(record_keys::corrects)).toString().toHtmlEscaped(),
                 amendment.body.value(QLatin1String(record_keys::correction)).toString().toHtmlEscaped(),
                 amendment.body.value(QLatin1String(record_keys::comment)).toString().toHtmlEscaped(),
                 longDate(amendment.onDate)));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    auto* comment = new QLineEdit;
    comment->setObjectName(QStringLiteral("commentField"));
    auto* password = new QLineEdit;
    password->setObjectName(QStringLiteral("passwordField"));
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Comment:"), comment);
    form->addRow(tr("&Password:"), password);
    layout->addLayout(form);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this, &store] {
        const store::Accounts::LoginResult login =
            store::Accounts(store).unlock(m_user.id, password->text(), QDateTime::currentMSecsSinceEpoch());
        password->clear();
        store::StoreResult signedOff = store::StoreResult::failure(login.message);
        if (login.ok()) {
            const security::DeviceKey* key = m_evidence.deviceKey();
            store::Signer signer;
            if (key)
                signer = [key](const QByteArray& bytes) { return key->sign(bytes); };
            signedOff = store::CaseProcedure(store).signAmendment(m_user.id, m_user.roles, m_caseId,
                                                                  amendment.id, comment->text(), signer);
        }
        if (!signedOff) {
            error->setText(signedOff.message());
            error->show();
            return;
        }
        refresh();
        emit caseChanged();
        dialog->accept();
    });
    dialog->show();
    return dialog;
}

QDialog* ProcedurePanel::openInterference() {
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("interferenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record an attempt to interfere"));
    auto* layout = new QVBoxLayout(dialog);
    auto* note =
        new QLabel(tr("Anyone who was asked to influence this case records it here. The record cannot "
                      "be changed or deleted; leaders see it and it belongs to the case file."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    auto* who = new QLineEdit;
    who->setObjectName(QStringLiteral("whoField"));
    auto* position = new QLineEdit;
    position->setObjectName(QStringLiteral("positionField"));
    auto* when = new QDateTimeEdit(QDateTime::currentDateTime());
    when->setObjectName(QStringLiteral("whenField"));
    when->setCalendarPopup(true);
    auto* channel = new QComboBox;
    channel->setObjectName(QStringLiteral("channelField"));
    channel->setEditable(true);
    channel->addItems({tr("In person"), tr("By phone"), tr("By message"), tr("Through someone else")});
    auto* request = new QPlainTextEdit;
    request->setObjectName(QStringLiteral("requestField"));
    form->addRow(tr("&Who:"), who);
    form->addRow(tr("Their &post:"), position);
    form->addRow(tr("Wh&en:"), when);
    form->addRow(tr("&How:"), channel);
    form->addRow(tr("What was &asked:"), request);
    layout->addLayout(form);
    auto* error = new QLabel;
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    const auto updateSave = [=] {
        buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!who->text().trimmed().isEmpty() && !request->toPlainText().trimmed().isEmpty());
    };
    connect(who, &QLineEdit::textChanged, dialog, updateSave);
    connect(request, &QPlainTextEdit::textChanged, dialog, updateSave);
    updateSave();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        CaseRecord record;
        record.caseId = m_caseId;
        record.kind = CaseRecordKind::Interference;
        record.onDate = when->dateTime().date();
        record.body = {
            {QLatin1String(record_keys::who), who->text().trimmed()},
            {QLatin1String(record_keys::position), position->text().trimmed()},
            {QLatin1String(record_keys::occurredAt), when->dateTime().toUTC().toString(Qt::ISODate)},
            {QLatin1String(record_keys::channel), channel->currentText()},
            {QLatin1String(record_keys::request), request->toPlainText().trimmed()}};
        const store::StoreResult saved =
            store::CaseProcedure(m_evidence.service().store()).addRecord(m_user.id, record);
        if (!saved) {
            error->setText(saved.message());
            error->show();
            return;
        }
        refresh();
        emit caseChanged();
        dialog->accept();
    });
    dialog->resize(520, 420);
    dialog->show();
    return dialog;
}

void ProcedurePanel::retranslate() {
    setTitle(tr("Procedure"));
    m_noActionsLabel->setText(tr("No step of the procedure is yours to take now."));
    m_interferenceButton->setText(tr("Record &interference…"));
    m_recordButton->setText(tr("&Record…"));
    m_interviewButton->setText(tr("I&nterview record…"));
    QMenu* menu = m_recordButton->menu();
    menu->clear();
    for (CaseRecordKind kind : CaseRecordDialog::kindsFor(m_user.roles))
        menu->addAction(enumDisplayName(kind) + QStringLiteral("…"), this,
                        [this, kind] { openRecord(kind); });
    m_recordButton->setVisible(!menu->isEmpty());
    refresh();
}

void ProcedurePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace fieldcase::ui
