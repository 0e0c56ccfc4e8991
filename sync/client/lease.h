#pragma once

#include <QtGlobal>

namespace brugboek::v1 {
class TeamPolicy;
}

namespace brugboek::client {

class Database;

// The team's data-protection settings as this device last heard them from
// its server (EnrolReply.policy, PullPage.policy), kept in sync_state so
// that they hold offline. Zero: no limit.
struct TeamPolicy
{
    int leaseLockDays = 0;
    int leaseWipeDays = 0;
    int retentionDays = 0;
};

// The offline lease: a device that has not reached its server for
// leaseLockDays asks for online re-authentication before it unlocks, and
// after leaseWipeDays wipes its data.
//
// Time is the device's wall clock, which a person can set. The rule, so that
// setting it back never extends the lease: the device keeps the highest wall
// time it has seen (at every contact and every check, in the encrypted
// sync_state, so it cannot be edited without the key), and counts the time
// since the last contact from max(now, that high-water mark). A clock set
// back days therefore counts as if it had not moved; a clock set forward
// shortens the lease (which only ever asks for a re-authentication or a wipe
// earlier, never later). A contact recorded "in the future" of a clock that
// went back counts as now.
namespace lease {

enum class State {
    Ok,
    NeedsReauthentication, // older than leaseLockDays: the server must confirm the worker first
    Wipe, // older than leaseWipeDays
};

struct Check
{
    State state = State::Ok;
    qint64 sinceContactMs = 0; // 0 when the device never had contact
};

// Stores the policy (inside the caller's transaction, with the page).
void storePolicy(Database &db, const v1::TeamPolicy &policy);
[[nodiscard]] TeamPolicy policyOf(Database &db);
// The server answered an authenticated request at `nowMs`.
void recordContact(Database &db, qint64 nowMs);
[[nodiscard]] qint64 lastContactMs(Database &db);
// Where the device stands at `nowMs`; also raises the high-water mark. A
// device that never had a server contact (not enrolled) is always Ok.
Check check(Database &db, qint64 nowMs);

} // namespace lease
} // namespace brugboek::client
