#pragma once

#include "DocumentTemplate.h"

#include <QImage>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace fieldcase::documents {

// What one document says: the values of its template's fields, and its signatures.
struct DocumentData {
    // Nested by the dotted field ids: "party.name" is fields["party"]["name"]. (A flat key "party.name"
    // is read too, for callers that build the object by field id.) Types: see FieldType.
    QJsonObject fields;
    // Signature place id -> the captured signature (drawn into its place, on every page for the band).
    QMap<QString, QImage> signatures;
    // Signature place id -> the note printed instead of a signature, e.g. "当事人拒绝签名，见证人：王五".
    QMap<QString, QString> refusals;
    // The document number as assigned (宁江环罚决字〔2026〕12号); a device may print a provisional one.
    QString number;

    // The value at a dotted path (undefined when absent).
    QJsonValue value(const QString& fieldId) const;
};

// Whether a value counts as given: not absent, null, blank text, false or an empty list or object.
bool hasValue(const QJsonValue& value);

// The labels (in `language`: "zh…" or else English; empty: the default QLocale's) of what a document
// still lacks: required fields without a value, list items without a required column, lists shorter than
// their minimum, and the document number when the template has a number category. Empty: complete.
QStringList missingFields(const DocumentTemplate& documentTemplate, const DocumentData& data,
                          const QString& language = QString());

// Printed forms of values, as official documents write them.
namespace format {
QString date(const QString& isoDate);         // 2026年3月20日; anything not YYYY-MM-DD as given
QString dateTime(const QString& isoDateTime); // 2026年3月20日9时30分
QString capitalAmount(qint64 fen);            // 伍万元整, 壹仟零伍元叁角整, 壹佰元零伍分
QString money(double yuan);                   // 人民币伍万元整（￥50,000.00）
// A value of `field` as printed; a list in a paragraph reads through the field's "inline" text.
QString value(const Field& field, const QJsonValue& value);
// `text` with its {{placeholders}} replaced by lookup(name).
QString fill(const QString& text, const std::function<QString(const QString&)>& lookup);
} // namespace format

} // namespace fieldcase::documents
