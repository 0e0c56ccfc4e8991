// Exactly-once pushes (also across a crash), limits and bad input, metrics.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace brugboek;
using namespace brugboek::testing;

class TestServerProtocol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina;

    int countField(TestDevice &reader, const std::string &recordId)
    {
        int n = 0;
        for (const auto &c : reader.pullAll())
            n += c.record_id() == recordId;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_amina = std::make_unique<TestDevice>(m_team.port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
    }

    void health()
    {
        const HttpResult res = httpGet(m_team.port(), "/v1/health");
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body, std::string("ok\n"));
    }

    void sameBatchTwiceAppliesOnce()
    {
        const std::string h = newId();
        const auto request =
            m_amina->request({m_amina->set("household", h, "notes", std::string("een"), h),
                              m_amina->set("household", h, "display_name", std::string("Gezin"), h)},
                             m_amina->nextBatch++);
        const HttpResult first = m_amina->pushRaw(request);
        QCOMPARE(first.status, 200);
        const HttpResult second = m_amina->pushRaw(request);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        v1::PushReply reply;
        QVERIFY(reply.ParseFromString(first.body));
        QCOMPARE(reply.accepted(), 2u);
        QCOMPARE(reply.batch_seq(), request.batch_seq());

        // A retried batch whose content changed still gets the first reply
        // and applies nothing.
        auto changed = request;
        changed.mutable_changes(0)->mutable_change()->mutable_value()->set_text("twee");
        const HttpResult third = m_amina->pushRaw(changed);
        QCOMPARE(third.body, first.body);
        TestDevice reader(m_team.port(), m_amina->deviceId);
        reader.token = m_amina->token;
        Replica r;
        r.apply(reader.pullAll());
        QCOMPARE(r.text(h, "notes"), std::string("een"));
    }

    void crashBetweenRequestsLosesNothing()
    {
        const std::string h = newId();
        const auto request = m_amina->request({m_amina->set("household", h, "notes", std::string("voor"), h)},
                                              m_amina->nextBatch++);
        const HttpResult first = m_amina->pushRaw(request);
        QCOMPARE(first.status, 200);
        m_team.server().kill9();
        QVERIFY(m_team.server().start());
        m_amina->port = m_team.port();
        // The device never saw the reply and retries: the same reply, once.
        const HttpResult retry = m_amina->pushRaw(request);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        TestDevice reader(m_team.port(), m_amina->deviceId);
        reader.token = m_amina->token;
        QCOMPARE(countField(reader, h), 1);
        // And the next batch goes on as usual.
        int status = 0;
        const auto reply =
            m_amina->push({m_amina->set("household", h, "notes", std::string("na"), h)}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(reply.accepted(), 1u);
    }

    void oversizedBodyIs413BeforeParsing()
    {
        const std::string big(8 * 1024 * 1024 + 1, 'x');
        const HttpResult res = httpPost(m_team.port(), "/v1/push", big, m_amina->token);
        QCOMPARE(res.status, 413);
        QCOMPARE(parseError(res).code(), v1::ERROR_TOO_LARGE);
    }

    void tooManyChangesIs413()
    {
        std::vector<v1::PushedChange> changes;
        const std::string h = newId();
        for (int i = 0; i < 5001; ++i)
            changes.push_back(m_amina->set("household", h, "notes", std::string("x"), h));
        int status = 0;
        m_amina->push(changes, &status);
        QCOMPARE(status, 413);
        // Nothing of it was applied.
        TestDevice reader(m_team.port(), m_amina->deviceId);
        reader.token = m_amina->token;
        QCOMPARE(countField(reader, h), 0);
    }

    void garbageIs400()
    {
        HttpResult res =
            httpPost(m_team.port(), "/v1/push", "\x0a\xff\xff\xff\xff\x0f garbage", m_amina->token);
        QCOMPARE(res.status, 400);
        QCOMPARE(parseError(res).code(), v1::ERROR_MALFORMED);
        QVERIFY(!parseError(res).reason().empty());
        res = httpPost(m_team.port(), "/v1/pull", "\xff\xff", m_amina->token);
        QCOMPARE(res.status, 400);
        // A cursor the server did not make.
        v1::PullRequest pull;
        pull.set_protocol_version(1);
        pull.set_device_id(m_amina->deviceId);
        pull.set_cursor("not a cursor");
        res = httpPost(m_team.port(), "/v1/pull", pull.SerializeAsString(), m_amina->token);
        QCOMPARE(res.status, 400);
        QCOMPARE(parseError(res).code(), v1::ERROR_MALFORMED);
    }

    void unsupportedVersionIs400()
    {
        auto request = m_amina->request({}, m_amina->nextBatch);
        request.set_protocol_version(2);
        HttpResult res = m_amina->pushRaw(request);
        QCOMPARE(res.status, 400);
        const v1::Error e = parseError(res);
        QCOMPARE(e.code(), v1::ERROR_UNSUPPORTED_VERSION);
        QCOMPARE(e.min_protocol_version(), 1u);
        QCOMPARE(e.max_protocol_version(), 1u);
        request.set_protocol_version(0);
        res = m_amina->pushRaw(request);
        QCOMPARE(parseError(res).code(), v1::ERROR_UNSUPPORTED_VERSION);
    }

    void tokensAreChecked()
    {
        const auto body = m_amina->request({}, 999).SerializeAsString();
        HttpResult res = httpPost(m_team.port(), "/v1/push", body);
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_UNAUTHENTICATED);
        res = httpPost(m_team.port(), "/v1/push", body, std::string(64, 'a'));
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_UNAUTHENTICATED);
        // Another device's id with this token.
        auto request = m_amina->request({}, 999);
        request.set_device_id(newId());
        res = m_amina->pushRaw(request);
        QCOMPARE(res.status, 400);
        QCOMPARE(parseError(res).code(), v1::ERROR_DEVICE_MISMATCH);
        // A revoked device.
        TestDevice lost(m_team.port());
        QVERIFY(lost.enrolOk("bram", kPassword));
        QCOMPARE(m_team.server().admin({"device", "revoke", QString::fromStdString(lost.deviceId)}), 0);
        res = lost.pushRaw(lost.request({}, 1));
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_DEVICE_REVOKED);
    }

    void hostileBytesNeverCrashTheServer()
    {
        std::mt19937 random(42);
        for (int i = 0; i < 200; ++i) {
            std::string body(static_cast<std::size_t>(random() % 300), '\0');
            for (auto &c : body)
                c = static_cast<char>(random());
            for (const char *path : {"/v1/push", "/v1/pull", "/v1/enrol"}) {
                const HttpResult res = httpPost(m_team.port(), path, body, m_amina->token);
                QVERIFY(res.status == 200 || res.status == 400 || res.status == 401);
            }
        }
        QCOMPARE(httpGet(m_team.port(), "/v1/health").status, 200);
    }

    void metricsText()
    {
        const HttpResult res = httpGet(m_team.port(), "/metrics");
        QCOMPARE(res.status, 200);
        const QString text = QString::fromStdString(res.body);
        QVERIFY(text.contains(R"(brugboek_requests_total{endpoint="push",status="200"})"));
        QVERIFY(text.contains(R"(brugboek_requests_total{endpoint="push",status="413"})"));
        QVERIFY(text.contains("brugboek_request_duration_seconds_bucket{endpoint=\"push\",le=\"+Inf\"}"));
        QVERIFY(text.contains("brugboek_push_batch_changes_count"));
        QVERIFY(text.contains("brugboek_errors_total{code=\"ERROR_UNAUTHENTICATED\"}"));
        QVERIFY(text.contains("brugboek_conflicts_total"));
        // No personal data: no values, no usernames.
        QVERIFY(!text.contains("amina"));
        QVERIFY(!text.contains("Gezin"));
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_server_protocol.moc"
