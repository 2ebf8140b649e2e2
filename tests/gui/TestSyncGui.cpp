#include "GuiTestFixture.h"
#include "ServedBureau.h"

#include "Profile.h"
#include "SecretStore.h"
#include "SyncDialog.h"
#include "SyncState.h"
#include "Uuid7.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>

using namespace fieldcase;
using Bureau = fieldcase::sync::server::testing::ServerFixture;
using namespace Qt::StringLiterals;

// The sync dialog in the real main window against the real server: the engine runs on its own thread and
// reads its tokens from the real keychain, which only the GUI thread may touch.
class TestSyncGui : public QObject, public GuiTestFixture {
    Q_OBJECT

    std::unique_ptr<Bureau> m_bureau;
    std::unique_ptr<ServerProcess> m_server;

    // A profile that joined the bureau: enrolled, and the inspector signed in there once (which gives this
    // device the account and its verifier for signing in offline).
    QString joinedProfile() {
        const QString directory = m_testDir->filePath(u"joined"_s);
        store::Profile profile;
        if (!profile.open(directory, true).ok())
            return {};
        security::KeychainSecretStore secrets;
        if (!servedBureau::join(profile, secrets, *m_server, *m_bureau, Bureau::InspectorA, u"tablet"_s))
            return {};
        return directory;
    }

private slots:
    void init() {
        QVERIFY(beginTest());
        const QString failed = servedBureau::start(false, m_bureau, m_server);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() {
        endTest();
        m_server.reset();
        m_bureau.reset();
    }

    void syncNowFromTheDialogCompletesAndTheStatusBarSaysSo() {
        const QString directory = joinedProfile();
        QVERIFY(!directory.isEmpty());
        startOn(directory);
        ui::MainWindow* window = signInAs(Bureau::InspectorA, Bureau::passwordOf(Bureau::InspectorA));
        QVERIFY(window);

        QTest::mouseClick(child<QPushButton>(window, u"syncButton"_s), Qt::LeftButton);
        auto* dialog = window->findChild<ui::SyncDialog*>(u"syncDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"bureauLabel"_s)->text().contains(m_bureau->config.bureauName));
        QVERIFY(child<QPushButton>(dialog, u"syncNowButton"_s)->isVisible());

        QTest::mouseClick(child<QPushButton>(dialog, u"syncNowButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"syncMessage"_s)->text().startsWith(u"Sync complete"_s), 30000);
        QTRY_VERIFY(child<QLabel>(window, u"syncStatus"_s)->text().startsWith(u"Synced at"_s));
        QVERIFY(!store::SyncState(m_app->profile().store()).value(u"last_sync_at"_s).isEmpty());
    }

    void aConflictNamesItsRecordAndFieldAsPeopleDo() {
        const QString directory = joinedProfile();
        QVERIFY(!directory.isEmpty());
        startOn(directory);
        ui::MainWindow* window = signInAs(Bureau::InspectorA, Bureau::passwordOf(Bureau::InspectorA));
        QVERIFY(window);
        QSqlQuery query(m_app->profile().store().connection());
        QVERIFY(
            query.exec(u"INSERT INTO sync_conflicts(id, entity_type, entity_id, field, base, theirs, ours, "
                       "created_at) VALUES ('%1', 'document_draft', '%2', 'fields.payment.bank', 'null', "
                       "'\"工商银行\"', '\"农业银行\"', '2026-11-30T10:00:00Z')"_s.arg(
                           Uuid7::toText(Uuid7::create()), Uuid7::toText(Uuid7::create()))));

        QTest::mouseClick(child<QPushButton>(window, u"syncButton"_s), Qt::LeftButton);
        auto* dialog = window->findChild<ui::SyncDialog*>(u"syncDialog"_s);
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, u"conflictsTable"_s);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->item(0, 0)->text(), u"Document draft"_s);
        QCOMPARE(table->item(0, 1)->text(), u"payment.bank"_s);
        QCOMPARE(table->item(0, 3)->text(), u"工商银行"_s);
        QCOMPARE(table->item(0, 4)->text(), u"农业银行"_s);
        // Switching to Chinese with the dialog open names the record in Chinese.
        ui::UiSettings chinese;
        chinese.language = ui::Language::Chinese;
        emit window->settingsChanged(chinese);
        QTRY_COMPARE(table->item(0, 0)->text(), u"文书草稿"_s);
        emit window->settingsChanged(ui::UiSettings());
    }

    void aStoppedServerIsReportedAndNothingIsLost() {
        const QString directory = joinedProfile();
        QVERIFY(!directory.isEmpty());
        m_server->kill();
        startOn(directory);
        ui::MainWindow* window = signInAs(Bureau::InspectorA, Bureau::passwordOf(Bureau::InspectorA));
        QVERIFY(window);
        QTest::mouseClick(child<QPushButton>(window, u"syncButton"_s), Qt::LeftButton);
        auto* dialog = window->findChild<ui::SyncDialog*>(u"syncDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"syncNowButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"syncMessage"_s)->text().contains(u"cannot be reached"_s), 30000);
        QVERIFY(child<QLabel>(dialog, u"syncMessage"_s)->text().contains(u"Nothing already saved"_s));
        QVERIFY(child<QPushButton>(dialog, u"syncNowButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestSyncGui)
#include "TestSyncGui.moc"
