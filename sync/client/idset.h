#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace brugboek::client {

// A set of record ids, for a bulk load's bookkeeping (ChangeLog): the ids
// the app makes (canonical UUIDs) are held as 128 bits in an open-addressed
// table, anything else as text.
class IdSet
{
public:
    // An id as the set holds it: a canonical UUID (every id the app
    // makes) as 128 bits, anything else as text.
    struct Key
    {
        std::uint64_t hi = 0, lo = 0;
        bool uuid = false;
        std::string text; // when not a UUID
    };
    static Key key(std::string_view id);
    void insert(const Key &key);
    void erase(const Key &key);
    [[nodiscard]] bool contains(const Key &key) const;

private:
    // Open addressing, linear probing: one cache miss per look-up where
    // std::unordered_set walks its nodes (a large device inserts
    // 240,000 ids and looks up more). Slot {0, 0} is empty, {0, 1} a
    // deleted id; key() keeps ids whose first half is 0 as text.
    struct Slot
    {
        std::uint64_t hi = 0, lo = 0;
    };
    [[nodiscard]] std::size_t find(std::uint64_t hi, std::uint64_t lo) const; // the slot, or npos
    void grow();
    std::vector<Slot> m_slots;
    std::size_t m_filled = 0; // ids and deleted ids
    std::unordered_set<std::string> m_other;
};

} // namespace brugboek::client
