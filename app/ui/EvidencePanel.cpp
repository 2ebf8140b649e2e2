#include "EvidencePanel.h"

#include "ProfileEvidence.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

enum Column { KindColumn, FileColumn, CapturedColumn, PositionColumn, IntakeColumn, SizeColumn, ColumnCount };

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
        if (index.row() >= 0 && index.row() < m_records.size())
            emit openRequested(m_records.at(index.row()));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    retranslate();
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
    }
    m_table->resizeColumnsToContents();
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
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("File"), tr("Captured"), tr("Position"), tr("Came in by"), tr("Size")});
}

} // namespace fieldcase::ui
