// The bureau's settings in the settings dialog: a team leader changes the procedure thresholds (read back
// as the procedure panel reads them) and this device's block of document numbers; an inspector sees the
// thresholds read-only, and a refused block keeps the dialog open with the reason.
#include "GuiTestFixture.h"
#include "ProcedurePanel.h"
#include "SettingsDialog.h"

#include "DocumentNumbers.h"
#include "Profile.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSpinBox>

using namespace fieldcase;
using namespace fieldcase::ui;

class TestSettingsProcedureGui : public QObject, public GuiTestFixture {
    Q_OBJECT

    store::Store& store() { return m_app->profile().store(); }

    // The dialog as the main window opens it, with the profile's store and the signed-in user.
    SettingsDialog* openSettings(MainWindow* window) {
        auto* dialog = new SettingsDialog(window->settings(), &store(), window->user(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static void clickOk(SettingsDialog* dialog) {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase() {
        const QString failure = prepare();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void leaderChangesLegalReviewAmount() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        SettingsDialog* dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(child(dialog, "procedureGroup")->isVisible());
        QVERIFY(!child(dialog, "procedureReadOnlyLabel")->isVisible());
        auto* amount = child<QSpinBox>(dialog, "legalReviewAmountSpin");
        QVERIFY(!amount->isReadOnly());
        QCOMPARE(amount->value(), int(procedure::ProcedureSettings().legalReviewAmount));
        amount->setValue(50000);
        clickOk(dialog);

        const procedure::ProcedureSettings saved = ProcedurePanel::settingsOf(store());
        QCOMPARE(saved.legalReviewAmount, 50000);
        // What the dialog does not edit is kept as it was.
        QCOMPARE(saved.legalReviewPenaltyKinds, procedure::ProcedureSettings().legalReviewPenaltyKinds);
        QCOMPARE(saved.hearingThresholdOrganisation,
                 procedure::ProcedureSettings().hearingThresholdOrganisation);
    }

    void inspectorSeesProcedureReadOnly() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        SettingsDialog* dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(child(dialog, "procedureReadOnlyLabel")->isVisible());
        for (QSpinBox* spin : child(dialog, "procedureGroup")->findChildren<QSpinBox*>())
            QVERIFY2(spin->isReadOnly(), qPrintable(spin->objectName()));
        QVERIFY(!child<QCheckBox>(dialog, "legalReviewOnHearingCheck")->isEnabled());
        auto* amount = child<QSpinBox>(dialog, "legalReviewAmountSpin");
        QTest::keyClick(amount, Qt::Key_Up);
        clickOk(dialog);
        QCOMPARE(ProcedurePanel::settingsOf(store()).legalReviewAmount,
                 procedure::ProcedureSettings().legalReviewAmount);
    }

    void documentNumberBlocks() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        SettingsDialog* dialog = openSettings(window);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "agencyField")->setText(QStringLiteral("宁江"));
        const int year = QDate::currentDate().year();
        QCOMPARE(child<QLabel>(dialog, "numberPreviewLabel")->text(),
                 QStringLiteral("Example: 宁江环责改字〔%1〕1号").arg(year));
        // Backwards: refused, and the dialog stays open saying why.
        child<QSpinBox>(dialog, "correctionOrderFirstSpin")->setValue(30);
        child<QSpinBox>(dialog, "correctionOrderLastSpin")->setValue(21);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(child(dialog, "settingsErrorLabel")->isVisible());
        QVERIFY(!store::DocumentNumbers(store()).block(QStringLiteral("责改"), year));

        child<QSpinBox>(dialog, "correctionOrderLastSpin")->setValue(60);
        clickOk(dialog);
        QTRY_VERIFY(!window->findChild<SettingsDialog*>());
        store::DocumentNumbers numbers(store());
        QCOMPARE(numbers.agency(), QStringLiteral("宁江"));
        QCOMPARE(numbers.remaining(QStringLiteral("责改"), year), 31);

        dialog = openSettings(window);
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "correctionOrderFirstSpin")->value(), 30);
        QCOMPARE(child<QLabel>(dialog, "correctionOrderRemainingLabel")->text(), QStringLiteral("31 left"));
        QCOMPARE(child<QLabel>(dialog, "decisionRemainingLabel")->text(), QStringLiteral("none set"));
    }
};

QTEST_MAIN(TestSettingsProcedureGui)
#include "TestSettingsProcedureGui.moc"
