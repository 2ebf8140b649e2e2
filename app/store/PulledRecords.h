#pragma once

#include "DetachedSignature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace fieldcase::store {

// How a record the bureau sent at pull becomes this device's rows. The fields of a record are those of the
// outbox mutations that made it (see each store class) or of the bureau's own admin commands (tasks,
// discretion standards); each type that can be rebuilt from them lands in its domain table as the device
// that made it stored it. What cannot be rebuilt stays in the sync shadow only: sign-offs (the bureau has
// neither the signed bytes nor the signature of a step's sign-off), document drafts (the bureau keeps one
// entity per case without the document kind) and the discretion results the bureau merges into the case.
// Runs inside the caller's transaction (SyncState keeps the bookkeeping: shadow, waiting records, cursor).
class PulledRecords {
    Q_DECLARE_TR_FUNCTIONS(PulledRecords)

public:
    // What became of one record.
    struct Outcome {
        bool waiting = false; // it names a record this device has not received yet; tried with later pages
        QString error;        // it cannot be applied: the page is refused whole
        QString refusal;      // translated: not taken for a reason a person has to know (a discretion
                              // standard that fails its checks); the rest of the page goes on
    };

    // `packKeys`: the keys a discretion standard must be signed by to be installed.
    PulledRecords(QSqlDatabase& db, const QList<security::TrustedKey>& packKeys);

    // Inserts the record when missing, otherwise updates the columns whose value differs. A record that is
    // signed or part of a court's history (case record, evidence, signature, issued document, standard) is
    // inserted once and never updated. `version` 0 leaves a row's version as it is.
    Outcome apply(const QString& type, const QString& id, qint64 version, const QJsonObject& fields);

    // A person's choice for a conflict on the local row, if the device keeps the record in a table and it
    // may change; anything else writes nothing.
    Outcome applyChoice(const QString& type, const QString& id, const QString& field,
                        const QJsonValue& value);

    // Whether records of `type` are written to a domain table (else they live in the sync shadow only).
    static bool keepsInTable(const QString& type);

private:
    Outcome applyEvidence(const QString& id, const QJsonObject& fields);
    Outcome applyPack(const QJsonObject& fields);
    Outcome applyDocumentDraft(const QString& id, const QJsonObject& fields);
    Outcome applySignOff(const QString& id, const QJsonObject& fields);
    Outcome applyDevice(const QString& id, const QJsonObject& fields);

    QSqlDatabase& m_db;
    QList<security::TrustedKey> m_packKeys;
    QSet<QString> m_knownRows; // rows found that records refer to, as "table id" (see referenceExists)
};

// Small helpers the sync tables share.
namespace pulled {
// A single JSON value (string, number, null…) as text, for the TEXT columns of conflicts and results.
QString jsonText(const QJsonValue& value);
QJsonValue jsonValue(const QString& text);
QString compactJson(const QJsonObject& object);
QString compactJson(const QJsonArray& array);
QString nowText();
// Whether `sql`, with `value` bound to its one placeholder, has a row; the statement is kept for the
// transaction (PreparedStatements).
bool anyRow(QSqlDatabase& db, const QString& sql, const QString& value);
bool rowExists(QSqlDatabase& db, const QString& table, const QString& id);
} // namespace pulled

} // namespace fieldcase::store
