#include "searchcache.h"

#include "searchindex.h"

#include "sync/client/changelog.h"
#include "sync/client/database.h"

#include <QtGlobal>

#include <algorithm>
#include <exception>
#include <unordered_map>

namespace brugboek::store {

using client::Query;

namespace {

// The search version and whether a bulk load runs, as `db` sees them now.
void readState(client::Database &db, qint64 &version, bool &bulkLoading)
{
    version = 0;
    bulkLoading = false;
    Query q = db.query("SELECT key, value FROM sync_state WHERE key IN (?, ?)");
    q.bindStaticText(1, SearchIndex::versionKey,
                     static_cast<int>(std::char_traits<char>::length(SearchIndex::versionKey)));
    q.bindStaticText(2, client::ChangeLog::bulkLoadStateKey,
                     static_cast<int>(std::char_traits<char>::length(client::ChangeLog::bulkLoadStateKey)));
    while (q.next()) {
        if (q.utf8(0) == SearchIndex::versionKey)
            version = q.int64(1);
        else
            bulkLoading = true;
    }
}

} // namespace

// One load: made by the connection's thread, filled by the loading thread.
struct SearchCache::Job
{
    std::atomic<bool> cancelled {false};
    // Set last by the loading thread: then the fields below are complete.
    std::atomic<bool> done {false};
    std::shared_ptr<const SearchSnapshot> result;
    std::exception_ptr error;
    qint64 startedAt = 0; // the store's search version when it started
};

SearchCache::SearchCache(client::Database &db)
    : m_db(db)
{
}

SearchCache::~SearchCache()
{
    stopLoad();
    m_reader.reset();
}

bool SearchCache::loading() const
{
    return m_job && !m_job->done.load(std::memory_order_acquire);
}

void SearchCache::stopLoad() noexcept
{
    if (m_job)
        m_job->cancelled.store(true);
    // The loading thread looks at `cancelled` every few thousand rows.
    if (m_thread.joinable())
        m_thread.join();
    m_job.reset();
}

std::shared_ptr<const SearchSnapshot> SearchCache::snapshot()
{
    if (m_db.inTransaction())
        return nullptr;
    // Nothing written since the last look (by this connection or committed
    // by another): the same version, without a statement.
    const qint64 dataVersion = m_db.scalar("PRAGMA data_version").toLongLong();
    const qint64 changes = m_db.totalChanges();
    if (!m_checked || dataVersion != m_dataVersion || changes != m_totalChanges) {
        // Something was: the cache is stale only when the search version
        // moved (a saved encounter, a sync page without names leave it).
        // During a bulk load the search data lags the records until its end:
        // then the plain statements answer.
        m_checked = false;
        readState(m_db, m_version, m_bulkLoading);
        m_dataVersion = dataVersion;
        m_totalChanges = changes;
        m_checked = true;
    }
    if (m_bulkLoading)
        return nullptr;
    // A stale snapshot is never used again (the version only grows): it
    // goes, with its memory.
    if (m_current && m_current->version() != m_version)
        m_current.reset();
    if (!m_current) {
        collect(m_synchronous);
        if (!m_current && !m_job && m_failedVersion != m_version) {
            startLoad();
            collect(m_synchronous);
        }
    }
    return m_current;
}

void SearchCache::startLoad()
{
    auto job = std::make_shared<Job>();
    job->startedAt = m_version;
    try {
        if (!m_reader) {
            m_reader = m_db.openReader();
            // It reads the tokens once in order and the households (about
            // 400 pages on a large device) by name: a small page cache will
            // do, and the app's peak memory is not raised by 32 MB of pages
            // read once.
            m_reader->execute("PRAGMA cache_size = -4096;");
        }
        // The thread gets the reader and the job, never this connection; the
        // destructor joins it before the reader goes.
        m_thread = std::thread([job, reader = m_reader.get(), hook = m_hook] {
            try {
                job->result = SearchSnapshot::read(*reader, job->cancelled, hook);
            } catch (...) {
                job->error = std::current_exception();
            }
            job->done.store(true, std::memory_order_release);
        });
    } catch (const std::exception &e) {
        // No second connection or thread: the statements answer.
        qWarning("brugboek: the search data cannot be loaded: %s", e.what());
        m_failedVersion = m_version;
        return;
    }
    ++m_loads;
    m_job = std::move(job);
}

void SearchCache::collect(bool wait)
{
    if (!m_job || (!wait && !m_job->done.load(std::memory_order_acquire)))
        return;
    m_thread.join();
    const std::shared_ptr<Job> job = std::move(m_job);
    m_job.reset();
    if (job->error) {
        try {
            std::rethrow_exception(job->error);
        } catch (const std::exception &e) {
            qWarning("brugboek: the search data could not be loaded: %s", e.what());
        }
        m_failedVersion = job->startedAt;
        return;
    }
    // Read at another version than the store's now (a commit came between
    // the look and the load): of no use, correctness first.
    if (job->result && job->result->version() == m_version)
        m_current = job->result;
}

std::shared_ptr<const SearchSnapshot>
SearchSnapshot::read(client::Database &db, const std::atomic<bool> &cancelled, const Hook &hook)
{
    // A deferred BEGIN: the read transaction starts at the first statement,
    // and everything below sees the store as it was then.
    db.execute("BEGIN");
    try {
        std::shared_ptr<SearchSnapshot> s(new SearchSnapshot);
        bool bulkLoading = false;
        readState(db, s->m_version, bulkLoading);
        if (hook)
            hook(cancelled);
        if (bulkLoading || cancelled.load() || !s->load(db, cancelled)) {
            db.execute("ROLLBACK");
            return nullptr;
        }
        db.execute("COMMIT");
        // The pages read stay in the snapshot's form only (the next load
        // comes after a write, which makes them stale anyway).
        db.execute("PRAGMA shrink_memory");
        return s;
    } catch (...) {
        try {
            if (db.inTransaction())
                db.execute("ROLLBACK");
        } catch (...) { // NOLINT(bugprone-empty-catch): the first error is the one to tell
        }
        throw;
    }
}

bool SearchSnapshot::load(client::Database &db, const std::atomic<bool> &cancelled)
{
    std::vector<std::string> ids;
    {
        Query q = db.query("SELECT id, display_name FROM household ORDER BY sort_key, rowid");
        while (q.next()) {
            ids.emplace_back(q.utf8(0));
            m_households.push_back({q.text(0), q.text(1)});
        }
    }
    if (cancelled.load())
        return false;
    std::unordered_map<std::string_view, std::uint32_t> rankOf;
    rankOf.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        rankOf.emplace(ids[i], static_cast<std::uint32_t>(i));
    // Each household's owners (a few), to find an owner again.
    std::vector<std::vector<std::uint32_t>> ownersOf(ids.size());
    {
        // In the key's order (a plain scan would take the smaller index by
        // household).
        Query q = db.query("SELECT token, household_id, person_id FROM search_token ORDER BY token, "
                           "household_id, person_id");
        std::size_t rows = 0;
        while (q.next()) {
            if (++rows % 4096 == 0 && cancelled.load())
                return false;
            // A token of a household that is not there finds nothing, as in
            // the statement.
            const auto known = rankOf.find(q.utf8(1));
            if (known == rankOf.end())
                continue;
            const std::uint32_t rank = known->second;
            const std::string_view person = q.utf8(2);
            std::uint32_t owner = 0;
            std::vector<std::uint32_t> &owners = ownersOf[rank];
            const auto same = std::find_if(owners.begin(), owners.end(),
                                           [&](std::uint32_t o) { return personOf(m_owners[o]) == person; });
            if (same != owners.end()) {
                owner = *same;
            } else {
                owner = static_cast<std::uint32_t>(m_owners.size());
                m_owners.push_back({rank, static_cast<std::uint32_t>(m_personText.size()),
                                    static_cast<std::uint32_t>(person.size())});
                m_personText.append(person);
                owners.push_back(owner);
            }
            const std::string_view token = q.utf8(0);
            if (m_entries.empty() || token != tokenOf(m_entries.back())) {
                m_entries.push_back({static_cast<std::uint32_t>(m_tokenText.size()),
                                     static_cast<std::uint32_t>(token.size()), owner});
                m_tokenText.append(token);
            } else {
                m_entries.push_back({m_entries.back().token, m_entries.back().tokenSize, owner});
            }
        }
    }
    // The key's order is the bytes' order; binary search depends on it.
    if (!std::is_sorted(m_entries.begin(), m_entries.end(),
                        [&](const Entry &a, const Entry &b) { return tokenOf(a) < tokenOf(b); }))
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [&](const Entry &a, const Entry &b) { return tokenOf(a) < tokenOf(b); });
    m_entries.shrink_to_fit();
    m_tokenText.shrink_to_fit();
    return true;
}

std::vector<SearchSnapshot::Hit> SearchSnapshot::match(const std::vector<std::string_view> &words,
                                                       int limit) const
{
    if (words.empty() || words.size() > 64 || limit <= 0)
        return {};
    // Each word's entries: the tokens starting with it.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const std::string_view word : words) {
        const auto from =
            std::lower_bound(m_entries.begin(), m_entries.end(), word,
                             [&](const Entry &e, std::string_view w) { return tokenOf(e) < w; });
        const auto to = std::partition_point(
            from, m_entries.end(), [&](const Entry &e) { return tokenOf(e).substr(0, word.size()) == word; });
        if (from == to)
            return {};
        ranges.emplace_back(from - m_entries.begin(), to - m_entries.begin());
    }
    // The fewest first; an owner counts the words it matched so far.
    std::sort(ranges.begin(), ranges.end(),
              [](const auto &a, const auto &b) { return a.second - a.first < b.second - b.first; });
    std::vector<std::uint8_t> count(m_owners.size(), 0);
    std::vector<std::uint32_t> matched;
    for (std::size_t w = 0; w < ranges.size(); ++w) {
        const bool last = w + 1 == ranges.size();
        for (std::size_t i = ranges[w].first; i < ranges[w].second; ++i) {
            const std::uint32_t owner = m_entries[i].owner;
            if (count[owner] != w)
                continue;
            count[owner] = static_cast<std::uint8_t>(w + 1);
            if (last)
                matched.push_back(owner);
        }
    }

    // The first `limit` households by rank, then their owners.
    std::vector<int> slot(m_households.size(), -1);
    for (const std::uint32_t owner : matched)
        slot[m_owners[owner].household] = 0;
    std::vector<Hit> hits;
    for (std::size_t rank = 0; rank < slot.size() && static_cast<int>(hits.size()) < limit; ++rank) {
        if (slot[rank] < 0)
            continue;
        slot[rank] = static_cast<int>(hits.size());
        hits.push_back({static_cast<int>(rank), {}});
    }
    const std::size_t cut = hits.empty() ? 0 : static_cast<std::size_t>(hits.back().household);
    for (const std::uint32_t owner : matched) {
        const Owner &o = m_owners[owner];
        if (o.household <= cut)
            hits[slot[o.household]].owners.push_back(personOf(o));
    }
    return hits;
}

} // namespace brugboek::store
