#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace brugboek::client {
class Database;
}

namespace brugboek::store {

// The search tokens and the households' name order of the store as they were
// at one search version, in memory and never changed once read: a word's
// owners are then a range of a sorted array and the first households in name
// order are found by their rank, instead of reading thousands of token rows
// and walking the households per keystroke. A large caseload (10,000
// households, 110,000 tokens) takes about 6 MB.
class SearchSnapshot
{
public:
    // Called by read() inside its read transaction, after the version was
    // read (for tests: to hold a load there). `cancelled` turns true when
    // the load is no longer wanted.
    using Hook = std::function<void(const std::atomic<bool> &cancelled)>;

    // Reads the search data of `db` in one read transaction (BEGIN; the
    // search version; the households and tokens; COMMIT), so what it holds
    // is what the store held at version(). Null when `cancelled` turned true
    // meanwhile, or when a bulk load was running (its search data is made
    // only at its end). Throws client::StoreError.
    [[nodiscard]] static std::shared_ptr<const SearchSnapshot>
    read(client::Database &db, const std::atomic<bool> &cancelled, const Hook &hook = {});

    // The search version of the store when it was read.
    [[nodiscard]] qint64 version() const { return m_version; }

    struct Hit
    {
        int household; // its rank in name order
        // Those whose tokens start with every word: '' for the household's
        // own name, else a person's id. Valid while this snapshot is.
        std::vector<std::string_view> owners;
    };
    // The first `limit` households in name order (household_sort's order:
    // NULL keys first, then by the key's bytes, then by rowid) with an owner
    // that has a token starting with every word (folded, UTF-8); at most 64
    // words.
    [[nodiscard]] std::vector<Hit> match(const std::vector<std::string_view> &words, int limit) const;

    [[nodiscard]] const QString &householdId(int rank) const { return m_households[rank].id; }
    [[nodiscard]] const QString &displayName(int rank) const { return m_households[rank].displayName; }

private:
    SearchSnapshot() = default;
    // Reads the rows; false when cancelled meanwhile.
    bool load(client::Database &db, const std::atomic<bool> &cancelled);

    struct Household
    {
        QString id, displayName;
    };
    struct Owner
    {
        std::uint32_t household; // rank
        std::uint32_t person, personSize; // bytes in m_personText; none: the household's own name
    };
    struct Entry
    {
        std::uint32_t token, tokenSize; // bytes in m_tokenText
        std::uint32_t owner; // index into m_owners
    };
    [[nodiscard]] std::string_view tokenOf(const Entry &e) const
    {
        return std::string_view(m_tokenText).substr(e.token, e.tokenSize);
    }
    [[nodiscard]] std::string_view personOf(const Owner &o) const
    {
        return std::string_view(m_personText).substr(o.person, o.personSize);
    }

    qint64 m_version = 0;
    std::vector<Household> m_households; // in name order
    std::vector<Owner> m_owners;
    std::string m_personText; // the people's ids, each once per household
    std::string m_tokenText; // each distinct token once
    std::vector<Entry> m_entries; // by token's bytes, as search_token's key
};

// The search data of one connection's store for as-you-type search
// (Queries::searchHouseholds given the cache), loaded off the UI thread.
//
// A load reads a new SearchSnapshot on a thread of its own through a second,
// read-only connection (Database::openReader); the connection's thread takes
// it when it is complete, and answers from it only while the store's search
// version is still the one it was read at (SearchIndex raises it in the
// transaction of every change to the tokens, the households' names and sort
// keys, or to which households there are, on any connection). Until then
// snapshot() is null and the plain statements answer: never a wait, never a
// stale answer. A load starts at prepare() (AppContext: when it opens the
// store and after every write or sync it is told of; a search model when it
// is made) and at a search that finds no current snapshot.
//
// Whether the version might have moved is looked up only after something was
// written: a row by this connection (sqlite3_total_changes) or a commit by
// another one (PRAGMA data_version: the sync's connection, the
// checkpointer's never writes rows); so a saved encounter or a sync page
// without names costs one look-up, not a load. Inside a transaction it is
// not used, since what the transaction wrote may still be rolled back (and
// its version with it); nor during a bulk load, whose search data is made
// only at its end.
//
// Used from the connection's thread only. Its destructor cancels a running
// load and waits for its thread (a few milliseconds): destroy it before the
// connection (Store does).
class SearchCache
{
public:
    explicit SearchCache(client::Database &db);
    ~SearchCache();
    SearchCache(const SearchCache &) = delete;
    SearchCache &operator=(const SearchCache &) = delete;

    // The snapshot to answer from now, or null: inside a transaction, during
    // a bulk load, and while none of the current search version is complete
    // (then one is loading). Never waits (but see setSynchronous).
    [[nodiscard]] std::shared_ptr<const SearchSnapshot> snapshot();
    // Whether snapshot() has one.
    bool ready() { return snapshot() != nullptr; }
    // Starts a load when what is held is not current, so that the next
    // search finds it ready; cheap when nothing was written.
    void prepare() { (void)snapshot(); }

    // How many loads were started (for tests).
    [[nodiscard]] int loads() const { return m_loads; }
    // Whether a load is running: started and not finished (for tests).
    [[nodiscard]] bool loading() const;
    // For tests: snapshot() waits for the load it starts or finds running,
    // as if it were read on this thread.
    void setSynchronous(bool wait) { m_synchronous = wait; }
    // For tests: called on the loading thread, see SearchSnapshot::Hook.
    void setLoadHook(SearchSnapshot::Hook hook) { m_hook = std::move(hook); }

private:
    struct Job;
    void startLoad();
    // Takes the running load's snapshot when it is complete (or, waiting,
    // when it is).
    void collect(bool wait);
    void stopLoad() noexcept;

    client::Database &m_db;
    // The reader's connection, opened at the first load; used only by the
    // loading thread while a load runs.
    std::unique_ptr<client::Database> m_reader;
    std::shared_ptr<Job> m_job; // the running load
    std::thread m_thread;
    std::shared_ptr<const SearchSnapshot> m_current; // the last one read; maybe stale

    // What snapshot() last looked at, and what it found.
    bool m_checked = false;
    bool m_bulkLoading = false;
    qint64 m_version = 0; // the store's search version
    qint64 m_failedVersion = -1; // a load failed at this version: not tried again
    qint64 m_dataVersion = 0;
    qint64 m_totalChanges = 0;
    int m_loads = 0;
    bool m_synchronous = false;
    SearchSnapshot::Hook m_hook;
};

} // namespace brugboek::store
