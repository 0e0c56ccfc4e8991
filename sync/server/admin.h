#pragma once

namespace brugboek::server {

// The command line: brugboek-server (--data DIR | --postgres URL) <command>.
// Returns the process exit code (0 ok, 1 failure, 2 bad arguments).
int runCommandLine(int argc, char **argv);

} // namespace brugboek::server
