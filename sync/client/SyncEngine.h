#pragma once

#include "Enrolment.h"
#include "SyncConnection.h"
#include "SyncError.h"

#include "SecretStore.h"
#include "Store.h"
#include "Transfer.h"

#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <limits>
#include <memory>

class QEventLoop;

namespace fieldcase::sync::client {

class TusUpload;

struct SyncProgress {
    qint64 recordsToGo = 0; // outbox entries not yet confirmed
    qint64 bytesToGo = 0;   // evidence bytes not yet uploaded
    double bytesPerSecond = 0;
    int secondsLeft = -1; // -1 while unknown
};

struct SyncSummary {
    int pushed = 0;       // outbox entries the bureau confirmed (applied, merged, conflict or rejected)
    int pulled = 0;       // records received
    int conflicts = 0;    // fields the bureau kept its value for
    int rejected = 0;     // outbox entries the bureau refused
    int uploaded = 0;     // evidence files the bureau received whole
    int numberBlocks = 0; // blocks of document numbers the bureau reserved for this device
    // What failed without failing the run (a block of document numbers not received or not accepted, a
    // pulled record refused such as a discretion standard whose signature fails), each with a message that
    // names the item.
    QList<SyncError> itemErrors;
};

// The device's sync: one run is ping (proof the bureau is reachable) → push the outbox in batches of at most
// 500 → pull pages until there are no more, each page saved with its cursor in one transaction → upload the
// evidence files. Lives on its own thread (SyncThread) with its own database connection; every public slot
// is meant to be invoked through a queued connection. A run reports finished() only when the bureau
// confirmed every step; anything else ends in failed(). Network trouble and the bureau's own failures are
// retried with exponential backoff (1 s, 2 s, 4 s … 5 min). After the pull, the blocks of document numbers
// running low are topped up (a reservation that fails is an item error, not a failed run), and the new
// blocks are pushed before the uploads.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    static constexpr int PeriodMs = 10 * 60 * 1000;
    static constexpr int FirstRetryMs = 1000;
    static constexpr int LongestRetryMs = 5 * 60 * 1000;
    // A block of 20 serials lasts an inspector weeks of on-site documents, yet a device that is lost or
    // retired leaves few unused numbers behind. A new block is asked for once fewer than 5 are left, so
    // a device that then stays offline for a while can still issue the documents of several inspections.
    static constexpr int NumberBlockSize = 20;
    static constexpr int NumberBlockLowWater = 5;

    SyncEngine(store::Store& store, security::SecretStore& secrets, QString vaultDirectory,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // The user the engine's audit events name (the one signed in); null before anyone is.
    void setUserId(const QUuid& userId) { m_userId = userId; }
    bool isRunning() const { return m_running; }

    // The push and the pull step of a run, each on its own and on the caller's thread (the benchmark times
    // them apart). Push: the outbox in batches until it is empty, each answer recorded. Pull: pages until the
    // bureau has no more, each saved with its cursor.
    SyncError push(SyncConnection& connection, SyncSummary& summary);
    SyncError pull(SyncConnection& connection, SyncSummary& summary);

public slots:
    // On the engine's thread, once: the ten-minute timer and the network reachability hint.
    void start();
    // Before the thread ends: stops timers and releases this thread's database connection.
    void stop();
    void syncNow();
    // A run in progress stops at the next safe point (between batches, pages or chunks) and can resume.
    void pause();
    void resume();
    // Stops the run in progress at once (the request in flight is dropped; the server's idempotency keeps
    // that safe) and the retry that was scheduled.
    void cancel();
    // For a revoked device, after the user confirmed: clears the tokens and the synced data
    // (SyncState::removeSyncedData); answers with syncedDataRemoved().
    void removeSyncedData();

signals:
    void started();
    void progress(const fieldcase::sync::client::SyncProgress& progress);
    void finished(const fieldcase::sync::client::SyncSummary& summary);
    void failed(const fieldcase::sync::client::SyncError& error);
    void retryScheduled(int seconds);
    void paused();
    void deviceRevoked();
    void loginRequired();
    void syncedDataRemoved(bool ok, int deleted, int kept, const QString& message);

private:
    void run();
    // Reserves a new block for each numbered document category whose block of the current year is missing
    // or has fewer than NumberBlockLowWater serials left. Only a cancellation ends it with an error.
    SyncError topUpNumberBlocks(SyncConnection& connection, SyncSummary& summary);
    SyncError upload(const BureauEndpoint& endpoint, SyncSummary& summary);
    // Waits for the pause to end; false when the run was cancelled meanwhile.
    bool continueAfterPause();
    void reportProgress(qint64 bytesInFlight = 0);
    void fail(const SyncError& error);

    store::Store& m_store;
    security::SecretStore& m_secrets;
    QString m_vaultDirectory;
    QUuid m_userId;

    QTimer m_periodic;
    QTimer m_retry;
    Backoff m_backoff{FirstRetryMs, LongestRetryMs, std::numeric_limits<int>::max()};
    std::unique_ptr<PinnedNetwork> m_network; // made on the engine's thread, at the first run
    SyncConnection* m_connection = nullptr;   // of the run in progress
    QPointer<TusUpload> m_upload;             // of the run in progress
    QEventLoop* m_uploadLoop = nullptr;       // waiting for that upload
    QEventLoop* m_waitLoop = nullptr;         // waiting for resume() while paused
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_revoked = false;
    QElapsedTimer m_runClock;
    qint64 m_bytesDone = 0; // evidence bytes sent in this run, for the rate
};

// Owns a SyncEngine and the thread it runs on: starts both, and on destruction cancels the run, stops the
// engine on its thread and joins the thread.
class SyncThread {
    Q_DISABLE_COPY_MOVE(SyncThread)

public:
    SyncThread(store::Store& store, security::SecretStore& secrets, const QString& vaultDirectory);
    ~SyncThread();
    SyncEngine* engine() const { return m_engine; }

private:
    QThread m_thread;
    SyncEngine* m_engine;
};

} // namespace fieldcase::sync::client
