#pragma once

#include "Accounts.h"

#include <QStringList>
#include <QTextStream>

namespace fieldcase::sync::server {

// The fieldcase-server command line: `init`, `serve` and the admin commands on the roster, devices, packs,
// subjects and tasks. Messages for the operator go to `err`, results (codes, ids, lists) to `out`.
class Admin {
public:
    enum ExitCode { Ok = 0, Failed = 1, Refused = 2, Usage = 64 };

    Admin(QTextStream& out, QTextStream& err, QTextStream& in);

    // `arguments` without the program name. `serve` runs the event loop until the process is stopped.
    int run(const QStringList& arguments);

    static QString usage();

private:
    int publishPack(ServerDatabase& database, const QString& file);
    // Good rows are imported (a subject with a known credit code is updated), bad ones reported with their
    // line number; Refused only when no row was good.
    int importSubjects(ServerDatabase& database, const QString& file);
    int assignTask(ServerDatabase& database, Accounts& accounts, const QString& creditCode,
                   const QString& login, const QString& due, const QString& title);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
};

} // namespace fieldcase::sync::server
