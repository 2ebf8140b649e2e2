// Ed25519 detached signatures over a file's exact bytes: what a bureau signed is what the device accepts,
// and nothing else.
#include "DetachedSignature.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fieldcase::security;

namespace {

const QByteArray Content =
    QByteArrayLiteral("{\"format\": \"fieldcase-discretion-pack/1\", \"id\": \"x\"}\n");

} // namespace

class TestDetachedSignature : public QObject {
    Q_OBJECT

    DetachedSignature::KeyPair m_key;
    QList<TrustedKey> m_trusted;

private slots:
    void initTestCase() {
        m_key = DetachedSignature::generateKeyPair();
        QCOMPARE(m_key.publicKey.size(), 32);
        QCOMPARE(m_key.secretKey.size(), 64);
        m_trusted = {{QStringLiteral("test-key"), m_key.publicKey, QStringLiteral("测试局")}};
    }

    void aSignatureVerifies() {
        const QByteArray signature =
            DetachedSignature::sign(Content, m_key.secretKey, QStringLiteral("test-key"));
        QVERIFY(!signature.isEmpty());
        const QJsonObject object = QJsonDocument::fromJson(signature).object();
        QCOMPARE(object.value(QStringLiteral("algorithm")).toString(), QStringLiteral("ed25519"));
        QCOMPARE(object.value(QStringLiteral("key_id")).toString(), QStringLiteral("test-key"));
        QCOMPARE(
            QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1()).size(),
            64);

        const DetachedSignature::Check check = DetachedSignature::verify(Content, signature, m_trusted);
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.keyId, QStringLiteral("test-key"));
        QCOMPARE(check.bureau, QStringLiteral("测试局"));
        QVERIFY(check.message.isEmpty());
    }

    void twoKeysAreDifferent() {
        const DetachedSignature::KeyPair other = DetachedSignature::generateKeyPair();
        QVERIFY(other.publicKey != m_key.publicKey);
        // Signed with another key under the trusted key's id: refused.
        const QByteArray forged =
            DetachedSignature::sign(Content, other.secretKey, QStringLiteral("test-key"));
        QVERIFY(!DetachedSignature::verify(Content, forged, m_trusted).ok);
    }

    void oneFlippedByteIsRefused() {
        const QByteArray signature =
            DetachedSignature::sign(Content, m_key.secretKey, QStringLiteral("test-key"));
        for (qsizetype i : {qsizetype(0), Content.size() / 2, Content.size() - 1}) {
            QByteArray changed = Content;
            changed[i] = char(changed[i] ^ 0x01);
            const DetachedSignature::Check check = DetachedSignature::verify(changed, signature, m_trusted);
            QVERIFY(!check.ok);
            QVERIFY2(check.message.contains(QStringLiteral("测试局")), qPrintable(check.message));
        }
        // One more byte (a newline an editor added) is another file.
        QVERIFY(!DetachedSignature::verify(Content + '\n', signature, m_trusted).ok);
        // A flipped bit in the signature itself.
        QJsonObject object = QJsonDocument::fromJson(signature).object();
        QByteArray raw =
            QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
        raw[10] = char(raw[10] ^ 0x80);
        object.insert(QStringLiteral("signature"), QString::fromLatin1(raw.toBase64()));
        QVERIFY(!DetachedSignature::verify(Content, QJsonDocument(object).toJson(), m_trusted).ok);
    }

    void anUnknownKeyIsRefusedByItsId() {
        const QByteArray signature =
            DetachedSignature::sign(Content, m_key.secretKey, QStringLiteral("rogue-bureau-9"));
        const DetachedSignature::Check check = DetachedSignature::verify(Content, signature, m_trusted);
        QVERIFY(!check.ok);
        QVERIFY2(check.message.contains(QStringLiteral("\"rogue-bureau-9\"")), qPrintable(check.message));
        QCOMPARE(check.keyId, QStringLiteral("rogue-bureau-9"));
        QVERIFY(!DetachedSignature::verify(Content, signature, {}).ok);
    }

    void anEmptyOrGarbageSignatureFileIsRefused_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n\t\n");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n not a signature");
        QTest::newRow("not an object") << QByteArray("[\"ed25519\"]");
        QTest::newRow("other algorithm")
            << QByteArray(R"({"algorithm": "rsa", "key_id": "test-key", "signature": "AAAA"})");
        QTest::newRow("short signature")
            << QByteArray(R"({"algorithm": "ed25519", "key_id": "test-key", "signature": "AAAA"})");
        QTest::newRow("not base64") << QByteArray(
            R"({"algorithm": "ed25519", "key_id": "test-key", "signature": "!!!!"})");
        QTest::newRow("no signature") << QByteArray(R"({"algorithm": "ed25519", "key_id": "test-key"})");
    }

    void anEmptyOrGarbageSignatureFileIsRefused() {
        QFETCH(QByteArray, file);
        const DetachedSignature::Check check = DetachedSignature::verify(Content, file, m_trusted);
        QVERIFY(!check.ok);
        QVERIFY(!check.message.isEmpty());
    }

    void signingWithABadSecretKeyGivesNothing() {
        QVERIFY(DetachedSignature::sign(Content, QByteArray(32, 'k'), QStringLiteral("test-key")).isEmpty());
        QVERIFY(DetachedSignature::sign(Content, QByteArray(), QStringLiteral("test-key")).isEmpty());
    }

    void trustedKeysParse() {
        const QJsonArray array{
            QJsonObject{{QStringLiteral("key_id"), QStringLiteral("a")},
                        {QStringLiteral("public_key"), QString::fromLatin1(m_key.publicKey.toBase64())},
                        {QStringLiteral("bureau"), QStringLiteral("甲局")}}};
        QString error;
        const QList<TrustedKey> keys =
            DetachedSignature::parseTrustedKeys(QJsonDocument(array).toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].keyId, QStringLiteral("a"));
        QCOMPARE(keys[0].publicKey, m_key.publicKey);
        QCOMPARE(keys[0].bureau, QStringLiteral("甲局"));
    }

    void aShortPublicKeyIsRefused() {
        const QJsonArray array{
            QJsonObject{{QStringLiteral("key_id"), QStringLiteral("a")},
                        {QStringLiteral("public_key"), QString::fromLatin1(m_key.publicKey.toBase64())},
                        {QStringLiteral("bureau"), QStringLiteral("甲局")}},
            QJsonObject{
                {QStringLiteral("key_id"), QStringLiteral("b")},
                {QStringLiteral("public_key"), QString::fromLatin1(m_key.publicKey.left(31).toBase64())},
                {QStringLiteral("bureau"), QStringLiteral("乙局")}}};
        QString error;
        const QList<TrustedKey> keys =
            DetachedSignature::parseTrustedKeys(QJsonDocument(array).toJson(), &error);
        QVERIFY(keys.isEmpty()); // one bad entry refuses the whole list
        QVERIFY2(error.contains(QLatin1Char('2')), qPrintable(error));

        // A key without an id is refused too.
        const QJsonArray noId{
            QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(m_key.publicKey.toBase64())}}};
        error.clear();
        QVERIFY(DetachedSignature::parseTrustedKeys(QJsonDocument(noId).toJson(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // The pack the app ships verifies against the keys the app ships, over the bytes it embeds.
    void theShippedPackVerifiesAgainstTheShippedKeys() {
        QString error;
        const QList<TrustedKey> shipped = DetachedSignature::parseTrustedKeys(
            readFile(QStringLiteral(":/discretion/trusted-keys.json")), &error);
        QVERIFY2(!shipped.isEmpty(), qPrintable(error));
        const QByteArray pack = readFile(QStringLiteral(":/discretion/jiangning-2026.json"));
        const QByteArray signature = readFile(QStringLiteral(":/discretion/jiangning-2026.json.sig"));
        const DetachedSignature::Check check = DetachedSignature::verify(pack, signature, shipped);
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.keyId, QStringLiteral("demo-jiangning-2026"));

        // The embedded copy is the repository's file.
        QCOMPARE(pack,
                 readFile(QStringLiteral(FIELDCASE_SOURCE_DIR "/resources/discretion/jiangning-2026.json")));
        // And a test key is not one of the shipped ones.
        const QByteArray mine =
            DetachedSignature::sign(pack, m_key.secretKey, QStringLiteral("demo-jiangning-2026"));
        QVERIFY(!DetachedSignature::verify(pack, mine, shipped).ok);
    }
};

QTEST_GUILESS_MAIN(TestDetachedSignature)
#include "TestDetachedSignature.moc"
