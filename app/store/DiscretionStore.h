#pragma once

#include "Store.h"

#include "DetachedSignature.h"
#include "Engine.h"
#include "Pack.h"

#include <optional>

namespace fieldcase::store {

// Installed discretion standards and the results saved with cases.
class DiscretionStore {
public:
    explicit DiscretionStore(Store& store)
        : m_store(store) {}

    struct InstallResult {
        bool ok = false;
        bool alreadyInstalled = false;
        QString message; // translated: why the pack was refused, with the place of the fault
        std::optional<discretion::Pack> pack;
    };
    // Verifies the signature against `trusted`, parses and checks the pack, and keeps its bytes.
    // A pack that fails any step is refused and nothing is written.
    InstallResult install(const QByteArray& content, const QByteArray& signatureFile,
                          const QList<security::TrustedKey>& trusted);

    // install()'s checks without writing anything: the signature against `trusted`, then the pack itself.
    // A pack the bureau sends at sync goes through the same checks.
    struct CheckedPack {
        std::optional<discretion::Pack> pack; // set when every check passed
        QString keyId;                        // the key that signed it
        QString message;                      // translated: why the pack was refused
    };
    static CheckedPack check(const QByteArray& content, const QByteArray& signatureFile,
                             const QList<security::TrustedKey>& trusted);
    // Keeps a checked pack's bytes, inside the caller's transaction. A different pack under an installed
    // id and version is refused: a published version is never replaced.
    static StoreResult insert(QSqlDatabase& db, const CheckedPack& checked, const QByteArray& content,
                              const QByteArray& signatureFile);

    // The newest installed version of each standard, by pack id.
    QList<discretion::Pack> latestPacks() const;
    // The pack with these exact bytes, as installed.
    std::optional<discretion::Pack> packBySha256(const QString& sha256) const;

    struct SavedResult {
        QUuid id;
        QUuid caseId;
        QString violationCode;
        QString packSha256;
        discretion::Answers answers;
        discretion::CaseDates dates;
        QJsonObject resultJson; // the result as computed when saved
        double recommendedAmount = 0;
        std::optional<double> departureAmount;
        QString departureReason;
        QDateTime savedAt;
    };
    // A departure from the recommended amount needs a written reason; a result with an error is refused.
    StoreResult save(const QUuid& actorId, const QUuid& caseId, const discretion::Answers& answers,
                     const discretion::CaseDates& dates, const discretion::Result& result,
                     std::optional<double> departureAmount, const QString& departureReason);
    QList<SavedResult> resultsFor(const QUuid& caseId) const;

private:
    Store& m_store;
};

} // namespace fieldcase::store
