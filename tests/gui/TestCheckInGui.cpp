// Check-in through the real main window: positioning from Qt's nmea plugin (a replayed file, a TCP stream
// set in the settings dialog), the status bar's position indicator, and starting an inspection from
// "My tasks" with the check-in it shows.
#include "CheckInDialog.h"
#include "GuiTestFixture.h"
#include "ListPage.h"
#include "NmeaFixture.h"
#include "PagedTableModel.h"
#include "PositionIndicator.h"
#include "SettingsDialog.h"
#include "TaskPage.h"

#include "Cases.h"
#include "CheckIns.h"
#include "ListModels.h"
#include "PositionSourceConfig.h"
#include "Profile.h"
#include "Subjects.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

// Reading and replaying a file takes a moment; generous, because machines are shared.
constexpr int FixTimeoutMs = 20000;

const QString JiangningTemplate = QStringLiteral(FIELDCASE_TEST_DATA "/nmea/jiangning-template.nmea");

// The row of the first task in `state`, or -1.
int firstRowIn(QAbstractItemModel* model, TaskState state) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OfficerTaskList::State).data().toString() == enumDisplayName(state))
            return row;
    }
    return -1;
}

} // namespace

class TestCheckInGui : public QObject, private GuiTestFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Qt Positioning hides its non-"Testable" plugins (the nmea plugin among them) from programs Qt
        // Test runs; this suite is about the real one. Qt reads the variable once, before any source.
        qunsetenv("QT_QTESTLIB_RUNNING");
        const QString failure = prepare();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void startingAnInspectionChecksInAndShowsTheDistance() {
        const QString profileDir = freshDemoProfile();
        const QString track = m_testDir->filePath(QStringLiteral("track.nmea"));
        QVERIFY(nmea::writeRetimed(JiangningTemplate, QDateTime::currentDateTimeUtc(), track));
        evidence::PositionSourceConfig config;
        config.kind = evidence::PositionSourceConfig::Kind::NmeaFile;
        config.filePath = track;
        config.save(QDir(profileDir).filePath(QStringLiteral("settings.ini")));

        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        auto* indicator = child<PositionIndicator>(window, QStringLiteral("positionIndicator"));
        QVERIFY(indicator);
        QVERIFY(indicator->toolTip().contains(QStringLiteral("nmea:") + track));
        QTRY_VERIFY_WITH_TIMEOUT(!indicator->isWarning(), FixTimeoutMs);
        QVERIFY2(indicator->text().contains(QStringLiteral("±9 m")), qPrintable(indicator->text()));

        QVERIFY(window->showPage(QStringLiteral("myTasksPage")));
        auto* page = qobject_cast<TaskPage*>(window->currentPage());
        QVERIFY(page);
        QTableView* table = page->list()->table();
        const int row = firstRowIn(table->model(), TaskState::Assigned);
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, 0));
        const QUuid taskId = table->currentIndex().data(PagedTableModel::IdRole).toUuid();
        auto* start = child<QPushButton>(page, QStringLiteral("startInspectionButton"));
        auto* showCheckIn = child<QPushButton>(page, QStringLiteral("showCheckInButton"));
        QVERIFY(start->isEnabled());
        QVERIFY(!showCheckIn->isEnabled());

        QTest::mouseClick(start, Qt::LeftButton);
        auto* dialog = child<CheckInDialog>(window, QStringLiteral("CheckInDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // What the store recorded, and what the dialog says of it.
        store::Store& store = m_app->profile().store();
        const std::optional<Inspection> inspection = store::Inspections(store).ofTask(taskId);
        QVERIFY(inspection);
        const std::optional<store::CheckIn> checkIn = store::CheckIns(store).forInspection(inspection->id);
        QVERIFY(checkIn);
        QVERIFY(checkIn->stamp.hasFix());
        QCOMPARE(checkIn->stamp.source, QStringLiteral("nmea:") + track);
        QCOMPARE(checkIn->radiusMeters, evidence::PositionSourceConfig::DefaultCheckInRadiusMeters);
        const std::optional<Subject> subject = store::Subjects(store).subject(inspection->subjectId);
        QVERIFY(subject && subject->position);
        const double expected =
            distanceMeters(GeoPoint{nmea::TemplateLatitude, nmea::TemplateLongitude}, *subject->position);
        QVERIFY(checkIn->distanceMeters);
        QVERIFY(qAbs(*checkIn->distanceMeters - expected) < 1e-6);

        const QString distanceText = child<QLabel>(dialog, QStringLiteral("distanceLabel"))->text();
        QVERIFY2(distanceText.contains(CheckInDialog::distanceText(expected)), qPrintable(distanceText));
        auto* warning = child<QLabel>(dialog, QStringLiteral("warningLabel"));
        const bool beyond = expected > evidence::PositionSourceConfig::DefaultCheckInRadiusMeters;
        QCOMPARE(warning->isVisible(), beyond);
        if (beyond)
            QVERIFY(warning->text().contains(CheckInDialog::distanceText(expected)));

        // The task is in progress now, and its check-in opens again from the list.
        dialog->reject();
        QTRY_VERIFY(!window->findChild<CheckInDialog*>(QStringLiteral("CheckInDialog")));
        QCOMPARE(store::Tasks(store).task(taskId)->state, TaskState::InProgress);
        int again = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(PagedTableModel::IdRole).toUuid() == taskId)
                again = r;
        }
        QVERIFY(again >= 0);
        QCOMPARE(table->model()->index(again, OfficerTaskList::State).data().toString(),
                 enumDisplayName(TaskState::InProgress));
        table->setCurrentIndex(table->model()->index(again, 0));
        QVERIFY(!start->isEnabled());
        QVERIFY(showCheckIn->isEnabled());
        QTest::mouseClick(showCheckIn, Qt::LeftButton);
        QTRY_VERIFY(window->findChild<CheckInDialog*>(QStringLiteral("CheckInDialog")));
    }

    void withoutAFixTheInspectionStartsWithAWarning() {
        const QString profileDir = freshDemoProfile();
        evidence::PositionSourceConfig config;
        config.kind = evidence::PositionSourceConfig::Kind::NmeaSerial;
        config.serialPort = QStringLiteral("/dev/fieldcase-no-such-port");
        config.save(QDir(profileDir).filePath(QStringLiteral("settings.ini")));

        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        auto* indicator = child<PositionIndicator>(window, QStringLiteral("positionIndicator"));
        QVERIFY(indicator->isWarning());
        QVERIFY(indicator->toolTip().contains(config.serialPort));

        QVERIFY(window->showPage(QStringLiteral("myTasksPage")));
        auto* page = qobject_cast<TaskPage*>(window->currentPage());
        QTableView* table = page->list()->table();
        const int row = firstRowIn(table->model(), TaskState::Assigned);
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, 0));
        QVERIFY(page->startInspection());
        auto* dialog = child<CheckInDialog>(window, QStringLiteral("CheckInDialog"));
        QVERIFY(dialog);
        auto* warning = child<QLabel>(dialog, QStringLiteral("warningLabel"));
        QVERIFY(!warning->isHidden());
        QVERIFY(!warning->text().isEmpty());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("distanceLabel"))->text().isEmpty());
    }

    void settingsSwitchToATcpStream() {
        QFile templateFile(JiangningTemplate);
        QVERIFY(templateFile.open(QIODevice::ReadOnly));
        const QByteArray sentences = nmea::retimed(templateFile.readAll(), QDateTime::currentDateTimeUtc());
        QTcpServer server;
        QList<QTcpSocket*> clients;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* client = server.nextPendingConnection()) {
                client->write(sentences);
                clients.append(client);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        const QString profileDir = freshDemoProfile();
        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("zhangwei"));
        QVERIFY(window);
        window->openSettings();
        auto* dialog = window->findChild<SettingsDialog*>();
        QVERIFY(dialog);
        auto* source = child<QComboBox>(dialog, QStringLiteral("positionSourceCombo"));
        source->setCurrentIndex(source->findData(int(evidence::PositionSourceConfig::Kind::NmeaTcp)));
        QVERIFY(child(dialog, QStringLiteral("nmeaAddressField"))->isEnabled());
        QVERIFY(!child(dialog, QStringLiteral("serialPortField"))->isEnabled());
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        child<QLineEdit>(dialog, QStringLiteral("nmeaAddressField"))->setText(address);
        child<QSpinBox>(dialog, QStringLiteral("checkInRadiusSpin"))->setValue(300);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);

        auto* indicator = child<PositionIndicator>(window, QStringLiteral("positionIndicator"));
        QTRY_VERIFY_WITH_TIMEOUT(!indicator->isWarning(), FixTimeoutMs);
        QVERIFY(indicator->toolTip().contains(QStringLiteral("nmea:socket://") + address));
        QVERIFY(!clients.isEmpty());

        const evidence::PositionSourceConfig saved =
            evidence::PositionSourceConfig::load(m_app->profile().settingsPath());
        QCOMPARE(saved.kind, evidence::PositionSourceConfig::Kind::NmeaTcp);
        QCOMPARE(saved.tcpAddress, address);
        QCOMPARE(saved.checkInRadiusMeters, 300.0);
    }
};

QTEST_MAIN(TestCheckInGui)
#include "TestCheckInGui.moc"
