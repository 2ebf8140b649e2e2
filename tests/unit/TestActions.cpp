#include "Accounts.h"
#include "Cases.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

namespace {

Subject sampleSubject() {
    Subject s;
    s.id = Uuid7::create();
    s.name = QStringLiteral("东方化工有限公司");
    s.creditCode = QStringLiteral("91350100M000100Y43");
    s.industry = QStringLiteral("化学原料和化学制品制造业");
    s.subjectClass = SubjectClass::Key;
    return s;
}

} // namespace

// One user action = one transaction: its rows, one outbox mutation, one audit event; all or none.
class TestActions : public QObject {
    Q_OBJECT

private slots:
    void anActionWritesRowsOutboxAndAuditTogether() {
        TempProfile p;
        const Subject subject = sampleSubject();
        QVERIFY(Subjects(p.store()).create({}, subject));
        QCOMPARE(countRows(p.db(), QStringLiteral("subjects")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), 1);

        QSqlQuery query(p.db());
        QVERIFY(
            query.exec(QStringLiteral("SELECT device_seq, kind, entity_id, base_version, changes, device_id, "
                                      "state FROM outbox")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("subject.create"));
        QCOMPARE(query.value(2).toString(), Uuid7::toText(subject.id));
        QCOMPARE(query.value(3).toInt(), 0);
        const QJsonArray changes = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("name"));
        QCOMPARE(changes.first().toObject().value(QStringLiteral("new")).toString(), subject.name);
        QCOMPARE(query.value(5).toString(), Uuid7::toText(p.store().deviceId()));
        QCOMPARE(query.value(6).toString(), QStringLiteral("pending"));
    }

    // What only the transaction can tell (an issued document's serial) is filled in by the row writer, and
    // the outbox mutation carries it.
    void theWriterMayCompleteTheAction() {
        TempProfile p;
        Action action{
            QStringLiteral("document.issue"), QStringLiteral("issued_document"), Uuid7::create(), 0, {}, {}};
        QVERIFY(p.store().perform({}, action, [&](QSqlDatabase&) {
            action.changes = {{QStringLiteral("serial"), {}, 7}};
            return StoreResult();
        }));
        QSqlQuery query(p.db());
        QVERIFY(query.exec(QStringLiteral("SELECT changes FROM outbox")) && query.next());
        const QJsonArray changes = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("new")).toInt(), 7);
    }

    void aFailureHalfWayLeavesNothing() {
        TempProfile p;
        p.store().setFaultInjection([] { return true; });
        const StoreResult result = Subjects(p.store()).create({}, sampleSubject());
        QVERIFY(!result.ok());
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(countRows(p.db(), QStringLiteral("subjects")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("subject_fts")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), 0);

        // The next action after the failure still gets gapless sequence numbers.
        p.store().setFaultInjection({});
        QVERIFY(Subjects(p.store()).create({}, sampleSubject()));
        QSqlQuery query(p.db());
        QVERIFY(
            query.exec(QStringLiteral("SELECT o.device_seq, a.device_seq FROM outbox o, audit_events a")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
    }

    void aRefusedRowWritesNoOutboxOrAudit() {
        TempProfile p;
        QVERIFY(Subjects(p.store()).create({}, sampleSubject()));
        Subject duplicate = sampleSubject(); // same credit code
        const StoreResult result = Subjects(p.store()).create({}, duplicate);
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(duplicate.creditCode));
        QCOMPARE(countRows(p.db(), QStringLiteral("subjects")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("audit_events")), 1);
    }

    void anInvalidCreditCodeIsRefusedWithTheValidatorsMessage() {
        TempProfile p;
        Subject subject = sampleSubject();
        subject.creditCode = QStringLiteral("91350100M000100Y44");
        const StoreResult result = Subjects(p.store()).create({}, subject);
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(QLatin1String("check character")));
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 0);
    }

    void anUpdateSendsOnlyTheChangedFieldsWithOldValues() {
        TempProfile p;
        Subject subject = sampleSubject();
        QVERIFY(Subjects(p.store()).create({}, subject));
        subject.address = QStringLiteral("南京市江宁区天元中路1号");
        QVERIFY(Subjects(p.store()).update({}, subject));
        QSqlQuery query(p.db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT kind, base_version, changes FROM outbox WHERE device_seq = 2")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("subject.update"));
        QCOMPARE(query.value(1).toInt(), 1);
        const QJsonArray changes = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("address"));
        QCOMPARE(changes[0].toObject().value(QStringLiteral("old")).toString(), QString());
        QCOMPARE(changes[0].toObject().value(QStringLiteral("new")).toString(), subject.address);
        QCOMPARE(Subjects(p.store()).subject(subject.id)->version, 2);
    }

    void aTransitionFromAStaleStateIsRefused() {
        TempProfile p;
        const Subject subject = sampleSubject();
        QVERIFY(Subjects(p.store()).create({}, subject));
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = Cases(p.store()).nextProvisionalLabel(2026);
        c.subjectId = subject.id;
        c.cause = QStringLiteral("超标排放水污染物案");
        c.state = CaseState::Investigating;
        c.openedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(Cases(p.store()).create({}, c));
        QVERIFY(Cases(p.store()).transition({}, c.id, CaseState::Investigating, CaseState::CaseReview));
        const StoreResult stale =
            Cases(p.store()).transition({}, c.id, CaseState::Investigating, CaseState::CaseReview);
        QVERIFY(!stale.ok());
        QCOMPARE(Cases(p.store()).caseById(c.id)->state, CaseState::CaseReview);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 3);
        // The case page's history: creation and the one transition.
        QCOMPARE(Cases(p.store()).events(c.id).size(), 2);
    }

    void aCaseForAMissingSubjectIsRefused() {
        TempProfile p;
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = QStringLiteral("临-1");
        c.subjectId = Uuid7::create();
        c.cause = QStringLiteral("案由");
        c.openedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!Cases(p.store()).create({}, c).ok());
        QCOMPARE(countRows(p.db(), QStringLiteral("cases")), 0);
        QCOMPARE(countRows(p.db(), QStringLiteral("outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "TestActions.moc"
