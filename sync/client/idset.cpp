#include "idset.h"

namespace brugboek::client {

IdSet::Key IdSet::key(std::string_view id)
{
    Key k;
    // 8-4-4-4-12 lower-case hex digits: the form UuidV7Generator writes.
    // Anything else (upper case too) is kept as text, so that no two
    // spellings of one id meet.
    if (id.size() == 36 && id[8] == '-' && id[13] == '-' && id[18] == '-' && id[23] == '-') {
        std::uint64_t words[2] = {0, 0};
        int digits = 0;
        bool hex = true;
        for (std::size_t i = 0; i < id.size() && hex; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23)
                continue;
            const char c = id[i];
            std::uint64_t v = 0;
            if (c >= '0' && c <= '9')
                v = static_cast<std::uint64_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v = static_cast<std::uint64_t>(c - 'a' + 10);
            else
                hex = false;
            words[digits / 16] = (words[digits / 16] << 4) | v;
            ++digits;
        }
        if (hex && words[0] != 0) { // hi 0 is the table's empty and deleted slot: as text
            k.hi = words[0];
            k.lo = words[1];
            k.uuid = true;
            return k;
        }
    }
    k.text.assign(id);
    return k;
}

namespace {
std::size_t slotHash(std::uint64_t hi, std::uint64_t lo)
{
    std::uint64_t x = hi ^ (lo * 0x9e3779b97f4a7c15ULL);
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 32;
    return static_cast<std::size_t>(x);
}
} // namespace

std::size_t IdSet::find(std::uint64_t hi, std::uint64_t lo) const
{
    if (m_slots.empty())
        return std::string::npos;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotHash(hi, lo) & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.hi == hi && s.lo == lo)
            return i;
        if (s.hi == 0 && s.lo == 0)
            return std::string::npos;
    }
}

void IdSet::grow()
{
    std::vector<Slot> old(m_slots.empty() ? 1024 : m_slots.size() * 2);
    old.swap(m_slots);
    m_filled = 0;
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hi == 0 && s.lo <= 1)
            continue; // empty, or deleted: not carried over
        std::size_t i = slotHash(s.hi, s.lo) & mask;
        while (m_slots[i].hi != 0 || m_slots[i].lo != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
        ++m_filled;
    }
}

void IdSet::insert(const Key &key)
{
    if (!key.uuid) {
        m_other.insert(key.text);
        return;
    }
    if (find(key.hi, key.lo) != std::string::npos)
        return;
    if ((m_filled + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotHash(key.hi, key.lo) & mask;
    while (m_slots[i].hi != 0 || m_slots[i].lo > 1)
        i = (i + 1) & mask;
    if (m_slots[i].lo == 0)
        ++m_filled; // a deleted slot was counted already
    m_slots[i] = {key.hi, key.lo};
}

void IdSet::erase(const Key &key)
{
    if (!key.uuid) {
        m_other.erase(key.text);
        return;
    }
    if (const std::size_t i = find(key.hi, key.lo); i != std::string::npos)
        m_slots[i] = {0, 1};
}

bool IdSet::contains(const Key &key) const
{
    return key.uuid ? find(key.hi, key.lo) != std::string::npos : m_other.count(key.text) > 0;
}

} // namespace brugboek::client
