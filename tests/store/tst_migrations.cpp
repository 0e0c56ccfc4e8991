#include "app/store/migrations.h"
#include "app/store/queries.h"
#include "app/store/searchindex.h"
#include "support/teststore.h"
#include "sync/client/database.h"

#include <QTest>

using namespace brugboek;
using client::Database;

namespace {
const QByteArray Key(32, '\x5a');

// What a database of each version held, written with that version's SQL, so
// that each later migration meets real data.
void fillVersion(Database &db, int version)
{
    if (version >= 1) {
        db.execute(
            "INSERT INTO school (id, name) VALUES ('s1', 'Basisschool De Regenboog');"
            "INSERT INTO organisation (id, name, kind, services) VALUES ('o1', 'CAW Oost-Vlaanderen', 'caw', "
            "'schuldbemiddeling');"
            "INSERT INTO household (id, display_name, home_languages, interpreter_needed) "
            "VALUES ('h1', 'El Amrani', 'ar,fr', 1);"
            "INSERT INTO person (id, household_id, given_name, family_name, role, school_id, class_name) "
            "VALUES ('p1', 'h1', 'Yasmina', 'El Amrani', 'child', 's1', '3de leerjaar B');"
            "INSERT INTO encounter (id, household_id, kind, occurred_at, life_domains, note) "
            "VALUES ('e1', 'h1', 'schoolpoort', 1795335300000, 'school,inkomen', 'factuur schoolreis');"
            "INSERT INTO sync_outbox (entity, record_id, scope, field, value, hlc) "
            "VALUES ('encounter', 'e1', 'h1', 'note', 'factuur schoolreis', 117660180480000000);");
    }
    if (version >= 2) {
        db.execute("INSERT INTO referral (id, household_id, need, organisation_id, status, status_on) "
                   "VALUES ('r1', 'h1', 'schulden', 'o1', 'wachtlijst', '2026-10-01');"
                   "INSERT INTO referral_event (id, referral_id, household_id, status, occurred_on) "
                   "VALUES ('re1', 'r1', 'h1', 'wachtlijst', '2026-10-01');"
                   "INSERT INTO consent (id, household_id, subject, shared_with, given_on) "
                   "VALUES ('c1', 'h1', 'schuldsituatie', 'CAW', '2026-09-30');"
                   "INSERT INTO follow_up (id, household_id, referral_id, title, due_on) "
                   "VALUES ('f1', 'h1', 'r1', 'CAW bellen', '2026-11-26');"
                   "INSERT INTO signal (id, observed_on, life_domain, description) "
                   "VALUES ('sg1', '2026-11-01', 'inkomen', 'wachtlijst schuldbemiddeling 4 maanden');");
    }
    // From version 3 on the store keeps its search tokens as it writes.
    if (version >= 3)
        store::SearchIndex::rebuild(db);
    if (version >= 4) {
        db.execute("INSERT INTO team_member (id, display_name, role, active) "
                   "VALUES ('u2', 'Lotte Verbeke', 'worker', 1);"
                   "UPDATE consent SET colleague_id = 'u2' WHERE id = 'c1';"
                   "INSERT INTO household_share (id, household_id, user_id, consent_id) "
                   "VALUES ('sh1', 'h1', 'u2', 'c1');"
                   "INSERT INTO conflict (id, household_id, record_entity, record_id, field, lost_value) "
                   "VALUES ('cf1', 'h1', 'encounter', 'e1', 'note', 'factuur schoolreis + turnzak');"
                   "INSERT INTO sync_rejected (entity, record_id, field, code, reason, rejected_at) "
                   "VALUES ('encounter', 'e1', 'note', 5, 'no access', 1795335300000);");
    }
}

void checkData(Database &db, int fromVersion)
{
    QCOMPARE(db.scalar("SELECT display_name FROM household WHERE id = 'h1'").toString(),
             QStringLiteral("El Amrani"));
    QCOMPARE(db.scalar("SELECT class_name FROM person WHERE id = 'p1'").toString(),
             QStringLiteral("3de leerjaar B"));
    QCOMPARE(db.scalar("SELECT note FROM encounter WHERE id = 'e1'").toString(),
             QStringLiteral("factuur schoolreis"));
    QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox").toInt(), 1);
    // Version 4: an edit made before it was based on nothing seen from the server.
    QCOMPARE(db.scalar("SELECT base_seq FROM sync_outbox").toInt(), 0);
    if (fromVersion >= 2) {
        QCOMPARE(db.scalar("SELECT status FROM referral WHERE id = 'r1'").toString(),
                 QStringLiteral("wachtlijst"));
        QCOMPARE(db.scalar("SELECT title FROM follow_up WHERE id = 'f1'").toString(),
                 QStringLiteral("CAW bellen"));
        QCOMPARE(db.scalar("SELECT count(*) FROM signal").toInt(), 1);
    }
    if (fromVersion >= 4) {
        QCOMPARE(db.scalar("SELECT consent_id FROM household_share WHERE id = 'sh1'").toString(),
                 QStringLiteral("c1"));
        QCOMPARE(db.scalar("SELECT lost_value FROM conflict WHERE id = 'cf1'").toString(),
                 QStringLiteral("factuur schoolreis + turnzak"));
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_rejected").toInt(), 1);
        QCOMPARE(db.scalar("SELECT display_name FROM team_member WHERE id = 'u2'").toString(),
                 QStringLiteral("Lotte Verbeke"));
    }
    // Version 5: no bookings yet, and a booking of a migrated household is
    // possible and goes with it when it is purged.
    QCOMPARE(db.scalar("SELECT count(*) FROM zitdag_booking").toInt(), 0);
    db.execute("INSERT INTO zitdag_booking (id, household_id, school_id, booked_for, description) "
               "VALUES ('b1', 'h1', 's1', 1795338000000, 'schooltoeslag');");
    QCOMPARE(db.scalar("SELECT status FROM zitdag_booking WHERE id = 'b1'").toString(),
             QStringLiteral("booked"));
    QVERIFY(db.scalar("PRAGMA foreign_key_check(zitdag_booking)").isNull());
    // Version 3 indexed what was there before it.
    store::Queries queries(db);
    const auto hits = queries.searchHouseholds(QStringLiteral("yasm"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, QStringLiteral("h1"));
    QCOMPARE(db.scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    QVERIFY(db.scalar("PRAGMA foreign_key_check").isNull());
}

QStringList schemaOf(Database &db)
{
    QStringList out;
    client::Query q =
        db.query("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
    while (q.next())
        out << q.text(0) + QLatin1Char(' ') + q.text(1) + QLatin1Char(' ') + q.text(2);
    return out;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreOrdered()
    {
        int previous = 0;
        for (const auto &m : store::migrations()) {
            QCOMPARE(m.version, previous + 1);
            previous = m.version;
        }
        QCOMPARE(store::latestSchemaVersion(), previous);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < store::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = Database::open(path, Key, Database::OpenMode::CreateIfMissing);
            store::migrate(*db, from);
            QCOMPARE(db->userVersion(), from);
            fillVersion(*db, from);
        }
        auto db = Database::open(path, Key, Database::OpenMode::MustExist);
        store::migrate(*db);
        QCOMPARE(db->userVersion(), store::latestSchemaVersion());
        checkData(*db, from);
        // The migrated schema is the one a new install gets.
        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.db")), Key,
                                    Database::OpenMode::CreateIfMissing);
        store::migrate(*fresh);
        QCOMPARE(schemaOf(*db), schemaOf(*fresh));
    }

    void freshInstallAndReopenAreIdempotent()
    {
        test::TestStore t;
        auto &db = t.store->db();
        QCOMPARE(db.userVersion(), store::latestSchemaVersion());
        QCOMPARE(db.scalar("SELECT count(*) FROM list_item WHERE list = 'levensdomein'").toInt(), 11);
        const QStringList schema = schemaOf(db);
        const int items = db.scalar("SELECT count(*) FROM list_item").toInt();
        t.reopen(); // `db` is gone now
        QCOMPARE(schemaOf(t.store->db()), schema);
        QCOMPARE(t.store->db().scalar("SELECT count(*) FROM list_item").toInt(), items);
    }

    // Every synced field has its column, so the entity registry and the
    // schema cannot drift apart.
    void schemaMatchesTheEntityRegistry()
    {
        test::TestStore t;
        for (const auto &e : sync::entities()) {
            QStringList columns;
            client::Query q =
                t.store->db().query(QStringLiteral("PRAGMA table_info(%1)")
                                        .arg(QString::fromLatin1(e.table.data(), e.table.size())));
            while (q.next())
                columns << q.text(1);
            QVERIFY2(columns.contains(QStringLiteral("id")), e.table.data());
            for (const auto &f : e.fields)
                QVERIFY2(columns.contains(QString::fromLatin1(f.name.data(), f.name.size())),
                         (std::string(e.table) + "." + std::string(f.name)).c_str());
        }
    }

    void failedMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        auto db = Database::open(path, Key, Database::OpenMode::CreateIfMissing);
        store::migrate(*db, 1);
        fillVersion(*db, 1);
        // A table that version 2 is about to create makes it fail halfway.
        db->execute("CREATE TABLE signal (x);");
        QVERIFY_THROWS_EXCEPTION(client::StoreError, store::migrate(*db));
        QCOMPARE(db->userVersion(), 1);
        QVERIFY(db->scalar("SELECT name FROM sqlite_master WHERE name = 'referral'").isNull());
        QCOMPARE(db->scalar("SELECT display_name FROM household").toString(), QStringLiteral("El Amrani"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
