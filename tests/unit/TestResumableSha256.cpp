// The bureau's running hash of an upload: saved after any byte and restored (maybe in another process), it
// gives the SHA-256 of the whole file, and a damaged save is refused rather than trusted.
#include "ResumableSha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace fieldcase::security;

class TestResumableSha256 : public QObject {
    Q_OBJECT

private slots:
    void savedAndRestoredAnywhereGivesTheWholeDigest() {
        QRandomGenerator random(7);
        QByteArray data(300000, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        for (int round = 0; round < 200; ++round) {
            // Pieces of random sizes, each added to a hash restored from the previous one's save.
            ResumableSha256 hash;
            qint64 position = 0;
            while (position < data.size()) {
                const qint64 piece = qMin<qint64>(random.bounded(1, 70000), data.size() - position);
                hash.add(data.constData() + position, piece);
                position += piece;
                const std::optional<ResumableSha256> restored = ResumableSha256::restore(hash.save());
                QVERIFY(restored);
                QCOMPARE(restored->bytesAdded(), position);
                hash = *restored;
            }
            QCOMPARE(hash.digest(), expected);
        }
    }

    void digestLeavesTheStateGoingOn() {
        ResumableSha256 hash;
        hash.add("abc", 3);
        QCOMPARE(hash.digest(), QCryptographicHash::hash("abc", QCryptographicHash::Sha256));
        hash.add("def", 3);
        QCOMPARE(hash.digest(), QCryptographicHash::hash("abcdef", QCryptographicHash::Sha256));
    }

    void damagedSavesAreRefused() {
        ResumableSha256 hash;
        hash.add("some bytes", 10);
        const QByteArray saved = hash.save();
        QVERIFY(ResumableSha256::restore(saved));
        QVERIFY(!ResumableSha256::restore({}));
        QVERIFY(!ResumableSha256::restore(saved.left(saved.size() - 1)));
        QVERIFY(!ResumableSha256::restore(saved + 'x'));
        QByteArray otherVersion = saved;
        otherVersion[0] = char(2);
        QVERIFY(!ResumableSha256::restore(otherVersion));
        // A block position past the block buffer would make OpenSSL read beyond it.
        QByteArray badPosition = saved;
        const int numWord = 1 + (8 + 2 + 16) * 4;
        badPosition[numWord] = char(64);
        QVERIFY(!ResumableSha256::restore(badPosition));
    }
};

QTEST_GUILESS_MAIN(TestResumableSha256)
#include "TestResumableSha256.moc"
