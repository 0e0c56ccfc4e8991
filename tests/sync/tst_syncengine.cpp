// The engine against a scripted server: broken, hostile and unusual answers
// give a clear outcome, never a crash, never a half-applied page, and lose
// nothing that waits to be sent.

#include "app/store/repository.h"
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
