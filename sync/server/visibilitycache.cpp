#include "visibilitycache.h"

namespace brugboek::server {

void bumpAccessVersion(SqlConnection &db, const std::string &userId)
{
    // An upsert (SQLite 3.24+, PostgreSQL 9.5+): on PostgreSQL it locks the
    // row, so a concurrent increment waits and then adds to the new value.
    static const std::string sql =
        "INSERT INTO access_version (user_id, version) VALUES (?, 1)"
        " ON CONFLICT (user_id) DO UPDATE SET version = access_version.version + 1";
    db.exec(sql, {userId});
}

std::int64_t accessVersion(SqlConnection &db, const std::string &userId)
{
    static const std::string sql = "SELECT version FROM access_version WHERE user_id = ?";
    std::int64_t version = 0;
    db.each(sql, {userId}, [&](const SqlRowView &row) {
        version = row.integer(0);
        return false;
    });
    return version;
}

VisibilityCache::Entry::Entry(std::int64_t version, std::size_t capacity,
                              std::shared_ptr<std::atomic<std::size_t>> total, std::size_t totalCapacity)
    : m_version(version)
    , m_capacity(capacity)
    , m_total(std::move(total))
    , m_totalCapacity(totalCapacity)
{
}

VisibilityCache::Entry::~Entry()
{
    m_total->fetch_sub(m_answers.size());
}

VisibilityCache::Entry::Answer VisibilityCache::Entry::find(std::string_view household) const
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_answers.find(household); it != m_answers.end())
        return it->second ? Answer::Visible : Answer::Hidden;
    return m_complete ? Answer::Hidden : Answer::Unknown;
}

bool VisibilityCache::Entry::reserve(std::size_t n)
{
    if (m_answers.size() + n > m_capacity)
        return false;
    if (m_total->fetch_add(n) + n > m_totalCapacity) {
        m_total->fetch_sub(n);
        return false;
    }
    return true;
}

bool VisibilityCache::Entry::add(std::string_view household, bool visible)
{
    std::lock_guard lock(m_mutex);
    if (m_complete || m_answers.count(household))
        return true; // known already (another pull of the user looked it up too)
    if (!reserve(1))
        return false;
    m_keys.emplace_back(household);
    m_answers.emplace(m_keys.back(), visible);
    return true;
}

bool VisibilityCache::Entry::complete() const
{
    std::lock_guard lock(m_mutex);
    return m_complete;
}

bool VisibilityCache::Entry::setComplete(const std::vector<std::string> &households)
{
    std::lock_guard lock(m_mutex);
    if (m_complete)
        return true;
    // Answers looked up one by one (none on PostgreSQL) give way to the set.
    m_total->fetch_sub(m_answers.size());
    m_answers.clear();
    m_keys.clear();
    if (!reserve(households.size()))
        return false;
    m_answers.reserve(households.size());
    for (const auto &h : households) {
        m_keys.push_back(h);
        if (!m_answers.emplace(m_keys.back(), true).second) {
            m_keys.pop_back(); // the same household twice (owner and share)
            m_total->fetch_sub(1);
        }
    }
    m_complete = true;
    return true;
}

std::size_t VisibilityCache::Entry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_answers.size();
}

VisibilityCache::VisibilityCache(VisibilityLimits limits)
    : m_limits(limits)
    , m_total(std::make_shared<std::atomic<std::size_t>>(0))
{
}

std::shared_ptr<VisibilityCache::Entry> VisibilityCache::entry(const std::string &userId,
                                                               std::int64_t version)
{
    auto fresh = [&] {
        return std::make_shared<Entry>(version, m_limits.answersPerUser, m_total, m_limits.answers);
    };
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(userId);
    if (it != m_users.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
        const std::int64_t kept = it->second.entry->version();
        if (kept == version)
            return it->second.entry;
        if (kept > version)
            return fresh(); // an older snapshot's: not kept
        it->second.entry = fresh();
        return it->second.entry;
    }
    m_lru.push_front(userId);
    it = m_users.emplace(userId, Slot {fresh(), m_lru.begin()}).first;
    // Room for the new user: the least recently used go, also while the
    // answers kept come near the limit in all.
    while (m_users.size() > 1 &&
           (m_users.size() > m_limits.users || m_total->load() > m_limits.answers / 4 * 3)) {
        m_users.erase(m_lru.back());
        m_lru.pop_back();
    }
    return it->second.entry;
}

} // namespace brugboek::server
