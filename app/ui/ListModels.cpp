#include "ListModels.h"

#include "DisplayText.h"

#include <algorithm>

namespace fieldcase::ui {

CaseTableModel::CaseTableModel(QSqlDatabase db, store::CaseListFilter fixedFilter, QObject* parent)
    : ListTableModel(parent, std::move(db))
    , m_fixedFilter(std::move(fixedFilter)) {
    m_list.setFilter(m_fixedFilter);
    reload();
}

void CaseTableModel::setSearchText(const QString& text) {
    store::CaseListFilter filter = m_fixedFilter;
    filter.text = text.trimmed();
    m_list.setFilter(filter);
    reload();
}

QVariant CaseTableModel::cell(const store::CaseRow& row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case store::CaseList::Number:
        return row.number;
    case store::CaseList::Subject:
        return row.subjectName;
    case store::CaseList::Cause:
        return row.cause;
    case store::CaseList::State:
        return enumDisplayName(row.state);
    case store::CaseList::OpenedAt:
        return shortDate(row.openedAt.date());
    case store::CaseList::LeadOfficer:
        return row.leadOfficerName;
    default:
        return {};
    }
}

QString CaseTableModel::columnTitle(int column) const {
    switch (column) {
    case store::CaseList::Number:
        return tr("Case number");
    case store::CaseList::Subject:
        return tr("Regulated subject");
    case store::CaseList::Cause:
        return tr("Cause of action");
    case store::CaseList::State:
        return tr("State");
    case store::CaseList::OpenedAt:
        return tr("Opened");
    case store::CaseList::LeadOfficer:
        return tr("Lead officer");
    default:
        return {};
    }
}

SubjectTableModel::SubjectTableModel(QSqlDatabase db, QObject* parent)
    : ListTableModel(parent, std::move(db)) {
    reload();
}

void SubjectTableModel::setSearchText(const QString& text) {
    store::SubjectListFilter filter;
    filter.text = text.trimmed();
    m_list.setFilter(filter);
    reload();
}

QVariant SubjectTableModel::cell(const store::SubjectRow& row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case store::SubjectList::Name:
        return row.name;
    case store::SubjectList::CreditCode:
        return row.creditCode;
    case store::SubjectList::Industry:
        return row.industry;
    case store::SubjectList::Class:
        return enumDisplayName(row.subjectClass);
    case store::SubjectList::Address:
        return row.address;
    case store::SubjectList::Grid:
        return row.grid;
    default:
        return {};
    }
}

QString SubjectTableModel::columnTitle(int column) const {
    switch (column) {
    case store::SubjectList::Name:
        return tr("Name");
    case store::SubjectList::CreditCode:
        return tr("Unified social credit code");
    case store::SubjectList::Industry:
        return tr("Industry");
    case store::SubjectList::Class:
        return tr("Supervision class");
    case store::SubjectList::Address:
        return tr("Address");
    case store::SubjectList::Grid:
        return tr("Grid");
    default:
        return {};
    }
}

OfficerTaskList::OfficerTaskList(QSqlDatabase db, const QUuid& officerId)
    : m_db(std::move(db))
    , m_officerId(officerId) {
    reread();
}

void OfficerTaskList::reread() {
    m_all = store::tasksForOfficer(m_db, m_officerId);
    update();
}

void OfficerTaskList::setFilter(const QString& text) {
    m_filterText = text.trimmed();
    update();
}

void OfficerTaskList::setSort(Column column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    update();
}

void OfficerTaskList::update() {
    m_shown.clear();
    for (const store::TaskRow& task : m_all) {
        if (task.subjectName.contains(m_filterText, Qt::CaseInsensitive))
            m_shown.append(task);
    }
    const auto key = [this](const store::TaskRow& task) -> QVariant {
        switch (m_sortColumn) {
        case Source:
            return enumDisplayName(task.source);
        case Subject:
            return task.subjectName;
        case DueDate:
            return task.dueDate;
        case State:
            return int(task.state);
        case ColumnCount:
            break;
        }
        return {};
    };
    if (m_sortColumn == ColumnCount)
        return;
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](const store::TaskRow& a, const store::TaskRow& b) {
        const QPartialOrdering order = QVariant::compare(key(a), key(b));
        return m_sortOrder == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                                 : order == QPartialOrdering::Greater;
    });
}

TaskTableModel::TaskTableModel(QSqlDatabase db, const QUuid& officerId, QObject* parent)
    : ListTableModel(parent, std::move(db), officerId) {
    reload();
}

void TaskTableModel::setSearchText(const QString& text) {
    m_list.setFilter(text);
    reload();
}

void TaskTableModel::refresh() {
    m_list.reread();
    reload();
}

QVariant TaskTableModel::cell(const store::TaskRow& row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OfficerTaskList::Source:
        return enumDisplayName(row.source);
    case OfficerTaskList::Subject:
        return row.subjectName;
    case OfficerTaskList::DueDate:
        return shortDate(row.dueDate);
    case OfficerTaskList::State:
        return enumDisplayName(row.state);
    default:
        return {};
    }
}

QString TaskTableModel::columnTitle(int column) const {
    switch (column) {
    case OfficerTaskList::Source:
        return tr("Source");
    case OfficerTaskList::Subject:
        return tr("Regulated subject");
    case OfficerTaskList::DueDate:
        return tr("Due");
    case OfficerTaskList::State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace fieldcase::ui
