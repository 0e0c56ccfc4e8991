// "Delen met collega": sharing a household needs an active consent of the
// parents that covers the colleague; without one it is refused with the
// reason, the consent can be recorded first; unsharing and withdrawing the
// consent purge the share.

#include "app/exchangecontroller.h"
#include "app/sharecontroller.h"
#include "app/store/queries.h"
#include "appfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;

namespace {
QDate fixedToday()
{
    return QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
}
} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
    }

    void init()
    {
        m_app = std::make_unique<test::AppFixture>();
        m_household = m_app->addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        m_other = m_app->addHousehold(QStringLiteral("Peeters"), {QStringLiteral("An")});
        // As the server sends them: no outbox entries.
        m_app->context.store()->db().execute(
            "INSERT INTO team_member (id, display_name, role, active) VALUES "
            "('u-lotte', 'Lotte Verbeke', 'worker', 1), ('u-karim', 'Karim Haddou', 'worker', 1), "
            "('u-gone', 'Vertrokken collega', 'worker', 0), ('u-coord', 'Els Coördinator', 'coordinator', "
            "1);");
    }
    void cleanup() { m_app.reset(); }

    // The rule itself: given on or before today, not withdrawn, for this
    // colleague, in this household.
    void consentRule()
    {
        auto repo = m_app->repo();
        store::Queries queries(m_app->context.store()->db());
        QVERIFY(!queries.consentForColleague(m_household, QStringLiteral("u-lotte"), fixedToday()));
        const QString forLotte = consent(m_household, QStringLiteral("u-lotte"), fixedToday().addDays(-10));
        consent(m_household, QStringLiteral("u-karim"), fixedToday().addDays(2)); // not yet given
        consent(m_other, QStringLiteral("u-karim"), fixedToday().addDays(-1)); // another household
        store::Consent forOrg;
        forOrg.householdId = m_household;
        forOrg.subject = QStringLiteral("schuldsituatie");
        forOrg.organisationId = QStringLiteral("o-caw");
        forOrg.givenOn = fixedToday().addDays(-3);
        repo.save(forOrg);

        auto found = queries.consentForColleague(m_household, QStringLiteral("u-lotte"), fixedToday());
        QVERIFY(found);
        QCOMPARE(found->id, forLotte);
        QVERIFY(!queries.consentForColleague(m_household, QStringLiteral("u-karim"), fixedToday()));
        QVERIFY(queries.consentForColleague(m_household, QStringLiteral("u-karim"), fixedToday().addDays(2)));
        QVERIFY(!queries.consentForColleague(m_household, {}, fixedToday()));
        QVERIFY(queries.consentForOrganisation(m_household, QStringLiteral("o-caw"), fixedToday()));
        QVERIFY(!queries.consentForOrganisation(m_other, QStringLiteral("o-caw"), fixedToday()));
        // A consent for an organisation does not cover a colleague.
        QVERIFY(!queries.consentForColleague(m_household, QStringLiteral("o-caw"), fixedToday()));

        repo.withdrawConsent(forLotte, fixedToday());
        QVERIFY(!queries.consentForColleague(m_household, QStringLiteral("u-lotte"), fixedToday()));
    }

    void shareNeedsConsent()
    {
        app::ShareController shares;
        QAbstractItemModelTester tester(shares.members(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy problemChanged(&shares, &app::ShareController::problemChanged);
        shares.setContext(&m_app->context);
        shares.setHouseholdId(m_household);
        // Active colleagues by name; the inactive one is not offered.
        QCOMPARE(shares.members()->count(), 3);
        QCOMPARE(shares.members()->get(0, QStringLiteral("name")).toString(),
                 QStringLiteral("Els Coördinator"));
        QCOMPARE(shares.members()->get(1, QStringLiteral("name")).toString(), QStringLiteral("Karim Haddou"));
        QVERIFY(!shares.members()->get(1, QStringLiteral("hasConsent")).toBool());
        QVERIFY(!shares.members()->get(1, QStringLiteral("shared")).toBool());

        // Refused, with the reason and the colleague's name; nothing written.
        const qint64 outbox = pending();
        QVERIFY(!shares.share(QStringLiteral("u-karim")));
        QCOMPARE(problemChanged.count(), 1);
        QCOMPARE(shares.refusedMemberId(), QStringLiteral("u-karim"));
        QVERIFY2(shares.problem().contains(QStringLiteral("Karim Haddou")), qPrintable(shares.problem()));
        QVERIFY(shares.problem().contains(QStringLiteral("consent")));
        QCOMPARE(pending(), outbox);
        QCOMPARE(m_app->context.store()->db().scalar("SELECT count(*) FROM household_share").toInt(), 0);
        // The store refuses it too, whoever asks.
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, [&] {
            store::HouseholdShare s;
            s.householdId = m_household;
            s.userId = QStringLiteral("u-karim");
            m_app->repo().save(s);
        }());
        QVERIFY_THROWS_EXCEPTION(store::ValidationError,
                                 m_app->repo().shareHousehold(m_household, QStringLiteral("u-karim")));

        // Record the consent there and then: consent and share in one go.
        QVERIFY(shares.recordConsentAndShare(QStringLiteral("u-karim"), QStringLiteral("mama, Samira"),
                                             QStringLiteral("mondeling")));
        QVERIFY(shares.problem().isEmpty());
        QCOMPARE(shares.members()->get(1, QStringLiteral("shared")).toBool(), true);
        QCOMPARE(shares.members()->get(1, QStringLiteral("hasConsent")).toBool(), true);
        QCOMPARE(shares.members()->sharedNames(), QStringLiteral("Karim Haddou"));
        const auto consentId =
            m_app->context.store()->db().scalar("SELECT consent_id FROM household_share").toString();
        const auto c = m_app->repo().load<store::Consent>(consentId);
        QVERIFY(c);
        QCOMPARE(c->colleagueId, QStringLiteral("u-karim"));
        QCOMPARE(c->sharedWith, QStringLiteral("Karim Haddou"));
        QCOMPARE(c->givenBy, QStringLiteral("mama, Samira"));
        QCOMPARE(c->method, QStringLiteral("mondeling"));
        QCOMPARE(c->givenOn, fixedToday());
        // The share is pushed with its consent.
        QCOMPARE(m_app->context.store()
                     ->db()
                     .scalar("SELECT value FROM sync_outbox WHERE entity = 'household_share' "
                             "AND field = 'consent_id'")
                     .toString(),
                 consentId);

        // Sharing again is the same share.
        const QString shareId = shares.members()->get(1, QStringLiteral("shareId")).toString();
        QVERIFY(shares.share(QStringLiteral("u-karim")));
        QCOMPARE(m_app->context.store()->db().scalar("SELECT count(*) FROM household_share").toInt(), 1);

        // Unshare: purged, and the purge goes to the server.
        QVERIFY(shares.unshare(shareId));
        QCOMPARE(m_app->context.store()->db().scalar("SELECT count(*) FROM household_share").toInt(), 0);
        client::Query purged = m_app->context.store()->db().query(
            "SELECT count(*) FROM sync_outbox WHERE record_id = ? AND op = 1");
        purged.bind(1, shareId);
        QVERIFY(purged.next());
        QCOMPARE(purged.int64(0), qint64(1));
        QVERIFY(!shares.members()->get(1, QStringLiteral("shared")).toBool());
        // The consent stays: sharing again needs no new one.
        QVERIFY(shares.share(QStringLiteral("u-karim")));
    }

    void withdrawingTheConsentEndsTheShare()
    {
        const QString c = consent(m_household, QStringLiteral("u-lotte"), fixedToday().addDays(-5));
        app::ShareController shares;
        shares.setContext(&m_app->context);
        shares.setHouseholdId(m_household);
        QVERIFY(shares.hasConsent(QStringLiteral("u-lotte")));
        QVERIFY(shares.share(QStringLiteral("u-lotte")));
        QCOMPARE(shares.members()->sharedCount(), 1);
        m_app->repo().withdrawConsent(c, fixedToday());
        m_app->context.notifyRecordsChanged();
        QCOMPARE(m_app->context.store()->db().scalar("SELECT count(*) FROM household_share").toInt(), 0);
        QCOMPARE(shares.members()->sharedCount(), 0);
        QVERIFY(!shares.hasConsent(QStringLiteral("u-lotte")));
        QVERIFY(!shares.share(QStringLiteral("u-lotte")));
    }

    // Information shared with the organisation of a referral needs a
    // consent that covers that organisation; the exchange is recorded.
    void informationExchangeNeedsConsent()
    {
        auto repo = m_app->repo();
        store::Organisation caw;
        caw.name = QStringLiteral("CAW Oost-Vlaanderen");
        repo.save(caw);
        store::Referral r;
        r.householdId = m_household;
        r.organisationId = caw.id;
        r.need = QStringLiteral("schuldbemiddeling");
        repo.createReferral(r);
        auto exchanges = [&] {
            client::Query q = m_app->context.store()->db().query(
                "SELECT count(*) FROM follow_up WHERE referral_id = ? AND done_at IS NOT NULL");
            q.bind(1, r.id);
            return q.next() ? q.int64(0) : -1;
        };

        app::ExchangeController exchange;
        QSignalSpy problemChanged(&exchange, &app::ExchangeController::problemChanged);
        exchange.setContext(&m_app->context);
        exchange.setReferralId(r.id);
        QCOMPARE(exchange.organisationName(), QStringLiteral("CAW Oost-Vlaanderen"));
        QVERIFY(!exchange.hasConsent());
        QVERIFY(!exchange.share());
        QVERIFY2(exchange.problem().contains(QStringLiteral("CAW Oost-Vlaanderen")),
                 qPrintable(exchange.problem()));
        QCOMPARE(exchanges(), qint64(0));
        // A consent for a colleague does not cover the organisation.
        consent(m_household, QStringLiteral("u-karim"), fixedToday().addDays(-1));
        QVERIFY(!exchange.share());

        QVERIFY(exchange.recordConsentAndShare(QStringLiteral("papa"), QStringLiteral("schriftelijk")));
        QVERIFY(exchange.problem().isEmpty());
        QVERIFY(exchange.hasConsent());
        QVERIFY(exchange.doneText().contains(QStringLiteral("CAW Oost-Vlaanderen")));
        QCOMPARE(exchanges(), qint64(1));
        QVERIFY(problemChanged.count() >= 2);
        const auto c = store::Queries(m_app->context.store()->db())
                           .consentForOrganisation(m_household, caw.id, fixedToday());
        QVERIFY(c);
        QCOMPARE(c->givenBy, QStringLiteral("papa"));
        QCOMPARE(c->sharedWith, QStringLiteral("CAW Oost-Vlaanderen"));
        // Again later: the consent holds; once withdrawn, refused again.
        QVERIFY(exchange.share());
        QCOMPARE(exchanges(), qint64(2));
        m_app->repo().withdrawConsent(c->id, fixedToday());
        QVERIFY(!exchange.share());
        QCOMPARE(exchanges(), qint64(2));
    }

    // The worker is not offered to themself.
    void selfIsNotListed()
    {
        m_app->context.store()->db().execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('user_id', 'u-lotte');"
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('token', 'secret');");
        app::TeamMemberModel members;
        members.setContext(&m_app->context);
        members.setHouseholdId(m_household);
        QCOMPARE(members.count(), 2);
        for (int i = 0; i < members.count(); ++i)
            QVERIFY(members.get(i, QStringLiteral("memberId")).toString() != QLatin1String("u-lotte"));
    }

private:
    QString consent(const QString &household, const QString &colleague, const QDate &given)
    {
        store::Consent c;
        c.householdId = household;
        c.subject = QStringLiteral("dossier delen");
        c.colleagueId = colleague;
        c.givenOn = given;
        return m_app->repo().save(c);
    }
    qint64 pending() { return m_app->context.store()->changes().pendingCount(); }

    std::unique_ptr<test::AppFixture> m_app;
    QString m_household;
    QString m_other;
};

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
