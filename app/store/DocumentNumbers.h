#pragma once

#include <QCoreApplication>

#include "Store.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace fieldcase::store {

// Profile meta keys of the numbering settings (the bureau's, so the profile's, not the device user's).
inline constexpr char DocumentAgencyKey[] = "document_number_agency";
inline constexpr char DocumentPatternKey[] = "document_number_pattern";

// The serials the bureau reserved for this device for one category and year, and how far it got.
struct NumberBlock {
    QString category;
    int year = 0;
    qint64 first = 0;
    qint64 next = 0; // the serial the next document takes
    qint64 last = 0;
    qint64 remaining() const { return qMax<qint64>(0, last - next + 1); }
};

// A document as it was issued: append-only, never changed.
struct IssuedDocument {
    QUuid id;
    QUuid caseId;
    QString kind;
    QString number;
    QString pdfSha256;
    QUuid issuedBy;
    QDateTime issuedAt;
};

// Numbers for documents issued on site while offline (a correction order, an on-the-spot decision),
// from a block of serials the bureau reserved for this device. The blocks are settings until the sync
// work supplies them. A serial is taken in the same transaction as the issued document's row, its
// outbox mutation and its audit event, so a failure loses no number and never hands one out twice.
class DocumentNumbers {
    Q_DECLARE_TR_FUNCTIONS(DocumentNumbers)

public:
    explicit DocumentNumbers(Store& store)
        : m_store(store) {}

    // The agency's short name and the pattern (DocumentNumber::defaultPattern() until one is set).
    QString agency() const;
    QString pattern() const;
    // Refuses a pattern DocumentNumber::patternProblem() rejects. Recorded in the audit log.
    StoreResult setFormat(const QUuid& actorId, const QString& agency, const QString& pattern);

    std::optional<NumberBlock> block(const QString& category, int year) const;
    // The highest serial this device issued in `category` and `year` (0: none), from any of its blocks.
    qint64 highestIssued(const QString& category, int year) const;
    qint64 remaining(const QString& category, int year) const;

    // Sets this device's block [first, last]. Entering the current block again (same first) may move
    // its last serial, but not below the serials already issued from it; any other block must lie
    // wholly above every serial this device has issued in that category and year.
    StoreResult setBlock(const QUuid& actorId, const QString& category, int year, qint64 first, qint64 last);

    struct Request {
        QString category; // e.g. 责改
        int year = 0;
        QString kind; // the document kind, e.g. "correction_order"
        QUuid caseId; // may be null (a correction order on an inspection without a case)
        // Produces the PDF once the number is known (the number is printed on it, so the hash can only be
        // taken after). Runs inside the transaction: it must not write to the store. Empty bytes refuse.
        std::function<QByteArray(const QString& number)> render;
    };
    struct Issued {
        StoreResult result;
        std::optional<IssuedDocument> document;
        bool ok() const { return result.ok(); }
    };
    Issued issue(const QUuid& actorId, const Request& request);

    std::optional<IssuedDocument> issued(const QUuid& documentId) const;
    // The document of this kind last issued for the case: its number stays the document's number.
    std::optional<IssuedDocument> latestFor(const QUuid& caseId, const QString& kind) const;

private:
    std::optional<IssuedDocument> selectIssued(const QString& where, const QVariantList& values) const;
    Store& m_store;
};

} // namespace fieldcase::store
