#include "CreditCode.h"

#include <QTest>

using fieldcase::CreditCode;

class TestCreditCode : public QObject {
    Q_OBJECT

private slots:
    void acceptsValidCodes_data() {
        QTest::addColumn<QString>("code");
        // The standard's worked example, and codes whose check characters are a letter and 0
        // (31 - 0 wraps to 0, the edge of the formula).
        QTest::newRow("standard example") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("letter check") << QStringLiteral("91110000600037341L");
        QTest::newRow("check value 0") << QStringLiteral("9132011570486288U0");
    }
    void acceptsValidCodes() {
        QFETCH(QString, code);
        const CreditCode::Result result = CreditCode::validate(code);
        QVERIFY2(result.ok(), qPrintable(result.message()));
    }

    void computesTheCheckCharacter() {
        QCOMPARE(CreditCode::checkCharacter(u"91350100M000100Y4"), QChar(u'3'));
        QVERIFY(CreditCode::checkCharacter(u"9135010").isNull());           // too short
        QVERIFY(CreditCode::checkCharacter(u"91350100O000100Y4").isNull()); // O is not in the alphabet
    }

    void namesTheInvalidCharacter_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("character");
        QTest::newRow("letter O") << QStringLiteral("91350100O000100Y43") << 9 << QStringLiteral("O");
        QTest::newRow("letter I first") << QStringLiteral("I1350100M000100Y43") << 1 << QStringLiteral("I");
        QTest::newRow("lower case") << QStringLiteral("91350100m000100Y43") << 9 << QStringLiteral("m");
        QTest::newRow("S at the end") << QStringLiteral("91350100M000100Y4S") << 18 << QStringLiteral("S");
    }
    void namesTheInvalidCharacter() {
        QFETCH(QString, code);
        QFETCH(int, position);
        QFETCH(QString, character);
        const CreditCode::Result result = CreditCode::validate(code);
        QCOMPARE(result.error, CreditCode::Error::InvalidCharacter);
        QCOMPARE(result.position, position);
        QCOMPARE(QString(result.found), character);
        QVERIFY(result.message().contains(QString::number(position)));
        QVERIFY(result.message().contains(character));
    }

    void reportsACheckMismatch() {
        const CreditCode::Result result = CreditCode::validate(QStringLiteral("91350100M000100Y44"));
        QCOMPARE(result.error, CreditCode::Error::CheckMismatch);
        QCOMPARE(result.position, 18);
        QCOMPARE(result.found, QChar(u'4'));
        QCOMPARE(result.expected, QChar(u'3'));
        QVERIFY(result.message().contains(QLatin1Char('3')));
    }

    void detectsASingleTypo() {
        // Any change of one of the first 17 characters changes the check character.
        const QString valid = QStringLiteral("91350100M000100Y43");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (int i = 0; i < 17; ++i) {
            for (QChar c : alphabet) {
                if (c == valid[i])
                    continue;
                QString typo = valid;
                typo[i] = c;
                QCOMPARE(CreditCode::validate(typo).error, CreditCode::Error::CheckMismatch);
            }
        }
    }

    void rejectsWrongLengthAndEmpty() {
        QCOMPARE(CreditCode::validate(QString()).error, CreditCode::Error::Empty);
        QCOMPARE(CreditCode::validate(QStringLiteral("91350100M000100Y4")).error,
                 CreditCode::Error::WrongLength);
        QCOMPARE(CreditCode::validate(QStringLiteral("91350100M000100Y433")).error,
                 CreditCode::Error::WrongLength);
    }

    void normalisesInput() {
        QCOMPARE(CreditCode::normalized(QStringLiteral(" 9135 0100m000100y43 ")),
                 QStringLiteral("91350100M000100Y43"));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "TestCreditCode.moc"
