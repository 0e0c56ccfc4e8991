// Applying changes from the server on a device: the device-side half of the
// merge rule, purges, derived data and the clock.

#include "app/store/queries.h"
#include "app/store/repository.h"
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

client::ChangeLog::RemoteResult apply(test::TestStore &t, const std::vector<sync::Change> &changes)
{
    client::Transaction tx(t.store->db());
    const auto r = t.store->changes().applyRemote(changes);
    tx.commit();
    return r;
}

QVariant column(test::TestStore &t, const char *sql)
{
    return t.store->db().scalar(sql);
}

sync::Hlc hlcAt(std::int64_t ms)
{
    return sync::Hlc(ms, 0);
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
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.store->changes().applyRemote({}));
    }
};

QTEST_GUILESS_MAIN(TestRemoteApply)
#include "tst_remoteapply.moc"
