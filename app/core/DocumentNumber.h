#pragma once

#include <QCoreApplication>

#include <QString>

#include <optional>

namespace fieldcase {

// An enforcement document's number, e.g. 宁江环罚决字〔2026〕12号: the agency's short name, the document
// category (罚决, 罚告, 责改), the year and a serial that counts per agency, category and year. Bureaus
// write their numbers differently, so the text comes from a pattern setting with these placeholders.
struct DocumentNumber {
    Q_DECLARE_TR_FUNCTIONS(DocumentNumber)

public:
    QString agency;   // short name, e.g. 宁江
    QString category; // e.g. 罚决
    int year = 0;
    qint64 serial = 0;

    static QString defaultPattern();

    // Why a pattern cannot number documents, translated; empty when it can. {category}, {year} and
    // {serial} must each appear once (serials count per category and year, so a pattern without one
    // would give two documents the same number); {agency} at most once; no other placeholders; and two
    // text placeholders may not touch, or a number could not be read back unambiguously.
    static QString patternProblem(const QString& pattern);

    // The number as the pattern writes it; the serial without leading zeros, as bureaus print it.
    QString format(const QString& pattern) const;

    // Reads a number written with `pattern`; nullopt when it does not fit. Accepts the ASCII and
    // square brackets people type instead of the full-width 〔〕 when the pattern uses 〔〕.
    static std::optional<DocumentNumber> parse(const QString& text, const QString& pattern);

    bool operator==(const DocumentNumber&) const = default;
};

} // namespace fieldcase
