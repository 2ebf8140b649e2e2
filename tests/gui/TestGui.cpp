// Drives the real application flow offscreen: profile opening, sign-in, the role homes, search, the
// case page, settings and the idle lock, through the widgets a user would touch (found by object name).
#include "Appearance.h"
#include "Application.h"
#include "CasePage.h"
#include "Dialogs.h"
#include "GuiTestFixture.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "SettingsDialog.h"

#include "Cases.h"
#include "DemoData.h"
#include "Profile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

void replaceText(QLineEdit* field, const QString& text) {
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

QStringList columnTexts(QAbstractItemModel* model, int column) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

QString navigationText(MainWindow* window, const QString& pageName) {
    auto* navigation = child<QListWidget>(window, "navigation");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(Qt::UserRole).toString() == pageName)
            return navigation->item(row)->text();
    }
    return {};
}

} // namespace

class TestGui : public QObject, private GuiTestFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoProfileListsItsAccounts();
    void inspectorSeesTasksAndOwnCases();
    void leaderSeesReviewQueue();
    void wrongPasswordShowsTheError();
    void subjectDirectoryFindsChineseFragment();
    void caseOpensFromAListWithItsHistory();
    void searchHitOpensTheCase();
    void languageSwitchRetranslates();
    void tabletModeEnlargesTouchTargets();
    void idleLockNeedsThePassword();
    void corruptProfileIsReportedAndLeftAlone();
    void firstRunCreatesAProfile();

private:
    // A copy of the demo profile for one test, so settings and failed logins do not leak between tests.
    MainWindow* signIn(const QString& login, const QString& password);
    void signInThroughDialog(const QString& login, const QString& password);

    QPalette m_platformPalette;
};

void TestGui::initTestCase() {
    m_platformPalette = QApplication::palette();
    const QString failure = prepare();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestGui::init() {
    QVERIFY(beginTest());
}

void TestGui::cleanup() {
    endTest();
}

void TestGui::signInThroughDialog(const QString& login, const QString& password) {
    QDialog* dialog = m_app->currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("LoginDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* loginField = child<QLineEdit>(dialog, "loginField");
    auto* passwordField = child<QLineEdit>(dialog, "passwordField");
    QVERIFY(loginField && passwordField);
    replaceText(loginField, login);
    replaceText(passwordField, password);
    QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
}

MainWindow* TestGui::signIn(const QString& login, const QString& password) {
    signInThroughDialog(login, password);
    if (!m_app->mainWindow())
        return nullptr;
    MainWindow* window = m_app->mainWindow();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestGui::demoProfileListsItsAccounts() {
    startOn(freshDemoProfile());
    QDialog* dialog = m_app->currentDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(child(dialog, "demoAccountsBox")->isVisible());
    auto* table = child<QTableWidget>(dialog, "demoAccountsTable");
    QCOMPARE(table->rowCount(), demo::DemoData::accounts().size());

    const demo::DemoAccount second = demo::DemoData::accounts().at(1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(1, 0)).center());
    QCOMPARE(child<QLineEdit>(dialog, "loginField")->text(), second.login);
    QCOMPARE(child<QLineEdit>(dialog, "passwordField")->text(), second.password);
}

void TestGui::inspectorSeesTasksAndOwnCases() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei", demoPassword("zhangwei"));
    QVERIFY(window);
    QCOMPARE(window->objectName(), QStringLiteral("MainWindow"));
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("myTasksPage"));
    QVERIFY(!navigationText(window, "myCasesPage").isEmpty());
    QVERIFY(navigationText(window, "reviewQueuePage").isEmpty());

    QVERIFY(window->showPage("myCasesPage"));
    auto* cases = child<QTableView>(window->currentPage(), "table");
    QVERIFY(cases->model()->rowCount() > 0);
    const QStringList officers = columnTexts(cases->model(), store::CaseList::LeadOfficer);
    QVERIFY2(officers.count(window->user().name) == officers.size(), qPrintable(officers.join(", ")));
}

void TestGui::leaderSeesReviewQueue() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("lina", demoPassword("lina"));
    QVERIFY(window);
    QVERIFY(window->showPage("reviewQueuePage"));
    auto* queue = child<QTableView>(window->currentPage(), "table");
    QVERIFY(queue->model()->rowCount() > 0);
    QStringList leaderStates;
    for (CaseState state : enumValues<CaseState>()) {
        if (needsLeaderDecision(state))
            leaderStates << enumDisplayName(state);
    }
    for (const QString& state : columnTexts(queue->model(), store::CaseList::State))
        QVERIFY2(leaderStates.contains(state), qPrintable(state));
}

void TestGui::wrongPasswordShowsTheError() {
    startOn(freshDemoProfile());
    signInThroughDialog("wangfang", "not-the-password");
    QVERIFY(!m_app->mainWindow());
    QDialog* dialog = m_app->currentDialog();
    QVERIFY(dialog);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(child<QLineEdit>(dialog, "passwordField")->text().isEmpty());
}

void TestGui::subjectDirectoryFindsChineseFragment() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei", demoPassword("zhangwei"));
    QVERIFY(window);
    QVERIFY(window->showPage("subjectDirectoryPage"));
    QWidget* page = window->currentPage();
    auto* table = child<QTableView>(page, "table");
    const int everyone = table->model()->rowCount();
    QVERIFY(everyone > 0);

    typeThroughInputMethod(child(page, "searchField"), QStringLiteral("化工"));
    QTRY_VERIFY(table->model()->rowCount() < everyone);
    const QStringList names = columnTexts(table->model(), store::SubjectList::Name);
    QVERIFY(!names.isEmpty());
    for (const QString& name : names)
        QVERIFY2(name.contains(QStringLiteral("化工")), qPrintable(name));
}

void TestGui::caseOpensFromAListWithItsHistory() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("lina", demoPassword("lina"));
    QVERIFY(window);
    QVERIFY(window->showPage("allCasesPage"));
    auto* table = child<QTableView>(window->currentPage(), "table");
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex first = table->model()->index(0, store::CaseList::Number);
    const QString number = first.data().toString();
    const QUuid caseId = first.data(PagedTableModel::IdRole).toUuid();

    table->setFocus();
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("casePage"));
    QCOMPARE(child<QLabel>(window, "numberLabel")->text(), number);
    auto* events = child<QTableWidget>(window->casePage(), "eventsTable");
    const QList<AuditEvent> stored = store::Cases(m_app->profile().store()).events(caseId);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(events->rowCount(), stored.size());
    QCOMPARE(events->item(0, 2)->text(), QStringLiteral("Case registered"));

    // Esc goes back to the list it came from.
    QTest::keyClick(window->casePage(), Qt::Key_Escape);
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("allCasesPage"));
}

void TestGui::searchHitOpensTheCase() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("lina", demoPassword("lina"));
    QVERIFY(window);
    QVERIFY(window->showPage("allCasesPage"));
    const QModelIndex first = child<QTableView>(window->currentPage(), "table")->model()->index(0, 0);
    const QString number = first.data().toString();

    QVERIFY(window->showPage("searchPage"));
    auto* field = child<QLineEdit>(window->currentPage(), "searchField");
    typeThroughInputMethod(field, number);
    QTest::keyClick(field, Qt::Key_Return);
    auto* results = child<QListWidget>(window->currentPage(), "resultsList");
    QVERIFY(results->count() > 0);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("casePage"));
    QCOMPARE(window->casePage()->caseNumber(), number);
}

void TestGui::languageSwitchRetranslates() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei", demoPassword("zhangwei"));
    QVERIFY(window);
    const auto chooseLanguage = [&](Language language) {
        QTest::mouseClick(child<QPushButton>(window, "settingsButton"), Qt::LeftButton);
        auto* dialog = child<SettingsDialog>(window, "SettingsDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* combo = child<QComboBox>(dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(int(language)));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(m_app->settings().language, language);
    };

    chooseLanguage(Language::Chinese);
    // Qt posts the language change to every window; the texts change on the next turn of the event loop.
    QTRY_COMPARE(navigationText(window, "subjectDirectoryPage"), QStringLiteral("监管对象名录"));
    const QString chineseNavigation = navigationText(window, "subjectDirectoryPage");
    const QString chineseButton = child<QPushButton>(window, "settingsButton")->text();
    QCOMPARE(chineseNavigation,
             QCoreApplication::translate("fieldcase::ui::MainWindow", "Subject directory"));
    QVERIFY2(chineseNavigation != QLatin1String("Subject directory"),
             "the Chinese catalogue has no translation for the navigation yet");

    chooseLanguage(Language::English);
    QTRY_COMPARE(navigationText(window, "subjectDirectoryPage"), QStringLiteral("Subject directory"));
    QVERIFY(child<QPushButton>(window, "settingsButton")->text() != chineseButton);

    // The choice is the profile's: it is there on the next start.
    QCOMPARE(UiSettings::load(m_app->profile().settingsPath()).language, Language::English);
}

void TestGui::tabletModeEnlargesTouchTargets() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei", demoPassword("zhangwei"));
    QVERIFY(window);
    auto* table = child<QTableView>(window->currentPage(), "table");
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int headerHeight = table->horizontalHeader()->sizeHint().height();
    const int lockHeight = child<QPushButton>(window, "lockButton")->sizeHint().height();
    QTest::mouseClick(child<QPushButton>(window, "settingsButton"), Qt::LeftButton);
    auto* dialog = child<SettingsDialog>(window, "SettingsDialog");
    QVERIFY(dialog);
    child<QCheckBox>(dialog, "tabletModeCheck")->setChecked(true);
    child<QCheckBox>(dialog, "highContrastCheck")->setChecked(true);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QTRY_VERIFY(child<QPushButton>(window, "lockButton")->height() >= Appearance::MinimumTouchTarget);
    QTRY_VERIFY(table->verticalHeader()->defaultSectionSize() >= Appearance::MinimumTouchTarget);
    QVERIFY(table->horizontalHeader()->sizeHint().height() > headerHeight);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::black));

    // Back to the platform's look (also for the tests that follow: the application remembers it), and
    // every size with it, without a restart.
    emit window->settingsChanged(UiSettings());
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformPalette.color(QPalette::Window));
    QTRY_COMPARE(table->verticalHeader()->defaultSectionSize(), rowHeight);
    QTRY_COMPARE(table->horizontalHeader()->sizeHint().height(), headerHeight);
    QTRY_COMPARE(table->horizontalHeader()->height(), headerHeight);
    QTRY_COMPARE(child<QPushButton>(window, "lockButton")->sizeHint().height(), lockHeight);
}

void TestGui::idleLockNeedsThePassword() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("sunli", demoPassword("sunli"));
    QVERIFY(window);
    window->setIdleTimeout(std::chrono::milliseconds(200));
    QTRY_VERIFY(window->isLocked());
    QWidget* lockScreen = child(window, "lockScreen");
    QVERIFY(lockScreen->isVisible());
    QVERIFY(!child(window, "navigation")->isVisible());

    auto* password = child<QLineEdit>(lockScreen, "unlockPasswordField");
    QTest::keyClicks(password, "wrong-password");
    QTest::mouseClick(child<QPushButton>(lockScreen, "unlockButton"), Qt::LeftButton);
    QVERIFY(window->isLocked());
    QVERIFY(!child<QLabel>(lockScreen, "unlockErrorLabel")->text().isEmpty());

    QTest::keyClicks(password, demoPassword("sunli"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!window->isLocked());
    QVERIFY(child(window, "navigation")->isVisible());
}

void TestGui::corruptProfileIsReportedAndLeftAlone() {
    const QString directory = m_testDir->filePath("corrupt");
    QVERIFY(QDir().mkpath(directory));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    const QString databasePath = store::Profile::databasePathIn(directory);
    {
        QFile file(databasePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }

    m_dialogs.directoryToChoose = freshDemoProfile();
    startOn(directory);
    QDialog* dialog = m_app->currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("ProfileErrorDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!child<QLabel>(dialog, "messageLabel")->text().isEmpty());
    {
        QFile file(databasePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    // "Open another profile" goes on to that profile's sign-in.
    QTest::mouseClick(child<QPushButton>(dialog, "openOtherButton"), Qt::LeftButton);
    QTRY_VERIFY(m_app->currentDialog() &&
                m_app->currentDialog()->objectName() == QLatin1String("LoginDialog"));
}

void TestGui::firstRunCreatesAProfile() {
    const QString directory = m_testDir->filePath("new-profile");
    startOn(directory);
    QDialog* dialog = m_app->currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("FirstRunDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QSignalSpy quit(m_app.get(), &Application::quitRequested);
    typeThroughInputMethod(child(dialog, "unitNameField"), QStringLiteral("某县生态环境局"));
    typeThroughInputMethod(child(dialog, "adminNameField"), QStringLiteral("管理员"));
    QTest::keyClicks(child(dialog, "adminLoginField"), "admin");
    QTest::keyClicks(child(dialog, "passwordField"), "correct horse");
    QTest::keyClicks(child(dialog, "passwordRepeatField"), "correct hose");
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    QVERIFY(!store::Profile::existsIn(directory));

    replaceText(child<QLineEdit>(dialog, "passwordRepeatField"), "correct horse");
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QVERIFY(store::Profile::existsIn(directory));
    MainWindow* window = signIn("admin", "correct horse");
    QVERIFY(window);
    QVERIFY(!navigationText(window, "allCasesPage").isEmpty());
    QCOMPARE(quit.count(), 0);
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
