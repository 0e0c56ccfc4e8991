#include "visibilitycache.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

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

std::uint64_t HouseholdAnswers::hash(std::string_view key)
{
    // 8 bytes at a time, each multiplied in, then mixed (MurmurHash3's
    // finaliser): the probe takes the low bits.
    constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
    std::uint64_t h = key.size() * k;
    const char *p = key.data();
    std::size_t n = key.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * k;
        h ^= h >> 29;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, n);
        h = (h ^ word) * k;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::size_t HouseholdAnswers::slotOf(std::string_view key, std::uint64_t h) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.length == kEmpty)
            return i;
        if (slot.hash == h && slot.length == key.size() &&
            std::memcmp(m_bytes.data() + slot.offset, key.data(), key.size()) == 0)
            return i;
    }
}

std::optional<bool> HouseholdAnswers::find(std::string_view household) const
{
    if (m_size == 0)
        return std::nullopt;
    const Slot &slot = m_slots[slotOf(household, hash(household))];
    if (slot.length == kEmpty)
        return std::nullopt;
    return slot.visible != 0;
}

bool HouseholdAnswers::insert(std::string_view household, bool visible)
{
    if (household.size() >= kEmpty || m_bytes.size() + household.size() >= kEmpty)
        throw std::length_error("HouseholdAnswers: too many bytes of keys");
    if ((m_size + 1) * 2 > m_slots.size())
        grow(std::max<std::size_t>(16, m_slots.size() * 2));
    const std::uint64_t h = hash(household);
    Slot &slot = m_slots[slotOf(household, h)];
    if (slot.length != kEmpty)
        return false;
    slot.hash = h;
    slot.offset = static_cast<std::uint32_t>(m_bytes.size());
    slot.length = static_cast<std::uint32_t>(household.size());
    slot.visible = visible ? 1 : 0;
    m_bytes.append(household.data(), household.size());
    ++m_size;
    return true;
}

void HouseholdAnswers::reserve(std::size_t n)
{
    std::size_t slots = 16;
    while (slots < n * 2)
        slots *= 2;
    if (slots > m_slots.size())
        grow(slots);
    m_bytes.reserve(n * 36);
}

void HouseholdAnswers::grow(std::size_t slots)
{
    std::vector<Slot> old(slots);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.length == kEmpty)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].length != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void HouseholdAnswers::clear()
{
    m_slots.clear();
    m_bytes.clear();
    m_size = 0;
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
    if (const auto visible = m_answers.find(household))
        return *visible ? Answer::Visible : Answer::Hidden;
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
    if (m_complete || m_answers.find(household))
        return true; // known already (another pull of the user looked it up too)
    if (!reserve(1))
        return false;
    m_answers.insert(household, visible);
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
    if (!reserve(households.size()))
        return false;
    m_answers.reserve(households.size());
    for (const auto &h : households) {
        if (!m_answers.insert(h, true))
            m_total->fetch_sub(1); // the same household twice (owner and share)
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
