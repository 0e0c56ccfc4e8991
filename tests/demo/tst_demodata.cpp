#include "app/demo/demogenerator.h"
#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/textfold.h"
#include "support/teststore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <set>

using namespace brugboek;

namespace {

const QDate Today(2026, 11, 22);

demo::DemoOptions smallOptions(std::uint32_t seed = 7)
{
    demo::DemoOptions o;
    o.seed = seed;
    o.households = 60;
    o.encounters = 600;
    o.referrals = 90;
    o.organisations = 40;
    o.schools = 6;
    o.today = Today;
    return o;
}

// A digest of everything the seed decides. Ids come from the store's clock
// and random source, so id columns (and the person ids of people_present)
// are left out and each table's rows are compared as a sorted set.
QByteArray contentDigest(client::Database &db)
{
    static const char *const tables[] = {"school",        "organisation", "household",      "person",
                                         "encounter",     "referral",     "referral_event", "consent",
                                         "follow_up",     "signal",       "search_token",   "list_item",
                                         "zitdag_booking"};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : tables) {
        QStringList rows;
        client::Query q = db.query(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.columnCount(); ++i) {
                const QString column = q.columnName(i);
                if (column == QLatin1String("id") || column.endsWith(QLatin1String("_id")) ||
                    column == QLatin1String("people_present"))
                    continue;
                cells << column + QLatin1Char('=') + (q.isNull(i) ? QStringLiteral("<null>") : q.text(i));
            }
            rows << cells.join(QChar(0x1f));
        }
        rows.sort();
        hash.addData(table);
        hash.addData(rows.join(QChar(0x1e)).toUtf8());
    }
    return hash.result();
}

qint64 count(client::Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData())
        .toLongLong();
}

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool containsHousehold(const QList<store::HouseholdHit> &hits, const QString &id)
{
    return std::any_of(hits.begin(), hits.end(), [&](const store::HouseholdHit &h) { return h.id == id; });
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_data = std::make_unique<test::TestStore>();
        m_summary = demo::generateDemoData(*m_data->store, smallOptions());
    }

    void sameSeedGivesSameData()
    {
        test::TestStore other;
        other.clock.advance(3600 * 1000); // other ids, other clock: same content
        const demo::DemoSummary summary = demo::generateDemoData(*other.store, smallOptions());
        QCOMPARE(summary.people, m_summary.people);
        QCOMPARE(summary.referralEvents, m_summary.referralEvents);
        QCOMPARE(summary.consents, m_summary.consents);
        QCOMPARE(summary.followUps, m_summary.followUps);
        QCOMPARE(contentDigest(other.store->db()), contentDigest(m_data->store->db()));
    }

    void differentSeedGivesDifferentData()
    {
        test::TestStore other;
        demo::generateDemoData(*other.store, smallOptions(8));
        QVERIFY(contentDigest(other.store->db()) != contentDigest(m_data->store->db()));
    }

    void countsMatchTheOptions()
    {
        const demo::DemoOptions o = smallOptions();
        auto &db = m_data->store->db();
        QCOMPARE(m_summary.households, o.households);
        QCOMPARE(m_summary.encounters, o.encounters);
        QCOMPARE(m_summary.referrals, o.referrals);
        QCOMPARE(m_summary.organisations, o.organisations);
        QCOMPARE(m_summary.schools, o.schools);

        QCOMPARE(count(db, "household"), qint64(m_summary.households));
        QCOMPARE(count(db, "person"), qint64(m_summary.people));
        QCOMPARE(count(db, "encounter"), qint64(m_summary.encounters));
        QCOMPARE(count(db, "referral"), qint64(m_summary.referrals));
        QCOMPARE(count(db, "referral_event"), qint64(m_summary.referralEvents));
        QCOMPARE(count(db, "consent"), qint64(m_summary.consents));
        QCOMPARE(count(db, "follow_up"), qint64(m_summary.followUps));
        QCOMPARE(count(db, "organisation"), qint64(m_summary.organisations));
        QCOMPARE(count(db, "school"), qint64(m_summary.schools));
        QCOMPARE(count(db, "signal"), qint64(m_summary.structuralSignals));

        // Families have one or two parents and one to four children.
        QCOMPARE(db.scalar("SELECT count(*) FROM household h WHERE "
                           "(SELECT count(*) FROM person WHERE household_id = h.id AND role = 'parent') "
                           "NOT BETWEEN 1 AND 2 OR "
                           "(SELECT count(*) FROM person WHERE household_id = h.id AND role = 'child') "
                           "NOT BETWEEN 1 AND 4")
                     .toLongLong(),
                 qint64(0));
        // Nothing is dated after today.
        QCOMPARE(
            db.scalar("SELECT count(*) FROM referral_event WHERE occurred_on > '2026-11-22'").toLongLong(),
            qint64(0));
        QVERIFY(db.scalar("SELECT count(*) FROM consent WHERE withdrawn_on IS NOT NULL").toLongLong() > 0);
        QVERIFY(
            db.scalar(
                  "SELECT count(*) FROM encounter WHERE household_id IS NULL AND unknown_parent IS NOT NULL")
                .toLongLong() > 0);
    }

    void caseloadDefaultsDeriveReferrals()
    {
        test::TestStore other;
        demo::DemoOptions o = smallOptions();
        o.referrals = -1;
        const demo::DemoSummary summary = demo::generateDemoData(*other.store, o);
        QCOMPARE(summary.referrals, o.encounters * 15 / 100);
    }

    void regionSlicesAddUpToTheRegion()
    {
        qint64 encounters = 0;
        std::set<std::uint32_t> seeds;
        for (int w = 0; w < demo::DemoOptions::regionWorkers; ++w) {
            const demo::DemoOptions o = demo::DemoOptions::regionWorker(w);
            encounters += o.encounters;
            seeds.insert(o.seed);
        }
        QCOMPARE(encounters, qint64 {1000000});
        QCOMPARE(seeds.size(), std::size_t(demo::DemoOptions::regionWorkers));
    }

    void searchFindsAccentedNamesByFoldedPrefixes()
    {
        store::Queries queries(m_data->store->db());
        int checked = 0;
        client::Query q = m_data->store->db().query("SELECT DISTINCT id, display_name FROM household");
        while (q.next()) {
            const QString id = q.text(0);
            const QString name = q.text(1);
            if (isAscii(name) && !name.contains(QLatin1Char('\'')))
                continue;
            const QStringList words = store::queryTokens(name);
            QVERIFY(!words.isEmpty());
            // As typed on a keyboard without accents, keystroke by keystroke.
            for (int len = 1; len <= words.first().size(); ++len) {
                const QString prefix = words.first().left(len);
                QVERIFY2(containsHousehold(queries.searchHouseholds(prefix, 1000), id),
                         qPrintable(name + QLatin1String(" not found by ") + prefix));
            }
            // As written, accents and all, and in upper case.
            QVERIFY2(containsHousehold(queries.searchHouseholds(name.left(3), 1000), id), qPrintable(name));
            QVERIFY2(containsHousehold(queries.searchHouseholds(name.toUpper(), 1000), id), qPrintable(name));
            if (words.size() > 1) {
                const QString partial = words[0] + QLatin1Char(' ') + words[1].left(2);
                QVERIFY2(containsHousehold(queries.searchHouseholds(partial, 1000), id), qPrintable(partial));
                QVERIFY2(containsHousehold(queries.searchHouseholds(words.join(QString()), 1000), id),
                         qPrintable(name));
            }
            ++checked;
        }
        QVERIFY2(checked >= 5, "too few names with accents or apostrophes to test");
    }

    void searchFindsPeopleWithTheirHousehold()
    {
        store::Queries queries(m_data->store->db());
        client::Query q = m_data->store->db().query(
            "SELECT household_id, given_name FROM person WHERE role = 'parent' ORDER BY given_name LIMIT 10");
        while (q.next()) {
            const auto hits = queries.searchHouseholds(q.text(1), 1000);
            QVERIFY2(containsHousehold(hits, q.text(0)), qPrintable(q.text(1)));
        }
    }

    // On a store big enough for common words to be walked in name order and
    // rare ones looked up, search returns exactly what a scan of every
    // household's names would, in the same order.
    void searchAgreesWithAScanOfEveryName()
    {
        test::TestStore big;
        demo::DemoOptions o = smallOptions(3);
        o.households = 2000;
        o.encounters = 200;
        o.referrals = 20;
        demo::generateDemoData(*big.store, o);
        auto &db = big.store->db();

        struct Owners
        {
            QString id;
            QList<QStringList> tokens; // the household's own, then each person's
        };
        QList<Owners> households; // in name order, as search returns them
        QHash<QString, int> index;
        {
            client::Query q = db.query("SELECT id, display_name FROM household ORDER BY sort_key, rowid");
            while (q.next()) {
                index.insert(q.text(0), static_cast<int>(households.size()));
                households.append({q.text(0), {store::nameTokens(q.text(1))}});
            }
            client::Query p = db.query("SELECT p.household_id, p.given_name, p.family_name, h.display_name "
                                       "FROM person p JOIN household h ON h.id = p.household_id");
            while (p.next())
                households[index.value(p.text(0))].tokens.append(
                    store::personTokens(p.text(1), p.text(2), p.text(3)));
        }
        auto scan = [&](const QString &text) {
            const QStringList typed = store::queryTokens(text).mid(0, 6);
            QStringList ids;
            for (const Owners &h : households) {
                if (ids.size() == 50)
                    break;
                if (std::any_of(h.tokens.begin(), h.tokens.end(),
                                [&](const QStringList &t) { return store::tokensMatch(typed, t); }))
                    ids << h.id;
            }
            return ids;
        };

        QStringList queries {QStringLiteral("el a"),      QStringLiteral("van d"), QStringLiteral("n'd"),
                             QStringLiteral("fatima el"), QStringLiteral("de v"),  QStringLiteral("zzz")};
        for (char c = 'a'; c <= 'z'; ++c)
            queries << QString(QLatin1Char(c));
        {
            client::Query q =
                db.query("SELECT given_name || ' ' || family_name FROM person ORDER BY given_name "
                         "LIMIT 40");
            while (q.next()) {
                const QString name = q.text(0);
                for (int len = 2; len <= name.size(); len += 2)
                    queries << name.left(len);
            }
        }
        // A word common enough for the walk must be among them.
        QVERIFY(
            db.scalar("SELECT count(*) FROM search_token WHERE token >= 'a' AND token < 'b'").toLongLong() >
            2000);

        store::Queries search(db);
        for (const QString &text : queries) {
            QStringList found;
            for (const auto &hit : search.searchHouseholds(text))
                found << hit.id;
            QVERIFY2(found == scan(text), qPrintable(text));
        }
    }

    void referralStatusIsTheLatestEvent()
    {
        store::Queries queries(m_data->store->db());
        store::Repository repo(*m_data->store);
        const QStringList order = store::ReferralStatus::all();
        QStringList ids;
        {
            client::Query q = m_data->store->db().query("SELECT id FROM referral");
            while (q.next())
                ids << q.text(0);
        }
        QCOMPARE(ids.size(), m_summary.referrals);
        int open = 0;
        int closed = 0;
        for (const QString &id : ids) {
            const auto referral = repo.load<store::Referral>(id);
            QVERIFY(referral);
            const QList<store::ReferralEvent> history = queries.referralHistory(id);
            QVERIFY(!history.isEmpty());
            QCOMPARE(history.first().status, store::ReferralStatus::Discussed);
            QCOMPARE(referral->status, history.last().status);
            QCOMPARE(referral->statusOn, history.last().occurredOn);
            for (int i = 1; i < history.size(); ++i) {
                QVERIFY(history[i - 1].occurredOn <= history[i].occurredOn);
                // Forward only, or broken off.
                QVERIFY(history[i].status == store::ReferralStatus::Aborted ||
                        order.indexOf(history[i].status) > order.indexOf(history[i - 1].status));
            }
            for (const auto &e : history) {
                if (e.status == store::ReferralStatus::IntakePlanned)
                    QVERIFY(e.intakeOn.isValid() && e.intakeOn >= e.occurredOn);
                QCOMPARE(e.status == store::ReferralStatus::Closed, !e.outcome.isEmpty());
            }
            if (store::ReferralStatus::open().contains(referral->status)) {
                ++open;
                QVERIFY(referral->followUpOn.isValid());
            } else {
                ++closed;
            }
        }
        QVERIFY(open > 0);
        QVERIFY(closed > 0);
    }

    void someFollowUpsAreDueTodayAndSomeOverdue()
    {
        store::Queries queries(m_data->store->db());
        const auto due = queries.followUpsDue(Today);
        QVERIFY(std::any_of(due.begin(), due.end(), [](const store::DueFollowUp &d) { return d.overdue; }));
        QVERIFY(std::any_of(due.begin(), due.end(),
                            [](const store::DueFollowUp &d) { return d.followUp.dueOn == Today; }));
        // Most follow-ups were done.
        auto &db = m_data->store->db();
        QVERIFY(db.scalar("SELECT count(*) FROM follow_up WHERE done_at IS NOT NULL").toLongLong() * 2 >
                count(db, "follow_up"));
    }

    // scripts/test sets BRUGBOEK_TEST_MARKER and then checks that no log of
    // the run shows it: that check only means something if the data carry it.
    void namesAndNotesCarryTheRunMarker()
    {
        const QByteArray before = qgetenv("BRUGBOEK_TEST_MARKER");
        qputenv("BRUGBOEK_TEST_MARKER", "Zqx0marker");
        test::TestStore marked;
        demo::generateDemoData(*marked.store, smallOptions());
        if (before.isEmpty())
            qunsetenv("BRUGBOEK_TEST_MARKER");
        else
            qputenv("BRUGBOEK_TEST_MARKER", before);
        client::Database &db = marked.store->db();
        for (const char *sql :
             {"SELECT count(*) FROM household WHERE display_name NOT LIKE '%Zqx0marker%'",
              "SELECT count(*) FROM person WHERE family_name NOT LIKE '%Zqx0marker%'",
              "SELECT count(*) FROM encounter WHERE note <> '' AND note NOT LIKE '%Zqx0marker%'"})
            QVERIFY2(db.scalar(sql).toLongLong() == 0, sql);
        QVERIFY(db.scalar("SELECT count(*) FROM encounter WHERE note LIKE '%Zqx0marker%'").toLongLong() > 0);
        QVERIFY(db.scalar("SELECT count(*) FROM household WHERE notes LIKE '%Zqx0marker%'").toLongLong() > 0);
    }

    // Today's zitdag at one school has its bookings, one of them for a
    // parent not known yet; more are booked for the coming days.
    void zitdagBookingsForToday()
    {
        auto &db = m_data->store->db();
        QCOMPARE(count(db, "zitdag_booking"), qint64(m_summary.zitdagBookings));
        const qint64 start = QDateTime(Today, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels")))
                                 .toMSecsSinceEpoch();
        const QString school =
            db.scalar(QStringLiteral("SELECT school_id FROM zitdag_booking WHERE booked_for >= %1 "
                                     "AND booked_for < %2 GROUP BY school_id ORDER BY count(*) DESC LIMIT 1")
                          .arg(start)
                          .arg(start + 86400000)
                          .toUtf8()
                          .constData())
                .toString();
        QVERIFY(!school.isEmpty());
        const auto today = store::Queries(db).bookingsAt(school, start, start + 86400000);
        QVERIFY(today.size() >= 3);
        QVERIFY(std::any_of(today.begin(), today.end(),
                            [](const store::BookingRow &r) { return r.booking.householdId.isEmpty(); }));
        QVERIFY(std::all_of(today.begin(), today.end(), [](const store::BookingRow &r) {
            return r.booking.status == store::BookingStatus::Booked && !r.booking.description.isEmpty();
        }));
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM zitdag_booking WHERE booked_for >= %1")
                              .arg(start + 86400000)
                              .toUtf8()
                              .constData())
                    .toLongLong() > 0);
    }

    void outboxHoldsEverythingUnlessSynced()
    {
        QVERIFY(m_data->store->changes().pendingCount() > m_summary.encounters);

        test::TestStore synced;
        demo::DemoOptions o = smallOptions();
        o.synced = true;
        demo::generateDemoData(*synced.store, o);
        QCOMPARE(synced.store->changes().pendingCount(), qint64(0));
        QCOMPARE(count(synced.store->db(), "household"), qint64(o.households));
    }

private:
    std::unique_ptr<test::TestStore> m_data;
    demo::DemoSummary m_summary;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
