#include "CasePage.h"
#include "ui_CasePage.h"

#include "CaptureDialog.h"
#include "DiscretionDialog.h"
#include "DisplayText.h"
#include "DocumentDialog.h"
#include "EvidencePanel.h"
#include "ImportDialog.h"
#include "ProcedurePanel.h"

#include "Accounts.h"
#include "Cases.h"
#include "DiscretionStore.h"
#include "ProfileEvidence.h"
#include "Subjects.h"

#include <QJsonObject>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>

namespace fieldcase::ui {

namespace {

QTableWidgetItem* cellItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

CasePage::CasePage(store::Store& store, evidence::ProfileEvidence& evidence, const User& user,
                   Dialogs& dialogs, std::function<PositionStamp()> currentPosition, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CasePage>())
    , m_store(store)
    , m_evidence(evidence)
    , m_user(user)
    , m_userId(user.id)
    , m_dialogs(dialogs)
    , m_currentPosition(std::move(currentPosition))
    , m_evidencePanel(new EvidencePanel(evidence))
    , m_procedurePanel(new ProcedurePanel(evidence, user)) {
    m_ui->setupUi(this);
    // Beside the case's facts, where the header leaves room: the page must still fit a laptop's screen.
    m_ui->factsRow->addWidget(m_procedurePanel, 3);
    m_ui->factsRow->setStretch(0, 2);
    // Long names and causes wrap, so the procedure's buttons keep their full text on a tablet.
    for (QLabel* value : {m_ui->subjectValue, m_ui->causeValue})
        value->setWordWrap(true);
    m_ui->detailSplitter->insertWidget(1, m_evidencePanel);
    // On a small screen, or with tablet mode's larger controls, the sections need more height than there is:
    // they scroll below the case's header instead of pushing the window past the screen.
    auto* detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    delete m_ui->pageLayout->replaceWidget(m_ui->detailSplitter, detailScroll);
    detailScroll->setWidget(m_ui->detailSplitter);
    m_ui->pageLayout->setStretchFactor(detailScroll, 1);
    m_ui->detailSplitter->setStretchFactor(0, 2);
    m_ui->detailSplitter->setStretchFactor(1, 3);
    m_ui->detailSplitter->setStretchFactor(2, 2);
    m_ui->detailSplitter->setStretchFactor(3, 3);
    // A step taken changes the state, the clocks and the history shown above and below the panel.
    connect(m_procedurePanel, &ProcedurePanel::caseChanged, this, [this] { showCase(m_caseId); });
    connect(m_evidencePanel, &EvidencePanel::addRequested, this, [this](EvidencePanel::Add what) {
        if (what == EvidencePanel::Add::Files || what == EvidencePanel::Add::BodyCamera)
            openImport(what == EvidencePanel::Add::BodyCamera);
        else
            openCapture(what);
    });
    connect(m_ui->discretionButton, &QPushButton::clicked, this, [this] { openDiscretion(); });
    connect(m_ui->documentsButton, &QPushButton::clicked, this, [this] { openDocuments(); });
    connect(m_ui->discretionTable, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openDiscretion(index.row()); });
    connect(m_ui->backButton, &QPushButton::clicked, this, &CasePage::backRequested);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &CasePage::backRequested);
    auto* backAlt = new QShortcut(QKeySequence::Back, this);
    backAlt->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backAlt, &QShortcut::activated, this, &CasePage::backRequested);
    setFocusProxy(m_ui->backButton);
}

CasePage::~CasePage() = default;

EvidenceRecord CasePage::evidenceDraft() const {
    EvidenceRecord draft;
    draft.caseId = m_caseId;
    draft.kind = EvidenceKind::AudioVisual;
    draft.capturedBy = m_user.id;
    draft.officersPresent = {{m_user.id, m_user.name, m_user.certificateNumber}};
    return draft;
}

CaptureDialog* CasePage::openCapture(EvidencePanel::Add what) {
    const CaptureDialog::Mode mode = what == EvidencePanel::Add::Photo   ? CaptureDialog::Mode::Photo
                                     : what == EvidencePanel::Add::Video ? CaptureDialog::Mode::Video
                                                                         : CaptureDialog::Mode::Audio;
    auto* dialog = new CaptureDialog(mode, m_evidence.service(), evidenceDraft(), m_currentPosition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaptureDialog::evidenceAdded, m_evidencePanel, [this] {
        m_evidencePanel->refresh();
        showEvents();
    });
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == CaptureDialog::ImportInstead)
            openImport(false);
    });
    dialog->show();
    return dialog;
}

ImportDialog* CasePage::openImport(bool fromBodyCamera) {
    EvidenceRecord draft = evidenceDraft();
    draft.intake = fromBodyCamera ? EvidenceIntake::BodyCamera : EvidenceIntake::File;
    auto* dialog = new ImportDialog(m_evidence.service(), draft, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::evidenceAdded, m_evidencePanel, [this] {
        m_evidencePanel->refresh();
        showEvents();
    });
    dialog->show();
    return dialog;
}

DocumentDialog* CasePage::openDocuments() {
    auto* dialog = new DocumentDialog(m_store, m_user, m_caseId, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { showEvents(); });
    dialog->show();
    return dialog;
}

QString CasePage::caseNumber() const {
    return m_ui->numberLabel->text();
}

bool CasePage::showCase(const QUuid& caseId) {
    const store::Cases cases(m_store);
    const std::optional<Case> found = cases.caseById(caseId);
    if (!found)
        return false;
    m_caseId = caseId;
    const Case& shown = *found;

    m_ui->numberLabel->setText(shown.displayNumber());
    m_ui->stateValue->setText(enumDisplayName(shown.state));
    const std::optional<Subject> subject = store::Subjects(m_store).subject(shown.subjectId);
    m_ui->subjectValue->setText(subject ? subject->name : cases.subjectName(caseId));
    m_ui->creditCodeValue->setText(subject ? subject->creditCode : QString());
    m_ui->causeValue->setText(shown.cause);
    m_ui->leadOfficerValue->setText(userName(shown.leadOfficerId));
    m_ui->openedValue->setText(longDate(shown.openedAt.date()));

    QTableWidget* violations = m_ui->violationsTable;
    violations->setRowCount(int(shown.violations.size()));
    for (int row = 0; row < shown.violations.size(); ++row) {
        const Violation& violation = shown.violations.at(row);
        violations->setItem(row, 0, cellItem(longDate(violation.actStart)));
        violations->setItem(row, 1, cellItem(longDate(violation.actEnd)));
        violations->setItem(row, 2, cellItem(violation.description));
        violations->setItem(row, 3, cellItem(violation.legalBasis));
    }
    violations->resizeColumnsToContents();
    m_evidencePanel->showCase(caseId);
    m_procedurePanel->showCase(caseId);
    showDiscretionResults();
    showEvents();
    return true;
}

void CasePage::showEvents() {
    const QList<AuditEvent> events = store::Cases(m_store).events(m_caseId);
    QTableWidget* table = m_ui->eventsTable;
    table->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AuditEvent& event = events.at(row);
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(event.hlc.wallMs);
        table->setItem(row, 0, cellItem(QLocale().toString(time, QLocale::ShortFormat)));
        table->setItem(row, 1, cellItem(userName(event.userId)));
        table->setItem(row, 2, cellItem(describeEvent(event.action, event.details)));
    }
    table->resizeColumnsToContents();
}

void CasePage::showDiscretionResults() {
    const QString language = dataLanguage();
    store::DiscretionStore discretion(m_store);
    const QList<store::DiscretionStore::SavedResult> saved = discretion.resultsFor(m_caseId);
    QMap<QString, std::optional<discretion::Pack>> packs; // by hash: several results share a standard
    QTableWidget* table = m_ui->discretionTable;
    table->setRowCount(int(saved.size()));
    for (int row = 0; row < saved.size(); ++row) {
        const store::DiscretionStore::SavedResult& result = saved.at(row);
        if (!packs.contains(result.packSha256))
            packs.insert(result.packSha256, discretion.packBySha256(result.packSha256));
        const std::optional<discretion::Pack>& pack = packs.value(result.packSha256);
        const discretion::Violation* violation = pack ? pack->violation(result.violationCode) : nullptr;
        table->setItem(row, 0,
                       cellItem(violation ? QStringLiteral("%1 (%2)").arg(violation->title.in(language),
                                                                          result.violationCode)
                                          : result.violationCode));
        QString fine = tr("%1 yuan").arg(
            discretion::formatYuan(result.departureAmount.value_or(result.recommendedAmount)));
        if (result.departureAmount && *result.departureAmount != result.recommendedAmount)
            fine = tr("%1 (recommended %2)").arg(fine, discretion::formatYuan(result.recommendedAmount));
        table->setItem(row, 1, cellItem(fine));
        const QJsonObject packJson = result.resultJson.value(QLatin1String("pack")).toObject();
        table->setItem(row, 2,
                       cellItem(tr("%1 version %2")
                                    .arg(packJson.value(QLatin1String("id")).toString(),
                                         packJson.value(QLatin1String("version")).toString())));
        table->setItem(row, 3,
                       cellItem(QLocale().toString(result.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    table->resizeColumnsToContents();
    m_ui->discretionBox->setVisible(!saved.isEmpty());
}

DiscretionDialog* CasePage::discretionDialog() const {
    return qobject_cast<DiscretionDialog*>(m_discretionDialog.data());
}

DiscretionDialog* CasePage::openDiscretion(int savedRow) {
    if (m_caseId.isNull())
        return nullptr;
    if (m_discretionDialog)
        m_discretionDialog->reject();
    // A child of the main window: locking the screen closes it with the window's other dialogs.
    auto* dialog = new DiscretionDialog(m_store, m_userId, m_caseId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (savedRow >= 0) {
        const QList<store::DiscretionStore::SavedResult> saved =
            store::DiscretionStore(m_store).resultsFor(m_caseId);
        if (savedRow < saved.size())
            dialog->showSaved(saved.at(savedRow));
    }
    connect(dialog, &DiscretionDialog::saved, this, [this] {
        showDiscretionResults();
        showEvents();
    });
    m_discretionDialog = dialog;
    dialog->open();
    return dialog;
}

QString CasePage::describeEvent(const QString& action, const QJsonObject& details) const {
    if (action == QLatin1String("case.create"))
        return tr("Case registered");
    if (action == QLatin1String("case.transition")) {
        const auto from = enumFromKey<CaseState>(details.value(QLatin1String("from")).toString());
        const auto to = enumFromKey<CaseState>(details.value(QLatin1String("to")).toString());
        if (from && to)
            return tr("%1 → %2").arg(enumDisplayName(*from), enumDisplayName(*to));
        return tr("Procedure step");
    }
    if (action == QLatin1String("case.discretion_saved"))
        return tr("Penalty discretion saved: %1, %2 yuan")
            .arg(details.value(QLatin1String("violation")).toString(),
                 discretion::formatYuan(details.value(QLatin1String("amount")).toDouble()));
    // An action added later than this screen: its stable key is still better than nothing.
    return action;
}

QString CasePage::userName(const QUuid& userId) const {
    if (userId.isNull())
        return {};
    const std::optional<User> user = store::Accounts(m_store).user(userId);
    return user ? user->name : tr("Unknown user");
}

void CasePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_caseId.isNull())
            showCase(m_caseId);
    }
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui
