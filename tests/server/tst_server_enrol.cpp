// Enrolment, tokens, revocation, rate limiting and the admin command line.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace brugboek;
using namespace brugboek::testing;

class TestServerEnrol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void enrolReturnsATokenAndTheUser()
    {
        TestDevice d(m_team.port());
        const HttpResult res = d.enrol("amina", kPassword, "Tablet Amina");
        QCOMPARE(res.status, 200);
        v1::EnrolReply reply;
        QVERIFY(reply.ParseFromString(res.body));
        QCOMPARE(reply.token().size(), std::size_t(64));
        QCOMPARE(reply.display_name(), std::string("Amina"));
        QCOMPARE(reply.role(), std::string("worker"));
        QCOMPARE(reply.team_name(), std::string("Noord"));
        QVERIFY(!reply.user_id().empty());
        int status = 0;
        d.pullPage(100, &status);
        QCOMPARE(status, 200);

        QByteArray out;
        QCOMPARE(m_team.server().admin({"device", "list", "--user", "amina"}, &out), 0);
        QVERIFY(out.contains(QByteArray::fromStdString(d.deviceId)));
        QVERIFY(out.contains("Tablet Amina"));
        // Only a hash of the token is stored: it is in no listing.
        QVERIFY(!out.contains(QByteArray::fromStdString(reply.token())));
    }

    void wrongPasswordIs401()
    {
        TestDevice d(m_team.port());
        HttpResult res = d.enrol("bram", "not the password");
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_BAD_CREDENTIALS);
        res = d.enrol("nobody", kPassword);
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_BAD_CREDENTIALS);
        // The reason names neither the user nor the password.
        QVERIFY(parseError(res).reason().find("nobody") == std::string::npos);
    }

    void reEnrolmentReplacesTheToken()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("bram", kPassword));
        const std::string old = d.token;
        QVERIFY(d.enrolOk("bram", kPassword));
        QVERIFY(d.token != old);
        int status = 0;
        d.pullPage(10, &status);
        QCOMPARE(status, 200);
        d.token = old;
        const HttpResult res = httpPost(m_team.port(), "/v1/pull", std::string(), old);
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_UNAUTHENTICATED);
    }

    void revokedDeviceIs401Revoked()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("bram", kPassword));
        QCOMPARE(m_team.server().admin({"device", "revoke", QString::fromStdString(d.deviceId)}), 0);
        int status = 0;
        const HttpResult res = d.pushRaw(d.request({}, 1));
        QCOMPARE(res.status, 401);
        const v1::Error e = parseError(res);
        QCOMPARE(e.code(), v1::ERROR_DEVICE_REVOKED);
        QVERIFY(e.reason().find("revoked") != std::string::npos);
        d.pullPage(10, &status);
        QCOMPARE(status, 401);
        QCOMPARE(m_team.server().admin({"device", "revoke", "no-such-device"}), 1);
    }

    void disablingAUserRevokesTheirDevices()
    {
        QCOMPARE(m_team.server().admin({"user", "add", "dirk", "--name", "Dirk", "--role", "worker", "--team",
                                        "Noord", "--password-stdin"},
                                       nullptr, QByteArray::fromStdString(kPassword + "\n")),
                 0);
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("dirk", kPassword));
        const std::string dirkId = d.userId;
        QCOMPARE(m_team.server().admin({"user", "disable", "dirk"}), 0);
        int status = 0;
        d.pullPage(10, &status);
        QCOMPARE(status, 401);
        const HttpResult res = d.enrol("dirk", kPassword);
        QCOMPARE(res.status, 403);
        QCOMPARE(parseError(res).code(), v1::ERROR_USER_DISABLED);
        // Colleagues see dirk as no longer active.
        TestDevice amina(m_team.port());
        QVERIFY(amina.enrolOk("amina", kPassword));
        Replica r;
        r.apply(amina.pullAll());
        QVERIFY(r.has(dirkId));
        QByteArray out;
        QCOMPARE(m_team.server().admin({"user", "list"}, &out), 0);
        QVERIFY(out.contains("dirk"));
        QVERIFY(out.contains("disabled"));
    }

    void badEnrolRequests()
    {
        HttpResult res = httpPost(m_team.port(), "/v1/enrol", "\xff\xff\xff garbage");
        QCOMPARE(res.status, 400);
        QCOMPARE(parseError(res).code(), v1::ERROR_MALFORMED);
        v1::EnrolRequest r;
        r.set_protocol_version(7);
        r.set_username("amina");
        r.set_password(kPassword);
        r.set_device_id(newId());
        res = httpPost(m_team.port(), "/v1/enrol", r.SerializeAsString());
        QCOMPARE(res.status, 400);
        QCOMPARE(parseError(res).code(), v1::ERROR_UNSUPPORTED_VERSION);
        QCOMPARE(parseError(res).max_protocol_version(), 1u);
        r.set_protocol_version(1);
        r.set_device_id("");
        res = httpPost(m_team.port(), "/v1/enrol", r.SerializeAsString());
        QCOMPARE(res.status, 400);
    }

    void commandLineErrors()
    {
        QByteArray out;
        QCOMPARE(ServerProcess::run({"user", "list"}, &out), 2); // no store
        QVERIFY(out.contains("--data"));
        QCOMPARE(m_team.server().admin({"frobnicate"}, &out), 2);
        QCOMPARE(m_team.server().admin({"user", "add", "x", "--role", "worker"}, &out), 2);
        QCOMPARE(m_team.server().admin({"user", "add", "x", "--name", "X", "--role", "boss", "--team",
                                        "Noord", "--password", "long enough"},
                                       &out),
                 2);
        QCOMPARE(m_team.server().admin({"user", "add", "amina", "--name", "X", "--role", "worker", "--team",
                                        "Noord", "--password", "long enough"},
                                       &out),
                 1);
        QVERIFY(out.contains("exists already"));
        QCOMPARE(m_team.server().admin({"user", "add", "y", "--name", "Y", "--role", "worker", "--team",
                                        "Nergens", "--password", "long enough"},
                                       &out),
                 1);
        QCOMPARE(m_team.server().admin({"team", "add", "Noord"}, &out), 1);
        QCOMPARE(m_team.server().admin({"serve", "--listen", "nowhere"}, &out), 2);
        QCOMPARE(m_team.server().admin({"team", "list"}, &out), 0);
        QVERIFY(out.contains("Noord"));
        QVERIFY(out.contains("Zuid"));
    }

    // Last: it blocks further failed attempts from this address.
    void tooManyFailuresAre429()
    {
        TestDevice d(m_team.port());
        // Earlier tests failed twice from this address; fail up to the limit.
        int failures = 0;
        HttpResult res;
        for (int i = 0; i < 6; ++i) {
            res = d.enrol("zeno", "wrong");
            if (res.status == 429)
                break;
            QCOMPARE(res.status, 401);
            ++failures;
        }
        QCOMPARE(res.status, 429);
        QVERIFY(failures <= 5);
        QCOMPARE(parseError(res).code(), v1::ERROR_RATE_LIMITED);
        QVERIFY(!res.retryAfter.empty());
        QVERIFY(std::stoi(res.retryAfter) > 0);
        QVERIFY(parseError(res).retry_after_s() > 0);
        // Even the right password waits now.
        res = d.enrol("zeno", kPassword);
        QCOMPARE(res.status, 429);
    }

    void serverStopsCleanlyOnSigterm() { QCOMPARE(m_team.server().terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestServerEnrol)
#include "tst_server_enrol.moc"
