#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "CasePage.h"
#include "ChecklistPage.h"
#include "Dialogs.h"
#include "DisplayText.h"
#include "IntegrityDialog.h"
#include "ListModels.h"
#include "ListPage.h"
#include "LockScreen.h"
#include "PositionIndicator.h"
#include "SearchPage.h"
#include "SettingsDialog.h"
#include "TaskPage.h"

#include "PositionService.h"
#include "Profile.h"
#include "ProfileEvidence.h"

#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>

namespace fieldcase::ui {

namespace {

QList<CaseState> statesWhere(bool (*predicate)(CaseState)) {
    QList<CaseState> states;
    for (CaseState state : enumValues<CaseState>()) {
        if (predicate(state))
            states.append(state);
    }
    return states;
}

} // namespace

MainWindow::MainWindow(store::Profile& profile, evidence::ProfileEvidence& evidence,
                       evidence::PositionService& position, const User& user, const UiSettings& settings,
                       Dialogs& dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
    , m_evidence(evidence)
    , m_position(position)
    , m_dialogs(dialogs)
    , m_user(user) {
    m_ui->setupUi(this);
    buildPages();

    m_lockScreen = new LockScreen(m_profile.store(), m_user, m_ui->screens);
    m_lockScreen->setObjectName("lockScreen");
    m_ui->screens->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(&m_idleMonitor, &IdleMonitor::idle, this, &MainWindow::lock);

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showNavigationPage);
    // Clicking the current entry again leaves a case page for its list.
    connect(m_ui->navigation, &QListWidget::itemClicked, this, &MainWindow::showNavigationPage);
    connect(m_ui->navigation, &QListWidget::itemActivated, this, [this] {
        showNavigationPage();
        currentPage()->setFocus();
    });
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_ui->integrityButton, &QPushButton::clicked, this, [this] { openIntegrityCheck(); });
    connect(m_ui->syncButton, &QPushButton::clicked, this, &MainWindow::syncRequested);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &MainWindow::signOutRequested);

    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this), &QShortcut::activated, this,
            &MainWindow::lock);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this), &QShortcut::activated, this,
            &MainWindow::openSettings);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        showPage(m_searchPage->objectName());
        m_searchPage->setFocus();
    });
    for (int entry = 0; entry < qMin(int(m_navigation.size()), 9); ++entry) {
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + entry)), this),
                &QShortcut::activated, this, [this, entry] {
                    m_ui->navigation->setCurrentRow(entry);
                    currentPage()->setFocus();
                });
    }

    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName("syncStatus");
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(new PositionIndicator(m_position));
    if (!m_evidence.canSign())
        statusBar()->addPermanentWidget(new QLabel(m_evidence.keyError()));
    m_backgroundCheck = new BackgroundIntegrityCheck(m_evidence.service(), this);
    connect(m_backgroundCheck, &BackgroundIntegrityCheck::problemsFound, this,
            [this](const evidence::IntegrityReport& report) {
                delete m_integrityWarning;
                m_integrityWarning = new QPushButton(
                    tr("%n evidence item(s) missing or altered", nullptr, int(report.problems.size())));
                m_integrityWarning->setObjectName("integrityWarning");
                m_integrityWarning->setStyleSheet(
                    "color: palette(bright-text); background: #b00020; padding: 2px 8px;");
                connect(m_integrityWarning, &QPushButton::clicked, this,
                        [this, report] { openIntegrityCheck(&report); });
                statusBar()->addPermanentWidget(m_integrityWarning);
            });
    // After the window is up and the inspector has started working, not during the start.
    m_backgroundCheck->scheduleAfter(30000);

    applySettings(settings);
    retranslate();
    m_ui->navigation->setCurrentRow(0);
    m_ui->navigation->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSyncStatus(const QString& text) {
    m_syncStatus->setText(text);
}

void MainWindow::buildPages() {
    QSqlDatabase db = m_profile.store().connection();
    // A leader's first duty is the cases waiting for a decision, so the queue comes before their own work.
    if (m_user.hasRole(Role::TeamLeader)) {
        store::CaseListFilter awaitingLeader;
        awaitingLeader.states = statesWhere(needsLeaderDecision);
        addCaseList("reviewQueuePage", QT_TR_NOOP("Review queue"), QStyle::SP_DialogApplyButton,
                    awaitingLeader);
    }
    if (m_user.hasRole(Role::Inspector)) {
        auto* tasks = new TaskPage(m_profile.store(), m_user, m_position, m_dialogs);
        tasks->setObjectName("myTasksPage");
        addPage(tasks, QT_TR_NOOP("My tasks"), QStyle::SP_FileDialogDetailedView);
        store::CaseListFilter ownCases;
        ownCases.leadOfficerId = m_user.id;
        addCaseList("myCasesPage", QT_TR_NOOP("My cases"), QStyle::SP_FileIcon, ownCases);
        auto* checklists = new ChecklistPage(m_profile.store());
        checklists->setObjectName("checklistPage");
        addPage(checklists, QT_TR_NOOP("Inspection checklists"), QStyle::SP_DialogYesButton);
    }
    if (m_user.hasRole(Role::LegalReviewer)) {
        store::CaseListFilter inLegalReview;
        inLegalReview.states = {CaseState::LegalReview};
        addCaseList("legalReviewPage", QT_TR_NOOP("Legal review queue"), QStyle::SP_FileDialogInfoView,
                    inLegalReview);
    }
    if (m_user.hasRole(Role::EvidenceClerk)) {
        store::CaseListFilter finished;
        finished.states = statesWhere(isFinished);
        addCaseList("archivePage", QT_TR_NOOP("Archive"), QStyle::SP_DriveHDIcon, finished);
    }
    if (m_user.hasRole(Role::TeamLeader) || m_user.hasRole(Role::Admin))
        addCaseList("allCasesPage", QT_TR_NOOP("All cases"), QStyle::SP_FileDialogListView, {});

    m_searchPage = new SearchPage(db);
    m_searchPage->setObjectName("searchPage");
    addPage(m_searchPage, QT_TR_NOOP("Search"), QStyle::SP_FileDialogContentsView);
    connect(m_searchPage, &SearchPage::caseActivated, this, &MainWindow::openPickedCase);
    connect(m_searchPage, &SearchPage::subjectActivated, this, [this](const QString& name) {
        showPage(m_subjectDirectory->objectName());
        m_subjectDirectory->search(name);
        m_subjectDirectory->table()->setFocus();
    });

    m_subjectDirectory = new ListPage(
        new SubjectTableModel(db), QT_TRANSLATE_NOOP("ListPage", "Name, credit code, industry or address"));
    m_subjectDirectory->setObjectName("subjectDirectoryPage");
    addPage(m_subjectDirectory, QT_TR_NOOP("Subject directory"), QStyle::SP_DirHomeIcon);

    m_casePage =
        new CasePage(m_profile.store(), m_evidence, m_user, m_dialogs, [this] { return m_position.stamp(); });
    m_casePage->setObjectName("casePage");
    m_ui->pages->addWidget(m_casePage);
    connect(m_casePage, &CasePage::backRequested, this, &MainWindow::showNavigationPage);
}

void MainWindow::addPage(QWidget* page, const char* title, QStyle::StandardPixmap icon) {
    m_ui->pages->addWidget(page);
    auto* item = new QListWidgetItem(style()->standardIcon(icon), tr(title), m_ui->navigation);
    item->setData(Qt::UserRole, page->objectName());
    m_navigation.append({page, title});
}

void MainWindow::addCaseList(const QString& pageName, const char* title, QStyle::StandardPixmap icon,
                             const store::CaseListFilter& filter) {
    auto* page = new ListPage(new CaseTableModel(m_profile.store().connection(), filter),
                              QT_TRANSLATE_NOOP("ListPage", "Case number, subject, credit code or cause"));
    page->setObjectName(pageName);
    connect(page, &ListPage::recordActivated, this, &MainWindow::openPickedCase);
    addPage(page, title, icon);
}

bool MainWindow::showPage(const QString& pageName) {
    for (int entry = 0; entry < m_navigation.size(); ++entry) {
        if (m_navigation.at(entry).page->objectName() == pageName) {
            m_ui->navigation->setCurrentRow(entry);
            showNavigationPage();
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::currentPage() const {
    return m_ui->pages->currentWidget();
}

void MainWindow::showNavigationPage() {
    const int entry = m_ui->navigation->currentRow();
    if (entry < 0 || entry >= m_navigation.size())
        return;
    const bool leavingCase = currentPage() == m_casePage;
    showInContent(m_navigation.at(entry).page, tr(m_navigation.at(entry).title));
    if (leavingCase)
        currentPage()->setFocus();
}

void MainWindow::showInContent(QWidget* page, const QString& title) {
    m_ui->pages->setCurrentWidget(page);
    m_ui->pageTitleLabel->setText(title);
}

bool MainWindow::openCase(const QUuid& caseId) {
    if (!m_casePage->showCase(caseId))
        return false;
    showInContent(m_casePage, tr("Case file"));
    m_casePage->setFocus();
    return true;
}

void MainWindow::openPickedCase(const QUuid& caseId) {
    if (openCase(caseId))
        return;
    m_dialogs.showError(this, tr("Case not found"), tr("This case is no longer on this device."));
    if (auto* list = qobject_cast<ListPage*>(currentPage()))
        list->model()->reload();
}

bool MainWindow::isLocked() const {
    return m_ui->screens->currentWidget() == m_lockScreen;
}

void MainWindow::lock() {
    if (isLocked())
        return;
    // A dialog left open (settings) would otherwise stay usable above the lock screen.
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        dialog->reject();
    m_idleMonitor.setActive(false);
    m_ui->screens->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
    m_profile.store().recordEvent(m_user.id, QStringLiteral("session.lock"), QStringLiteral("user"),
                                  m_user.id);
}

void MainWindow::unlock() {
    m_profile.store().recordEvent(m_user.id, QStringLiteral("session.unlock"), QStringLiteral("user"),
                                  m_user.id);
    m_ui->screens->setCurrentWidget(m_ui->workspace);
    m_idleMonitor.setActive(true);
    currentPage()->setFocus();
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_idleMonitor.setTimeout(timeout);
}

void MainWindow::openSettings() {
    if (isLocked())
        return;
    auto* dialog = new SettingsDialog(m_settings, &m_profile.store(), m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applySettings(dialog->settings());
        m_settings.save(m_profile.settingsPath());
        emit settingsChanged(m_settings);
    });
    dialog->open();
}

void MainWindow::applySettings(const UiSettings& settings) {
    m_settings = settings;
    setIdleTimeout(std::chrono::minutes(settings.idleLockMinutes));
}

IntegrityDialog* MainWindow::openIntegrityCheck(const evidence::IntegrityReport* found) {
    auto* dialog = new IntegrityDialog(m_evidence.service(), m_user.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (found)
        dialog->showReport(*found);
    else
        dialog->start();
    return dialog;
}

void MainWindow::retranslate() {
    m_ui->userLabel->setText(tr("<b>%1</b><br>%2").arg(m_user.name.toHtmlEscaped(), roleNames(m_user.roles)));
    for (int entry = 0; entry < m_navigation.size(); ++entry)
        m_ui->navigation->item(entry)->setText(tr(m_navigation.at(entry).title));
    if (currentPage() == m_casePage)
        m_ui->pageTitleLabel->setText(tr("Case file"));
    else
        showNavigationPage();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace fieldcase::ui
