#include "SyncDialog.h"

#include "Dialogs.h"
#include "QrCodeReader.h"

#include "DocumentDrafts.h"
#include "EnrolmentInvite.h"
#include "SecretStore.h"
#include "Store.h"
#include "SyncState.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fieldcase::ui {

using namespace sync::client;
using namespace Qt::StringLiterals;

namespace {

enum Page { EnrolPage, StatusPage, RevokedPage };

QString shownValue(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("SyncDialog", "(empty)");
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString byteText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The kinds of record two people can both edit, as the people call them; another kind shows its key.
QString recordName(const QString& type) {
    static const QHash<QString, const char*> names{
        {u"subject"_s, QT_TRANSLATE_NOOP("SyncDialog", "Regulated subject")},
        {u"case"_s, QT_TRANSLATE_NOOP("SyncDialog", "Case")},
        {u"task"_s, QT_TRANSLATE_NOOP("SyncDialog", "Inspection task")},
        {u"inspection"_s, QT_TRANSLATE_NOOP("SyncDialog", "On-site inspection")},
        {u"interview"_s, QT_TRANSLATE_NOOP("SyncDialog", "Interview record")},
        {u"document_draft"_s, QT_TRANSLATE_NOOP("SyncDialog", "Document draft")},
    };
    const char* name = names.value(type);
    return name ? QCoreApplication::translate("SyncDialog", name) : type;
}

// A draft's fields travel as "fields.<field id>"; the field id is what the document calls it.
QString fieldName(const QString& type, const QString& field) {
    return type == u"document_draft"_s && field.startsWith(store::DocumentDrafts::FieldPrefix)
               ? field.mid(store::DocumentDrafts::FieldPrefix.size())
               : field;
}

} // namespace

SyncDialog::SyncDialog(store::Store& store, security::SecretStore& secrets, QByteArray devicePublicKey,
                       SyncEngine* engine, const User& user, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_devicePublicKey(std::move(devicePublicKey))
    , m_engine(engine)
    , m_user(user)
    , m_dialogs(dialogs) {
    setObjectName("syncDialog");
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildEnrolPage());
    m_pages->addWidget(buildStatusPage());
    m_pages->addWidget(buildRevokedPage());
    m_close = new QPushButton;
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    if (m_engine) {
        connect(m_engine, &SyncEngine::started, this, [this] {
            m_startRecords = -1;
            m_message->setText(tr("Synchronising…"));
            m_syncNow->setEnabled(false);
            m_pause->setEnabled(true);
        });
        connect(m_engine, &SyncEngine::progress, this, &SyncDialog::showProgress);
        connect(m_engine, &SyncEngine::finished, this, &SyncDialog::showFinished);
        connect(m_engine, &SyncEngine::failed, this, &SyncDialog::showFailure);
        connect(m_engine, &SyncEngine::paused, this, [this] { m_message->setText(tr("Paused.")); });
        connect(m_engine, &SyncEngine::retryScheduled, this, [this](int seconds) {
            m_message->setText(m_message->text() + QLatin1Char('\n') +
                               tr("Trying again in %n second(s).", nullptr, seconds));
        });
        connect(m_engine, &SyncEngine::loginRequired, this, [this] {
            m_message->setText(
                tr("Your session at the bureau has ended. Enter your password to sign in again."));
            m_sessionPassword->show();
            m_signIn->show();
            m_syncNow->setEnabled(true);
        });
        connect(m_engine, &SyncEngine::deviceRevoked, this, [this] {
            m_revoked = true;
            showCurrentPage();
        });
        connect(m_engine, &SyncEngine::syncedDataRemoved, this,
                [this](bool ok, int deleted, int kept, const QString& message) {
                    m_busy = false;
                    if (!ok) {
                        m_dialogs.showError(this, tr("Synced data not removed"), message);
                        return;
                    }
                    m_revokedText->setText(
                        tr("%n record(s) received from the bureau were removed.", nullptr, deleted) +
                        QLatin1Char(' ') + tr("%n record(s) of your own work were kept.", nullptr, kept));
                    m_remove->setEnabled(false);
                });
    }
    retranslate();
    showCurrentPage();
    resize(720, 500);
}

SyncDialog::~SyncDialog() = default;

QWidget* SyncDialog::buildEnrolPage() {
    auto* page = new QWidget;
    m_enrolIntro = new QLabel;
    m_enrolIntro->setWordWrap(true);
    m_address = new QLineEdit;
    m_address->setObjectName("bureauAddressField");
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_code = new QLineEdit;
    m_code->setObjectName("enrolmentCodeField");
    m_readQr = new QPushButton;
    m_readQr->setObjectName("readQrButton");
    m_readQr->setAutoDefault(false);
    connect(m_readQr, &QPushButton::clicked, this, &SyncDialog::readQrImage);
    // The pin read from a QR image belongs to the address read with it.
    connect(m_address, &QLineEdit::textEdited, this, [this] { m_invitePin.clear(); });
    m_password = new QLineEdit;
    m_password->setObjectName("bureauPasswordField");
    m_password->setEchoMode(QLineEdit::Password);
    m_enrol = new QPushButton;
    m_enrol->setObjectName("enrolButton");
    connect(m_enrol, &QPushButton::clicked, this, &SyncDialog::enrolAndSignIn);
    m_enrolMessage = new QLabel;
    m_enrolMessage->setObjectName("enrolMessage");
    m_enrolMessage->setWordWrap(true);

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_readQr);
    auto* form = new QFormLayout;
    m_addressLabel = new QLabel;
    m_codeLabel = new QLabel;
    m_passwordLabel = new QLabel;
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_codeLabel, codeRow);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_enrolIntro);
    layout->addLayout(form);
    layout->addWidget(m_enrol, 0, Qt::AlignRight);
    layout->addWidget(m_enrolMessage);
    layout->addStretch();
    return page;
}

QWidget* SyncDialog::buildStatusPage() {
    auto* page = new QWidget;
    m_bureau = new QLabel;
    m_bureau->setObjectName("bureauLabel");
    m_bureau->setWordWrap(true);
    m_lastSync = new QLabel;
    m_toGo = new QLabel;
    m_toGo->setObjectName("toGoLabel");
    m_progress = new QProgressBar;
    m_progress->setObjectName("syncProgress");
    m_rate = new QLabel;
    m_rate->setObjectName("rateLabel");
    m_message = new QLabel;
    m_message->setObjectName("syncMessage");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionPassword = new QLineEdit;
    m_sessionPassword->setObjectName("sessionPasswordField");
    m_sessionPassword->setEchoMode(QLineEdit::Password);
    m_sessionPassword->hide();
    m_signIn = new QPushButton;
    m_signIn->setObjectName("signInButton");
    m_signIn->setAutoDefault(false);
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &SyncDialog::signIn);
    m_syncNow = new QPushButton;
    m_syncNow->setObjectName("syncNowButton");
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_engine)
            QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    });
    m_pause = new QPushButton;
    m_pause->setObjectName("pauseButton");
    m_pause->setAutoDefault(false);
    m_pause->setEnabled(false);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return;
        m_paused = !m_paused;
        QMetaObject::invokeMethod(m_engine, m_paused ? &SyncEngine::pause : &SyncEngine::resume,
                                  Qt::QueuedConnection);
        retranslate();
    });

    m_conflictsTitle = new QLabel;
    m_conflicts = new QTableWidget(0, 5);
    m_conflicts->setObjectName("conflictsTable");
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->verticalHeader()->hide();
    m_keepBureaus = new QPushButton;
    m_keepBureaus->setObjectName("keepBureausButton");
    m_keepBureaus->setAutoDefault(false);
    m_useMine = new QPushButton;
    m_useMine->setObjectName("useMineButton");
    m_useMine->setAutoDefault(false);
    connect(m_keepBureaus, &QPushButton::clicked, this, [this] { resolveSelectedConflict(true); });
    connect(m_useMine, &QPushButton::clicked, this, [this] { resolveSelectedConflict(false); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sessionPassword, 1);
    buttons->addWidget(m_signIn);
    buttons->addStretch();
    buttons->addWidget(m_pause);
    buttons->addWidget(m_syncNow);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_keepBureaus);
    conflictButtons->addWidget(m_useMine);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_bureau);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_toGo);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_conflictsTitle);
    layout->addWidget(m_conflicts, 1);
    layout->addLayout(conflictButtons);
    layout->addStretch(); // takes the room while there are no conflicts to list
    return page;
}

QWidget* SyncDialog::buildRevokedPage() {
    auto* page = new QWidget;
    m_revokedText = new QLabel;
    m_revokedText->setObjectName("revokedText");
    m_revokedText->setWordWrap(true);
    m_remove = new QPushButton;
    m_remove->setObjectName("removeSyncedDataButton");
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &SyncDialog::confirmRemoval);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_revokedText);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void SyncDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshConflicts(); // the record names are in the table's cells
    }
    QDialog::changeEvent(event);
}

void SyncDialog::retranslate() {
    setWindowTitle(tr("Sync with the bureau"));
    m_enrolIntro->setText(
        tr("This device is not yet enrolled at a bureau. Enter the bureau's address and the "
           "one-time enrolment code your administrator gave you, or read both from the QR "
           "image. Your password signs you in at the bureau."));
    m_addressLabel->setText(tr("Bureau address:"));
    m_codeLabel->setText(tr("Enrolment code:"));
    m_passwordLabel->setText(tr("Your password:"));
    m_readQr->setText(tr("Read QR image…"));
    m_enrol->setText(tr("Enrol and sign in"));
    m_signIn->setText(tr("Sign in"));
    m_sessionPassword->setPlaceholderText(tr("Your password at the bureau"));
    m_syncNow->setText(tr("Sync now"));
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_conflictsTitle->setText(tr("Conflicts to resolve: the same field was changed here and at the bureau"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Before"), tr("At the bureau"), tr("On this device")});
    m_keepBureaus->setText(tr("Keep the bureau's value"));
    m_useMine->setText(tr("Use this device's value"));
    m_revokedText->setText(tr("The bureau has revoked this device, so it can no longer sync. This usually "
                              "means it was reported lost or replaced. Your own work that was not yet sent "
                              "stays on this device; ask your administrator. You can remove the records this "
                              "device received from the bureau."));
    m_remove->setText(tr("Remove synced data…"));
    m_close->setText(tr("Close"));
    refreshCounts();
}

void SyncDialog::showCurrentPage() {
    if (m_revoked) {
        m_pages->setCurrentIndex(RevokedPage);
        return;
    }
    const store::SyncState state(m_store);
    const bool enrolled = !state.value(QLatin1String(store::syncKeys::CertificatePin)).isEmpty();
    m_pages->setCurrentIndex(enrolled ? StatusPage : EnrolPage);
    if (enrolled) {
        refreshCounts();
        refreshConflicts();
    }
}

void SyncDialog::readQrImage() {
    const QStringList files = m_dialogs.chooseFiles(this, tr("QR image of the enrolment"), QString());
    if (files.isEmpty())
        return;
    const std::optional<sync::EnrolmentInvite> invite =
        sync::EnrolmentInvite::parse(readQrCode(QImage(files.first())));
    if (!invite) {
        m_enrolMessage->setText(tr("No FieldCase enrolment code was found in %1.").arg(files.first()));
        return;
    }
    if (!invite->server.isEmpty())
        m_address->setText(invite->server.toString());
    m_code->setText(invite->code);
    m_invitePin = invite->pin;
    m_enrolMessage->setText(tr("The code was read from the image."));
}

void SyncDialog::runOffThread(std::function<QString()> call, std::function<void(const QString&)> done) {
    m_busy = true;
    m_enrol->setEnabled(false);
    m_signIn->setEnabled(false);
    QPointer<SyncDialog> self(this);
    store::Store* store = &m_store; // outlives the dialog, which may close before the call returns
    QThread* worker = QThread::create([store, self, call = std::move(call), done = std::move(done)] {
        const QString message = call();
        store->database().releaseThisThreadsConnection();
        QMetaObject::invokeMethod(qApp, [self, done, message] {
            if (!self)
                return;
            self->m_busy = false;
            self->m_enrol->setEnabled(true);
            self->m_signIn->setEnabled(true);
            done(message);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SyncDialog::enrolAndSignIn() {
    if (m_busy)
        return;
    const QUrl address(m_address->text().trimmed(), QUrl::StrictMode);
    const std::optional<sync::EnrolmentInvite> invite = sync::EnrolmentInvite::parse(m_code->text());
    if (!address.isValid() || address.scheme() != QLatin1String("https") || address.host().isEmpty()) {
        m_enrolMessage->setText(tr("The bureau's address must start with https:// and name a server."));
        return;
    }
    if (!invite) {
        m_enrolMessage->setText(tr("The enrolment code is not valid: check it with your administrator."));
        return;
    }
    if (m_password->text().isEmpty()) {
        m_enrolMessage->setText(tr("Enter your password to sign in at the bureau."));
        return;
    }
    m_enrolMessage->setText(tr("Contacting the bureau…"));
    const QString code = invite->code;
    const QString password = m_password->text();
    runOffThread(
        [store = &m_store, secrets = &m_secrets, key = m_devicePublicKey, login = m_user.login, address, code,
         password, pin = m_invitePin] {
            PinnedNetwork network;
            Enrolment enrolment(*store, *secrets);
            const auto enrolled =
                enrolment.enrol(network, address, code, QSysInfo::machineHostName(), key, pin);
            if (!enrolled.ok())
                return enrolled.error.message;
            const auto signedIn = enrolment.login(network, login, password);
            return signedIn.ok() ? QString() : signedIn.error.message;
        },
        [this](const QString& message) {
            m_password->clear();
            if (!message.isEmpty()) {
                m_enrolMessage->setText(message);
                showCurrentPage(); // enrolled but not signed in: the status page offers the sign-in
                return;
            }
            showCurrentPage();
            if (m_engine)
                QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
        });
}

void SyncDialog::signIn() {
    if (m_busy || m_sessionPassword->text().isEmpty())
        return;
    const QString password = m_sessionPassword->text();
    m_sessionPassword->clear();
    runOffThread(
        [store = &m_store, secrets = &m_secrets, login = m_user.login, password] {
            PinnedNetwork network;
            const auto signedIn = Enrolment(*store, *secrets).login(network, login, password);
            return signedIn.ok() ? QString() : signedIn.error.message;
        },
        [this](const QString& message) {
            if (!message.isEmpty()) {
                m_message->setText(message);
                return;
            }
            m_sessionPassword->hide();
            m_signIn->hide();
            m_message->setText(tr("Signed in at the bureau."));
            if (m_engine)
                QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
        });
}

void SyncDialog::showProgress(const SyncProgress& progress) {
    const qint64 records = progress.recordsToGo;
    if (m_startRecords < records)
        m_startRecords = records;
    m_toGo->setText(tr("%n record(s) to send", nullptr, int(records)) + QStringLiteral(" · ") +
                    tr("%1 of evidence to upload").arg(byteText(progress.bytesToGo)));
    m_progress->setRange(0, int(qMax<qint64>(1, m_startRecords)));
    m_progress->setValue(int(m_startRecords - records));
    if (progress.bytesPerSecond > 0) {
        const QString left = progress.secondsLeft >= 0
                                 ? tr("about %n second(s) left", nullptr, progress.secondsLeft)
                                 : tr("time left unknown");
        m_rate->setText(tr("%1/s, %2").arg(byteText(qint64(progress.bytesPerSecond)), left));
    }
}

void SyncDialog::showFinished(const SyncSummary& summary) {
    m_syncNow->setEnabled(true);
    m_pause->setEnabled(false);
    m_paused = false;
    retranslate();
    QStringList parts{tr("%n record(s) sent", nullptr, summary.pushed),
                      tr("%n received", nullptr, summary.pulled),
                      tr("%n file(s) uploaded", nullptr, summary.uploaded)};
    if (summary.conflicts > 0)
        parts.append(tr("%n conflict(s) to resolve", nullptr, summary.conflicts));
    if (summary.rejected > 0)
        parts.append(tr("%n refused by the bureau", nullptr, summary.rejected));
    QString text = tr("Sync complete: %1.").arg(parts.join(QStringLiteral(", ")));
    if (!summary.itemErrors.isEmpty()) {
        text += u'\n' + tr("%n item(s) need attention:", nullptr, int(summary.itemErrors.size()));
        for (const SyncError& error : summary.itemErrors)
            text += QStringLiteral("\n• ") + error.message;
    }
    m_message->setText(text);
    m_rate->clear();
    refreshConflicts();
}

void SyncDialog::showFailure(const SyncError& error) {
    m_syncNow->setEnabled(true);
    m_pause->setEnabled(false);
    m_message->setText(
        tr("Sync did not complete: %1 Nothing already saved on this device was lost.").arg(error.message));
    refreshCounts();
}

void SyncDialog::refreshCounts() {
    const store::SyncState state(m_store);
    const store::SyncCounts counts = state.counts();
    const QString bureau = state.value(QLatin1String(store::syncKeys::BureauName));
    m_bureau->setText(
        tr("Bureau: %1 (%2)").arg(bureau, state.value(QLatin1String(store::syncKeys::BureauUrl))));
    const QDateTime last =
        QDateTime::fromString(state.value(QLatin1String(store::syncKeys::LastSyncAt)), Qt::ISODate);
    m_lastSync->setText(
        last.isValid()
            ? tr("Last complete sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synchronised yet."));
    m_toGo->setText(tr("%n record(s) to send", nullptr, counts.pendingMutations) + QStringLiteral(" · ") +
                    tr("%1 of evidence to upload").arg(byteText(counts.pendingUploadBytes)));
}

void SyncDialog::refreshConflicts() {
    const QList<store::SyncConflict> conflicts = store::SyncState(m_store).openConflicts();
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const store::SyncConflict& conflict = conflicts.at(row);
        const QStringList cells{recordName(conflict.entityType),
                                fieldName(conflict.entityType, conflict.field), shownValue(conflict.base),
                                shownValue(conflict.theirs), shownValue(conflict.ours)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, conflict.id);
            m_conflicts->setItem(row, column, item);
        }
    }
    m_conflicts->resizeColumnsToContents(); // a record's name on one line
    const bool any = !conflicts.isEmpty();
    m_conflictsTitle->setVisible(any);
    m_conflicts->setVisible(any);
    m_keepBureaus->setVisible(any);
    m_useMine->setVisible(any);
}

void SyncDialog::resolveSelectedConflict(bool keepBureaus) {
    const QList<QTableWidgetItem*> selected = m_conflicts->selectedItems();
    if (selected.isEmpty())
        return;
    const QUuid id = selected.first()->data(Qt::UserRole).toUuid();
    store::SyncState state(m_store);
    const std::optional<store::SyncConflict> conflict = state.conflict(id);
    if (!conflict)
        return;
    const store::StoreResult resolved =
        state.resolveConflict(m_user.id, id, keepBureaus ? conflict->theirs : conflict->ours);
    if (!resolved)
        m_dialogs.showError(this, tr("Conflict not resolved"), resolved.message());
    refreshConflicts();
    refreshCounts();
}

void SyncDialog::confirmRemoval() {
    auto* question = new QMessageBox(
        QMessageBox::Warning, tr("Remove synced data"),
        tr("Remove every record this device received from the bureau? Your own work is kept. This cannot be "
           "undone."),
        QMessageBox::Cancel, this);
    question->setObjectName("confirmRemovalMessage");
    QPushButton* remove = question->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName("confirmRemoveButton");
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return;
        m_busy = true;
        QMetaObject::invokeMethod(m_engine, &SyncEngine::removeSyncedData, Qt::QueuedConnection);
    });
    question->open();
}

} // namespace fieldcase::ui
