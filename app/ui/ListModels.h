#pragma once

#include "PagedTableModel.h"

#include "Lists.h"

namespace fieldcase::ui {

// Cases, with a fixed part of the filter given by the list's purpose (an officer's own cases, the
// states a leader acts on) and the search text on top.
class CaseTableModel : public ListTableModel<store::CaseList, store::CaseRow> {
    Q_OBJECT
public:
    CaseTableModel(QSqlDatabase db, store::CaseListFilter fixedFilter, QObject* parent = nullptr);
    void setSearchText(const QString& text) override;

protected:
    QVariant cell(const store::CaseRow& row, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    store::CaseListFilter m_fixedFilter;
};

class SubjectTableModel : public ListTableModel<store::SubjectList, store::SubjectRow> {
    Q_OBJECT
public:
    explicit SubjectTableModel(QSqlDatabase db, QObject* parent = nullptr);
    void setSearchText(const QString& text) override;

protected:
    QVariant cell(const store::SubjectRow& row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

// An officer's tasks are few and read whole; this gives them the interface of the SQL-backed lists
// so they show through the same model and page as everything else.
class OfficerTaskList {
public:
    enum Column { Source, Subject, DueDate, State, ColumnCount };

    OfficerTaskList(QSqlDatabase db, const QUuid& officerId);
    // Reads the tasks again (after one was started on this device).
    void reread();
    void setFilter(const QString& text);
    void setSort(Column column, Qt::SortOrder order);
    int count() const { return int(m_shown.size()); }
    QList<store::TaskRow> page(int offset, int limit) const { return m_shown.mid(offset, limit); }

private:
    void update();
    QSqlDatabase m_db;
    QUuid m_officerId;
    QList<store::TaskRow> m_all;
    QList<store::TaskRow> m_shown;
    QString m_filterText;
    Column m_sortColumn = ColumnCount; // ColumnCount: the store's order (open tasks by due date)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

class TaskTableModel : public ListTableModel<OfficerTaskList, store::TaskRow> {
    Q_OBJECT
public:
    TaskTableModel(QSqlDatabase db, const QUuid& officerId, QObject* parent = nullptr);
    void setSearchText(const QString& text) override;
    // Shows the tasks' current states (after one was started).
    void refresh();

protected:
    QVariant cell(const store::TaskRow& row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace fieldcase::ui
