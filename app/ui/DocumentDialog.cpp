#include "DocumentDialog.h"

#include "Dialogs.h"
#include "DisplayText.h"

#include "CaseDocuments.h"
#include "Cases.h"
#include "PdfRenderer.h"
#include "Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {
constexpr int PreviewDpi = 60;
constexpr int PrintDpi = 300;
} // namespace

DocumentDialog::DocumentDialog(store::Store& store, const User& user, const QUuid& caseId, Dialogs& dialogs,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_caseId(caseId)
    , m_dialogs(dialogs)
    , m_kind(new QComboBox)
    , m_missingList(new QListWidget)
    , m_pages(new QVBoxLayout)
    , m_saveButton(new QPushButton)
    , m_printButton(new QPushButton) {
    setObjectName(QStringLiteral("documentDialog"));
    setWindowTitle(tr("Enforcement documents"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_missingList->setObjectName(QStringLiteral("missingList"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton->setText(tr("&Save as PDF…"));
    m_printButton->setText(tr("&Print…"));
    for (const QString& kind : documents::DocumentTemplate::kinds()) {
        if (const auto shipped = documents::DocumentTemplate::shipped(kind))
            m_kind->addItem(shipped->title, kind);
    }
    m_missingList->setSelectionMode(QAbstractItemView::NoSelection);
    m_missingList->setMaximumWidth(260);

    auto* pagesHost = new QWidget;
    pagesHost->setLayout(m_pages);
    m_pages->setAlignment(Qt::AlignHCenter);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pagesArea"));
    scroll->setWidget(pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);

    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Still missing:")));
    side->addWidget(m_missingList);
    auto* body = new QHBoxLayout;
    body->addWidget(scroll, 1);
    body->addLayout(side);
    auto* top = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Document:"));
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentDialog::refresh);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 680);
    refresh();
}

void DocumentDialog::showKind(const QString& kind) {
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

QStringList DocumentDialog::missing() const {
    return m_missing;
}

int DocumentDialog::pagesShown() const {
    return m_pages->count();
}

void DocumentDialog::refresh() {
    const QString kind = m_kind->currentData().toString();
    m_template = documents::DocumentTemplate::shipped(kind);
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_missingList->clear();
    if (!m_template)
        return;
    m_data = documents::caseDocumentData(m_store, m_caseId, kind, m_store.metaValue(BureauNameKey));
    m_missing = documents::missingFields(*m_template, m_data, dataLanguage());
    m_missingList->addItems(m_missing);
    if (m_missing.isEmpty())
        m_missingList->addItem(tr("Nothing: the document is complete."));
    // Pages are laid out as they will print; an incomplete document is a marked draft.
    for (const QImage& page : documents::PdfRenderer().renderPages(*m_template, m_data, PreviewDpi)) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
    m_saveButton->setEnabled(m_missing.isEmpty());
    m_printButton->setEnabled(m_missing.isEmpty());
}

bool DocumentDialog::savePdf() {
    if (!m_template)
        return false;
    const std::optional<Case> shown = store::Cases(m_store).caseById(m_caseId);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.pdf")
                          .arg(shown ? shown->displayNumber() : QString(), m_template->title));
    const QString path =
        m_dialogs.chooseSaveFile(this, tr("Save the document as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    const documents::RenderResult result = documents::PdfRenderer().render(*m_template, m_data, path);
    if (!result.ok) {
        m_dialogs.showError(this, tr("Document not saved"), result.error);
        return false;
    }
    recordOutput(QStringLiteral("pdf"), path, result.pageCount);
    return true;
}

void DocumentDialog::print() {
    if (!m_template || !m_missing.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The pages as laid out for the PDF, drawn at the printer's resolution: the paper matches the file.
    const QList<QImage> pages = documents::PdfRenderer().renderPages(*m_template, m_data, PrintDpi);
    QPainter painter(&printer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.drawImage(printer.pageLayout().fullRectPixels(printer.resolution()), pages.at(i));
    }
    painter.end();
    recordOutput(QStringLiteral("print"), printer.printerName(), int(pages.size()));
}

void DocumentDialog::recordOutput(const QString& how, const QString& where, int pages) {
    m_store.recordEvent(m_user.id, QStringLiteral("document.output"), QStringLiteral("case"), m_caseId,
                        {{QStringLiteral("kind"), m_template->kind},
                         {QStringLiteral("how"), how},
                         {QStringLiteral("where"), where},
                         {QStringLiteral("pages"), pages}});
}

} // namespace fieldcase::ui
