#include "SyncEngine.h"

#include "DocumentNumbers.h"
#include "DocumentTemplate.h"
#include "SyncState.h"
#include "TusUpload.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

namespace {

SyncError fromCode(const char* code) {
    return SyncError::fromCode(QLatin1String(code));
}

SyncError storageError(const store::StoreResult& result) {
    SyncError error = fromCode(localErrors::Storage);
    // The store's message names the record and the reason; it is what the user needs to read.
    error.message = result.message();
    return error;
}

SyncError transferError(TransferFailure failure, const QString& message) {
    const char* code = localErrors::Network;
    switch (failure) {
    case TransferFailure::Network:
        code = localErrors::Network;
        break;
    case TransferFailure::Certificate:
        code = localErrors::Tls;
        break;
    case TransferFailure::Unauthenticated:
        code = errors::Unauthenticated;
        break;
    case TransferFailure::DeviceRevoked:
        code = errors::DeviceRevoked;
        break;
    case TransferFailure::FileUnreadable:
        code = localErrors::FileMissing;
        break;
    case TransferFailure::FileChanged:
        code = errors::ChecksumMismatch;
        break;
    case TransferFailure::Rejected:
        code = errors::BadRequest;
        break;
    }
    SyncError error = fromCode(code);
    if (!message.isEmpty())
        error.message = message;
    return error;
}

// The categories this device numbers documents in: those of the shipped templates that carry a number
// (责改, 罚告, 罚决, 查封), each once.
QStringList numberedCategories() {
    QStringList categories;
    for (const QString& kind : documents::DocumentTemplate::kinds()) {
        const std::optional<documents::DocumentTemplate> shipped = documents::DocumentTemplate::shipped(kind);
        if (shipped && !shipped->numberCategory.isEmpty() && !categories.contains(shipped->numberCategory))
            categories.append(shipped->numberCategory);
    }
    return categories;
}

} // namespace

SyncEngine::SyncEngine(store::Store& store, security::SecretStore& secrets, QString vaultDirectory,
                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_vaultDirectory(std::move(vaultDirectory))
    , m_periodic(this)
    , m_retry(this) {
    m_retry.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start() {
    m_periodic.start(PeriodMs);
    // The operating system's word on the network is only a hint to try; the ping decides. Some platforms
    // have no backend at all, and then the timer and syncNow() are the triggers.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation* information = QNetworkInformation::instance()) {
            connect(information, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability reachability) {
                        if (reachability == QNetworkInformation::Reachability::Online)
                            syncNow();
                    });
        }
    }
}

void SyncEngine::stop() {
    m_periodic.stop();
    m_retry.stop();
    m_network.reset();
    m_store.database().releaseThisThreadsConnection();
}

void SyncEngine::syncNow() {
    if (m_running || m_revoked)
        return;
    m_retry.stop();
    run();
}

void SyncEngine::pause() {
    if (!m_running || m_paused)
        return;
    m_paused = true;
    if (m_upload)
        m_upload->pause();
    if (m_uploadLoop)
        m_uploadLoop->quit();
    emit paused();
}

void SyncEngine::resume() {
    if (!m_paused)
        return;
    m_paused = false;
    if (m_waitLoop)
        m_waitLoop->quit();
}

void SyncEngine::cancel() {
    m_retry.stop();
    if (!m_running)
        return;
    m_cancelled = true;
    m_paused = false;
    if (m_connection)
        m_connection->abort();
    if (m_upload)
        m_upload->pause();
    if (m_uploadLoop)
        m_uploadLoop->quit();
    if (m_waitLoop)
        m_waitLoop->quit();
}

bool SyncEngine::continueAfterPause() {
    while (m_paused && !m_cancelled) {
        QEventLoop loop;
        m_waitLoop = &loop;
        loop.exec();
        m_waitLoop = nullptr;
    }
    return !m_cancelled;
}

void SyncEngine::reportProgress(qint64 bytesInFlight) {
    const store::SyncCounts counts = store::SyncState(m_store).counts();
    SyncProgress now;
    now.recordsToGo = counts.pendingMutations;
    now.bytesToGo = std::max<qint64>(0, counts.pendingUploadBytes - bytesInFlight);
    const double seconds = m_runClock.elapsed() / 1000.0;
    if (seconds > 0 && m_bytesDone + bytesInFlight > 0) {
        now.bytesPerSecond = (m_bytesDone + bytesInFlight) / seconds;
        now.secondsLeft = int(now.bytesToGo / now.bytesPerSecond);
    }
    emit progress(now);
}

void SyncEngine::run() {
    m_running = true;
    m_cancelled = false;
    m_paused = false;
    m_bytesDone = 0;
    m_runClock.start();
    emit started();
    if (!m_network)
        m_network = std::make_unique<PinnedNetwork>();

    SyncSummary summary;
    SyncError error;
    std::optional<BureauEndpoint> endpoint = Enrolment(m_store, m_secrets).endpoint(&error);
    if (endpoint && endpoint->sessionToken.isEmpty())
        error = fromCode(errors::Unauthenticated);
    if (!error.isError()) {
        SyncConnection connection(*m_network, *endpoint);
        m_connection = &connection;
        const CallResult<BureauInfo> ping = connection.ping();
        const QString bureauId = store::SyncState(m_store).value(QLatin1String(store::syncKeys::BureauId));
        if (!ping.ok())
            error = ping.error;
        else if (ping.value->bureauId != bureauId)
            error = fromCode(localErrors::WrongBureau);
        if (!error.isError())
            error = push(connection, summary);
        if (!error.isError())
            error = pull(connection, summary);
        if (!error.isError())
            error = topUpNumberBlocks(connection, summary);
        // Each new block is a mutation: it reaches the bureau in this run, not the next one.
        if (!error.isError() && summary.numberBlocks > 0)
            error = push(connection, summary);
        m_connection = nullptr;
    }
    if (!error.isError())
        error = upload(*endpoint, summary);
    m_running = false;
    if (error.isError()) {
        fail(error);
        return;
    }
    m_backoff.reset();
    const store::StoreResult noted = store::SyncState(m_store).setValues(
        {{QLatin1String(store::syncKeys::LastSyncAt), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QLatin1String(store::syncKeys::LastError), QString()}});
    if (!noted) {
        fail(storageError(noted));
        return;
    }
    reportProgress();
    emit finished(summary);
}

SyncError SyncEngine::push(SyncConnection& connection, SyncSummary& summary) {
    // While the bureau works on one batch, the device reads and marks the next one; when the answer comes,
    // the next batch goes out before the answer is recorded. Device and bureau work at the same time instead
    // of taking turns, and still only one batch is in flight, so the bureau receives them in order.
    store::SyncState state(m_store);
    if (!continueAfterPause())
        return fromCode(localErrors::Cancelled);
    QList<OutgoingMutation> batch = state.pendingMutations(limits::MaxPushMutations);
    if (batch.isEmpty())
        return {};
    if (const store::StoreResult sent = state.markSent(batch); !sent)
        return storageError(sent);
    reportProgress();
    connection.sendPush(batch);
    for (;;) {
        const QList<OutgoingMutation> next =
            state.pendingMutations(limits::MaxPushMutations, batch.last().deviceSeq);
        if (const store::StoreResult sent = state.markSent(next); !sent)
            return storageError(sent);
        const CallResult<QList<MutationResult>> answer = connection.pushAnswer();
        if (!answer.ok())
            return answer.error;
        // A pause holds the next batch back until it ends; the answer in hand is recorded first.
        const bool sendNow = !next.isEmpty() && !m_paused && !m_cancelled;
        if (sendNow)
            connection.sendPush(next);
        if (const store::StoreResult recorded = state.recordResults(*answer.value); !recorded)
            return storageError(recorded);
        for (const MutationResult& result : *answer.value) {
            ++summary.pushed;
            summary.rejected += result.status == MutationStatus::Rejected;
            summary.conflicts += int(result.conflicts.size());
        }
        if (next.isEmpty())
            return {};
        reportProgress();
        if (!sendNow) {
            if (!continueAfterPause())
                return fromCode(localErrors::Cancelled);
            connection.sendPush(next);
        }
        batch = next;
    }
}

SyncError SyncEngine::pull(SyncConnection& connection, SyncSummary& summary) {
    // The next page is asked for as soon as a page arrives, and travels while this one is applied. A page
    // that cannot be applied ends the run before its cursor is saved, and the page in flight is dropped.
    store::SyncState state(m_store);
    if (!continueAfterPause())
        return fromCode(localErrors::Cancelled);
    connection.sendPull(state.pullCursor());
    for (;;) {
        const CallResult<PullPage> page = connection.pullAnswer();
        if (!page.ok())
            return page.error;
        const bool askNow = page.value->more && !m_paused && !m_cancelled;
        if (askNow)
            connection.sendPull(page.value->cursor);
        QStringList refusals;
        if (const store::StoreResult applied = state.applyPage(m_userId, *page.value, &refusals); !applied)
            return storageError(applied);
        // A record not taken for a reason a person must know (a discretion standard whose signature fails):
        // the rest of the page was saved.
        for (const QString& refusal : std::as_const(refusals))
            summary.itemErrors.append(storageError(store::StoreResult::failure(refusal)));
        summary.pulled += int(page.value->changes.size());
        if (!page.value->more)
            return {};
        if (!askNow) {
            if (!continueAfterPause())
                return fromCode(localErrors::Cancelled);
            connection.sendPull(state.pullCursor());
        }
    }
}

SyncError SyncEngine::topUpNumberBlocks(SyncConnection& connection, SyncSummary& summary) {
    // A block is set in someone's name; without a signed-in user the next run does it.
    if (m_userId.isNull())
        return {};
    store::DocumentNumbers numbers(m_store);
    const int year = QDate::currentDate().year();
    const QStringList categories = numberedCategories();
    for (const QString& category : categories) {
        if (!continueAfterPause())
            return fromCode(localErrors::Cancelled);
        const std::optional<store::NumberBlock> current = numbers.block(category, year);
        if (current && current->remaining() >= NumberBlockLowWater)
            continue;
        const CallResult<NumberBlock> reserved =
            connection.reserveNumbers(category, NumberBlockSize, numbers.highestIssued(category, year));
        if (!reserved.ok()) {
            if (reserved.error.code == QLatin1String(localErrors::Cancelled))
                return reserved.error;
            SyncError error = reserved.error;
            error.message = tr("No new block of %1 numbers: %2").arg(category, reserved.error.message);
            summary.itemErrors.append(error);
            // The bureau cannot be reached or failed: the other categories would only wait for the same.
            if (error.isTransient())
                return {};
            continue;
        }
        // The bureau's year, not this device's clock: the block is valid to the end of the year it names.
        const NumberBlock& block = *reserved.value;
        if (const store::StoreResult set =
                numbers.setBlock(m_userId, category, block.year, block.first, block.last);
            !set) {
            SyncError error = storageError(set);
            error.detail = u"%1 %2: %3-%4"_s.arg(category).arg(block.year).arg(block.first).arg(block.last);
            summary.itemErrors.append(error);
            continue;
        }
        ++summary.numberBlocks;
    }
    return {};
}

SyncError SyncEngine::upload(const BureauEndpoint& endpoint, SyncSummary& summary) {
    store::SyncState state(m_store);
    const evidence::Vault vault(m_vaultDirectory);
    SyncError missing;
    const QList<store::EvidenceUpload> uploads = state.pendingUploads();
    for (store::EvidenceUpload item : uploads) {
        const QString path = vault.pathFor(item.sha256);
        if (!QFile::exists(path)) {
            // The other files still go; the run is not a success while one is missing.
            missing = fromCode(localErrors::FileMissing);
            item.state = u"failed"_s;
            item.lastError = missing.message;
            state.saveUpload(item);
            continue;
        }
        bool done = false;
        SyncError error;
        do {
            if (!continueAfterPause())
                return fromCode(localErrors::Cancelled);
            TusUpload tus(m_network.get(), endpoint);
            m_upload = &tus;
            QEventLoop loop;
            connect(&tus, &TusUpload::uploadUrlChanged, &loop, [&](const QUrl& url) {
                item.uploadUrl = url.toString();
                item.state = u"uploading"_s;
                state.saveUpload(item);
            });
            connect(&tus, &TusUpload::progress, &loop, [&](qint64 sent, qint64) {
                item.offset = sent;
                reportProgress(sent);
            });
            connect(&tus, &TusUpload::finished, &loop, [&] {
                done = true;
                loop.quit();
            });
            connect(&tus, &TusUpload::failed, &loop, [&](TransferFailure failure, const QString& message) {
                error = transferError(failure, message);
                loop.quit();
            });
            // pause() and cancel() stop the upload, which then signals nothing: they end this wait
            // themselves.
            m_uploadLoop = &loop;
            tus.start(path, item.evidenceId, item.sha256, QUrl(item.uploadUrl));
            if (!done && !error.isError() && !m_cancelled && !m_paused)
                loop.exec();
            m_uploadLoop = nullptr;
            m_upload = nullptr;
            if (m_cancelled) {
                state.saveUpload(item);
                return fromCode(localErrors::Cancelled);
            }
        } while (!done && !error.isError());
        if (error.isError()) {
            item.lastError = error.message;
            state.saveUpload(item);
            return error;
        }
        item.state = u"done"_s;
        item.offset = item.size;
        item.lastError.clear();
        if (const store::StoreResult saved = state.saveUpload(item); !saved)
            return storageError(saved);
        m_bytesDone += item.size;
        ++summary.uploaded;
    }
    return missing;
}

void SyncEngine::fail(const SyncError& error) {
    store::SyncState(m_store).setValue(QLatin1String(store::syncKeys::LastError), error.message);
    emit failed(error);
    if (error.code == QLatin1String(errors::DeviceRevoked)) {
        m_revoked = true;
        m_periodic.stop();
        emit deviceRevoked();
    } else if (error.code == QLatin1String(errors::Unauthenticated)) {
        Enrolment(m_store, m_secrets).forgetSession();
        emit loginRequired();
    } else if (error.isTransient()) {
        const int delay = m_backoff.next();
        m_retry.start(delay);
        emit retryScheduled((delay + 999) / 1000);
    }
}

void SyncEngine::removeSyncedData() {
    if (m_running) {
        emit syncedDataRemoved(false, 0, 0, tr("Synchronisation is running; cancel it first."));
        return;
    }
    const store::SyncState::Removal removal = store::SyncState(m_store).removeSyncedData(m_userId);
    if (!removal.result) {
        emit syncedDataRemoved(false, 0, 0, removal.result.message());
        return;
    }
    const QString secretError = Enrolment(m_store, m_secrets).forgetTokens();
    emit syncedDataRemoved(secretError.isEmpty(), removal.deleted, removal.kept, secretError);
}

SyncThread::SyncThread(store::Store& store, security::SecretStore& secrets, const QString& vaultDirectory)
    : m_engine(new SyncEngine(store, secrets, vaultDirectory)) {
    m_engine->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_engine, &SyncEngine::start);
    // finished is emitted on the engine's thread: its connection is released there, then the engine goes.
    QObject::connect(&m_thread, &QThread::finished, m_engine, &SyncEngine::stop, Qt::DirectConnection);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.setObjectName(u"sync"_s);
    m_thread.start();
}

SyncThread::~SyncThread() {
    QMetaObject::invokeMethod(m_engine, &SyncEngine::cancel, Qt::QueuedConnection);
    m_thread.quit();
    // The engine may be waiting for this thread (the secret store runs its calls here): keep serving them
    // until the engine's thread has ended.
    while (!m_thread.wait(QDeadlineTimer(20)))
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace fieldcase::sync::client
