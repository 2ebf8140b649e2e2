#include "AuditLog.h"
#include "Cases.h"
#include "DemoData.h"
#include "TempProfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

namespace {

// What a person with the sqlite3 shell could do: drop the guard triggers and change a row.
void tamper(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    void addEvents(Store& store, int count) {
        for (int i = 0; i < count; ++i)
            QVERIFY(store.recordEvent({}, QStringLiteral("test.event"), QStringLiteral("test"), {},
                                      {{QStringLiteral("n"), i}}));
    }

private slots:
    void aNewChainIsIntactAndGapless() {
        TempProfile p;
        addEvents(p.store(), 10);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
        QSqlQuery query(p.db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT min(device_seq), max(device_seq), count(*) FROM audit_events")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 10);
        QCOMPARE(query.value(2).toInt(), 10);
    }

    void theDatabaseRefusesUpdatesAndDeletes() {
        TempProfile p;
        addEvents(p.store(), 3);
        QSqlQuery query(p.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET action = 'x' WHERE device_seq = 2")));
        QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events WHERE device_seq = 2")));
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }

    void aChangedEventIsFound() {
        TempProfile p;
        addEvents(p.store(), 8);
        tamper(p.db(), QStringLiteral("UPDATE audit_events SET details = '{\"n\":99}' WHERE device_seq = 5"));
        const AuditChainBreak result = AuditLog(p.db()).verify(p.store().deviceId());
        QCOMPARE(result.kind, AuditChainBreak::Kind::HashMismatch);
        QCOMPARE(result.sequence, 5);
        QVERIFY(result.message().contains(QLatin1String("5")));
    }

    void aRecomputedHashStillBreaksTheNextLink() {
        TempProfile p;
        addEvents(p.store(), 8);
        // Changing an event and fixing up its own hash is caught by the next event's link.
        tamper(p.db(), QStringLiteral("UPDATE audit_events SET hash = zeroblob(32) WHERE device_seq = 4"));
        const AuditChainBreak result = AuditLog(p.db()).verify(p.store().deviceId());
        QCOMPARE(result.sequence, 4);
        QCOMPARE(result.kind, AuditChainBreak::Kind::HashMismatch);
    }

    void aRemovedEventIsFound() {
        TempProfile p;
        addEvents(p.store(), 8);
        tamper(p.db(), QStringLiteral("DELETE FROM audit_events WHERE device_seq = 6"));
        const AuditChainBreak result = AuditLog(p.db()).verify(p.store().deviceId());
        QCOMPARE(result.kind, AuditChainBreak::Kind::SequenceGap);
        QCOMPARE(result.sequence, 7);
    }

    void theChainContinuesAcrossReopening() {
        TempProfile p;
        addEvents(p.store(), 3);
        const QString dir = p.profile.directory();
        p.profile.close();
        QVERIFY(p.profile.open(dir, false).ok());
        addEvents(p.store(), 3);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
        QCOMPARE(AuditLog(p.db()).count(), 6);
    }

    void theDemoProfileChainIsIntact() {
        TempProfile p;
        QVERIFY(demo::DemoData::create(p.store()));
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
