#include "Profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase::store;

class TestProfile : public QObject {
    Q_OBJECT

private slots:
    void createsTheDatabaseInANewDirectory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/field"));
        Profile profile;
        QVERIFY(profile.open(path, true).ok());
        QVERIFY(QFile::exists(Profile::databasePathIn(path)));
        QVERIFY(!profile.store().deviceId().isNull());
    }

    void keepsTheDeviceIdentity() {
        QTemporaryDir dir;
        Profile profile;
        QVERIFY(profile.open(dir.path(), true).ok());
        const QUuid device = profile.store().deviceId();
        profile.close();
        QVERIFY(profile.open(dir.path(), false).ok());
        QCOMPARE(profile.store().deviceId(), device);
    }

    void refusesAFolderWithoutAProfileUnlessAskedToCreate() {
        QTemporaryDir dir;
        Profile profile;
        const Profile::OpenResult result = profile.open(dir.path(), false);
        QCOMPARE(result.error, Profile::OpenError::NotAProfile);
        QVERIFY(!QFile::exists(Profile::databasePathIn(dir.path())));
    }

    void aProfileOpenElsewhereIsReportedInUse() {
        QTemporaryDir dir;
        Profile first;
        QVERIFY(first.open(dir.path(), true).ok());
        Profile second;
        const Profile::OpenResult result = second.open(dir.path(), false);
        QCOMPARE(result.error, Profile::OpenError::InUse);
        QVERIFY(result.message.contains(QLatin1String("another FieldCase")));
        first.close();
        QVERIFY(second.open(dir.path(), false).ok());
    }

    void aDamagedDatabaseIsReportedAndTheLockReleased() {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/not-a-database.db"),
                            Profile::databasePathIn(dir.path())));
        Profile profile;
        const Profile::OpenResult result = profile.open(dir.path(), false);
        QCOMPARE(result.error, Profile::OpenError::Database);
        QCOMPARE(result.databaseError, Database::OpenError::Corrupt);
        QVERIFY(!profile.isOpen());
        // Nothing keeps the folder locked after a failed open.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("fieldcase.lock"))));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
