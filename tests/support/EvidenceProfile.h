#pragma once

#include "TempProfile.h"

#include "Cases.h"
#include "ProfileEvidence.h"
#include "SecretStore.h"
#include "Subjects.h"
#include "Uuid7.h"

#include <QFile>

#include <memory>

// A temporary profile with one subject and one case, and its evidence side opened against the real
// secret store (gnome-keyring on the test's private D-Bus; see with_keyring in ./dev).
class EvidenceProfile : public TempProfile {
public:
    EvidenceProfile() {
        fieldcase::Subject subject;
        subject.id = fieldcase::Uuid7::create();
        subject.name = QStringLiteral("东方化工有限公司");
        subject.creditCode = QStringLiteral("91350100M000100Y43");
        if (!fieldcase::store::Subjects(store()).create({}, subject))
            qFatal("cannot create the subject");
        caseId = addCase(subject.id, QStringLiteral("临-2026-0001"));
        secondCaseId = addCase(subject.id, QStringLiteral("临-2026-0002"));
        reopenEvidence();
    }

    // As the program does on every start: the vault, the device key and the service, afresh.
    void reopenEvidence() {
        evidence.reset();
        evidence = std::make_unique<fieldcase::evidence::ProfileEvidence>(profile, secrets);
    }
    fieldcase::evidence::EvidenceService& service() { return evidence->service(); }

    fieldcase::EvidenceRecord draftFor(const QUuid& forCase) const {
        fieldcase::EvidenceRecord draft;
        draft.caseId = forCase;
        draft.kind = fieldcase::EvidenceKind::AudioVisual;
        draft.intake = fieldcase::EvidenceIntake::File;
        draft.description = QStringLiteral("排污口现场照片");
        return draft;
    }

    // Writes `bytes` to a new file in the profile's temporary directory and returns its path.
    QString makeFile(const QString& name, const QByteArray& bytes) {
        const QString path = sourceDir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QUuid caseId;
    QUuid secondCaseId;
    QTemporaryDir sourceDir;
    fieldcase::security::KeychainSecretStore secrets; // the service fieldcase-cli uses too
    std::unique_ptr<fieldcase::evidence::ProfileEvidence> evidence;

private:
    QUuid addCase(const QUuid& subjectId, const QString& label) {
        fieldcase::Case c;
        c.id = fieldcase::Uuid7::create();
        c.provisionalLabel = label;
        c.subjectId = subjectId;
        c.cause = QStringLiteral("超标排放案");
        c.openedAt = QDateTime::currentDateTimeUtc();
        if (!fieldcase::store::Cases(store()).create({}, c))
            qFatal("cannot create the case");
        return c.id;
    }
};
