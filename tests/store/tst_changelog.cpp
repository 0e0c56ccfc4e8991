#include "app/store/queries.h"
#include "app/store/repository.h"
#include "support/teststore.h"

#include <QTest>

using namespace brugboek;
using store::Repository;

namespace {
struct OutboxRow
{
    QString entity, recordId, scope, field;
    QVariant value;
    qint64 hlc;
    int op;
};

QList<OutboxRow> outbox(client::Database &db)
{
    QList<OutboxRow> rows;
    client::Query q =
        db.query("SELECT entity, record_id, scope, field, value, hlc, op FROM sync_outbox ORDER BY seq");
    while (q.next())
        rows.append({q.text(0), q.text(1), q.text(2), q.text(3), q.value(4), q.int64(5), int(q.int64(6))});
    return rows;
}

qint64 persistedHlc(client::Database &db)
{
    return db.scalar("SELECT value FROM sync_state WHERE key = 'hlc'").toLongLong();
}

store::Household family(const QString &name = QStringLiteral("Öztürk"))
{
    store::Household h;
    h.displayName = name;
    h.phone = QStringLiteral("0470 12 34 56");
    h.homeLanguages = {QStringLiteral("tr"), QStringLiteral("nl")};
    h.interpreterNeeded = true;
    return h;
}
} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newRecordRecordsEveryValue()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        const auto rows = outbox(t.store->db());
        // display_name, phone, home_languages, interpreter_needed, status
        QCOMPARE(rows.size(), 5);
        QStringList fields;
        for (const auto &r : rows) {
            QCOMPARE(r.entity, QStringLiteral("household"));
            QCOMPARE(r.recordId, h.id);
            QCOMPARE(r.scope, h.id);
            QCOMPARE(r.op, 0);
            QCOMPARE(r.hlc, rows.first().hlc); // one edit, one timestamp
            fields << r.field;
        }
        fields.sort();
        QCOMPARE(fields,
                 QStringList({"display_name", "home_languages", "interpreter_needed", "phone", "status"}));
        QCOMPARE(persistedHlc(t.store->db()), rows.first().hlc);
        QCOMPARE(t.store->changes().pendingCount(), 5);
    }

    // A record made from a few fields still sends what the schema filled in.
    void schemaDefaultsAreRecorded()
    {
        test::TestStore t;
        const QString id = t.store->newId();
        const QStringList changed =
            t.store->changes().put(sync::entity("household"), id, {{"display_name", "Peeters"}});
        QCOMPARE(QSet<QString>(changed.begin(), changed.end()),
                 QSet<QString>({"display_name", "interpreter_needed", "status"}));
        QStringList fields;
        for (const auto &r : outbox(t.store->db()))
            fields << r.field + QLatin1Char('=') + r.value.toString();
        fields.sort();
        QCOMPARE(fields, QStringList({"display_name=Peeters", "interpreter_needed=0", "status=open"}));
    }

    void eachFieldChangeLandsWithAHigherHlc_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("text") << "display_name" << QVariant(QStringLiteral("Öztürk-Yılmaz"));
        QTest::newRow("integer") << "interpreter_needed" << QVariant(false);
        QTest::newRow("list") << "home_languages" << QVariant(QStringLiteral("tr"));
        QTest::newRow("cleared") << "phone" << QVariant();
        QTest::newRow("new value") << "notes" << QVariant(QStringLiteral("Papa werkt 's nachts"));
    }
    void eachFieldChangeLandsWithAHigherHlc()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        const qint64 before = persistedHlc(t.store->db());
        const int rowsBefore = outbox(t.store->db()).size();

        QCOMPARE(repo.update("household", h.id, {{field, value}}), QStringList {field});
        const auto rows = outbox(t.store->db());
        const auto last = rows.last();
        QCOMPARE(last.field, field);
        QVERIFY(last.hlc > before);
        QCOMPARE(persistedHlc(t.store->db()), last.hlc);
        // The older pending value of the same field was replaced, not kept.
        int sameField = 0;
        for (const auto &r : rows)
            sameField += r.field == field ? 1 : 0;
        QCOMPARE(sameField, 1);
        QCOMPARE(rows.size(), rowsBefore + (field == QLatin1String("notes") ? 1 : 0));
    }

    void nothingWhenNothingChanged()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        const auto before = outbox(t.store->db());
        const qint64 hlc = persistedHlc(t.store->db());
        repo.save(h); // the same record again
        QCOMPARE(repo.update("household", h.id, {{"interpreter_needed", 1}, {"display_name", "Öztürk"}}),
                 QStringList());
        // Empty text and no text are the same.
        QCOMPARE(repo.update("household", h.id, {{"notes", QString()}, {"email", ""}}), QStringList());
        QCOMPARE(outbox(t.store->db()).size(), before.size());
        QCOMPARE(persistedHlc(t.store->db()), hlc);
    }

    void childrenCarryTheirHouseholdAsScope()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        store::Encounter e;
        e.householdId = h.id;
        e.kind = QStringLiteral("schoolpoort");
        e.lifeDomains = {QStringLiteral("school")};
        store::FollowUp f;
        f.title = QStringLiteral("Bellen over schooltoeslag");
        f.dueOn = QDate(2026, 11, 23);
        repo.saveEncounter(e, &f);
        store::School s;
        s.name = QStringLiteral("Basisschool De Regenboog");
        repo.save(s);
        for (const auto &r : outbox(t.store->db())) {
            if (r.entity == QLatin1String("school"))
                QCOMPARE(r.scope, QString());
            else
                QCOMPARE(r.scope, h.id);
        }
        QCOMPARE(repo.load<store::FollowUp>(f.id)->encounterId, e.id);
    }

    // A note about a parent not yet known by name must never look like team
    // data (scope ""), which every colleague receives.
    void unlinkedRecordsArePrivate()
    {
        test::TestStore t;
        Repository repo(*t.store);
        store::Encounter e;
        e.unknownParent = QStringLiteral("mama van Amir, 2de lj");
        e.kind = QStringLiteral("schoolpoort");
        store::FollowUp f;
        f.title = QStringLiteral("Terugbellen");
        f.dueOn = QDate(2026, 11, 23);
        repo.saveEncounter(e, &f);
        const auto rows = outbox(t.store->db());
        QVERIFY(!rows.isEmpty());
        for (const auto &r : rows)
            QCOMPARE(r.scope, QString::fromLatin1(client::ChangeLog::privateScope));
        // Linked later: what changes now travels in the household's scope.
        auto h = family();
        repo.save(h);
        repo.update("encounter", e.id, {{"household_id", h.id}});
        QCOMPARE(outbox(t.store->db()).last().scope, h.id);
    }

    void valuesAreStoredAsTheyAreOrRefused()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        // A list and a date through update() are stored as save() stores them.
        repo.update("household", h.id,
                    {{"home_languages", QStringList {"ar", "fr"}}, {"closed_on", QDate(2027, 6, 30)}});
        const auto loaded = repo.load<store::Household>(h.id);
        QCOMPARE(loaded->homeLanguages, QStringList({"ar", "fr"}));
        QCOMPARE(loaded->closedOn, QDate(2027, 6, 30));
        repo.update("household", h.id, {{"home_languages", QVariantList {"tr"}}});
        QCOMPARE(repo.load<store::Household>(h.id)->homeLanguages, QStringList({"tr"}));
        // What cannot be stored faithfully is refused, and nothing is written.
        const int before = outbox(t.store->db()).size();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 repo.update("household", h.id, {{"notes", QVariantMap {{"a", 1}}}}));
        store::Person p;
        p.householdId = h.id;
        p.givenName = QStringLiteral("Emre");
        repo.save(p);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 repo.update("person", p.id, {{"birth_year", 2011.7}}));
        repo.update("person", p.id, {{"birth_year", 2011.0}});
        QCOMPARE(repo.load<store::Person>(p.id)->birthYear, 2011);
        // Emre: household_id, given_name, role, birth_year; the update replaced the pending birth_year.
        QCOMPARE(outbox(t.store->db()).size(), before + 4);
    }

    void failedWriteLeavesNoTrace()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        const auto before = outbox(t.store->db());
        store::Encounter e;
        e.householdId = h.id;
        e.kind = QStringLiteral("zitdag");
        store::FollowUp noDate; // invalid: the encounter must not be saved either
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.saveEncounter(e, &noDate));
        QCOMPARE(t.store->db().scalar("SELECT count(*) FROM encounter").toInt(), 0);
        QCOMPARE(outbox(t.store->db()).size(), before.size());

        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            t.store->changes().put(sync::entity("household"), h.id, {{"password", "x"}}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            t.store->changes().put(sync::entity("person"), h.id, {{"birth_year", "soon"}}));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError,
                                 repo.update("household", QStringLiteral("no-such-id"), {{"notes", "x"}}));
        QCOMPARE(outbox(t.store->db()).size(), before.size());
    }

    void eventsAreAppendOnly()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        store::Referral r;
        r.householdId = h.id;
        r.need = QStringLiteral("schuldbemiddeling");
        repo.createReferral(r);
        const QString eventId = t.store->db().scalar("SELECT id FROM referral_event").toString();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 repo.update("referral_event", eventId, {{"status", "afgerond"}}));
        QCOMPARE(t.store->db().scalar("SELECT status FROM referral_event").toString(),
                 QStringLiteral("besproken"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, repo.purge("referral_event", eventId));
        QCOMPARE(t.store->db().scalar("SELECT count(*) FROM referral_event").toInt(), 1);
        QVERIFY(repo.purge("referral", r.id));
        QCOMPARE(t.store->db().scalar("SELECT count(*) FROM referral_event").toInt(), 0);
    }

    void purgeRemovesRecordDependantsAndUnsentContent()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family(QStringLiteral("D'Hondt"));
        repo.save(h);
        auto other = family(QStringLiteral("Janssens"));
        repo.save(other);
        store::Person p;
        p.householdId = h.id;
        p.givenName = QStringLiteral("Mila");
        repo.save(p);
        store::Encounter e;
        e.householdId = h.id;
        e.kind = QStringLiteral("huisbezoek");
        e.note = QStringLiteral("GEHEIM-MARKER");
        repo.saveEncounter(e);
        store::Referral r;
        r.householdId = h.id;
        r.need = QStringLiteral("huisvesting");
        repo.createReferral(r);
        store::FollowUp call; // hangs from the household and from the referral
        call.householdId = h.id;
        call.referralId = r.id;
        call.title = QStringLiteral("Bellen");
        call.dueOn = QDate(2026, 11, 30);
        repo.save(call);
        const QString eventId = t.store->db().scalar("SELECT id FROM referral_event").toString();

        QVERIFY(repo.purge("household", h.id));
        auto &db = t.store->db();
        for (const char *table : {"household", "person", "encounter", "referral", "referral_event"})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id IN ('%2', '%3', '%4', '%5')")
                                   .arg(QLatin1String(table), h.id, p.id, e.id, r.id)
                                   .toUtf8()
                                   .constData())
                         .toInt(),
                     0);
        QCOMPARE(db.scalar("SELECT count(*) FROM referral_event").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(*) FROM search_token").toInt() > 0); // Janssens
        {
            client::Query tokens = db.query("SELECT count(*) FROM search_token WHERE household_id = ?");
            tokens.bind(1, h.id);
            QVERIFY(tokens.next());
            QCOMPARE(tokens.int64(0), 0);
        }
        // Only purge markers remain for the household: no unsent content.
        QSet<QString> purged;
        for (const auto &row : outbox(db)) {
            if (row.scope != h.id)
                continue;
            QCOMPARE(row.op, 1);
            QVERIFY(row.value.isNull());
            purged.insert(row.recordId);
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox WHERE op = 1").toInt(), 6);
        QCOMPARE(purged, QSet<QString>({h.id, p.id, e.id, r.id, call.id, eventId}));
        // The other household is untouched.
        QVERIFY(repo.load<store::Household>(other.id));
        QVERIFY(!repo.purge("household", h.id));
    }

    void hlcSurvivesRestartAndClockJumps()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        const QString device = t.store->changes().deviceId();
        const qint64 first = persistedHlc(t.store->db());

        t.clock.advance(-3LL * 24 * 3600 * 1000); // the tablet's clock is reset three days back
        t.reopen();
        Repository again(*t.store);
        QCOMPARE(t.store->changes().deviceId(), device);
        again.update("household", h.id, {{"notes", "na herstart"}});
        const qint64 second = persistedHlc(t.store->db());
        QVERIFY(second > first);

        t.clock.advance(6LL * 24 * 3600 * 1000); // and then three days ahead
        again.update("household", h.id, {{"notes", "klok vooruit"}});
        QVERIFY(persistedHlc(t.store->db()) > second);
    }

    // The clock is stored with every write, in its transaction: a new store
    // (no row yet) gets the row, later writes update it, a write that fails
    // leaves it as it was, and a store whose row went missing gets it back.
    void theClockIsStoredWithEveryWrite()
    {
        test::TestStore t;
        client::Database &db = t.store->db();
        const auto rows = [&] {
            return db.scalar("SELECT count(*) FROM sync_state WHERE key = 'hlc'").toInt();
        };
        const auto newest = [&] { return db.scalar("SELECT max(hlc) FROM sync_outbox").toLongLong(); };
        QCOMPARE(rows(), 0);
        Repository repo(*t.store);
        auto h = family();
        repo.save(h);
        QCOMPARE(rows(), 1);
        QVERIFY(persistedHlc(db) > 0);
        QCOMPARE(persistedHlc(db), newest());

        t.clock.advance(1);
        repo.update("household", h.id, {{"notes", "tweede"}});
        QCOMPARE(rows(), 1);
        QCOMPARE(persistedHlc(db), newest());

        const qint64 kept = persistedHlc(db);
        store::Encounter e;
        e.householdId = h.id;
        e.kind = QStringLiteral("zitdag");
        store::FollowUp noDate; // invalid: the whole write rolls back, the clock too
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.saveEncounter(e, &noDate));
        QCOMPARE(persistedHlc(db), kept);

        db.execute("DELETE FROM sync_state WHERE key = 'hlc'");
        repo.update("household", h.id, {{"notes", "derde"}});
        QCOMPARE(rows(), 1);
        QCOMPARE(persistedHlc(db), newest());
        QVERIFY(persistedHlc(db) > kept);

        // Reopened with the wall clock set back: stamps go on after the stored one.
        t.clock.advance(-3LL * 24 * 3600 * 1000);
        const qint64 last = persistedHlc(t.store->db());
        t.reopen();
        Repository again(*t.store);
        again.update("household", h.id, {{"notes", "vierde"}});
        QVERIFY(persistedHlc(t.store->db()) > last);
        QCOMPARE(persistedHlc(t.store->db()),
                 t.store->db().scalar("SELECT max(hlc) FROM sync_outbox").toLongLong());
    }

    void roundTripOfEveryRecordType()
    {
        test::TestStore t;
        Repository repo(*t.store);
        auto h = family();
        h.closedOn = QDate(2027, 6, 30);
        repo.save(h);
        const auto loaded = repo.load<store::Household>(h.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->displayName, h.displayName);
        QCOMPARE(loaded->homeLanguages, h.homeLanguages);
        QCOMPARE(loaded->interpreterNeeded, true);
        QCOMPARE(loaded->closedOn, h.closedOn);

        store::Encounter e;
        e.householdId = h.id;
        e.kind = QStringLiteral("zitdag");
        e.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        e.lifeDomains = {QStringLiteral("inkomen"), QStringLiteral("wonen")};
        e.note = QStringLiteral("Brief deurwaarder, afbetalingsplan besproken");
        repo.saveEncounter(e);
        const auto le = repo.load<store::Encounter>(e.id);
        QCOMPARE(le->occurredAt, e.occurredAt);
        QCOMPARE(le->lifeDomains, e.lifeDomains);
        QCOMPARE(le->note, e.note);

        store::Consent c;
        c.householdId = h.id;
        c.subject = QStringLiteral("schuldsituatie");
        c.sharedWith = QStringLiteral("CAW schuldbemiddeling");
        c.method = QStringLiteral("mondeling");
        c.givenOn = QDate(2026, 11, 20);
        repo.save(c);
        repo.withdrawConsent(c.id, QDate(2026, 11, 21));
        QCOMPARE(repo.load<store::Consent>(c.id)->withdrawnOn, QDate(2026, 11, 21));
        QVERIFY_THROWS_EXCEPTION(store::ValidationError, repo.withdrawConsent(c.id, QDate(2026, 1, 1)));

        store::Signal s;
        s.observedOn = QDate(2026, 11, 20);
        s.lifeDomain = QStringLiteral("inkomen");
        s.description = QStringLiteral("Wachtlijst schuldbemiddeling 4 maanden");
        repo.save(s);
        QCOMPARE(repo.load<store::Signal>(s.id)->description, s.description);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
