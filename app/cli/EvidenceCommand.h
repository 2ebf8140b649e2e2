#pragma once

#include <QCommandLineParser>

// fieldcase-cli evidence import|verify: a clerk's folder of body-camera files into a case, and the
// integrity check of a profile's evidence, without the GUI.
namespace fieldcase::cli {

void addEvidenceOptions(QCommandLineParser& parser);
// `arguments` are the positional arguments after "evidence".
int runEvidence(const QCommandLineParser& parser, const QStringList& arguments);

} // namespace fieldcase::cli
