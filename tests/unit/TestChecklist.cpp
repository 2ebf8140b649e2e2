// The inspection checklists: every shipped one parses and proposes only codes the shipped pack has; a
// broken one is refused with the JSON path of its fault; answers become numbered findings.
#include "Checklist.h"
#include "Pack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::inspection;

namespace {

QByteArray resource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList shippedChecklists() {
    const QDir dir(QStringLiteral(":/checklists"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QJsonObject answer(const char* id, const char* finding, const char* proposes) {
    QJsonObject a{{"id", id}, {"label", QJsonObject{{"zh", "答"}, {"en", "Answer"}}}};
    a.insert("finding", finding ? QJsonValue(QJsonObject{{"zh", QString::fromUtf8(finding)}, {"en", finding}})
                                : QJsonValue());
    a.insert("proposes", proposes ? QJsonValue(QString::fromLatin1(proposes)) : QJsonValue());
    return a;
}

QJsonObject item(const char* id) {
    return {{"id", id},
            {"question", QJsonObject{{"zh", "问"}, {"en", "Question"}}},
            {"answers",
             QJsonArray{answer("ok", nullptr, nullptr), answer("bad", "Found a problem", "WATER-EXCEED")}}};
}

QJsonObject validChecklist() {
    return {{"format", ChecklistParser::Format},
            {"id", "test"},
            {"title", QJsonObject{{"zh", "测试"}, {"en", "Test"}}},
            {"items", QJsonArray{item("first"), item("second")}}};
}

QByteArray bytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

} // namespace

class TestChecklist : public QObject {
    Q_OBJECT

private slots:
    void shippedChecklistsParse() {
        const QStringList paths = shippedChecklists();
        QCOMPARE(paths.size(), 5);
        for (const QString& path : paths) {
            const ChecklistParser::Result parsed = ChecklistParser::parse(resource(path));
            QVERIFY2(parsed.ok(), qPrintable(path + QStringLiteral(": ") + parsed.error.toString()));
            QCOMPARE(parsed.checklist->id + QStringLiteral(".json"), QFileInfo(path).fileName());
        }
    }

    void proposedCodesExistInTheShippedPack() {
        const discretion::PackParser::Result pack =
            discretion::PackParser::parse(resource(QStringLiteral(":/discretion/jiangning-2026.json")));
        QVERIFY2(pack.ok(), qPrintable(pack.error.toString()));
        int proposals = 0;
        for (const QString& path : shippedChecklists()) {
            const ChecklistParser::Result parsed = ChecklistParser::parse(resource(path));
            QVERIFY(parsed.ok());
            for (const Item& i : parsed.checklist->items) {
                for (const Answer& a : i.answers) {
                    if (a.proposes.isEmpty())
                        continue;
                    ++proposals;
                    QVERIFY2(pack.pack->violation(a.proposes),
                             qPrintable(
                                 QStringLiteral("%1: %2/%3 proposes %4").arg(path, i.id, a.id, a.proposes)));
                }
            }
        }
        QVERIFY(proposals > 0);
    }

    void refusesBrokenChecklists_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");

        QJsonObject missingQuestion = validChecklist();
        {
            QJsonArray items = missingQuestion["items"].toArray();
            QJsonObject second = items[1].toObject();
            second.remove("question");
            items[1] = second;
            missingQuestion["items"] = items;
        }
        QTest::newRow("missing question") << bytes(missingQuestion) << QStringLiteral("items[1].question");

        QJsonObject duplicateItem = validChecklist();
        duplicateItem["items"] = QJsonArray{item("first"), item("second"), item("first")};
        QTest::newRow("duplicate item id") << bytes(duplicateItem) << QStringLiteral("items[2].id");

        QJsonObject answerWithoutLabel = validChecklist();
        {
            QJsonArray items = answerWithoutLabel["items"].toArray();
            QJsonObject first = items[0].toObject();
            QJsonArray answers = first["answers"].toArray();
            QJsonObject bad = answers[1].toObject();
            bad.remove("label");
            answers[1] = bad;
            first["answers"] = answers;
            items[0] = first;
            answerWithoutLabel["items"] = items;
        }
        QTest::newRow("answer without label")
            << bytes(answerWithoutLabel) << QStringLiteral("items[0].answers[1].label");

        QJsonObject emptyEnglish = validChecklist();
        emptyEnglish["title"] = QJsonObject{{"zh", "测试"}, {"en", ""}};
        QTest::newRow("empty English title") << bytes(emptyEnglish) << QStringLiteral("title.en");

        QJsonObject proposesWithoutFinding = validChecklist();
        {
            QJsonArray items = proposesWithoutFinding["items"].toArray();
            QJsonObject first = items[0].toObject();
            first["answers"] =
                QJsonArray{answer("ok", nullptr, nullptr), answer("bad", nullptr, "WATER-EXCEED")};
            items[0] = first;
            proposesWithoutFinding["items"] = items;
        }
        QTest::newRow("proposes without finding")
            << bytes(proposesWithoutFinding) << QStringLiteral("items[0].answers[1].finding");

        QJsonObject misspelt = validChecklist();
        misspelt["itmes"] = QJsonArray();
        QTest::newRow("unknown key") << bytes(misspelt) << QStringLiteral("itmes");

        QJsonObject wrongFormat = validChecklist();
        wrongFormat["format"] = "fieldcase-inspection-checklist/2";
        QTest::newRow("wrong format") << bytes(wrongFormat) << QStringLiteral("format");
    }
    void refusesBrokenChecklists() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const ChecklistParser::Result parsed = ChecklistParser::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.path, path);
        QVERIFY(!parsed.error.message.isEmpty());
    }

    void refusesInvalidJsonWithTheLine() {
        const ChecklistParser::Result parsed = ChecklistParser::parse("{\n  \"format\": \n}");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.path.contains(QLatin1String("3")), qPrintable(parsed.error.toString()));
    }

    void findingsAreNumberedSentencesInTheLanguage() {
        const ChecklistParser::Result parsed =
            ChecklistParser::parse(resource(QStringLiteral(":/checklists/wastewater.json")));
        QVERIFY(parsed.ok());
        const Checklist& checklist = *parsed.checklist;
        QMap<QString, QString> answers{
            {"permit", "none"}, {"treatment-running", "ok"}, {"secret-pipe", "secret_pipe"}};
        const Findings zh = findingsFor(checklist, answers, QStringLiteral("zh_CN"));
        QCOMPARE(zh.sentences.size(), 2);
        QCOMPARE(zh.sentences.first(),
                 checklist.item("permit")->answer("none")->finding.zh + QStringLiteral("。"));
        QVERIFY(zh.text.startsWith(QStringLiteral("1. ") + zh.sentences.first() + QStringLiteral("\n2. ")));
        QCOMPARE(zh.proposedCodes, (QStringList{"WATER-NO-PERMIT", "WATER-EVASION"}));

        const Findings en = findingsFor(checklist, answers, QStringLiteral("en"));
        QCOMPARE(en.sentences.first(),
                 checklist.item("permit")->answer("none")->finding.en + QStringLiteral("."));
        QCOMPARE(en.proposedCodes, zh.proposedCodes);

        // Two answers proposing the same violation propose it once; unknown answers are skipped.
        answers.insert("treatment-running", "stopped");
        answers.insert("outfall-standard", "no-such-answer");
        const Findings repeated = findingsFor(checklist, answers, QStringLiteral("en"));
        QCOMPARE(repeated.sentences.size(), 3);
        QCOMPARE(repeated.proposedCodes, (QStringList{"WATER-NO-PERMIT", "WATER-EVASION"}));
        QVERIFY(findingsFor(checklist, {}, QStringLiteral("en")).text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "TestChecklist.moc"
