// Penalty discretion and inspection checklists, driven through the real windows offscreen: the shipped
// standard is installed when a profile opens, an inspector computes and saves a fine on a case (a departure
// needs a reason) and reopens it as saved, and a checklist's answers become findings.
#include "Application.h"
#include "CasePage.h"
#include "ChecklistPage.h"
#include "Dialogs.h"
#include "DiscretionDialog.h"
#include "GuiTestFixture.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "RangeBar.h"
#include "TestFiles.h"
#include "UiSettings.h"

#include "Checklist.h"
#include "DemoData.h"
#include "DetachedSignature.h"
#include "DiscretionStore.h"
#include "Profile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

bool chooseData(QComboBox* combo, const QString& data) {
    const int index = combo ? combo->findData(data) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QList<security::TrustedKey> shippedKeys() {
    QString error;
    return security::DetachedSignature::parseTrustedKeys(readFile(":/discretion/trusted-keys.json"), &error);
}

} // namespace

class TestDiscretionGui : public QObject, private GuiTestFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedStandardIsInstalledOnProfileOpen();
    void inspectorComputesSavesAndReopensAFine();
    void savedResultKeepsItsStandardWhenANewerOneIsInstalled();
    void checklistAnswersBecomeFindings();
    void dialogFollowsTheLanguage();

private:
    MainWindow* signIn(const QString& login) { return signInAs(login); }
    // Opens one of the signed-in inspector's cases and its discretion dialog.
    DiscretionDialog* openDiscretionOnOwnCase(MainWindow* window);
    // Picks WATER-NO-PERMIT through the search and answers as the worked example: key permit, class A.
    void answerWaterNoPermit(DiscretionDialog* dialog);
};

void TestDiscretionGui::initTestCase() {
    const QString failure = prepare();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestDiscretionGui::init() {
    QVERIFY(beginTest());
}

void TestDiscretionGui::cleanup() {
    endTest();
}

DiscretionDialog* TestDiscretionGui::openDiscretionOnOwnCase(MainWindow* window) {
    if (!window->showPage("myCasesPage"))
        return nullptr;
    auto* cases = child<QTableView>(window->currentPage(), "table");
    if (!cases || cases->model()->rowCount() == 0)
        return nullptr;
    const QModelIndex first = cases->model()->index(0, 0);
    cases->setFocus();
    cases->setCurrentIndex(first);
    QTest::keyClick(cases, Qt::Key_Return);
    if (window->currentPage() != window->casePage())
        return nullptr;
    QTest::mouseClick(child<QPushButton>(window->casePage(), "discretionButton"), Qt::LeftButton);
    DiscretionDialog* dialog = window->casePage()->discretionDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestDiscretionGui::answerWaterNoPermit(DiscretionDialog* dialog) {
    QCOMPARE(dialog->objectName(), QStringLiteral("DiscretionDialog"));
    auto* list = child<QListWidget>(dialog, "violationList");
    const int everything = list->count();
    QVERIFY(everything > 1);
    typeThroughInputMethod(child(dialog, "violationSearchField"), QStringLiteral("无证"));
    QVERIFY(list->count() < everything);
    QListWidgetItem* water = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        const QString code = list->item(row)->data(Qt::UserRole).toString();
        const discretion::Violation* violation = dialog->pack()->violation(code);
        QVERIFY(violation && violation->matches(QStringLiteral("无证")));
        if (code == QLatin1String("WATER-NO-PERMIT"))
            water = list->item(row);
    }
    QVERIFY(water);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(water).center());
    QCOMPARE(dialog->result().violationCode, QStringLiteral("WATER-NO-PERMIT"));

    // Every factor is a question with the lowest tier preselected.
    const discretion::Violation* violation = dialog->pack()->violation("WATER-NO-PERMIT");
    for (const discretion::Factor& factor : violation->factors) {
        auto* combo = child<QComboBox>(dialog, QStringLiteral("factor_") + factor.id);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), factor.options.first().id);
    }
    QVERIFY(child(dialog, "apologyCheck")->isVisibleTo(dialog));

    QVERIFY(chooseData(child<QComboBox>(dialog, "factor_permit_class"), "key"));
    QVERIFY(chooseData(child<QComboBox>(dialog, "factor_pollutant"), "class_a"));
    child<QDateEdit>(dialog, "actStartEdit")->setDate(QDate(2025, 10, 1));
    child<QDateEdit>(dialog, "actEndEdit")->setDate(QDate(2026, 3, 1));
    child<QDateEdit>(dialog, "decisionDateEdit")->setDate(QDate(2026, 11, 20));
}

void TestDiscretionGui::shippedStandardIsInstalledOnProfileOpen() {
    const QString directory = freshDemoProfile();
    startOn(directory);
    QVERIFY(m_app->currentDialog());
    const QList<discretion::Pack> packs = store::DiscretionStore(m_app->profile().store()).latestPacks();
    QCOMPARE(packs.size(), 1);
    QCOMPARE(packs.first().id, QStringLiteral("nj-jiangning-eco"));
    QCOMPARE(packs.first().version, QStringLiteral("2026.1"));
    for (QWidget* window : QApplication::topLevelWidgets())
        QVERIFY(window->objectName() != QLatin1String("standardsRefusedMessage") || !window->isVisible());

    // Opening the profile again installs nothing twice.
    startOn(directory);
    QCOMPARE(store::DiscretionStore(m_app->profile().store()).latestPacks().size(), 1);
}

void TestDiscretionGui::inspectorComputesSavesAndReopensAFine() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei");
    QVERIFY(window);
    DiscretionDialog* dialog = openDiscretionOnOwnCase(window);
    QVERIFY(dialog);
    const QUuid caseId = window->casePage()->caseId();
    answerWaterNoPermit(dialog);
    if (QTest::currentTestFailed())
        return;

    // The dialog shows what the engine computes for the same answers, and that is the worked figure.
    discretion::Answers answers;
    answers.factors = {{"permit_class", "key"}, {"pollutant", "class_a"}};
    const discretion::CaseDates dates{QDate(2025, 10, 1), QDate(2026, 3, 1), QDate(2026, 11, 20)};
    const discretion::Result expected =
        discretion::Engine::compute(*dialog->pack(), "WATER-NO-PERMIT", answers, dates);
    QVERIFY(expected.ok);
    QCOMPARE(expected.amount, 350000.0);
    QCOMPARE(dialog->result().amount, expected.amount);
    const QString amountText = child<QLabel>(dialog, "amountLabel")->text();
    QVERIFY2(amountText.startsWith(discretion::formatYuan(expected.amount)), qPrintable(amountText));
    QVERIFY(amountText.startsWith(QStringLiteral("350,000")));
    auto* bar = child<RangeBar>(dialog, "rangeBar");
    QCOMPARE(bar->min(), expected.rangeMin);
    QCOMPARE(bar->max(), expected.rangeMax);
    QCOMPARE(bar->amount(), std::optional<double>(350000.0));
    auto* steps = child<QListWidget>(dialog, "stepsList");
    QCOMPARE(steps->count(), expected.steps.size());
    QVERIFY(steps->item(0)->text().startsWith(QStringLiteral("1. ")));

    // A different fine without a reason is refused, and nothing is saved.
    store::DiscretionStore discretion(m_app->profile().store());
    auto* departure = child<QLineEdit>(dialog, "departureAmountField");
    departure->setFocus();
    QTest::keyClicks(departure, "300000");
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    const QString refusal = child<QLabel>(dialog, "saveMessageLabel")->text();
    QVERIFY2(refusal.contains(QLatin1String("reason")), qPrintable(refusal));
    QVERIFY(discretion.resultsFor(caseId).isEmpty());

    typeThroughInputMethod(child(dialog, "departureReasonField"),
                           QStringLiteral("当事人主动停产整改，经集体讨论决定。"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!window->casePage()->discretionDialog());
    const QList<store::DiscretionStore::SavedResult> saved = discretion.resultsFor(caseId);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().violationCode, QStringLiteral("WATER-NO-PERMIT"));
    QCOMPARE(saved.first().recommendedAmount, 350000.0);
    QCOMPARE(saved.first().departureAmount, std::optional<double>(300000));
    QCOMPARE(saved.first().answers.factors.value("permit_class"), QStringLiteral("key"));
    auto* table = child<QTableWidget>(window->casePage(), "discretionTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().contains(QLatin1String("300,000")));
    QVERIFY(table->item(0, 2)->text().contains(QLatin1String("2026.1")));

    // Reopened from the case page, the result is as saved.
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    DiscretionDialog* reopened = window->casePage()->discretionDialog();
    QVERIFY(reopened);
    QVERIFY(QTest::qWaitForWindowExposed(reopened));
    QCOMPARE(child<QLabel>(reopened, "amountLabel")->text(), amountText);
    QCOMPARE(child<QComboBox>(reopened, "factor_permit_class")->currentData().toString(),
             QStringLiteral("key"));
    QCOMPARE(child<QComboBox>(reopened, "factor_pollutant")->currentData().toString(),
             QStringLiteral("class_a"));
    QCOMPARE(child<QDateEdit>(reopened, "actEndEdit")->date(), QDate(2026, 3, 1));
    QCOMPARE(child<QDateEdit>(reopened, "decisionDateEdit")->date(), QDate(2026, 11, 20));
    QCOMPARE(child<QLineEdit>(reopened, "departureAmountField")->text(), QStringLiteral("300000"));
    QCOMPARE(child<QListWidget>(reopened, "stepsList")->count(), expected.steps.size());
    QVERIFY(!child(reopened, "newerStandardNotice")->isVisible());

    // Locking the screen closes the dialog with the window's others.
    window->lock();
    QTRY_VERIFY(!window->casePage()->discretionDialog());
}

void TestDiscretionGui::savedResultKeepsItsStandardWhenANewerOneIsInstalled() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei");
    QVERIFY(window);
    DiscretionDialog* dialog = openDiscretionOnOwnCase(window);
    QVERIFY(dialog);
    answerWaterNoPermit(dialog);
    if (QTest::currentTestFailed())
        return;
    const QString amountText = child<QLabel>(dialog, "amountLabel")->text();
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!window->casePage()->discretionDialog());

    // The bureau publishes 2026.2, where a key permit weighs more; it is signed with the demo key.
    QJsonObject pack = QJsonDocument::fromJson(readFile(":/discretion/jiangning-2026.json")).object();
    pack["version"] = "2026.2";
    QJsonArray violations = pack["violations"].toArray();
    for (qsizetype v = 0; v < violations.size(); ++v) {
        QJsonObject violation = violations[v].toObject();
        if (violation["code"] != QLatin1String("WATER-NO-PERMIT"))
            continue;
        QJsonArray factors = violation["factors"].toArray();
        QJsonObject permit = factors[0].toObject();
        QJsonArray options = permit["options"].toArray();
        QJsonObject key = options[1].toObject();
        key["weight"] = 25;
        options[1] = key;
        permit["options"] = options;
        factors[0] = permit;
        violation["factors"] = factors;
        violations[v] = violation;
    }
    pack["violations"] = violations;
    const QByteArray content = QJsonDocument(pack).toJson();
    const QByteArray secret = QByteArray::fromBase64(
        readFile(QStringLiteral(FIELDCASE_TEST_DATA "/../../resources/discretion/keys/demo-bureau.secret"))
            .trimmed());
    const QByteArray signature = security::DetachedSignature::sign(content, secret, "demo-jiangning-2026");
    QVERIFY(!signature.isEmpty());
    const store::DiscretionStore::InstallResult installed =
        store::DiscretionStore(m_app->profile().store()).install(content, signature, shippedKeys());
    QVERIFY2(installed.ok, qPrintable(installed.message));

    // A new computation uses 2026.2; the saved result keeps 2026.1 and says a newer one exists.
    window->casePage()->showCase(window->casePage()->caseId());
    DiscretionDialog* fresh = window->casePage()->openDiscretion();
    QVERIFY(fresh);
    QCOMPARE(fresh->pack()->version, QStringLiteral("2026.2"));
    QVERIFY(!child(fresh, "newerStandardNotice")->isVisibleTo(fresh));
    DiscretionDialog* reopened = window->casePage()->openDiscretion(0);
    QVERIFY(reopened);
    QVERIFY(QTest::qWaitForWindowExposed(reopened));
    QCOMPARE(reopened->pack()->version, QStringLiteral("2026.1"));
    QCOMPARE(child<QLabel>(reopened, "amountLabel")->text(), amountText);
    auto* notice = child<QLabel>(reopened, "newerStandardNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("2026.2")), qPrintable(notice->text()));
}

void TestDiscretionGui::checklistAnswersBecomeFindings() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei");
    QVERIFY(window);
    QVERIFY(window->showPage("checklistPage"));
    QWidget* page = window->currentPage();
    QCOMPARE(page->objectName(), QStringLiteral("checklistPage"));
    QVERIFY(chooseData(child<QComboBox>(page, "checklistCombo"), "wastewater"));
    auto* permit = child<QComboBox>(page, "answer_permit");
    QVERIFY(permit);
    auto* findings = child<QPlainTextEdit>(page, "findingsText");
    QVERIFY(findings->isReadOnly());
    QVERIFY(findings->toPlainText().isEmpty());

    QVERIFY(chooseData(permit, "none"));
    const inspection::Checklist wastewater =
        *inspection::ChecklistParser::parse(readFile(":/checklists/wastewater.json")).checklist;
    const QString language = QLocale().name();
    const QString finding = wastewater.item("permit")->answer("none")->finding.in(language);
    QVERIFY2(findings->toPlainText().startsWith(QStringLiteral("1. ") + finding),
             qPrintable(findings->toPlainText()));

    const discretion::Pack pack = store::DiscretionStore(m_app->profile().store()).latestPacks().first();
    const QString title = pack.violation("WATER-NO-PERMIT")->title.in(language);
    auto* proposed = child<QListWidget>(page, "proposedViolationsList");
    QCOMPARE(proposed->count(), 1);
    QVERIFY2(proposed->item(0)->text().contains(title), qPrintable(proposed->item(0)->text()));

    QTest::mouseClick(child<QPushButton>(page, "copyFindingsButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), findings->toPlainText());
}

void TestDiscretionGui::dialogFollowsTheLanguage() {
    startOn(freshDemoProfile());
    MainWindow* window = signIn("zhangwei");
    QVERIFY(window);
    DiscretionDialog* dialog = openDiscretionOnOwnCase(window);
    QVERIFY(dialog);
    answerWaterNoPermit(dialog);
    if (QTest::currentTestFailed())
        return;
    const discretion::Violation* violation = dialog->pack()->violation("WATER-NO-PERMIT");
    auto* title = child<QLabel>(dialog, "violationTitleLabel");
    auto* steps = child<QListWidget>(dialog, "stepsList");
    QVERIFY(title->text().contains(violation->title.en));

    UiSettings chinese = m_app->settings();
    chinese.language = Language::Chinese;
    emit window->settingsChanged(chinese);
    QTRY_VERIFY(title->text().contains(violation->title.zh));
    QVERIFY(steps->item(0)->text().contains(dialog->result().steps.first().zh));
    QCOMPARE(child<QPushButton>(dialog, "saveButton")->text(),
             QCoreApplication::translate("DiscretionDialog", "&Save"));
    // The answers survive the rebuilt questions, and so does the amount.
    QCOMPARE(child<QComboBox>(dialog, "factor_permit_class")->currentData().toString(),
             QStringLiteral("key"));
    QCOMPARE(dialog->result().amount, 350000.0);

    UiSettings english = chinese;
    english.language = Language::English;
    emit window->settingsChanged(english);
    QTRY_VERIFY(title->text().contains(violation->title.en));
}

QTEST_MAIN(TestDiscretionGui)
#include "TestDiscretionGui.moc"
