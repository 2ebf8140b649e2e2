#pragma once

// Where the server meets the HTTP library (sync/server/http): TLS identity files and the listening loop.
// Kept apart from Admin so the admin commands do not depend on how bytes move.

#include "ServerConfig.h"

#include <QTextStream>

#include <optional>

namespace fieldcase::sync::server {

// Gives `config` its TLS identity: copies the given certificate and key into <dataDir>/tls, or, when both
// are empty, creates a self-signed identity there for the host `names` (default: this host's name, localhost
// and 127.0.0.1). False with `error` when that is not possible.
bool prepareTls(ServerConfig& config, const QString& certificate, const QString& key,
                const QStringList& names, QString* error);

// The pin devices store (lower-case hex SHA-256 of the certificate's DER), nullopt if it cannot be read.
std::optional<QString> certificateFingerprint(const ServerConfig& config);

// Listens with TLS on config.address:config.port (0 picks a free port), prints "listening on PORT" on `out`
// once it does, and serves until the process is stopped. Returns the process exit code.
int serve(const ServerConfig& config, QTextStream& out, QTextStream& err);

} // namespace fieldcase::sync::server
