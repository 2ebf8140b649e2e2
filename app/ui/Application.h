#pragma once

#include "Appearance.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiSettings.h"

#include "PositionService.h"
#include "SecretStore.h"
#include "User.h"

#include <QDialog>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <memory>

namespace fieldcase::store {
class Profile;
}
namespace fieldcase::evidence {
class ProfileEvidence;
}
namespace fieldcase::sync::client {
class OriginalDownloads;
class SyncThread;
} // namespace fieldcase::sync::client

namespace fieldcase::ui {

class Dialogs;

// The GUI's flow on one profile: create it when the folder has none, explain why it cannot be
// opened when it cannot, sign in, then the main window. Every step is a non-blocking window, so a
// test can drive the flow through the widgets with no nested event loops.
class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(Dialogs& dialogs, QObject* parent = nullptr);
    ~Application() override;

    // The directory given with --profile DIR, or the default profile directory.
    static QString profileDirectoryFromArguments(const QStringList& arguments);

    // Shows the first window for the profile in `directory`.
    void start(const QString& directory);

    store::Profile& profile() { return *m_profile; }
    // The window the flow is at; at most one of these is non-null.
    QDialog* currentDialog() const { return m_dialog; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    const UiSettings& settings() const { return m_settings; }

signals:
    // The user chose to quit (or closed the first window): main() ends the event loop.
    void quitRequested();

private:
    void openProfile(const QString& directory);
    void showFirstRun(const QString& directory);
    void showProfileError(const QString& directory, const QString& message);
    void chooseOtherProfile(const QString& currentDirectory);
    void profileReady();
    // Installs the standards the program ships with; a refusal is shown without stopping the sign-in.
    void installShippedStandards();
    void showLogin();
    void showMainWindow(const User& user);
    void signOut();
    // The sync engine of the open profile, on its own thread; the status bar follows what it does.
    void startSync();
    void openSync();
    void applySettings(const UiSettings& settings);
    // Shows `dialog` as the current step; rejecting it quits.
    void showStep(QDialog* dialog);

    Dialogs& m_dialogs;
    std::unique_ptr<store::Profile> m_profile;
    security::KeychainSecretStore m_secrets;
    std::unique_ptr<evidence::ProfileEvidence> m_evidence;
    std::unique_ptr<sync::client::SyncThread> m_sync; // before the profile closes, the engine stops
    std::unique_ptr<sync::client::OriginalDownloads> m_downloads; // evidence originals from the bureau
    QPointer<QDialog> m_syncDialog;
    evidence::PositionService m_position;
    Translations m_translations;
    Appearance m_appearance;
    UiSettings m_settings;
    QPointer<QDialog> m_dialog;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QMessageBox> m_standardsMessage;
};

} // namespace fieldcase::ui
