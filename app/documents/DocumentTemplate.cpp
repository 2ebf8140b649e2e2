#include "DocumentTemplate.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fieldcase::documents {

const Column* Field::column(const QString& columnId) const {
    for (const Column& c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

const Field* DocumentTemplate::field(const QString& id) const {
    for (const Field& f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const SignaturePlace* DocumentTemplate::signature(const QString& id) const {
    for (const SignaturePlace& s : signatures) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<SignaturePlace> DocumentTemplate::everyPageSignatures() const {
    QList<SignaturePlace> places;
    for (const SignaturePlace& s : signatures) {
        if (s.everyPage)
            places << s;
    }
    return places;
}

QStringList placeholders(const QString& text, bool* unclosed) {
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    QStringList names;
    QString rest = text;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    rest.remove(pattern);
    if (unclosed)
        *unclosed = rest.contains(QLatin1String("{{")) || rest.contains(QLatin1String("}}"));
    return names;
}

namespace {

bool readBool(JsonReader& r, const QJsonObject& object, const QString& path, const char* key, bool fallback) {
    const QJsonValue value = r.member(object, path, key, false);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        r.fail(JsonReader::join(path, key),
               QCoreApplication::translate("DocumentTemplate", "must be true or false"));
    return value.toBool(fallback);
}

int readCount(JsonReader& r, const QJsonObject& object, const QString& path, const char* key, int fallback,
              int minimum, int maximum) {
    const std::optional<double> value = r.number(object, path, key, false);
    if (!value)
        return fallback;
    if (*value != double(int(*value)) || *value < minimum || *value > maximum) {
        r.fail(JsonReader::join(path, key),
               QCoreApplication::translate("DocumentTemplate", "must be a whole number from %1 to %2")
                   .arg(minimum)
                   .arg(maximum));
        return fallback;
    }
    return int(*value);
}

QString readId(JsonReader& r, const QJsonObject& object, const QString& path, const char* key, bool dotted) {
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression path_(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    const QString value = r.string(object, path, key);
    if (!r.failed() && !(dotted ? path_ : plain).match(value).hasMatch())
        r.fail(JsonReader::join(path, key),
               dotted ? QCoreApplication::translate(
                            "DocumentTemplate",
                            "must be lower-case names joined by dots, such as party.name: \"%1\"")
                            .arg(value)
                      : QCoreApplication::translate("DocumentTemplate",
                                                    "must be lower-case letters, digits and \"_\": \"%1\"")
                            .arg(value));
    return value;
}

// Checks the placeholders of `text` against the names a place may use.
void checkPlaceholders(JsonReader& r, const QString& text, const QString& path,
                       const std::function<QString(const QString&)>& problem) {
    bool unclosed = false;
    const QStringList names = placeholders(text, &unclosed);
    if (unclosed) {
        r.fail(path, QCoreApplication::translate("DocumentTemplate",
                                                 "a \"{{\" without its \"}}\" (or the reverse)"));
        return;
    }
    for (const QString& name : names) {
        const QString why = problem(name);
        if (!why.isEmpty()) {
            r.fail(path, why);
            return;
        }
    }
}

Align readAlign(JsonReader& r, const QJsonObject& object, const QString& path, Align fallback) {
    const QString value = r.string(object, path, "align", false);
    if (value.isEmpty() && !object.contains(QLatin1String("align")))
        return fallback;
    if (value == QLatin1String("justify"))
        return Align::Justify;
    if (value == QLatin1String("left"))
        return Align::Left;
    if (value == QLatin1String("center"))
        return Align::Center;
    if (value == QLatin1String("right"))
        return Align::Right;
    r.fail(JsonReader::join(path, "align"),
           QCoreApplication::translate("DocumentTemplate", "must be justify, left, center or right"));
    return fallback;
}

Field readField(JsonReader& r, const QJsonObject& object, const QString& path) {
    r.onlyKeys(object, path,
               {"id", "label", "type", "required", "required_when", "columns", "min_items", "inline"});
    Field field;
    field.id = readId(r, object, path, "id", true);
    if (!r.failed() && field.id == QLatin1String("number"))
        r.fail(JsonReader::join(path, "id"),
               QCoreApplication::translate("DocumentTemplate",
                                           "{{number}} is the document number, not a field"));
    field.label = r.text(object, path, "label");
    const QString type = r.string(object, path, "type", false);
    static const QMap<QString, FieldType> types{
        {QStringLiteral("text"), FieldType::Text},         {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("datetime"), FieldType::DateTime}, {QStringLiteral("money"), FieldType::Money},
        {QStringLiteral("flag"), FieldType::Flag},         {QStringLiteral("list"), FieldType::List}};
    if (!r.failed() && !type.isEmpty() && !types.contains(type))
        r.fail(JsonReader::join(path, "type"),
               QCoreApplication::translate("DocumentTemplate",
                                           "unknown type \"%1\" (text, date, datetime, money, flag or list)")
                   .arg(type));
    field.type = types.value(type, FieldType::Text);
    field.required = readBool(r, object, path, "required", false);
    field.requiredWhen = r.string(object, path, "required_when", false);
    if (!r.failed() && field.required && !field.requiredWhen.isEmpty())
        r.fail(JsonReader::join(path, "required_when"),
               QCoreApplication::translate("DocumentTemplate",
                                           "a field is required, or required when, not both"));
    if (!r.failed() && field.type == FieldType::Flag && field.required)
        r.fail(
            JsonReader::join(path, "required"),
            QCoreApplication::translate("DocumentTemplate", "a flag cannot be required: false is a value"));

    const bool list = field.type == FieldType::List;
    for (const char* key : {"columns", "min_items", "inline"}) {
        if (!r.failed() && !list && object.contains(QLatin1String(key)))
            r.fail(JsonReader::join(path, key),
                   QCoreApplication::translate("DocumentTemplate", "only a list field has this key"));
    }
    const QJsonArray columns = r.array(object, path, "columns", false);
    QSet<QString> ids;
    for (qsizetype i = 0; i < columns.size() && !r.failed(); ++i) {
        const QString at = JsonReader::at(path, "columns", i);
        const QJsonObject c = r.object(columns[i], at);
        r.onlyKeys(c, at, {"id", "label", "required"});
        Column column{readId(r, c, at, "id", false), r.text(c, at, "label"),
                      readBool(r, c, at, "required", true)};
        if (!r.failed() && ids.contains(column.id))
            r.fail(JsonReader::join(at, "id"),
                   QCoreApplication::translate("DocumentTemplate", "the column \"%1\" is listed twice")
                       .arg(column.id));
        ids.insert(column.id);
        field.columns << column;
    }
    field.minItems = readCount(r, object, path, "min_items", 0, 0, 100);
    field.inlineTemplate = r.string(object, path, "inline", false);
    if (!field.inlineTemplate.isEmpty())
        checkPlaceholders(
            r, field.inlineTemplate, JsonReader::join(path, "inline"), [&](const QString& name) {
                return name == QLatin1String(".")
                           ? (field.columns.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("DocumentTemplate",
                                                                "{{.}} is for lists of texts"))
                       : field.column(name)
                           ? QString()
                           : QCoreApplication::translate(
                                 "DocumentTemplate", "the placeholder {{%1}} names no column of this list")
                                 .arg(name);
            });
    return field;
}

struct Parser {
    JsonReader r;
    DocumentTemplate t;
    QSet<QString> usedFields;
    QSet<QString> usedPlaces;

    // Placeholders of printed texts name declared fields; a flag is never printed.
    void fieldText(const QString& text, const QString& path) {
        checkPlaceholders(r, text, path, [&](const QString& name) {
            if (name == QLatin1String("number"))
                return QString();
            const Field* field = t.field(name);
            if (!field)
                return QCoreApplication::translate("DocumentTemplate",
                                                   "the placeholder {{%1}} names no declared field")
                    .arg(name);
            if (field->type == FieldType::Flag)
                return QCoreApplication::translate(
                           "DocumentTemplate", "the flag {{%1}} is for \"when\" only, it has no printed form")
                    .arg(name);
            usedFields.insert(name);
            return QString();
        });
    }

    const Field* listField(const QJsonObject& object, const QString& path) {
        const QString id = r.string(object, path, "field");
        if (r.failed())
            return nullptr;
        const Field* field = t.field(id);
        if (!field || field->type != FieldType::List) {
            r.fail(JsonReader::join(path, "field"),
                   QCoreApplication::translate("DocumentTemplate", "\"%1\" is not a declared list field")
                       .arg(id));
            return nullptr;
        }
        usedFields.insert(id);
        return field;
    }

    QString place(const QString& id, const QString& path) {
        if (!r.failed() && !t.signature(id))
            r.fail(path,
                   QCoreApplication::translate("DocumentTemplate", "\"%1\" is not a declared signature place")
                       .arg(id));
        usedPlaces.insert(id);
        return id;
    }

    FieldRow row(const QJsonObject& object, const QString& path) {
        r.onlyKeys(object, path, {"field", "label", "value", "signature", "date", "wide"});
        FieldRow row;
        if (object.contains(QLatin1String("field"))) {
            if (object.contains(QLatin1String("value")))
                r.fail(JsonReader::join(path, "value"),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "a row names a field or has a value, not both"));
            const QString id = r.string(object, path, "field");
            const Field* field = t.field(id);
            if (!r.failed() && (!field || field->type == FieldType::Flag))
                r.fail(JsonReader::join(path, "field"),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "\"%1\" is not a declared printable field")
                           .arg(id));
            if (field) {
                usedFields.insert(id);
                row.label = field->label.zh;
                row.value = QStringLiteral("{{%1}}").arg(id);
            }
            if (object.contains(QLatin1String("label")))
                row.label = r.string(object, path, "label");
        } else {
            row.label = r.string(object, path, "label");
            row.value = r.string(object, path, "value", false);
            fieldText(row.value, JsonReader::join(path, "value"));
        }
        if (object.contains(QLatin1String("signature")))
            row.signature = place(r.string(object, path, "signature"), JsonReader::join(path, "signature"));
        row.date = r.string(object, path, "date", false);
        fieldText(row.date, JsonReader::join(path, "date"));
        row.wide = readBool(r, object, path, "wide", false);
        return row;
    }

    Block block(const QJsonObject& object, const QString& path) {
        Block block;
        const QString type = r.string(object, path, "type");
        if (r.failed())
            return block;
        const auto common = [&](std::initializer_list<const char*> keys) {
            QList<const char*> all{"type", "when", "page_break_before"};
            if (type == QLatin1String("heading") || type == QLatin1String("paragraph") ||
                type == QLatin1String("signatures"))
                all << "space_before";
            for (const char* key : keys)
                all << key;
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QByteArray key = it.key().toUtf8();
                if (std::none_of(all.begin(), all.end(), [&](const char* k) { return key == k; }))
                    r.fail(JsonReader::join(path, key.constData()),
                           QCoreApplication::translate("DocumentTemplate", "is not a key of a \"%1\" block")
                               .arg(type));
            }
        };
        if (type == QLatin1String("heading")) {
            common({"text", "align"});
            block.type = BlockType::Heading;
            block.keepWithNext = true;
            block.text = r.string(object, path, "text");
            fieldText(block.text, JsonReader::join(path, "text"));
            block.align = readAlign(r, object, path, Align::Left);
        } else if (type == QLatin1String("paragraph")) {
            common({"text", "align", "indent", "keep_together", "keep_with_next"});
            block.type = BlockType::Paragraph;
            block.keepTogether = readBool(r, object, path, "keep_together", false);
            block.keepWithNext = readBool(r, object, path, "keep_with_next", false);
            block.text = r.string(object, path, "text");
            fieldText(block.text, JsonReader::join(path, "text"));
            block.align = readAlign(r, object, path, Align::Justify);
            block.indent = readBool(r, object, path, "indent", block.align == Align::Justify);
        } else if (type == QLatin1String("fields")) {
            common({"rows", "pairs_per_row"});
            block.type = BlockType::Fields;
            block.pairsPerRow = readCount(r, object, path, "pairs_per_row", 1, 1, 2);
            const QJsonArray rows = r.array(object, path, "rows");
            if (!r.failed() && rows.isEmpty())
                r.fail(JsonReader::join(path, "rows"),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "a key/value table needs at least one row"));
            for (qsizetype i = 0; i < rows.size() && !r.failed(); ++i) {
                const QString at = JsonReader::at(path, "rows", i);
                block.rows << row(r.object(rows[i], at), at);
            }
        } else if (type == QLatin1String("list")) {
            common({"field", "item", "numbered", "indent"});
            block.type = BlockType::List;
            const Field* field = listField(object, path);
            block.field = field ? field->id : QString();
            block.text = r.string(object, path, "item", false);
            if (block.text.isEmpty() && field)
                block.text = field->columns.isEmpty() ? QStringLiteral("{{.}}") : QString();
            if (!r.failed() && block.text.isEmpty())
                r.fail(
                    JsonReader::join(path, "item"),
                    QCoreApplication::translate("DocumentTemplate", "a list of objects needs its item text"));
            if (field)
                checkPlaceholders(r, block.text, JsonReader::join(path, "item"), [&](const QString& name) {
                    if (name == QLatin1String("."))
                        return field->columns.isEmpty()
                                   ? QString()
                                   : QCoreApplication::translate("DocumentTemplate",
                                                                 "{{.}} is for lists of texts");
                    return field->column(name)
                               ? QString()
                               : QCoreApplication::translate("DocumentTemplate",
                                                             "the placeholder {{%1}} names no column of %2")
                                     .arg(name, field->id);
                });
            block.numbered = readBool(r, object, path, "numbered", false);
            block.indent = readBool(r, object, path, "indent", true);
        } else if (type == QLatin1String("table")) {
            common({"field", "columns", "numbered"});
            block.type = BlockType::Table;
            const Field* field = listField(object, path);
            block.field = field ? field->id : QString();
            if (!r.failed() && field->columns.isEmpty())
                r.fail(JsonReader::join(path, "field"),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "a table needs a list of objects with columns"));
            const QJsonArray columns = r.array(object, path, "columns");
            if (!r.failed() && columns.isEmpty())
                r.fail(JsonReader::join(path, "columns"),
                       QCoreApplication::translate("DocumentTemplate", "a table needs at least one column"));
            for (qsizetype i = 0; i < columns.size() && !r.failed(); ++i) {
                const QString at = JsonReader::at(path, "columns", i);
                const QJsonObject c = r.object(columns[i], at);
                r.onlyKeys(c, at, {"column", "header", "width"});
                TableColumn column;
                column.column = r.string(c, at, "column");
                const Column* declared = field ? field->column(column.column) : nullptr;
                if (!r.failed() && !declared)
                    r.fail(JsonReader::join(at, "column"),
                           QCoreApplication::translate("DocumentTemplate", "\"%1\" is not a column of %2")
                               .arg(column.column, block.field));
                column.header = r.string(c, at, "header", false);
                if (column.header.isEmpty() && declared)
                    column.header = declared->label.zh;
                column.width = readCount(r, c, at, "width", 1, 1, 20);
                block.cols << column;
            }
            block.numbered = readBool(r, object, path, "numbered", false);
        } else if (type == QLatin1String("signatures")) {
            common({"places", "date", "align"});
            block.type = BlockType::Signatures;
            const QJsonArray places = r.array(object, path, "places");
            if (!r.failed() && places.isEmpty())
                r.fail(JsonReader::join(path, "places"),
                       QCoreApplication::translate("DocumentTemplate", "name at least one signature place"));
            for (qsizetype i = 0; i < places.size() && !r.failed(); ++i) {
                const QString at = JsonReader::at(path, "places", i);
                if (!places[i].isString())
                    r.fail(at, QCoreApplication::translate("DocumentTemplate",
                                                           "must be the id of a signature place"));
                block.places << place(places[i].toString(), at);
            }
            block.date = r.string(object, path, "date", false);
            fieldText(block.date, JsonReader::join(path, "date"));
            block.align = readAlign(r, object, path, Align::Left);
        } else {
            r.fail(JsonReader::join(path, "type"),
                   QCoreApplication::translate(
                       "DocumentTemplate",
                       "unknown block type \"%1\" (heading, paragraph, fields, list, table or signatures)")
                       .arg(type));
        }
        block.pageBreakBefore = readBool(r, object, path, "page_break_before", false);
        block.spaceBefore = readCount(r, object, path, "space_before", 0, 0, 200);
        if (object.contains(QLatin1String("when"))) {
            block.when = r.string(object, path, "when");
            if (!r.failed() && !t.field(block.when))
                r.fail(JsonReader::join(path, "when"),
                       QCoreApplication::translate("DocumentTemplate", "\"%1\" is not a declared field")
                           .arg(block.when));
            usedFields.insert(block.when);
        }
        return block;
    }

    void parse(const QByteArray& json) {
        const QJsonObject root = r.parseObject(json);
        r.onlyKeys(root, QString(),
                   {"format", "kind", "title", "issuer", "number", "footer", "fields", "signatures", "body"});
        const QString format = r.string(root, QString(), "format");
        if (!r.failed() && format != QLatin1String(DocumentTemplate::Format))
            r.fail(QStringLiteral("format"),
                   QCoreApplication::translate("DocumentTemplate", "unknown format \"%1\" (expected %2)")
                       .arg(format, QLatin1String(DocumentTemplate::Format)));
        t.kind = readId(r, root, QString(), "kind", false);
        t.title = r.string(root, QString(), "title");

        const QJsonValue number = r.member(root, QString(), "number");
        if (number.isObject()) {
            const QJsonObject n = number.toObject();
            r.onlyKeys(n, QStringLiteral("number"), {"category", "pattern"});
            t.numberCategory = r.string(n, QStringLiteral("number"), "category");
            t.numberPattern = r.string(n, QStringLiteral("number"), "pattern", false);
            if (!r.failed() && !t.numberPattern.isEmpty() && !QRegularExpression(t.numberPattern).isValid())
                r.fail(QStringLiteral("number.pattern"),
                       QCoreApplication::translate("DocumentTemplate", "not a valid regular expression: %1")
                           .arg(QRegularExpression(t.numberPattern).errorString()));
        } else if (!number.isNull() && !number.isUndefined()) {
            r.fail(
                QStringLiteral("number"),
                QCoreApplication::translate(
                    "DocumentTemplate", "must be {\"category\": …} or null for a document without number"));
        }
        t.footer = r.string(root, QString(), "footer", false);
        if (t.footer.isEmpty() && !root.contains(QLatin1String("footer")))
            t.footer = QString::fromUtf8(DocumentTemplate::DefaultFooter);
        checkPlaceholders(r, t.footer, QStringLiteral("footer"), [](const QString& name) {
            return name == QLatin1String("page") || name == QLatin1String("pages")
                       ? QString()
                       : QCoreApplication::translate(
                             "DocumentTemplate", "the footer knows only {{page}} and {{pages}}, not {{%1}}")
                             .arg(name);
        });

        const QJsonArray fields = r.array(root, QString(), "fields");
        for (qsizetype i = 0; i < fields.size() && !r.failed(); ++i) {
            const QString at = JsonReader::at(QString(), "fields", i);
            Field field = readField(r, r.object(fields[i], at), at);
            if (r.failed())
                break;
            for (const Field& other : std::as_const(t.fields)) {
                // "party" and "party.name" cannot both hold a value in one JSON object.
                if (other.id == field.id)
                    r.fail(
                        JsonReader::join(at, "id"),
                        QCoreApplication::translate("DocumentTemplate", "the field \"%1\" is declared twice")
                            .arg(field.id));
                else if (other.id.startsWith(field.id + QLatin1Char('.')) ||
                         field.id.startsWith(other.id + QLatin1Char('.')))
                    r.fail(JsonReader::join(at, "id"),
                           QCoreApplication::translate(
                               "DocumentTemplate",
                               "\"%1\" and \"%2\" cannot both be fields: one holds the other")
                               .arg(other.id, field.id));
            }
            t.fields << field;
        }
        for (qsizetype i = 0; i < t.fields.size() && !r.failed(); ++i) {
            const QString& other = t.fields[i].requiredWhen;
            if (!other.isEmpty() && (!t.field(other) || other == t.fields[i].id))
                r.fail(JsonReader::join(JsonReader::at(QString(), "fields", i), "required_when"),
                       QCoreApplication::translate("DocumentTemplate", "\"%1\" is not another declared field")
                           .arg(other));
        }

        const QJsonArray signatures = r.array(root, QString(), "signatures", false);
        for (qsizetype i = 0; i < signatures.size() && !r.failed(); ++i) {
            const QString at = JsonReader::at(QString(), "signatures", i);
            const QJsonObject s = r.object(signatures[i], at);
            r.onlyKeys(s, at, {"id", "label", "every_page"});
            SignaturePlace place{readId(r, s, at, "id", false), r.text(s, at, "label"),
                                 readBool(r, s, at, "every_page", false)};
            if (!r.failed() && t.signature(place.id))
                r.fail(JsonReader::join(at, "id"),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "the signature place \"%1\" is declared twice")
                           .arg(place.id));
            if (place.everyPage)
                usedPlaces.insert(place.id);
            t.signatures << place;
        }
        if (!r.failed() && t.everyPageSignatures().size() > 4)
            r.fail(QStringLiteral("signatures"),
                   QCoreApplication::translate("DocumentTemplate",
                                               "at most four places fit in the band of every page"));

        t.issuer = r.string(root, QString(), "issuer", false);
        fieldText(t.issuer, QStringLiteral("issuer"));

        const QJsonArray body = r.array(root, QString(), "body");
        if (!r.failed() && body.isEmpty())
            r.fail(QStringLiteral("body"),
                   QCoreApplication::translate("DocumentTemplate", "a document needs at least one block"));
        for (qsizetype i = 0; i < body.size() && !r.failed(); ++i) {
            const QString at = JsonReader::at(QString(), "body", i);
            t.body << block(r.object(body[i], at), at);
        }

        // A field nobody prints would block rendering (if required) or silently vanish; a place nobody
        // placed could never be signed.
        for (qsizetype i = 0; i < t.fields.size() && !r.failed(); ++i) {
            if (!usedFields.contains(t.fields[i].id))
                r.fail(JsonReader::at(QString(), "fields", i),
                       QCoreApplication::translate("DocumentTemplate",
                                                   "\"%1\" is declared but the body never uses it")
                           .arg(t.fields[i].id));
        }
        for (qsizetype i = 0; i < t.signatures.size() && !r.failed(); ++i) {
            if (!usedPlaces.contains(t.signatures[i].id))
                r.fail(JsonReader::at(QString(), "signatures", i),
                       QCoreApplication::translate(
                           "DocumentTemplate", "the place \"%1\" is neither on every page nor in the body")
                           .arg(t.signatures[i].id));
        }
    }
};

} // namespace

std::optional<DocumentTemplate> DocumentTemplate::parse(const QByteArray& json, QString* error) {
    Parser parser;
    parser.parse(json);
    if (parser.r.failed()) {
        if (error)
            *error = parser.r.fault().toString();
        return std::nullopt;
    }
    if (error)
        error->clear();
    return std::move(parser.t);
}

QList<QString> DocumentTemplate::kinds() {
    const QDir dir(QStringLiteral(":/documents"));
    QList<QString> kinds;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        kinds << name.chopped(5);
    return kinds;
}

std::optional<DocumentTemplate> DocumentTemplate::shipped(const QString& kind) {
    QFile file(QStringLiteral(":/documents/%1.json").arg(kind));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("No document template of the kind %s", qPrintable(kind));
        return std::nullopt;
    }
    QString error;
    std::optional<DocumentTemplate> parsed = parse(file.readAll(), &error);
    if (!parsed)
        qWarning("The shipped template %s is broken: %s", qPrintable(kind), qPrintable(error));
    else if (parsed->kind != kind) {
        qWarning("The shipped template %s.json declares the kind %s", qPrintable(kind),
                 qPrintable(parsed->kind));
        return std::nullopt;
    }
    return parsed;
}

} // namespace fieldcase::documents
