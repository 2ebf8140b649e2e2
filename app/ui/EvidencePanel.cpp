#include "EvidencePanel.h"

#include "OriginalDownloads.h"
#include "ProfileEvidence.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

enum Column {
    KindColumn,
    FileColumn,
    CapturedColumn,
    PositionColumn,
    IntakeColumn,
    SizeColumn,
    OriginalColumn,
    ColumnCount
};

// The progress bar counts in thousandths: a file's size does not fit its int range.
constexpr int ProgressSteps = 1000;

QTableWidgetItem* cellItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

QString EvidencePanel::positionText(const PositionStamp& stamp) {
    if (!stamp.hasFix())
        return tr("No position");
    QString text = QStringLiteral("%1, %2")
                       .arg(stamp.position->latitude, 0, 'f', 5)
                       .arg(stamp.position->longitude, 0, 'f', 5);
    if (stamp.accuracyMeters >= 0)
        text += tr(" ±%1 m").arg(qRound(stamp.accuracyMeters));
    if (stamp.isStale())
        text += tr(" (stale fix, %1 s old)").arg(stamp.fixAgeSeconds());
    else if (stamp.isPoor())
        text += tr(" (poor fix)");
    return text;
}

EvidencePanel::EvidencePanel(evidence::ProfileEvidence& evidence, QWidget* parent)
    : QGroupBox(parent)
    , m_evidence(evidence)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_photoButton(new QPushButton(this))
    , m_videoButton(new QPushButton(this))
    , m_audioButton(new QPushButton(this))
    , m_filesButton(new QPushButton(this))
    , m_bodyCameraButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("evidencePanel"));
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_photoButton->setObjectName(QStringLiteral("takePhotoButton"));
    m_videoButton->setObjectName(QStringLiteral("recordVideoButton"));
    m_audioButton->setObjectName(QStringLiteral("recordAudioButton"));
    m_filesButton->setObjectName(QStringLiteral("importFilesButton"));
    m_bodyCameraButton->setObjectName(QStringLiteral("importBodyCameraButton"));

    auto* buttons = new QHBoxLayout;
    const std::pair<QPushButton*, Add> actions[] = {{m_photoButton, Add::Photo},
                                                    {m_videoButton, Add::Video},
                                                    {m_audioButton, Add::Audio},
                                                    {m_filesButton, Add::Files},
                                                    {m_bodyCameraButton, Add::BodyCamera}};
    for (const auto& [button, what] : actions) {
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, what = what] { emit addRequested(what); });
    }
    buttons->addStretch();

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() < 0 || index.row() >= m_records.size())
            return;
        const EvidenceRecord& record = m_records.at(index.row());
        if (m_evidence.vault().contains(record.sha256))
            emit openRequested(record);
        else
            startDownload(record.sha256);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    retranslate();
}

void EvidencePanel::setOriginalDownloads(sync::client::OriginalDownloads* downloads) {
    if (m_downloads)
        m_downloads->disconnect(this);
    m_downloads = downloads;
    if (downloads) {
        using sync::client::OriginalDownloads;
        connect(downloads, &OriginalDownloads::progress, this, &EvidencePanel::showDownloadProgress);
        connect(downloads, &OriginalDownloads::finished, this,
                [this](const QString& sha256) { endDownload(sha256, {}); });
        connect(downloads, &OriginalDownloads::failed, this, &EvidencePanel::endDownload);
        connect(downloads, &OriginalDownloads::cancelled, this,
                [this](const QString& sha256) { endDownload(sha256, {}); });
    }
    refresh();
}

void EvidencePanel::showCase(const QUuid& caseId) {
    m_caseId = caseId;
    refresh();
}

void EvidencePanel::refresh() {
    m_records = m_evidence.service().forCase(m_caseId);
    const bool canAdd = m_evidence.canSign();
    for (QPushButton* button :
         {m_photoButton, m_videoButton, m_audioButton, m_filesButton, m_bodyCameraButton}) {
        button->setEnabled(canAdd);
        button->setToolTip(canAdd ? QString() : m_evidence.keyError());
    }
    const QLocale locale;
    m_table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const EvidenceRecord& record = m_records.at(row);
        m_table->setItem(row, KindColumn, cellItem(enumDisplayName(record.kind)));
        auto* file = cellItem(record.originalName);
        file->setToolTip(tr("%1\nSHA-256: %2").arg(record.originalName, record.sha256));
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(
            row, CapturedColumn,
            cellItem(locale.toString(record.capturedAtDevice.toLocalTime(), QLocale::ShortFormat)));
        auto* position = cellItem(positionText(record.position));
        m_table->setItem(row, PositionColumn, position);
        m_table->setItem(row, IntakeColumn, cellItem(enumDisplayName(record.intake)));
        m_table->setItem(row, SizeColumn, cellItem(locale.formattedDataSize(record.size)));
        showOriginal(row);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void EvidencePanel::showOriginal(int row) {
    const EvidenceRecord& record = m_records.at(row);
    if (m_evidence.vault().contains(record.sha256)) {
        m_table->removeCellWidget(row, OriginalColumn);
        m_table->setItem(row, OriginalColumn, cellItem(tr("On this device")));
        return;
    }
    const Download state = m_downloadStates.value(record.sha256);
    const QString where = !state.error.isEmpty() ? tr("Download failed: %1").arg(state.error)
                          : state.running        ? tr("Downloading the original…")
                                                 : tr("Original on the bureau server");
    // The item under the widget carries the state for keyboard and screen-reader users and for sorting.
    m_table->setItem(row, OriginalColumn, cellItem(where));

    auto* cell = new QWidget;
    // Opaque, so the item's text beneath does not show through the label.
    cell->setAutoFillBackground(true);
    cell->setBackgroundRole(QPalette::Base);
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* label = new QLabel(state.error.isEmpty() ? where : tr("Download failed"), cell);
    label->setObjectName(QStringLiteral("originalState"));
    label->setToolTip(where);
    layout->addWidget(label);
    if (state.running) {
        auto* bar = new QProgressBar(cell);
        bar->setObjectName(QStringLiteral("downloadProgress"));
        bar->setRange(0, ProgressSteps);
        // The bytes are in the label beside it: text inside a bar is cut in a narrow column.
        bar->setTextVisible(false);
        bar->setMinimumWidth(bar->fontMetrics().averageCharWidth() * 12);
        layout->addWidget(bar, 1);
        auto* cancel = new QPushButton(tr("Cancel"), cell);
        cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
        connect(cancel, &QPushButton::clicked, this, [this, sha256 = record.sha256] {
            if (m_downloads)
                m_downloads->cancel(sha256);
        });
        layout->addWidget(cancel);
    } else if (m_downloads) {
        const qint64 kept = m_downloads->bytesKept(record.sha256);
        auto* download = new QPushButton(kept > 0 ? tr("Resume download") : tr("Download original"), cell);
        download->setObjectName(QStringLiteral("downloadOriginalButton"));
        if (kept > 0)
            download->setToolTip(
                tr("%1 of %2 are already on this device.")
                    .arg(QLocale().formattedDataSize(kept), QLocale().formattedDataSize(record.size)));
        connect(download, &QPushButton::clicked, this,
                [this, sha256 = record.sha256] { startDownload(sha256); });
        layout->addWidget(download);
    }
    layout->addStretch();
    m_table->setCellWidget(row, OriginalColumn, cell);
    // Buttons are taller than a line of text (tablet mode most of all): the row grows to hold them.
    m_table->resizeRowToContents(row);
    if (state.running)
        showDownloadProgress(record.sha256, state.received, state.total);
}

void EvidencePanel::startDownload(const QString& sha256) {
    if (!m_downloads || m_downloads->isDownloading(sha256))
        return;
    Download& state = m_downloadStates[sha256];
    state = Download{true, m_downloads->bytesKept(sha256), -1, {}};
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).sha256 == sha256) {
            state.total = m_records.at(row).size;
            showOriginal(row);
        }
    }
    m_table->resizeColumnToContents(OriginalColumn);
    // Last: a file already here, or a failure found before any transfer, answers at once.
    m_downloads->start(sha256);
}

void EvidencePanel::showDownloadProgress(const QString& sha256, qint64 received, qint64 total) {
    const auto state = m_downloadStates.find(sha256);
    if (state == m_downloadStates.end() || !state->running)
        return;
    state->received = received;
    if (total > 0)
        state->total = total;
    const QLocale locale;
    for (int row = 0; row < m_records.size(); ++row) {
        QWidget* cell =
            m_records.at(row).sha256 == sha256 ? m_table->cellWidget(row, OriginalColumn) : nullptr;
        auto* bar = cell ? cell->findChild<QProgressBar*>(QStringLiteral("downloadProgress")) : nullptr;
        if (!bar)
            continue;
        // The text first: whoever follows the value sees the bytes that go with it.
        const QString bytes = state->total > 0 ? tr("%1 of %2")
                                                     .arg(locale.formattedDataSize(received),
                                                          locale.formattedDataSize(state->total))
                                               : locale.formattedDataSize(received);
        bar->setFormat(bytes); // what assistive technology reads for the bar
        if (auto* label = cell->findChild<QLabel*>(QStringLiteral("originalState")))
            label->setText(bytes); // the row's own text says "downloading"; the bytes are what changes
        bar->setValue(state->total > 0 ? int(received * ProgressSteps / state->total) : 0);
    }
}

void EvidencePanel::endDownload(const QString& sha256, const QString& error) {
    if (!m_downloadStates.contains(sha256))
        return; // a download another page started
    if (error.isEmpty())
        m_downloadStates.remove(sha256);
    else
        m_downloadStates[sha256] = Download{false, 0, -1, error};
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).sha256 == sha256)
            showOriginal(row);
    }
    m_table->resizeColumnToContents(OriginalColumn);
}

void EvidencePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void EvidencePanel::retranslate() {
    setTitle(tr("Evidence"));
    m_photoButton->setText(tr("Take &photo…"));
    m_videoButton->setText(tr("Record &video…"));
    m_audioButton->setText(tr("Record &audio…"));
    m_filesButton->setText(tr("&Import files…"));
    m_bodyCameraButton->setText(tr("From &body camera…"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Captured"), tr("Position"),
                                        tr("Came in by"), tr("Size"), tr("Original")});
}

} // namespace fieldcase::ui
