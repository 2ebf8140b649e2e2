// The interview record through the real windows: an inspector opens a case, starts an interview from the
// procedure panel, writes two questions with their answers, adds a second certified officer, has the
// interviewee sign on the pad and confirms; the store holds the frozen record, the dialog becomes read-only,
// the case's records list it, and the interview document is filled from it.
#include "CaseDocuments.h"
#include "CasePage.h"
#include "GuiTestFixture.h"
#include "InterviewDialog.h"
#include "ProcedurePanel.h"
#include "SignatureDialog.h"
#include "SignaturePad.h"

#include "Interviews.h"
#include "Profile.h"
#include "Signatures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::ui;

class TestInterviewGui : public QObject, public GuiTestFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(prepare().isEmpty(), "demo profile template"); }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void anInspectorWritesAndConfirmsAnInterviewRecord() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        store::Store& store = m_app->profile().store();
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM cases WHERE state = 'investigating' LIMIT 1")) &&
                query.next());
        const QUuid caseId(query.value(0).toString());
        query.finish();
        const int interviewsBefore = int(store::Interviews(store).forCase(caseId).size());
        QVERIFY(window->openCase(caseId));
        ProcedurePanel* panel = window->casePage()->procedurePanel();
        auto* interviewButton = child<QPushButton>(panel, QStringLiteral("interviewButton"));
        QVERIFY(interviewButton && interviewButton->isVisible());
        QTest::mouseClick(interviewButton, Qt::LeftButton);
        auto* dialog = panel->findChild<InterviewDialog*>(QStringLiteral("interviewDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // The signed-in officer is present and records; one officer is not enough.
        auto* officers = child<QListWidget>(dialog, QStringLiteral("officersList"));
        QCOMPARE(officers->count(), 1);
        QVERIFY(officers->item(0)->text().contains(QStringLiteral("张伟")));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("recorderField"))->text(), QStringLiteral("张伟"));
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("rightsLabel"))->text().isEmpty());
        auto* confirm = child<QPushButton>(dialog, QStringLiteral("confirmButton"));
        QVERIFY(!confirm->isEnabled());

        typeThroughInputMethod(child<QLineEdit>(dialog, QStringLiteral("intervieweeNameField")),
                               QStringLiteral("王经理"));
        typeThroughInputMethod(child<QLineEdit>(dialog, QStringLiteral("intervieweePositionField")),
                               QStringLiteral("环保负责人"));
        typeThroughInputMethod(child<QLineEdit>(dialog, QStringLiteral("recusalField")),
                               QStringLiteral("不申请"));
        const QList<std::pair<QString, QString>> exchanges = {
            {QStringLiteral("废水处理设施何时停运？"), QStringLiteral("三月十日起停运，\n因设备检修。")},
            {QStringLiteral("停运期间废水如何处理？"), QStringLiteral("直接排入厂区东侧排口。")}};
        auto* addQuestion = child<QPushButton>(dialog, QStringLiteral("addQuestionButton"));
        for (const auto& [question, answer] : exchanges) {
            QTest::mouseClick(addQuestion, Qt::LeftButton);
            typeThroughInputMethod(child<QPlainTextEdit>(dialog, QStringLiteral("questionField")), question);
            typeThroughInputMethod(child<QPlainTextEdit>(dialog, QStringLiteral("answerField")), answer);
        }
        QCOMPARE(child<QListWidget>(dialog, QStringLiteral("exchangesList"))->count(), 2);

        // A second officer holding a certificate, from the accounts on the device.
        auto* officerCombo = child<QComboBox>(dialog, QStringLiteral("officerCombo"));
        QVERIFY(officerCombo->count() > 0);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addOfficerButton")), Qt::LeftButton);
        QCOMPARE(officers->count(), 2);
        QVERIFY(!confirm->isEnabled()); // the interviewee has not signed

        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("intervieweeSignButton")),
                          Qt::LeftButton);
        auto* signature = dialog->findChild<SignatureDialog*>();
        QVERIFY(signature);
        QVERIFY(QTest::qWaitForWindowExposed(signature));
        auto* signerName = child<QLineEdit>(signature, QStringLiteral("signerNameField"));
        QCOMPARE(signerName->text(), QStringLiteral("王经理")); // the interviewee's name is offered
        drawSignature(child<SignaturePad>(signature, QStringLiteral("signaturePad")));
        auto* signatureOk =
            child<QDialogButtonBox>(signature, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(signatureOk->isEnabled());
        QTest::mouseClick(signatureOk, Qt::LeftButton);
        const QUuid interviewId = dialog->interviewId();
        QVERIFY(!interviewId.isNull());
        const QList<store::SignatureRecord> signatures = store::Signatures(store).forEntity(interviewId);
        QCOMPARE(signatures.size(), 1);
        QCOMPARE(signatures.first().place, QStringLiteral("interviewee"));
        QVERIFY(!signatures.first().png.isEmpty());

        QTRY_VERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);

        const std::optional<Interview> stored = store::Interviews(store).byId(interviewId);
        QVERIFY(stored);
        QVERIFY(stored->isConfirmed());
        QCOMPARE(stored->caseId, caseId);
        QCOMPARE(stored->interviewee.name, QStringLiteral("王经理"));
        QCOMPARE(stored->interviewee.position, QStringLiteral("环保负责人"));
        QCOMPARE(stored->exchanges.size(), 2);
        QCOMPARE(stored->exchanges[0].question, exchanges[0].first);
        QCOMPARE(stored->exchanges[0].answer, exchanges[0].second);
        QCOMPARE(stored->exchanges[1].answer, exchanges[1].second);
        QCOMPARE(stored->officers.size(), 2);
        for (const OfficerPresence& officer : stored->officers)
            QVERIFY(!officer.certificateNumber.isEmpty());
        QCOMPARE(int(store::Interviews(store).forCase(caseId).size()), interviewsBefore + 1);

        // Frozen: the dialog only shows the record now.
        QVERIFY(!confirm->isVisible());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("saveButton"))->isVisible());
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("intervieweeNameField"))->isReadOnly());
        QVERIFY(!addQuestion->isEnabled());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("confirmedLabel"))->isVisible());
        QVERIFY(!dialog->save());

        // The case's records list it, and the interview document is filled from it.
        QStringList records;
        for (int row = 0; row < panel->recordsList()->count(); ++row)
            records << panel->recordsList()->item(row)->text();
        QVERIFY(records.join(u'\n').contains(QStringLiteral("王经理")));
        const documents::DocumentData data = documents::caseDocumentData(
            store, caseId, QStringLiteral("interview"), QStringLiteral("某环境局"));
        QCOMPARE(data.value(QStringLiteral("interviewee.name")).toString(), QStringLiteral("王经理"));
        QCOMPARE(data.value(QStringLiteral("qa")).toArray().size(), 2);
        QCOMPARE(data.value(QStringLiteral("officers")).toArray().size(), 2);
        QCOMPARE(data.value(QStringLiteral("recorder.name")).toString(), QStringLiteral("张伟"));
        QVERIFY(!data.value(QStringLiteral("party.name")).toString().isEmpty());
        QVERIFY(data.signatures.contains(QStringLiteral("interviewee")));
    }
};

QTEST_MAIN(TestInterviewGui)
#include "TestInterviewGui.moc"
