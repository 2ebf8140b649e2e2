#include "GuiTestFixture.h"
#include "ServedBureau.h"

#include "Profile.h"
#include "SecretStore.h"
#include "SyncDialog.h"
#include "SyncState.h"

#include <QLabel>
#include <QStatusBar>

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
