// Applying changes from the server on a device: the device-side half of the
// merge rule, purges, derived data and the clock.

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/searchindex.h"
#include "support/teststore.h"
#include "sync/client/database.h"

#include <QTest>

using namespace brugboek;
using store::Repository;

namespace {
const std::string OtherDevice = "0190f3a2-0000-7000-8000-00000000ffff";
const std::string Household = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4c";

sync::Change set(const std::string &entity, const std::string &id, const std::string &field,
                 sync::Value value, sync::Hlc hlc, const std::string &device = OtherDevice)
{
    sync::Change c;
    c.entity = entity;
    c.recordId = id;
    c.scope = Household;
    c.field = field;
    c.value = std::move(value);
    c.hlc = hlc;
    c.deviceId = device;
    return c;
}

sync::Change purge(const std::string &entity, const std::string &id, sync::Hlc hlc)
{
    sync::Change c = set(entity, id, std::string(), {}, hlc);
    c.op = sync::Change::Op::Delete;
    return c;
}

client::ChangeLog::RemoteResult apply(test::TestStore &t, const std::vector<sync::Change> &changes,
                                      bool mostlyNew = false)
{
    client::Transaction tx(t.store->db());
    const auto r = t.store->changes().applyRemote(changes, mostlyNew);
    tx.commit();
    return r;
}

// Every row of the synced tables and the derived ones, as text.
QString dump(test::TestStore &t)
{
    QString out;
    QStringList tables {QStringLiteral("search_token")};
    for (const auto &e : sync::entities())
        tables << QString::fromLatin1(e.table.data(), static_cast<int>(e.table.size()));
    for (const QString &table : tables) {
        int columns = 0;
        {
            client::Query info = t.store->db().query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (info.next())
                ++columns;
        }
        client::Query q = t.store->db().query(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
        while (q.next()) {
            out += table + QLatin1Char(':');
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q.value(c);
                out += QLatin1Char(' ') +
                    (v.isNull() ? QStringLiteral("NULL")
                                : QString::fromLatin1(v.typeName()) + QLatin1Char('=') + v.toString());
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

sync::Hlc hlcAt(std::int64_t ms)
{
    return sync::Hlc(ms, 0);
}

// The store's indexes, with their SQL.
QString indexes(test::TestStore &t)
{
    QString out;
    client::Query q =
        t.store->db().query("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
    while (q.next())
        out += q.text(0) + QLatin1String(": ") + q.text(1) + QLatin1Char('\n');
    return out;
}

// The pages of a first enrolment, in two parts: households with their people,
// referrals and events, children before their parents, a purge of a
// household that was on an earlier page (its dependants go too), a person
// whose household never comes, and a purge of what was never there.
const std::string Second = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4d";
const std::string Purged = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4f";
const std::string Referral = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1d01";

std::vector<std::vector<sync::Change>> firstEnrolmentPages()
{
    const std::string fatima = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c01";
    const std::string zofia = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c02";
    const std::string doomed = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c03";
    const std::string orphan = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c04";
    const std::string event1 = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e01";
    const std::string event2 = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e02";
    const std::string event3 = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e03";
    const std::string event4 = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e04";
    return {
        {
            // a person before their household
            set("person", fatima, "given_name", std::string("Fatima"), hlcAt(1000)),
            set("person", fatima, "household_id", Household, hlcAt(1000)),
            set("household", Household, "display_name", std::string("El Amrani"), hlcAt(1001)),
            set("household", Purged, "display_name", std::string("Vandenbroucke"), hlcAt(1002)),
            set("person", doomed, "given_name", std::string("Lotte"), hlcAt(1002)),
            set("person", doomed, "household_id", Purged, hlcAt(1002)),
            set("referral", Referral, "household_id", Household, hlcAt(1003)),
            set("referral", Referral, "need", std::string("huiswerkbegeleiding"), hlcAt(1003)),
            set("referral_event", event1, "referral_id", Referral, hlcAt(1004)),
            set("referral_event", event1, "status", std::string("wachtlijst"), hlcAt(1004)),
            set("referral_event", event1, "occurred_on", std::string("2026-11-02"), hlcAt(1004)),
        },
        {
            set("referral_event", event2, "referral_id", Referral, hlcAt(1005)),
            set("referral_event", event2, "status", std::string("opgestart"), hlcAt(1005)),
            set("referral_event", event2, "occurred_on", std::string("2026-11-20"), hlcAt(1005)),
            // the same day, made later (a higher id): the latest
            set("referral_event", event3, "referral_id", Referral, hlcAt(1005)),
            set("referral_event", event3, "status", std::string("afgerond"), hlcAt(1005)),
            set("referral_event", event3, "occurred_on", std::string("2026-11-20"), hlcAt(1005)),
            // arriving last, but of an earlier day
            set("referral_event", event4, "referral_id", Referral, hlcAt(1005)),
            set("referral_event", event4, "status", std::string("aangemeld"), hlcAt(1005)),
            set("referral_event", event4, "occurred_on", std::string("2026-10-01"), hlcAt(1005)),
            set("household", Second, "display_name", std::string("Nowak"), hlcAt(1006)),
            set("person", zofia, "given_name", std::string("Zofia"), hlcAt(1006)),
            set("person", zofia, "household_id", Second, hlcAt(1006)),
            set("household", Household, "display_name", std::string("El Amrani-Peeters"), hlcAt(1007)),
            purge("household", Purged, hlcAt(1008)),
            set("person", orphan, "given_name", std::string("Niemand"), hlcAt(1009)),
            set("person", orphan, "household_id", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1bff", hlcAt(1009)),
            purge("household", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b00", hlcAt(1010)),
        },
    };
}

// Applies a page as the sync engine does: orphans dropped before the commit.
int applyPage(test::TestStore &t, const std::vector<sync::Change> &page, bool mostlyNew)
{
    client::Transaction tx(t.store->db());
    t.store->changes().applyRemote(page, mostlyNew);
    const int orphans = t.store->changes().dropOrphans();
    tx.commit();
    return orphans;
}

QVariant column(test::TestStore &t, const char *sql)
{
    return t.store->db().scalar(sql);
}

} // namespace

class TestRemoteApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newRecordArrivesWithItsDerivedData()
    {
        test::TestStore t;
        const auto r =
            apply(t,
                  {set("household", Household, "display_name", std::string("El Amrani"), hlcAt(1000)),
                   set("household", Household, "status", std::string("open"), hlcAt(1000))});
        QCOMPARE(r.applied, 2);
        QCOMPARE(column(t, "SELECT display_name FROM household").toString(), QStringLiteral("El Amrani"));
        // The search index saw it; the outbox did not.
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("el am")).size(), 1);
        QCOMPARE(t.store->changes().pendingCount(), 0);
    }

    // Values from a device whose clock is ahead move this device's clock past
    // them, stored in the page's transaction (also in a store without a
    // clock row yet): a later local edit is stamped after them.
    void theClockPassesWhatArrives()
    {
        test::TestStore t;
        const auto stored = [&] { return column(t, "SELECT value FROM sync_state WHERE key = 'hlc'"); };
        QVERIFY(stored().isNull());
        const sync::Hlc ahead(test::FixedNowMs + 3LL * 24 * 3600 * 1000, 7);
        apply(t, {set("household", Household, "display_name", std::string("El Amrani"), ahead)});
        QVERIFY(stored().toLongLong() > static_cast<qint64>(ahead.packed()));
        const qint64 afterFirst = stored().toLongLong();
        const sync::Hlc further(ahead.wallMs() + 1000, 0);
        apply(t, {set("household", Household, "notes", std::string("later"), further)});
        QVERIFY(stored().toLongLong() > static_cast<qint64>(further.packed()));
        QVERIFY(stored().toLongLong() > afterFirst);
        Repository repo(*t.store);
        repo.update("household", QString::fromStdString(Household), {{"phone", "0470 00 00 00"}});
        QCOMPARE(column(t, "SELECT max(hlc) FROM sync_outbox").toLongLong(), stored().toLongLong());
        QVERIFY(stored().toLongLong() > static_cast<qint64>(further.packed()));
    }

    // An initial pull inserts without looking first (mostlyNew); whatever
    // the page holds, the store ends up as with the general path.
    void initialPullFastPathGivesTheSameStore()
    {
        const std::string second = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4d";
        const std::string person = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c01";
        const std::string referral = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1d01";
        const std::vector<sync::Change> page {
            // new, text and integer
            set("household", Household, "display_name", std::string("El Amrani"), hlcAt(1000)),
            set("household", Household, "interpreter_needed", std::int64_t {1}, hlcAt(1000)),
            // the same record again later on the page: it exists by then
            set("person", person, "given_name", std::string("Fatima"), hlcAt(1001)),
            set("person", person, "household_id", Household, hlcAt(1001)),
            set("person", person, "notes", std::string(), hlcAt(1001)), // empty text is NULL
            set("household", Household, "display_name", std::string("El Amrani-Peeters"), hlcAt(1002)),
            // a value of another type than its field: converted by the general path
            set("person", person, "birth_year", std::string("2016"), hlcAt(1003)),
            // the same field twice in one record's run
            set("household", second, "display_name", std::string("Nowak"), hlcAt(1004)),
            set("household", second, "display_name", std::string("Nowak-Kowalska"), hlcAt(1005)),
            // a new person of a household that is not written again: indexed on insert
            set("person", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c02", "given_name", std::string("Zofia"),
                hlcAt(1005)),
            set("person", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c02", "household_id", second, hlcAt(1005)),
            // only empty values, for a record that exists (set below)
            set("household", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4e", "phone", sync::Value {}, hlcAt(1006)),
            // derived status from an event
            set("referral", referral, "household_id", Household, hlcAt(1007)),
            set("referral", referral, "need", std::string("huiswerkbegeleiding"), hlcAt(1007)),
            set("referral_event", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e01", "referral_id", referral,
                hlcAt(1008)),
            set("referral_event", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e01", "status", std::string("wachtlijst"),
                hlcAt(1008)),
            set("referral_event", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e01", "occurred_on",
                std::string("2026-11-20"), hlcAt(1008)),
        };
        QString dumps[2];
        client::ChangeLog::RemoteResult results[2];
        for (int fast = 0; fast < 2; ++fast) {
            test::TestStore t;
            // Already on the device before the page.
            apply(t,
                  {set("household", "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4e", "phone", std::string("0470"),
                       hlcAt(900))});
            QCOMPARE(t.store->changes().pendingCount(), 0);
            results[fast] = apply(t, page, fast == 1);
            dumps[fast] = dump(t);
        }
        QCOMPARE(dumps[1], dumps[0]);
        QCOMPARE(results[1].applied, results[0].applied);
        QCOMPARE(results[1].invalid, results[0].invalid);
        QCOMPARE(results[1].records, results[0].records);
        QCOMPARE(results[1].inserted, results[0].inserted);
        QVERIFY(dumps[1].contains(QStringLiteral("El Amrani-Peeters")));
        QVERIFY(dumps[1].contains(QStringLiteral("search_token: QString=fatima")));
        QVERIFY(dumps[1].contains(QStringLiteral("search_token: QString=zofia")));
        QVERIFY(dumps[1].contains(QStringLiteral("Nowak-Kowalska")));
        QVERIFY(dumps[1].contains(QStringLiteral("wachtlijst")));
    }

    // A bulk load (a first enrolment: no indexes, no foreign key checks,
    // derived data at the end) gives the store the page-by-page way gives,
    // derived data, indexes and foreign keys included.
    void bulkLoadGivesTheSameStore()
    {
        test::TestStore plain;
        for (const auto &page : firstEnrolmentPages())
            applyPage(plain, page, true);

        test::TestStore bulk;
        const QString indexesBefore = indexes(bulk);
        QVERIFY(bulk.store->changes().beginBulkLoad());
        QVERIFY(bulk.store->changes().bulkLoading());
        QCOMPARE(column(bulk, "PRAGMA foreign_keys").toInt(), 0);
        // Only the sync tables' indexes are left meanwhile.
        QVERIFY(!indexes(bulk).contains(QLatin1String("encounter_time")));
        QVERIFY(!indexes(bulk).contains(QLatin1String("search_token_household")));
        QVERIFY(indexes(bulk).contains(QLatin1String("sync_outbox_record")));
        int orphans = 0;
        for (const auto &page : firstEnrolmentPages())
            orphans += applyPage(bulk, page, true);
        // The person whose household never came, at the end of their page.
        QCOMPARE(orphans, 1);
        // The purge took the household's person with it.
        QCOMPARE(column(bulk, "SELECT count(*) FROM person").toInt(), 2);
        // Nothing derived yet: that comes at the end, once.
        QCOMPARE(column(bulk, "SELECT count(*) FROM search_token").toInt(), 0);
        QCOMPARE(bulk.store->changes().finishBulkLoad(), 0);
        QVERIFY(!bulk.store->changes().bulkLoading());

        QCOMPARE(dump(bulk), dump(plain));
        QCOMPARE(indexes(bulk), indexesBefore);
        QCOMPARE(column(bulk, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(column(bulk, "SELECT count(*) FROM sync_state WHERE key LIKE 'bulk%'").toInt(), 0);
        QCOMPARE(column(bulk, "SELECT count(*) FROM person").toInt(), 2);
        QCOMPARE(column(bulk, "SELECT status FROM referral").toString(), QStringLiteral("afgerond"));
        QCOMPARE(column(bulk, "SELECT status_on FROM referral").toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(store::Queries(bulk.store->db()).searchHouseholds(QStringLiteral("zof")).size(), 1);
        QCOMPARE(store::Queries(bulk.store->db()).searchHouseholds(QStringLiteral("vanden")).size(), 0);
        // And the foreign keys hold again.
        QVERIFY_THROWS_EXCEPTION(client::StoreError, [&] {
            client::Transaction tx(bulk.store->db());
            bulk.store->db()
                .query("INSERT INTO person (id, household_id) VALUES ('x', 'no such household')")
                .exec();
            tx.commit();
        }());
    }

    // A process that dies during a bulk load leaves a store without its
    // indexes and derived data; the next open mends it. Another connection
    // of the same process opening the store meanwhile leaves it alone.
    void anInterruptedBulkLoadIsMendedOnOpen()
    {
        test::TestStore plain;
        const auto pages = firstEnrolmentPages();
        applyPage(plain, pages[0], true);

        test::TestStore t;
        const QString indexesBefore = indexes(t);
        QVERIFY(t.store->changes().beginBulkLoad());
        applyPage(t, pages[0], true);
        {
            auto other = store::Store::open(t.dir.path(), t.keys, t.clock);
            QVERIFY(!other->changes().bulkLoadInterrupted());
            QVERIFY(!other->changes().beginBulkLoad());
            QVERIFY(!indexes(t).contains(QLatin1String("encounter_time")));
        }
        t.reopen(); // as after a kill: the load never finished
        QVERIFY(!t.store->changes().bulkLoadInterrupted());
        QCOMPARE(indexes(t), indexesBefore);
        QCOMPARE(dump(t), dump(plain));
        QCOMPARE(column(t, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(column(t, "SELECT count(*) FROM sync_state WHERE key LIKE 'bulk%'").toInt(), 0);
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("fatima")).size(), 1);
    }

    // The end of a bulk load fails (as on a full disk) when an index cannot
    // be made: the load goes on (the next pull ends it), a reopened store
    // opens all the same, and once the index can be made the store is whole.
    void aFailedEndOfABulkLoadIsTriedAgain()
    {
        const auto pages = firstEnrolmentPages();
        test::TestStore t;
        const QString indexesBefore = indexes(t);
        QVERIFY(t.store->changes().beginBulkLoad());
        applyPage(t, pages[0], true);
        const char *breakIt =
            "UPDATE sync_state SET value = 'CREATE INDEX broken ON no_such_table(x);' || char(10) "
            "|| value WHERE key = 'bulk_load_indexes'";
        t.store->db().query(breakIt).exec();
        QVERIFY_THROWS_EXCEPTION(client::StoreError, t.store->changes().finishBulkLoad());
        QVERIFY(t.store->changes().bulkLoading());
        // Still in bulk: what comes now is indexed at the end, not record by record.
        applyPage(t, pages[1], true);
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("zofia")).size(), 0);

        t.reopen(); // the app restarted: the store opens, without the indexes
        QVERIFY(t.store);
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("zofia")).size(), 1);
        QVERIFY(!indexes(t).contains(QLatin1String("encounter_time")));
        QCOMPARE(column(t, "PRAGMA foreign_keys").toInt(), 1);

        t.store->db()
            .query("UPDATE sync_state SET value = substr(value, instr(value, ';' || char(10)) + 2) "
                   "WHERE key = 'bulk_load_indexes'")
            .exec();
        t.reopen();
        QCOMPARE(indexes(t), indexesBefore);
        QVERIFY(column(t, "SELECT value FROM sync_state WHERE key = 'bulk_load_indexes'").isNull());
    }

    // During a bulk load a new record's parent is not looked up when the
    // load itself inserted it. A parent deleted since, by a purge of the
    // load or by another connection (the app), is looked up again: its
    // children arriving later are orphans.
    void aDeletedParentIsNotTakenForInserted()
    {
        const std::string janssens = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f01";
        const std::string peeters = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f02";
        const std::string kept = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f03";
        const std::string lien = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f11";
        const std::string bram = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f12";
        const std::string noor = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f13";
        test::TestStore t;
        QVERIFY(t.store->changes().beginBulkLoad());
        QCOMPARE(
            applyPage(t,
                      {
                          set("household", janssens, "display_name", std::string("Janssens"), hlcAt(1000)),
                          set("household", peeters, "display_name", std::string("Peeters"), hlcAt(1000)),
                          set("household", kept, "display_name", std::string("Claes"), hlcAt(1000)),
                      },
                      true),
            0);
        // Purged by the load, then a child of it in the same page.
        QCOMPARE(applyPage(t,
                           {
                               purge("household", janssens, hlcAt(1001)),
                               set("person", lien, "given_name", std::string("Lien"), hlcAt(1002)),
                               set("person", lien, "household_id", janssens, hlcAt(1002)),
                               set("person", noor, "given_name", std::string("Noor"), hlcAt(1002)),
                               set("person", noor, "household_id", kept, hlcAt(1002)),
                           },
                           true),
                 1);
        // Deleted by another connection between two pages.
        {
            auto app = store::Store::open(t.dir.path(), t.keys, t.clock);
            client::Transaction tx(app->db());
            app->db()
                .query("DELETE FROM household WHERE id = ?")
                .bind(1, QString::fromStdString(peeters))
                .exec();
            tx.commit();
        }
        QCOMPARE(applyPage(t,
                           {
                               set("person", bram, "given_name", std::string("Bram"), hlcAt(1003)),
                               set("person", bram, "household_id", peeters, hlcAt(1003)),
                           },
                           true),
                 1);
        QCOMPARE(t.store->changes().finishBulkLoad(), 0);
        QCOMPARE(column(t, "SELECT group_concat(given_name) FROM person").toString(), QStringLiteral("Noor"));
        QCOMPARE(column(t,
                        "SELECT count(*) FROM person p WHERE NOT EXISTS "
                        "(SELECT 1 FROM household h WHERE h.id = p.household_id)")
                     .toInt(),
                 0);
    }

    // A page whose transaction was rolled back (its pull failed) and an end
    // of the load that failed too: the load goes on, and a parent that page
    // inserted is not there, so its child arriving later is an orphan.
    void aRolledBackParentIsNotTakenForInserted()
    {
        const std::string gone = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f31";
        const std::string child = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f32";
        test::TestStore t;
        QVERIFY(t.store->changes().beginBulkLoad());
        QCOMPARE(applyPage(t, firstEnrolmentPages()[0], true), 0);
        {
            client::Transaction tx(t.store->db());
            t.store->changes().applyRemote(
                {set("household", gone, "display_name", std::string("Wouters"), hlcAt(1000))}, true);
            QCOMPARE(t.store->changes().dropOrphans(), 0);
        } // not committed: rolled back
        t.store->db()
            .query("UPDATE sync_state SET value = 'CREATE INDEX broken ON no_such_table(x);' || char(10) "
                   "|| value WHERE key = 'bulk_load_indexes'")
            .exec();
        QVERIFY_THROWS_EXCEPTION(client::StoreError, t.store->changes().finishBulkLoad());
        QVERIFY(t.store->changes().bulkLoading());
        QCOMPARE(applyPage(t,
                           {set("person", child, "given_name", std::string("Ilse"), hlcAt(1001)),
                            set("person", child, "household_id", gone, hlcAt(1001))},
                           true),
                 1);
        QCOMPARE(column(t, "SELECT count(*) FROM person WHERE id = '0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f32'")
                     .toInt(),
                 0);
    }

    // At the end of a bulk load the search tokens are made from the names
    // read first, while the other indexes are made. A household the app
    // (another connection) saved meanwhile is not lost: the names are read
    // again.
    void namesSavedDuringTheEndOfABulkLoadAreSearchable()
    {
        test::TestStore t;
        for (const auto &page : firstEnrolmentPages())
            applyPage(t, page, true);
        store::SearchIndex index(t.store->db());
        index.bulkLoadStarted();
        {
            client::Transaction tx(t.store->db());
            QCOMPARE(index.bulkLoadEnding(), QStringList {QStringLiteral("search_token")});
            tx.commit();
        }
        {
            auto app = store::Store::open(t.dir.path(), t.keys, t.clock);
            app->changes().put(sync::entity("household"),
                               QStringLiteral("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1f21"),
                               {{QStringLiteral("display_name"), QStringLiteral("Bouzidi")}});
        }
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("bouz")).size(), 1);
        {
            client::Transaction tx(t.store->db());
            index.bulkLoadFinished();
            tx.commit();
        }
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("bouz")).size(), 1);
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("zofia")).size(), 1);

        // Without a write in between, what was made meanwhile is written.
        index.bulkLoadStarted();
        {
            client::Transaction tx(t.store->db());
            index.bulkLoadEnding();
            tx.commit();
        }
        {
            client::Transaction tx(t.store->db());
            index.bulkLoadFinished();
            tx.commit();
        }
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("bouz")).size(), 1);
        QCOMPARE(store::Queries(t.store->db()).searchHouseholds(QStringLiteral("fatima")).size(), 1);
    }

    // The statuses are read on a connection of their own while the indexes
    // are made: an event saved by the app meanwhile is not undone by them.
    void statusesSavedDuringTheEndOfABulkLoadStay()
    {
        test::TestStore t;
        for (const auto &page : firstEnrolmentPages())
            applyPage(t, page, true);
        const QString referral = QString::fromStdString(Referral);
        const auto status = [&t] { return column(t, "SELECT status || ' ' || status_on FROM referral"); };
        QCOMPARE(status().toString(), QStringLiteral("afgerond 2026-11-20"));

        // As a bulk load leaves it: the status not made yet.
        t.store->db().execute("UPDATE referral SET status = NULL, status_on = NULL");
        store::ReferralStatusTracker tracker(t.store->db());
        tracker.bulkLoadStarted();
        {
            client::Transaction tx(t.store->db());
            QCOMPARE(tracker.bulkLoadEnding(), QStringList {QStringLiteral("referral")});
            tx.commit();
        }
        QTest::qWait(200); // the statuses are read by now, before the app's event
        {
            auto app = store::Store::open(t.dir.path(), t.keys, t.clock);
            app->changes().put(sync::entity("referral_event"),
                               QStringLiteral("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1e09"),
                               {{QStringLiteral("referral_id"), referral},
                                {QStringLiteral("status"), QStringLiteral("stopgezet")},
                                {QStringLiteral("occurred_on"), QStringLiteral("2026-11-23")}});
        }
        QCOMPARE(status().toString(), QStringLiteral("stopgezet 2026-11-23"));
        {
            client::Transaction tx(t.store->db());
            tracker.bulkLoadFinished();
            tx.commit();
        }
        QCOMPARE(status().toString(), QStringLiteral("stopgezet 2026-11-23"));

        // Without a write in between, what was made meanwhile is written.
        t.store->db().execute("UPDATE referral SET status = 'wachtlijst', status_on = NULL");
        tracker.bulkLoadStarted();
        {
            client::Transaction tx(t.store->db());
            tracker.bulkLoadEnding();
            tx.commit();
        }
        {
            client::Transaction tx(t.store->db());
            tracker.bulkLoadFinished();
            tx.commit();
        }
        QCOMPARE(status().toString(), QStringLiteral("stopgezet 2026-11-23"));
    }

    // Something waiting in the outbox: no bulk load (it would skip the
    // look-up of local edits).
    void noBulkLoadWithUnsentEdits()
    {
        test::TestStore t;
        store::Household h;
        h.displayName = QStringLiteral("Peeters");
        Repository(*t.store).save(h);
        QVERIFY(!t.store->changes().beginBulkLoad());
        QVERIFY(!t.store->changes().bulkLoading());
        QCOMPARE(column(t, "PRAGMA foreign_keys").toInt(), 1);
    }

    void laterLocalEditStaysEarlierOneYields()
    {
        test::TestStore t;
        apply(t, {set("household", Household, "display_name", std::string("Peeters"), hlcAt(1000))});
        Repository repo(*t.store);
        repo.update("household", QString::fromStdString(Household),
                    {{QStringLiteral("notes"), QStringLiteral("mine")}});
        const auto local = sync::Hlc::fromPacked(column(t, "SELECT hlc FROM sync_outbox").toULongLong());

        // An older remote value of the same field: the unsent local edit stays.
        auto r = apply(t,
                       {set("household", Household, "notes", std::string("theirs, older"),
                            sync::Hlc::fromPacked(local.packed() - 1))});
        QCOMPARE(r.kept, 1);
        QCOMPARE(column(t, "SELECT notes FROM household").toString(), QStringLiteral("mine"));

        // A newer one wins here as it will on the server; the local edit is
        // still sent, so the server can keep it as a conflict.
        r = apply(t,
                  {set("household", Household, "notes", std::string("theirs, newer"),
                       sync::Hlc::fromPacked(local.packed() + 1))});
        QCOMPARE(r.applied, 1);
        QCOMPARE(column(t, "SELECT notes FROM household").toString(), QStringLiteral("theirs, newer"));
        QCOMPARE(t.store->changes().pendingCount(), 1);
    }

    void purgeTakesDependantsAndTheirUnsentEdits()
    {
        test::TestStore t;
        apply(t, {set("household", Household, "display_name", std::string("Çelik"), hlcAt(1000))});
        Repository repo(*t.store);
        store::Person p;
        p.householdId = QString::fromStdString(Household);
        p.givenName = QStringLiteral("Emre");
        repo.save(p);
        QVERIFY(t.store->changes().pendingCount() > 0);

        const auto r = apply(t, {purge("household", Household, hlcAt(2000))});
        QCOMPARE(r.purged, 2);
        QCOMPARE(column(t, "SELECT count(*) FROM household").toInt(), 0);
        QCOMPARE(column(t, "SELECT count(*) FROM person").toInt(), 0);
        QCOMPARE(column(t, "SELECT count(*) FROM search_token").toInt(), 0);
        QCOMPARE(t.store->changes().pendingCount(), 0);
        // A purge of what is not there is nothing.
        QCOMPARE(apply(t, {purge("household", Household, hlcAt(3000))}).purged, 0);
    }

    // Found by fuzz_client_page: a page from a broken or hostile server that
    // purges a record of another entity under the same id must not take the
    // unsent edits of the household with it.
    void purgeOfAnotherEntityWithTheSameIdKeepsUnsentEdits()
    {
        test::TestStore t;
        apply(t, {set("household", Household, "display_name", std::string("Nowak"), hlcAt(1000))});
        Repository repo(*t.store);
        repo.update("household", QString::fromStdString(Household),
                    {{QStringLiteral("notes"), QStringLiteral("mine")}});
        QCOMPARE(t.store->changes().pendingCount(), 1);

        auto organisation = set("organisation", Household, "name", std::string("Same id"), hlcAt(2000));
        organisation.scope.clear();
        apply(t, {organisation, purge("organisation", Household, hlcAt(3000))});
        QCOMPARE(column(t, "SELECT notes FROM household").toString(), QStringLiteral("mine"));
        QCOMPARE(t.store->changes().pendingCount(), 1);
    }

    void unsentLocalPurgeWins()
    {
        test::TestStore t;
        apply(t, {set("household", Household, "display_name", std::string("Nowak"), hlcAt(1000))});
        Repository repo(*t.store);
        repo.purge("household", QString::fromStdString(Household));
        const auto r = apply(
            t, {set("household", Household, "notes", std::string("late"), hlcAt(t.clock.nowMs() + 100000))});
        QCOMPARE(r.kept, 1);
        QCOMPARE(column(t, "SELECT count(*) FROM household").toInt(), 0);
    }

    void unknownEntitiesAndFieldsAreSkippedNotFatal()
    {
        test::TestStore t;
        const auto r = apply(t,
                             {set("bailiff", Household, "x", std::string("y"), hlcAt(1)),
                              set("household", Household, "shoe_size", std::int64_t(44), hlcAt(1)),
                              set("household", Household, "display_name", std::string("Diallo"), hlcAt(1))});
        QCOMPARE(r.invalid, 2);
        QCOMPARE(r.applied, 1);
    }

    void localClockFollowsWhatItReceived()
    {
        // This device's clock is three days behind the one that wrote.
        test::TestStore t;
        const std::int64_t threeDays = 3LL * 24 * 3600 * 1000;
        const auto remote = hlcAt(t.clock.nowMs() + threeDays);
        apply(t, {set("household", Household, "display_name", std::string("Dubois"), remote)});
        Repository repo(*t.store);
        repo.update("household", QString::fromStdString(Household),
                    {{QStringLiteral("display_name"), QStringLiteral("Dubois-Ali")}});
        const auto local = sync::Hlc::fromPacked(column(t, "SELECT hlc FROM sync_outbox").toULongLong());
        QVERIFY(local > remote); // the later edit is later, whatever the wall clock says
        // Also across a restart.
        t.reopen();
        Repository again(*t.store);
        again.update("household", QString::fromStdString(Household),
                     {{QStringLiteral("phone"), QStringLiteral("0470")}});
        QVERIFY(sync::Hlc::fromPacked(column(t, "SELECT max(hlc) FROM sync_outbox").toULongLong()) > local);
    }

    void pendingEditKeepsTheBaseOfItsFirstChange()
    {
        test::TestStore t;
        apply(t, {set("household", Household, "display_name", std::string("Janssens"), hlcAt(1000))});
        auto setWatermark = [&t](qint64 w) {
            t.store->db()
                .query("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('watermark', ?)")
                .bind(1, w)
                .exec();
        };
        setWatermark(10);
        Repository repo(*t.store);
        const QString id = QString::fromStdString(Household);
        repo.update("household", id, {{QStringLiteral("notes"), QStringLiteral("one")}});
        QCOMPARE(column(t, "SELECT base_seq FROM sync_outbox WHERE field = 'notes'").toInt(), 10);
        // A page arrives before the edit was pushed; the edit goes on.
        setWatermark(20);
        repo.update("household", id, {{QStringLiteral("notes"), QStringLiteral("two")}});
        QCOMPARE(column(t, "SELECT count(*) FROM sync_outbox WHERE field = 'notes'").toInt(), 1);
        QCOMPARE(column(t, "SELECT base_seq FROM sync_outbox WHERE field = 'notes'").toInt(), 10);
        // Another field first edited now is based on what is seen now.
        repo.update("household", id, {{QStringLiteral("phone"), QStringLiteral("09 123")}});
        QCOMPARE(column(t, "SELECT base_seq FROM sync_outbox WHERE field = 'phone'").toInt(), 20);
    }

    void applyNeedsTheCallersTransaction()
    {
        test::TestStore t;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.store->changes().applyRemote(client::RemotePage {}));
    }
};

QTEST_GUILESS_MAIN(TestRemoteApply)
#include "tst_remoteapply.moc"
