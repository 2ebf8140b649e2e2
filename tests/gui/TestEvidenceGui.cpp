#include "GuiTestFixture.h"

#include "CaptureDialog.h"
#include "CasePage.h"
#include "EvidencePanel.h"
#include "ImportDialog.h"
#include "IntegrityDialog.h"
#include "PagedTableModel.h"

#include "Lists.h"

#include <QDirIterator>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

// The vault's evidence files (named by their hash).
QStringList vaultFiles(const QString& profileDir) {
    QStringList files;
    QDirIterator it(profileDir + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

// Evidence on the real main window: a body-camera import onto a case, the "no camera" path, the
// integrity check finding an altered file.
class TestEvidenceGui : public QObject, public GuiTestFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(prepare(), QString()); }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void bodyCameraFilesAreImportedOntoTheCase() {
        QTemporaryDir drive;
        QDir(drive.path()).mkpath(QStringLiteral("DCIM/100MEDIA"));
        QVERIFY(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/photos/nanjing-gps.jpg"),
                            drive.filePath(QStringLiteral("DCIM/100MEDIA/IMG_0001.JPG"))));
        QVERIFY(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/media/bodycam-2s.mp4"),
                            drive.filePath(QStringLiteral("DCIM/100MEDIA/VID_0002.MP4"))));
        QFile notes(drive.filePath(QStringLiteral("DCIM/readme.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not evidence");
        notes.close();

        const QString profileDir = freshDemoProfile();
        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        QVERIFY(openFirstCase(window));
        CasePage* page = window->casePage();
        auto* evidenceTable = child<QTableWidget>(page, QStringLiteral("evidenceTable"));
        QCOMPARE(evidenceTable->rowCount(), 0);

        m_dialogs.directoryToChoose = drive.path();
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("importBodyCameraButton")), Qt::LeftButton);
        auto* dialog = child<ImportDialog>(page, QStringLiteral("ImportDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("chooseFolderButton")), Qt::LeftButton);
        QTRY_COMPARE(dialog->table()->rowCount(), 2);
        QTRY_VERIFY(!dialog->isBusy());
        // The scan shows what the files are before anything is copied: the video's length from its header.
        QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("0:00:02"));
        QVERIFY(!dialog->table()->item(0, 0)->icon().isNull()); // the photo's thumbnail
        QVERIFY(vaultFiles(profileDir).isEmpty());

        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->report().added.size() == 2, 20000);
        QCOMPARE(dialog->table()->rowCount(), 0);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("importStatus"))
                    ->text()
                    .contains(QLatin1String("Imported 2")));

        QTRY_COMPARE(evidenceTable->rowCount(), 2);
        QCOMPARE(evidenceTable->item(0, 1)->text(), QStringLiteral("IMG_0001.JPG"));
        // The photo's own GPS position (EXIF), not this device's.
        QVERIFY2(evidenceTable->item(0, 3)->text().startsWith(QLatin1String("31.95270, 118.84120")),
                 qPrintable(evidenceTable->item(0, 3)->text()));
        QCOMPARE(evidenceTable->item(1, 4)->text(), QStringLiteral("Body camera"));
        QCOMPARE(vaultFiles(profileDir).size(), 2);
    }

    void withoutACameraThePhotoButtonOffersTheImport() {
        startOn(freshDemoProfile());
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        QVERIFY(openFirstCase(window));
        CasePage* page = window->casePage();
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("takePhotoButton")), Qt::LeftButton);
        auto* capture = page->findChild<CaptureDialog*>();
        QVERIFY(capture);
        // This machine has no camera: the dialog says so plainly, with no dead preview.
        QVERIFY(child<QLabel>(capture, QStringLiteral("unavailableLabel"))->isVisible());
        QVERIFY(!capture->findChild<QWidget*>(QStringLiteral("previewWidget")));
        QTest::mouseClick(child<QPushButton>(capture, QStringLiteral("importInsteadButton")), Qt::LeftButton);
        QTRY_VERIFY(page->findChild<ImportDialog*>(QStringLiteral("ImportDialog")));
    }

    void theIntegrityCheckNamesAnAlteredFileAndItsCase() {
        const QString profileDir = freshDemoProfile();
        startOn(profileDir);
        MainWindow* window = signInAs(QStringLiteral("lina"));
        QVERIFY(window);
        QVERIFY(openFirstCase(window));
        const QString caseNumber = window->casePage()->caseNumber();
        ImportDialog* dialog = window->casePage()->openImport(false);
        dialog->addFiles({QStringLiteral(FIELDCASE_TEST_DATA "/photos/time-no-gps.jpg")});
        QTRY_COMPARE(dialog->table()->rowCount(), 1);
        QTRY_VERIFY(!dialog->isBusy());
        dialog->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->report().added.size() == 1, 20000);

        const QString stored = vaultFiles(profileDir).value(0);
        QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(stored);
        QVERIFY(file.open(QIODevice::Append));
        file.write("tampered");
        file.close();

        QTest::mouseClick(child<QPushButton>(window, QStringLiteral("integrityButton")), Qt::LeftButton);
        auto* check = window->findChild<IntegrityDialog*>(QStringLiteral("IntegrityDialog"));
        QVERIFY(check);
        QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 20000);
        QVERIFY2(check->summary().contains(QLatin1String("missing or altered")),
                 qPrintable(check->summary()));
        QCOMPARE(check->problemTable()->rowCount(), 1);
        QCOMPARE(check->problemTable()->item(0, 0)->text(), QStringLiteral("Altered"));
        QCOMPARE(check->problemTable()->item(0, 1)->text(), QStringLiteral("time-no-gps.jpg"));
        QCOMPARE(check->problemTable()->item(0, 2)->text(), caseNumber);
    }

private:
    static bool openFirstCase(MainWindow* window) {
        if (!window->showPage(QStringLiteral("allCasesPage")))
            return false;
        auto* table = child<QTableView>(window->currentPage(), QStringLiteral("table"));
        const QUuid caseId = table->model()->index(0, 0).data(PagedTableModel::IdRole).toUuid();
        return window->openCase(caseId);
    }
};

QTEST_MAIN(TestEvidenceGui)
#include "TestEvidenceGui.moc"
