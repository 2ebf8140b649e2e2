#pragma once

#include "Case.h"
#include "InspectionTask.h"
#include "Subject.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace fieldcase::store {

// A filtered, sorted list read a page at a time. Views over 100,000 rows ask only for the pages they
// show; count() and page() run on indexed SQL, so neither grows with the rows not shown.
class PagedQuery {
public:
    PagedQuery(QSqlDatabase db, QString columns, QString from);

    void setConditions(QStringList conditions, QVariantList binds);
    void setOrderBy(QString orderBy);

    int count() const;
    QList<QVariantList> page(int offset, int limit) const;
    // The page's SQL with its parameters written in, as the sqlite3 shell would run it (benchmarks).
    QString literalPageSql(int offset, int limit) const;

private:
    QString whereClause() const;
    QString pageSql(int offset, int limit) const;

    QSqlDatabase m_db;
    QString m_columns;
    QString m_from;
    QStringList m_conditions;
    QVariantList m_binds;
    QString m_orderBy;
};

struct CaseListFilter {
    QString text;            // full-text: number, cause, subject name or credit code fragment
    QList<CaseState> states; // empty: any state
    QUuid leadOfficerId;     // null: any officer
};

struct CaseRow {
    QUuid id;
    QString number; // official number, or the provisional label
    QString subjectName;
    QString cause;
    CaseState state = CaseState::Lead;
    QDateTime openedAt;
    QString leadOfficerName;
};

class CaseList {
public:
    enum Column { Number, Subject, Cause, State, OpenedAt, LeadOfficer, ColumnCount };

    explicit CaseList(QSqlDatabase db);
    void setFilter(const CaseListFilter& filter);
    void setSort(Column column, Qt::SortOrder order);
    int count() const { return m_query.count(); }
    QList<CaseRow> page(int offset, int limit) const;
    const PagedQuery& query() const { return m_query; }

private:
    QSqlDatabase m_db;
    PagedQuery m_query;
};

struct SubjectListFilter {
    QString text;
    std::optional<SubjectClass> subjectClass;
};

struct SubjectRow {
    QUuid id;
    QString name;
    QString creditCode;
    QString industry;
    SubjectClass subjectClass = SubjectClass::General;
    QString address;
    QString grid;
};

class SubjectList {
public:
    enum Column { Name, CreditCode, Industry, Class, Address, Grid, ColumnCount };

    explicit SubjectList(QSqlDatabase db);
    void setFilter(const SubjectListFilter& filter);
    void setSort(Column column, Qt::SortOrder order);
    int count() const { return m_query.count(); }
    QList<SubjectRow> page(int offset, int limit) const;
    const PagedQuery& query() const { return m_query; }

private:
    QSqlDatabase m_db;
    PagedQuery m_query;
};

struct TaskRow {
    QUuid id;
    TaskSource source = TaskSource::AnnualPlan;
    QString subjectName;
    QDate dueDate;
    TaskState state = TaskState::Assigned;
};

// An officer's tasks, open ones first by due date. Small enough to read whole.
QList<TaskRow> tasksForOfficer(QSqlDatabase db, const QUuid& officerId);

} // namespace fieldcase::store
