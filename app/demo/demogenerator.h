#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace brugboek::store {
class Store;
}

namespace brugboek::demo {

// Deterministic, seeded demo and benchmark data: a team's schools and
// sociale kaart, households with names of many origins (accents and
// apostrophes included), their people, encounters over several school years,
// referrals with realistic status histories, consents, follow-ups,
// anonymous signals and zitdag bookings for today. The same options always give the same records.
struct DemoOptions
{
    std::uint32_t seed = 20261122;
    int households = 300;
    int encounters = 3000; // spread over the households
    int referrals = -1; // -1: about 15 % of the encounters
    int organisations = 300;
    int schools = 12;
    QDate today; // invalid: the real today; records are dated around it
    // Empty the outbox afterwards, as on a device that has synced.
    bool synced = false;

    // The sizes named in the benchmark issue.
    static DemoOptions caseload() { return {}; } // one worker: 300 households, 3,000 encounters
    static DemoOptions largeDevice()
    {
        DemoOptions o;
        o.households = 10000;
        o.encounters = 200000;
        o.referrals = 30000;
        o.synced = true;
        return o;
    }
    // A server for a whole region: 500 workers and 1,000,000 encounters,
    // made as one slice per worker (each worker's device pushes its own), so
    // that a server can be filled worker by worker. Slice `worker` (0-based)
    // has its own seed; every slice brings its own team's schools and
    // sociale kaart.
    static constexpr int regionWorkers = 500;
    static constexpr int regionEncounters = 1000000;
    static DemoOptions regionWorker(int worker)
    {
        DemoOptions o;
        o.seed = DemoOptions {}.seed + static_cast<std::uint32_t>(worker) * 7919u;
        o.households = 300;
        o.encounters = regionEncounters / regionWorkers;
        return o;
    }
};

struct DemoSummary
{
    int households = 0;
    int people = 0;
    int encounters = 0;
    int referrals = 0;
    int referralEvents = 0;
    int consents = 0;
    int followUps = 0;
    int organisations = 0;
    int schools = 0;
    int structuralSignals = 0; // not "signals": Qt defines that word as a macro
    int zitdagBookings = 0;
};

// Writes the data through the store's repository (so outbox, search tokens
// and derived status are maintained as for real input), in batches of one
// transaction each. Intended for an empty store.
DemoSummary generateDemoData(store::Store &store, const DemoOptions &options);

} // namespace brugboek::demo
