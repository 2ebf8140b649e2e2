#include "GuiTestFixture.h"
#include "ServedBureau.h"

#include "Blobs.h"
#include "CasePage.h"
#include "Cases.h"
#include "EvidencePanel.h"
#include "EvidenceRecords.h"
#include "Profile.h"
#include "SecretStore.h"
#include "Sha256.h"
#include "Subjects.h"
#include "SyncEngine.h"
#include "Uuid7.h"
#include "Vault.h"

#include <QLabel>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryFile>

using namespace fieldcase;
using Bureau = fieldcase::sync::server::testing::ServerFixture;
using namespace Qt::StringLiterals;

namespace {

constexpr int OriginalColumn = 6;

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / qsizetype(sizeof(quint32)));
    return bytes;
}

} // namespace

// A team leader's device holds a case's evidence records but not their files: the case page says where the
// original is, downloads it from the real bureau on a click with its progress and a Cancel button, resumes a
// cancelled download, and the item can then be opened.
class TestOriginalsGui : public QObject, public GuiTestFixture {
    Q_OBJECT

    std::unique_ptr<Bureau> m_bureau;
    std::unique_ptr<ServerProcess> m_server;
    QString m_directory;
    QUuid m_caseId;

    // The leader's device: enrolled and signed in at the bureau once, with a case of the unit and one
    // evidence record of it (as a pull brings it) whose original is `bytes`, stored at the bureau only.
    QString leaderWithRemoteEvidence(const QByteArray& bytes) {
        const QString directory = m_testDir->filePath(u"leader"_s);
        store::Profile profile;
        if (!profile.open(directory, true).ok())
            return {};
        security::KeychainSecretStore secrets;
        const std::optional<User> joined =
            servedBureau::join(profile, secrets, *m_server, *m_bureau, Bureau::LeaderA, u"leader tablet"_s);
        if (!joined)
            return {};
        const User leader = *joined;
        // The first sync brings the units and the roster the case refers to.
        sync::client::SyncEngine engine(profile.store(), secrets, directory + u"/vault"_s);
        engine.setUserId(leader.id);
        QSignalSpy synced(&engine, &sync::client::SyncEngine::finished);
        engine.syncNow();
        if (synced.isEmpty() && !synced.wait(30000)) {
            qWarning("the first sync did not finish");
            return {};
        }

        Subject subject;
        subject.id = Uuid7::create();
        subject.name = u"宁江化工有限公司"_s;
        subject.creditCode = u"91320100MA1ABCDE0C"_s;
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = u"临-2026-0042"_s;
        c.subjectId = subject.id;
        c.cause = u"超标排放案"_s;
        c.unitId = leader.unitId;
        c.leadOfficerId = leader.id;
        c.openedAt = QDateTime::currentDateTimeUtc();
        if (const store::StoreResult created = store::Subjects(profile.store()).create(leader.id, subject);
            !created) {
            qWarning("subject: %s", qPrintable(created.message()));
            return {};
        }
        if (const store::StoreResult created = store::Cases(profile.store()).create(leader.id, c); !created) {
            qWarning("case: %s", qPrintable(created.message()));
            return {};
        }
        m_caseId = c.id;

        security::Sha256 hash;
        hash.add(bytes.constData(), bytes.size());
        EvidenceRecord record;
        record.id = Uuid7::create();
        record.caseId = c.id;
        record.sha256 = hash.hex();
        record.size = bytes.size();
        record.mediaType = u"image/jpeg"_s;
        record.capturedAtDevice = QDateTime::currentDateTimeUtc();
        record.receivedAt = record.capturedAtDevice;
        record.capturedBy = leader.id;
        record.deviceId = Uuid7::create(); // an inspector's tablet
        record.originalName = u"现场照片.jpg"_s;
        record.signature = QByteArray(64, 's');
        if (const store::StoreResult added = store::EvidenceRecords(profile.store()).add(leader.id, record);
            !added) {
            qWarning("evidence: %s", qPrintable(added.message()));
            return {};
        }

        QTemporaryFile blob(m_bureau->directory() + u"/incoming-XXXXXX"_s);
        blob.setAutoRemove(false);
        QString error;
        if (!blob.open() || blob.write(bytes) != bytes.size() || !blob.flush() ||
            !sync::server::Blobs(m_bureau->directory()).adopt(blob.fileName(), record.sha256, &error))
            return {};
        return directory;
    }

    // The case page's evidence table, with the case open in the leader's main window.
    QTableWidget* openCaseOfLeader() {
        startOn(m_directory);
        ui::MainWindow* window = signInAs(Bureau::LeaderA, Bureau::passwordOf(Bureau::LeaderA));
        if (!window || !window->openCase(m_caseId))
            return nullptr;
        return child<QTableWidget>(window->casePage(), u"evidenceTable"_s);
    }

    static QPushButton* originalButton(QTableWidget* table, const QString& name) {
        QWidget* cell = table->cellWidget(0, OriginalColumn);
        return cell ? cell->findChild<QPushButton*>(name) : nullptr;
    }

private slots:
    void initTestCase() { QCOMPARE(prepare(), QString()); }

    void init() {
        QVERIFY(beginTest());
        const QString failed = servedBureau::start(false, m_bureau, m_server);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() {
        endTest();
        m_server.reset();
        m_bureau.reset();
    }

    void aRemoteOriginalIsDownloadedAndCanThenBeOpened() {
        const QByteArray bytes = randomBytes(2 * 1024 * 1024);
        m_directory = leaderWithRemoteEvidence(bytes);
        QVERIFY(!m_directory.isEmpty());
        QTableWidget* table = openCaseOfLeader();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, OriginalColumn)->text(), u"Original on the bureau server"_s);
        auto* panel = m_app->mainWindow()->casePage()->evidencePanel();
        QSignalSpy opened(panel, &ui::EvidencePanel::openRequested);
        // Not here yet: activating the row does not open it.
        table->setCurrentCell(0, 0);
        emit table->activated(table->model()->index(0, 0));
        QVERIFY(opened.isEmpty());
        // ... it starts the download instead, as the button does; wait for that to end.
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, OriginalColumn)->text() == u"On this device"_s, 20000);

        QVERIFY(evidence::Vault(m_directory + u"/vault"_s).contains(panel->records().first().sha256));
        emit table->activated(table->model()->index(0, 0));
        QCOMPARE(opened.size(), 1);
        QVERIFY(!table->cellWidget(0, OriginalColumn)); // nothing left to download
    }

    void theDownloadShowsItsProgressCanBeCancelledAndResumes() {
        const QByteArray bytes = randomBytes(64 * 1024 * 1024);
        m_directory = leaderWithRemoteEvidence(bytes);
        QVERIFY(!m_directory.isEmpty());
        QTableWidget* table = openCaseOfLeader();
        QVERIFY(table);
        QPushButton* download = originalButton(table, u"downloadOriginalButton"_s);
        QVERIFY(download);
        QCOMPARE(download->text(), u"Download original"_s);
        QTest::mouseClick(download, Qt::LeftButton);

        // The bar and the Cancel button replace the button at once.
        QPushButton* cancel = originalButton(table, u"cancelDownloadButton"_s);
        QVERIFY(cancel);
        auto* bar = table->cellWidget(0, OriginalColumn)->findChild<QProgressBar*>(u"downloadProgress"_s);
        QVERIFY(bar);
        // Cancelled as soon as the first bytes show: on a local server the rest would follow in a moment.
        QString shown;
        connect(bar, &QProgressBar::valueChanged, cancel, [&shown, bar, cancel] {
            if (!shown.isEmpty())
                return;
            shown = bar->format();
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QTRY_VERIFY_WITH_TIMEOUT(originalButton(table, u"downloadOriginalButton"_s), 20000);
        QVERIFY2(shown.contains(u" of 64.00 MiB"_s) && !shown.startsWith(u"0 bytes"_s), qPrintable(shown));
        QPushButton* resume = originalButton(table, u"downloadOriginalButton"_s);
        QCOMPARE(resume->text(), u"Resume download"_s);
        QCOMPARE(table->item(0, OriginalColumn)->text(), u"Original on the bureau server"_s);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, OriginalColumn)->text() == u"On this device"_s, 60000);
    }
};

QTEST_MAIN(TestOriginalsGui)
#include "TestOriginalsGui.moc"
