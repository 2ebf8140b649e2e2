// fieldcase-server: the bureau's sync server and its admin commands (see Admin.h and sync/PROTOCOL.md).

#include "Admin.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    fieldcase::sync::server::Admin admin(out, err, in);
    return admin.run(app.arguments().mid(1));
}
