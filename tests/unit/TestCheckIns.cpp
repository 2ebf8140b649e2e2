// Starting an inspection with a check-in: one action that writes the inspection, its officers, the
// check-in and the task's new state, with one outbox mutation and one audit event; and the refusals.
#include "Accounts.h"
#include "Cases.h"
#include "CheckIns.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <numbers>

using namespace fieldcase;
using namespace fieldcase::store;

namespace {

const GeoPoint Registered{31.9533, 118.8000};
constexpr double MetresPerDegree = EarthMeanRadiusMeters * std::numbers::pi / 180.0;

PositionStamp stampAt(const GeoPoint& where) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PositionStamp stamp;
    stamp.position = where;
    stamp.accuracyMeters = 9;
    stamp.source = QStringLiteral("nmea:socket://127.0.0.1:2947");
    stamp.gpsTime = now.addMSecs(-2250);
    stamp.receivedAt = now.addMSecs(-1000);
    stamp.takenAt = now;
    stamp.satellitesInUse = 8;
    return stamp;
}

GeoPoint metresNorthOfRegistered(double metres) {
    return {Registered.latitude + metres / MetresPerDegree, Registered.longitude};
}

} // namespace

class TestCheckIns : public QObject {
    Q_OBJECT

    std::unique_ptr<TempProfile> m_profile;
    User m_inspector;
    User m_partner;
    User m_outsider;
    Subject m_subject;

    QUuid createTask(const std::optional<GeoPoint>& subjectPosition, TaskState state = TaskState::Assigned) {
        Subject subject;
        subject.id = Uuid7::create();
        subject.name = QStringLiteral("东方化工有限公司");
        subject.creditCode = QStringLiteral("91350100M000100Y43");
        subject.subjectClass = SubjectClass::Key;
        subject.position = subjectPosition;
        if (!Subjects(m_profile->store()).create({}, subject))
            return {};
        InspectionTask task;
        task.id = Uuid7::create();
        task.subjectId = subject.id;
        task.officerIds = {m_inspector.id, m_partner.id};
        task.dueDate = QDate::currentDate();
        task.state = state;
        return Tasks(m_profile->store()).create({}, task) ? task.id : QUuid();
    }

    int count(const QString& table) { return countRows(m_profile->db(), table); }

private slots:
    void init() {
        m_profile = std::make_unique<TempProfile>();
        m_inspector = {Uuid7::create(), QStringLiteral("zhangwei"),    QStringLiteral("张伟"),
                       Role::Inspector, QStringLiteral("32011520001"), {}};
        m_partner = {Uuid7::create(), QStringLiteral("zhaoqiang"),   QStringLiteral("赵强"),
                     Role::Inspector, QStringLiteral("32011520005"), {}};
        m_outsider = {Uuid7::create(), QStringLiteral("sunli"),       QStringLiteral("孙丽"),
                      Role::Inspector, QStringLiteral("32011520006"), {}};
        Accounts accounts(m_profile->store());
        for (const User& user : {m_inspector, m_partner, m_outsider})
            QVERIFY(accounts.createUser({}, user, QStringLiteral("现场执法2026!")));
    }
    void cleanup() { m_profile.reset(); }

    void startingWritesInspectionCheckInOneOutboxEntryAndOneAuditEvent() {
        const QUuid taskId = createTask(Registered);
        QVERIFY(!taskId.isNull());
        const int outboxBefore = count(QStringLiteral("outbox"));
        const int auditBefore = count(QStringLiteral("audit_events"));
        const PositionStamp stamp = stampAt(metresNorthOfRegistered(120));

        Inspections inspections(m_profile->store());
        const StoreResult started = inspections.startWithCheckIn(m_inspector.id, taskId, stamp, 500);
        QVERIFY2(started.ok(), qPrintable(started.message()));

        QCOMPARE(count(QStringLiteral("inspections")), 1);
        QCOMPARE(count(QStringLiteral("check_ins")), 1);
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(count(QStringLiteral("audit_events")), auditBefore + 1);
        QCOMPARE(Tasks(m_profile->store()).task(taskId)->state, TaskState::InProgress);

        const std::optional<Inspection> inspection = inspections.ofTask(taskId);
        QVERIFY(inspection);
        QCOMPARE(inspection->taskId, taskId);
        QVERIFY(inspection->startedAt.isValid());
        QCOMPARE(inspection->outcome, InspectionOutcome::Pending);
        QCOMPARE(inspection->officers.size(), 2);
        QVERIFY(inspection->officers.contains(
            OfficerPresence{m_inspector.id, m_inspector.name, m_inspector.certificateNumber}));
        QVERIFY(inspection->hasEnoughCertifiedOfficers());

        const std::optional<CheckIn> checkIn = CheckIns(m_profile->store()).forInspection(inspection->id);
        QVERIFY(checkIn);
        QCOMPARE(checkIn->userId, m_inspector.id);
        QCOMPARE(checkIn->stamp.position, stamp.position);
        QCOMPARE(checkIn->stamp.accuracyMeters, 9.0);
        QCOMPARE(checkIn->stamp.source, stamp.source);
        QCOMPARE(checkIn->stamp.gpsTime, stamp.gpsTime);
        QCOMPARE(checkIn->stamp.receivedAt, stamp.receivedAt);
        QCOMPARE(checkIn->stamp.takenAt, stamp.takenAt);
        QCOMPARE(checkIn->stamp.satellitesInUse, 8);
        QCOMPARE(checkIn->stamp.clockSkewMs(), std::optional<qint64>(1250));
        QVERIFY(checkIn->distanceMeters);
        QVERIFY(qAbs(*checkIn->distanceMeters - 120) < 0.01);
        QCOMPARE(checkIn->radiusMeters, 500.0);
        QVERIFY(!checkIn->assessment().beyondRadius);

        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT kind, entity_id, changes FROM outbox ORDER BY device_seq DESC LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("inspection.start"));
        QCOMPARE(query.value(1).toString(), Uuid7::toText(inspection->id));
        const QJsonArray changes = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        QStringList fields;
        for (const QJsonValue& change : changes)
            fields << change.toObject().value(QStringLiteral("field")).toString();
        QVERIFY2(fields.contains(QStringLiteral("check_in")) && fields.contains(QStringLiteral("task_state")),
                 qPrintable(fields.join(',')));

        QVERIFY(query.exec(
            QStringLiteral("SELECT action, entity_id, details FROM audit_events ORDER BY row DESC LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("inspection.start"));
        QCOMPARE(query.value(1).toString(), Uuid7::toText(inspection->id));
        const QJsonObject details = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("beyond_radius")).toBool(true), false);
    }

    void aCheckInBeyondTheRadiusIsRecordedAndMarked() {
        const QUuid taskId = createTask(Registered);
        Inspections inspections(m_profile->store());
        QVERIFY(
            inspections.startWithCheckIn(m_partner.id, taskId, stampAt(metresNorthOfRegistered(1500)), 500));
        const std::optional<CheckIn> checkIn =
            CheckIns(m_profile->store()).forInspection(inspections.ofTask(taskId)->id);
        QVERIFY(qAbs(*checkIn->distanceMeters - 1500) < 0.01);
        QVERIFY(checkIn->assessment().beyondRadius);
    }

    void aSubjectWithoutAPositionGetsACheckInWithoutDistance() {
        const QUuid taskId = createTask(std::nullopt);
        Inspections inspections(m_profile->store());
        QVERIFY(inspections.startWithCheckIn(m_inspector.id, taskId, stampAt(Registered), 500));
        const std::optional<CheckIn> checkIn =
            CheckIns(m_profile->store()).forInspection(inspections.ofTask(taskId)->id);
        QVERIFY(checkIn->stamp.hasFix());
        QVERIFY(!checkIn->distanceMeters);
        QVERIFY(!checkIn->assessment().beyondRadius);
    }

    void noFixIsRecordedAsNoFix() {
        const QUuid taskId = createTask(Registered);
        PositionStamp noFix;
        noFix.source = QStringLiteral("system:geoclue2");
        Inspections inspections(m_profile->store());
        QVERIFY(inspections.startWithCheckIn(m_inspector.id, taskId, noFix, 500));
        const std::optional<CheckIn> checkIn =
            CheckIns(m_profile->store()).forInspection(inspections.ofTask(taskId)->id);
        QVERIFY(!checkIn->stamp.hasFix());
        QCOMPARE(checkIn->stamp.accuracyMeters, -1.0);
        QVERIFY(checkIn->stamp.takenAt.isValid());
        QVERIFY(!checkIn->stamp.gpsTime.isValid());
        QCOMPARE(checkIn->stamp.source, noFix.source);
        QVERIFY(!checkIn->distanceMeters);
    }

    void aStaleFixKeepsItsAgeInTheRecord() {
        const QUuid taskId = createTask(Registered);
        PositionStamp stale = stampAt(Registered);
        stale.receivedAt = stale.takenAt.addSecs(-(PositionStamp::StaleAfterSeconds + 15));
        Inspections inspections(m_profile->store());
        QVERIFY(inspections.startWithCheckIn(m_inspector.id, taskId, stale, 500));
        const CheckIn checkIn = *CheckIns(m_profile->store()).forInspection(inspections.ofTask(taskId)->id);
        QCOMPARE(checkIn.stamp.fixAgeSeconds(), PositionStamp::StaleAfterSeconds + 15);
        QVERIFY(checkIn.assessment().stale);
    }

    void onlyAnAssignedTaskCanBeStartedAndOnlyOnce() {
        const QUuid taskId = createTask(Registered);
        Inspections inspections(m_profile->store());
        QVERIFY(inspections.startWithCheckIn(m_inspector.id, taskId, stampAt(Registered), 500));
        const int audit = count(QStringLiteral("audit_events"));
        const StoreResult again =
            inspections.startWithCheckIn(m_partner.id, taskId, stampAt(Registered), 500);
        QVERIFY(!again.ok());
        QVERIFY(!again.message().isEmpty());
        QCOMPARE(count(QStringLiteral("inspections")), 1);
        QCOMPARE(count(QStringLiteral("check_ins")), 1);
        QCOMPARE(count(QStringLiteral("audit_events")), audit);

        const QUuid completed = createTask(Registered, TaskState::Completed);
        QVERIFY(!inspections.startWithCheckIn(m_inspector.id, completed, stampAt(Registered), 500).ok());
        QVERIFY(!inspections.ofTask(completed));
    }

    void anOfficerNotOnTheTaskCannotStartIt() {
        const QUuid taskId = createTask(Registered);
        const StoreResult refused =
            Inspections(m_profile->store()).startWithCheckIn(m_outsider.id, taskId, stampAt(Registered), 500);
        QVERIFY(!refused.ok());
        QCOMPARE(count(QStringLiteral("inspections")), 0);
        QCOMPARE(Tasks(m_profile->store()).task(taskId)->state, TaskState::Assigned);
    }

    void aFailureHalfWayLeavesTheTaskAssigned() {
        const QUuid taskId = createTask(Registered);
        m_profile->store().setFaultInjection([] { return true; });
        QVERIFY(!Inspections(m_profile->store())
                     .startWithCheckIn(m_inspector.id, taskId, stampAt(Registered), 500));
        m_profile->store().setFaultInjection({});
        QCOMPARE(count(QStringLiteral("inspections")), 0);
        QCOMPARE(count(QStringLiteral("inspection_officers")), 0);
        QCOMPARE(count(QStringLiteral("check_ins")), 0);
        QCOMPARE(Tasks(m_profile->store()).task(taskId)->state, TaskState::Assigned);
    }
};

QTEST_GUILESS_MAIN(TestCheckIns)
#include "TestCheckIns.moc"
