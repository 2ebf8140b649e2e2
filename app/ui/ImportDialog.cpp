#include "ImportDialog.h"

#include "Dialogs.h"

#include "EvidenceService.h"
#include "MediaProbe.h"
#include "Store.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

enum Column { FileColumn, DurationColumn, SizeColumn, ModifiedColumn, ColumnCount };
constexpr int ThumbnailSize = 64;
constexpr int PathRole = Qt::UserRole + 1;

QString durationText(std::optional<qint64> ms) {
    if (!ms)
        return {};
    const qint64 seconds = (*ms + 500) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

struct ImportDialog::Probed {
    QString path;
    qint64 size = 0;
    QDateTime modified;
    evidence::MediaProbeResult media;
};

ImportDialog::ImportDialog(evidence::EvidenceService& service, const EvidenceRecord& draft, Dialogs& dialogs,
                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_draft(draft)
    , m_dialogs(dialogs)
    , m_intro(new QLabel(this))
    , m_folderButton(new QPushButton(this))
    , m_filesButton(new QPushButton(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("ImportDialog"));
    m_folderButton->setObjectName(QStringLiteral("chooseFolderButton"));
    m_filesButton->setObjectName(QStringLiteral("chooseFilesButton"));
    m_table->setObjectName(QStringLiteral("importTable"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_importButton->setObjectName(QStringLiteral("startImportButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));

    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_table->verticalHeader()->setDefaultSectionSize(ThumbnailSize + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_importButton->setDefault(true);

    auto* sources = new QHBoxLayout;
    sources->addWidget(m_folderButton);
    sources->addWidget(m_filesButton);
    sources->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(sources);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_folderButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            m_dialogs.chooseDirectory(this, tr("Folder or body-camera drive"), QDir::rootPath());
        if (!folder.isEmpty())
            addFolder(folder);
    });
    connect(m_filesButton, &QPushButton::clicked, this, [this] {
        const QStringList files = m_dialogs.chooseFiles(this, tr("Files to import"), QDir::homePath());
        if (!files.isEmpty())
            addFiles(files);
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    resize(820, 560);
    retranslate();
    updateButtons();
}

ImportDialog::~ImportDialog() {
    m_cancel = true;
    if (m_worker)
        m_worker->wait();
}

bool ImportDialog::isBusy() const {
    return m_worker != nullptr;
}

void ImportDialog::runInBackground(std::function<void()> work) {
    m_cancel = false;
    store::Database& database = m_service.store().database();
    m_worker = QThread::create([work = std::move(work), &database] {
        work();
        database.releaseThisThreadsConnection();
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        updateButtons();
    });
    m_worker->start(QThread::LowPriority);
    updateButtons();
}

void ImportDialog::addFiles(const QStringList& paths) {
    if (isBusy())
        return;
    m_status->setText(tr("Reading %n file(s)…", nullptr, int(paths.size())));
    runInBackground([this, paths] {
        for (const QString& path : paths) {
            if (m_cancel)
                return;
            const QFileInfo info(path);
            Probed probed{path, info.size(), info.lastModified(),
                          evidence::MediaProbe::probe(path, QSize(ThumbnailSize, ThumbnailSize))};
            QMetaObject::invokeMethod(
                this, [this, probed] { addRow(probed); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this] { m_status->setText(tr("%n file(s) ready to import.", nullptr, m_table->rowCount())); },
            Qt::QueuedConnection);
    });
}

void ImportDialog::addFolder(const QString& folder) {
    if (isBusy())
        return;
    m_draft.sourceDetail = QDir::toNativeSeparators(folder);
    m_status->setText(
        tr("Looking for photos, videos and audio in %1…").arg(QDir::toNativeSeparators(folder)));
    runInBackground([this, folder] {
        for (const evidence::ImportCandidate& candidate : evidence::Importer::scan(folder, &m_cancel)) {
            if (m_cancel)
                return;
            Probed probed{candidate.path, candidate.size, candidate.modified,
                          evidence::MediaProbe::probe(candidate.path, QSize(ThumbnailSize, ThumbnailSize))};
            QMetaObject::invokeMethod(
                this, [this, probed] { addRow(probed); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this] { m_status->setText(tr("%n file(s) ready to import.", nullptr, m_table->rowCount())); },
            Qt::QueuedConnection);
    });
}

void ImportDialog::addRow(const Probed& probed) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, FileColumn)->data(PathRole).toString() == probed.path)
            return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* file = new QTableWidgetItem(QFileInfo(probed.path).fileName());
    file->setData(PathRole, probed.path);
    file->setToolTip(QDir::toNativeSeparators(probed.path));
    file->setFlags(file->flags() | Qt::ItemIsUserCheckable);
    file->setCheckState(Qt::Checked);
    if (!probed.media.thumbnail.isNull())
        file->setIcon(QIcon(QPixmap::fromImage(probed.media.thumbnail)));
    m_table->setItem(row, FileColumn, file);
    m_table->setItem(row, DurationColumn, new QTableWidgetItem(durationText(probed.media.durationMs)));
    m_table->setItem(row, SizeColumn, new QTableWidgetItem(QLocale().formattedDataSize(probed.size)));
    m_table->setItem(row, ModifiedColumn,
                     new QTableWidgetItem(QLocale().toString(probed.modified, QLocale::ShortFormat)));
    updateButtons();
}

QStringList ImportDialog::tickedPaths() const {
    QStringList paths;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, FileColumn);
        if (item->checkState() == Qt::Checked)
            paths << item->data(PathRole).toString();
    }
    return paths;
}

void ImportDialog::startImport() {
    const QStringList paths = tickedPaths();
    if (isBusy() || paths.isEmpty())
        return;
    m_importing = true;
    m_progress->setValue(0);
    m_status->setText(tr("Copying and hashing %n file(s)…", nullptr, int(paths.size())));
    runInBackground([this, paths] {
        evidence::Importer importer(m_service);
        const evidence::ImportReport report =
            importer.run(paths, m_draft, [this, count = paths.size()](qint64 done, qint64 total, int index) {
                const int permille = total > 0 ? int(done * 1000 / total) : 1000;
                QMetaObject::invokeMethod(
                    this,
                    [this, permille, index, count] {
                        m_progress->setValue(permille);
                        m_status->setText(tr("Copying and hashing file %1 of %2…").arg(index + 1).arg(count));
                    },
                    Qt::QueuedConnection);
                return !m_cancel;
            });
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_report = report;
                m_importing = false;
                showReport();
            },
            Qt::QueuedConnection);
    });
}

void ImportDialog::showReport() {
    QStringList lines;
    lines << tr("Imported %n file(s).", nullptr, int(m_report.added.size()));
    if (!m_report.duplicates.isEmpty())
        lines << tr("%n file(s) were already evidence of this case and were skipped.", nullptr,
                    int(m_report.duplicates.size()));
    if (m_report.cancelled)
        lines << tr("Cancelled: %n file(s) were not imported.", nullptr, int(m_report.notReached.size()));
    for (const evidence::ImportReport::Failure& failure : m_report.failed)
        lines << failure.reason;
    m_status->setText(lines.join(QLatin1Char('\n')));
    // What was imported leaves the list; what failed or was not reached stays, ticked, to try again.
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        const QString path = m_table->item(row, FileColumn)->data(PathRole).toString();
        const bool failed = std::any_of(m_report.failed.cbegin(), m_report.failed.cend(),
                                        [&](const auto& failure) { return failure.path == path; });
        if (!failed && !m_report.notReached.contains(path))
            m_table->removeRow(row);
    }
    if (!m_report.added.isEmpty())
        emit evidenceAdded();
    updateButtons();
}

void ImportDialog::reject() {
    if (isBusy()) {
        // Cancel the work; the dialog stays to say what was saved.
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateButtons() {
    const bool busy = isBusy();
    m_folderButton->setEnabled(!busy);
    m_filesButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_table->rowCount() > 0);
    m_cancelButton->setText(busy ? tr("&Cancel") : tr("&Close"));
    m_progress->setVisible(m_importing || m_progress->value() > 0);
}

void ImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate() {
    setWindowTitle(m_draft.intake == EvidenceIntake::BodyCamera ? tr("Import from a body camera")
                                                                : tr("Import evidence files"));
    m_intro->setText(
        tr("Each file is copied into the evidence store and its SHA-256 fingerprint recorded; the "
           "original stays where it is. Untick files that do not belong to this case."));
    m_folderButton->setText(tr("Choose &folder or drive…"));
    m_filesButton->setText(tr("Choose fi&les…"));
    m_importButton->setText(tr("&Import"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Duration"), tr("Size"), tr("Modified")});
    updateButtons();
}

} // namespace fieldcase::ui
