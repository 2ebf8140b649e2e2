#include "ListPage.h"
#include "ui_ListPage.h"

#include "Appearance.h"
#include "PagedTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace fieldcase::ui {

namespace {
constexpr int SearchDelayMs = 250;
constexpr int DefaultColumnWidth = 180;
constexpr int MaximumColumnWidth = 420;
} // namespace

ListPage::ListPage(PagedTableModel* model, const char* searchHint, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPage>())
    , m_model(model)
    , m_searchHint(searchHint) {
    m_ui->setupUi(this);
    m_model->setParent(this);
    m_ui->table->setModel(m_model);
    // Fixed row heights let the view place 100,000 rows without measuring any of them.
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->table->horizontalHeader()->setDefaultSectionSize(DefaultColumnWidth);
    // No indicator until a header is clicked: the list starts in its own order (newest first and so on).
    m_ui->table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    updateRowHeight();
    retranslate();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_ui->searchField, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &ListPage::applySearch);
    // The clear button changes the text without an edit signal.
    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QUuid id = index.data(PagedTableModel::IdRole).toUuid();
        if (!id.isNull())
            emit recordActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::fitColumnsOnce);
    // Down from the search field goes to the results, so the keyboard alone can find and open a record.
    m_ui->searchField->installEventFilter(this);
    updateCount();
    fitColumnsOnce();
    setFocusProxy(m_ui->searchField);
}

ListPage::~ListPage() = default;

QTableView* ListPage::table() const {
    return m_ui->table;
}

QLineEdit* ListPage::searchField() const {
    return m_ui->searchField;
}

void ListPage::search(const QString& text) {
    m_ui->searchField->setText(text);
    applySearch();
}

void ListPage::applySearch() {
    m_searchDelay.stop();
    m_model->setSearchText(m_ui->searchField->text());
    if (m_model->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_model->index(0, 0));
}

bool ListPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->searchField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (!m_ui->table->currentIndex().isValid())
            m_ui->table->setCurrentIndex(m_model->index(0, 0));
        m_ui->table->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ListPage::fitColumnsOnce() {
    // Sized once from the rows on screen (the view measures only those), then left to the user.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_ui->table->resizeColumnsToContents();
    QHeaderView* header = m_ui->table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(header->sectionSize(column), MaximumColumnWidth));
    header->setStretchLastSection(true);
}

void ListPage::updateCount() {
    m_ui->countLabel->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
}

void ListPage::updateRowHeight() {
    m_ui->table->verticalHeader()->setDefaultSectionSize(Appearance::rowHeightFor(font()));
}

void ListPage::retranslate() {
    m_ui->searchField->setPlaceholderText(QCoreApplication::translate("ListPage", m_searchHint));
    updateCount();
    m_model->retranslate();
}

void ListPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        updateRowHeight();
    }
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui
