// brugboek-server: the team's central sync server and its administration.
#include "admin.h"

int main(int argc, char **argv)
{
    return brugboek::server::runCommandLine(argc, argv);
}
