#pragma once

#include "SyncEngine.h"
#include "User.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace fieldcase::store {
class Store;
}
namespace fieldcase::security {
class SecretStore;
}

namespace fieldcase::ui {

class Dialogs;

// Sync with the bureau: enrol this device (address and one-time code, typed or read from the QR image) and
// sign in there; then the state of the sync (records and bytes to go, speed, time left, the last error), Sync
// now / Pause / Resume, and the conflicts a person must resolve. A revoked device explains why and removes
// the synced data only after the user confirms. Calls to the bureau never run on the GUI thread.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(store::Store& store, security::SecretStore& secrets, QByteArray devicePublicKey,
               sync::client::SyncEngine* engine, const User& user, Dialogs& dialogs,
               QWidget* parent = nullptr);
    ~SyncDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEnrolPage();
    QWidget* buildStatusPage();
    QWidget* buildRevokedPage();
    void retranslate();
    void showCurrentPage();
    void readQrImage();
    void enrolAndSignIn();
    void signIn();
    void showProgress(const sync::client::SyncProgress& progress);
    void showFinished(const sync::client::SyncSummary& summary);
    void showFailure(const sync::client::SyncError& error);
    void refreshCounts();
    void refreshConflicts();
    void resolveSelectedConflict(bool keepBureaus);
    void confirmRemoval();
    // Runs `call` (a blocking call to the bureau) on a worker thread and `done` with its message (empty on
    // success) back on the GUI thread, with the buttons disabled meanwhile.
    void runOffThread(std::function<QString()> call, std::function<void(const QString&)> done);

    store::Store& m_store;
    security::SecretStore& m_secrets;
    QByteArray m_devicePublicKey;
    QPointer<sync::client::SyncEngine> m_engine;
    User m_user;
    Dialogs& m_dialogs;
    QString m_invitePin; // the bureau's certificate pin from a QR invite
    bool m_revoked = false;
    bool m_busy = false;

    QStackedWidget* m_pages = nullptr;
    // Enrol page
    QLabel* m_enrolIntro = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_readQr = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_enrol = nullptr;
    QLabel* m_enrolMessage = nullptr;
    // Status page
    QLabel* m_bureau = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_toGo = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_sessionPassword = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_pause = nullptr;
    QLabel* m_conflictsTitle = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QPushButton* m_keepBureaus = nullptr;
    QPushButton* m_useMine = nullptr;
    // Revoked page
    QLabel* m_revokedText = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_close = nullptr;

    qint64 m_startRecords = -1;
    bool m_paused = false;
};

} // namespace fieldcase::ui
