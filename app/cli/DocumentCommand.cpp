#include "DocumentCommand.h"

#include "CaseDocuments.h"
#include "Cases.h"
#include "CliOutput.h"
#include "DocumentTemplate.h"
#include "PdfRenderer.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fieldcase::cli {

using namespace Qt::StringLiterals;

namespace {} // namespace

void addDocumentOptions(QCommandLineParser& parser) {
    parser.addOption(
        {u"kind"_s,
         QCoreApplication::translate("fieldcase-cli", "document: the kind of document (site_inspection, "
                                                      "penalty_decision…)."),
         u"KIND"_s});
    parser.addOption(
        {u"out"_s, QCoreApplication::translate("fieldcase-cli", "document: the PDF to write."), u"FILE"_s});
    parser.addOption(
        {u"agency"_s,
         QCoreApplication::translate("fieldcase-cli", "document: the name of the issuing agency."),
         u"NAME"_s});
}

int runDocument(const QCommandLineParser& parser) {
    const QString usage = QCoreApplication::translate(
        "fieldcase-cli",
        "Use: document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]");
    const QString kind = parser.value(u"kind"_s);
    if (!parser.isSet(u"profile"_s) || parser.value(u"case"_s).isEmpty() || kind.isEmpty() ||
        parser.value(u"out"_s).isEmpty())
        return fail(usage, 64);
    const QList<QString> kinds = documents::DocumentTemplate::kinds();
    if (!kinds.contains(kind))
        return fail(
            QCoreApplication::translate("fieldcase-cli", "Unknown document kind %1. The kinds are: %2")
                .arg(kind, QStringList(kinds).join(u", "_s)),
            64);
    const std::optional<documents::DocumentTemplate> documentTemplate =
        documents::DocumentTemplate::shipped(kind);
    if (!documentTemplate)
        return fail(QCoreApplication::translate("fieldcase-cli", "The template of %1 is broken.").arg(kind));

    store::Profile profile;
    const store::Profile::OpenResult opened = profile.open(parser.value(u"profile"_s), false);
    if (!opened.ok())
        return fail(opened.message);
    const QString caseReference = parser.value(u"case"_s);
    const std::optional<QUuid> caseId = store::Cases(profile.store()).find(caseReference);
    if (!caseId)
        return fail(
            QCoreApplication::translate("fieldcase-cli", "No case %1 in this profile.").arg(caseReference));

    const documents::DocumentData data =
        documents::caseDocumentData(profile.store(), *caseId, kind, parser.value(u"agency"_s));
    QTextStream out(stdout);
    const QStringList missing = documents::missingFields(*documentTemplate, data);
    if (!missing.isEmpty()) {
        out << QCoreApplication::translate("fieldcase-cli",
                                           "The document is incomplete; nothing was written. Missing:")
            << Qt::endl;
        for (const QString& field : missing)
            out << field << Qt::endl;
        return 2;
    }
    const documents::RenderResult result =
        documents::PdfRenderer().render(*documentTemplate, data, parser.value(u"out"_s));
    if (!result.ok) {
        for (const QString& field : result.missingFields)
            out << field << Qt::endl;
        return fail(result.error, result.missingFields.isEmpty() ? 1 : 2);
    }
    out << QCoreApplication::translate("fieldcase-cli", "Wrote %1 (%n page(s)).", nullptr, result.pageCount)
               .arg(parser.value(u"out"_s))
        << Qt::endl;
    return 0;
}

} // namespace fieldcase::cli
