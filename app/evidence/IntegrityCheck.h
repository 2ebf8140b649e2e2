#pragma once

#include "EvidenceService.h"

#include <QList>
#include <QSet>

namespace fieldcase::evidence {

// What the integrity check found wrong with one item.
enum class IntegrityFault : quint8 {
    Missing,      // no file under the item's hash
    Altered,      // the file's bytes no longer hash to the recorded value
    BadSignature, // the record does not carry the device's signature over its contents
};

struct IntegrityProblem {
    EvidenceRecord record;
    IntegrityFault fault = IntegrityFault::Missing;
    QString message() const; // translated: the item, what is wrong
};

struct IntegrityReport {
    int checked = 0;
    int total = 0;
    // Items captured on another device whose originals are not on this one: their signatures are checked;
    // their files are on the bureau server and are downloaded when someone opens them.
    int onBureauOnly = 0;
    QList<IntegrityProblem> problems;
    bool cancelled = false;
    QSet<QUuid> affectedCases() const;
    bool intact() const { return problems.isEmpty() && !cancelled; }
};

// Re-hashes every file of the vault against its record and checks every record's signature. It writes
// one audit event per run with what it found, and one custody event ("evidence.verified") per item with
// a problem, so the chain shows when damage was first seen.
class IntegrityCheck {
public:
    // (items done, items in all, bytes read so far). Return false to cancel.
    using Progress = std::function<bool(int done, int total, qint64 bytes)>;

    explicit IntegrityCheck(EvidenceService& service);

    // The background check reads at most this many bytes per second, so an inspector capturing video
    // while it runs does not feel it; zero reads at full speed (on demand, the CLI).
    void setReadLimit(qint64 bytesPerSecond) { m_readLimit = bytesPerSecond; }

    // Checks every item of the profile, or only those of `caseId` when it is given (before a sign-off).
    IntegrityReport run(const QUuid& userId, const Progress& progress = {}, const QUuid& caseId = {});

private:
    EvidenceService& m_service;
    qint64 m_readLimit = 0;
};

} // namespace fieldcase::evidence
