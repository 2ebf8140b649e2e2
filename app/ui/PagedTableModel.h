#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QUuid>

namespace fieldcase::ui {

// The base of every list the GUI shows: the row count comes from one COUNT query and rows are
// fetched a page at a time when the view first asks for them, so a list of 100,000 rows opens,
// scrolls, sorts and filters without reading what is not on screen.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The record id behind a row, for opening it.
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The free-text part of the list's filter (a search box); the rest is fixed by the list's purpose.
    virtual void setSearchText(const QString& text) = 0;
    // Emits the change signals that make views ask again for header titles and translated cells.
    void retranslate();
    // Forgets the cached pages and counts the rows again (after a filter, sort or data change).
    void reload();

protected:
    virtual void dropCachedRows() = 0;
    virtual int countRows() const = 0;
    virtual void applySort(int column, Qt::SortOrder order) = 0;
    virtual QString columnTitle(int column) const = 0;

private:
    int m_rowCount = 0;
};

// The page cache for one row type over any list with `count()`, `page(offset, limit)` and
// `setSort(List::Column, order)`. Subclasses say how a row looks: `cell()` and `columnTitle()`.
template <typename List, typename Row> class ListTableModel : public PagedTableModel {
public:
    template <typename... ListArgs>
    explicit ListTableModel(QObject* parent, ListArgs&&... listArgs)
        : PagedTableModel(parent)
        , m_list(std::forward<ListArgs>(listArgs)...) {}

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(List::ColumnCount);
    }

    QVariant data(const QModelIndex& index, int role) const override {
        const Row* row = rowAt(index.row());
        if (!row)
            return {};
        if (role == IdRole)
            return row->id;
        // Long names and causes are cut off in narrow columns; the tooltip shows them whole.
        if (role == Qt::ToolTipRole)
            return cell(*row, index.column(), Qt::DisplayRole);
        return cell(*row, index.column(), role);
    }

    // The row, fetched with its page when not cached; valid until the next call evicts its page.
    const Row* rowAt(int row) const {
        if (row < 0 || row >= rowCount())
            return nullptr;
        const int pageIndex = row / PageSize;
        QList<Row>* page = m_pages.object(pageIndex);
        if (!page) {
            page = new QList<Row>(m_list.page(pageIndex * PageSize, PageSize));
            m_pages.insert(pageIndex, page);
        }
        const int inPage = row % PageSize;
        return inPage < page->size() ? &page->at(inPage) : nullptr;
    }

protected:
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    void dropCachedRows() override { m_pages.clear(); }
    int countRows() const override { return m_list.count(); }
    void applySort(int column, Qt::SortOrder order) override {
        m_list.setSort(static_cast<typename List::Column>(column), order);
    }

    List m_list;

private:
    // A few pages around the viewport; scrolling back a little costs no query.
    static constexpr int CachedPages = 8;
    mutable QCache<int, QList<Row>> m_pages{CachedPages};
};

} // namespace fieldcase::ui
