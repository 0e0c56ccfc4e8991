// How long the app lock's key derivation takes on this machine: wrapping and
// unwrapping the database key with the app's argon2id limits (libsodium
// INTERACTIVE: 64 MiB, 2 passes), and a wrong PIN (the same work). Prints
// figures; not a test.

#include "platform/wrappedkey.h"

#include <QByteArray>

#include <chrono>
#include <cstdio>

using namespace brugboek::platform;

int main(int argc, char **argv)
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    const auto limits = wrappedkey::KdfLimits::interactive();
    const QByteArray key(32, '\x5a');
    const QByteArray pin("482916");
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };

    auto t0 = Clock::now();
    const QByteArray file = wrappedkey::wrap(key, pin, limits);
    const double wrapMs = ms(Clock::now() - t0);

    double right = 0;
    double wrong = 0;
    for (int i = 0; i < rounds; ++i) {
        t0 = Clock::now();
        const auto ok = wrappedkey::unwrap(file, pin);
        right += ms(Clock::now() - t0);
        t0 = Clock::now();
        const auto bad = wrappedkey::unwrap(file, QByteArray("000000"));
        wrong += ms(Clock::now() - t0);
        if (!ok || *ok != key || bad) {
            std::fprintf(stderr, "unwrap gave a wrong answer\n");
            return 1;
        }
    }
    std::printf("argon2id ops=%llu mem=%llu MiB\n", static_cast<unsigned long long>(limits.ops),
                static_cast<unsigned long long>(limits.mem >> 20));
    std::printf("wrap (PIN setup/change): %.0f ms\n", wrapMs);
    std::printf("unwrap, right PIN: %.0f ms (mean of %d)\n", right / rounds, rounds);
    std::printf("unwrap, wrong PIN: %.0f ms (mean of %d)\n", wrong / rounds, rounds);
    std::printf("offline guesses per core: %.1f per second\n", 1000.0 / (wrong / rounds));
    return 0;
}
