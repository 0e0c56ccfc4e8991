// The store's schema versions: a SQLite store from before schema version 3
// (field_state keyed by (record_id, field), with an index on seq) is rebuilt
// keyed by seq on the first serve, in one transaction, with its rows, seqs
// and pulls intact; the administrative commands leave an old store as it is;
// a store made by this server is never rebuilt. PostgreSQL keeps its table
// and goes to version 3 as well. Version 4 adds field_state_parent (either
// store), which a purged record's belongings are found by.
#include "serverharness.h"

#include "sync/core/entities.h"
#include "sync/server/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

// The change log as it was before schema version 3, the way such a store
// holds it: rows in any order (here the key's), not in seq order.
const char *const kToTheOldForm =
    "BEGIN;"
    " ALTER TABLE field_state RENAME TO field_state_new;"
    " CREATE TABLE field_state (record_id TEXT NOT NULL, field TEXT NOT NULL,"
    " entity TEXT NOT NULL, scope TEXT NOT NULL, vtype INTEGER NOT NULL, vint BIGINT,"
    " vreal DOUBLE PRECISION, vtext TEXT, hlc BIGINT NOT NULL, device_id TEXT NOT NULL,"
    " op INTEGER NOT NULL, seq BIGINT NOT NULL, tx_seq BIGINT NOT NULL,"
    " PRIMARY KEY (record_id, field));"
    " INSERT INTO field_state SELECT record_id, field, entity, scope, vtype, vint, vreal, vtext, hlc,"
    " device_id, op, seq, tx_seq FROM field_state_new ORDER BY record_id DESC, field;"
    " DROP TABLE field_state_new;"
    " CREATE UNIQUE INDEX field_state_seq ON field_state (seq);"
    " CREATE INDEX field_state_scope ON field_state (scope, seq);"
    " CREATE INDEX field_state_tx ON field_state (tx_seq);"
    " UPDATE server_state SET value = 2 WHERE key = 'schema_version';"
    " COMMIT;";

// Every row of the change log in seq order, on one line.
const char *const kLogDump =
    "SELECT count(*) || ': ' || group_concat(line, ' # ') FROM (SELECT seq || '|' || tx_seq || '|' ||"
    " record_id || '|' || field || '|' || entity || '|' || scope || '|' || vtype || '|' ||"
    " ifnull(vint, '-') || '|' || ifnull(vreal, '-') || '|' || ifnull(vtext, '-') || '|' || hlc || '|' ||"
    " device_id || '|' || op AS line FROM field_state ORDER BY seq)";

const char *const kIndexes = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                             " WHERE type = 'index' AND tbl_name = 'field_state' ORDER BY name)";

const char *const kRebuildLine = "rebuilding the change log";
const char *const kParentIndexLine = "field_state_parent made in";

const char *const kHasParentIndexSqlite =
    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'field_state_parent'";
const char *const kHasParentIndexPostgres =
    "SELECT count(*) FROM pg_indexes WHERE tablename = 'field_state' AND indexname = 'field_state_parent'";

} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina;

    int port() { return m_team.port(); }
    bool sqlite() const { return m_team.store().backend != QLatin1String("postgres"); }
    const char *hasParentIndex() const { return sqlite() ? kHasParentIndexSqlite : kHasParentIndexPostgres; }
    std::string version()
    {
        return queryStore(m_team.store(), "SELECT value FROM server_state WHERE key = 'schema_version'");
    }

    bool restart()
    {
        if (m_team.server().terminate() != 0 || !m_team.server().start())
            return false;
        m_amina->port = port();
        return true;
    }

    static bool pullToTheEnd(TestDevice &d, Replica &replica)
    {
        for (int pages = 0; pages < 1000; ++pages) {
            int status = 0;
            const auto page = d.pullPage(7, &status);
            if (status != 200)
                return false;
            replica.apply({page.changes().begin(), page.changes().end()});
            if (!page.has_more())
                return true;
        }
        return false;
    }

    // Everything amina sees now, pulled by a new device of hers in small pages.
    std::string freshDump()
    {
        TestDevice fresh(port());
        if (!fresh.enrolOk("amina", kPassword))
            return "<enrolment failed>";
        Replica all;
        if (!pullToTheEnd(fresh, all))
            return "<pull failed>";
        return all.dump();
    }

    // Households with people, values changed after they were written (their
    // rows move to a later seq), a person purged (a tombstone) and team data.
    void writeSomeHistory(std::vector<std::string> *households, std::vector<std::string> *persons)
    {
        for (int h = 0; h < 4; ++h) {
            const std::string id = newId();
            households->push_back(id);
            std::vector<v1::PushedChange> changes {
                m_amina->set("household", id, "display_name", "Gezin " + std::to_string(h), id),
                m_amina->set("household", id, "status", text("open"), id)};
            for (int p = 0; p < 3; ++p) {
                const std::string person = newId();
                persons->push_back(person);
                changes.push_back(m_amina->set("person", person, "household_id", id, id));
                changes.push_back(
                    m_amina->set("person", person, "given_name", "Naam " + std::to_string(p), id));
                changes.push_back(m_amina->set("person", person, "birth_year", std::int64_t(1980 + p), id));
            }
            QCOMPARE(m_amina->push(changes).accepted(), changes.size());
        }
        QCOMPARE(m_amina->push({m_amina->set("organisation", newId(), "name", text("Dienst"))}).accepted(),
                 1u);
        const std::string h0 = households->front();
        QCOMPARE(m_amina
                     ->push({m_amina->set("household", h0, "display_name", text("Gezin Nieuw"), h0),
                             m_amina->set("person", (*persons)[1], "given_name", text("Anders"), h0)})
                     .accepted(),
                 2u);
        QCOMPARE(m_amina->push({m_amina->purge("person", (*persons)[2], h0)}).accepted(), 1u);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_amina = std::make_unique<TestDevice>(port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
    }

    void cleanupTestCase() { QCOMPARE(m_team.server().terminate(), 0); }

    // A new store is made in the current form and never rebuilt.
    void aNewStoreIsAtTheCurrentVersion()
    {
        QCOMPARE(version(), std::string("4"));
        QVERIFY(!m_team.server().output().contains(kRebuildLine));
        QCOMPARE(queryStore(m_team.store(), hasParentIndex()), std::string("1"));
        if (sqlite()) {
            QCOMPARE(queryStore(m_team.store(), kIndexes),
                     std::string("field_state_parent,field_state_record,field_state_scope,field_state_tx"));
            QCOMPARE(queryStore(m_team.store(),
                                "SELECT count(*) FROM pragma_table_info('field_state')"
                                " WHERE name = 'seq' AND pk = 1"),
                     std::string("1"));
        } else {
            // PostgreSQL keeps its key and the index on seq.
            QCOMPARE(queryStore(m_team.store(),
                                "SELECT count(*) FROM pg_indexes WHERE tablename = 'field_state'"
                                " AND indexname IN ('field_state_pkey', 'field_state_seq')"),
                     std::string("2"));
        }
    }

    void anOldStoreIsRebuiltKeyedBySeqOnTheFirstServe()
    {
        std::vector<std::string> households, persons;
        writeSomeHistory(&households, &persons);
        Replica before;
        QVERIFY(pullToTheEnd(*m_amina, before));
        const std::string fresh = freshDump();
        QCOMPARE(fresh, before.dump());
        const std::string cursor = m_amina->cursor;

        if (!sqlite()) {
            // Nothing to rebuild: the version alone moves on.
            QCOMPARE(m_team.server().terminate(), 0);
            std::string error;
            QVERIFY2(runStoreSql(m_team.store(),
                                 "UPDATE server_state SET value = 2 WHERE key = 'schema_version'", &error),
                     error.c_str());
            QVERIFY(m_team.server().start());
            m_amina->port = port();
            QCOMPARE(version(), std::string("4"));
            QVERIFY(!m_team.server().output().contains(kRebuildLine));
            QCOMPARE(freshDump(), fresh);
            return;
        }

        const std::string log = queryStore(m_team.store(), kLogDump);
        QVERIFY(log.rfind("0:", 0) != 0);
        QCOMPARE(m_team.server().terminate(), 0);
        std::string error;
        QVERIFY2(runStoreSql(m_team.store(), kToTheOldForm, &error), error.c_str());
        QCOMPARE(
            queryStore(m_team.store(), kIndexes),
            std::string("field_state_scope,field_state_seq,field_state_tx,sqlite_autoindex_field_state_1"));
        QCOMPARE(queryStore(m_team.store(), kLogDump), log);

        // The administrative commands leave it as it is.
        QByteArray out;
        QCOMPARE(m_team.server().admin({"user", "list"}, &out), 0);
        QCOMPARE(m_team.server().admin({"retention", "run"}, &out), 0);
        QCOMPARE(
            queryStore(m_team.store(), kIndexes),
            std::string("field_state_scope,field_state_seq,field_state_tx,sqlite_autoindex_field_state_1"));
        QCOMPARE(version(), std::string("2"));

        QVERIFY(m_team.server().start());
        m_amina->port = port();
        QCOMPARE(m_team.server().output().count(kRebuildLine), 1);
        QCOMPARE(version(), std::string("4"));
        QCOMPARE(queryStore(m_team.store(), kIndexes),
                 std::string("field_state_parent,field_state_record,field_state_scope,field_state_tx"));
        QCOMPARE(queryStore(m_team.store(),
                            "SELECT count(*) FROM pragma_table_info('field_state')"
                            " WHERE name = 'seq' AND pk = 1"),
                 std::string("1"));
        QCOMPARE(queryStore(m_team.store(), "SELECT count(*) FROM sqlite_master WHERE name LIKE '%before%'"),
                 std::string("0"));
        QCOMPARE(queryStore(m_team.store(), "PRAGMA integrity_check"), std::string("ok"));
        // Every row with its seq, in the same order.
        QCOMPARE(queryStore(m_team.store(), kLogDump), log);

        // Pulls: a new device gets the same, the device that was up to date
        // has nothing new, and goes on from its cursor.
        QCOMPARE(freshDump(), fresh);
        QCOMPARE(m_amina->cursor, cursor);
        Replica after = before;
        QVERIFY(pullToTheEnd(*m_amina, after));
        QCOMPARE(after.dump(), before.dump());

        // Writes: a changed value (the upsert on (record_id, field) moves its
        // row to a new seq), a new record, a purge (tombstone).
        const std::string rows = queryStore(m_team.store(), "SELECT count(*) FROM field_state");
        const std::string h1 = households[1];
        QCOMPARE(m_amina->push({m_amina->set("household", h1, "display_name", text("Gezin Later"), h1)})
                     .accepted(),
                 1u);
        QCOMPARE(queryStore(m_team.store(), "SELECT count(*) FROM field_state"), rows);
        QCOMPARE(queryStore(m_team.store(),
                            "SELECT record_id || '/' || field || '/' || vtext FROM field_state"
                            " WHERE seq = (SELECT max(seq) FROM field_state)"),
                 h1 + "/display_name/Gezin Later");
        QCOMPARE(queryStore(m_team.store(),
                            "SELECT value = (SELECT max(seq) FROM field_state) FROM server_state"
                            " WHERE key = 'seq'"),
                 std::string("1"));
        int status = 0;
        const auto page = m_amina->pullPage(100, &status);
        QCOMPARE(status, 200);
        QCOMPARE(page.changes_size(), 1);
        QCOMPARE(page.changes(0).record_id(), h1);
        after.apply({page.changes().begin(), page.changes().end()});
        QCOMPARE(after.text(h1, "display_name"), std::string("Gezin Later"));
        const std::string person = newId();
        QCOMPARE(m_amina
                     ->push({m_amina->set("person", person, "household_id", h1, h1),
                             m_amina->set("person", person, "given_name", text("Nieuw"), h1)})
                     .accepted(),
                 2u);
        QCOMPARE(m_amina->push({m_amina->purge("person", persons[4], h1)}).accepted(), 1u);
        QVERIFY(pullToTheEnd(*m_amina, after));
        QVERIFY(after.has(person));
        QVERIFY(!after.has(persons[4]));
        QCOMPARE(freshDump(), after.dump());
        QCOMPARE(queryStore(m_team.store(), "PRAGMA integrity_check"), std::string("ok"));

        // Once only.
        QVERIFY(restart());
        QCOMPARE(m_team.server().output().count(kRebuildLine), 1);
        QCOMPARE(freshDump(), after.dump());
    }

    // A store of version 3 gets field_state_parent on the first serve (not
    // from the administrative commands), once.
    void aVersion3StoreGetsTheParentIndexOnTheFirstServe()
    {
        const int madeBefore = m_team.server().output().count(kParentIndexLine);
        QCOMPARE(m_team.server().terminate(), 0);
        std::string error;
        QVERIFY2(runStoreSql(m_team.store(), "DROP INDEX field_state_parent", &error), error.c_str());
        QVERIFY2(runStoreSql(m_team.store(), "UPDATE server_state SET value = 3 WHERE key = 'schema_version'",
                             &error),
                 error.c_str());
        QByteArray out;
        QCOMPARE(m_team.server().admin({"user", "list"}, &out), 0);
        QCOMPARE(queryStore(m_team.store(), hasParentIndex()), std::string("0"));
        QCOMPARE(version(), std::string("3"));

        QVERIFY(m_team.server().start());
        m_amina->port = port();
        QCOMPARE(httpGet(port(), "/v1/health").status, 200); // serving (see below)
        QCOMPARE(version(), std::string("4"));
        QCOMPARE(queryStore(m_team.store(), hasParentIndex()), std::string("1"));
        QCOMPARE(m_team.server().output().count(kParentIndexLine), madeBefore + 1);
        QVERIFY(restart());
        QCOMPARE(m_team.server().output().count(kParentIndexLine), madeBefore + 1);
        if (sqlite())
            QCOMPARE(queryStore(m_team.store(), "PRAGMA integrity_check"), std::string("ok"));
        // Serving before it is stopped again: a SIGTERM that comes between
        // the port file and the server's listen loop is lost (serve.cpp),
        // and the server would wait for SIGKILL.
        QCOMPARE(httpGet(port(), "/v1/health").status, 200);
    }

    // The query for a purged record's belongings names every belonging's
    // field, and SQLite answers it from field_state_parent (a partial index
    // is used only when the query holds its condition).
    void belongingsAreFoundByTheParentIndex()
    {
        const std::string sql = server::kBelongingsSql;
        for (const auto &b : sync::belongings())
            QVERIFY2(sql.find("'" + std::string(b.field) + "'") != std::string::npos,
                     std::string(b.field).c_str());
        if (!sqlite())
            return;
        const std::string plan = queryStoreLines(m_team.store(), "EXPLAIN QUERY PLAN " + sql);
        QVERIFY2(plan.find("USING INDEX field_state_parent") != std::string::npos, plan.c_str());
        QVERIFY2(plan.find("SCAN f") == std::string::npos, plan.c_str());
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_server_schema.moc"
