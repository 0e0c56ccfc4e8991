#include "directory.h"

#include "logwriter.h"

#include "sync/core/uuid.h"

namespace brugboek::server {

std::int64_t nowMs()
{
    return sync::SystemClock::instance().nowMs();
}

bool validRole(const std::string &role)
{
    return role == "worker" || role == "coordinator" || role == "admin";
}

Directory::Directory(SqlConnection &db)
    : m_db(db)
{
}

Team Directory::addTeam(const std::string &name)
{
    if (name.empty() || name.size() > 200)
        throw UsageError("a team name must have 1 to 200 characters");
    Transaction tx(m_db, Transaction::Kind::Write);
    if (!m_db.query("SELECT id FROM teams WHERE name = ?", {name}).empty())
        throw UsageError("a team with this name exists already");
    Team team {sync::UuidV7Generator().next(), name, {}};
    m_db.exec("INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)", {team.id, team.name, nowMs()});
    tx.commit();
    return team;
}

std::vector<Team> Directory::teams()
{
    std::vector<Team> out;
    for (const auto &row : m_db.query("SELECT t.id, t.name, p.lease_lock_days, p.lease_wipe_days,"
                                      " p.retention_days FROM teams t LEFT JOIN team_policy p"
                                      " ON p.team_id = t.id ORDER BY t.name")) {
        out.push_back({asText(row[0]),
                       asText(row[1]),
                       {static_cast<std::uint32_t>(asInt(row[2])), static_cast<std::uint32_t>(asInt(row[3])),
                        static_cast<std::uint32_t>(asInt(row[4]))}});
    }
    return out;
}

TeamPolicy Directory::teamPolicy(const std::string &teamId)
{
    const auto rows = m_db.query(
        "SELECT lease_lock_days, lease_wipe_days, retention_days FROM team_policy WHERE team_id = ?",
        {teamId});
    if (rows.empty())
        return {};
    return {static_cast<std::uint32_t>(asInt(rows[0][0])), static_cast<std::uint32_t>(asInt(rows[0][1])),
            static_cast<std::uint32_t>(asInt(rows[0][2]))};
}

bool Directory::seqAndPolicyAre(std::uint64_t seq, const std::string &teamId, const TeamPolicy &policy)
{
    const auto rows = m_db.query("SELECT s.value, p.lease_lock_days, p.lease_wipe_days, p.retention_days"
                                 " FROM server_state s LEFT JOIN team_policy p ON p.team_id = ?"
                                 " WHERE s.key = 'seq'",
                                 {teamId});
    if (rows.empty())
        return false;
    const auto &r = rows[0];
    // No policy row: every value 0 (asInt of NULL).
    const TeamPolicy now {static_cast<std::uint32_t>(asInt(r[1])), static_cast<std::uint32_t>(asInt(r[2])),
                          static_cast<std::uint32_t>(asInt(r[3]))};
    return static_cast<std::uint64_t>(asInt(r[0])) == seq && now == policy;
}

Team Directory::setTeamPolicy(const std::string &teamName, std::optional<std::uint32_t> leaseLockDays,
                              std::optional<std::uint32_t> leaseWipeDays,
                              std::optional<std::uint32_t> retentionDays)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto found = m_db.query("SELECT id FROM teams WHERE name = ?", {teamName});
    if (found.empty())
        throw UsageError("there is no team with this name");
    Team team {asText(found[0][0]), teamName, teamPolicy(asText(found[0][0]))};
    if (leaseLockDays)
        team.policy.leaseLockDays = *leaseLockDays;
    if (leaseWipeDays)
        team.policy.leaseWipeDays = *leaseWipeDays;
    if (retentionDays)
        team.policy.retentionDays = *retentionDays;
    const auto &p = team.policy;
    if (p.leaseLockDays && p.leaseWipeDays && p.leaseWipeDays <= p.leaseLockDays)
        throw UsageError("--lease-wipe-days must be more than --lease-lock-days");
    m_db.exec(
        "INSERT INTO team_policy (team_id, lease_lock_days, lease_wipe_days, retention_days, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id) DO UPDATE SET"
        " lease_lock_days = excluded.lease_lock_days, lease_wipe_days = excluded.lease_wipe_days,"
        " retention_days = excluded.retention_days, updated_at = excluded.updated_at",
        {team.id, std::int64_t(p.leaseLockDays), std::int64_t(p.leaseWipeDays), std::int64_t(p.retentionDays),
         nowMs()});
    tx.commit();
    return team;
}

User Directory::addUser(const std::string &username, const std::string &displayName, const std::string &role,
                        const std::string &teamName, const std::string &passwordHash)
{
    if (username.empty() || username.size() > 100)
        throw UsageError("a username must have 1 to 100 characters");
    if (displayName.empty() || displayName.size() > 200)
        throw UsageError("a display name must have 1 to 200 characters");
    if (!validRole(role))
        throw UsageError("the role must be worker, coordinator or admin");
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto team = m_db.query("SELECT id FROM teams WHERE name = ?", {teamName});
    if (team.empty())
        throw UsageError("there is no team with this name");
    if (!m_db.query("SELECT id FROM users WHERE username = ?", {username}).empty())
        throw UsageError("a user with this username exists already");
    User user;
    user.id = sync::UuidV7Generator().next();
    user.username = username;
    user.displayName = displayName;
    user.role = role;
    user.teamId = asText(team[0][0]);
    user.teamName = teamName;
    m_db.exec(
        "INSERT INTO users (id, username, display_name, role, team_id, password_hash, disabled, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
        {user.id, username, displayName, role, user.teamId, passwordHash, nowMs()});
    writeTeamMember(user, true);
    tx.commit();
    return user;
}

void Directory::disableUser(const std::string &username)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto found = user(username);
    if (!found)
        throw UsageError("there is no user with this username");
    m_db.exec("UPDATE users SET disabled = 1 WHERE id = ?", {found->id});
    m_db.exec("UPDATE devices SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
              {nowMs(), found->id});
    writeTeamMember(*found, false);
    tx.commit();
}

void Directory::writeTeamMember(const User &user, bool active)
{
    LogWriter log(m_db);
    sync::Change c;
    c.entity = "team_member";
    c.recordId = user.id;
    c.deviceId = kServerDevice;
    const std::string scope = teamScope(user.teamId);
    m_db.exec("INSERT INTO records (record_id, entity, scope, purged) VALUES (?, 'team_member', ?, 0)"
              " ON CONFLICT (record_id) DO NOTHING",
              {user.id, scope});
    const std::pair<const char *, sync::Value> fields[] = {
        {"display_name", sync::Value {user.displayName}},
        {"role", sync::Value {user.role}},
        {"active", sync::Value {std::int64_t(active ? 1 : 0)}},
    };
    for (const auto &[field, value] : fields) {
        c.field = field;
        c.value = value;
        c.hlc = log.serverNow();
        log.writeField(c, scope);
    }
    log.finish();
}

namespace {

User userFrom(const SqlRow &row)
{
    User u;
    u.id = asText(row[0]);
    u.username = asText(row[1]);
    u.displayName = asText(row[2]);
    u.role = asText(row[3]);
    u.teamId = asText(row[4]);
    u.teamName = asText(row[5]);
    u.passwordHash = asText(row[6]);
    u.disabled = asInt(row[7]) != 0;
    return u;
}

constexpr const char *kUserColumns =
    "SELECT u.id, u.username, u.display_name, u.role, u.team_id, t.name,"
    " u.password_hash, u.disabled FROM users u JOIN teams t ON t.id = u.team_id";

} // namespace

std::vector<User> Directory::users()
{
    std::vector<User> out;
    for (const auto &row : m_db.query(std::string(kUserColumns) + " ORDER BY u.username"))
        out.push_back(userFrom(row));
    return out;
}

std::optional<User> Directory::user(const std::string &username)
{
    const auto rows = m_db.query(std::string(kUserColumns) + " WHERE u.username = ?", {username});
    if (rows.empty())
        return std::nullopt;
    return userFrom(rows[0]);
}

std::vector<Device> Directory::devices(const std::string &username)
{
    std::string sql = "SELECT d.device_id, u.username, d.name, d.enrolled_at, d.last_seen, d.revoked_at"
                      " FROM devices d JOIN users u ON u.id = d.user_id";
    std::vector<SqlValue> params;
    if (!username.empty()) {
        sql += " WHERE u.username = ?";
        params.emplace_back(username);
    }
    sql += " ORDER BY u.username, d.enrolled_at";
    std::vector<Device> out;
    for (const auto &row : m_db.query(sql, params))
        out.push_back(
            {asText(row[0]), asText(row[1]), asText(row[2]), asInt(row[3]), asInt(row[4]), asInt(row[5])});
    return out;
}

void Directory::revokeDevice(const std::string &deviceId)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    if (m_db.query("SELECT device_id FROM devices WHERE device_id = ?", {deviceId}).empty())
        throw UsageError("there is no device with this id");
    m_db.exec("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
              {nowMs(), deviceId});
    tx.commit();
}

void Directory::enrolDevice(const std::string &deviceId, const std::string &userId, const std::string &name,
                            const std::string &tokenHash)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    m_db.exec(
        "INSERT INTO devices (device_id, user_id, name, token_hash, enrolled_at, last_seen, revoked_at)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (device_id) DO UPDATE SET user_id = excluded.user_id,"
        " name = excluded.name, token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at,"
        " last_seen = excluded.last_seen, revoked_at = NULL",
        {deviceId, userId, name, tokenHash, nowMs(), nowMs()});
    tx.commit();
}

Directory::TokenStatus Directory::identify(const std::string &tokenHash, Identity *identity)
{
    const auto rows = m_db.query("SELECT d.device_id, d.revoked_at, u.id, u.role, u.team_id, u.disabled,"
                                 " d.last_seen"
                                 " FROM devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = ?",
                                 {tokenHash});
    if (rows.empty())
        return TokenStatus::Unknown;
    const auto &row = rows[0];
    if (!isNull(row[1]) || asInt(row[5]) != 0) {
        *identity = {asText(row[2]), asText(row[3]), asText(row[4]), asText(row[0]), asInt(row[6])};
        return TokenStatus::Revoked;
    }
    *identity = {asText(row[2]), asText(row[3]), asText(row[4]), asText(row[0]), asInt(row[6])};
    return TokenStatus::Valid;
}

void Directory::touch(const Identity &identity)
{
    const std::int64_t now = nowMs();
    if (now - identity.lastSeen < 60 * 1000)
        return;
    // A write transaction, not an autocommit statement: every writer of the
    // store queues for its write lock the same way (see beginWrite).
    Transaction tx(m_db, Transaction::Kind::Write);
    m_db.exec("UPDATE devices SET last_seen = ? WHERE device_id = ?", {now, identity.deviceId});
    tx.commit();
}

} // namespace brugboek::server
