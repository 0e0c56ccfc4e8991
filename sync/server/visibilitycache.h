#pragma once

#include "sqldb.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace brugboek::server {

// A user's access version: a counter in the store (table access_version,
// no row: 0) that goes up in every transaction that inserts or deletes a
// row of household_access for that user. Every such write goes through
// bumpAccessVersion() in its own transaction, before it commits.
void bumpAccessVersion(SqlConnection &db, const std::string &userId);
// The user's access version as the caller's (read) transaction sees it.
[[nodiscard]] std::int64_t accessVersion(SqlConnection &db, const std::string &userId);

// Answers by household id (UUID text, 36 bytes; any text works): an
// open-addressed table with linear probing, at most half full, whose slots
// hold each key's hash and where its bytes are in one buffer of all keys. A
// lookup is a hash of the id's bytes (8 at a time) and, usually, one slot
// (its stored hash compared first) and one comparison of the key; a
// std::unordered_map<std::string_view, bool> went from the bucket to a node
// to the key's bytes elsewhere, each a likely cache miss, and its lookups
// were about 5 % of the server's samples in a whole device's pull. Keys are
// only added, never removed (clear() forgets all). Not thread-safe. About
// 36 bytes of key and 32 to 64 of slots (16 bytes each) per answer.
class HouseholdAnswers
{
public:
    // The answer for `household`, if there is one.
    [[nodiscard]] std::optional<bool> find(std::string_view household) const;
    // Adds an answer; false (and nothing changed) when the household has one.
    bool insert(std::string_view household, bool visible);
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    void reserve(std::size_t n);
    void clear();

    [[nodiscard]] static std::uint64_t hash(std::string_view key);

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0; // of the key in m_bytes
        std::uint32_t length : 31; // kEmpty: a free slot
        std::uint32_t visible : 1;
        Slot()
            : length(kEmpty)
            , visible(0)
        {
        }
    };
    static constexpr std::uint32_t kEmpty = 0x7fffffff;
    static_assert(sizeof(Slot) == 16);

    [[nodiscard]] std::size_t slotOf(std::string_view key, std::uint64_t h) const;
    void grow(std::size_t slots);

    std::vector<Slot> m_slots; // a power of two, or none
    std::string m_bytes; // the keys, one after the other
    std::size_t m_size = 0;
};

struct VisibilityLimits
{
    // Users whose answers are kept (the least recently used goes first).
    std::size_t users = 48;
    // Answers kept per user; more are not kept (the pull looks them up).
    std::size_t answersPerUser = 20000;
    // Answers kept in all, over every user (70 to 140 bytes each).
    std::size_t answers = 250000;
};

// A worker's pull decides per row whether its scope is one of the user's
// households (household_access; ScopeFilter in pagewriter.h). A page meets
// hundreds to thousands of households and the pages of one pull (and the
// incremental pulls after it) meet the same ones again, so the answers are
// kept here, per user, from one request to the next: on SQLite each
// household looked up and whether it is the user's, on PostgreSQL the
// user's whole set of households (read at once).
//
// Why a kept answer is right: the answers are a function of the user's rows
// of household_access alone. Every transaction that inserts or deletes such
// a row also increments the user's access version, in the same transaction
// (bumpAccessVersion). Those are write transactions, which commit one after
// the other: the store's write lock (SQLite's single writer; PostgreSQL's
// advisory lock of every write transaction, and the row lock of the
// version's upsert besides) is held from before the increment until the
// commit. So the version only grows, a strictly larger value after each such
// transaction, and a read transaction's snapshot (SQLite: BEGIN DEFERRED in
// WAL mode; PostgreSQL: REPEATABLE READ) holds a prefix of them: all that
// committed before it, none after (a transaction that committed after another
// one it waited for is never seen without it). The version a snapshot reads
// therefore names exactly which of those transactions it holds, and two
// snapshots that read the same version V for a user hold the same rows of
// household_access for that user (rows older than the table access_version
// were committed before any snapshot of this server) and give the same
// answers. So an answer computed in a transaction that read V is valid in
// every transaction that reads V, and only those: an entry is kept with the
// version it was made under, a pull reads the version in its own read
// transaction and uses the entry only when the two are equal, and adds what
// it looks up to that entry only then. A grant, a revoke, or a household the
// user creates raises the version, and the next page (of any server process
// on the same store) starts a new entry. What this relies on: no writer of
// household_access, in any process, leaves out the increment (an older
// server binary on the same PostgreSQL database would), and the version of
// a user never goes down (its row is never deleted).
//
// Thread-safe. Bounded: `users` entries (least recently used first out),
// `answersPerUser` per entry, `answers` in all (an entry that would go over
// keeps what it has; entries of other users are dropped first).
class VisibilityCache
{
public:
    // One user's answers under one access version.
    class Entry
    {
    public:
        enum class Answer { Unknown, Visible, Hidden };
        [[nodiscard]] std::int64_t version() const { return m_version; }
        [[nodiscard]] Answer find(std::string_view household) const;
        // Adds an answer looked up in a transaction that read this entry's
        // version; false when the entry is full (it is not kept then).
        bool add(std::string_view household, bool visible);
        // True when the entry holds every household of the user (then any
        // other is hidden).
        [[nodiscard]] bool complete() const;
        // Makes the entry the user's whole set of households, read in a
        // transaction that read this entry's version; false (and nothing
        // kept) when they are more than an entry holds.
        bool setComplete(const std::vector<std::string> &households);
        [[nodiscard]] std::size_t size() const;

        Entry(std::int64_t version, std::size_t capacity, std::shared_ptr<std::atomic<std::size_t>> total,
              std::size_t totalCapacity);
        ~Entry();
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;

    private:
        bool reserve(std::size_t n); // takes n of the totals, with m_mutex held

        const std::int64_t m_version;
        const std::size_t m_capacity;
        const std::shared_ptr<std::atomic<std::size_t>> m_total; // answers of all entries alive
        const std::size_t m_totalCapacity;
        mutable std::mutex m_mutex;
        HouseholdAnswers m_answers;
        bool m_complete = false;
    };

    explicit VisibilityCache(VisibilityLimits limits = {});
    VisibilityCache(const VisibilityCache &) = delete;
    VisibilityCache &operator=(const VisibilityCache &) = delete;

    // The user's entry for `version`: the one kept for exactly that version,
    // or a new empty one, which is kept unless an entry of a newer version
    // is (a pull whose snapshot is older than another's still gets an entry
    // of its own, used by it alone).
    [[nodiscard]] std::shared_ptr<Entry> entry(const std::string &userId, std::int64_t version);

    // Counters for the metrics: answers given from an entry, and looked up
    // in the store.
    void countHit() { m_hits.fetch_add(1, std::memory_order_relaxed); }
    void countLookup() { m_lookups.fetch_add(1, std::memory_order_relaxed); }
    [[nodiscard]] std::uint64_t hits() const { return m_hits.load(std::memory_order_relaxed); }
    [[nodiscard]] std::uint64_t lookups() const { return m_lookups.load(std::memory_order_relaxed); }
    [[nodiscard]] std::size_t answers() const { return m_total->load(); }

private:
    struct Slot
    {
        std::shared_ptr<Entry> entry;
        std::list<std::string>::iterator lru;
    };

    const VisibilityLimits m_limits;
    const std::shared_ptr<std::atomic<std::size_t>> m_total;
    std::mutex m_mutex;
    std::unordered_map<std::string, Slot> m_users;
    std::list<std::string> m_lru; // most recently used first
    std::atomic<std::uint64_t> m_hits {0};
    std::atomic<std::uint64_t> m_lookups {0};
};

} // namespace brugboek::server
