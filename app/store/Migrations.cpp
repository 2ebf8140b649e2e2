#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace {

// Each migration is a list of statements (QSqlQuery runs one at a time; trigger bodies contain
// semicolons, so the statements are kept apart rather than split).
using Statements = QStringList;

// 1: the domain tables, the append-only audit log and the outbox.
Statements version1() {
    return {
        uR"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE units (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
              version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE users (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              login TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL, roles TEXT NOT NULL,
              certificate_number TEXT NOT NULL DEFAULT '', unit_id TEXT REFERENCES units(id),
              password_verifier TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE subjects (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
              credit_code TEXT NOT NULL UNIQUE, address TEXT NOT NULL DEFAULT '',
              latitude REAL, longitude REAL, industry TEXT NOT NULL DEFAULT '',
              class TEXT NOT NULL CHECK (class IN ('key', 'general', 'special')),
              permit_number TEXT NOT NULL DEFAULT '', grid TEXT NOT NULL DEFAULT '',
              contacts TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE INDEX subjects_by_name ON subjects(name))"_s,
        uR"(CREATE INDEX subjects_by_industry ON subjects(industry, name))"_s,
        uR"(CREATE INDEX subjects_by_class ON subjects(class, name))"_s,
        uR"(CREATE TABLE tasks (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
              subject_id TEXT NOT NULL REFERENCES subjects(id), due_date TEXT, state TEXT NOT NULL,
              note TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE task_officers (
              task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
              user_id TEXT NOT NULL REFERENCES users(id), PRIMARY KEY (task_id, user_id)) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX task_officers_by_user ON task_officers(user_id))"_s,
        uR"(CREATE TABLE inspections (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, task_id TEXT REFERENCES tasks(id),
              subject_id TEXT NOT NULL REFERENCES subjects(id), started_at TEXT, ended_at TEXT,
              findings TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT 'pending',
              version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE inspection_officers (
              inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
              user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
              certificate_number TEXT NOT NULL, PRIMARY KEY (inspection_id, user_id)) WITHOUT ROWID)"_s,
        // subject_name is a copy of the subject's name so the case list sorts by it on an index;
        // the trigger below keeps it current.
        uR"(CREATE TABLE cases (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, provisional_label TEXT NOT NULL,
              official_number TEXT NOT NULL DEFAULT '',
              number TEXT GENERATED ALWAYS AS (
                  CASE WHEN official_number <> '' THEN official_number ELSE provisional_label END) VIRTUAL,
              subject_id TEXT NOT NULL REFERENCES subjects(id), subject_name TEXT NOT NULL,
              cause TEXT NOT NULL, state TEXT NOT NULL, lead_officer_id TEXT REFERENCES users(id),
              unit_id TEXT REFERENCES units(id), opened_at TEXT NOT NULL,
              version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE INDEX cases_by_state ON cases(state, opened_at))"_s,
        uR"(CREATE INDEX cases_by_opened ON cases(opened_at))"_s,
        uR"(CREATE INDEX cases_by_officer ON cases(lead_officer_id, opened_at))"_s,
        uR"(CREATE INDEX cases_by_subject ON cases(subject_id))"_s,
        uR"(CREATE INDEX cases_by_subject_name ON cases(subject_name))"_s,
        uR"(CREATE INDEX cases_by_number ON cases(number))"_s,
        uR"(CREATE INDEX cases_by_cause ON cases(cause))"_s,
        uR"(CREATE TRIGGER subjects_rename_in_cases AFTER UPDATE OF name ON subjects
              WHEN new.name <> old.name
              BEGIN UPDATE cases SET subject_name = new.name WHERE subject_id = new.id; END)"_s,
        uR"(CREATE TABLE violations (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
              description TEXT NOT NULL, legal_basis TEXT NOT NULL DEFAULT '',
              act_start TEXT, act_end TEXT))"_s,
        uR"(CREATE INDEX violations_by_case ON violations(case_id))"_s,
        uR"(CREATE TABLE evidence (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT REFERENCES cases(id),
              inspection_id TEXT REFERENCES inspections(id), kind TEXT NOT NULL,
              sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL DEFAULT '',
              captured_at_device TEXT, captured_at_gps TEXT, latitude REAL, longitude REAL,
              accuracy_m REAL, description TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX evidence_by_case ON evidence(case_id))"_s,
        // The audit chain: (device_id, device_seq) is gapless per device, prev_hash links each
        // event to the one before it.
        uR"(CREATE TABLE audit_events (
              row INTEGER PRIMARY KEY, device_id TEXT NOT NULL, device_seq INTEGER NOT NULL,
              id TEXT NOT NULL UNIQUE, hlc TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL,
              entity_type TEXT NOT NULL, entity_id TEXT, details TEXT NOT NULL,
              prev_hash BLOB NOT NULL, hash BLOB NOT NULL, UNIQUE (device_id, device_seq)))"_s,
        uR"(CREATE INDEX audit_events_by_entity ON audit_events(entity_id, row))"_s,
        uR"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
        uR"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
              BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
        uR"(CREATE TABLE outbox (
              device_seq INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL UNIQUE,
              device_id TEXT NOT NULL, hlc TEXT NOT NULL, user_id TEXT, kind TEXT NOT NULL,
              entity_id TEXT NOT NULL, base_version INTEGER NOT NULL, changes TEXT NOT NULL,
              state TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sent', 'applied', 'rejected'))))"_s,
    };
}

// 2: full-text search. Trigram indexes find any substring of three or more characters, which is
// what Chinese names need (no word segmentation). Each body ends in a newline so that every
// two-character substring is the start of some trigram: Search finds two-character queries through
// the vocabulary table without a table scan.
Statements version2() {
    const QString subjectBody =
        u"%1.name || char(10) || %1.credit_code || char(10) || %1.address || char(10) || %1.industry "
        u"|| char(10) || %1.permit_number || char(10) || %1.grid || char(10)"_s;
    const QString caseBody = u"%1.provisional_label || char(10) || %1.official_number || char(10) || "
                             u"%1.subject_name || char(10) || %1.cause || char(10) || "
                             u"coalesce((SELECT credit_code FROM subjects WHERE id = %1.subject_id), '') || "
                             u"char(10)"_s;
    return {
        uR"(CREATE VIRTUAL TABLE subject_fts USING fts5(body, tokenize = 'trigram'))"_s,
        uR"(CREATE VIRTUAL TABLE subject_fts_terms USING fts5vocab(subject_fts, row))"_s,
        uR"(CREATE VIRTUAL TABLE case_fts USING fts5(body, tokenize = 'trigram'))"_s,
        uR"(CREATE VIRTUAL TABLE case_fts_terms USING fts5vocab(case_fts, row))"_s,
        uR"(CREATE TRIGGER subjects_fts_insert AFTER INSERT ON subjects BEGIN
              INSERT INTO subject_fts(rowid, body) VALUES (new.row, %1); END)"_s.arg(
            subjectBody.arg(u"new"_s)),
        uR"(CREATE TRIGGER subjects_fts_update AFTER UPDATE ON subjects BEGIN
              DELETE FROM subject_fts WHERE rowid = old.row;
              INSERT INTO subject_fts(rowid, body) VALUES (new.row, %1); END)"_s.arg(
            subjectBody.arg(u"new"_s)),
        uR"(CREATE TRIGGER subjects_fts_delete AFTER DELETE ON subjects BEGIN
              DELETE FROM subject_fts WHERE rowid = old.row; END)"_s,
        uR"(CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
              INSERT INTO case_fts(rowid, body) VALUES (new.row, %1); END)"_s.arg(caseBody.arg(u"new"_s)),
        uR"(CREATE TRIGGER cases_fts_update AFTER UPDATE OF provisional_label, official_number,
              subject_name, cause, subject_id ON cases BEGIN
              DELETE FROM case_fts WHERE rowid = old.row;
              INSERT INTO case_fts(rowid, body) VALUES (new.row, %1); END)"_s.arg(caseBody.arg(u"new"_s)),
        uR"(CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
              DELETE FROM case_fts WHERE rowid = old.row; END)"_s,
        uR"(INSERT INTO subject_fts(rowid, body) SELECT row, %1 FROM subjects s)"_s.arg(
            subjectBody.arg(u"s"_s)),
        uR"(INSERT INTO case_fts(rowid, body) SELECT row, %1 FROM cases c)"_s.arg(caseBody.arg(u"c"_s)),
    };
}

// 3: offline login throttling. The count of failures in a row lives with the account, so restarting
// the program does not reset the delay.
Statements version3() {
    return {
        uR"(ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0)"_s,
        uR"(ALTER TABLE users ADD COLUMN last_failed_login_ms INTEGER NOT NULL DEFAULT 0)"_s,
    };
}

// 4: discretion standards. Every installed pack is kept by the hash of its bytes, so a result saved with
// a case can always be reproduced from the very standard it was computed with.
Statements version4() {
    return {
        uR"(CREATE TABLE discretion_packs (
              sha256 TEXT PRIMARY KEY, pack_id TEXT NOT NULL, version TEXT NOT NULL,
              key_id TEXT NOT NULL, content BLOB NOT NULL, signature BLOB NOT NULL,
              installed_at TEXT NOT NULL, UNIQUE (pack_id, version)))"_s,
        uR"(CREATE TABLE case_discretion (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
              violation_code TEXT NOT NULL, pack_sha256 TEXT NOT NULL REFERENCES discretion_packs(sha256),
              answers TEXT NOT NULL, act_start TEXT, act_end TEXT, decision_date TEXT NOT NULL,
              result TEXT NOT NULL, recommended_amount REAL NOT NULL,
              departure_amount REAL, departure_reason TEXT NOT NULL DEFAULT '',
              saved_by TEXT REFERENCES users(id), saved_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX case_discretion_by_case ON case_discretion(case_id, row))"_s,
    };
}

// 5: evidence and check-ins. The evidence table of version 1 gains everything a court asks of an item
// (who, which device, how it came in, where and how well the position was known, the device's
// signature); rows are copied over. An evidence row is frozen once written: the signature covers it,
// and the triggers refuse an UPDATE or DELETE the way the audit log does.
Statements version5() {
    return {
        uR"(CREATE TABLE evidence_v5 (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT REFERENCES cases(id),
              inspection_id TEXT REFERENCES inspections(id), kind TEXT NOT NULL,
              sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL DEFAULT '',
              captured_at_device TEXT, received_at TEXT, captured_at_gps TEXT,
              latitude REAL, longitude REAL, accuracy_m REAL, position_source TEXT NOT NULL DEFAULT '',
              position_received_at TEXT, position_taken_at TEXT, satellites INTEGER NOT NULL DEFAULT -1,
              captured_by TEXT REFERENCES users(id), officers_present TEXT NOT NULL DEFAULT '[]',
              device_id TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
              intake TEXT NOT NULL DEFAULT 'file', source_detail TEXT NOT NULL DEFAULT '',
              original_name TEXT NOT NULL DEFAULT '', original_created TEXT, original_modified TEXT,
              signature BLOB NOT NULL DEFAULT x''))"_s,
        uR"(INSERT INTO evidence_v5 (row, id, case_id, inspection_id, kind, sha256, size, media_type,
              captured_at_device, captured_at_gps, latitude, longitude, accuracy_m, description)
            SELECT row, id, case_id, inspection_id, kind, sha256, size, media_type, captured_at_device,
              captured_at_gps, latitude, longitude, accuracy_m, description FROM evidence)"_s,
        uR"(DROP TABLE evidence)"_s,
        uR"(ALTER TABLE evidence_v5 RENAME TO evidence)"_s,
        uR"(CREATE INDEX evidence_by_case ON evidence(case_id, row))"_s,
        uR"(CREATE INDEX evidence_by_inspection ON evidence(inspection_id, row))"_s,
        uR"(CREATE INDEX evidence_by_sha256 ON evidence(sha256))"_s,
        uR"(CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
              BEGIN SELECT RAISE(ABORT, 'evidence records are never changed'); END)"_s,
        uR"(CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
              BEGIN SELECT RAISE(ABORT, 'evidence records are never deleted'); END)"_s,
        // Check-in at the start of an inspection: where the device was, how well it knew it, and how
        // far that is from the subject's registered location.
        uR"(CREATE TABLE check_ins (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              inspection_id TEXT NOT NULL REFERENCES inspections(id), user_id TEXT REFERENCES users(id),
              checked_in_at TEXT NOT NULL, gps_time TEXT, latitude REAL, longitude REAL, accuracy_m REAL,
              position_source TEXT NOT NULL DEFAULT '', position_received_at TEXT,
              satellites INTEGER NOT NULL DEFAULT -1, distance_m REAL, radius_m REAL NOT NULL))"_s,
        uR"(CREATE INDEX check_ins_by_inspection ON check_ins(inspection_id, row))"_s,
    };
}

// 6: the case procedure. Procedure steps, dated facts (notice served, waiver, hearing, pauses…),
// reviews, discussions and interference records are one append-only table of case records; sign-offs
// and signatures are frozen tables of their own. Once a case's decision is signed, the facts it was
// decided on (cause, party, violations, discretion results) can no longer change: a correction is an
// amendment record with its own sign-off. The triggers enforce this in the store, whoever writes.
Statements version6() {
    Statements statements{
        uR"(ALTER TABLE inspections ADD COLUMN case_id TEXT REFERENCES cases(id))"_s,
        uR"(ALTER TABLE inspections ADD COLUMN recusal_declared INTEGER NOT NULL DEFAULT 0)"_s,
        uR"(ALTER TABLE cases ADD COLUMN lead_received_on TEXT)"_s,
        uR"(ALTER TABLE cases ADD COLUMN party_is_individual INTEGER NOT NULL DEFAULT 0)"_s,
        uR"(CREATE TABLE case_records (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL, on_date TEXT,
              body TEXT NOT NULL DEFAULT '{}', recorded_by TEXT REFERENCES users(id),
              recorded_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX case_records_by_case ON case_records(case_id, kind, row))"_s,
        uR"(CREATE TRIGGER case_records_no_update BEFORE UPDATE ON case_records
              BEGIN SELECT RAISE(ABORT, 'case records are never changed'); END)"_s,
        uR"(CREATE TRIGGER case_records_no_delete BEFORE DELETE ON case_records
              BEGIN SELECT RAISE(ABORT, 'case records are never deleted'); END)"_s,
        uR"(CREATE TABLE interviews (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
              case_id TEXT NOT NULL REFERENCES cases(id), started_at TEXT NOT NULL, ended_at TEXT,
              place TEXT NOT NULL DEFAULT '', interviewee TEXT NOT NULL DEFAULT '{}',
              officers TEXT NOT NULL DEFAULT '[]', recorder TEXT NOT NULL DEFAULT '',
              exchanges TEXT NOT NULL DEFAULT '[]', confirmation TEXT NOT NULL DEFAULT '',
              confirmed_at TEXT, version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE INDEX interviews_by_case ON interviews(case_id, row))"_s,
        uR"(CREATE TRIGGER interviews_frozen_once_confirmed BEFORE UPDATE ON interviews
              WHEN old.confirmed_at IS NOT NULL
              BEGIN SELECT RAISE(ABORT, 'a confirmed interview record is never changed'); END)"_s,
        uR"(CREATE TRIGGER interviews_no_delete_once_confirmed BEFORE DELETE ON interviews
              WHEN old.confirmed_at IS NOT NULL
              BEGIN SELECT RAISE(ABORT, 'a confirmed interview record is never deleted'); END)"_s,
        // A signature of the party, a witness or an officer on a record or document: the image, its
        // hash and time, or a refusal with its witness.
        uR"(CREATE TABLE signatures (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT REFERENCES cases(id),
              entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, place TEXT NOT NULL,
              signer_name TEXT NOT NULL, signer_user_id TEXT REFERENCES users(id),
              image BLOB, sha256 TEXT NOT NULL DEFAULT '', strokes TEXT NOT NULL DEFAULT '',
              refused INTEGER NOT NULL DEFAULT 0, witness_name TEXT NOT NULL DEFAULT '',
              refusal_note TEXT NOT NULL DEFAULT '', signed_at TEXT NOT NULL, device_id TEXT NOT NULL))"_s,
        uR"(CREATE INDEX signatures_by_entity ON signatures(entity_id, place, row))"_s,
        uR"(CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
              BEGIN SELECT RAISE(ABORT, 'signatures are never changed'); END)"_s,
        uR"(CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
              BEGIN SELECT RAISE(ABORT, 'signatures are never deleted'); END)"_s,
        // A leader's (or reviewer's) sign-off: over the hash of the case's canonical state and every
        // evidence hash, signed by the device key.
        uR"(CREATE TABLE sign_offs (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT NOT NULL REFERENCES cases(id),
              action TEXT NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'returned')),
              comment TEXT NOT NULL DEFAULT '', signed_by TEXT NOT NULL REFERENCES users(id),
              signer_name TEXT NOT NULL, signed_at TEXT NOT NULL, state_sha256 TEXT NOT NULL,
              evidence TEXT NOT NULL, amendment_id TEXT, device_id TEXT NOT NULL,
              signature BLOB NOT NULL))"_s,
        uR"(CREATE INDEX sign_offs_by_case ON sign_offs(case_id, row))"_s,
        uR"(CREATE TRIGGER sign_offs_no_update BEFORE UPDATE ON sign_offs
              BEGIN SELECT RAISE(ABORT, 'sign-offs are never changed'); END)"_s,
        uR"(CREATE TRIGGER sign_offs_no_delete BEFORE DELETE ON sign_offs
              BEGIN SELECT RAISE(ABORT, 'sign-offs are never deleted'); END)"_s,
        // Numbers for documents issued on site while offline, from a block the bureau reserved for this
        // device (a setting until sync supplies blocks): one counter per category and year.
        uR"(CREATE TABLE document_numbers (
              category TEXT NOT NULL, year INTEGER NOT NULL, next INTEGER NOT NULL, last INTEGER NOT NULL,
              PRIMARY KEY (category, year)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE issued_documents (
              row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT REFERENCES cases(id),
              kind TEXT NOT NULL, number TEXT NOT NULL DEFAULT '', pdf_sha256 TEXT NOT NULL,
              issued_by TEXT REFERENCES users(id), issued_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX issued_documents_by_case ON issued_documents(case_id, row))"_s,
        uR"(CREATE TRIGGER issued_documents_no_update BEFORE UPDATE ON issued_documents
              BEGIN SELECT RAISE(ABORT, 'issued documents are never changed'); END)"_s,
        uR"(CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents
              BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted'); END)"_s,
    };
    // What a signed decision froze: the case's cause and party, its violations and discretion results.
    const QString decided = uR"(EXISTS (SELECT 1 FROM sign_offs WHERE case_id = %1 AND action = 'decide'
                                  AND outcome = 'approved'))"_s;
    const QString refusal =
        u"BEGIN SELECT RAISE(ABORT, 'the case was decided and signed: record an amendment'); END"_s;
    statements.append(uR"(CREATE TRIGGER cases_frozen_after_decision BEFORE UPDATE OF cause, subject_id,
                          party_is_individual ON cases WHEN %1 %2)"_s.arg(decided.arg(u"old.id"_s), refusal));
    for (const QString& table : {u"violations"_s, u"case_discretion"_s}) {
        for (const auto& [operation, row] :
             {std::pair{u"INSERT"_s, u"new"_s}, {u"UPDATE"_s, u"old"_s}, {u"DELETE"_s, u"old"_s}})
            statements.append(u"CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1 WHEN %4 %5"_s.arg(
                table, operation.toLower(), operation, decided.arg(row + u".case_id"_s), refusal));
    }
    return statements;
}

// 7: what a document needs beyond the case's rows (the penalty as worded, the correction required, the
// payment account…), typed in by an officer per case and kind until the document is issued.
Statements version7() {
    return {
        uR"(CREATE TABLE document_drafts (
              case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL, fields TEXT NOT NULL,
              updated_by TEXT REFERENCES users(id), updated_at TEXT NOT NULL,
              PRIMARY KEY (case_id, kind)) WITHOUT ROWID)"_s,
    };
}

// 8: sync with the bureau. What the server last confirmed of each record (the shadow), what it answered
// per pushed mutation, the conflicts a person has to resolve, and how far each evidence file's upload got.
// Tokens are not here: they live in the system's secret store.
Statements version8() {
    return {
        uR"(CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)"_s,
        // A pulled record is not written over local work the server has not confirmed yet.
        uR"(CREATE INDEX outbox_unconfirmed ON outbox(entity_id) WHERE state IN ('pending', 'sent'))"_s,
        // The next batch to push: without it a sync with nothing to do reads the whole outbox.
        uR"(CREATE INDEX outbox_to_push ON outbox(device_seq) WHERE state IN ('pending', 'sent'))"_s,
        // pending_apply: the server's state could not be written to the domain tables yet because a record
        // it refers to has not arrived (a pull sends each record once, at its latest change); retried with
        // every page.
        uR"(CREATE TABLE sync_shadow (
              entity_id TEXT PRIMARY KEY, entity_type TEXT NOT NULL, version INTEGER NOT NULL,
              fields TEXT NOT NULL, pending_apply INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX sync_shadow_pending ON sync_shadow(pending_apply) WHERE pending_apply <> 0)"_s,
        uR"(CREATE TABLE sync_results (
              device_seq INTEGER PRIMARY KEY REFERENCES outbox(device_seq), status TEXT NOT NULL,
              code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',
              conflicts TEXT NOT NULL DEFAULT '[]'))"_s,
        uR"(CREATE TABLE sync_conflicts (
              id TEXT PRIMARY KEY, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
              base TEXT NOT NULL, theirs TEXT NOT NULL, ours TEXT NOT NULL, created_at TEXT NOT NULL,
              resolved_at TEXT, resolution TEXT) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX sync_conflicts_open ON sync_conflicts(created_at) WHERE resolved_at IS NULL)"_s,
        uR"(CREATE TABLE evidence_uploads (
              evidence_id TEXT PRIMARY KEY REFERENCES evidence(id), upload_url TEXT NOT NULL DEFAULT '',
              offset INTEGER NOT NULL DEFAULT 0,
              state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'uploading', 'done', 'failed')),
              last_error TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"_s,
    };
}

// 9: a document draft's sync id (DocumentDrafts::entityId(), derived from its case and kind), so that a
// choice made in a conflict about one of its fields finds it. Drafts saved before have none until saved
// again.
Statements version9() {
    return {
        uR"(ALTER TABLE document_drafts ADD COLUMN id TEXT)"_s,
        uR"(CREATE UNIQUE INDEX document_drafts_id ON document_drafts(id))"_s,
    };
}

const QList<Statements>& allMigrations() {
    static const QList<Statements> migrations = {version1(), version2(), version3(), version4(), version5(),
                                                 version6(), version7(), version8(), version9()};
    return migrations;
}

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(allMigrations().size());
}

int Migrations::currentVersion(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString Migrations::migrate(QSqlDatabase db, int target) {
    const int current = currentVersion(db);
    if (current < 0)
        return db.lastError().text();
    for (int version = current + 1; version <= std::min(target, latestVersion()); ++version) {
        if (!db.transaction())
            return db.lastError().text();
        QSqlQuery query(db);
        for (const QString& statement : allMigrations().at(version - 1)) {
            if (!query.exec(statement)) {
                const QString error =
                    QStringLiteral("migration %1: %2").arg(version).arg(query.lastError().text());
                query.finish();
                db.rollback();
                return error;
            }
        }
        // user_version is written in the same transaction, so a migration is applied whole or not at all.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            const QString error = query.lastError().text();
            db.rollback();
            return error;
        }
        query.finish();
        if (!db.commit())
            return db.lastError().text();
    }
    return {};
}

} // namespace fieldcase::store
