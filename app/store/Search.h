#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <QVariantList>

namespace fieldcase::store {

// Full-text search over subjects and cases (FTS5, trigram tokenizer), so that any substring of a
// Chinese name or a credit code finds its record without word segmentation.
class Search {
public:
    enum class Kind { Subject, Case };
    struct Hit {
        Kind kind;
        QUuid id;
        QString title;    // subject name, or case number
        QString subtitle; // credit code, or subject name and cause
    };

    // A WHERE condition on `rowColumn` that keeps the rows whose index entry in `ftsTable`
    // (subject_fts, case_fts) contains every whitespace-separated part of `text`.
    struct Condition {
        QString sql;
        QVariantList binds;
    };
    static Condition condition(QSqlDatabase db, const QString& ftsTable, const QString& rowColumn,
                               const QString& text);

    explicit Search(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Subjects first, then cases; at most `limit` of each.
    QList<Hit> find(const QString& text, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace fieldcase::store
