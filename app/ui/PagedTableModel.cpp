#include "PagedTableModel.h"

namespace fieldcase::ui {

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount())
        return;
    applySort(column, order);
    reload();
}

void PagedTableModel::retranslate() {
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1), {Qt::DisplayRole});
}

void PagedTableModel::reload() {
    beginResetModel();
    dropCachedRows();
    m_rowCount = countRows();
    endResetModel();
}

} // namespace fieldcase::ui
