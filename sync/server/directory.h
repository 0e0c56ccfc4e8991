#pragma once

#include "sqldb.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace brugboek::server {

// A failure caused by the administrator's input (unknown user, duplicate
// name); its message is shown to them as is.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A team's data-protection settings (TeamPolicy in sync.proto); 0: not set.
struct TeamPolicy
{
    std::uint32_t leaseLockDays = 0;
    std::uint32_t leaseWipeDays = 0;
    std::uint32_t retentionDays = 0;

    friend bool operator==(const TeamPolicy &a, const TeamPolicy &b)
    {
        return a.leaseLockDays == b.leaseLockDays && a.leaseWipeDays == b.leaseWipeDays &&
            a.retentionDays == b.retentionDays;
    }
    friend bool operator!=(const TeamPolicy &a, const TeamPolicy &b) { return !(a == b); }
};

struct Team
{
    std::string id;
    std::string name;
    TeamPolicy policy;
};

struct User
{
    std::string id;
    std::string username;
    std::string displayName;
    std::string role;
    std::string teamId;
    std::string teamName;
    std::string passwordHash;
    bool disabled = false;
};

struct Device
{
    std::string deviceId;
    std::string username;
    std::string name;
    std::int64_t enrolledAt = 0;
    std::int64_t lastSeen = 0;
    std::int64_t revokedAt = 0; // 0: live
};

// Who is calling, from their token.
struct Identity
{
    std::string userId;
    std::string role;
    std::string teamId;
    std::string deviceId;
    std::int64_t lastSeen = 0;
};

[[nodiscard]] bool validRole(const std::string &role);

// Teams, users and devices. Adding or disabling a user also writes their
// team_member record to the change log.
class Directory
{
public:
    explicit Directory(SqlConnection &db);

    Team addTeam(const std::string &name);
    [[nodiscard]] std::vector<Team> teams();
    // Changes the settings given (the others stay); returns the team.
    Team setTeamPolicy(const std::string &teamName, std::optional<std::uint32_t> leaseLockDays,
                       std::optional<std::uint32_t> leaseWipeDays,
                       std::optional<std::uint32_t> retentionDays);
    [[nodiscard]] TeamPolicy teamPolicy(const std::string &teamId);
    // Whether a pull page made at store seq `seq` with `policy` is still
    // what a request would get now, as far as the store's seq and the
    // team's policy go: one statement, one snapshot, outside any transaction.
    [[nodiscard]] bool seqAndPolicyAre(std::uint64_t seq, const std::string &teamId,
                                       const TeamPolicy &policy);
    User addUser(const std::string &username, const std::string &displayName, const std::string &role,
                 const std::string &teamName, const std::string &passwordHash);
    void disableUser(const std::string &username);
    [[nodiscard]] std::vector<User> users();
    [[nodiscard]] std::optional<User> user(const std::string &username);
    [[nodiscard]] std::vector<Device> devices(const std::string &username = {});
    void revokeDevice(const std::string &deviceId);

    // Stores a device's new token hash, replacing any earlier token of it.
    void enrolDevice(const std::string &deviceId, const std::string &userId, const std::string &name,
                     const std::string &tokenHash);

    enum class TokenStatus { Valid, Unknown, Revoked };
    // For a revoked token, identity holds the device and user it was.
    TokenStatus identify(const std::string &tokenHash, Identity *identity);
    // Notes that a device was seen now (at most once a minute).
    void touch(const Identity &identity);

private:
    void writeTeamMember(const User &user, bool active);

    SqlConnection &m_db;
};

[[nodiscard]] std::int64_t nowMs();

} // namespace brugboek::server
