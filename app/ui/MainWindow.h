#pragma once

#include "IdleMonitor.h"
#include "UiSettings.h"

#include "Lists.h"
#include "User.h"

#include <QMainWindow>
#include <QPushButton>
#include <QStyle>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace fieldcase::store {
class Profile;
}
namespace fieldcase::evidence {
class PositionService;
class ProfileEvidence;
struct IntegrityReport;
} // namespace fieldcase::evidence

namespace fieldcase::ui {

class BackgroundIntegrityCheck;
class CasePage;
class IntegrityDialog;
class Dialogs;
class ListPage;
class LockScreen;
class SearchPage;

// The signed-in user's workspace: a navigation list with the homes the user's roles give, search,
// the subject directory, and the case page any case list opens. Locks itself after the idle time.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(store::Profile& profile, evidence::ProfileEvidence& evidence,
               evidence::PositionService& position, const User& user, const UiSettings& settings,
               Dialogs& dialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    const User& user() const { return m_user; }
    const UiSettings& settings() const { return m_settings; }

    // Shows a page by its object name (e.g. "subjectDirectoryPage"); false when the user's roles do not
    // include it.
    bool showPage(const QString& pageName);
    QWidget* currentPage() const;
    bool openCase(const QUuid& caseId);
    CasePage* casePage() const { return m_casePage; }

    bool isLocked() const;
    void lock();
    // The idle time before locking; zero never locks. Settings give minutes, tests milliseconds.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    void openSettings();
    // The evidence integrity check, on demand; with a report, shows what the background check found.
    IntegrityDialog* openIntegrityCheck(const evidence::IntegrityReport* found = nullptr);

    // A short state of the sync with the bureau in the status bar ("3 records to send", "Sync failed").
    void setSyncStatus(const QString& text);

signals:
    void settingsChanged(const fieldcase::ui::UiSettings& settings);
    void signOutRequested();
    void syncRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct NavigationEntry {
        QWidget* page;
        const char* title; // source text in the MainWindow context
    };

    void buildPages();
    void addPage(QWidget* page, const char* title, QStyle::StandardPixmap icon);
    void addCaseList(const QString& pageName, const char* title, QStyle::StandardPixmap icon,
                     const store::CaseListFilter& filter);
    void showNavigationPage();
    // Opens a case picked from a list or a search; says so when it is gone (a sync removed it).
    void openPickedCase(const QUuid& caseId);
    void showInContent(QWidget* page, const QString& title);
    void unlock();
    void applySettings(const UiSettings& settings);
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    store::Profile& m_profile;
    evidence::ProfileEvidence& m_evidence;
    evidence::PositionService& m_position;
    Dialogs& m_dialogs;
    User m_user;
    UiSettings m_settings;
    QList<NavigationEntry> m_navigation;
    CasePage* m_casePage = nullptr;
    SearchPage* m_searchPage = nullptr;
    ListPage* m_subjectDirectory = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleMonitor m_idleMonitor;
    BackgroundIntegrityCheck* m_backgroundCheck = nullptr;
    QPushButton* m_integrityWarning = nullptr; // in the status bar once the background check finds damage
    QLabel* m_syncStatus = nullptr;
};

} // namespace fieldcase::ui
