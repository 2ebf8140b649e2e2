#include "IntegrityCheck.h"

#include "Store.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

namespace {

const char* faultKey(IntegrityFault fault) {
    switch (fault) {
    case IntegrityFault::Missing:
        return "missing";
    case IntegrityFault::Altered:
        return "altered";
    case IntegrityFault::BadSignature:
        return "bad_signature";
    }
    return "";
}

} // namespace

QString IntegrityProblem::message() const {
    const QString item = record.originalName.isEmpty() ? record.sha256.left(12) : record.originalName;
    switch (fault) {
    case IntegrityFault::Missing:
        return QCoreApplication::translate("IntegrityCheck",
                                           "%1: the file is missing from the evidence store.")
            .arg(item);
    case IntegrityFault::Altered:
        return QCoreApplication::translate("IntegrityCheck",
                                           "%1: the file has been altered since it was recorded.")
            .arg(item);
    case IntegrityFault::BadSignature:
        return QCoreApplication::translate(
                   "IntegrityCheck",
                   "%1: the record does not match the device's signature; it has been changed.")
            .arg(item);
    }
    return item;
}

QSet<QUuid> IntegrityReport::affectedCases() const {
    QSet<QUuid> cases;
    for (const IntegrityProblem& problem : problems)
        if (!problem.record.caseId.isNull())
            cases.insert(problem.record.caseId);
    return cases;
}

IntegrityCheck::IntegrityCheck(EvidenceService& service)
    : m_service(service) {}

IntegrityReport IntegrityCheck::run(const QUuid& userId, const Progress& progress, const QUuid& caseId) {
    IntegrityReport report;
    const QList<EvidenceRecord> records = caseId.isNull() ? m_service.all() : m_service.forCase(caseId);
    report.total = static_cast<int>(records.size());
    qint64 bytes = 0;
    QElapsedTimer clock;
    clock.start();
    const auto keepGoing = [&](qint64 read) {
        bytes += read;
        if (m_readLimit > 0) {
            // Sleep until the average rate is back under the limit.
            const qint64 dueMs = bytes * 1000 / m_readLimit;
            if (dueMs > clock.elapsed())
                QThread::msleep(static_cast<unsigned long>(dueMs - clock.elapsed()));
        }
        return !progress || progress(report.checked, report.total, bytes);
    };
    for (const EvidenceRecord& record : records) {
        if (!keepGoing(0)) {
            report.cancelled = true;
            break;
        }
        std::optional<IntegrityFault> fault;
        const bool capturedHere = record.deviceId == m_service.store().deviceId();
        if (!m_service.signatureHolds(record)) {
            fault = IntegrityFault::BadSignature;
        } else if (!m_service.vault().contains(record.sha256) && !capturedHere) {
            ++report.onBureauOnly; // pulled as metadata; the original is fetched on demand
        } else if (!m_service.vault().contains(record.sha256)) {
            fault = IntegrityFault::Missing;
        } else {
            qint64 lastDone = 0;
            bool stopped = false;
            const QString actual =
                sha256OfFile(m_service.vault().pathFor(record.sha256), [&](qint64 done, qint64) {
                    const bool go = keepGoing(done - lastDone);
                    lastDone = done;
                    stopped = !go;
                    return go;
                });
            if (stopped) {
                report.cancelled = true;
                break;
            }
            if (actual != record.sha256)
                fault = IntegrityFault::Altered;
        }
        ++report.checked;
        if (fault) {
            report.problems.append({record, *fault});
            m_service.recordCustody(userId, record, EvidenceService::Custody::Verified,
                                    {{u"result"_s, QString::fromLatin1(faultKey(*fault))}});
        }
    }
    QJsonArray problems;
    for (const IntegrityProblem& problem : report.problems)
        problems.append(QJsonObject{{u"evidence"_s, Uuid7::toText(problem.record.id)},
                                    {u"fault"_s, QString::fromLatin1(faultKey(problem.fault))}});
    m_service.store().recordEvent(userId, u"evidence.integrity_checked"_s, u"profile"_s, QUuid(),
                                  {{u"checked"_s, report.checked},
                                   {u"total"_s, report.total},
                                   {u"cancelled"_s, report.cancelled},
                                   {u"problems"_s, problems}});
    if (progress && !report.cancelled)
        progress(report.checked, report.total, bytes);
    return report;
}

} // namespace fieldcase::evidence
