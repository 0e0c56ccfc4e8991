#pragma once

#include "httpserver.h"
#include "sqldb.h"

#include <string>

namespace brugboek::server {

struct ServeOptions
{
    HttpOptions http;
    std::string portFile; // the bound port is written here (for port 0)
    std::string storeLabel; // for the startup line, without secrets
    // Purges households past their team's retention at start and then this
    // often (0: only `brugboek-server retention run` does it).
    int retentionEveryMinutes = 60;
};

// Serves until SIGTERM or SIGINT; returns the exit code.
int serve(ConnectionPool &pool, const ServeOptions &options);

} // namespace brugboek::server
