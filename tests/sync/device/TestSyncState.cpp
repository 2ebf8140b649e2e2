#include "AuditLog.h"
#include "CaseProcedure.h"
#include "Cases.h"
#include "Subjects.h"
#include "SyncState.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::store;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

QString outboxStates(QSqlDatabase db) {
    QSqlQuery query(db);
    QStringList states;
    query.exec(u"SELECT state FROM outbox ORDER BY device_seq"_s);
    while (query.next())
        states << query.value(0).toString();
    return states.join(u',');
}

Subject localSubject(const QString& name, const QString& creditCode) {
    Subject subject;
    subject.id = Uuid7::create();
    subject.name = name;
    subject.creditCode = creditCode;
    return subject;
}

sync::EntityChange change(qint64 seq, const QString& type, const QUuid& id, qint64 version,
                          const QJsonObject& fields) {
    return {seq, type, id, version, fields};
}

QJsonObject subjectFields(const QString& name, const QString& creditCode) {
    return {{u"name"_s, name},
            {u"credit_code"_s, creditCode},
            {u"address"_s, u"福州市鼓楼区"_s},
            {u"latitude"_s, 26.08},
            {u"longitude"_s, 119.3},
            {u"industry"_s, u"化工"_s},
            {u"class"_s, u"key"_s},
            {u"permit_number"_s, u""_s},
            {u"grid"_s, u"G-01"_s},
            {u"contacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"王强"_s}, {u"phone"_s, u"13800000000"_s}}}}};
}

QJsonObject caseFields(const QUuid& subjectId, const QString& state, const QString& officialNumber = {}) {
    return {{u"provisional_label"_s, u"临-2026-AB12-0001"_s},
            {u"official_number"_s, officialNumber},
            {u"subject_id"_s, Uuid7::toText(subjectId)},
            {u"cause"_s, u"超标排放案"_s},
            {u"state"_s, state},
            {u"lead_officer_id"_s, u""_s},
            {u"unit_id"_s, u""_s},
            {u"opened_at"_s, u"2026-11-01T08:00:00Z"_s}};
}

const QString CreditA = u"91350100M000100Y43"_s;
const QString CreditB = u"91110000600037341L"_s;

} // namespace

class TestSyncState : public QObject {
    Q_OBJECT

private slots:
    void pendingMutationsComeInSequenceOrder() {
        TempProfile p;
        Subjects subjects(p.store());
        Subject first = localSubject(u"东方化工有限公司"_s, CreditA);
        QVERIFY(subjects.create({}, first));
        QVERIFY(subjects.create({}, localSubject(u"北方制药有限公司"_s, CreditB)));
        first.address = u"新地址"_s;
        QVERIFY(subjects.update({}, first));

        SyncState state(p.store());
        const QList<sync::OutgoingMutation> all = state.pendingMutations(10);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].deviceSeq, 1);
        QCOMPARE(all[2].deviceSeq, 3);
        QCOMPARE(all[0].parsed().kind, u"subject.create"_s);
        const Mutation update = all[2].parsed();
        QCOMPARE(update.kind, u"subject.update"_s);
        QCOMPARE(update.entityId, first.id);
        QCOMPARE(update.deviceId, p.store().deviceId());
        QCOMPARE(update.deviceSeq, 3);
        QCOMPARE(update.changes.size(), 1);
        QCOMPARE(update.changes[0].newValue.toString(), u"新地址"_s);
        QVERIFY(!all[2].mutationId.isNull());
        QCOMPARE(update.mutationId, all[2].mutationId);
        QCOMPARE(state.pendingMutations(2).size(), 2);
        // The batch after one still on its way.
        const QList<sync::OutgoingMutation> after = state.pendingMutations(10, 1);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0].deviceSeq, 2);

        // Sent but unanswered entries are sent again; answered ones are not.
        QVERIFY(state.markSent(state.pendingMutations(2)));
        QCOMPARE(outboxStates(p.db()), u"sent,sent,pending"_s);
        QCOMPARE(state.pendingMutations(10).size(), 3);
        QCOMPARE(state.counts().pendingMutations, 3);
    }

    void recordResultsMarksRowsAndKeepsConflictsTogether() {
        TempProfile p;
        Subjects subjects(p.store());
        for (const QString& code : {CreditA, CreditB})
            QVERIFY(subjects.create({}, localSubject(u"企业"_s + code.right(3), code)));
        Subject third = localSubject(u"第三家公司"_s, u"91440300708461136T"_s);
        QVERIFY(subjects.create({}, third));
        SyncState state(p.store());
        const QList<sync::OutgoingMutation> sent = state.pendingMutations(10);

        sync::MutationResult applied{1, sent[0].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}};
        sync::MutationResult conflicted{2, sent[1].mutationId, sync::MutationStatus::Conflict, 2, {}, {}, {}};
        conflicted.conflicts.append({u"address"_s, u"a"_s, u"b"_s, u"c"_s});
        sync::MutationResult rejected{
            3, sent[2].mutationId, sync::MutationStatus::Rejected, 0, u"already_exists"_s, u"exists"_s, {}};
        QVERIFY(state.recordResults({applied, conflicted, rejected}));
        QCOMPARE(outboxStates(p.db()), u"applied,applied,rejected"_s);
        QCOMPARE(state.pendingMutations(10).size(), 0);
        const std::optional<sync::MutationResult> stored = state.result(2);
        QVERIFY(stored);
        QCOMPARE(stored->status, sync::MutationStatus::Conflict);
        QCOMPARE(stored->conflicts.size(), 1);
        QCOMPARE(stored->conflicts[0].theirs.toString(), u"b"_s);
        QCOMPARE(state.rejectedResults().size(), 1);
        QCOMPARE(state.rejectedResults()[0].code, u"already_exists"_s);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }

    void anAnswerForAnUnknownMutationChangesNothing() {
        TempProfile p;
        QVERIFY(Subjects(p.store()).create({}, localSubject(u"东方化工有限公司"_s, CreditA)));
        SyncState state(p.store());
        const QList<sync::OutgoingMutation> sent = state.pendingMutations(10);
        const qint64 auditBefore = AuditLog(p.db()).count();
        sync::MutationResult good{1, sent[0].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}};
        sync::MutationResult stranger{7, Uuid7::create(), sync::MutationStatus::Applied, 1, {}, {}, {}};
        const StoreResult result = state.recordResults({good, stranger});
        QVERIFY(!result);
        QVERIFY(result.message().contains(u"7"_s));
        QCOMPARE(outboxStates(p.db()), u"pending"_s);
        QCOMPARE(countRows(p.db(), u"sync_results"_s), 0);
        QCOMPARE(AuditLog(p.db()).count(), auditBefore);
    }

    void applyPageWritesEveryKindOfRecordAndTheCursor() {
        TempProfile p;
        SyncState state(p.store());
        const QUuid unit = Uuid7::create(), user = Uuid7::create(), subject = Uuid7::create(),
                    caseId = Uuid7::create(), record = Uuid7::create(), conflict = Uuid7::create();
        QJsonObject withOfficer = caseFields(subject, u"investigating"_s);
        withOfficer.insert(u"lead_officer_id"_s, Uuid7::toText(user));
        withOfficer.insert(u"unit_id"_s, Uuid7::toText(unit));
        SignOff signOff;
        signOff.id = Uuid7::create();
        signOff.caseId = caseId;
        signOff.action = u"approve_opening"_s;
        signOff.comment = u"同意立案"_s;
        signOff.signedBy = user;
        signOff.signerName = u"李娜"_s;
        signOff.signedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 30), Qt::UTC);
        signOff.stateSha256 = QString(64, u'c');
        signOff.evidence = QJsonArray{QJsonObject{{u"id"_s, u"e1"_s}, {u"sha256"_s, QString(64, u'e')}}};
        signOff.deviceId = Uuid7::create();
        sync::PullPage page;
        page.changes = {
            change(1, u"unit"_s, unit, 1, {{u"name"_s, u"执法一大队"_s}}),
            change(2, u"user"_s, user, 1,
                   {{u"login"_s, u"lina"_s},
                    {u"name"_s, u"李娜"_s},
                    {u"roles"_s, QJsonArray{u"inspector"_s, u"team_leader"_s}},
                    {u"certificate_number"_s, u"闽环执 001"_s},
                    {u"unit_id"_s, Uuid7::toText(unit)}}),
            change(3, u"subject"_s, subject, 2, subjectFields(u"东方化工有限公司"_s, CreditA)),
            change(4, u"case"_s, caseId, 3, withOfficer),
            change(5, u"case_record"_s, record, 1,
                   {{u"case_id"_s, Uuid7::toText(caseId)},
                    {u"kind"_s, u"interference"_s},
                    {u"on_date"_s, u"2026-11-02"_s},
                    {u"body"_s, QJsonObject{{u"note"_s, u"电话说情"_s}}},
                    {u"recorded_by"_s, Uuid7::toText(user)},
                    {u"recorded_at"_s, u"2026-11-02T09:00:00Z"_s}}),
            change(6, u"conflict"_s, conflict, 1,
                   {{u"entity_type"_s, u"subject"_s},
                    {u"entity_id"_s, Uuid7::toText(subject)},
                    {u"field"_s, u"address"_s},
                    {u"base"_s, u"旧"_s},
                    {u"theirs"_s, u"福州市鼓楼区"_s},
                    {u"ours"_s, u"福州市台江区"_s},
                    {u"created_at"_s, u"2026-11-03T10:00:00Z"_s},
                    {u"resolved"_s, false}}),
            change(7, u"sign_off"_s, signOff.id, 1,
                   {{u"case_id"_s, Uuid7::toText(caseId)},
                    {u"record"_s, QString::fromUtf8(signOff.signedBytes())},
                    {u"signature"_s, QString::fromLatin1(QByteArray("signed").toBase64())}}),
        };
        page.cursor = 7;
        QVERIFY2(state.applyPage(user, page), qPrintable(state.applyPage(user, page).message()));

        QCOMPARE(scalar(p.db(), u"SELECT name FROM units"_s).toString(), u"执法一大队"_s);
        QCOMPARE(scalar(p.db(), u"SELECT roles || '|' || password_verifier || '|' || unit_id FROM users"_s)
                     .toString(),
                 u"inspector,team_leader||"_s + Uuid7::toText(unit));
        const std::optional<Subject> s = Subjects(p.store()).subject(subject);
        QVERIFY(s);
        QCOMPARE(s->name, u"东方化工有限公司"_s);
        QCOMPARE(s->subjectClass, SubjectClass::Key);
        QCOMPARE(s->contacts.size(), 1);
        QCOMPARE(s->contacts[0].name, u"王强"_s);
        QVERIFY(s->position);
        QCOMPARE(s->version, 2);
        const std::optional<Case> c = Cases(p.store()).caseById(caseId);
        QVERIFY(c);
        QCOMPARE(c->state, CaseState::Investigating);
        QCOMPARE(c->leadOfficerId, user);
        QCOMPARE(c->version, 3);
        QCOMPARE(Cases(p.store()).subjectName(caseId), u"东方化工有限公司"_s);
        const QList<CaseRecord> records = CaseProcedure(p.store()).records(caseId);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].body.value(u"note"_s).toString(), u"电话说情"_s);
        // The leader's sign-off, as it was signed.
        const QList<SignOff> signOffs = CaseProcedure(p.store()).signOffs(caseId);
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs[0].signedBytes(), signOff.signedBytes());
        QCOMPARE(signOffs[0].signature, QByteArray("signed"));
        QCOMPARE(state.openConflicts().size(), 1);
        QCOMPARE(state.openConflicts()[0].ours.toString(), u"福州市台江区"_s);
        QCOMPARE(state.counts().openConflicts, 1);
        QCOMPARE(countRows(p.db(), u"sync_shadow"_s), 7);
        QCOMPARE(state.pullCursor(), 7);

        // A later page updates in place; the append-only record is not written twice.
        sync::PullPage next;
        QJsonObject renamed = subjectFields(u"东方化工集团有限公司"_s, CreditA);
        next.changes = {change(8, u"subject"_s, subject, 3, renamed),
                        change(9, u"case"_s, caseId, 4, caseFields(subject, u"case_review"_s)),
                        page.changes[4]};
        next.cursor = 9;
        QVERIFY(state.applyPage(user, next));
        QCOMPARE(Cases(p.store()).caseById(caseId)->state, CaseState::CaseReview);
        QCOMPARE(Cases(p.store()).subjectName(caseId), u"东方化工集团有限公司"_s);
        QCOMPARE(CaseProcedure(p.store()).records(caseId).size(), 1);
        QCOMPARE(state.pullCursor(), 9);
    }

    void pulledChangesMakeNoOutboxEntriesAndKeepTheChainIntact() {
        TempProfile p;
        SyncState state(p.store());
        const QUuid subject = Uuid7::create();
        // A subject this device created and pushed comes back from the bureau.
        Subject own = localSubject(u"东方化工有限公司"_s, CreditA);
        own.id = subject;
        QVERIFY(Subjects(p.store()).create({}, own));
        const QList<sync::OutgoingMutation> sent = state.pendingMutations(10);
        QVERIFY(state.recordResults({{1, sent[0].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}}}));
        const qint64 auditBefore = AuditLog(p.db()).count();

        sync::PullPage page;
        page.changes = {change(1, u"subject"_s, subject, 1, subjectFields(u"东方化工有限公司"_s, CreditA)),
                        change(2, u"subject"_s, Uuid7::create(), 1, subjectFields(u"北方制药"_s, CreditB))};
        page.cursor = 2;
        QVERIFY(state.applyPage({}, page));
        QCOMPARE(countRows(p.db(), u"outbox"_s), 1);
        QCOMPARE(countRows(p.db(), u"subjects"_s), 2);
        QCOMPARE(AuditLog(p.db()).count(), auditBefore + 1);
        QCOMPARE(scalar(p.db(), u"SELECT action FROM audit_events ORDER BY row DESC LIMIT 1"_s).toString(),
                 u"sync.pull"_s);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
        // Nothing new and nothing waiting: no transaction and no audit event at all.
        sync::PullPage empty;
        empty.cursor = 2;
        QVERIFY(state.applyPage({}, empty));
        QCOMPARE(AuditLog(p.db()).count(), auditBefore + 1);
    }

    void aPageWithABadChangeIsRefusedWhole() {
        TempProfile p;
        SyncState state(p.store());
        sync::PullPage first;
        first.changes = {change(1, u"unit"_s, Uuid7::create(), 1, {{u"name"_s, u"一大队"_s}})};
        first.cursor = 1;
        QVERIFY(state.applyPage({}, first));
        const qint64 auditBefore = AuditLog(p.db()).count();

        const QUuid subject = Uuid7::create();
        const QUuid badCase = Uuid7::create();
        sync::PullPage page;
        page.changes = {change(2, u"subject"_s, subject, 1, subjectFields(u"东方化工有限公司"_s, CreditA)),
                        change(3, u"case"_s, badCase, 1, caseFields(subject, u"no_such_state"_s))};
        page.cursor = 3;
        const StoreResult result = state.applyPage({}, page);
        QVERIFY(!result);
        QVERIFY2(result.message().contains(Uuid7::toText(badCase)), qPrintable(result.message()));
        QVERIFY(result.message().contains(u"no_such_state"_s));
        QCOMPARE(countRows(p.db(), u"subjects"_s), 0);
        QCOMPARE(countRows(p.db(), u"cases"_s), 0);
        QCOMPARE(countRows(p.db(), u"sync_shadow"_s), 1);
        QCOMPARE(state.pullCursor(), 1);
        QCOMPARE(AuditLog(p.db()).count(), auditBefore);

        // A change that lacks what a new record needs is refused the same way.
        sync::PullPage incomplete;
        incomplete.changes = {change(4, u"subject"_s, Uuid7::create(), 1, {{u"name"_s, u"无代码"_s}})};
        incomplete.cursor = 4;
        const StoreResult missing = state.applyPage({}, incomplete);
        QVERIFY(!missing);
        QVERIFY(missing.message().contains(u"credit_code"_s));
        QCOMPARE(state.pullCursor(), 1);
    }

    void aRecordWaitsForWhatItRefersTo() {
        // The bureau sends each record once, at its latest change: a case can come before its subject.
        TempProfile p;
        SyncState state(p.store());
        const QUuid subject = Uuid7::create(), caseId = Uuid7::create();
        sync::PullPage first;
        first.changes = {change(5, u"case"_s, caseId, 1, caseFields(subject, u"lead"_s))};
        first.cursor = 5;
        first.more = true;
        QVERIFY(state.applyPage({}, first));
        QCOMPARE(countRows(p.db(), u"cases"_s), 0);
        QCOMPARE(state.pullCursor(), 5);
        sync::PullPage second;
        second.changes = {change(6, u"subject"_s, subject, 2, subjectFields(u"东方化工有限公司"_s, CreditA))};
        second.cursor = 6;
        QVERIFY(state.applyPage({}, second));
        QCOMPARE(countRows(p.db(), u"cases"_s), 1);
        QCOMPARE(scalar(p.db(), u"SELECT count(*) FROM sync_shadow WHERE pending_apply <> 0"_s).toInt(), 0);
    }

    void localWorkNotYetConfirmedIsNotOverwritten() {
        TempProfile p;
        SyncState state(p.store());
        Subject own = localSubject(u"东方化工有限公司"_s, CreditA);
        QVERIFY(Subjects(p.store()).create({}, own));
        own.address = u"本机修改"_s;
        QVERIFY(Subjects(p.store()).update({}, own));
        sync::PullPage page;
        page.changes = {change(1, u"subject"_s, own.id, 4, subjectFields(u"东方化工有限公司"_s, CreditA))};
        page.cursor = 1;
        QVERIFY(state.applyPage({}, page));
        QCOMPARE(Subjects(p.store()).subject(own.id)->address, u"本机修改"_s);
        // Once the bureau confirmed the local work, the next page applies what waited.
        const QList<sync::OutgoingMutation> sent = state.pendingMutations(10);
        QVERIFY(state.recordResults({{1, sent[0].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}},
                                     {2, sent[1].mutationId, sync::MutationStatus::Applied, 2, {}, {}, {}}}));
        sync::PullPage empty;
        empty.cursor = 1;
        QVERIFY(state.applyPage({}, empty));
        QCOMPARE(Subjects(p.store()).subject(own.id)->address, u"福州市鼓楼区"_s);
        QCOMPARE(Subjects(p.store()).subject(own.id)->version, 4);
    }

    void anOfficialCaseNumberTakesTheProvisionalLabelsPlace() {
        TempProfile p;
        Subject subject = localSubject(u"东方化工有限公司"_s, CreditA);
        QVERIFY(Subjects(p.store()).create({}, subject));
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = u"临-2026-AB12-0001"_s;
        c.subjectId = subject.id;
        c.cause = u"超标排放案"_s;
        c.openedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(Cases(p.store()).create({}, c));
        SyncState state(p.store());
        const QList<sync::OutgoingMutation> sent = state.pendingMutations(10);
        QVERIFY(state.recordResults({{1, sent[0].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}},
                                     {2, sent[1].mutationId, sync::MutationStatus::Applied, 1, {}, {}, {}}}));

        const QString official = u"榕环罚字〔2026〕17号"_s;
        sync::PullPage page;
        page.changes = {change(9, u"case"_s, c.id, 2, caseFields(subject.id, u"investigating"_s, official))};
        page.cursor = 9;
        QVERIFY(state.applyPage({}, page));
        const std::optional<Case> pulled = Cases(p.store()).caseById(c.id);
        QCOMPARE(pulled->officialNumber, official);
        QCOMPARE(pulled->provisionalLabel, c.provisionalLabel);
        QCOMPARE(pulled->displayNumber(), official);
        QCOMPARE(Cases(p.store()).idByNumber(official), std::optional<QUuid>(c.id));
        QCOMPARE(scalar(p.db(), u"SELECT number FROM cases"_s).toString(), official);
        QCOMPARE(countRows(p.db(), u"outbox"_s), 2);
    }

    void resolvingAConflictMakesBothOutboxEntries() {
        TempProfile p;
        SyncState state(p.store());
        const QUuid subject = Uuid7::create(), conflict = Uuid7::create(), user = Uuid7::create();
        sync::PullPage page;
        page.changes = {change(1, u"subject"_s, subject, 5, subjectFields(u"东方化工有限公司"_s, CreditA)),
                        change(2, u"conflict"_s, conflict, 1,
                               {{u"entity_type"_s, u"subject"_s},
                                {u"entity_id"_s, Uuid7::toText(subject)},
                                {u"field"_s, u"address"_s},
                                {u"base"_s, u"旧"_s},
                                {u"theirs"_s, u"福州市鼓楼区"_s},
                                {u"ours"_s, u"福州市台江区"_s}})};
        page.cursor = 2;
        QVERIFY(state.applyPage({}, page));
        QCOMPARE(countRows(p.db(), u"outbox"_s), 0);

        QVERIFY(state.resolveConflict(user, conflict, u"福州市台江区"_s));
        const QList<sync::OutgoingMutation> outbox = state.pendingMutations(10);
        QCOMPARE(outbox.size(), 2);
        const Mutation update = outbox[0].parsed();
        QCOMPARE(update.kind, u"subject.update"_s);
        QCOMPARE(update.entityId, subject);
        QCOMPARE(update.baseVersion, 5);
        QCOMPARE(update.changes.size(), 1);
        QCOMPARE(update.changes[0].field, u"address"_s);
        QCOMPARE(update.changes[0].oldValue.toString(), u"福州市鼓楼区"_s);
        QCOMPARE(update.changes[0].newValue.toString(), u"福州市台江区"_s);
        const Mutation resolution = outbox[1].parsed();
        QCOMPARE(resolution.kind, u"conflict.resolve"_s);
        QCOMPARE(resolution.entityId, conflict);
        QCOMPARE(resolution.changes[0].field, u"resolved"_s);
        QCOMPARE(resolution.changes[0].newValue.toBool(), true);
        QCOMPARE(resolution.changes[1].newValue.toString(), u"福州市台江区"_s);
        QCOMPARE(resolution.userId, user);
        QCOMPARE(Subjects(p.store()).subject(subject)->address, u"福州市台江区"_s);
        QVERIFY(state.openConflicts().isEmpty());
        QCOMPARE(state.conflict(conflict)->resolution.toString(), u"福州市台江区"_s);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
        // Once resolved, a second choice is refused and writes nothing.
        QVERIFY(!state.resolveConflict(user, conflict, u"别的"_s));
        QCOMPARE(countRows(p.db(), u"outbox"_s), 2);
        // An older copy of the conflict that still says "open" does not reopen it.
        page.changes = {page.changes[1]};
        page.cursor = 3;
        QVERIFY(state.applyPage({}, page));
        QVERIFY(state.openConflicts().isEmpty());
    }

    void uploadsAndCountsFollowTheEvidenceTable() {
        TempProfile p;
        SyncState state(p.store());
        const QUuid first = Uuid7::create(), second = Uuid7::create();
        QSqlQuery query(p.db());
        for (const auto& [id, size] : {std::pair{first, 100}, {second, 50}}) {
            query.prepare(
                u"INSERT INTO evidence(id, kind, sha256, size, device_id) VALUES (?, 'audio_visual', ?, ?, ?)"_s);
            query.addBindValue(Uuid7::toText(id));
            query.addBindValue(u"ab"_s.repeated(32));
            query.addBindValue(size);
            query.addBindValue(Uuid7::toText(p.store().deviceId()));
            QVERIFY(query.exec());
        }
        QCOMPARE(state.counts().pendingUploadBytes, 150);
        // A file goes only after the bureau confirmed its evidence record.
        QVERIFY(state.pendingUploads().isEmpty());
        query.prepare(
            u"INSERT INTO outbox(device_seq, mutation_id, device_id, hlc, kind, entity_id, base_version, "
            u"changes, state) VALUES (1, 'm1', 'd', 'h', 'evidence.captured', ?, 0, '[]', 'applied')"_s);
        query.addBindValue(Uuid7::toText(first));
        QVERIFY(query.exec());
        QList<EvidenceUpload> uploads = state.pendingUploads();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads[0].evidenceId, first);
        QCOMPARE(uploads[0].size, 100);
        QCOMPARE(uploads[0].state, u"pending"_s);

        uploads[0].uploadUrl = u"https://127.0.0.1/v1/files/1"_s;
        uploads[0].offset = 40;
        uploads[0].state = u"uploading"_s;
        QVERIFY(state.saveUpload(uploads[0]));
        QCOMPARE(state.counts().pendingUploadBytes, 110);
        QCOMPARE(state.pendingUploads()[0].uploadUrl, uploads[0].uploadUrl);
        uploads[0].offset = 100;
        uploads[0].state = u"done"_s;
        QVERIFY(state.saveUpload(uploads[0]));
        QCOMPARE(state.counts().pendingUploadBytes, 50);
        QVERIFY(state.pendingUploads().isEmpty());
    }

    void removingSyncedDataKeepsLocalWork() {
        TempProfile p;
        SyncState state(p.store());
        Subject own = localSubject(u"本机企业"_s, CreditA);
        QVERIFY(Subjects(p.store()).create({}, own));
        const QUuid pulledSubject = Uuid7::create(), pulledUnit = Uuid7::create();
        sync::PullPage page;
        page.changes = {change(1, u"subject"_s, own.id, 1, subjectFields(u"本机企业"_s, CreditA)),
                        change(2, u"subject"_s, pulledSubject, 1, subjectFields(u"北方制药"_s, CreditB)),
                        change(3, u"unit"_s, pulledUnit, 1, {{u"name"_s, u"一大队"_s}})};
        page.cursor = 3;
        QVERIFY(state.applyPage({}, page));
        QVERIFY(state.setValue(QLatin1String(syncKeys::BureauUrl), u"https://127.0.0.1"_s));

        const SyncState::Removal removal = state.removeSyncedData({});
        QVERIFY2(removal.result, qPrintable(removal.result.message()));
        QCOMPARE(removal.deleted, 2);
        QVERIFY(Subjects(p.store()).subject(own.id));
        QVERIFY(!Subjects(p.store()).subject(pulledSubject));
        QCOMPARE(countRows(p.db(), u"units"_s), 0);
        QCOMPARE(countRows(p.db(), u"sync_shadow"_s), 0);
        QCOMPARE(countRows(p.db(), u"sync_state"_s), 0);
        QCOMPARE(countRows(p.db(), u"outbox"_s), 1);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "TestSyncState.moc"
