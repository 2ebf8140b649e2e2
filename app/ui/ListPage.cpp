#include "ListPage.h"
#include "ui_ListPage.h"

#include "Appearance.h"
#include "PagedTableModel.h"

#include <QHeaderView>

namespace fieldcase::ui {

namespace {
constexpr int SearchDelayMs = 250;
constexpr int DefaultColumnWidth = 180;
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
    updateCount();
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
