#include "EvidenceCommand.h"

#include "Accounts.h"
#include "Cases.h"
#include "CliOutput.h"
#include "Importer.h"
#include "IntegrityCheck.h"
#include "Profile.h"
#include "ProfileEvidence.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace fieldcase::cli {

using namespace Qt::StringLiterals;

namespace {

// Every path given: files as they are, folders scanned for media the way a body camera's drive is.
QStringList expandPaths(const QStringList& given) {
    QStringList files;
    for (const QString& path : given) {
        if (QFileInfo(path).isDir()) {
            for (const evidence::ImportCandidate& candidate : evidence::Importer::scan(path))
                files.append(candidate.path);
        } else {
            files.append(path);
        }
    }
    return files;
}

int importFiles(store::Profile& profile, evidence::ProfileEvidence& evidence,
                const QCommandLineParser& parser, const QStringList& paths) {
    if (!evidence.canSign())
        return fail(evidence.keyError());
    const QString caseReference = parser.value(u"case"_s);
    if (caseReference.isEmpty())
        return fail(QCoreApplication::translate("fieldcase-cli", "evidence import needs --case."), 64);
    const std::optional<QUuid> caseId = store::Cases(profile.store()).find(caseReference);
    if (!caseId)
        return fail(
            QCoreApplication::translate("fieldcase-cli", "No case %1 in this profile.").arg(caseReference));
    EvidenceRecord draft;
    draft.caseId = *caseId;
    draft.kind = EvidenceKind::AudioVisual;
    draft.intake = parser.isSet(u"body-camera"_s) ? EvidenceIntake::BodyCamera : EvidenceIntake::File;
    draft.sourceDetail = parser.value(u"source"_s);
    draft.description = parser.value(u"description"_s);
    if (parser.isSet(u"user"_s)) {
        const std::optional<User> user =
            store::Accounts(profile.store()).userByLogin(parser.value(u"user"_s));
        if (!user)
            return fail(QCoreApplication::translate("fieldcase-cli", "No user %1 in this profile.")
                            .arg(parser.value(u"user"_s)));
        draft.capturedBy = user->id;
    }
    const QStringList files = expandPaths(paths);
    if (files.isEmpty())
        return fail(QCoreApplication::translate("fieldcase-cli", "No files to import."), 64);
    QTextStream out(stdout);
    QTextStream progressOut(stderr);
    evidence::Importer importer(evidence.service());
    const evidence::ImportReport report =
        importer.run(files, draft, [&](qint64 done, qint64 total, int index) {
            progressOut << u"\r%1 / %2 MB  (%3/%4)"_s.arg(done >> 20)
                               .arg(total >> 20)
                               .arg(index + 1)
                               .arg(files.size())
                        << Qt::flush;
            return true;
        });
    progressOut << Qt::endl;
    for (const EvidenceRecord& record : report.added)
        out << QCoreApplication::translate("fieldcase-cli", "added %1  %2")
                   .arg(record.sha256, record.originalName)
            << Qt::endl;
    for (const QString& path : report.duplicates)
        out << QCoreApplication::translate("fieldcase-cli", "already in the case, skipped: %1").arg(path)
            << Qt::endl;
    for (const evidence::ImportReport::Failure& failure : report.failed)
        out << QCoreApplication::translate("fieldcase-cli", "NOT imported: %1").arg(failure.reason)
            << Qt::endl;
    out << QCoreApplication::translate("fieldcase-cli", "Imported %1, skipped %2 duplicates, %3 failed.")
               .arg(report.added.size())
               .arg(report.duplicates.size())
               .arg(report.failed.size())
        << Qt::endl;
    return report.failed.isEmpty() ? 0 : 2;
}

int verify(evidence::ProfileEvidence& evidence) {
    QTextStream out(stdout);
    const evidence::IntegrityReport report = evidence::IntegrityCheck(evidence.service()).run(QUuid());
    for (const evidence::IntegrityProblem& problem : report.problems)
        out << problem.message() << u"  [%1]"_s.arg(problem.record.id.toString(QUuid::WithoutBraces))
            << Qt::endl;
    if (report.intact()) {
        out << QCoreApplication::translate("fieldcase-cli", "All %1 evidence items are intact.")
                   .arg(report.checked)
            << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate("fieldcase-cli",
                                       "%1 of %2 evidence items are missing or altered; cases "
                                       "affected: %3.")
               .arg(report.problems.size())
               .arg(report.total)
               .arg(report.affectedCases().size())
        << Qt::endl;
    return 2;
}

} // namespace

void addEvidenceOptions(QCommandLineParser& parser) {
    parser.addOption(
        {u"case"_s,
         QCoreApplication::translate("fieldcase-cli", "evidence import: the case (its number or id)."),
         u"CASE"_s});
    parser.addOption(
        {u"user"_s,
         QCoreApplication::translate("fieldcase-cli", "evidence import: the login of the officer importing."),
         u"LOGIN"_s});
    parser.addOption({u"body-camera"_s,
                      QCoreApplication::translate("fieldcase-cli",
                                                  "evidence import: the files come from a body camera.")});
    parser.addOption({u"source"_s,
                      QCoreApplication::translate(
                          "fieldcase-cli", "evidence import: where the files come from (drive, camera)."),
                      u"TEXT"_s});
    parser.addOption(
        {u"description"_s,
         QCoreApplication::translate("fieldcase-cli", "evidence import: a description for every file."),
         u"TEXT"_s});
}

int runEvidence(const QCommandLineParser& parser, const QStringList& arguments) {
    const QString action = arguments.value(0);
    if (action != QLatin1String("import") && action != QLatin1String("verify"))
        return fail(
            QCoreApplication::translate(
                "fieldcase-cli",
                "Use: evidence import --profile DIR --case CASE FILE... | evidence verify --profile DIR"),
            64);
    store::Profile profile;
    const store::Profile::OpenResult opened = profile.open(parser.value(u"profile"_s), false);
    if (!opened.ok())
        return fail(opened.message);
    security::KeychainSecretStore secrets;
    evidence::ProfileEvidence evidence(profile, secrets);
    return action == QLatin1String("import") ? importFiles(profile, evidence, parser, arguments.mid(1))
                                             : verify(evidence);
}

} // namespace fieldcase::cli
