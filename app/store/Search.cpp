#include "Search.h"

#include <QSqlQuery>
#include <QStringList>

namespace fieldcase::store {

namespace {

QString quotedPhrase(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The trigram tokenizer folds case; terms in the vocabulary are lower-case.
QString folded(const QString& text) {
    return text.toLower();
}

// A two-character part: every indexed body ends in a newline, so any two characters that occur are
// the first two of at least one trigram. The vocabulary table lists those trigrams in term order,
// which makes the lookup a range scan; the part matches any of them. Returns "" when none exists.
QString twoCharacterExpression(QSqlDatabase db, const QString& ftsTable, const QString& part) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT term FROM %1_terms WHERE term >= ? AND term < ?").arg(ftsTable));
    query.addBindValue(part);
    query.addBindValue(part + QString(QChar::highSurrogate(0x10FFFF)) +
                       QString(QChar::lowSurrogate(0x10FFFF)));
    QStringList terms;
    if (query.exec()) {
        while (query.next())
            terms << quotedPhrase(query.value(0).toString());
    }
    return terms.join(QStringLiteral(" OR "));
}

} // namespace

Search::Condition Search::condition(QSqlDatabase db, const QString& ftsTable, const QString& rowColumn,
                                    const QString& text) {
    Condition result;
    QStringList conditions;
    for (const QString& rawPart : text.split(QChar::Space, Qt::SkipEmptyParts)) {
        const QString part = folded(rawPart);
        const qsizetype characters = part.toUcs4().size();
        QString expression;
        if (characters >= 3) {
            expression = quotedPhrase(part);
        } else if (characters == 2) {
            expression = twoCharacterExpression(db, ftsTable, part);
            if (expression.isEmpty()) {
                // Nothing contains these two characters.
                result.sql = QStringLiteral("0");
                result.binds.clear();
                return result;
            }
        } else {
            // A single character is too short for the index; scan the indexed text instead. (instr,
            // not LIKE: the trigram table takes over a LIKE and finds nothing under three characters.)
            conditions << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE instr(lower(body), ?) > 0)")
                              .arg(rowColumn, ftsTable);
            result.binds << part;
            continue;
        }
        conditions
            << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(rowColumn, ftsTable);
        result.binds << expression;
    }
    result.sql = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return result;
}

QList<Search::Hit> Search::find(const QString& text, int limit) const {
    QList<Hit> hits;
    if (text.trimmed().isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    const Condition subjects = condition(m_db, QStringLiteral("subject_fts"), QStringLiteral("row"), text);
    query.prepare(QStringLiteral("SELECT id, name, credit_code FROM subjects WHERE %1 ORDER BY name LIMIT %2")
                      .arg(subjects.sql)
                      .arg(limit));
    for (const QVariant& bind : subjects.binds)
        query.addBindValue(bind);
    if (query.exec()) {
        while (query.next()) {
            hits.append({Kind::Subject, QUuid::fromString(query.value(0).toString()),
                         query.value(1).toString(), query.value(2).toString()});
        }
    }

    // Newest cases first by row, not by opened_at: SQLite then walks the matches in rowid order and
    // stops at the limit instead of sorting every match (a common fragment matches thousands).
    const Condition cases = condition(m_db, QStringLiteral("case_fts"), QStringLiteral("row"), text);
    query.prepare(QStringLiteral("SELECT id, number, subject_name, cause FROM cases WHERE %1 "
                                 "ORDER BY row DESC LIMIT %2")
                      .arg(cases.sql)
                      .arg(limit));
    for (const QVariant& bind : cases.binds)
        query.addBindValue(bind);
    if (query.exec()) {
        while (query.next()) {
            hits.append({Kind::Case, QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                         query.value(2).toString() + QStringLiteral(" · ") + query.value(3).toString()});
        }
    }
    return hits;
}

} // namespace fieldcase::store
