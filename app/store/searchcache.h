#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brugboek::client {
class Database;
}

namespace brugboek::store {

// The search tokens and the households' name order of one connection's
// store, kept in memory for as-you-type search (Queries::searchHouseholds
// given the cache): a word's owners are then a range of a sorted array and
// the first households in name order are found by their rank, instead of
// reading thousands of token rows and walking the households per keystroke.
// A large caseload (10,000 households, 110,000 tokens) takes about 6 MB.
//
// What it holds is what the store held when it was loaded. It is loaded
// again at its next use after the search version moved (SearchIndex raises
// it in the transaction of every change to the tokens, the households' names
// and sort keys, or to which households there are, on any connection).
// Whether it might have moved is looked up only after something was written:
// a row by this connection (sqlite3_total_changes) or a commit by another
// one (PRAGMA data_version: the sync's connection, the checkpointer's never
// writes rows); so a saved encounter or a sync page without names costs one
// look-up, not a load. Inside a transaction it is not used, since what the
// transaction wrote may still be rolled back (and its version with it); nor
// during a bulk load, whose search data is made only at its end.
class SearchCache
{
public:
    explicit SearchCache(client::Database &db)
        : m_db(db)
    {
    }

    // Whether the cache can answer now, loading it when the search version
    // moved since it was loaded. False inside a transaction and during a
    // bulk load.
    bool ready();

    struct Hit
    {
        int household; // its rank in name order
        // Those whose tokens start with every word: '' for the household's
        // own name, else a person's id. Valid until the next load.
        std::vector<std::string_view> owners;
    };
    // The first `limit` households in name order (household_sort's order:
    // NULL keys first, then by the key's bytes, then by rowid) with an owner
    // that has a token starting with every word (folded, UTF-8); at most 64
    // words.
    [[nodiscard]] std::vector<Hit> match(const std::vector<std::string_view> &words, int limit) const;

    [[nodiscard]] const QString &householdId(int rank) const { return m_households[rank].id; }
    [[nodiscard]] const QString &displayName(int rank) const { return m_households[rank].displayName; }

    // How many times it was loaded (for tests).
    [[nodiscard]] int loads() const { return m_loads; }

private:
    void load();

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

    client::Database &m_db;
    bool m_loaded = false;
    qint64 m_version = 0; // the search version of what was loaded
    // What ready() last looked at, and what it answered.
    bool m_checked = false;
    bool m_usable = false;
    qint64 m_dataVersion = 0;
    qint64 m_totalChanges = 0;
    int m_loads = 0;

    std::vector<Household> m_households; // in name order
    std::vector<Owner> m_owners;
    std::string m_personText; // the people's ids, each once per household
    std::string m_tokenText; // each distinct token once
    std::vector<Entry> m_entries; // by token's bytes, as search_token's key
};

} // namespace brugboek::store
