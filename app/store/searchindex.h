#pragma once

#include "sync/client/changelog.h"

#include <QSet>

#include <future>
#include <memory>
#include <tuple>
#include <vector>

namespace brugboek::store {

// Keeps the device-local search data in step with every write, in the same
// transaction: name tokens of households and people, the household sort key,
// the organisations' folded search text.
//
// Each change to the tokens, to a household's sort key or name, or to which
// households there are (a purge) also raises the search version, a counter
// kept in sync_state under versionKey, in that same transaction: what was
// rolled back did not raise it, and every connection's SearchIndex raises
// the one counter. SearchCache loads again only when it moved. Encounters,
// referrals, the other records and the organisations' search text (which
// the cache does not hold) leave it as it is. A migration whose SQL writes
// names, tokens or sort keys itself ends with rebuild(), which raises it.
class SearchIndex final : public client::ChangeLog::Observer
{
public:
    explicit SearchIndex(client::Database &db)
        : m_db(db)
    {
    }

    // The search version's key in sync_state (no row: version 0).
    static constexpr const char *versionKey = "search_version";

    ~SearchIndex() override;
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Recomputes everything, e.g. after a migration or a change of folding.
    static void rebuild(client::Database &db);

    void recordChanged(const sync::EntityDef &entity, const QString &id, const QStringList &changed) override;
    void recordPurging(const sync::EntityDef &entity, const QString &id) override;
    // A bulk load is indexed once, whole, at its end: the names are read
    // when it ends and tokenized and sorted on a thread of their own while
    // the store's other indexes are made; then written.
    void bulkLoadStarted() override;
    QStringList bulkLoadEnding() override;
    void bulkLoadFinished() override;

    struct Names; // what rebuild() reads
    struct Tokens; // what it writes

private:
    // Raises the search version, in the caller's transaction.
    static void raiseVersion(client::Database &db);
    static Names readNames(client::Database &db);
    static Names readNamesOnce(client::Database &reader);
    static Tokens tokenize(const Names &names);
    static void write(client::Database &db, const Tokens &tokens);

    static void indexHousehold(client::Database &db, const QString &id);
    static void indexPerson(client::Database &db, const QString &id);
    static void indexOrganisation(client::Database &db, const QString &id);

    client::Database &m_db;
    bool m_bulk = false;
    std::future<std::unique_ptr<Tokens>> m_tokens; // being made, from bulkLoadEnding()
    qint64 m_namesVersion = 0; // PRAGMA data_version when the names were read
};

// Keeps referral.status and referral.status_on equal to the latest of the
// referral's events, whichever arrives first.
class ReferralStatusTracker final : public client::ChangeLog::Observer
{
public:
    explicit ReferralStatusTracker(client::Database &db)
        : m_db(db)
    {
    }
    ~ReferralStatusTracker() override;
    ReferralStatusTracker(const ReferralStatusTracker &) = delete;
    ReferralStatusTracker &operator=(const ReferralStatusTracker &) = delete;

    void recordChanged(const sync::EntityDef &entity, const QString &id, const QStringList &changed) override;
    void recordPurging(const sync::EntityDef &, const QString &) override { }
    // A page from the server updates each referral once, at its end, however
    // many of its events it brought.
    void remoteApplyStarted() override { m_deferring = true; }
    void remoteApplyFinished(bool applied) override;
    // A bulk load updates every referral once, at its end: the events are
    // read on a thread of their own while the other tables' indexes are
    // made, then the referrals whose status changed are written.
    void bulkLoadStarted() override { m_bulk = true; }
    QStringList bulkLoadEnding() override;
    void bulkLoadFinished() override;

private:
    using Statuses = std::vector<std::tuple<QString, QVariant, QVariant>>; // id, status, status_on
    static Statuses changedStatuses(client::Database &db);
    void update(const QString &referralId);

    client::Database &m_db;
    bool m_bulk = false;
    bool m_deferring = false;
    QSet<QString> m_pending;
    std::future<Statuses> m_statuses; // being made, from bulkLoadEnding()
    qint64 m_statusesVersion = 0; // PRAGMA data_version when they began
};

} // namespace brugboek::store
