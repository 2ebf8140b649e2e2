// The procedure through the real windows: an inspector completes a site inspection record with two
// certified officers and the inspected party's signature, which registers a case; submits it for opening;
// and a team leader signs the opening off with the password again, signed by the device key (the real
// gnome-keyring). Also: a step whose conditions are missing lists them and cannot be taken, and an
// interference record is saved for good.
#include "CasePage.h"
#include "CaseRecordDialog.h"
#include "DocumentDialog.h"
#include "GuiTestFixture.h"
#include "InspectionRecordDialog.h"
#include "ListPage.h"
#include "PagedTableModel.h"
#include "ProcedurePanel.h"
#include "ProcedureStepDialog.h"
#include "SignatureDialog.h"
#include "SignaturePad.h"
#include "TaskPage.h"

#include "CaseProcedure.h"
#include "Cases.h"
#include "CheckIns.h"
#include "DocumentDrafts.h"
#include "DocumentNumber.h"
#include "DocumentNumbers.h"
#include "DocumentTemplate.h"
#include "ListModels.h"
#include "Profile.h"
#include "Signatures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

QStringList listTexts(QListWidget* list) {
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TestProcedureGui : public QObject, public GuiTestFixture {
    Q_OBJECT

    // The first case of the demo profile that meets `where` (an SQL condition on cases), or null.
    QUuid demoCase(const QString& where = QStringLiteral("1")) {
        QSqlQuery query(m_app->profile().store().connection());
        if (!query.exec(QStringLiteral("SELECT id FROM cases WHERE %1 LIMIT 1").arg(where)) || !query.next())
            return {};
        return QUuid(query.value(0).toString());
    }

    // Selects the first task of the signed-in officer that is still assigned; its id, or null.
    QUuid selectAssignedTask(TaskPage* page) {
        QTableView* table = page->list()->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QUuid id = table->model()->index(row, 0).data(PagedTableModel::IdRole).toUuid();
            if (store::Tasks(m_app->profile().store()).task(id)->state == TaskState::Assigned) {
                table->setCurrentIndex(table->model()->index(row, 0));
                return id;
            }
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(prepare().isEmpty(), "demo profile template"); }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void anInspectorCompletesTheRecordAndALeaderSignsTheOpeningOff() {
        const QString profileDir = freshDemoProfile();
        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        QVERIFY(window->showPage(QStringLiteral("myTasksPage")));
        auto* tasks = qobject_cast<TaskPage*>(window->currentPage());
        QVERIFY(tasks);
        const QUuid taskId = selectAssignedTask(tasks);
        QVERIFY(!taskId.isNull());
        auto* recordButton = child<QPushButton>(tasks, QStringLiteral("inspectionRecordButton"));
        QVERIFY(!recordButton->isEnabled()); // not before the inspection has started
        QVERIFY(tasks->startInspection());
        QVERIFY(recordButton->isEnabled());

        store::Store& store = m_app->profile().store();
        const Inspection started = *store::Inspections(store).ofTask(taskId);
        QVERIFY2(started.hasEnoughCertifiedOfficers(), "the demo task has two certified officers");
        InspectionRecordDialog* record = tasks->openInspectionRecord();
        QVERIFY(record);
        QCOMPARE(child<QListWidget>(record, QStringLiteral("officersList"))->count(),
                 int(started.officers.size()));
        auto* complete = child<QPushButton>(record, QStringLiteral("completeButton"));
        auto* missing = child<QListWidget>(record, QStringLiteral("missingList"));
        QVERIFY(!complete->isEnabled());
        QVERIFY(missing->count() >= 3); // declaration, findings, outcome, signature

        child<QCheckBox>(record, QStringLiteral("declarationCheck"))->setChecked(true);
        typeThroughInputMethod(child<QPlainTextEdit>(record, QStringLiteral("findingsField")),
                               QStringLiteral("废水总排口在线监测显示化学需氧量超标"));
        auto* outcome = child<QComboBox>(record, QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(int(InspectionOutcome::OpenCase)));
        typeThroughInputMethod(child<QLineEdit>(record, QStringLiteral("causeField")),
                               QStringLiteral("超标排放水污染物案"));
        QVERIFY(!complete->isEnabled()); // the party has not signed

        SignatureDialog* signature = record->openPartySignature();
        QVERIFY(QTest::qWaitForWindowExposed(signature));
        typeThroughInputMethod(child<QLineEdit>(signature, QStringLiteral("signerNameField")),
                               QStringLiteral("王经理"));
        drawSignature(child<SignaturePad>(signature, QStringLiteral("signaturePad")));
        auto* signatureOk =
            child<QDialogButtonBox>(signature, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(signatureOk->isEnabled());
        QTest::mouseClick(signatureOk, Qt::LeftButton);
        const QList<store::SignatureRecord> signatures = store::Signatures(store).forEntity(started.id);
        QCOMPARE(signatures.size(), 1);
        QCOMPARE(signatures.first().signerName, QStringLiteral("王经理"));
        QVERIFY(!signatures.first().png.isEmpty());

        QTRY_VERIFY(complete->isEnabled());
        QSignalSpy completed(record, &InspectionRecordDialog::completed);
        QTest::mouseClick(complete, Qt::LeftButton);
        QCOMPARE(completed.size(), 1);
        const QUuid caseId = completed.first().first().toUuid();
        QVERIFY(!caseId.isNull());
        const Case lead = *store::Cases(store).caseById(caseId);
        QCOMPARE(lead.state, CaseState::Lead);
        QCOMPARE(lead.cause, QStringLiteral("超标排放水污染物案"));
        QCOMPARE(store::Tasks(store).task(taskId)->state, TaskState::Completed);

        // The inspector submits the lead for the approval to open a case.
        QVERIFY(window->openCase(caseId));
        ProcedurePanel* panel = window->casePage()->procedurePanel();
        QVERIFY(child<QPushButton>(panel, QStringLiteral("action_submit_for_opening")));
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("action_approve_opening")));
        ProcedureStepDialog* submit = panel->openStep(procedure::CaseAction::SubmitForOpening);
        QVERIFY(!child<QLineEdit>(submit, QStringLiteral("passwordField"))->isVisible());
        auto* submitOk =
            child<QDialogButtonBox>(submit, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(submitOk->isEnabled());
        QTest::mouseClick(submitOk, Qt::LeftButton);
        QTRY_COMPARE(store::Cases(store).caseById(caseId)->state, CaseState::OpeningApproval);

        // The team leader, on the same device, signs the opening off.
        m_app.reset();
        startOn(profileDir);
        window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        QVERIFY(window->openCase(caseId));
        panel = window->casePage()->procedurePanel();
        QVERIFY(child<QPushButton>(panel, QStringLiteral("action_approve_opening")));
        ProcedureStepDialog* approve = panel->openStep(procedure::CaseAction::ApproveOpening);
        auto* password = child<QLineEdit>(approve, QStringLiteral("passwordField"));
        QVERIFY(password->isVisible());
        auto* approveOk =
            child<QDialogButtonBox>(approve, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!approveOk->isEnabled()); // not without the password
        // A wrong password signs nothing.
        QTest::keyClicks(password, QStringLiteral("not-her-password"));
        QTest::mouseClick(approveOk, Qt::LeftButton);
        QVERIFY(child<QLabel>(approve, QStringLiteral("errorLabel"))->isVisible());
        store::Store& leaderStore = m_app->profile().store();
        QCOMPARE(store::CaseProcedure(leaderStore).signOffs(caseId).size(), 0);

        QSignalSpy taken(approve, &ProcedureStepDialog::stepTaken);
        typeThroughInputMethod(child<QPlainTextEdit>(approve, QStringLiteral("commentField")),
                               QStringLiteral("同意立案"));
        QTest::keyClicks(password, demoPassword(QStringLiteral("lina")));
        QTest::mouseClick(approveOk, Qt::LeftButton);
        QTRY_COMPARE(taken.size(), 1);
        QCOMPARE(store::Cases(leaderStore).caseById(caseId)->state, CaseState::Investigating);
        const QList<store::SignOff> signOffs = store::CaseProcedure(leaderStore).signOffs(caseId);
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs.first().signerName, QStringLiteral("李娜"));
        QCOMPARE(signOffs.first().comment, QStringLiteral("同意立案"));
        QVERIFY(store::CaseProcedure(leaderStore).signatureHolds(signOffs.first()));
        // The case page shows the new state and the sign-off.
        QTRY_VERIFY(listTexts(panel->recordsList()).join(u'\n').contains(QStringLiteral("李娜")));
    }

    void aStepWithMissingConditionsListsThemAndCannotBeTaken() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        store::Store& store = m_app->profile().store();
        const QUuid caseId = demoCase(QStringLiteral("state = 'decision'"));
        QVERIFY(!caseId.isNull());
        QVERIFY(window->openCase(caseId));
        ProcedurePanel* panel = window->casePage()->procedurePanel();
        ProcedureStepDialog* decide = panel->openStep(procedure::CaseAction::Decide);
        const QStringList conditions =
            listTexts(child<QListWidget>(decide, QStringLiteral("requirementsList")));
        QVERIFY2(conditions.size() >= 1 && conditions.first().startsWith(u'✗'),
                 qPrintable(conditions.join(u'\n')));
        QTest::keyClicks(child<QLineEdit>(decide, QStringLiteral("passwordField")),
                         demoPassword(QStringLiteral("lina")));
        QVERIFY(!child<QDialogButtonBox>(decide, QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled());
        QCOMPARE(store::Cases(store).caseById(caseId)->state, CaseState::Decision);
    }

    void theDocumentsOfACaseShowTheirPagesAndWhatIsMissing() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        const QUuid caseId = demoCase(QStringLiteral("official_number = ''"));
        QVERIFY(!caseId.isNull());
        QVERIFY(window->openCase(caseId));
        DocumentDialog* documents = window->casePage()->openDocuments();
        documents->showKind(QStringLiteral("penalty_decision"));
        // A case without an official number, evidence or a decided penalty: a draft, and no PDF.
        QVERIFY(documents->pagesShown() >= 1);
        const QStringList missing = documents->missing();
        QVERIFY2(missing.contains(QStringLiteral("Document number")) ||
                     missing.contains(QStringLiteral("文书编号")),
                 qPrintable(missing.join(u',')));
        QVERIFY(!child<QPushButton>(documents, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(documents, QStringLiteral("printButton"))->isEnabled());
        m_dialogs.saveFileToChoose = m_testDir->filePath(QStringLiteral("decision.pdf"));
        QVERIFY(!documents->savePdf());
        QVERIFY(!QFile::exists(m_dialogs.saveFileToChoose));
    }

    void aCorrectionOrderIsFilledInAndIssuedWithANumberFromTheBlock() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        store::Store& store = m_app->profile().store();
        store::DocumentNumbers numbers(store);
        QVERIFY(numbers.setFormat({}, QStringLiteral("宁江"), DocumentNumber::defaultPattern()));
        const int year = QDate::currentDate().year();
        QVERIFY(numbers.setBlock({}, QStringLiteral("责改"), year, 101, 150));
        const QUuid caseId = demoCase(QStringLiteral("state = 'investigating'"));
        QVERIFY(!caseId.isNull());
        QVERIFY(window->openCase(caseId));
        DocumentDialog* documents = window->casePage()->openDocuments();
        documents->showKind(QStringLiteral("correction_order"));
        const QString number = QStringLiteral("宁江环责改字〔%1〕101号").arg(year);
        QCOMPARE(documents->pendingNumber(), number);
        QVERIFY(!documents->missing().isEmpty());

        // Everything the case does not hold is typed in; the draft is kept as it is typed.
        const auto correction = documents::DocumentTemplate::shipped(QStringLiteral("correction_order"));
        QVERIFY(correction);
        for (const documents::Field& field : correction->fields) {
            QWidget* editor = documents->fieldEditor(field.id);
            if (!editor)
                continue; // the case holds it
            if (auto* table = qobject_cast<QTableWidget*>(editor)) {
                for (int column = 0; column < table->columnCount(); ++column)
                    table->setItem(0, column,
                                   new QTableWidgetItem(QStringLiteral("现场检查照片%1").arg(column)));
            } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                line->setText(field.type == documents::FieldType::Date ? QStringLiteral("2026-12-15")
                                                                       : QStringLiteral("按要求完成整改"));
            } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
                text->setPlainText(QStringLiteral("按要求完成整改"));
            } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
                check->setChecked(true);
            }
        }
        QTRY_VERIFY2(documents->missing().isEmpty(), qPrintable(documents->missing().join(u',')));
        QVERIFY(!store::DocumentDrafts(store).fields(caseId, QStringLiteral("correction_order")).isEmpty());

        m_dialogs.saveFileToChoose = m_testDir->filePath(QStringLiteral("correction.pdf"));
        QVERIFY(documents->savePdf());
        QVERIFY(QFile::exists(m_dialogs.saveFileToChoose));
        QCOMPARE(numbers.remaining(QStringLiteral("责改"), year), 49);
        const auto issued = numbers.latestFor(caseId, QStringLiteral("correction_order"));
        QVERIFY(issued);
        QCOMPARE(issued->number, number);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {m_dialogs.saveFileToChoose, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(number));
        // Issued once: saving again keeps the number, and the next document takes the next serial.
        QVERIFY(documents->pendingNumber().isEmpty());
        QVERIFY(documents->savePdf());
        QCOMPARE(numbers.remaining(QStringLiteral("责改"), year), 49);
    }

    void aLeaderSignsAnAmendmentOff() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        store::Store& store = m_app->profile().store();
        const QUuid caseId = demoCase();
        QVERIFY(!caseId.isNull());
        QVERIFY(window->openCase(caseId));
        ProcedurePanel* panel = window->casePage()->procedurePanel();
        auto* signButton = child<QPushButton>(panel, QStringLiteral("amendmentSignOffButton"));
        QVERIFY(signButton->isHidden());

        CaseRecordDialog* record = panel->openRecord(CaseRecordKind::Amendment);
        auto* save =
            child<QDialogButtonBox>(record, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        typeThroughInputMethod(child<QLineEdit>(record, QStringLiteral("correctsField")),
                               QStringLiteral("现场检查时间"));
        typeThroughInputMethod(child<QPlainTextEdit>(record, QStringLiteral("correctionField")),
                               QStringLiteral("2026年11月20日9时30分"));
        typeThroughInputMethod(child<QPlainTextEdit>(record, QStringLiteral("commentField")),
                               QStringLiteral("笔误"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(store::CaseProcedure(store).pendingAmendments(caseId).size(), 1);
        QVERIFY(!signButton->isHidden());

        QDialog* signOff = panel->openAmendmentSignOff();
        QTest::keyClicks(child<QLineEdit>(signOff, QStringLiteral("passwordField")),
                         demoPassword(QStringLiteral("lina")));
        QTest::mouseClick(
            child<QDialogButtonBox>(signOff, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QVERIFY(store::CaseProcedure(store).pendingAmendments(caseId).isEmpty());
        const store::SignOff last = store::CaseProcedure(store).signOffs(caseId).last();
        QVERIFY(!last.amendmentId.isNull());
        QVERIFY(store::CaseProcedure(store).signatureHolds(last));
        QVERIFY(signButton->isHidden());
    }

    void anInterferenceRecordIsKeptForGood() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        store::Store& store = m_app->profile().store();
        const QUuid caseId = demoCase();
        QVERIFY(!caseId.isNull());
        QVERIFY(window->openCase(caseId));
        QDialog* dialog = window->casePage()->procedurePanel()->openInterference();
        auto* save =
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        typeThroughInputMethod(child<QLineEdit>(dialog, QStringLiteral("whoField")),
                               QStringLiteral("某单位负责人"));
        typeThroughInputMethod(child<QPlainTextEdit>(dialog, QStringLiteral("requestField")),
                               QStringLiteral("打电话要求对该企业从轻处理"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        const QList<CaseRecord> records =
            store::CaseProcedure(store).records(caseId, CaseRecordKind::Interference);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().body[QLatin1String(record_keys::request)].toString(),
                 QStringLiteral("打电话要求对该企业从轻处理"));
        QSqlQuery query(store.connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM case_records")));
    }
};

QTEST_MAIN(TestProcedureGui)
#include "TestProcedureGui.moc"
