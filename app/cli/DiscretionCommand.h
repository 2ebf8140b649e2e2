#pragma once

#include <QCommandLineParser>

// fieldcase-cli discretion …: compute a recommended penalty from a standard pack, check a pack and its
// signature, and (for a bureau) make a signing key and sign a pack.
namespace fieldcase::cli {

void addDiscretionOptions(QCommandLineParser& parser);
int runDiscretion(const QCommandLineParser& parser);

} // namespace fieldcase::cli
