#include "Application.h"

#include "Dialogs.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "SyncDialog.h"

#include "CasePage.h"
#include "MainWindow.h"
#include "OriginalDownloads.h"
#include "ProfileErrorDialog.h"
#include "ShippedData.h"
#include "SyncEngine.h"

#include "Accounts.h"
#include "Profile.h"
#include "ProfileEvidence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDialog>

namespace fieldcase::ui {

Application::Application(Dialogs& dialogs, QObject* parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_profile(std::make_unique<store::Profile>()) {
    // Until a profile's settings are read, the system's language.
    m_translations.apply(Language::System);
}

Application::~Application() {
    delete m_dialog;
    delete m_mainWindow;
    delete m_standardsMessage;
}

QString Application::profileDirectoryFromArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The profile directory (database, evidence, settings)."),
                                           tr("directory"), store::Profile::defaultDirectory());
    parser.addOption(profileOption);
    // Platform options (-platform, -style) reach here too; QApplication has already used them.
    parser.parse(arguments);
    return parser.value(profileOption);
}

void Application::start(const QString& directory) {
    if (store::Profile::existsIn(directory))
        openProfile(directory);
    else
        showFirstRun(directory);
}

void Application::openProfile(const QString& directory) {
    m_sync.reset(); // its thread uses the profile being closed
    m_downloads.reset();
    m_evidence.reset();
    m_profile->close();
    const store::Profile::OpenResult opened = m_profile->open(directory, false);
    if (!opened.ok()) {
        showProfileError(directory, opened.message);
        return;
    }
    // A profile whose creation stopped after the database but before the first account.
    if (store::Accounts(m_profile->store()).userCount() == 0) {
        showFirstRun(directory);
        return;
    }
    profileReady();
}

void Application::showFirstRun(const QString& directory) {
    auto* dialog = new FirstRunDialog(*m_profile, directory);
    connect(dialog, &QDialog::accepted, this, &Application::profileReady);
    showStep(dialog);
}

void Application::showProfileError(const QString& directory, const QString& message) {
    auto* dialog = new ProfileErrorDialog(directory, message);
    connect(dialog, &QDialog::accepted, this, [this, directory] { chooseOtherProfile(directory); });
    showStep(dialog);
}

void Application::chooseOtherProfile(const QString& currentDirectory) {
    const QString chosen = m_dialogs.chooseDirectory(nullptr, tr("Open another profile"), currentDirectory);
    if (chosen.isEmpty()) {
        emit quitRequested();
        return;
    }
    start(chosen);
}

void Application::profileReady() {
    applySettings(UiSettings::load(m_profile->settingsPath()));
    // Makes the device key on the first run; when the secret store cannot give it, evidence can still be
    // viewed and checked and the main window says why nothing can be added.
    m_evidence = std::make_unique<evidence::ProfileEvidence>(*m_profile, m_secrets);
    m_downloads = std::make_unique<sync::client::OriginalDownloads>(m_profile->store(), m_secrets,
                                                                    m_evidence->vault().directory());
    installShippedStandards();
    startSync();
    showLogin();
}

void Application::installShippedStandards() {
    const QStringList refusals = ui::installShippedStandards(m_profile->store());
    if (refusals.isEmpty())
        return;
    delete m_standardsMessage;
    auto* message =
        new QMessageBox(QMessageBox::Warning, tr("Discretion standard not installed"),
                        tr("A discretion standard that comes with FieldCase could not be installed. "
                           "Penalty discretion will use the standards installed before."),
                        QMessageBox::Ok);
    message->setObjectName("standardsRefusedMessage");
    message->setInformativeText(refusals.join(QLatin1Char('\n')));
    message->setAttribute(Qt::WA_DeleteOnClose);
    message->setWindowModality(Qt::NonModal);
    m_standardsMessage = message;
    message->show();
}

void Application::showLogin() {
    auto* dialog = new LoginDialog(*m_profile);
    connect(dialog, &LoginDialog::signedIn, this, &Application::showMainWindow);
    showStep(dialog);
}

void Application::showStep(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &Application::quitRequested);
    m_dialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void Application::showMainWindow(const User& user) {
    auto* window = new MainWindow(*m_profile, *m_evidence, m_position, user, m_settings, m_dialogs);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::settingsChanged, this, &Application::applySettings);
    connect(window, &MainWindow::signOutRequested, this, &Application::signOut);
    connect(window, &MainWindow::syncRequested, this, &Application::openSync);
    m_mainWindow = window;
    window->casePage()->evidencePanel()->setOriginalDownloads(m_downloads.get());
    if (m_sync) {
        sync::client::SyncEngine* engine = m_sync->engine();
        QMetaObject::invokeMethod(engine, [engine, id = user.id] { engine->setUserId(id); });
    }
    window->showMaximized();
    window->activateWindow();
}

void Application::signOut() {
    m_profile->store().recordEvent(m_mainWindow->user().id, QStringLiteral("user.logout"),
                                   QStringLiteral("user"), m_mainWindow->user().id);
    // The login window first, so closing the main window does not end the application.
    showLogin();
    m_mainWindow->close();
}

void Application::startSync() {
    m_sync.reset();
    m_sync = std::make_unique<sync::client::SyncThread>(m_profile->store(), m_secrets,
                                                        m_evidence->vault().directory());
    sync::client::SyncEngine* engine = m_sync->engine();
    const auto status = [this](const QString& text) {
        if (m_mainWindow)
            m_mainWindow->setSyncStatus(text);
    };
    connect(engine, &sync::client::SyncEngine::progress, this,
            [status](const sync::client::SyncProgress& progress) {
                status(tr("Syncing: %n record(s) to send", nullptr, int(progress.recordsToGo)));
            });
    connect(engine, &sync::client::SyncEngine::finished, this, [status] {
        status(tr("Synced at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(engine, &sync::client::SyncEngine::failed, this, [status](const sync::client::SyncError& error) {
        status(tr("Not synced: %1").arg(error.message));
    });
    connect(engine, &sync::client::SyncEngine::loginRequired, this,
            [status] { status(tr("Sign in at the bureau to sync")); });
    connect(engine, &sync::client::SyncEngine::deviceRevoked, this,
            [status] { status(tr("This device was revoked by the bureau")); });
}

void Application::openSync() {
    if (m_syncDialog) {
        m_syncDialog->raise();
        m_syncDialog->activateWindow();
        return;
    }
    const security::DeviceKey* key = m_evidence->deviceKey();
    auto* dialog =
        new SyncDialog(m_profile->store(), m_secrets, key ? key->publicKey() : QByteArray(),
                       m_sync ? m_sync->engine() : nullptr, m_mainWindow->user(), m_dialogs, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_syncDialog = dialog;
    dialog->show();
}

void Application::applySettings(const UiSettings& settings) {
    // Positioning restarts only when its settings changed: a restart forgets the fix, and a receiver can
    // take a while to give the next one.
    const bool restartPositioning = m_position.status() == evidence::PositionService::Status::Stopped ||
                                    settings.position != m_settings.position;
    m_settings = settings;
    if (restartPositioning)
        m_position.start(settings.position);
    m_translations.apply(settings.language);
    m_appearance.apply(settings);
}

} // namespace fieldcase::ui
