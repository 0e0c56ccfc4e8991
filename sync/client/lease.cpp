#include "lease.h"

#include "database.h"

#include <brugboek/v1/sync.pb.h>

#include <algorithm>

namespace brugboek::client::lease {

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

qint64 stateInt(Database &db, const char *key)
{
    Query q = db.query("SELECT value FROM sync_state WHERE key = ?");
    q.bind(1, QString::fromLatin1(key));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void setStateInt(Database &db, const char *key, qint64 value)
{
    db.query("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .exec();
}

void raiseHighWater(Database &db, qint64 nowMs)
{
    if (nowMs > stateInt(db, "clock_high_water"))
        setStateInt(db, "clock_high_water", nowMs);
}
} // namespace

void storePolicy(Database &db, const v1::TeamPolicy &policy)
{
    setStateInt(db, "lease_lock_days", policy.lease_lock_days());
    setStateInt(db, "lease_wipe_days", policy.lease_wipe_days());
    setStateInt(db, "retention_days", policy.retention_days());
}

TeamPolicy policyOf(Database &db)
{
    TeamPolicy p;
    p.leaseLockDays = static_cast<int>(stateInt(db, "lease_lock_days"));
    p.leaseWipeDays = static_cast<int>(stateInt(db, "lease_wipe_days"));
    p.retentionDays = static_cast<int>(stateInt(db, "retention_days"));
    return p;
}

void recordContact(Database &db, qint64 nowMs)
{
    Transaction tx(db);
    // A contact never moves back: with a clock set back, "now" is the
    // high-water mark.
    const qint64 at = std::max(nowMs, stateInt(db, "clock_high_water"));
    setStateInt(db, "last_contact", at);
    raiseHighWater(db, at);
    tx.commit();
}

qint64 lastContactMs(Database &db)
{
    return stateInt(db, "last_contact");
}

Check check(Database &db, qint64 nowMs)
{
    Transaction tx(db);
    raiseHighWater(db, nowMs);
    const qint64 effectiveNow = std::max(nowMs, stateInt(db, "clock_high_water"));
    const qint64 contact = stateInt(db, "last_contact");
    const TeamPolicy policy = policyOf(db);
    tx.commit();

    Check c;
    if (contact <= 0)
        return c;
    c.sinceContactMs = std::max<qint64>(0, effectiveNow - contact);
    if (policy.leaseWipeDays > 0 && c.sinceContactMs >= policy.leaseWipeDays * DayMs)
        c.state = State::Wipe;
    else if (policy.leaseLockDays > 0 && c.sinceContactMs >= policy.leaseLockDays * DayMs)
        c.state = State::NeedsReauthentication;
    return c;
}

} // namespace brugboek::client::lease
