#pragma once

#include "Text.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Enforcement documents (执法文书) are data: one JSON template per kind in resources/documents (format in
// resources/documents/FORMAT.md), because layouts differ between provinces and a bureau must be able to
// change one without a new build of the program.
namespace fieldcase::documents {

enum class FieldType {
    Text,     // a string (or a number, printed as written)
    Date,     // "YYYY-MM-DD", printed 2026年3月20日
    DateTime, // "YYYY-MM-DDTHH:MM[:SS]", printed 2026年3月20日9时30分
    Money,    // a number of yuan, printed 人民币伍万元整（￥50,000.00）
    Flag,     // true or false: only for "when" conditions, never printed
    List,     // a list of texts, or of objects with the declared columns
};

// A key of each item of a list field ({"name": …, "certificate": …}).
struct Column {
    QString id;
    discretion::Text label;
    bool required = true; // an item with this key empty makes the document incomplete
};

// A value the document prints. `id` is a dotted path into DocumentData::fields ("party.name" reads
// {"party": {"name": …}}).
struct Field {
    QString id;
    discretion::Text label; // zh is the printed label; both name the field when it is missing
    FieldType type = FieldType::Text;
    bool required = false;
    QString
        requiredWhen; // required only when this other field has a value (the account when there is a fine)
    // List only.
    QList<Column> columns;  // empty: the items are texts
    int minItems = 0;       // e.g. two officers: the law wants at least two
    QString inlineTemplate; // how one item reads inside a paragraph ("{{name}}（{{certificate}}）")

    const Column* column(const QString& columnId) const;
};

// Where someone signs. Places with everyPage repeat in a band at the bottom of every page (inspection
// and interview records must be signed on each page); the others stand where the body puts them.
struct SignaturePlace {
    QString id; // "party", "officers", "recorder", "witness", "leader"…: keys of DocumentData::signatures
    discretion::Text label;
    bool everyPage = false;
};

enum class BlockType {
    Heading,    // a section heading
    Paragraph,  // text with {{field}} placeholders
    Fields,     // a bordered key/value table (the grid of approval forms and receipts)
    List,       // one paragraph per item of a list field
    Table,      // a bordered table from a list field; splits across pages, header repeated
    Signatures, // signature places in the flow of the body (end of a record, the inventory)
};

enum class Align { Justify, Left, Center, Right };

// One row of a Fields block: a label and a value, optionally with a signature place and a date line
// under the value (an approver's opinion, signature and date).
struct FieldRow {
    QString label; // printed; from the field's label when the row names a field
    QString value; // text with placeholders
    QString signature;
    QString date; // text with placeholders, printed after the signature
    bool wide = false;
};

struct TableColumn {
    QString column; // a column of the list field
    QString header;
    int width = 1; // relative
};

struct Block {
    BlockType type = BlockType::Paragraph;
    QString text; // Heading, Paragraph: the text ({{number}} is the document number); List: the item template
    Align align = Align::Justify;
    bool indent = true;      // Paragraph, List: first-line indent of two characters (Chinese typesetting)
    QString field;           // List, Table: the list field
    bool numbered = false;   // List: "1．" before each item; Table: a 序号 column
    int pairsPerRow = 1;     // Fields: one or two label/value pairs per table row
    QList<FieldRow> rows;    // Fields
    QList<TableColumn> cols; // Table
    QStringList places;      // Signatures
    QString date;            // Signatures: a date line after the places, with placeholders
    QString when;            // print the block only when this field has a value (a flag: is true)
    int spaceBefore = 0;     // Heading, Paragraph, Signatures: extra space above, in points (room for a seal)
    bool keepTogether = false; // Paragraph: never split across pages (the agency and date of a sign-off)
    bool keepWithNext = false; // Heading (always), Paragraph: on the page of the block that follows
    bool pageBreakBefore = false;
};

struct DocumentTemplate {
    QString kind;           // "penalty_decision": the file name and the key callers use
    QString title;          // as printed: 行政处罚决定书
    QString issuer;         // the line above the title, usually "{{agency.name}}"; may be empty
    QString numberCategory; // 罚决, 罚告, 责改…; empty: the document has no number of its own
    QString numberPattern;  // a regular expression the number must match; empty: any
    QString footer;         // the page line, with {{page}} and {{pages}}
    QList<Field> fields;
    QList<SignaturePlace> signatures;
    QList<Block> body;

    const Field* field(const QString& id) const;
    const SignaturePlace* signature(const QString& id) const;
    QList<SignaturePlace> everyPageSignatures() const;

    // Refuses a broken template; `error` gets "JSON path: reason" (e.g. "body[3].text: the placeholder
    // {{party.nme}} names no declared field").
    static std::optional<DocumentTemplate> parse(const QByteArray& json, QString* error);
    // The kinds embedded in the program (":/documents/<kind>.json"), sorted.
    static QList<QString> kinds();
    // An embedded template; nothing (and a warning) if the kind is unknown or its template broken.
    static std::optional<DocumentTemplate> shipped(const QString& kind);

    static constexpr const char* Format = "fieldcase-document-template/1";
    static constexpr const char* DefaultFooter = "第 {{page}} 页 共 {{pages}} 页";
};

// The placeholders ({{id}}) of a text, in order; `unclosed` is set when a "{{" has no "}}".
QStringList placeholders(const QString& text, bool* unclosed = nullptr);

} // namespace fieldcase::documents
