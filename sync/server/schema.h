#pragma once

#include "sqldb.h"

namespace brugboek::server {

// Creates the server's tables when they are missing (idempotent, safe when
// several server processes start at once).
void createSchema(SqlConnection &db);

// True when the store has been initialised.
[[nodiscard]] bool schemaExists(SqlConnection &db);

} // namespace brugboek::server
