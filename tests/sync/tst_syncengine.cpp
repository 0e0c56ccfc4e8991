// The engine against a scripted server: broken, hostile and unusual answers
// give a clear outcome, never a crash, never a half-applied page, and lose
// nothing that waits to be sent.

#include "app/store/repository.h"
#include "support/recordpage.h"
#include "support/teststore.h"
#include "sync/client/syncengine.h"

#include <brugboek/v1/sync.pb.h>

#include <QTest>

#include <deque>
#include <functional>

using namespace brugboek;
using Outcome = client::SyncEngine::Outcome;

namespace {

// Answers each request with the next scripted reply and keeps what was asked.
class ScriptedTransport final : public client::Transport
{
public:
    using Reply = std::function<client::HttpResponse(const std::string &path, const std::string &body)>;
    std::deque<Reply> script;
    std::vector<std::pair<std::string, std::string>> requests;

    client::HttpResponse post(const std::string &path, const std::string &body, const std::string &) override
    {
        requests.emplace_back(path, body);
        if (script.empty())
            return {0, {}, "script ran out", 0};
        Reply next = std::move(script.front());
        script.pop_front();
        return next(path, body);
    }
};

client::HttpResponse ok(const google::protobuf::MessageLite &m)
{
    client::HttpResponse r;
    r.status = 200;
    r.body = m.SerializeAsString();
    return r;
}

client::HttpResponse error(int status, v1::ErrorCode code, int retryAfter = 0)
{
    v1::Error e;
    e.set_code(code);
    e.set_reason("scripted");
    e.set_retry_after_s(static_cast<std::uint32_t>(retryAfter));
    client::HttpResponse r;
    r.status = status;
    r.body = e.SerializeAsString();
    return r;
}

ScriptedTransport::Reply enrolled()
{
    return [](const std::string &, const std::string &) {
        v1::EnrolReply reply;
        reply.set_token("token");
        reply.set_user_id("u1");
        return ok(reply);
    };
}

// Acknowledges a push as the server would, with all changes accepted.
ScriptedTransport::Reply accepted()
{
    return [](const std::string &, const std::string &body) {
        v1::PushRequest request;
        request.ParseFromString(body);
        v1::PushReply reply;
        reply.set_batch_seq(request.batch_seq());
        reply.set_accepted(static_cast<std::uint32_t>(request.changes_size()));
        return ok(reply);
    };
}

v1::FieldChange field(const std::string &entity, const std::string &id, const std::string &name,
                      const std::string &text)
{
    v1::FieldChange c;
    c.set_entity(entity);
    c.set_record_id(id);
    c.set_scope(id);
    c.set_field(name);
    c.mutable_value()->set_text(text);
    c.set_hlc(sync::Hlc(test::FixedNowMs, 1).packed());
    c.set_device_id("server-test");
    return c;
}

// Page `n` of a scripted pull, in the per-record form: three households
// and a person of the first, cursor "c<n>".
v1::PullPage recordPage(int n, bool more)
{
    v1::PullPage page;
    page.add_devices("server-test");
    const std::string first = "h" + std::to_string(n) + "-0";
    for (int k = 0; k < 3; ++k) {
        auto *r = page.add_records();
        r->set_entity("household");
        r->set_record_id("h" + std::to_string(n) + "-" + std::to_string(k));
        r->set_scope(r->record_id());
        auto *v = r->add_values();
        v->set_field("display_name");
        v->set_text("Gezin " + std::to_string(n) + "-" + std::to_string(k));
        v->set_hlc(sync::Hlc(test::FixedNowMs, 1).packed());
        v->set_device(0);
    }
    auto *p = page.add_records();
    p->set_entity("person");
    p->set_record_id("p" + std::to_string(n));
    p->set_scope(first);
    for (const auto &[name, text] : {std::pair<const char *, std::string> {"given_name", "Kind"},
                                     std::pair<const char *, std::string> {"household_id", first}}) {
        auto *v = p->add_values();
        v->set_field(name);
        v->set_text(text);
        v->set_hlc(sync::Hlc(test::FixedNowMs, 2).packed());
        v->set_device(0);
    }
    page.set_next_cursor("c" + std::to_string(n));
    page.set_has_more(more);
    page.set_watermark(static_cast<std::uint64_t>(n));
    return page;
}

ScriptedTransport::Reply answer(const v1::PullPage &page)
{
    return [page](const std::string &, const std::string &) { return ok(page); };
}

std::string cursorOf(const std::string &pullRequest)
{
    v1::PullRequest r;
    r.ParseFromString(pullRequest);
    return r.cursor();
}

struct Fixture
{
    test::TestStore t;
    ScriptedTransport net;
    client::SyncEngine engine {t.store->db(), t.store->changes(), net};

    Fixture()
    {
        net.script.push_back(enrolled());
        const auto r = engine.enrol(QStringLiteral("amina"), QStringLiteral("pw"), QStringLiteral("t"),
                                    QStringLiteral("http://server"));
        if (r.outcome != Outcome::Ok)
            qFatal("enrol failed");
        net.requests.clear();
    }
    void addHousehold(const QString &name)
    {
        store::Household h;
        h.displayName = name;
        store::Repository(*t.store).save(h);
    }
    int count(const char *sql) { return t.store->db().scalar(sql).toInt(); }
    QString cursor()
    {
        return t.store->db().scalar("SELECT value FROM sync_state WHERE key = 'cursor'").toString();
    }
    std::vector<std::string> cursorsAsked()
    {
        std::vector<std::string> out;
        for (const auto &[path, body] : net.requests)
            if (path == "/v1/pull")
                out.push_back(cursorOf(body));
        return out;
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void garbageAnswersAreServerErrors()
    {
        Fixture f;
        f.net.script.push_back([](const std::string &, const std::string &) {
            return client::HttpResponse {200, std::string("\xff\xff\xff garbage", 12), {}, 0};
        });
        const auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::ServerError));
        QVERIFY(f.t.store->db().scalar("SELECT value FROM sync_state WHERE key = 'cursor'").isNull());
    }

    void aPageWithUnreadableChangesAppliesTheRest()
    {
        Fixture f;
        v1::PullPage page;
        *page.add_changes() = field("household", "h1", "display_name", "Peeters");
        *page.add_changes() = field("bailiff", "b1", "x", "y"); // unknown entity
        *page.add_changes() = field("household", "h1", "shoe_size", "44"); // unknown field
        *page.add_changes() = field("household", "h2", "display_name", "Janssens");
        page.set_next_cursor("c1");
        page.set_watermark(7);
        f.net.script.push_back([page](const std::string &, const std::string &) { return ok(page); });
        const auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM household"), 2);
        QVERIFY(!r.detail.empty()); // and says so
        QCOMPARE(f.t.store->changes().watermark(), 7);
    }

    void recordsWithoutTheirHouseholdDoNotStallSync()
    {
        Fixture f;
        // A person of a household that never comes: dropped, the rest stays,
        // the cursor moves on (sync does not stall on it for ever).
        v1::PullPage page;
        auto orphan = field("person", "p1", "given_name", "Emre");
        *page.add_changes() = orphan;
        auto link = field("person", "p1", "household_id", "nowhere");
        *page.add_changes() = link;
        *page.add_changes() = field("household", "h1", "display_name", "Çelik");
        page.set_next_cursor("c1");
        f.net.script.push_back([page](const std::string &, const std::string &) { return ok(page); });
        const auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM person"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM household"), 1);
        QVERIFY(f.t.store->db().scalar("PRAGMA foreign_key_check").isNull());
    }

    void aServerThatNeverMovesOnIsAnError()
    {
        Fixture f;
        v1::PullPage page;
        page.set_has_more(true); // and no changes, and the same (empty) cursor
        f.net.script.push_back([page](const std::string &, const std::string &) { return ok(page); });
        QCOMPARE(int(f.engine.pull().outcome), int(Outcome::ServerError));
    }

    void aWrongPushReplyKeepsTheBatchForARetry()
    {
        Fixture f;
        f.addHousehold(QStringLiteral("Nowak"));
        const int pending = f.count("SELECT count(*) FROM sync_outbox");
        f.net.script.push_back([](const std::string &, const std::string &) {
            v1::PushReply reply;
            reply.set_batch_seq(999);
            return ok(reply);
        });
        QCOMPARE(int(f.engine.push().outcome), int(Outcome::ServerError));
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), pending);
        // The retry sends the very same bytes (same batch number).
        f.net.script.push_back(accepted());
        QCOMPARE(int(f.engine.push().outcome), int(Outcome::Ok));
        QCOMPARE(f.net.requests.at(0).second, f.net.requests.at(1).second);
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), 0);
    }

    void aCutConnectionResendsTheSameBatchAndEditsMadeMeanwhileFollow()
    {
        Fixture f;
        f.addHousehold(QStringLiteral("Diallo"));
        f.net.script.push_back([](const std::string &, const std::string &) {
            return client::HttpResponse {0, {}, "connection reset", 0};
        });
        QCOMPARE(int(f.engine.push().outcome), int(Outcome::Offline));
        // Edited again while offline: the old batch goes out unchanged, then the edit.
        const QString id = f.t.store->db().scalar("SELECT id FROM household").toString();
        store::Repository(*f.t.store)
            .update("household", id, {{QStringLiteral("display_name"), QStringLiteral("Diallo-Bah")}});
        f.net.script.push_back(accepted());
        f.net.script.push_back(accepted());
        QCOMPARE(int(f.engine.push().outcome), int(Outcome::Ok));
        QCOMPARE(f.net.requests.size(), std::size_t(3));
        QCOMPARE(f.net.requests.at(0).second, f.net.requests.at(1).second);
        v1::PushRequest first, second;
        first.ParseFromString(f.net.requests.at(1).second);
        second.ParseFromString(f.net.requests.at(2).second);
        QCOMPARE(second.batch_seq(), first.batch_seq() + 1);
        QCOMPARE(second.changes_size(), 1);
        QCOMPARE(second.changes(0).change().value().text(), std::string("Diallo-Bah"));
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), 0);
    }

    void tooLargeBatchesAreSplitAndATooLargeChangeIsSetAside()
    {
        Fixture f;
        for (int i = 0; i < 8; ++i)
            f.addHousehold(QStringLiteral("Gezin %1").arg(i));
        const int pending = f.count("SELECT count(*) FROM sync_outbox");
        // The server refuses anything with more than 3 changes; and one record
        // (the first of all) is too large even alone.
        for (int i = 0; i < 64; ++i)
            f.net.script.push_back([](const std::string &, const std::string &body) {
                v1::PushRequest request;
                request.ParseFromString(body);
                if (request.changes_size() > 3 || request.changes(0).change().value().text() == "Gezin 0")
                    return error(413, v1::ERROR_TOO_LARGE);
                return accepted()(std::string(), body);
            });
        const auto r = f.engine.push();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), 0);
        // Gezin 0's fields, set aside together (a record's fields never
        // travel apart); everything else went through.
        QVERIFY(f.count("SELECT count(*) FROM sync_rejected") > 0);
        QCOMPARE(f.count("SELECT count(DISTINCT record_id) FROM sync_rejected"), 1);
        QCOMPARE(r.pushed + r.rejected, pending);
    }

    // A batch the server refuses as a whole for ever (400 malformed, e.g. a
    // value an older server cannot read) must not stall every later edit.
    void aBatchRefusedAsMalformedIsNarrowedDownAndTheRestGoesOn()
    {
        Fixture f;
        for (int i = 0; i < 6; ++i)
            f.addHousehold(QStringLiteral("Gezin %1").arg(i));
        const int pending = f.count("SELECT count(*) FROM sync_outbox");
        for (int i = 0; i < 64; ++i)
            f.net.script.push_back([](const std::string &, const std::string &body) {
                v1::PushRequest request;
                request.ParseFromString(body);
                for (const auto &c : request.changes()) {
                    if (c.change().value().text() == "Gezin 3")
                        return error(400, v1::ERROR_MALFORMED);
                }
                return accepted()(std::string(), body);
            });
        const auto r = f.engine.push();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), 0);
        QCOMPARE(f.count("SELECT count(DISTINCT record_id) FROM sync_rejected WHERE code = 1"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM household"), 6); // nothing lost on the device
        QCOMPARE(r.pushed + r.rejected, pending);

        // Any other 400 is about the device, not the batch: kept for a retry.
        f.addHousehold(QStringLiteral("Later"));
        f.net.script.clear();
        f.net.script.push_back(
            [](const std::string &, const std::string &) { return error(400, v1::ERROR_DEVICE_MISMATCH); });
        QVERIFY(f.engine.push().outcome != Outcome::Ok);
        QVERIFY(f.count("SELECT count(*) FROM sync_outbox") > 0);
        QCOMPARE(f.count("SELECT count(*) FROM sync_rejected WHERE code = 12"), 0);
    }

    void rejectedChangesAreReportedAndTheRestGoesOn()
    {
        Fixture f;
        f.addHousehold(QStringLiteral("Mertens"));
        f.net.script.push_back([](const std::string &, const std::string &body) {
            v1::PushRequest request;
            request.ParseFromString(body);
            v1::PushReply reply;
            reply.set_batch_seq(request.batch_seq());
            reply.set_accepted(static_cast<std::uint32_t>(request.changes_size() - 1));
            auto *rej = reply.add_rejected();
            rej->set_index(0);
            rej->set_code(v1::ERROR_NO_ACCESS);
            rej->set_reason("scripted");
            auto *bogus = reply.add_rejected();
            bogus->set_index(10'000); // out of range: ignored, no crash
            return ok(reply);
        });
        const auto r = f.engine.push();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM sync_rejected WHERE code = 20"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM sync_outbox"), 0);
    }

    // The engine asks for the per-record form and reads it: the same store
    // as from the same page in the changes form.
    void aRecordPageAppliesAsItsChangePage()
    {
        v1::PullPage changes;
        *changes.add_changes() = field("household", "h1", "display_name", "Peeters");
        *changes.add_changes() = field("household", "h1", "phone", "0470");
        *changes.add_changes() = field("household", "h2", "display_name", "Janssens");
        auto person = field("person", "p1", "given_name", "Emre");
        person.set_scope("h1");
        *changes.add_changes() = person;
        person.set_field("household_id");
        person.mutable_value()->set_text("h1");
        *changes.add_changes() = person;
        *changes.add_changes() = field("household", "h1", "notes", "later on the page");
        auto purge = field("household", "h2", "", "");
        purge.clear_value();
        purge.set_op(v1::FieldChange::OP_DELETE);
        *changes.add_changes() = purge;
        changes.set_next_cursor("c1");
        changes.set_watermark(3);
        v1::PullPage records = changes;
        test::toRecordsForm(records);
        QCOMPARE(records.changes_size(), 0);
        QCOMPARE(records.records_size(), 5);

        QStringList dumps;
        for (const v1::PullPage &page : {changes, records}) {
            Fixture f;
            f.net.script.push_back(answer(page));
            const auto r = f.engine.pull();
            QCOMPARE(int(r.outcome), int(Outcome::Ok));
            QCOMPARE(r.pulled, 7);
            v1::PullRequest asked;
            QVERIFY(asked.ParseFromString(f.net.requests.at(0).second));
            QVERIFY(asked.want_records());
            QString dump;
            client::Query q = f.t.store->db().query(
                "SELECT h.id, h.display_name, h.phone, h.notes, h.sort_key, "
                "(SELECT group_concat(token) FROM search_token t WHERE t.household_id = h.id) "
                "FROM household h ORDER BY h.id");
            while (q.next())
                for (int i = 0; i < 6; ++i)
                    dump += q.text(i) + QLatin1Char('|');
            dumps << dump;
            QCOMPARE(f.count("SELECT count(*) FROM household"), 1);
            QCOMPARE(f.count("SELECT count(*) FROM person"), 1);
            QCOMPARE(f.cursor(), QStringLiteral("c1"));
        }
        QCOMPARE(dumps.at(1), dumps.at(0));
        QVERIFY(dumps.at(0).contains(QStringLiteral("later on the page")));
    }

    void unreadableRecordValuesAreSkippedTheRestApplies()
    {
        Fixture f;
        v1::PullPage page = recordPage(1, false);
        page.mutable_records(0)->set_entity("bailiff"); // unknown entity: its value
        page.mutable_records(1)->mutable_values(0)->set_device(7); // no such device
        auto *v = page.mutable_records(2)->add_values();
        v->set_field("shoe_size"); // unknown field; the record's name stays
        v->set_text("44");
        page.add_changes()->CopyFrom(field("household", "hx", "display_name", "both forms"));
        f.net.script.push_back(answer(page));
        QCOMPARE(int(f.engine.pull().outcome), int(Outcome::ServerError)); // never both forms
        QCOMPARE(f.count("SELECT count(*) FROM household"), 0);
        page.clear_changes();
        f.net.script.push_back(answer(page));
        const auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM household"), 1); // h1-2
        QCOMPARE(f.count("SELECT count(*) FROM person"), 0); // its household h1-0 never came
        QVERIFY(r.detail.find("3 changes could not be read") != std::string::npos);
    }

    // While a page is applied, the next is fetched. When that one fails
    // (no answer, a server error, a page that cannot be read), everything
    // before it stays applied with its cursor, and the next pull asks for it
    // again: nothing lost, no page skipped.
    void aFailedPageAheadLosesNothing_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("outcome");
        QTest::newRow("server gone") << 0 << int(Outcome::Offline);
        QTest::newRow("server error") << 500 << int(Outcome::ServerError);
        QTest::newRow("malformed page") << 200 << int(Outcome::ServerError);
    }
    void aFailedPageAheadLosesNothing()
    {
        QFETCH(int, failure);
        QFETCH(int, outcome);
        Fixture f;
        f.net.script.push_back(answer(recordPage(1, true)));
        f.net.script.push_back([failure](const std::string &, const std::string &) {
            if (failure == 0)
                return client::HttpResponse {0, {}, "connection refused", 0};
            if (failure == 500)
                return error(500, v1::ERROR_INTERNAL);
            return client::HttpResponse {200, std::string("\x0a\xff\xff garbage", 11), {}, 0};
        });
        auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.pulled, 5);
        QCOMPARE(f.count("SELECT count(*) FROM household"), 3);
        QCOMPARE(f.count("SELECT count(*) FROM person"), 1);
        QCOMPARE(f.cursor(), QStringLiteral("c1"));
        QCOMPARE(f.t.store->changes().watermark(), 1);

        f.net.script.push_back(answer(recordPage(2, true)));
        f.net.script.push_back(answer(recordPage(3, false)));
        r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(r.pulled, 10);
        QCOMPARE(f.count("SELECT count(*) FROM household"), 9);
        QCOMPARE(f.count("SELECT count(*) FROM person"), 3);
        QCOMPARE(f.cursor(), QStringLiteral("c3"));
        const std::vector<std::string> asked {"", "c1", "c1", "c2"};
        QCOMPARE(f.cursorsAsked(), asked);
    }

    // A stop asked for while a page is under way: what was applied stays,
    // the page fetched ahead is not applied, and the next pull goes on from
    // the stored cursor.
    void aStoppedPullResumesFromItsCursor()
    {
        Fixture f;
        f.engine.requestStop();
        QCOMPARE(int(f.engine.pull().outcome), int(Outcome::Offline));
        QVERIFY(f.net.requests.empty()); // stopped before asking
        f.engine.clearStop();

        f.net.script.push_back(answer(recordPage(1, true)));
        const v1::PullPage second = recordPage(2, true);
        f.net.script.push_back([&f, second](const std::string &, const std::string &) {
            f.engine.requestStop(); // arrives while page 1 is applied
            return ok(second);
        });
        auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Offline));
        QCOMPARE(r.detail, std::string("stopped"));
        QCOMPARE(f.count("SELECT count(*) FROM household"), 3);
        QCOMPARE(f.cursor(), QStringLiteral("c1"));

        f.engine.clearStop();
        f.net.script.push_back(answer(recordPage(2, true)));
        f.net.script.push_back(answer(recordPage(3, false)));
        r = f.engine.pull();
        QCOMPARE(int(r.outcome), int(Outcome::Ok));
        QCOMPARE(f.count("SELECT count(*) FROM household"), 9);
        const std::vector<std::string> asked {"", "c1", "c1", "c2"};
        QCOMPARE(f.cursorsAsked(), asked);
    }

    void statusesBecomeOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("revoked") << 401 << int(v1::ERROR_DEVICE_REVOKED) << int(Outcome::Revoked) << 0;
        QTest::newRow("unknown token")
            << 401 << int(v1::ERROR_UNAUTHENTICATED) << int(Outcome::Unauthenticated) << 0;
        QTest::newRow("old app") << 400 << int(v1::ERROR_UNSUPPORTED_VERSION) << int(Outcome::Unsupported)
                                 << 0;
        QTest::newRow("slow down") << 429 << int(v1::ERROR_RATE_LIMITED) << int(Outcome::RateLimited) << 42;
        QTest::newRow("server failed") << 500 << int(v1::ERROR_INTERNAL) << int(Outcome::ServerError) << 0;
        QTest::newRow("proxy page") << 502 << 0 << int(Outcome::ServerError) << 0;
    }
    void statusesBecomeOutcomes()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(int, outcome);
        QFETCH(int, retryAfter);
        Fixture f;
        f.net.script.push_back([=](const std::string &, const std::string &) {
            if (code == 0)
                return client::HttpResponse {status, "<html>bad gateway</html>", {}, 0};
            return error(status, static_cast<v1::ErrorCode>(code), retryAfter);
        });
        const auto r = f.engine.pull();
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.retryAfterS, retryAfter);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
