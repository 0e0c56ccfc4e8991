// Zitdag bookings: booking a conversation (for a household or a parent not
// yet known), the session's list, a booking turned into a contactmoment
// (seen, and booked again on undo), cancelling, the dossier's bookings and
// what the store refuses.

#include "app/bookingcontroller.h"
#include "app/bookingmodel.h"
#include "app/dossiercontroller.h"
#include "app/encountercontroller.h"
#include "app/store/queries.h"
#include "app/todaycontroller.h"
#include "app/zitdagcontroller.h"
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

class TestBookings : public QObject
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
        store::School school;
        school.name = QStringLiteral("Sint-Jozef");
        m_app->repo().save(school);
        m_school = school.id;
        store::School other;
        other.name = QStringLiteral("De Regenboog");
        m_app->repo().save(other);
        m_otherSchool = other.id;
        m_haddad = m_app->addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        m_peeters = m_app->addHousehold(QStringLiteral("Peeters"), {QStringLiteral("An")});
    }
    void cleanup() { m_app.reset(); }

    void bookForAHouseholdAndAnUnknownParent()
    {
        app::BookingController booking;
        QSignalSpy formChanged(&booking, &app::BookingController::formChanged);
        booking.setContext(&m_app->context);
        QCOMPARE(booking.day(), fixedToday());
        QVERIFY(!booking.canSave());
        QVERIFY(!booking.problem().isEmpty());
        booking.setSchoolId(m_school);
        QCOMPARE(booking.schools()->selected(), QStringList {m_school});
        booking.selectHousehold(m_haddad, QStringLiteral("Haddad"));
        QVERIFY(!booking.canSave()); // no time yet
        booking.setTime(QStringLiteral("10:30"));
        QVERIFY2(booking.canSave(), qPrintable(booking.problem()));
        booking.setSubject(QStringLiteral("schooltoeslag"));
        QVERIFY(booking.save());
        QVERIFY(booking.savedText().contains(QStringLiteral("Haddad")));
        QVERIFY(booking.householdId().isEmpty()); // ready for the next one
        QCOMPARE(booking.schoolId(), m_school); // same school
        QVERIFY(formChanged.count() > 0);

        // A parent not known yet, earlier in the morning.
        booking.setUnknownParent(QStringLiteral("papa van Yusuf"));
        booking.setTime(QStringLiteral("09:00"));
        QVERIFY(booking.save());
        // A day in the past is refused.
        booking.setUnknownParent(QStringLiteral("mama van Lina"));
        booking.setTime(QStringLiteral("09:00"));
        booking.setDay(fixedToday().addDays(-1));
        QVERIFY(!booking.canSave());
        QVERIFY(!booking.save());
        // Another day and another school: not in today's session.
        booking.setDay(fixedToday().addDays(7));
        QVERIFY(booking.save());
        booking.setSchoolId(m_otherSchool);
        booking.setUnknownParent(QStringLiteral("mama van Noor"));
        booking.setTime(QStringLiteral("11:00"));
        booking.setDay(fixedToday());
        QVERIFY(booking.save());

        app::BookingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(&m_app->context);
        model.setSchoolId(m_school);
        model.setDay(fixedToday());
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.openCount(), 2);
        // In time order; the unknown parent is said to be so.
        QCOMPARE(model.get(0, QStringLiteral("timeText")).toString(), QStringLiteral("09:00"));
        QCOMPARE(model.get(0, QStringLiteral("unknownParent")).toString(), QStringLiteral("papa van Yusuf"));
        QVERIFY(model.get(0, QStringLiteral("title")).toString().contains(QStringLiteral("papa van Yusuf")));
        QCOMPARE(model.get(1, QStringLiteral("title")).toString(), QStringLiteral("Haddad"));
        QCOMPARE(model.get(1, QStringLiteral("description")).toString(), QStringLiteral("schooltoeslag"));
        QCOMPARE(model.get(1, QStringLiteral("timeText")).toString(), QStringLiteral("10:30"));
        QCOMPARE(model.get(1, QStringLiteral("status")).toString(), QStringLiteral("booked"));

        // The synced record: an instant in UTC and the household as scope.
        const auto rows = store::Queries(m_app->context.store()->db())
                              .bookingsAt(m_school, QDateTime(fixedToday(), QTime(0, 0)).toMSecsSinceEpoch(),
                                          QDateTime(fixedToday(), QTime(23, 59)).toMSecsSinceEpoch());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).booking.bookedFor.toLocalTime().time(), QTime(10, 30));
        QCOMPARE(outboxScope(rows.at(1).booking.id), m_haddad);
        QCOMPARE(outboxScope(rows.at(0).booking.id), QStringLiteral("private"));

        // Cancelled: still listed, no longer open.
        QVERIFY(model.cancel(model.get(0, QStringLiteral("bookingId")).toString()));
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.openCount(), 1);
        QCOMPARE(model.get(0, QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!model.get(0, QStringLiteral("isOpen")).toBool());
    }

    void bookingBecomesAConversation()
    {
        const QString haddadBooking = book(m_haddad, {}, QTime(10, 0));
        const QString unknownBooking = book({}, QStringLiteral("mama van Amir"), QTime(10, 30));

        app::ZitdagController zitdag;
        QAbstractItemModelTester bookingsTester(zitdag.bookings(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        zitdag.setContext(&m_app->context);
        QCOMPARE(zitdag.bookings()->count(), 0); // no session yet
        zitdag.open(m_school);
        QCOMPARE(zitdag.bookings()->count(), 2);
        QCOMPARE(zitdag.bookings()->openCount(), 2);

        app::TodayController today;
        today.setContext(&m_app->context);
        QCOMPARE(today.zitdagBookedCount(), 2);

        app::EncounterController talk;
        talk.setContext(&m_app->context);
        talk.setKind(QStringLiteral("zitdag"));
        talk.setSchoolId(m_school);
        // The booked household.
        talk.startFromBooking(haddadBooking, m_haddad, QStringLiteral("Haddad"), {});
        QCOMPARE(talk.bookingId(), haddadBooking);
        QCOMPARE(talk.householdId(), m_haddad);
        talk.domains()->toggle(QStringLiteral("school"));
        QVERIFY(talk.save());
        const QString encounterId = talk.lastSavedId();
        auto seen = m_app->repo().load<store::ZitdagBooking>(haddadBooking);
        QCOMPARE(seen->status, QStringLiteral("seen"));
        QCOMPARE(seen->encounterId, encounterId);
        QCOMPARE(zitdag.bookings()->openCount(), 1);
        QCOMPARE(today.zitdagBookedCount(), 1);
        QCOMPARE(zitdag.conversationCount(), 1);
        QVERIFY(zitdag.conversations()
                    ->data(zitdag.conversations()->index(0), app::EncounterListModel::KindLabelRole)
                    .toString()
                    .contains(QStringLiteral("10:00")));

        // Undo: booked again, the conversation gone.
        QVERIFY(talk.undo());
        seen = m_app->repo().load<store::ZitdagBooking>(haddadBooking);
        QCOMPARE(seen->status, QStringLiteral("booked"));
        QVERIFY(seen->encounterId.isEmpty());
        QCOMPARE(zitdag.bookings()->openCount(), 2);
        QCOMPARE(zitdag.conversationCount(), 0);

        // Choosing another household forgets a household's booking.
        talk.startFromBooking(haddadBooking, m_haddad, QStringLiteral("Haddad"), {});
        talk.selectHousehold(m_peeters, QStringLiteral("Peeters"));
        QVERIFY(talk.bookingId().isEmpty());
        talk.clear();

        // The unknown parent turns out to be the Peeters: linked on the way.
        talk.startFromBooking(unknownBooking, {}, {}, QStringLiteral("mama van Amir"));
        QCOMPARE(talk.unknownParent(), QStringLiteral("mama van Amir"));
        talk.selectHousehold(m_peeters, QStringLiteral("Peeters"));
        QCOMPARE(talk.bookingId(), unknownBooking);
        QVERIFY(talk.save());
        const auto linked = m_app->repo().load<store::ZitdagBooking>(unknownBooking);
        QCOMPARE(linked->status, QStringLiteral("seen"));
        QCOMPARE(linked->householdId, m_peeters);

        // A walk-in, then the summary.
        talk.setUnknownParent(QStringLiteral("papa van Yusuf"));
        QVERIFY(talk.save());
        QCOMPARE(zitdag.conversationCount(), 2);
        QVERIFY(zitdag.conversations()
                    ->data(zitdag.conversations()->index(1), app::EncounterListModel::KindLabelRole)
                    .toString()
                    .contains(QStringLiteral("Walk-in")));
        zitdag.end();
        const QString summary = zitdag.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("2 conversation")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 booked")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 walk-in")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 booking")), qPrintable(summary)); // Haddad did not come
    }

    void dossierShowsComingBookings()
    {
        book(m_haddad, {}, QTime(14, 0), fixedToday().addDays(3));
        const QString past = book(m_haddad, {}, QTime(9, 30)); // today counts
        book(m_peeters, {}, QTime(9, 45));

        app::DossierController dossier;
        QAbstractItemModelTester tester(dossier.bookings(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dossier.setContext(&m_app->context);
        dossier.setHouseholdId(m_haddad);
        QCOMPARE(dossier.bookings()->count(), 2);
        QCOMPARE(dossier.bookings()->get(0, QStringLiteral("bookingId")).toString(), past);
        QCOMPARE(dossier.bookings()->get(1, QStringLiteral("schoolName")).toString(),
                 QStringLiteral("Sint-Jozef"));
        QVERIFY(!dossier.bookings()->get(1, QStringLiteral("dateText")).toString().isEmpty());
        // Once cancelled it is no longer coming.
        QVERIFY(dossier.bookings()->cancel(past));
        QCOMPARE(dossier.bookings()->count(), 1);
    }

    void storeRefusesIncompleteBookings()
    {
        auto repo = m_app->repo();
        store::ZitdagBooking b;
        b.schoolId = m_school;
        b.bookedFor = QDateTime(fixedToday(), QTime(10, 0));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.save(b)); // nobody
        b.description = QStringLiteral("mama van Amir");
        b.schoolId.clear();
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.save(b)); // no school
        b.schoolId = m_school;
        b.status = QStringLiteral("seen");
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.save(b)); // seen without its conversation
        b.status = QStringLiteral("maybe");
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.save(b));
        b.status = store::BookingStatus::Booked;
        b.bookedFor = {};
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.save(b));
        QCOMPARE(m_app->context.store()->db().scalar("SELECT count(*) FROM zitdag_booking").toInt(), 0);

        // Shown to the user in their words, not as an internal error.
        app::BookingModel model;
        model.setContext(&m_app->context);
        QVERIFY(!model.cancel(QStringLiteral("no-such-booking")));
        QCOMPARE(m_app->context.errorText(), QStringLiteral("This booking no longer exists on this device."));
    }

private:
    QString outboxScope(const QString &recordId)
    {
        client::Query q = m_app->context.store()->db().query(
            "SELECT scope FROM sync_outbox WHERE entity = 'zitdag_booking' AND record_id = ? LIMIT 1");
        q.bind(1, recordId);
        return q.next() ? q.text(0) : QString();
    }

    QString book(const QString &household, const QString &description, QTime at, QDate day = fixedToday())
    {
        store::ZitdagBooking b;
        b.householdId = household;
        b.description = description;
        b.schoolId = m_school;
        b.bookedFor = QDateTime(day, at);
        return m_app->repo().save(b);
    }

    std::unique_ptr<test::AppFixture> m_app;
    QString m_school;
    QString m_otherSchool;
    QString m_haddad;
    QString m_peeters;
};

QTEST_GUILESS_MAIN(TestBookings)
#include "tst_bookings.moc"
