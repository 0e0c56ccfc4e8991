// The child of tst_convergence: opens a device store the test made, and
// syncs it with small batches and pages, over and over, until it is killed
// (SIGKILL, at a random moment: in the middle of a push, of applying a page,
// of a commit). Not a test by itself.
//
//   convergencedevice <store dir> <clock ms> <server url> [page size]
//
// With a page size, every pull page (the initial pull's too) is that small
// (tst_syncintegration kills it in the middle of an initial pull).
//
// Prints "R" when the store is open.

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncengine.h"

#include <QDir>

#include <cstdio>
#include <exception>

using namespace brugboek;

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        std::fputs("usage: convergencedevice <store dir> <clock ms> <server url> [page size]\n", stderr);
        return 2;
    }
    try {
        const QString dir = QString::fromLocal8Bit(argv[1]);
        sync::ManualClock clock(std::stoll(argv[2]));
        platform::DevelopmentKeyProvider keys(QDir(dir).filePath(QStringLiteral("database.key")));
        auto store = store::Store::open(dir, keys, clock);
        client::CurlTransport::Options options;
        options.baseUrl = argv[3];
        options.totalTimeoutMs = 5'000;
        client::CurlTransport transport(options);
        client::SyncEngine engine(store->db(), store->changes(), transport);
        if (argc == 5)
            engine.setLimits({2, std::stoi(argv[4]), std::stoi(argv[4])});
        else
            engine.setLimits({2, 3});
        std::fputs("R\n", stdout);
        std::fflush(stdout);
        for (int i = 0; i < 1000; ++i) {
            engine.run();
            clock.advance(10);
        }
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "convergencedevice: %s\n", e.what());
        return 1;
    }
}
