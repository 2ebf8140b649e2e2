#include "Vault.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase::evidence;

namespace {

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

QString sourceFile(QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = dir.filePath(QStringLiteral("source.bin"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

// Every file of the vault, temporary ones included.
QStringList filesIn(const QString& directory) {
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(directory.size() + 1);
    return files;
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT

private slots:
    void aFileIsStoredUnderItsHashAndCannotBeWritten() {
        QTemporaryDir dir;
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17); // more than one chunk, not a multiple
        Vault vault(dir.filePath(QStringLiteral("vault")));
        const Vault::Stored stored = vault.storeFile(sourceFile(dir, bytes));
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(stored.sha256, expected);
        QCOMPARE(stored.size, bytes.size());
        QVERIFY(!stored.alreadyPresent);
        QCOMPARE(filesIn(vault.directory()), QStringList{expected.left(2) + u'/' + expected});
        QFile kept(vault.pathFor(expected));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        QVERIFY(!(kept.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
        QCOMPARE(sha256OfFile(vault.pathFor(expected)), expected);
    }

    void theSameBytesAreStoredOnce() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        const QString path = sourceFile(dir, randomBytes(4096));
        const Vault::Stored first = vault.storeFile(path);
        const Vault::Stored second = vault.storeFile(path);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.sha256, first.sha256);
        QVERIFY(second.alreadyPresent);
        QCOMPARE(filesIn(vault.directory()).size(), 1);
    }

    void anEmptyFileIsEvidenceToo() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        const Vault::Stored stored = vault.storeFile(sourceFile(dir, {}));
        QVERIFY(stored.ok());
        QCOMPARE(stored.sha256,
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void aFullDiskLeavesNothingBehind() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        vault.setFailWritesAfter(2 * 1024 * 1024);
        const Vault::Stored stored = vault.storeFile(sourceFile(dir, randomBytes(5 * 1024 * 1024)));
        QVERIFY(!stored.ok());
        QVERIFY(stored.sha256.isEmpty());
        QVERIFY(stored.error.contains(QLatin1String("disk is full")));
        QCOMPARE(filesIn(vault.directory()), QStringList());
    }

    void aCancelledCopyLeavesNothingBehind() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        const Vault::Stored stored =
            vault.storeFile(sourceFile(dir, randomBytes(5 * 1024 * 1024)),
                            [](qint64 done, qint64) { return done < 2 * 1024 * 1024; });
        QVERIFY(stored.cancelled);
        QCOMPARE(filesIn(vault.directory()), QStringList());
    }

    void anUnreadableSourceIsNamedInTheError() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        const Vault::Stored stored = vault.storeFile(dir.filePath(QStringLiteral("gone.mp4")));
        QVERIFY(!stored.ok());
        QVERIFY(stored.error.contains(QLatin1String("could not be opened")));
    }

    void leftoversOfAKilledCopyAreRemoved() {
        QTemporaryDir dir;
        Vault vault(dir.filePath(QStringLiteral("vault")));
        QVERIFY(vault.storeFile(sourceFile(dir, randomBytes(1024))).ok());
        QDir().mkpath(vault.directory() + QStringLiteral("/.incoming"));
        QFile half(vault.directory() + QStringLiteral("/.incoming/abc123.part"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half a video");
        half.close();
        QCOMPARE(vault.removeLeftovers(), 1);
        QCOMPARE(filesIn(vault.directory()).size(), 1); // the whole file stays
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
