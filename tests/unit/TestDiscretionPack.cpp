// The discretion pack parser: the shipped pack parses as the bureau published it; a broken pack is refused
// with the exact JSON path of its fault, so whoever edits a pack by hand can find it.
#include "Pack.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace fieldcase::discretion;

namespace {

QByteArray testPack(const char* name) {
    return readFile(QStringLiteral(FIELDCASE_TEST_DATA "/packs/") + QLatin1String(name));
}

const QString ShippedPack = QStringLiteral(":/discretion/jiangning-2026.json");

} // namespace

class TestDiscretionPack : public QObject {
    Q_OBJECT

private slots:
    void theShippedPackParses() {
        const QByteArray bytes = readFile(ShippedPack);
        QVERIFY(!bytes.isEmpty());
        const PackParser::Result parsed = PackParser::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const Pack& pack = *parsed.pack;
        QCOMPARE(pack.id, QStringLiteral("nj-jiangning-eco"));
        QCOMPARE(pack.version, QStringLiteral("2026.1"));
        QCOMPARE(pack.effectiveFrom, QDate(2026, 1, 1));
        QVERIFY(pack.effectiveTo.isNull());
        QCOMPARE(pack.violations.size(), 19);

        QSet<QString> codes;
        for (const Violation& v : pack.violations) {
            QVERIFY2(!codes.contains(v.code), qPrintable(v.code));
            codes.insert(v.code);
            QVERIFY(pack.violation(v.code) == &v);
            QVERIFY2(!v.title.zh.isEmpty() && !v.title.en.isEmpty(), qPrintable(v.code));
            QVERIFY2(!v.bases.isEmpty(), qPrintable(v.code));
        }
        QCOMPARE(codes.size(), 19);
        // The codes the README and the checklists use.
        for (const char* code :
             {"EIA-UNAPPROVED", "EIA-REGISTRATION", "WATER-NO-PERMIT", "AIR-NO-PERMIT", "WATER-EXCEED",
              "AIR-EXCEED", "PERMIT-EXCEED-WATER", "PERMIT-EXCEED-AIR", "WATER-EVASION", "AIR-EVASION",
              "AIR-AUTO-MONITORING", "WATER-AUTO-MONITORING", "INSPECTION-OBSTRUCTION", "HW-DUMP",
              "HW-UNLICENSED", "HW-NO-SIGNS", "HW-NO-PLAN", "PERMIT-LEDGER", "PERMIT-REPORT"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
    }

    // The case records the hash of the exact bytes: the parsed pack must carry the file's hash, not the
    // hash of some re-serialisation.
    void theHashIsTheHashOfTheFileBytes() {
        const QByteArray bytes = readFile(ShippedPack);
        const PackParser::Result parsed = PackParser::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.pack->sha256Hex, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(parsed.pack->sha256Hex.size(), 64);

        // One more byte of whitespace is another pack.
        const PackParser::Result other = PackParser::parse(bytes + '\n');
        QVERIFY(other.ok());
        QVERIFY(other.pack->sha256Hex != parsed.pack->sha256Hex);
    }

    void theShippedPackKeepsItsFigures() {
        const PackParser::Result parsed = PackParser::parse(readFile(ShippedPack));
        QVERIFY(parsed.ok());
        const Violation* v = parsed.pack->violation(QStringLiteral("PERMIT-EXCEED-WATER"));
        QVERIFY(v);
        QCOMPARE(v->mode, Violation::Mode::Weights);
        QCOMPARE(v->startWeight, 7.0);
        QVERIFY(v->minWeight);
        QCOMPARE(*v->minWeight, 20.0);
        const Violation* hw = parsed.pack->violation(QStringLiteral("HW-DUMP"));
        QVERIFY(hw);
        QCOMPARE(hw->bases[0].range.kind, RangeSpec::Kind::CostMultiple);
        QCOMPARE(hw->bases[0].range.floor, 200000.0);
        QVERIFY(hw->bases[1].awaitingConfirmation);
        const Violation* ledger = parsed.pack->violation(QStringLiteral("PERMIT-LEDGER"));
        QVERIFY(ledger);
        QVERIFY(ledger->bases[0].range.perOccurrence);
        QVERIFY(ledger->bases[0].effectiveTo.isNull());
    }

    void theMinimalTestPackParses() {
        const PackParser::Result parsed = PackParser::parse(testPack("valid-minimal.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.pack->violations.size(), 1);
    }

    void aBrokenPackIsRefusedWithThePlaceOfTheFault_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // a word the message must contain

        const auto row = [](const char* file, const char* path, const char* message) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(path)
                                << QString::fromLatin1(message);
        };
        // The comma after "version" is missing: the parser stops at the start of line 5.
        row("not-json.json", "line 5, offset 86", "not valid JSON");
        row("wrong-format.json", "format", "fieldcase-discretion-pack/2");
        row("missing-id.json", "id", "missing");
        row("range-upside-down.json", "violations[0].bases[0].range", "upside down");
        row("weight-string.json", "violations[0].factors[0].options[1].weight", "number");
        row("unknown-mode.json", "violations[0].mode", "points");
        row("condition-unknown-option.json", "violations[0].bases[0].applies_when[0].options[1]", "huge");
        row("duplicate-code.json", "violations[1].code", "TEST-WEIGHTS");
        row("duplicate-option.json", "violations[0].factors[0].options[1].id", "small");
        row("tier-unknown-factor.json", "violations[0].tiers[1].when", "colour");
        row("weights-without-max.json", "violations[0].bases[0].range", "maximum");
        row("share-without-investment.json", "violations[0].inputs", "total_investment");
        row("fallback-without-circumstance.json", "violations[0].factors", "circumstance");
        row("date-not-iso.json", "violations[0].bases[0].effective_from", "YYYY-MM-DD");
        row("basis-ends-before-start.json", "violations[0].bases[0].effective_to", "before");
        row("pack-ends-before-start.json", "effective_to", "before");
        row("text-missing-en.json", "violations[0].title.en", "missing");
    }

    void aBrokenPackIsRefusedWithThePlaceOfTheFault() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QByteArray bytes = testPack(qPrintable(file));
        QVERIFY(!bytes.isEmpty());
        const PackParser::Result parsed = PackParser::parse(bytes);
        QVERIFY2(!parsed.ok(), qPrintable(file));
        QVERIFY(!parsed.pack);
        QCOMPARE(parsed.error.path, path);
        QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
        QVERIFY(parsed.error.toString().startsWith(path + QStringLiteral(": ")));
    }

    // Dates are written YYYY-MM-DD and nothing else.
    void datesInOtherShapesAreRefused_data() {
        QTest::addColumn<QString>("date");
        for (const char* date :
             {"2020-1-1", "20200101", "2020-02-30", "2020-01-01T00:00:00", "01/01/2020", ""})
            QTest::newRow(date) << QString::fromLatin1(date);
    }

    void datesInOtherShapesAreRefused() {
        QFETCH(QString, date);
        QByteArray bytes = testPack("valid-minimal.json");
        QVERIFY(bytes.contains("\"effective_from\": \"2020-01-01\""));
        bytes.replace("\"effective_from\": \"2020-01-01\"", "\"effective_from\": \"" + date.toLatin1() + '"');
        const PackParser::Result parsed = PackParser::parse(bytes);
        QVERIFY2(!parsed.ok(), qPrintable(date));
        QCOMPARE(parsed.error.path, QStringLiteral("violations[0].bases[0].effective_from"));
    }

    void aPackThatIsNotAnObjectIsRefused() {
        const PackParser::Result parsed = PackParser::parse("[1, 2, 3]");
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error.message.isEmpty());
        QVERIFY(!PackParser::parse(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDiscretionPack)
#include "TestDiscretionPack.moc"
