#include "DocumentDialog.h"

#include "Dialogs.h"
#include "DisplayText.h"

#include "CaseDocuments.h"
#include "Cases.h"
#include "DocumentDrafts.h"
#include "DocumentNumber.h"
#include "DocumentNumbers.h"
#include "PdfRenderer.h"
#include "Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
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
    , m_printButton(new QPushButton)
    , m_editorsLayout(new QFormLayout)
    , m_numberLabel(new QLabel)
    , m_draftTimer(new QTimer(this)) {
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
    m_missingList->setMaximumHeight(140);
    // Typing saves the draft and redraws the pages after a short pause, not on every key.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &DocumentDialog::saveDraft);

    auto* pagesHost = new QWidget;
    pagesHost->setLayout(m_pages);
    m_pages->setAlignment(Qt::AlignHCenter);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pagesArea"));
    scroll->setWidget(pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);

    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setWordWrap(true);
    auto* editorsHost = new QWidget;
    editorsHost->setLayout(m_editorsLayout);
    auto* editorsArea = new QScrollArea;
    editorsArea->setObjectName(QStringLiteral("fieldsArea"));
    editorsArea->setWidget(editorsHost);
    editorsArea->setWidgetResizable(true);
    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Still missing:")));
    side->addWidget(m_missingList);
    side->addWidget(m_numberLabel);
    side->addWidget(new QLabel(tr("Fill in what the case does not hold:")));
    side->addWidget(editorsArea, 2);
    auto* body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addLayout(side, 2);
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
    resize(1100, 700);
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

QWidget* DocumentDialog::fieldEditor(const QString& fieldId) const {
    for (const auto& [field, editor] : m_editors) {
        if (field->id == fieldId)
            return editor;
    }
    return nullptr;
}

void DocumentDialog::refresh() {
    m_template = documents::DocumentTemplate::shipped(m_kind->currentData().toString());
    buildEditors();
    showPreview();
}

// An editor for every field the case's rows leave empty, filled from the draft: the document can be
// finished here, and what was typed is kept for next time.
void DocumentDialog::buildEditors() {
    m_editors.clear();
    while (m_editorsLayout->rowCount() > 0)
        m_editorsLayout->removeRow(0);
    if (!m_template)
        return;
    const QString kind = m_template->kind;
    const documents::DocumentData fromCase =
        documents::caseRecordData(m_store, m_caseId, kind, m_store.metaValue(BureauNameKey));
    const QJsonObject draft = store::DocumentDrafts(m_store).fields(m_caseId, kind);
    const QString language = dataLanguage();
    for (const documents::Field& field : m_template->fields) {
        if (documents::hasValue(fromCase.value(field.id)))
            continue;
        const QJsonValue drafted = draft.value(field.id);
        QWidget* editor = nullptr;
        if (field.type == documents::FieldType::Flag) {
            auto* check = new QCheckBox;
            check->setChecked(drafted.toBool());
            connect(check, &QCheckBox::toggled, m_draftTimer, qOverload<>(&QTimer::start));
            editor = check;
        } else if (field.type == documents::FieldType::List && !field.columns.isEmpty()) {
            auto* table = new QTableWidget(0, int(field.columns.size()));
            QStringList headers;
            for (const documents::Column& column : field.columns)
                headers << column.label.in(language);
            table->setHorizontalHeaderLabels(headers);
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            const QJsonArray rows = drafted.toArray();
            // One empty row more than typed, so the next item can always be entered.
            table->setRowCount(int(rows.size()) + 1);
            for (int row = 0; row < rows.size(); ++row) {
                for (int column = 0; column < field.columns.size(); ++column)
                    table->setItem(
                        row, column,
                        new QTableWidgetItem(rows.at(row)[field.columns.at(column).id].toString()));
            }
            table->setMinimumHeight(110);
            connect(table, &QTableWidget::cellChanged, this, [this, table] {
                const int last = table->rowCount() - 1;
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (table->item(last, column) && !table->item(last, column)->text().isEmpty()) {
                        table->setRowCount(last + 2);
                        break;
                    }
                }
                m_draftTimer->start();
            });
            editor = table;
        } else if (field.type == documents::FieldType::List) {
            auto* text = new QPlainTextEdit;
            text->setPlaceholderText(tr("One item per line"));
            QStringList lines;
            for (const QJsonValue item : drafted.toArray())
                lines << item.toString();
            text->setPlainText(lines.join(QLatin1Char('\n')));
            text->setMaximumHeight(90);
            connect(text, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
            editor = text;
        } else {
            auto* line = new QLineEdit(drafted.isDouble() ? QString::number(drafted.toDouble(), 'f', 2)
                                                          : drafted.toString());
            if (field.type == documents::FieldType::Date)
                line->setPlaceholderText(QStringLiteral("2026-11-30"));
            else if (field.type == documents::FieldType::DateTime)
                line->setPlaceholderText(QStringLiteral("2026-11-30T09:30"));
            else if (field.type == documents::FieldType::Money)
                line->setPlaceholderText(tr("yuan, e.g. 50000"));
            connect(line, &QLineEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field_") + field.id);
        m_editorsLayout->addRow(
            field.label.in(language) + (field.required ? QStringLiteral(" *") : QString()), editor);
        m_editors.append({&field, editor});
    }
}

QJsonValue DocumentDialog::editorValue(const documents::Field& field, QWidget* editor) const {
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* table = qobject_cast<QTableWidget*>(editor)) {
        QJsonArray rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            QJsonObject item;
            for (int column = 0; column < field.columns.size(); ++column) {
                const QTableWidgetItem* cell = table->item(row, column);
                if (cell && !cell->text().trimmed().isEmpty())
                    item.insert(field.columns.at(column).id, cell->text().trimmed());
            }
            if (!item.isEmpty())
                rows.append(item);
        }
        return rows;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        QJsonArray items;
        for (const QString& line : text->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        }
        return items;
    }
    const QString text = qobject_cast<QLineEdit*>(editor)->text().trimmed();
    if (field.type == documents::FieldType::Money) {
        bool ok = false;
        const double yuan = QLocale::c().toDouble(text, &ok);
        return ok ? QJsonValue(yuan) : QJsonValue(text);
    }
    return text;
}

void DocumentDialog::saveDraft() {
    if (!m_template)
        return;
    QJsonObject fields;
    for (const auto& [field, editor] : m_editors) {
        const QJsonValue value = editorValue(*field, editor);
        if (documents::hasValue(value))
            fields.insert(field->id, value);
    }
    const store::StoreResult saved =
        store::DocumentDrafts(m_store).save(m_user.id, m_caseId, m_template->kind, fields);
    if (!saved)
        m_dialogs.showError(this, tr("Draft not saved"), saved.message());
    showPreview();
}

void DocumentDialog::showPreview() {
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_missingList->clear();
    m_pendingNumber.clear();
    m_numberLabel->clear();
    if (!m_template)
        return;
    const QString kind = m_template->kind;
    m_data = documents::caseDocumentData(m_store, m_caseId, kind, m_store.metaValue(BureauNameKey));
    // A numbered document not yet issued takes the next serial of this device's block when it is saved;
    // the preview shows that number so the officer sees what will be printed.
    if (!m_template->numberCategory.isEmpty() && m_data.number.isEmpty()) {
        const store::DocumentNumbers numbers(m_store);
        const int year = QDate::currentDate().year();
        const std::optional<store::NumberBlock> block = numbers.block(m_template->numberCategory, year);
        if (numbers.agency().isEmpty()) {
            m_numberLabel->setText(tr("Set the agency's short name for document numbers in the settings."));
        } else if (block && block->remaining() > 0) {
            m_pendingNumber =
                DocumentNumber{numbers.agency(), m_template->numberCategory, year, block->next}.format(
                    numbers.pattern());
            m_data.number = m_pendingNumber;
            m_numberLabel->setText(tr("When saved, this document is issued as %1 from this device's block.")
                                       .arg(m_pendingNumber));
        } else {
            m_numberLabel->setText(
                tr("No number is free for %1 in %2: set this device's block in the settings.")
                    .arg(m_template->numberCategory)
                    .arg(year));
        }
    }
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
    // A numbered document is issued (and takes its number) when saved; it is printed after that.
    m_printButton->setEnabled(m_missing.isEmpty() && m_pendingNumber.isEmpty());
    m_printButton->setToolTip(
        m_pendingNumber.isEmpty() ? QString() : tr("Save the document first: that issues its number."));
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
    if (m_pendingNumber.isEmpty()) {
        const documents::RenderResult result = documents::PdfRenderer().render(*m_template, m_data, path);
        if (!result.ok) {
            m_dialogs.showError(this, tr("Document not saved"), result.error);
            return false;
        }
        recordOutput(QStringLiteral("pdf"), path, result.pageCount);
        return true;
    }
    // Issued now: the serial is taken in the same transaction as the issued document's row, and the PDF is
    // written only once the number is the document's.
    documents::RenderResult result;
    QByteArray pdf;
    const documents::DocumentData unnumbered = m_data;
    store::DocumentNumbers::Request request;
    request.category = m_template->numberCategory;
    request.year = QDate::currentDate().year();
    request.kind = m_template->kind;
    request.caseId = m_caseId;
    request.render = [&](const QString& number) {
        documents::DocumentData numbered = unnumbered;
        numbered.number = number;
        pdf = documents::PdfRenderer().renderToBytes(*m_template, numbered, &result);
        return pdf;
    };
    const store::DocumentNumbers::Issued issued = store::DocumentNumbers(m_store).issue(m_user.id, request);
    if (!issued.ok()) {
        m_dialogs.showError(this, tr("Document not issued"),
                            result.error.isEmpty() ? issued.result.message() : result.error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        m_dialogs.showError(
            this, tr("Document not saved"),
            tr("The document was issued as %1, but %2 could not be written (%3). Save it again: "
               "it keeps its number.")
                .arg(issued.document->number, path, file.errorString()));
        showPreview();
        return false;
    }
    recordOutput(QStringLiteral("pdf"), path, result.pageCount);
    showPreview();
    return true;
}

void DocumentDialog::print() {
    if (!m_template || !m_missing.isEmpty() || !m_pendingNumber.isEmpty())
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
