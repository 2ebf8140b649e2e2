#include "Database.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase::store;

namespace {

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

// A subject and one case for it, as every schema version since 1 stores them.
bool insertSubjectWithCase(QSqlDatabase db) {
    return exec(db, QStringLiteral("INSERT INTO subjects(id, name, credit_code, class) VALUES "
                                   "('s1', '东方化工有限公司', '91350100M000100Y43', 'key')")) &&
           exec(db, QStringLiteral(
                        "INSERT INTO cases(id, provisional_label, subject_id, subject_name, cause, state, "
                        "opened_at) VALUES ('c1', '临-1', 's1', '东方化工有限公司', '超标排放案', 'lead', "
                        "'2026-01-01')"));
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void newDatabaseIsAtTheLatestVersionInWalMode() {
        QTemporaryDir dir;
        Database db;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        QVERIFY(db.open(path).ok());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void step1CreatesTheSchemaFromEmpty() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openAtVersion(dir.filePath(QStringLiteral("case.db")), 1).ok());
        QCOMPARE(Migrations::currentVersion(db.connection()), 1);
        for (const char* table : {"subjects", "cases", "users", "tasks", "audit_events", "outbox", "meta"}) {
            QCOMPARE(
                scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                            .arg(QLatin1String(table)))
                    .toInt(),
                1);
        }
    }

    void step2IndexesExistingSubjectsAndCases() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 1).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 2).ok());
        QCOMPARE(Migrations::currentVersion(db.connection()), 2);
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM subject_fts WHERE subject_fts MATCH '东方化工'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '超标排放'"))
                     .toInt(),
                 1);
        // The credit code of the case's subject is indexed with the case.
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH 'M000100'"))
                     .toInt(),
                 1);
    }

    void step3AddsLoginThrottlingToExistingAccounts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 2).ok());
            QVERIFY(exec(db.connection(),
                         QStringLiteral("INSERT INTO users(id, login, name, roles, password_verifier) "
                                        "VALUES ('u1', 'zhang', '张伟', 'inspector', 'x')")));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 3).ok());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT failed_logins FROM users WHERE id = 'u1'"))
                     .toInt(),
                 0);
        QCOMPARE(
            scalar(db.connection(), QStringLiteral("SELECT last_failed_login_ms FROM users WHERE id = 'u1'"))
                .toInt(),
            0);
    }

    void step4AddsDiscretionTablesForExistingCases() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 3).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 4).ok());
        QVERIFY(exec(db.connection(),
                     QStringLiteral("INSERT INTO discretion_packs VALUES ('h', 'p', '1', 'k', x'00', "
                                    "x'00', '2026-01-01')")));
        QVERIFY(exec(db.connection(),
                     QStringLiteral("INSERT INTO case_discretion(id, case_id, violation_code, "
                                    "pack_sha256, answers, decision_date, result, recommended_amount, "
                                    "saved_at) VALUES ('d1', 'c1', 'V', 'h', '{}', '2026-01-02', '{}', "
                                    "100000, '2026-01-02')")));
        // A result must name an installed pack.
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO case_discretion(id, case_id, violation_code, pack_sha256, "
                           "answers, decision_date, result, recommended_amount, saved_at) VALUES "
                           "('d2', 'c1', 'V', 'missing', '{}', '2026-01-02', '{}', 1, '2026-01-02')")));
    }

    void step5KeepsEvidenceRowsAndFreezesThem() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 4).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
            QVERIFY(exec(db.connection(),
                         QStringLiteral("INSERT INTO evidence(id, case_id, kind, sha256, size, description) "
                                        "VALUES ('e1', 'c1', 'audio_visual', 'ab', 3, '排污口照片')")));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 5).ok());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT description || '|' || intake || '|' || "
                                                        "officers_present FROM evidence WHERE id = 'e1'"))
                     .toString(),
                 QStringLiteral("排污口照片|file|[]"));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE evidence SET description = 'x' WHERE id = 'e1'")));
        QVERIFY(query.lastError().text().contains(QLatin1String("never changed")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM evidence WHERE id = 'e1'")));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM check_ins")).toInt(), 0);
    }

    void step6KeepsCasesAndFreezesADecidedCase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 5).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
            QVERIFY(exec(db.connection(), QStringLiteral("INSERT INTO violations(id, case_id, description) "
                                                         "VALUES ('v1', 'c1', '超标排放')")));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 6).ok());
        QSqlDatabase connection = db.connection();
        QCOMPARE(scalar(connection, QStringLiteral("SELECT cause || '|' || party_is_individual FROM cases"))
                     .toString(),
                 QStringLiteral("超标排放案|0"));
        // Before a decision is signed the case's facts can change.
        QVERIFY(exec(connection,
                     QStringLiteral("UPDATE violations SET description = '超标排放废水' WHERE id = 'v1'")));
        QVERIFY(
            exec(connection, QStringLiteral("INSERT INTO users(id, login, name, roles, password_verifier) "
                                            "VALUES ('u1', 'lina', '李娜', 'team_leader', 'x')")));
        // A returned decision freezes nothing; an approved one freezes cause, party and violations.
        const QString signOff = QStringLiteral(
            "INSERT INTO sign_offs(id, case_id, action, outcome, signed_by, signer_name, signed_at, "
            "state_sha256, evidence, device_id, signature) VALUES ('%1', 'c1', 'decide', '%2', 'u1', '李娜', "
            "'2026-02-01T00:00:00Z', 'h', '[]', 'd', x'00')");
        QVERIFY(exec(connection, signOff.arg(QStringLiteral("s1"), QStringLiteral("returned"))));
        QVERIFY(
            exec(connection, QStringLiteral("UPDATE cases SET cause = '超标排放废水案' WHERE id = 'c1'")));
        QVERIFY(exec(connection, signOff.arg(QStringLiteral("s2"), QStringLiteral("approved"))));
        QSqlQuery query(connection);
        for (const char* change :
             {"UPDATE cases SET cause = 'x' WHERE id = 'c1'",
              "UPDATE violations SET description = 'x' WHERE id = 'v1'",
              "DELETE FROM violations WHERE id = 'v1'",
              "INSERT INTO violations(id, case_id, description) VALUES ('v2', 'c1', 'x')",
              "UPDATE sign_offs SET comment = 'x'", "DELETE FROM sign_offs"}) {
            QVERIFY2(!query.exec(QLatin1String(change)), change);
        }
        // The procedure goes on: the state still moves.
        QVERIFY(exec(connection, QStringLiteral("UPDATE cases SET state = 'service' WHERE id = 'c1'")));
        QVERIFY(exec(connection, QStringLiteral("INSERT INTO case_records(id, case_id, kind, recorded_at) "
                                                "VALUES ('r1', 'c1', 'interference', '2026-02-02')")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM case_records WHERE id = 'r1'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE case_records SET body = '{}' WHERE id = 'r1'")));
    }

    void step7AddsDocumentDraftsToAProfileWithCases() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 6).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 7).ok());
        QVERIFY(exec(db.connection(),
                     QStringLiteral("INSERT INTO document_drafts(case_id, kind, fields, updated_at) "
                                    "VALUES ('c1', 'penalty_decision', '{}', '2026-11-30')")));
        // One draft per case and kind; a draft names an existing case.
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO document_drafts(case_id, kind, fields, updated_at) "
                                           "VALUES ('c1', 'penalty_decision', '{}', '2026-11-30')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO document_drafts(case_id, kind, fields, updated_at) "
                                           "VALUES ('nope', 'penalty_decision', '{}', '2026-11-30')")));
    }

    void step8AddsSyncTablesToAProfileWithCases() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 7).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
            QVERIFY(
                exec(db.connection(), QStringLiteral("INSERT INTO evidence(id, case_id, kind, sha256, size) "
                                                     "VALUES ('e1', 'c1', 'audio_visual', 'ab', 3)")));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 8).ok());
        QSqlDatabase connection = db.connection();
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM cases")).toInt(), 1);
        QVERIFY(exec(connection, QStringLiteral("INSERT INTO sync_state VALUES ('pull_cursor', '0')")));
        QVERIFY(exec(connection, QStringLiteral("INSERT INTO sync_shadow(entity_id, entity_type, version, "
                                                "fields) VALUES ('c1', 'case', 3, '{}')")));
        QVERIFY(
            exec(connection, QStringLiteral("INSERT INTO sync_conflicts(id, entity_type, entity_id, field, "
                                            "base, theirs, ours, created_at) VALUES ('k1', 'case', "
                                            "'c1', 'cause', '\"a\"', '\"b\"', '\"c\"', '2026-11-30')")));
        QVERIFY(exec(connection, QStringLiteral("INSERT INTO evidence_uploads(evidence_id) VALUES ('e1')")));
        QCOMPARE(scalar(connection, QStringLiteral("SELECT state || '|' || offset FROM evidence_uploads"))
                     .toString(),
                 QStringLiteral("pending|0"));
        // An upload belongs to an existing evidence item, a result to an outbox entry.
        QSqlQuery query(connection);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO evidence_uploads(evidence_id) VALUES ('nope')")));
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO sync_results(device_seq, status) VALUES (99, 'applied')")));
    }

    void step9GivesDocumentDraftsASyncIdAndKeepsThem() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 8).ok());
            QVERIFY(insertSubjectWithCase(db.connection()));
            QVERIFY(exec(db.connection(),
                         QStringLiteral("INSERT INTO document_drafts(case_id, kind, fields, updated_at) "
                                        "VALUES ('c1', 'penalty_decision', '{\"a\":1}', '2026-11-30')")));
        }
        Database db;
        QVERIFY(db.openAtVersion(path, 9).ok());
        QSqlDatabase connection = db.connection();
        // A draft saved before has no id until it is saved again; two drafts cannot share one.
        QCOMPARE(
            scalar(connection, QStringLiteral("SELECT fields || '|' || (id IS NULL) FROM document_drafts"))
                .toString(),
            QStringLiteral("{\"a\":1}|1"));
        QVERIFY(exec(connection, QStringLiteral("UPDATE document_drafts SET id = 'd1'")));
        QSqlQuery query(connection);
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO document_drafts(id, case_id, kind, fields, updated_at) "
                                       "VALUES ('d1', 'c1', 'correction_order', '{}', '2026-11-30')")));
    }

    void everyStepIsCovered() {
        // A new migration needs its own step test above; this fails as a reminder when one is added.
        QCOMPARE(Migrations::latestVersion(), 9);
    }

    void aFailedMigrationLeavesThePreviousVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.openAtVersion(path, 2).ok());
            // Block migration 3: the column it adds already exists.
            QVERIFY(exec(db.connection(),
                         QStringLiteral("ALTER TABLE users ADD COLUMN last_failed_login_ms INTEGER")));
        }
        Database db;
        const Database::OpenResult result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::MigrationFailed);
        QVERIFY(result.message.contains(QLatin1String("schema 2")));
        Database again;
        QVERIFY(again.openAtVersion(path, 0).ok());
        QCOMPARE(scalar(again.connection(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(scalar(again.connection(), QStringLiteral("SELECT count(*) FROM pragma_table_info('users') "
                                                           "WHERE name = 'failed_logins'"))
                     .toInt(),
                 0);
    }

    void aNewerDatabaseIsRefusedAndLeftUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(exec(db.connection(),
                         QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            QVERIFY(exec(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const Database::OpenResult result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::NewerVersion);
        QCOMPARE(result.foundVersion, Migrations::latestVersion() + 1);
        QVERIFY(result.message.contains(QLatin1String("newer")));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void brokenFilesAreRefusedAndLeftUntouched_data() {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("not a database") << QStringLiteral("not-a-database.db");
        QTest::newRow("damaged b-tree") << QStringLiteral("damaged.db");
    }
    void brokenFilesAreRefusedAndLeftUntouched() {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        QVERIFY(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/") + fixture, path));
        const QByteArray before = fileHash(path);
        Database db;
        const Database::OpenResult result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::Corrupt);
        QVERIFY(result.message.contains(QLatin1String("not been changed")));
        QCOMPARE(fileHash(path), before);
    }

    void aLockedDatabaseIsReportedAsInUse() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(exec(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        // Another program holds an exclusive lock for longer than the busy timeout.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(exec(other, QStringLiteral("BEGIN EXCLUSIVE")));
        Database db;
        const Database::OpenResult result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::Locked);
        exec(other, QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(db.open(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
