// Document numbers: the pattern (format and parse back), and issuing numbers from this device's block in
// the store: sequential serials, exhaustion, overlapping or backwards blocks refused, and no serial lost
// or handed out twice when the issuing transaction fails.
#include "DocumentNumber.h"
#include "DocumentNumbers.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QCryptographicHash>

using namespace fieldcase;
using namespace fieldcase::store;

namespace {

const QString Correction = QStringLiteral("责改");
const QString Decision = QStringLiteral("罚决");
constexpr int Year = 2026;

QByteArray fakePdf(const QString& number) {
    return "%PDF-1.7 " + number.toUtf8();
}

DocumentNumbers::Request request(const QString& category = Correction) {
    DocumentNumbers::Request r;
    r.category = category;
    r.year = Year;
    r.kind = QStringLiteral("correction_order");
    r.render = fakePdf;
    return r;
}

} // namespace

class TestDocumentNumbers : public QObject {
    Q_OBJECT

    std::unique_ptr<TempProfile> m_profile;

    DocumentNumbers numbers() { return DocumentNumbers(m_profile->store()); }

    QString issue(const QString& category = Correction) {
        const DocumentNumbers::Issued issued = numbers().issue({}, request(category));
        return issued.ok() ? issued.document->number : QString();
    }

private slots:
    void init() {
        m_profile = std::make_unique<TempProfile>();
        QVERIFY(numbers().setFormat({}, QStringLiteral("宁江"), DocumentNumber::defaultPattern()));
    }

    void formatsWithTheDefaultPattern() {
        const DocumentNumber number{QStringLiteral("宁"), Decision, 2026, 12};
        QCOMPARE(number.format(DocumentNumber::defaultPattern()), QStringLiteral("宁环罚决字〔2026〕12号"));
    }

    void parsesWhatItFormats_data() {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("default") << DocumentNumber::defaultPattern();
        QTest::newRow("year first") << QStringLiteral("{year}-{agency}{serial}号（{category}）");
        QTest::newRow("no agency") << QStringLiteral("环{category}〔{year}〕第{serial}号");
    }
    void parsesWhatItFormats() {
        QFETCH(QString, pattern);
        QVERIFY2(DocumentNumber::patternProblem(pattern).isEmpty(),
                 qPrintable(DocumentNumber::patternProblem(pattern)));
        DocumentNumber number{QStringLiteral("宁江"), Correction, 2026, 107};
        if (!pattern.contains(QStringLiteral("{agency}")))
            number.agency.clear();
        const std::optional<DocumentNumber> back = DocumentNumber::parse(number.format(pattern), pattern);
        QVERIFY(back);
        QCOMPARE(*back, number);
    }

    void parsesTypedBrackets() {
        const std::optional<DocumentNumber> typed = DocumentNumber::parse(
            QStringLiteral(" 宁江环罚决字[2026]3号 "), DocumentNumber::defaultPattern());
        QVERIFY(typed);
        QCOMPARE(*typed, (DocumentNumber{QStringLiteral("宁江"), Decision, 2026, 3}));
    }

    void rejectsWhatDoesNotFit() {
        const QString pattern = DocumentNumber::defaultPattern();
        QVERIFY(!DocumentNumber::parse(QStringLiteral("宁江环罚决字〔26〕3号"), pattern));
        QVERIFY(!DocumentNumber::parse(QStringLiteral("宁江环罚决字〔2026〕号"), pattern));
        QVERIFY(!DocumentNumber::parse(QStringLiteral("宁江环罚决字〔2026〕03号"), pattern));
        QVERIFY(!DocumentNumber::parse(QStringLiteral("宁江罚决〔2026〕3号"), pattern));
    }

    void refusesUnusablePatterns() {
        for (const char* pattern :
             {"", "{agency}环{category}字〔{year}〕号", "环字〔{year}〕{serial}号",
              "{category}〔{year}〕{serial}{serial}", "{agency}{category}〔{year}〕{serial}",
              "{agency}环{category}字〔{yr}〕{serial}号"})
            QVERIFY2(!DocumentNumber::patternProblem(QString::fromUtf8(pattern)).isEmpty(), pattern);
        QVERIFY(!numbers().setFormat({}, QStringLiteral("宁江"), QStringLiteral("{serial}")));
        QCOMPARE(numbers().pattern(), DocumentNumber::defaultPattern());
    }

    void issuesSequentialSerials() {
        QVERIFY(numbers().setBlock({}, Correction, Year, 41, 43));
        QCOMPARE(numbers().remaining(Correction, Year), 3);
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕41号"));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕42号"));
        QCOMPARE(numbers().remaining(Correction, Year), 1);

        // Each issue is one document row, one outbox mutation and one audit event; the hash is of the PDF
        // that carries the number.
        const DocumentNumbers::Issued issued = numbers().issue({}, request());
        QVERIFY2(issued.ok(), qPrintable(issued.result.message()));
        const std::optional<IssuedDocument> stored = numbers().issued(issued.document->id);
        QVERIFY(stored);
        QCOMPARE(stored->number, QStringLiteral("宁江环责改字〔2026〕43号"));
        QCOMPARE(stored->pdfSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(fakePdf(stored->number), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(countRows(m_profile->db(), u"issued_documents"_qs), 3);
        QSqlQuery outbox(m_profile->db());
        QVERIFY(outbox.exec(u"SELECT count(*) FROM outbox WHERE kind = 'document.issue'"_qs) &&
                outbox.next());
        QCOMPARE(outbox.value(0).toInt(), 3);

        // Categories count separately.
        QVERIFY(numbers().setBlock({}, Decision, Year, 1, 10));
        QCOMPARE(issue(Decision), QStringLiteral("宁江环罚决字〔2026〕1号"));
    }

    void refusesWhenUsedUpOrNotSet() {
        DocumentNumbers::Issued none = numbers().issue({}, request());
        QVERIFY(!none.ok());
        QVERIFY(none.result.message().contains(QStringLiteral("Settings")));

        QVERIFY(numbers().setBlock({}, Correction, Year, 1, 1));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕1号"));
        const DocumentNumbers::Issued exhausted = numbers().issue({}, request());
        QVERIFY(!exhausted.ok());
        QVERIFY(exhausted.result.message().contains(QStringLiteral("used up")));
        QCOMPARE(countRows(m_profile->db(), u"issued_documents"_qs), 1);

        // A longer block entered with the same first serial goes on where the old one stopped.
        QVERIFY(numbers().setBlock({}, Correction, Year, 1, 5));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕2号"));
    }

    void refusesWithoutAgency() {
        QVERIFY(numbers().setFormat({}, QString(), DocumentNumber::defaultPattern()));
        QVERIFY(numbers().setBlock({}, Correction, Year, 1, 5));
        QVERIFY(!numbers().issue({}, request()).ok());
        QCOMPARE(numbers().remaining(Correction, Year), 5);
    }

    void failedTransactionLosesNoNumber() {
        QVERIFY(numbers().setBlock({}, Correction, Year, 7, 9));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕7号"));
        const int outboxBefore = countRows(m_profile->db(), u"outbox"_qs);
        const int auditBefore = countRows(m_profile->db(), u"audit_events"_qs);

        m_profile->store().setFaultInjection([] { return true; });
        QVERIFY(!numbers().issue({}, request()).ok());
        m_profile->store().setFaultInjection({});
        QCOMPARE(numbers().remaining(Correction, Year), 2);
        QCOMPARE(countRows(m_profile->db(), u"issued_documents"_qs), 1);
        QCOMPARE(countRows(m_profile->db(), u"outbox"_qs), outboxBefore);
        QCOMPARE(countRows(m_profile->db(), u"audit_events"_qs), auditBefore);

        // A PDF that cannot be produced gives the serial back too.
        DocumentNumbers::Request broken = request();
        broken.render = [](const QString&) { return QByteArray(); };
        QVERIFY(!numbers().issue({}, broken).ok());

        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕8号"));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕9号"));
        QVERIFY(issue().isEmpty());
        QSqlQuery distinct(m_profile->db());
        QVERIFY(distinct.exec(u"SELECT count(DISTINCT number) FROM issued_documents"_qs) && distinct.next());
        QCOMPARE(distinct.value(0).toInt(), 3);
    }

    void refusesOverlappingAndBackwardsBlocks() {
        QVERIFY(!numbers().setBlock({}, Correction, Year, 20, 10));
        QVERIFY(!numbers().setBlock({}, Correction, Year, 0, 10));
        QVERIFY(!numbers().setBlock({}, QString(), Year, 1, 10));
        QVERIFY(numbers().setBlock({}, Correction, Year, 11, 20));
        // Nothing issued yet: a mistyped block can be replaced by any other.
        QVERIFY(numbers().setBlock({}, Correction, Year, 1, 10));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!issue().isEmpty());

        // Serials 1..4 are issued: not below them, not reopening them, not shrinking the block under them.
        QVERIFY(!numbers().setBlock({}, Correction, Year, 1, 3));
        QVERIFY(!numbers().setBlock({}, Correction, Year, 3, 30));
        QVERIFY(numbers().setBlock({}, Correction, Year, 1, 4));
        QCOMPARE(numbers().remaining(Correction, Year), 0);

        // The next block from the bureau; the earlier serials stay closed even before it is used.
        QVERIFY(numbers().setBlock({}, Correction, Year, 101, 150));
        QVERIFY(!numbers().setBlock({}, Correction, Year, 2, 50));
        QVERIFY(numbers().setBlock({}, Correction, Year, 5, 50));
        QCOMPARE(issue(), QStringLiteral("宁江环责改字〔2026〕5号"));
        QCOMPARE(numbers().block(Correction, Year)->first, 5);
        QCOMPARE(numbers().remaining(Correction, Year), 45);
        // Another year is its own count.
        QVERIFY(numbers().setBlock({}, Correction, Year + 1, 1, 10));
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumbers)
#include "TestDocumentNumbers.moc"
