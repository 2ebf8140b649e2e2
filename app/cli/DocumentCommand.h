#pragma once

#include <QCommandLineParser>

// fieldcase-cli document: an enforcement document of a case as PDF, from the case store, without the GUI.
namespace fieldcase::cli {

void addDocumentOptions(QCommandLineParser& parser);
int runDocument(const QCommandLineParser& parser);

} // namespace fieldcase::cli
