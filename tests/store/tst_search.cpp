#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/searchcache.h"
#include "app/store/searchindex.h"
#include "app/store/textfold.h"
#include "support/heldload.h"
#include "support/teststore.h"
#include "sync/client/database.h"

#include <QTest>

#include <atomic>

#include <random>

using namespace brugboek;

namespace {
struct Family
{
    const char *household;
    QList<QPair<const char *, const char *>> people; // given, family
};

// Names of Flemish, Moroccan, Turkish, French, Polish, Syrian, Vietnamese
// and West-African origin, as they are written.
const QList<Family> families = {
    {"El Amrani", {{"Fatima", "El Amrani"}, {"Yasmina", "El Amrani"}}},
    {"Çelik", {{"Ayşe", "Çelik"}, {"Emre", "Çelik"}}},
    {"Öztürk", {{"İbrahim", "Öztürk"}}},
    {"D'Hondt", {{"Mila", "D'Hondt"}, {"Lowie", "D'Hondt"}}},
    {"Van den Broeck", {{"Jef", "Van den Broeck"}}},
    {"Wiśniewski", {{"Łukasz", "Wiśniewski"}, {"Zofia", "Wiśniewska"}}},
    {"Lefèvre", {{"Hélène", "Lefèvre"}, {"Noé", "Lefèvre"}}},
    {"Al-Hassan", {{"Rania", "Al-Hassan"}, {"Omar", "Al-Hassan"}}},
    {"Nguyễn", {{"Thị Lan", "Nguyễn"}}},
    {"N'Diaye", {{"Aminata", "N'Diaye"}}},
    {"Yılmaz", {{"Mehmet", "Yılmaz"}}},
    {"Martens", {{"Elsa", "Martens"}, {"Amber", "Martens"}}},
    {"Kowalczyk", {{"Ewa", "Kowalczyk"}}},
    {"Ben Saïd", {{"Khadija", "Ben Saïd"}, {"Ilyas", "Ben Saïd"}}},
    {"Dubois", {{"François", "Dubois"}}},
    {"Straßer", {{"Jürgen", "Straßer"}}},
};

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    test::TestStore *m_t = nullptr;
    QHash<QString, QString> m_ids; // display name -> household id

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new test::TestStore;
        store::Repository repo(*m_t->store);
        for (const auto &f : families) {
            store::Household h;
            h.displayName = QString::fromUtf8(f.household);
            repo.save(h);
            m_ids.insert(h.displayName, h.id);
            for (const auto &[given, familyName] : f.people) {
                store::Person p;
                p.householdId = h.id;
                p.givenName = QString::fromUtf8(given);
                p.familyName = QString::fromUtf8(familyName);
                repo.save(p);
            }
        }
    }
    void cleanupTestCase() { delete m_t; }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("cedilla") << "Çelik"
                                 << "celik";
        QTest::newRow("umlaut") << "Öztürk"
                                << "ozturk";
        QTest::newRow("dotted capital I") << "İbrahim"
                                          << "ibrahim";
        QTest::newRow("dotless i") << "Yılmaz"
                                   << "yilmaz";
        QTest::newRow("stroke l") << "Łukasz"
                                  << "lukasz";
        QTest::newRow("sharp s") << "Straße"
                                 << "strasse";
        QTest::newRow("vietnamese") << "Nguyễn"
                                    << "nguyen";
        QTest::newRow("french") << "Hélène Lefèvre"
                                << "helene lefevre";
        QTest::newRow("ligature") << "Œuvre"
                                  << "oeuvre";
        QTest::newRow("ascii") << "Janssens"
                               << "janssens";
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(store::foldText(text), folded);
    }

    void tokens()
    {
        QCOMPARE(store::nameTokens(QStringLiteral("D'Hondt")), QStringList({"d", "hondt", "dhondt"}));
        QCOMPARE(store::nameTokens(QStringLiteral("Van den Broeck")),
                 QStringList({"van", "den", "broeck", "vandenbroeck"}));
        QCOMPARE(store::queryTokens(QStringLiteral("  El   AM ")), QStringList({"el", "am"}));
        QCOMPARE(store::queryTokens(QStringLiteral("'; --")), QStringList());
    }

    void households_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two prefixes") << "el am" << QStringList {"El Amrani"};
        QTest::newRow("cedilla typed plain") << "cel" << QStringList {"Çelik"};
        QTest::newRow("umlaut typed plain") << "oz" << QStringList {"Öztürk"};
        QTest::newRow("accent typed") << "ÖZT" << QStringList {"Öztürk"};
        QTest::newRow("dotted capital I") << "İBRA" << QStringList {"Öztürk"};
        QTest::newRow("apostrophe typed") << "d'ho" << QStringList {"D'Hondt"};
        QTest::newRow("apostrophe left out") << "dho" << QStringList {"D'Hondt"};
        QTest::newRow("after apostrophe") << "hondt" << QStringList {"D'Hondt"};
        QTest::newRow("particle run together") << "vandenb" << QStringList {"Van den Broeck"};
        QTest::newRow("last part") << "broe" << QStringList {"Van den Broeck"};
        QTest::newRow("polish") << "wisn" << QStringList {"Wiśniewski"};
        QTest::newRow("polish first name") << "luk" << QStringList {"Wiśniewski"};
        QTest::newRow("french") << "lefe" << QStringList {"Lefèvre"};
        QTest::newRow("hyphen") << "al-h" << QStringList {"Al-Hassan"};
        QTest::newRow("hyphen left out") << "alha" << QStringList {"Al-Hassan"};
        QTest::newRow("vietnamese") << "nguy" << QStringList {"Nguyễn"};
        QTest::newRow("west african") << "ndia" << QStringList {"N'Diaye"};
        QTest::newRow("dotless i") << "yil" << QStringList {"Yılmaz"};
        QTest::newRow("diaeresis") << "ben sai" << QStringList {"Ben Saïd"};
        QTest::newRow("sharp s") << "strass" << QStringList {"Straßer"};
        QTest::newRow("person and family") << "fatima el" << QStringList {"El Amrani"};
        QTest::newRow("child's name") << "yasm" << QStringList {"El Amrani"};
        QTest::newRow("upper case") << "KOWAL" << QStringList {"Kowalczyk"};
        // Elsa and Amber Martens together start "el" and "am", but no one name
        // does: words must match one household name or one person.
        QTest::newRow("words across people") << "el am" << QStringList {"El Amrani"};
        QTest::newRow("household name and given name") << "ben saïd ilyas" << QStringList {"Ben Saïd"};
        QTest::newRow("one letter") << "l" << QStringList {"D'Hondt", "Lefèvre", "Nguyễn", "Wiśniewski"};
        QTest::newRow("no match") << "xyz" << QStringList {};
        QTest::newRow("middle of a word is no prefix") << "mrani" << QStringList {};
        QTest::newRow("only punctuation") << "'-" << QStringList {};
        QTest::newRow("empty") << "" << QStringList {};
    }
    void households()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        store::Queries queries(m_t->store->db());
        QStringList names;
        for (const auto &hit : queries.searchHouseholds(query))
            names << hit.displayName;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void showsWhoMatched()
    {
        store::Queries queries(m_t->store->db());
        const auto hits = queries.searchHouseholds(QStringLiteral("yasm"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().matchedPerson, QStringLiteral("Yasmina El Amrani"));
        QVERIFY(hits.first().members.contains(QStringLiteral("Fatima")));
    }

    void people()
    {
        store::Queries queries(m_t->store->db());
        const auto hits = queries.searchPeople(QStringLiteral("ay cel"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().givenName, QStringLiteral("Ayşe"));
        QCOMPARE(hits.first().householdName, QStringLiteral("Çelik"));
        // Both Łukasz Wiśniewski and Zofia Wiśniewska.
        QCOMPARE(queries.searchPeople(QStringLiteral("wisniewsk")).size(), 2);
        // A person is also found by the household's name.
        QCOMPARE(queries.searchPeople(QStringLiteral("ben said kha")).size(), 1);
    }

    void followsRenamesMovesAndPurges()
    {
        test::TestStore t;
        store::Repository repo(*t.store);
        store::Queries queries(t.store->db());
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        store::Household b;
        b.displayName = QStringLiteral("Haddad");
        repo.save(b);
        store::Person p;
        p.householdId = a.id;
        p.givenName = QStringLiteral("Nour");
        repo.save(p);
        QCOMPARE(queries.searchHouseholds(QStringLiteral("nour")).first().id, a.id);

        repo.update("person", p.id, {{"given_name", "Noor"}});
        QVERIFY(queries.searchHouseholds(QStringLiteral("nour")).isEmpty());
        QCOMPARE(queries.searchHouseholds(QStringLiteral("noor")).first().id, a.id);

        repo.update("person", p.id, {{"household_id", b.id}});
        QCOMPARE(queries.searchHouseholds(QStringLiteral("noor")).first().id, b.id);

        repo.update("household", b.id, {{"display_name", "Haddad-Peeters"}});
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 2);

        repo.purge("household", b.id);
        QVERIFY(queries.searchHouseholds(QStringLiteral("noor")).isEmpty());
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
    }

    // With the store's search cache, every write is seen by the next search:
    // this connection's (a rename, a new household, a move, a purge), another
    // connection's (the sync's), and one not committed yet (the cache is not
    // used inside a transaction, so a rollback leaves nothing behind).
    // The cache is loaded again at the next keystroke after each change to
    // what it holds (a name, a household, a purge, on this connection or
    // another one), and only then: an encounter saved, a sync page without
    // names or a rolled-back rename keep it.
    void cacheSeesEveryWrite()
    {
        test::TestStore t;
        store::Repository repo(*t.store);
        // Each search waits for the load it starts: the cache answers.
        t.store->searchCache().setSynchronous(true);
        store::Queries queries(t.store->db(), &t.store->searchCache());
        const store::SearchCache &cache = t.store->searchCache();
        auto found = [&](const char *text) {
            QStringList names;
            for (const auto &hit : queries.searchHouseholds(QString::fromUtf8(text), 10))
                names << hit.displayName +
                        (hit.matchedPerson.isEmpty() ? QString() : " / " + hit.matchedPerson);
            return names;
        };
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        store::Household b;
        b.displayName = QStringLiteral("Haddad");
        repo.save(b);
        store::Person p;
        p.householdId = a.id;
        p.givenName = QStringLiteral("Nour");
        repo.save(p);
        QCOMPARE(found("nour"), QStringList({"Peeters / Nour"}));
        QCOMPARE(cache.loads(), 1);
        // Nothing written: not loaded again.
        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        QCOMPARE(found("h"), QStringList({"Haddad"}));
        QCOMPARE(cache.loads(), 1);

        // What the cache does not hold: an encounter, a household's other
        // fields, a person's other fields, an unrelated table.
        store::Encounter e;
        e.householdId = a.id;
        e.kind = QStringLiteral("schoolpoort");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        repo.saveEncounter(e);
        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        repo.update("person", p.id, {{"birth_year", 1987}});
        QCOMPARE(found("nour"), QStringList({"Peeters / Nour"}));
        repo.update("household", a.id, {{"phone", "0470 12 34 56"}});
        t.store->db().execute("INSERT INTO signal (id, description) VALUES ('s1', 'speelplaats');");
        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        repo.purge("encounter", e.id);
        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        QCOMPARE(cache.loads(), 1);

        int loads = cache.loads();
        repo.update("person", p.id, {{"given_name", "Noor"}});
        QVERIFY(found("nour").isEmpty());
        QCOMPARE(found("noor"), QStringList({"Peeters / Noor"}));
        QCOMPARE(cache.loads(), ++loads);

        repo.update("person", p.id, {{"household_id", b.id}});
        QCOMPARE(found("noor"), QStringList({"Haddad / Noor"}));
        QCOMPARE(cache.loads(), ++loads);

        // A rename moves the household in name order.
        repo.update("household", b.id, {{"display_name", "Zaid-Peeters"}});
        QCOMPARE(found("peet"), QStringList({"Peeters", "Zaid-Peeters"}));
        QCOMPARE(cache.loads(), ++loads);
        repo.update("household", b.id, {{"display_name", "Aziz-Peeters"}});
        QCOMPARE(found("peet"), QStringList({"Aziz-Peeters", "Peeters"}));
        QCOMPARE(cache.loads(), ++loads);

        store::Household c;
        c.displayName = QStringLiteral("Peeters-Claes");
        repo.save(c);
        QCOMPARE(found("peet"), QStringList({"Aziz-Peeters", "Peeters", "Peeters-Claes"}));
        QCOMPARE(cache.loads(), ++loads);

        // A rename rolled back (a save that failed): nor the names neither
        // the version moved.
        {
            client::Transaction tx(t.store->db());
            repo.update("household", c.id, {{"display_name", "Claes"}});
        }
        QCOMPARE(found("peet"), QStringList({"Aziz-Peeters", "Peeters", "Peeters-Claes"}));
        QCOMPARE(cache.loads(), loads);

        repo.purge("household", b.id);
        QVERIFY(found("noor").isEmpty());
        QCOMPARE(found("peet"), QStringList({"Peeters", "Peeters-Claes"}));
        QCOMPARE(cache.loads(), ++loads);

        // Another connection to the same store (as the sync's): a household
        // saved, one renamed and one purged there are seen at the next
        // search; an encounter saved there is not loaded.
        {
            const auto other = store::Store::open(t.dir.path(), t.keys, t.clock);
            store::Repository theirs(*other);
            store::Household d;
            d.displayName = QStringLiteral("Yilmaz");
            theirs.save(d);
            QCOMPARE(found("yil"), QStringList({"Yilmaz"}));
            QCOMPARE(cache.loads(), ++loads);
            theirs.update("household", d.id, {{"display_name", "Yildiz"}});
            QCOMPARE(found("yil"), QStringList({"Yildiz"}));
            QCOMPARE(cache.loads(), ++loads);
            store::Encounter theirEncounter;
            theirEncounter.householdId = d.id;
            theirEncounter.kind = QStringLiteral("zitdag");
            theirEncounter.occurredAt = QDateTime::currentDateTimeUtc();
            theirs.saveEncounter(theirEncounter);
            QCOMPARE(found("yil"), QStringList({"Yildiz"}));
            QCOMPARE(cache.loads(), loads);
            // A household without people: only its own purge raises the
            // version.
            theirs.purge("household", c.id);
            QCOMPARE(found("peet"), QStringList({"Peeters"}));
            QCOMPARE(cache.loads(), ++loads);
        }

        // Inside a transaction the store is read: the rename is seen, and
        // after the rollback it is gone again.
        {
            client::Transaction tx(t.store->db());
            t.store->db().execute("UPDATE household SET display_name = 'Maes', sort_key = 'maes' "
                                  "WHERE display_name = 'Peeters'");
            t.store->db().execute("UPDATE search_token SET token = 'maes' WHERE token = 'peeters'");
            QCOMPARE(found("maes"), QStringList({"Maes"}));
            QVERIFY(found("peet").isEmpty());
            QCOMPARE(cache.loads(), loads);
        }
        QVERIFY(found("maes").isEmpty());
        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        QCOMPARE(cache.loads(), loads);

        // A rebuild of the index (a migration's) is seen too.
        {
            client::Transaction tx(t.store->db());
            t.store->db().execute(
                "UPDATE household SET display_name = 'Maes' WHERE display_name = 'Peeters'");
            store::SearchIndex::rebuild(t.store->db());
            tx.commit();
        }
        QCOMPARE(found("maes"), QStringList({"Maes"}));
        QCOMPARE(cache.loads(), ++loads);
    }

    // A page from the server (applied by the sync's connection) reloads the
    // cache when it brings a name or a purge of a household or person, and
    // only then.
    void cacheSeesOnlyPagesWithNames()
    {
        test::TestStore t;
        store::Repository repo(*t.store);
        // Each search waits for the load it starts: the cache answers.
        t.store->searchCache().setSynchronous(true);
        store::Queries queries(t.store->db(), &t.store->searchCache());
        const store::SearchCache &cache = t.store->searchCache();
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
        QCOMPARE(cache.loads(), 1);

        const auto other = store::Store::open(t.dir.path(), t.keys, t.clock);
        std::int64_t ms = test::FixedNowMs + 60'000;
        auto apply = [&](const std::string &entity, const std::string &id,
                         const std::vector<std::pair<std::string, sync::Value>> &fields, bool purge = false) {
            std::vector<sync::Change> changes;
            for (const auto &[field, value] : fields) {
                sync::Change c;
                c.entity = entity;
                c.recordId = id;
                c.scope = a.id.toStdString();
                c.field = field;
                c.value = value;
                c.hlc = sync::Hlc(++ms, 0);
                c.deviceId = "0190f3a2-0000-7000-8000-00000000ffff";
                if (purge)
                    c.op = sync::Change::Op::Delete;
                changes.push_back(c);
            }
            client::Transaction tx(other->db());
            other->changes().applyRemote(changes);
            tx.commit();
        };
        const std::string household = a.id.toStdString();
        const std::string encounter = "0190f3a2-8c2d-7b1a-9f00-000000000e01";
        apply("encounter", encounter,
              {{"household_id", household},
               {"kind", std::string("huisbezoek")},
               {"note", std::string("Brief")}});
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
        QCOMPARE(cache.loads(), 1);

        const std::string person = "0190f3a2-8c2d-7b1a-9f00-000000000a01";
        apply("person", person, {{"household_id", household}, {"given_name", std::string("Amina")}});
        QCOMPARE(queries.searchHouseholds(QStringLiteral("amina")).size(), 1);
        QCOMPARE(cache.loads(), 2);
        apply("person", person, {{"birth_year", std::int64_t {2016}}});
        QCOMPARE(queries.searchHouseholds(QStringLiteral("amina")).size(), 1);
        QCOMPARE(cache.loads(), 2);
        apply("person", person, {{"", sync::Value {}}}, true);
        QVERIFY(queries.searchHouseholds(QStringLiteral("amina")).isEmpty());
        QCOMPARE(cache.loads(), 3);
    }

    // During a bulk load (a first enrolment) the search data is made only at
    // its end: the cache is not used meanwhile (a household purged by a page
    // is not found), and is loaded again once the load ended.
    void cacheWaitsForABulkLoad()
    {
        test::TestStore t;
        store::Repository repo(*t.store);
        // Each search waits for the load it starts: the cache answers.
        t.store->searchCache().setSynchronous(true);
        store::Queries queries(t.store->db(), &t.store->searchCache());
        const store::SearchCache &cache = t.store->searchCache();
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        store::Household b;
        b.displayName = QStringLiteral("Peeters-Claes");
        repo.save(b);
        t.store->db().execute("DELETE FROM sync_outbox;"); // as if sent
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 2);
        QCOMPARE(cache.loads(), 1);

        QVERIFY(t.store->changes().beginBulkLoad());
        repo.purge("household", b.id);
        store::Household c;
        c.displayName = QStringLiteral("Peeters-Maes");
        repo.save(c);
        // The plain statement: b is gone, c has no tokens yet.
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
        QCOMPARE(cache.loads(), 1);
        t.store->changes().finishBulkLoad();
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 2);
        QCOMPARE(queries.searchHouseholds(QStringLiteral("maes")).size(), 1);
        QCOMPARE(cache.loads(), 2);
    }

    // searchHouseholds() plans its reads by how common each word is; on a
    // caseload where words are shared by many households, every plan must
    // give what the plain statement gives (the owners matching every word,
    // intersected by SQLite; households by name, then by rowid; the first
    // person in the members' order whose names match).
    void everyPlanMatchesThePlainStatement()
    {
        test::TestStore t;
        store::Repository repo(*t.store);
        const QStringList families = {"Van den Broeck", "Van Damme",   "Vandenberghe", "El Amrani",
                                      "El Idrissi",     "Çelik",       "De Smet",      "De Vos",
                                      "Nguyễn",         "Van de Velde"};
        const QStringList given = {"Fatima", "Emre", "Eva", "Vincent", "Amber", "Yasmina", "Elif", "Daan"};
        std::mt19937 random(11);
        auto pick = [&](const QStringList &from) { return from[static_cast<int>(random() % from.size())]; };
        for (int i = 0; i < 240; ++i) {
            store::Household h;
            // Some households share a name: their order is their rowid's.
            h.displayName = pick(families) + (i % 3 == 0 ? QString() : QStringLiteral(" %1").arg(i % 7));
            repo.save(h);
            for (int k = 0, n = static_cast<int>(random() % 4); k < n; ++k) {
                store::Person p;
                p.householdId = h.id;
                p.givenName = pick(given);
                // A person with another family name than the household's.
                p.familyName = random() % 4 == 0 ? pick(families) : QString();
                p.role = k == 0 ? QStringLiteral("parent") : QStringLiteral("child");
                p.birthYear = 1980 + static_cast<int>(random() % 30);
                repo.save(p);
            }
        }

        auto plain = [&](const QString &text, int limit) {
            const QStringList tokens = store::queryTokens(text).mid(0, 6);
            QList<store::HouseholdHit> out;
            if (tokens.isEmpty())
                return out;
            QStringList parts;
            for (int i = 0; i < tokens.size(); ++i)
                parts << QStringLiteral("SELECT household_id, person_id FROM search_token "
                                        "WHERE token >= ?%1 AND token < ?%2")
                             .arg(2 * i + 1)
                             .arg(2 * i + 2);
            client::Query q = t.store->db().query(
                QStringLiteral("SELECT id, display_name FROM household WHERE id IN (SELECT household_id FROM "
                               "(%1)) ORDER BY sort_key, rowid LIMIT %2")
                    .arg(parts.join(QLatin1String(" INTERSECT ")))
                    .arg(limit));
            for (int i = 0; i < tokens.size(); ++i) {
                QByteArray end = tokens[i].toUtf8();
                end[end.size() - 1] = static_cast<char>(end.back() + 1);
                q.bind(2 * i + 1, tokens[i]);
                q.bindText(2 * i + 2, end.constData(), static_cast<int>(end.size()));
            }
            while (q.next())
                out.append({q.text(0), q.text(1), {}, {}});
            for (auto &hit : out) {
                client::Query people =
                    t.store->db().query("SELECT given_name, family_name FROM person WHERE household_id = ? "
                                        "ORDER BY role = 'child', birth_year, given_name");
                people.bind(1, hit.id);
                QStringList names;
                const bool householdMatched = store::tokensMatch(tokens, store::nameTokens(hit.displayName));
                while (people.next()) {
                    names << people.text(0);
                    if (!householdMatched && hit.matchedPerson.isEmpty() &&
                        store::tokensMatch(
                            tokens, store::personTokens(people.text(0), people.text(1), hit.displayName)))
                        hit.matchedPerson = (people.text(0) + QLatin1Char(' ') + people.text(1)).trimmed();
                }
                hit.members = names.join(QLatin1String(", "));
            }
            return out;
        };

        QStringList typed;
        for (const QString &name : families + given) {
            const QString folded = name.toLower();
            for (int len = 1; len <= folded.size(); ++len)
                typed << folded.left(len);
        }
        typed << "van d"
              << "van de v"
              << "el a"
              << "e v"
              << "de s"
              << "fatima el"
              << "eva van"
              << "v d b"
              << "daan de"
              << "amber 3"
              << "el 2"
              << "van 5 da"
              << "xyz van"
              << "e e e";
        const QList<store::Queries::SearchPlan> plans = {
            {}, // the defaults: one statement here
            {-1, 0, 0}, // every word checked per household, households walked
            {-1, 20, 0}, // rare words read, the rest checked; walked
            {-1, 20, 1000}, // rare words read; candidates looked up by id
            {-1, 1000000, 5}, // all read; few looked up, more walked
            {30, 60, 10}, // one statement for the rarer words, the rest in memory
        };
        int compared = 0, nonEmpty = 0;
        t.store->searchCache().setSynchronous(true);
        // Each plan, and then the store's search cache (the plan unused).
        for (int p = 0; p <= plans.size(); ++p) {
            const bool cached = p == plans.size();
            store::Queries queries(t.store->db(), cached ? &t.store->searchCache() : nullptr);
            queries.setSearchPlan(plans.value(p));
            for (const QString &text : std::as_const(typed)) {
                for (const int limit : {1, 7, 100}) {
                    const auto expected = plain(text, limit);
                    const auto got = queries.searchHouseholds(text, limit);
                    QCOMPARE(got.size(), expected.size());
                    for (int i = 0; i < got.size(); ++i) {
                        QCOMPARE(got[i].id, expected[i].id);
                        QCOMPARE(got[i].displayName, expected[i].displayName);
                        QCOMPARE(got[i].members, expected[i].members);
                        QCOMPARE(got[i].matchedPerson, expected[i].matchedPerson);
                    }
                    ++compared;
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        QCOMPARE(t.store->searchCache().loads(), 1);
        // The comparison means something: most searches find households.
        QVERIFY2(nonEmpty > compared / 2, qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(compared)));
    }

    // While the cache loads (on its thread, here held in its read
    // transaction) a search does not wait for it: the statements answer, with
    // the same households, and once the load is complete the cache does.
    void answersWhileTheCacheLoads()
    {
        // Before the store: a load may use it until the store is closed.
        test::HeldLoad hold;
        test::TestStore t;
        store::Repository repo(*t.store);
        for (const char *name : {"Peeters", "Haddad", "Peeters-Claes", "El Amrani"}) {
            store::Household h;
            h.displayName = QString::fromUtf8(name);
            repo.save(h);
            store::Person p;
            p.householdId = h.id;
            p.givenName = QStringLiteral("Nour");
            repo.save(p);
        }
        store::SearchCache &cache = t.store->searchCache();
        hold.install(cache);
        store::Queries cached(t.store->db(), &cache);
        store::Queries plain(t.store->db());
        auto found = [](store::Queries &queries, const char *text) {
            QStringList names;
            for (const auto &hit : queries.searchHouseholds(QString::fromUtf8(text), 10))
                names << hit.displayName + " (" + hit.members + ")" +
                        (hit.matchedPerson.isEmpty() ? QString() : " / " + hit.matchedPerson);
            return names;
        };
        const QStringList texts = {"peet", "nour", "nour p", "el am", "h", "x"};

        // The first search starts the load and answers at once.
        QCOMPARE(found(cached, "peet"), QStringList({"Peeters (Nour)", "Peeters-Claes (Nour)"}));
        QVERIFY(hold.entered.tryAcquire(1, 5000));
        QVERIFY(cache.loading());
        for (const QString &text : texts)
            QCOMPARE(found(cached, qPrintable(text)), found(plain, qPrintable(text)));
        QCOMPARE(found(cached, "nour p"),
                 QStringList({"Peeters (Nour) / Nour", "Peeters-Claes (Nour) / Nour"}));
        QVERIFY(!cache.ready());
        QCOMPARE(cache.loads(), 1);

        hold.released.release();
        QTRY_VERIFY(cache.ready());
        QVERIFY(!hold.gaveUp); // no search waited for the load
        for (const QString &text : texts)
            QCOMPARE(found(cached, qPrintable(text)), found(plain, qPrintable(text)));
        QCOMPARE(cache.loads(), 1);
    }

    // A load that read the store before a rename is not used after it: the
    // search version it was read at moved. The statements answer with the
    // new name, and a new load starts.
    void aLoadFromBeforeARenameIsNotUsed()
    {
        // Before the store: a load may use it until the store is closed.
        test::HeldLoad hold;
        test::TestStore t;
        store::Repository repo(*t.store);
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        store::Household b;
        b.displayName = QStringLiteral("Haddad");
        repo.save(b);
        store::SearchCache &cache = t.store->searchCache();
        hold.install(cache);
        store::Queries queries(t.store->db(), &cache);
        auto found = [&](const char *text) {
            QStringList names;
            for (const auto &hit : queries.searchHouseholds(QString::fromUtf8(text), 10))
                names << hit.displayName;
            return names;
        };

        QCOMPARE(found("peet"), QStringList({"Peeters"}));
        QVERIFY(hold.entered.tryAcquire(1, 5000));
        // The load has read the version; the rename commits meanwhile.
        repo.update("household", a.id, {{"display_name", "Maes"}});
        hold.released.release();
        QTRY_VERIFY(!cache.loading());
        QCOMPARE(cache.loads(), 1);

        // Complete, but of the store before the rename.
        QVERIFY(found("peet").isEmpty());
        QCOMPARE(found("maes"), QStringList({"Maes"}));
        QCOMPARE(cache.loads(), 2);
        QTRY_VERIFY(cache.ready());
        QVERIFY(found("peet").isEmpty());
        QCOMPARE(found("maes"), QStringList({"Maes"}));
        QCOMPARE(found("h"), QStringList({"Haddad"}));
        QCOMPARE(cache.loads(), 2);

        // The same with a rename by another connection (the sync's).
        hold.held = 1;
        repo.update("household", b.id, {{"display_name", "Hadid"}});
        QCOMPARE(found("had"), QStringList({"Hadid"}));
        QVERIFY(hold.entered.tryAcquire(1, 5000));
        QCOMPARE(cache.loads(), 3);
        {
            const auto other = store::Store::open(t.dir.path(), t.keys, t.clock);
            store::Repository(*other).update("household", b.id, {{"display_name", "Hadji"}});
        }
        hold.released.release();
        QTRY_VERIFY(!cache.loading());
        QCOMPARE(found("had"), QStringList({"Hadji"}));
        QCOMPARE(cache.loads(), 4);
        QTRY_VERIFY(cache.ready());
        QCOMPARE(found("had"), QStringList({"Hadji"}));
        QVERIFY(!hold.gaveUp);
    }

    // Closing the store while a load runs cancels the load and waits for its
    // thread (which uses the reader's connection, gone with the store).
    void closingTheStoreDuringALoad()
    {
        // Before the store: a load may use it until the store is closed.
        test::HeldLoad hold;
        test::TestStore t;
        store::Repository repo(*t.store);
        store::Household a;
        a.displayName = QStringLiteral("Peeters");
        repo.save(a);
        hold.install(t.store->searchCache());
        {
            store::Queries queries(t.store->db(), &t.store->searchCache());
            QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
        }
        QVERIFY(hold.entered.tryAcquire(1, 5000));
        QVERIFY(t.store->searchCache().loading());
        t.store.reset();
        QVERIFY(hold.returned); // its thread ended before the store was gone
        QVERIFY(!hold.gaveUp); // cancelled, not waited out

        // Opened again, the search and its cache work as before.
        t.reopen();
        t.store->searchCache().setSynchronous(true);
        store::Queries queries(t.store->db(), &t.store->searchCache());
        QCOMPARE(queries.searchHouseholds(QStringLiteral("peet")).size(), 1);
        QVERIFY(t.store->searchCache().ready());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
