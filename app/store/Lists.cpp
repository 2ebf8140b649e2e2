#include "Lists.h"

#include "Search.h"
#include "Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fieldcase::store {

PagedQuery::PagedQuery(QSqlDatabase db, QString columns, QString from)
    : m_db(std::move(db))
    , m_columns(std::move(columns))
    , m_from(std::move(from)) {}

void PagedQuery::setConditions(QStringList conditions, QVariantList binds) {
    m_conditions = std::move(conditions);
    m_binds = std::move(binds);
}

void PagedQuery::setOrderBy(QString orderBy) {
    m_orderBy = std::move(orderBy);
}

QString PagedQuery::whereClause() const {
    return m_conditions.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

QString PagedQuery::pageSql(int offset, int limit) const {
    QString sql = QStringLiteral("SELECT %1 FROM %2%3").arg(m_columns, m_from, whereClause());
    if (!m_orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + m_orderBy;
    return sql + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
}

int PagedQuery::count() const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(m_from, whereClause()));
    for (const QVariant& bind : m_binds)
        query.addBindValue(bind);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<QVariantList> PagedQuery::page(int offset, int limit) const {
    QList<QVariantList> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(pageSql(offset, limit));
    for (const QVariant& bind : m_binds)
        query.addBindValue(bind);
    if (!query.exec())
        return rows;
    const int columns = query.record().count();
    rows.reserve(limit);
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    return rows;
}

QString PagedQuery::literalPageSql(int offset, int limit) const {
    QString sql = pageSql(offset, limit);
    QString out;
    qsizetype bindIndex = 0;
    for (QChar c : sql) {
        if (c == QLatin1Char('?') && bindIndex < m_binds.size()) {
            const QVariant& bind = m_binds.at(bindIndex++);
            if (bind.typeId() == QMetaType::QString) {
                QString text = bind.toString();
                out += QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
            } else {
                out += bind.toString();
            }
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

QString direction(Qt::SortOrder order) {
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

} // namespace

CaseList::CaseList(QSqlDatabase db)
    : m_db(db)
    , m_query(db,
              QStringLiteral("id, number, subject_name, cause, state, opened_at, "
                             "(SELECT name FROM users WHERE users.id = cases.lead_officer_id)"),
              QStringLiteral("cases")) {
    setSort(OpenedAt, Qt::DescendingOrder);
}

void CaseList::setFilter(const CaseListFilter& filter) {
    QStringList conditions;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        const Search::Condition text =
            Search::condition(m_db, QStringLiteral("case_fts"), QStringLiteral("row"), filter.text);
        conditions << text.sql;
        binds << text.binds;
    }
    if (!filter.states.isEmpty()) {
        QStringList placeholders;
        for (CaseState state : filter.states) {
            placeholders << QStringLiteral("?");
            binds << enumKey(state);
        }
        conditions << QStringLiteral("state IN (%1)").arg(placeholders.join(QLatin1Char(',')));
    }
    if (!filter.leadOfficerId.isNull()) {
        conditions << QStringLiteral("lead_officer_id = ?");
        binds << Uuid7::toText(filter.leadOfficerId);
    }
    m_query.setConditions(conditions, binds);
}

void CaseList::setSort(Column column, Qt::SortOrder order) {
    // Each order matches an index exactly (an SQLite index ends in the rowid, which is `row`), so the
    // first page of any sort reads 200 index entries instead of sorting 100,000 rows. State and
    // officer group by their index's second column, the opening date.
    static const char* const columns[ColumnCount] = {"number",    "subject_name",
                                                     "cause",     "state %1, opened_at",
                                                     "opened_at", "lead_officer_id %1, opened_at"};
    const QString dir = direction(order);
    // row breaks ties so that pages never overlap or skip rows with equal keys.
    const QString key = QString::fromLatin1(columns[column]).replace(QLatin1String("%1"), dir);
    m_query.setOrderBy(QStringLiteral("%1 %2, row %2").arg(key, dir));
}

QList<CaseRow> CaseList::page(int offset, int limit) const {
    QList<CaseRow> rows;
    for (const QVariantList& r : m_query.page(offset, limit)) {
        rows.append({QUuid::fromString(r[0].toString()), r[1].toString(), r[2].toString(), r[3].toString(),
                     enumFromKey<CaseState>(r[4].toString()).value_or(CaseState::Lead),
                     QDateTime::fromString(r[5].toString(), Qt::ISODate), r[6].toString()});
    }
    return rows;
}

SubjectList::SubjectList(QSqlDatabase db)
    : m_db(db)
    , m_query(db, QStringLiteral("id, name, credit_code, industry, class, address, grid"),
              QStringLiteral("subjects")) {
    setSort(Name, Qt::AscendingOrder);
}

void SubjectList::setFilter(const SubjectListFilter& filter) {
    QStringList conditions;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        const Search::Condition text =
            Search::condition(m_db, QStringLiteral("subject_fts"), QStringLiteral("row"), filter.text);
        conditions << text.sql;
        binds << text.binds;
    }
    if (filter.subjectClass) {
        conditions << QStringLiteral("class = ?");
        binds << enumKey(*filter.subjectClass);
    }
    m_query.setConditions(conditions, binds);
}

void SubjectList::setSort(Column column, Qt::SortOrder order) {
    static const char* const columns[ColumnCount] = {"name",  "credit_code", "industry",
                                                     "class", "address",     "grid"};
    m_query.setOrderBy(QStringLiteral("%1 %2, row %2").arg(QLatin1String(columns[column]), direction(order)));
}

QList<SubjectRow> SubjectList::page(int offset, int limit) const {
    QList<SubjectRow> rows;
    for (const QVariantList& r : m_query.page(offset, limit)) {
        rows.append({QUuid::fromString(r[0].toString()), r[1].toString(), r[2].toString(), r[3].toString(),
                     enumFromKey<SubjectClass>(r[4].toString()).value_or(SubjectClass::General),
                     r[5].toString(), r[6].toString()});
    }
    return rows;
}

QList<TaskRow> tasksForOfficer(QSqlDatabase db, const QUuid& officerId) {
    QList<TaskRow> rows;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT t.id, t.source, s.name, t.due_date, t.state FROM tasks t "
                       "JOIN task_officers o ON o.task_id = t.id JOIN subjects s ON s.id = t.subject_id "
                       "WHERE o.user_id = ? ORDER BY t.state IN ('completed', 'cancelled'), t.due_date"));
    query.addBindValue(Uuid7::toText(officerId));
    if (query.exec()) {
        while (query.next()) {
            rows.append({QUuid::fromString(query.value(0).toString()),
                         enumFromKey<TaskSource>(query.value(1).toString()).value_or(TaskSource::AnnualPlan),
                         query.value(2).toString(), QDate::fromString(query.value(3).toString(), Qt::ISODate),
                         enumFromKey<TaskState>(query.value(4).toString()).value_or(TaskState::Assigned)});
        }
    }
    return rows;
}

} // namespace fieldcase::store
