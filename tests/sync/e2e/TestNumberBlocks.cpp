#include "ServedBureau.h"
#include "SyncedDevice.h"

#include "DocumentNumber.h"
#include "DocumentNumbers.h"

#include <QDate>
#include <QTest>

using namespace fieldcase;
using Fixture = fieldcase::sync::server::testing::ServerFixture;
using Engine = fieldcase::sync::client::SyncEngine;
using namespace Qt::StringLiterals;

namespace {

const QString CorrectionOrder = u"责改"_s;
// The categories of the shipped templates that carry a number.
const QStringList NumberedCategories{u"罚告"_s, u"罚决"_s, u"查封"_s, CorrectionOrder};

int thisYear() {
    return QDate::currentDate().year();
}

// Issues a correction order on `device`; its serial, or 0 when the device refused.
qint64 issueCorrectionOrder(SyncedDevice& device) {
    store::DocumentNumbers numbers(device.store());
    store::DocumentNumbers::Request request;
    request.category = CorrectionOrder;
    request.year = thisYear();
    request.kind = u"correction_order"_s;
    request.render = [](const QString& number) { return number.toUtf8(); };
    const store::DocumentNumbers::Issued issued = numbers.issue(device.user.id, request);
    if (!issued.ok()) {
        qWarning("not issued: %s", qPrintable(issued.result.message()));
        return 0;
    }
    return DocumentNumber::parse(issued.document->number, numbers.pattern())
        .value_or(DocumentNumber())
        .serial;
}

} // namespace

// The sync engine keeps this device's blocks of document numbers topped up from the real bureau: every
// numbered category gets a block, a block running low gets a new one above the serials already issued, two
// devices never share a serial, and a block the device cannot accept is reported without failing the sync.
class TestNumberBlocks : public QObject {
    Q_OBJECT

    std::unique_ptr<Fixture> m_bureau;
    std::unique_ptr<ServerProcess> m_server;

    // A device enrolled at the bureau and signed in as `login`, before its first sync.
    std::unique_ptr<SyncedDevice> joined(const QString& login) {
        auto device = std::make_unique<SyncedDevice>();
        const QString enrolled = device->enrol(m_server->url(), m_bureau->api->accounts().createEnrolCode());
        const QString signedIn =
            enrolled.isEmpty() ? device->login(login, Fixture::passwordOf(login)) : enrolled;
        if (!signedIn.isEmpty())
            qWarning("joining failed: %s", qPrintable(signedIn));
        // The numbers' pattern names the agency.
        store::DocumentNumbers(device->store())
            .setFormat(device->user.id, u"宁江"_s, DocumentNumber::defaultPattern());
        return device;
    }

private slots:
    void initTestCase_data() { servedBureau::addBackends(); }

    void init() { FIELDCASE_START_SERVED_BUREAU(m_bureau, m_server); }

    void cleanup() {
        m_server.reset();
        m_bureau.reset();
    }

    void aSyncGivesEveryNumberedCategoryABlock() {
        auto device = joined(Fixture::InspectorA);
        const SyncedDevice::Outcome outcome = device->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(outcome.summary.itemErrors.isEmpty());
        QCOMPARE(outcome.summary.numberBlocks, NumberedCategories.size());
        const store::DocumentNumbers numbers(device->store());
        for (const QString& category : NumberedCategories) {
            const std::optional<store::NumberBlock> block = numbers.block(category, thisYear());
            QVERIFY2(block, qPrintable(category));
            QCOMPARE(block->remaining(), qint64(Engine::NumberBlockSize));
        }
        // The blocks reached the bureau in the same run.
        QCOMPARE(device->state().counts().pendingMutations, 0);

        // Nothing is low: the next sync reserves nothing.
        const SyncedDevice::Outcome again = device->sync();
        QVERIFY(again.finished);
        QCOMPARE(again.summary.numberBlocks, 0);
    }

    void aBlockRunningLowIsReplacedAboveTheIssuedSerials() {
        auto device = joined(Fixture::InspectorA);
        QVERIFY(device->sync().finished);
        const store::NumberBlock first =
            *store::DocumentNumbers(device->store()).block(CorrectionOrder, thisYear());
        QList<qint64> serials;
        while (store::DocumentNumbers(device->store()).remaining(CorrectionOrder, thisYear()) >=
               Engine::NumberBlockLowWater)
            serials.append(issueCorrectionOrder(*device));
        QCOMPARE(serials.size(), Engine::NumberBlockSize - Engine::NumberBlockLowWater + 1);

        const SyncedDevice::Outcome outcome = device->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.numberBlocks, 1); // only the low category
        const store::NumberBlock second =
            *store::DocumentNumbers(device->store()).block(CorrectionOrder, thisYear());
        QVERIFY(second.first > first.last);
        QCOMPARE(second.remaining(), qint64(Engine::NumberBlockSize));
        const qint64 next = issueCorrectionOrder(*device);
        QCOMPARE(next, second.first);
        QVERIFY(next > *std::max_element(serials.begin(), serials.end()));
    }

    void twoDevicesNeverShareASerial() {
        auto one = joined(Fixture::InspectorA);
        // A colleague pulls the documents the first device issued; the other unit's device does not, and the
        // serials still count bureau-wide, not per unit.
        auto colleague = joined(Fixture::InspectorA2);
        auto other = joined(Fixture::InspectorB);
        QSet<qint64> issued;
        for (int round = 0; round < 3; ++round) {
            for (SyncedDevice* device : {one.get(), colleague.get(), other.get()}) {
                const SyncedDevice::Outcome outcome = device->sync();
                QVERIFY2(outcome.finished, qPrintable(outcome.error.code + u' ' + outcome.error.message));
                while (store::DocumentNumbers(device->store()).remaining(CorrectionOrder, thisYear()) >=
                       Engine::NumberBlockLowWater) {
                    const qint64 serial = issueCorrectionOrder(*device);
                    QVERIFY(serial > 0);
                    QVERIFY2(!issued.contains(serial), qPrintable(QString::number(serial)));
                    issued.insert(serial);
                }
            }
        }
        QCOMPARE(issued.size(), 3 * 3 * (Engine::NumberBlockSize - Engine::NumberBlockLowWater + 1));
        // Each device of unit A holds the documents both issued.
        QVERIFY(one->sync().finished);
        QVERIFY(colleague->sync().finished);
        QSqlQuery count(colleague->store().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM issued_documents")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2 * 3 * (Engine::NumberBlockSize - Engine::NumberBlockLowWater + 1));
    }

    void aBlockEnteredByHandIsPassedNotReopened() {
        auto device = joined(Fixture::InspectorA);
        // A block entered by hand before the bureau supplied them, nearly used: serials up to 1001 are taken,
        // and the bureau's first block (from 1) would reopen them.
        store::DocumentNumbers numbers(device->store());
        QVERIFY(numbers.setBlock(device->user.id, CorrectionOrder, thisYear(), 1000, 1003));
        QCOMPARE(issueCorrectionOrder(*device), 1000);
        QCOMPARE(issueCorrectionOrder(*device), 1001);

        const SyncedDevice::Outcome outcome = device->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QVERIFY(outcome.summary.itemErrors.isEmpty());
        QCOMPARE(outcome.summary.numberBlocks, NumberedCategories.size());
        const store::NumberBlock passed = *numbers.block(CorrectionOrder, thisYear());
        QCOMPARE(passed.first, 1002);
        QCOMPARE(issueCorrectionOrder(*device), 1002);
        // Another device's block comes after it: the bureau's counter moved past the hand-entered serials.
        auto other = joined(Fixture::InspectorB);
        QVERIFY(other->sync().finished);
        QVERIFY(store::DocumentNumbers(other->store()).block(CorrectionOrder, thisYear())->first >
                passed.last);
    }
};

QTEST_GUILESS_MAIN(TestNumberBlocks)
#include "TestNumberBlocks.moc"
