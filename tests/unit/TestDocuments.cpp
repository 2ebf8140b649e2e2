// Enforcement documents: every shipped template parses and renders to an A4 PDF that embeds its CJK fonts
// and says, as pdftotext reads it back, its title, its number, every required value and "第 1 页 共 N 页";
// forms signed on every page carry the signature places on every page; an incomplete document is refused
// by name and nothing is written; broken templates are refused at the JSON path of their fault.
// Needs poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm). Set FIELDCASE_KEEP_DOCUMENTS to
// a directory to keep the PDFs of everyKindRenders for looking at them.
#include "DocumentData.h"
#include "DocumentTemplate.h"
#include "PdfRenderer.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::documents;

namespace {

const QString DataDir = QStringLiteral(FIELDCASE_TEST_DATA "/documents");

// Runs a poppler tool and returns its standard output (UTF-8); fails the test if it does not run.
QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdftotext(const QString& pdf, const char* mode = "-layout") {
    return tool(QStringLiteral("pdftotext"), {QLatin1String(mode), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

// Without any white space: pdftotext spaces justified CJK text out and breaks lines where the PDF does.
QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    return text.remove(space);
}

QStringList pages(const QString& text) {
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QRegularExpression pageLine(int page, int pages) {
    return QRegularExpression(QStringLiteral("第\\s*%1\\s*页\\s*共\\s*%2\\s*页").arg(page).arg(pages));
}

// The body of every page without what every page repeats (footer, signature band), joined: a value
// that runs over a page break reads as one again.
QString bodyText(const QString& layoutText, const DocumentTemplate& t) {
    static const QRegularExpression footer(QStringLiteral("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页"));
    QStringList kept;
    for (const QString& line : layoutText.split(QLatin1Char('\n'))) {
        bool repeated = footer.match(line).hasMatch();
        for (const SignaturePlace& place : t.everyPageSignatures())
            repeated = repeated || line.contains(place.label.zh + QStringLiteral("："));
        if (!repeated)
            kept << line;
    }
    return squeezed(kept.join(QLatin1Char('\n')));
}

QJsonObject sampleFields() {
    return QJsonDocument::fromJson(readFile(DataDir + QStringLiteral("/sample.json"))).object();
}

QString sampleNumber(const QString& kind) {
    static const QMap<QString, QString> numbers{
        {QStringLiteral("penalty_decision"), QStringLiteral("宁江环罚决字〔2026〕12号")},
        {QStringLiteral("advance_notice"), QStringLiteral("宁江环罚告字〔2026〕9号")},
        {QStringLiteral("correction_order"), QStringLiteral("宁江环责改字〔2026〕21号")},
        {QStringLiteral("seal_up_decision"), QStringLiteral("宁江环查封字〔2026〕3号")},
    };
    return numbers.value(kind);
}

DocumentData sample(const QString& kind) {
    DocumentData data;
    data.fields = sampleFields();
    data.number = sampleNumber(kind);
    return data;
}

// A shipped template, or the test fails (shippedTemplatesParse says why).
#define SHIPPED(name, kind)                                                                                  \
    const std::optional<DocumentTemplate> name##Shipped = DocumentTemplate::shipped(kind);                   \
    QVERIFY2(name##Shipped, qPrintable(QStringLiteral("no shipped template ") + (kind)));                    \
    const DocumentTemplate& name = *name##Shipped

// Sets a value at a dotted path (creating the objects on the way), or removes it when `value` is undefined.
void setField(QJsonObject& fields, const QString& id, const QJsonValue& value) {
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            fields.remove(id);
        else
            fields.insert(id, value);
        return;
    }
    QJsonObject inner = fields.value(id.left(dot)).toObject();
    setField(inner, id.mid(dot + 1), value);
    fields.insert(id.left(dot), inner);
}

// The columns of a list field the template prints somewhere (list items, table columns, its inline text).
QSet<QString> printedColumns(const DocumentTemplate& t, const Field& field) {
    QSet<QString> columns;
    bool inlined = false;
    const auto scan = [&](const QString& text) {
        inlined = inlined || placeholders(text).contains(field.id);
    };
    for (const Block& block : t.body) {
        if (block.type == BlockType::List && block.field == field.id) {
            const QStringList names = placeholders(block.text);
            columns.unite(QSet<QString>(names.begin(), names.end()));
        }
        if (block.type == BlockType::Table && block.field == field.id) {
            for (const TableColumn& c : block.cols)
                columns.insert(c.column);
        }
        if (block.type != BlockType::List)
            scan(block.text);
        for (const FieldRow& row : block.rows)
            scan(row.value);
    }
    if (inlined) {
        const QStringList names =
            field.inlineTemplate.isEmpty() ? QStringList() : placeholders(field.inlineTemplate);
        if (field.inlineTemplate.isEmpty())
            for (const Column& c : field.columns)
                columns.insert(c.id);
        columns.unite(QSet<QString>(names.begin(), names.end()));
    }
    return columns;
}

// What the PDF must say for each required field, as printed.
QStringList requiredValues(const DocumentTemplate& t, const DocumentData& data) {
    QStringList values;
    for (const Field& field : t.fields) {
        const bool required =
            field.required || (!field.requiredWhen.isEmpty() && hasValue(data.value(field.requiredWhen)));
        if (!required || field.type == FieldType::Flag)
            continue;
        if (field.type != FieldType::List) {
            values << format::value(field, data.value(field.id));
            continue;
        }
        const QSet<QString> columns = printedColumns(t, field);
        for (const QJsonValue& item : data.value(field.id).toArray()) {
            if (field.columns.isEmpty())
                values << item.toString();
            for (const Column& column : field.columns) {
                if (column.required && columns.contains(column.id))
                    values << item.toObject().value(column.id).toString();
            }
        }
    }
    return values;
}

QImage signatureImage() {
    QImage image(300, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::darkBlue, 6));
    p.drawLine(20, 90, 120, 30);
    p.drawLine(120, 30, 160, 95);
    p.drawLine(160, 95, 280, 40);
    return image;
}

// Image placements per page, from `pdfimages -list` (page numbers in its first column).
QMap<int, int> imagesPerPage(const QString& pdf) {
    QMap<int, int> counts;
    const QStringList lines = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n');
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 3 && columns[2] == QLatin1String("image"))
            ++counts[columns[0].toInt()];
    }
    return counts;
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        for (const char* program : {"pdftotext", "pdffonts", "pdfinfo", "pdfimages", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("%1 is missing: install poppler-utils (./dev does)").arg(program)));
        }
        QVERIFY2(DocumentFonts::get().ok(), qPrintable(DocumentFonts::get().error));
        QVERIFY(m_dir.isValid());
    }

    void shippedTemplatesParse() {
        const QMap<QString, QString> titles{
            {QStringLiteral("site_inspection"), QStringLiteral("现场检查（勘察）笔录")},
            {QStringLiteral("interview"), QStringLiteral("调查询问笔录")},
            {QStringLiteral("correction_order"), QStringLiteral("责令改正违法行为决定书")},
            {QStringLiteral("advance_notice"), QStringLiteral("行政处罚事先（听证）告知书")},
            {QStringLiteral("penalty_decision"), QStringLiteral("行政处罚决定书")},
            {QStringLiteral("service_receipt"), QStringLiteral("送达回证")},
            {QStringLiteral("seal_up_decision"), QStringLiteral("查封（扣押）决定书")},
            {QStringLiteral("opening_approval"), QStringLiteral("立案审批表")},
            {QStringLiteral("case_approval"), QStringLiteral("案件处理内部审批表")},
            {QStringLiteral("closing_approval"), QStringLiteral("结案审批表")},
        };
        QCOMPARE(DocumentTemplate::kinds(), titles.keys());
        for (const QString& kind : DocumentTemplate::kinds()) {
            QString error;
            const std::optional<DocumentTemplate> t =
                DocumentTemplate::parse(readFile(QStringLiteral(":/documents/%1.json").arg(kind)), &error);
            QVERIFY2(t, qPrintable(kind + QStringLiteral(": ") + error));
            QCOMPARE(t->kind, kind);
            QCOMPARE(t->title, titles.value(kind));
            QVERIFY(DocumentTemplate::shipped(kind));
        }
        // The forms the law wants signed on every page.
        for (const char* kind : {"site_inspection", "interview"})
            QCOMPARE(DocumentTemplate::shipped(QLatin1String(kind))->everyPageSignatures().size(), 2);
        QCOMPARE(DocumentTemplate::shipped(QStringLiteral("penalty_decision"))->numberCategory,
                 QStringLiteral("罚决"));
        QCOMPARE(DocumentTemplate::shipped(QStringLiteral("advance_notice"))->numberCategory,
                 QStringLiteral("罚告"));
        QCOMPARE(DocumentTemplate::shipped(QStringLiteral("correction_order"))->numberCategory,
                 QStringLiteral("责改"));
        QTest::ignoreMessage(QtWarningMsg, "No document template of the kind no_such_kind");
        QVERIFY(!DocumentTemplate::shipped(QStringLiteral("no_such_kind")));
    }

    void brokenTemplatesAreRefused_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char* file, const char* path, const char* reason) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(path)
                                << QString::fromUtf8(reason);
        };
        row("not-json", "line 5, offset 104", "not valid JSON");
        row("wrong-format", "format", "unknown format");
        row("unknown-block-type", "body[1].type", "unknown block type \"banner\"");
        row("unknown-block-key", "body[1].colour", "is not a key of a \"heading\" block");
        row("field-without-label", "fields[1].label", "is missing");
        row("undeclared-placeholder", "body[2].text", "{{party.nme}} names no declared field");
        row("unclosed-placeholder", "body[2].text", "without its");
        row("list-of-text-field", "body[3].field", "not a declared list field");
        row("list-item-unknown-column", "body[3].item", "{{prove}} names no column of evidence");
        row("table-unknown-column", "body[4].columns[1].column", "\"weight\" is not a column of evidence");
        row("unknown-signature-place", "body[5].places[1]", "\"witness\" is not a declared signature place");
        row("unplaced-signature", "signatures[1]", "neither on every page nor in the body");
        row("unused-field", "fields[5]", "never uses it");
        row("duplicate-field", "fields[2].id", "declared twice");
        row("field-holds-field", "fields[2].id", "one holds the other");
        row("unknown-field-type", "fields[2].type", "unknown type \"timestamp\"");
        row("number-pattern-invalid", "number.pattern", "not a valid regular expression");
        row("when-undeclared", "body[6].when", "\"hearing_right\" is not a declared field");
        row("flag-printed", "body[6].text", "is for \"when\" only");
        row("required-flag", "fields[4].required", "a flag cannot be required");
        row("empty-body", "body", "at least one block");
    }

    void brokenTemplatesAreRefused() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QString error;
        const std::optional<DocumentTemplate> t = DocumentTemplate::parse(
            readFile(DataDir + QLatin1Char('/') + file + QStringLiteral(".json")), &error);
        QVERIFY(!t);
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void theMinimalTestTemplateParses() {
        QString error;
        const auto t =
            DocumentTemplate::parse(readFile(DataDir + QStringLiteral("/valid-minimal.json")), &error);
        QVERIFY2(t, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(t->body.size(), 7);
        QCOMPARE(t->field(QStringLiteral("evidence"))->columns.size(), 2);
    }

    void everyKindRenders_data() {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : DocumentTemplate::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

    void everyKindRenders() {
        QFETCH(QString, kind);
        SHIPPED(t, kind);
        const DocumentData data = sample(kind);
        QVERIFY2(missingFields(t, data, QStringLiteral("zh_CN")).isEmpty(),
                 qPrintable(missingFields(t, data, QStringLiteral("zh_CN")).join(u'、')));
        const QString pdf = m_dir.filePath(kind + QStringLiteral(".pdf"));
        const RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty() && result.missingFields.isEmpty());
        QCOMPARE(result.pageCount, PdfRenderer().pageCount(t, data));

        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QCOMPARE(qRound(size.captured(1).toDouble()), 595);
        QCOMPARE(qRound(size.captured(2).toDouble()), 842);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(result.pageCount))),
                 qPrintable(info));
        QVERIFY2(info.contains(t.title), qPrintable(info)); // the PDF's title

        // Every font embedded, the CJK ones among them.
        const QStringList fonts =
            tool(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        QStringList names;
        for (const QString& line : fonts) {
            const QStringList columns = line.simplified().split(u' ');
            // name, type (two words), encoding, emb, sub, uni, object, generation
            QVERIFY2(columns.size() >= 8 && columns[columns.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
            QCOMPARE(columns[columns.size() - 3], QStringLiteral("yes")); // a ToUnicode map
            names << columns.first();
        }
        QVERIFY2(names.filter(QStringLiteral("UMing")).size() == 1, qPrintable(names.join(u' ')));
        QVERIFY2(names.filter(QStringLiteral("WenQuanYi")).size() == 1, qPrintable(names.join(u' ')));

        const QString text = pdftotext(pdf);
        const QStringList pageTexts = pages(text);
        QCOMPARE(pageTexts.size(), result.pageCount);
        QVERIFY2(squeezed(pageTexts.first()).contains(squeezed(t.title)), qPrintable(pageTexts.first()));
        for (int i = 0; i < pageTexts.size(); ++i) {
            QVERIFY2(pageTexts[i].contains(pageLine(i + 1, result.pageCount)), qPrintable(pageTexts[i]));
            if (!data.number.isEmpty())
                QVERIFY2(pageTexts[i].contains(data.number), qPrintable(pageTexts[i])); // in the footer
        }
        if (!t.numberCategory.isEmpty()) // and under the title
            QVERIFY(pageTexts.first().count(data.number) >= 2);
        // -layout keeps the columns of a table row side by side, so a value that wraps in its cell next to
        // a label that wraps too is interleaved with it; -raw reads the text in the order it was drawn.
        const QString body = bodyText(text, t);
        const QString raw = bodyText(pdftotext(pdf, "-raw"), t);
        const QStringList values = requiredValues(t, data);
        QVERIFY(values.size() >= 5);
        for (const QString& value : values) {
            QVERIFY2(!value.isEmpty(), qPrintable(kind));
            QVERIFY2(body.contains(squeezed(value)) || raw.contains(squeezed(value)),
                     qPrintable(QStringLiteral("%1 lacks %2").arg(kind, value)));
        }
        // Poppler draws every page (a broken PDF fails here).
        const QString png = m_dir.filePath(kind);
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), QStringLiteral("-f"),
              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, png});
        QVERIFY(!QDir(m_dir.path()).entryList({kind + QStringLiteral("-*.png")}).isEmpty());
    }

    // Why the fonts are not Noto CJK (see DocumentFonts.cpp): these ideographs share their glyphs with the
    // Kangxi radicals in Noto, and Qt's PDF writer then maps them back to the radicals.
    void radicalEquivalentIdeographsAreExtractedExactly() {
        QString ideographs;
        for (char32_t radical = 0x2E80; radical <= 0x2FD5; ++radical) {
            const QString single = QString::fromUcs4(&radical, 1);
            const QString unified = single.normalized(QString::NormalizationForm_KC);
            if (unified != single && !ideographs.contains(unified))
                ideographs += unified;
        }
        QVERIFY(ideographs.size() > 200);
        const QByteArray json =
            R"({"format": "fieldcase-document-template/1", "kind": "test", "title": "测试",
            "number": null, "fields": [{"id": "text", "label": {"zh": "文字", "en": "Text"}, "required": true}],
            "body": [{"type": "heading", "text": "{{text}}"}, {"type": "paragraph", "text": "{{text}}"}]})";
        QString error;
        const auto t = DocumentTemplate::parse(json, &error);
        QVERIFY2(t, qPrintable(error));
        DocumentData data;
        data.fields.insert(QStringLiteral("text"), ideographs);
        const QString pdf = m_dir.filePath(QStringLiteral("ideographs.pdf"));
        QVERIFY(PdfRenderer().render(*t, data, pdf).ok);
        // In the heading font and the body font alike.
        const QString text = bodyText(pdftotext(pdf), *t);
        QCOMPARE(text.count(ideographs), 2);
    }

    void aLongInterviewIsSignedOnEveryPage() {
        SHIPPED(t, QStringLiteral("interview"));
        DocumentData data = sample(QStringLiteral("interview"));
        QJsonArray qa;
        for (int i = 1; i <= 40; ++i)
            qa.append(QJsonObject{
                {QStringLiteral("question"),
                 QStringLiteral("第%1个问题：你公司的废水处理设施运行情况如何？").arg(i)},
                {QStringLiteral("answer"),
                 QStringLiteral(
                     "第%1个回答：废水处理设施每天运行八小时，处理后的废水进入市政管网，运行记录由车间"
                     "统计员每日填写，设施检修期间废水暂存于收集池。")
                     .arg(i)}});
        data.fields.insert(QStringLiteral("qa"), qa);
        data.signatures.insert(QStringLiteral("officers"), signatureImage());
        data.refusals.insert(QStringLiteral("interviewee"), QStringLiteral("被询问人拒绝签名，见证人：刘洋"));
        const QString pdf = m_dir.filePath(QStringLiteral("long-interview.pdf"));
        const RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.pageCount >= 2, qPrintable(QString::number(result.pageCount)));

        const QStringList pageTexts = pages(pdftotext(pdf));
        QCOMPARE(pageTexts.size(), result.pageCount);
        const QMap<int, int> images = imagesPerPage(pdf);
        for (int i = 0; i < pageTexts.size(); ++i) {
            const QString& page = pageTexts[i];
            QVERIFY2(page.contains(QStringLiteral("被询问人签名：")), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("执法人员签名：")), qPrintable(page));
            QVERIFY2(squeezed(page).contains(QStringLiteral("被询问人拒绝签名，见证人：刘洋")),
                     qPrintable(page));
            QVERIFY2(page.contains(pageLine(i + 1, result.pageCount)), qPrintable(page));
            QVERIFY2(images.value(i + 1) >= 1,
                     qPrintable(QStringLiteral("no signature on page %1").arg(i + 1)));
        }
        // Every question and answer, in order, across the page breaks.
        const QString body = bodyText(pdftotext(pdf), t);
        qsizetype at = 0;
        for (int i = 1; i <= 40; ++i) {
            at = body.indexOf(QStringLiteral("第%1个回答").arg(i), at);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("answer %1").arg(i)));
        }
    }

    void aLongInventorySplitsWithItsHeaderOnEveryPage() {
        SHIPPED(t, QStringLiteral("seal_up_decision"));
        DocumentData data = sample(QStringLiteral("seal_up_decision"));
        QJsonArray inventory;
        for (int i = 1; i <= 70; ++i)
            inventory.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("封存物品%1").arg(i)},
                                         {QStringLiteral("quantity"), QString::number(i)},
                                         {QStringLiteral("unit"), QStringLiteral("件")},
                                         {QStringLiteral("location"), QStringLiteral("二号仓库")}});
        data.fields.insert(QStringLiteral("inventory"), inventory);
        const QString pdf = m_dir.filePath(QStringLiteral("long-inventory.pdf"));
        const RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList pageTexts = pages(pdftotext(pdf));
        QCOMPARE(pageTexts.size(), result.pageCount);
        int inventoryPages = 0;
        for (const QString& page : pageTexts) {
            if (!page.contains(QStringLiteral("封存物品")))
                continue;
            ++inventoryPages;
            QVERIFY2(page.contains(QStringLiteral("规格型号")), qPrintable(page)); // the repeated header row
        }
        QVERIFY2(inventoryPages >= 2, qPrintable(QString::number(inventoryPages)));
        QVERIFY(pageTexts.join(QString()).contains(QStringLiteral("封存物品70")));
        QVERIFY(!pageTexts.first().contains(QStringLiteral("封存物品1"))); // the inventory starts a new page
    }

    void anIncompleteDocumentIsNamedAndNotWritten() {
        SHIPPED(t, QStringLiteral("penalty_decision"));
        DocumentData data = sample(QStringLiteral("penalty_decision"));
        data.number.clear();
        setField(data.fields, QStringLiteral("party.name"), QJsonValue(QJsonValue::Undefined));
        setField(data.fields, QStringLiteral("payment.account"), QStringLiteral("  "));
        QJsonArray evidence = data.fields.value(QStringLiteral("evidence")).toArray();
        QJsonObject second = evidence[1].toObject();
        second.remove(QStringLiteral("proves"));
        evidence[1] = second;
        data.fields.insert(QStringLiteral("evidence"), evidence);

        const QStringList zh{QStringLiteral("文书编号"), QStringLiteral("当事人"),
                             QStringLiteral("证据第2项：证明事项"), QStringLiteral("收款账号")};
        QCOMPARE(missingFields(t, data, QStringLiteral("zh_CN")), zh);
        QCOMPARE(missingFields(t, data, QStringLiteral("en")),
                 QStringList({QStringLiteral("Document number"), QStringLiteral("Party"),
                              QStringLiteral("Evidence, item 2: What it proves"),
                              QStringLiteral("Account number")}));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
        RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY(!result.ok);
        QCOMPARE(result.missingFields.size(), 4);
        QCOMPARE(result.pageCount, 0);
        QVERIFY2(result.error.contains(result.missingFields.join(u'、')), qPrintable(result.error));
        QVERIFY(QDir(dir.path()).isEmpty());

        // An earlier complete PDF at the same path survives a refused render.
        QFile earlier(pdf);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("%PDF-1.4 earlier");
        earlier.close();
        QVERIFY(!PdfRenderer().render(t, data, pdf).ok);
        QCOMPARE(readFile(pdf), QByteArray("%PDF-1.4 earlier"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("decision.pdf")});
        QVERIFY(PdfRenderer().renderToBytes(t, data).isEmpty());

        // Too few officers on a record the law wants two officers for.
        SHIPPED(site, QStringLiteral("site_inspection"));
        DocumentData alone = sample(QStringLiteral("site_inspection"));
        alone.fields.insert(QStringLiteral("officers"),
                            QJsonArray{alone.fields.value(QStringLiteral("officers")).toArray().first()});
        QCOMPARE(missingFields(site, alone, QStringLiteral("zh")),
                 QStringList{QStringLiteral("执法人员（至少2项）")});
    }

    void theAccountIsRequiredOnlyWithAFine() {
        SHIPPED(t, QStringLiteral("penalty_decision"));
        DocumentData data = sample(QStringLiteral("penalty_decision"));
        setField(data.fields, QStringLiteral("penalty.fine"), QJsonValue(QJsonValue::Undefined));
        data.fields.remove(QStringLiteral("payment"));
        data.fields.insert(QStringLiteral("penalty"),
                           QJsonObject{{QStringLiteral("decision"), QStringLiteral("警告")}});
        QVERIFY(missingFields(t, data).isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("warning.pdf"));
        QVERIFY(PdfRenderer().render(t, data, pdf).ok);
        const QString text = squeezed(pdftotext(pdf));
        QVERIFY(text.contains(QStringLiteral("我局决定对你单位作出如下行政处罚：警告。")));
        QVERIFY(!text.contains(QStringLiteral("十五日内")));
    }

    void theFineIsWrittenInCapitals() {
        SHIPPED(t, QStringLiteral("penalty_decision"));
        const QString pdf = m_dir.filePath(QStringLiteral("fine.pdf"));
        QVERIFY(PdfRenderer().render(t, sample(QStringLiteral("penalty_decision")), pdf).ok);
        const QString text = squeezed(pdftotext(pdf));
        QVERIFY2(text.contains(QStringLiteral("将罚款人民币伍万元整（￥50,000.00）缴至指定账户")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2026年3月20日")));
    }

    void aNumberOfAnotherCategoryIsRefused() {
        SHIPPED(t, QStringLiteral("penalty_decision"));
        DocumentData data = sample(QStringLiteral("penalty_decision"));
        data.number = QStringLiteral("宁江环罚告字〔2026〕9号");
        const QString pdf = m_dir.filePath(QStringLiteral("wrong-number.pdf"));
        const RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY(!result.ok);
        QVERIFY(result.missingFields.isEmpty());
        QVERIFY2(result.error.contains(data.number), qPrintable(result.error));
        QVERIFY(!QFile::exists(pdf));
    }

    void aFailedWriteLeavesNothing() {
        SHIPPED(t, QStringLiteral("correction_order"));
        const QString pdf = m_dir.filePath(QStringLiteral("no-such-dir/order.pdf"));
        const RenderResult result = PdfRenderer().render(t, sample(QStringLiteral("correction_order")), pdf);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(pdf)), qPrintable(result.error));
        QVERIFY(!QFile::exists(pdf));
    }

    void signaturesAndRefusalsInTheBody() {
        SHIPPED(t, QStringLiteral("service_receipt"));
        DocumentData data = sample(QStringLiteral("service_receipt"));
        data.signatures.insert(QStringLiteral("recipient"), signatureImage());
        data.refusals.insert(QStringLiteral("witness"), QStringLiteral("无见证人，已拍照记录"));
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const RenderResult result = PdfRenderer().render(t, data, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pageCount, 1);
        QCOMPARE(imagesPerPage(pdf).value(1), 1);
        const QString text = squeezed(pdftotext(pdf));
        QVERIFY(text.contains(QStringLiteral("（无见证人，已拍照记录）")));
        QVERIFY(text.contains(QStringLiteral("送达人签名：")));
        QVERIFY(text.contains(QStringLiteral("2026年3月25日10时15分")));
    }

    void thePreviewHasThePagesOfThePdf() {
        SHIPPED(t, QStringLiteral("penalty_decision"));
        DocumentData data = sample(QStringLiteral("penalty_decision"));
        const QList<QImage> preview = PdfRenderer().renderPages(t, data, 60);
        QCOMPARE(preview.size(), PdfRenderer().pageCount(t, data));
        QVERIFY(preview.size() >= 2);
        for (const QImage& page : preview) {
            QCOMPARE(page.size(), QSize(496, 702)); // A4 at 60 dpi
            QCOMPARE(qRound(page.dotsPerMeterX() * 0.0254), 60);
        }
        const auto hasRed = [](const QImage& image) {
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() > 150 && c.green() < 120 && c.blue() < 120)
                        return true;
                }
            return false;
        };
        QVERIFY(!hasRed(preview.first()));
        // Incomplete: still a preview, but marked so nobody takes it for the document.
        setField(data.fields, QStringLiteral("party.name"), QString());
        const QList<QImage> draft = PdfRenderer().renderPages(t, data, 60);
        QCOMPARE(draft.size(), preview.size());
        QVERIFY(hasRed(draft.first()));
        QVERIFY(hasRed(draft.last())); // the watermark on every page
        if (const QString keep = qEnvironmentVariable("FIELDCASE_KEEP_DOCUMENTS"); !keep.isEmpty())
            draft.first().save(keep + QStringLiteral("/draft-preview.png"));
    }

    void capitalAmounts_data() {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        const auto row = [](qint64 fen, const char* text) {
            QTest::newRow(qPrintable(QString::number(fen))) << fen << QString::fromUtf8(text);
        };
        row(5000000, "伍万元整");
        row(1000, "壹拾元整");
        row(100500, "壹仟零伍元整");
        row(10000000, "壹拾万元整");
        row(10050000, "壹拾万零伍佰元整");
        row(1001000, "壹万零壹拾元整");
        row(123456789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分");
        row(10030, "壹佰元叁角整");
        row(10005, "壹佰元零伍分");
        row(50, "伍角整");
        row(10000000000, "壹亿元整");
        row(0, "零元整");
    }

    void capitalAmounts() {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(format::capitalAmount(fen), text);
    }

    void valuesArePrintedAsOfficialDocumentsWriteThem() {
        QCOMPARE(format::date(QStringLiteral("2026-03-05")), QStringLiteral("2026年3月5日"));
        QCOMPARE(format::date(QStringLiteral("2026-02-30")),
                 QStringLiteral("2026-02-30")); // not a date: as given
        QCOMPARE(format::dateTime(QStringLiteral("2026-03-05T09:05")), QStringLiteral("2026年3月5日9时05分"));
        QCOMPARE(format::dateTime(QStringLiteral("2026-03-05T14:30:00")),
                 QStringLiteral("2026年3月5日14时30分"));
        QCOMPARE(format::money(3000), QStringLiteral("人民币叁仟元整（￥3,000.00）"));
        QCOMPARE(format::money(1234.5), QStringLiteral("人民币壹仟贰佰叁拾肆元伍角整（￥1,234.50）"));
        SHIPPED(t, QStringLiteral("site_inspection"));
        QCOMPARE(format::value(*t.field(QStringLiteral("officers")),
                               sampleFields().value(QStringLiteral("officers"))),
                 QStringLiteral("张伟（执法证件号：32011520001）、李娜（执法证件号：32011520002）"));
        // Flat keys work as well as nested objects.
        DocumentData flat;
        flat.fields.insert(QStringLiteral("party.name"), QStringLiteral("某公司"));
        QCOMPARE(flat.value(QStringLiteral("party.name")).toString(), QStringLiteral("某公司"));
        QVERIFY(!hasValue(QJsonValue(false)));
        QVERIFY(!hasValue(QJsonArray()));
        QVERIFY(hasValue(QJsonValue(0)));
    }

    void cleanupTestCase() {
        const QString keep = qEnvironmentVariable("FIELDCASE_KEEP_DOCUMENTS");
        if (keep.isEmpty())
            return;
        for (const QString& name : QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")})) {
            QFile::remove(keep + QLatin1Char('/') + name);
            QFile::copy(m_dir.filePath(name), keep + QLatin1Char('/') + name);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
