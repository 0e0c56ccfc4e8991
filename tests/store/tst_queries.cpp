#include "app/store/queries.h"
#include "app/store/repository.h"
#include "support/teststore.h"

#include <QTest>

using namespace brugboek;
using store::ReferralEvent;
namespace Status = store::ReferralStatus;

namespace {
const QDate Today(2026, 11, 22);

ReferralEvent statusEvent(const QString &referralId, const QString &status, const QDate &on)
{
    ReferralEvent e;
    e.referralId = referralId;
    e.status = status;
    e.occurredOn = on;
    return e;
}
} // namespace

class TestQueries : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestStore t;
        store::Repository repo {*t.store};
        store::Queries queries {t.store->db()};
        store::Household household;
        store::Organisation caw;

        Fixture()
        {
            household.displayName = QStringLiteral("Haddad");
            repo.save(household);
            caw.name = QStringLiteral("CAW Oost-Vlaanderen");
            caw.kind = QStringLiteral("caw");
            caw.services = QStringLiteral("Schuldbemiddeling, budgetbegeleiding, onthaal");
            caw.waitingDays = 120;
            repo.save(caw);
        }
        store::Referral refer(const QString &need, const QDate &on)
        {
            store::Referral r;
            r.householdId = household.id;
            r.organisationId = caw.id;
            r.need = need;
            repo.createReferral(r, statusEvent({}, Status::Discussed, on));
            return r;
        }
    };

private Q_SLOTS:
    void referralLifeAndDerivedStatus()
    {
        Fixture f;
        auto r = f.refer(QStringLiteral("schuldbemiddeling"), QDate(2026, 9, 1));
        QCOMPARE(r.status, Status::Discussed);
        auto e = statusEvent(r.id, Status::Registered, QDate(2026, 9, 2));
        f.repo.addReferralEvent(e);
        e = statusEvent(r.id, Status::WaitingList, QDate(2026, 9, 10));
        f.repo.addReferralEvent(e);
        // Recorded late, dated earlier: the latest by date still decides.
        e = statusEvent(r.id, Status::Registered, QDate(2026, 9, 3));
        f.repo.addReferralEvent(e);
        QCOMPARE(f.repo.load<store::Referral>(r.id)->status, Status::WaitingList);
        QCOMPARE(f.repo.load<store::Referral>(r.id)->statusOn, QDate(2026, 9, 10));

        auto intake = statusEvent(r.id, Status::IntakePlanned, QDate(2026, 11, 15));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.addReferralEvent(intake));
        intake.intakeOn = QDate(2026, 11, 28);
        intake.accompany = true;
        f.repo.addReferralEvent(intake);

        auto closed = statusEvent(r.id, Status::Closed, QDate(2026, 12, 1));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.addReferralEvent(closed));
        closed.outcome = QStringLiteral("verzonnen");
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.addReferralEvent(closed));
        auto bogus = statusEvent(r.id, QStringLiteral("vergeten"), QDate(2026, 12, 1));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.addReferralEvent(bogus));
        // The generic path keeps the same rules.
        bogus.householdId = f.household.id;
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.save(bogus));
        store::Referral skipped;
        skipped.householdId = f.household.id;
        skipped.need = QStringLiteral("zonder eerste status");
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.save(skipped));
        auto orphan = statusEvent(QStringLiteral("nope"), Status::Ongoing, QDate(2026, 12, 1));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.addReferralEvent(orphan));

        const auto history = f.queries.referralHistory(r.id);
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.first().status, Status::Discussed);
        QCOMPARE(history.last().status, Status::IntakePlanned);
        QCOMPARE(history.last().intakeOn, QDate(2026, 11, 28));
        QVERIFY(history.last().accompany);
        for (const auto &h : history)
            QCOMPARE(h.householdId, f.household.id);

        closed.outcome = QStringLiteral("geholpen");
        f.repo.addReferralEvent(closed);
        QCOMPARE(f.repo.load<store::Referral>(r.id)->status, Status::Closed);
    }

    void openReferralsByStatus()
    {
        Fixture f;
        auto waiting = f.refer(QStringLiteral("schuldbemiddeling"), QDate(2026, 6, 1));
        auto e = statusEvent(waiting.id, Status::WaitingList, QDate(2026, 6, 15));
        f.repo.addReferralEvent(e);
        auto fresh = f.refer(QStringLiteral("huurachterstal"), QDate(2026, 11, 20));
        auto done = f.refer(QStringLiteral("schooltoeslag"), QDate(2026, 10, 1));
        e = statusEvent(done.id, Status::Aborted, QDate(2026, 10, 5));
        f.repo.addReferralEvent(e);

        const auto open = f.queries.openReferrals();
        QCOMPARE(open.size(), 2);
        QCOMPARE(f.queries.openReferralCount(), 2);
        QCOMPARE(open.first().referral.id, waiting.id); // the longest waiting first
        QCOMPARE(open.first().householdName, QStringLiteral("Haddad"));
        QCOMPARE(open.first().organisationName, QStringLiteral("CAW Oost-Vlaanderen"));
        QCOMPARE(open.last().referral.id, fresh.id);
        const auto onList = f.queries.openReferrals(Status::WaitingList);
        QCOMPARE(onList.size(), 1);
        QCOMPARE(onList.first().referral.status, Status::WaitingList);
        QVERIFY(f.queries.openReferrals(Status::Closed).isEmpty());
    }

    void followUpsDueTodayAndOverdue()
    {
        Fixture f;
        auto add = [&f](const QString &title, const QDate &due) {
            store::FollowUp fu;
            fu.householdId = f.household.id;
            fu.title = title;
            fu.dueOn = due;
            f.repo.save(fu);
            return fu;
        };
        add(QStringLiteral("CAW bellen of intake doorging"), Today);
        auto overdue = add(QStringLiteral("Brief deurwaarder nakijken"), Today.addDays(-3));
        add(QStringLiteral("Volgende week"), Today.addDays(7));
        auto done = add(QStringLiteral("Al gedaan"), Today.addDays(-1));
        f.repo.completeFollowUp(done.id, QDateTime(Today, QTime(8, 0), Qt::UTC));
        QVERIFY_THROWS_EXCEPTION(
            store::ValidationError,
            f.repo.completeFollowUp(QStringLiteral("nope"), QDateTime(Today, QTime(9, 0))));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.completeFollowUp(overdue.id, QDateTime()));
        store::FollowUp noDate;
        noDate.title = QStringLiteral("Ooit");
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.save(noDate));
        QCOMPARE(f.t.store->db().scalar("SELECT count(*) FROM follow_up").toInt(), 4);

        const auto due = f.queries.followUpsDue(Today);
        QCOMPARE(due.size(), 2);
        QCOMPARE(f.queries.followUpCounts(Today).today, 1);
        QCOMPARE(f.queries.followUpCounts(Today).overdue, 1);
        QCOMPARE(f.queries.followUpCounts(Today.addDays(7)).today, 1);
        QCOMPARE(f.queries.followUpCounts(Today.addDays(7)).overdue, 2);
        QCOMPARE(due.first().followUp.id, overdue.id);
        QVERIFY(due.first().overdue);
        QVERIFY(!due.last().overdue);
        QCOMPARE(due.last().householdName, QStringLiteral("Haddad"));

        // Bounded in SQL, the oldest first.
        const auto first = f.queries.followUpsDue(Today, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().followUp.id, overdue.id);
        QCOMPARE(f.queries.followUpsDue(Today, 5).size(), 2);
    }

    void referralsToCallBounded()
    {
        Fixture f;
        auto call = [&f](const QString &need, const QDate &on) {
            store::Referral r = f.refer(need, Today.addDays(-30));
            r.followUpOn = on;
            f.repo.save(r);
            return r;
        };
        call(QStringLiteral("today"), Today);
        const auto oldest = call(QStringLiteral("oldest"), Today.addDays(-9));
        call(QStringLiteral("later"), Today.addDays(2)); // not due
        call(QStringLiteral("yesterday"), Today.addDays(-1));
        f.refer(QStringLiteral("no call"), Today.addDays(-5));
        const auto closed = call(QStringLiteral("closed"), Today.addDays(-20));
        auto close = statusEvent(closed.id, Status::Closed, Today.addDays(-1));
        close.outcome = QStringLiteral("geholpen");
        f.repo.addReferralEvent(close);

        QCOMPARE(f.queries.referralsToCallCount(Today), 3);
        const auto all = f.queries.referralsToCall(Today);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().referral.id, oldest.id);
        QCOMPARE(all.last().referral.need, QStringLiteral("today"));
        const auto two = f.queries.referralsToCall(Today, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.last().referral.need, QStringLiteral("yesterday"));
        QCOMPARE(two.first().householdName, QStringLiteral("Haddad"));
    }

    void timelineNewestFirst()
    {
        Fixture f;
        store::Encounter gate;
        gate.householdId = f.household.id;
        gate.kind = QStringLiteral("schoolpoort");
        gate.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(8, 20), Qt::UTC);
        gate.note = QStringLiteral("Vraag over schooltoeslag");
        store::FollowUp call;
        call.title = QStringLiteral("Formulier meebrengen");
        call.dueOn = QDate(2026, 11, 24);
        f.repo.saveEncounter(gate, &call);
        auto r = f.refer(QStringLiteral("schuldbemiddeling"), QDate(2026, 11, 21));
        store::Consent c;
        c.householdId = f.household.id;
        c.subject = QStringLiteral("schuldsituatie");
        c.sharedWith = QStringLiteral("CAW");
        c.givenOn = QDate(2026, 11, 21);
        f.repo.save(c);
        f.repo.withdrawConsent(c.id, QDate(2026, 11, 23));

        const auto entries = f.queries.timeline(f.household.id);
        QStringList kinds;
        for (const auto &e : entries)
            kinds << e.kind;
        // Within one day, what was recorded last comes first.
        QCOMPARE(kinds,
                 QStringList({"follow_up", "consent_withdrawn", "consent", "referral_event", "encounter"}));
        QCOMPARE(entries.last().detail, gate.note);
        QCOMPARE(entries.at(3).recordId, r.id);
        QCOMPARE(entries.at(3).detail, QStringLiteral("schuldbemiddeling"));
        QVERIFY(f.queries.timeline(QStringLiteral("other")).isEmpty());
    }

    void socialMapSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("by name") << "caw" << 1;
        QTest::newRow("by service, any case") << "SCHULD" << 1;
        QTest::newRow("two words") << "oost budget" << 1;
        QTest::newRow("accent-insensitive") << "mutualité" << 1;
        QTest::newRow("nothing") << "tandarts" << 0;
        QTest::newRow("all active") << "" << 2;
    }
    void socialMapSearch()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        Fixture f;
        store::Organisation mut;
        mut.name = QStringLiteral("Mutualite Solidaris");
        mut.kind = QStringLiteral("mutualiteit");
        f.repo.save(mut);
        store::Organisation gone;
        gone.name = QStringLiteral("CAW Gesloten");
        gone.active = false;
        f.repo.save(gone);
        QCOMPARE(f.queries.organisations(query).size(), hits);
    }

    void listsAreSeededInOrder()
    {
        Fixture f;
        const auto domains = f.queries.listItems(QStringLiteral("levensdomein"));
        QCOMPARE(domains.size(), 11);
        QCOMPARE(domains.first().code, QStringLiteral("school"));
        QCOMPARE(domains.first().label(QStringLiteral("fr")), QStringLiteral("École et frais scolaires"));
        QCOMPARE(domains.last().code, QStringLiteral("materiele_hulp"));
        const auto kinds = f.queries.listItems(QStringLiteral("contactsoort"));
        QCOMPARE(kinds.first().code, QStringLiteral("schoolpoort"));
        // A team can change a list: a new entry and a retired one.
        store::ListItem extra;
        extra.id = QStringLiteral("levensdomein/digitaal");
        extra.list = QStringLiteral("levensdomein");
        extra.code = QStringLiteral("digitaal");
        extra.labelNl = QStringLiteral("Digitale inclusie");
        extra.sortOrder = 115;
        f.repo.save(extra);
        f.repo.update("list_item", QStringLiteral("levensdomein/mobiliteit"), {{"active", 0}});
        const auto changed = f.queries.listItems(QStringLiteral("levensdomein"));
        QCOMPARE(changed.size(), 11);
        QCOMPARE(changed.last().code, QStringLiteral("digitaal"));
        QCOMPARE(changed.last().label(QStringLiteral("fr")), QStringLiteral("Digitale inclusie"));
    }

    void recentEncounters()
    {
        Fixture f;
        for (int day = 1; day <= 5; ++day) {
            store::Encounter e;
            e.householdId = f.household.id;
            e.kind = QStringLiteral("zitdag");
            e.occurredAt = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
            f.repo.saveEncounter(e);
        }
        store::Encounter unknown; // a parent not yet known by name
        unknown.unknownParent = QStringLiteral("mama van Amir, 2de lj");
        unknown.kind = QStringLiteral("schoolpoort");
        unknown.occurredAt = QDateTime(QDate(2026, 11, 6), QTime(8, 15), Qt::UTC);
        f.repo.saveEncounter(unknown);
        store::Encounter nobody;
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, f.repo.saveEncounter(nobody));

        const auto recent = f.queries.recentEncounters(3);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.first().unknownParent, unknown.unknownParent);
        QCOMPARE(recent.at(1).occurredAt.date(), QDate(2026, 11, 5));
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
