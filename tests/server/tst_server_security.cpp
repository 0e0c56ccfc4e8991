// Data protection on the server: team policy, consent-gated sharing, what a
// worker without access and a coordinator receive, revocation, the audit
// log, retention, rate and size limits.
#include "serverharness.h"

#include "sync/core/entities.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

bool purgesHousehold(const std::vector<v1::FieldChange> &changes, const std::string &household)
{
    for (const auto &c : changes) {
        if (c.op() == v1::FieldChange::OP_DELETE && c.entity() == "household" && c.record_id() == household)
            return true;
    }
    return false;
}

bool mentions(const std::vector<v1::FieldChange> &changes, const std::string &id)
{
    for (const auto &c : changes) {
        if (c.record_id() == id || c.scope() == id || c.value().text() == id)
            return true;
    }
    return false;
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina, m_bram, m_cora;

    QByteArray admin(const QStringList &args, int *code = nullptr)
    {
        QByteArray out;
        const int rc = m_team.server().admin(args, &out);
        if (code)
            *code = rc;
        return out;
    }
    // Waits until `audit list` (with `args`) has a line holding every one of
    // `parts`: pulls and failed logins reach the log within a second.
    bool auditHas(const QStringList &parts, const QStringList &args = {})
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const QByteArray out = admin(QStringList {"audit", "list"} + args);
            for (const QByteArray &line : out.split('\n')) {
                bool all = !line.isEmpty();
                for (const QString &p : parts)
                    all = all && line.contains(p.toUtf8());
                if (all)
                    return true;
            }
            QThread::msleep(200);
        }
        return false;
    }
    std::string newHousehold(TestDevice &owner, const std::string &name = "Gezin")
    {
        const std::string id = newId();
        const auto reply = owner.push({owner.set("household", id, "display_name", name, id),
                                       owner.set("household", id, "notes", text("vertrouwelijk"), id)});
        if (reply.accepted() != 2)
            qWarning("household push: %u accepted", reply.accepted());
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_amina = std::make_unique<TestDevice>(m_team.port());
        m_bram = std::make_unique<TestDevice>(m_team.port());
        m_cora = std::make_unique<TestDevice>(m_team.port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
        QVERIFY(m_bram->enrolOk("bram", kPassword));
        QVERIFY(m_cora->enrolOk("cora", kPassword));
    }

    void teamPolicyReachesEnrolmentAndPages()
    {
        int code = 0;
        QByteArray out = admin({"team", "set", "Noord", "--lease-lock-days", "7", "--lease-wipe-days", "30",
                                "--retention-days", "365"},
                               &code);
        QCOMPARE(code, 0);
        out = admin({"team", "list"});
        QVERIFY2(out.contains("Noord\tlease-lock-days 7\tlease-wipe-days 30\tretention-days 365"),
                 out.constData());
        QVERIFY2(out.contains("Zuid\tlease-lock-days 0\tlease-wipe-days 0\tretention-days 0"),
                 out.constData());
        // Only what is given changes.
        QCOMPARE(admin({"team", "set", "Noord", "--lease-lock-days", "5"}, &code).isEmpty(), false);
        QCOMPARE(code, 0);

        TestDevice d(m_team.port());
        const HttpResult res = d.enrol("bram", kPassword);
        QCOMPARE(res.status, 200);
        v1::EnrolReply reply;
        QVERIFY(reply.ParseFromString(res.body));
        QCOMPARE(reply.policy().lease_lock_days(), 5u);
        QCOMPARE(reply.policy().lease_wipe_days(), 30u);
        QCOMPARE(reply.policy().retention_days(), 365u);
        int status = 0;
        const auto page = d.pullPage(1000, &status);
        QCOMPARE(status, 200);
        QCOMPARE(page.policy().lease_lock_days(), 5u);
        QCOMPARE(page.policy().retention_days(), 365u);
        // Another team's devices get their own (unset) policy.
        TestDevice z(m_team.port());
        QVERIFY(z.enrolOk("zeno", kPassword));
        QCOMPARE(z.pullPage(1000, &status).policy().lease_lock_days(), 0u);

        // Bad input: a clear error, nothing changed.
        admin({"team", "set", "Noord", "--lease-lock-days", "40"}, &code);
        QCOMPARE(code, 1); // wipe (30) must come after lock
        admin({"team", "set", "Noord", "--retention-days", "-3"}, &code);
        QCOMPARE(code, 2);
        admin({"team", "set", "Nergens", "--retention-days", "3"}, &code);
        QCOMPARE(code, 1);
        admin({"team", "set", "Noord"}, &code);
        QCOMPARE(code, 2);
        QVERIFY(admin({"team", "list"}).contains("Noord\tlease-lock-days 5\tlease-wipe-days 30"));
        QVERIFY(auditHas({"admin:team set", "lease-lock-days 5"}));
    }

    void shareNeedsALiveConsentNamingTheColleague()
    {
        const std::string h = newHousehold(*m_amina);
        // No consent at all: every field of the share is refused, with a reason.
        std::string share = newId();
        auto reply = m_amina->push({m_amina->set("household_share", share, "household_id", h, h),
                                    m_amina->set("household_share", share, "user_id", m_bram->userId, h)});
        QCOMPARE(reply.accepted(), 0u);
        QCOMPARE(reply.rejected_size(), 2);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_CONSENT_REQUIRED);
        QVERIFY(reply.rejected(0).reason().find("consent") != std::string::npos);

        // A consent for another colleague does not cover bram.
        std::string consent;
        auto changes = m_amina->shareWith(h, m_bram->userId, share = newId(), &consent);
        changes[2] = m_amina->set("consent", consent, "colleague_id", m_cora->userId, h);
        reply = m_amina->push(changes);
        QCOMPARE(reply.accepted(), 4u);
        QCOMPARE(reply.rejected_size(), 3);
        QCOMPARE(reply.rejected(2).code(), v1::ERROR_CONSENT_REQUIRED);

        // A withdrawn consent does not either.
        changes = m_amina->shareWith(h, m_bram->userId, share = newId(), &consent);
        changes.insert(changes.begin() + 4,
                       m_amina->set("consent", consent, "withdrawn_on", text("2026-11-10"), h));
        reply = m_amina->push(changes);
        QCOMPARE(reply.accepted(), 5u);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_CONSENT_REQUIRED);
        QVERIFY(reply.rejected(0).reason().find("withdrawn") != std::string::npos);

        // Nor a consent of another household.
        const std::string other = newHousehold(*m_amina);
        std::string otherConsent;
        reply = m_amina->push(m_amina->shareWith(other, m_bram->userId, newId(), &otherConsent));
        QCOMPARE(reply.accepted(), kShareChanges);
        share = newId();
        reply = m_amina->push({m_amina->set("household_share", share, "household_id", h, h),
                               m_amina->set("household_share", share, "user_id", m_bram->userId, h),
                               m_amina->set("household_share", share, "consent_id", otherConsent, h)});
        QCOMPARE(reply.accepted(), 0u);

        // Through all that bram received nothing of h.
        Replica bram;
        const auto received = m_bram->pullAll();
        bram.apply(received);
        QVERIFY(!mentions(received, h));
        QVERIFY(bram.has(other));

        // With a consent that covers him, he gets it.
        std::string good;
        share = newId();
        reply = m_amina->push(m_amina->shareWith(h, m_bram->userId, share, &good));
        QCOMPARE(reply.accepted(), kShareChanges);
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(h, "notes"), std::string("vertrouwelijk"));
        QVERIFY(auditHas({"\tshare\t", QString::fromStdString(share), QString::fromStdString(h)}));

        // Withdrawing the consent takes it from bram's devices.
        reply = m_amina->push({m_amina->set("consent", good, "withdrawn_on", text("2026-11-20"), h)});
        QCOMPARE(reply.accepted(), 1u);
        auto changesForBram = m_bram->pullAll();
        QVERIFY(purgesHousehold(changesForBram, h));
        bram.apply(changesForBram);
        QVERIFY(!bram.has(h));
        reply = m_bram->push({m_bram->set("household", h, "notes", text("x"), h)});
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);
        QVERIFY(auditHas({"\tunshare\t", QString::fromStdString(share)}));

        // Purging the consent of a live share does the same.
        std::string consent2;
        reply = m_amina->push(m_amina->shareWith(h, m_bram->userId, newId(), &consent2));
        QCOMPARE(reply.accepted(), kShareChanges);
        bram.apply(m_bram->pullAll());
        QVERIFY(bram.has(h));
        QCOMPARE(m_amina->push({m_amina->purge("consent", consent2, h)}).accepted(), 1u);
        changesForBram = m_bram->pullAll();
        QVERIFY(purgesHousehold(changesForBram, h));
        bram.apply(changesForBram);
        QVERIFY(!bram.has(h));
    }

    void aWorkerWithoutAccessGetsNothing()
    {
        // amina's household, with people, contacts, a referral and a consent
        // for a colleague from another team: bram has no share.
        const std::string h = newHousehold(*m_amina, "Gezin Geheim");
        const std::string person = newId(), encounter = newId(), referral = newId();
        auto reply =
            m_amina->push({m_amina->set("person", person, "household_id", h, h),
                           m_amina->set("person", person, "given_name", text("Yasmina"), h),
                           m_amina->set("encounter", encounter, "household_id", h, h),
                           m_amina->set("encounter", encounter, "note", text("schulden"), h),
                           m_amina->set("referral", referral, "household_id", h, h),
                           m_amina->set("referral", referral, "need", text("budgetbegeleiding"), h)});
        QCOMPARE(reply.accepted(), 6u);
        // A share with a worker of another team is refused a grant.
        TestDevice zeno(m_team.port());
        QVERIFY(zeno.enrolOk("zeno", kPassword));
        m_amina->push(m_amina->shareWith(h, zeno.userId, newId()));

        // The sync stream: bram's device and a fresh one of his.
        TestDevice fresh(m_team.port());
        QVERIFY(fresh.enrolOk("bram", kPassword));
        for (TestDevice *d : {m_bram.get(), &fresh}) {
            const auto changes = d->pullAll();
            for (const auto &id : {h, person, encounter, referral})
                QVERIFY2(!mentions(changes, id), id.c_str());
            for (const auto &c : changes)
                QVERIFY(c.value().text().find("Geheim") == std::string::npos);
        }
        // HTTP: a cursor from the start with a big page, raw bytes searched.
        v1::PullRequest r;
        r.set_protocol_version(v1::PROTOCOL_VERSION_1);
        r.set_device_id(m_bram->deviceId);
        r.set_limit(5000);
        const HttpResult raw = httpPost(m_team.port(), "/v1/pull", r.SerializeAsString(), m_bram->token);
        QCOMPARE(raw.status, 200);
        for (const auto &needle : {h, person, encounter, referral, text("Geheim"), text("Yasmina")})
            QVERIFY2(raw.body.find(needle) == std::string::npos, needle.c_str());
        // Zeno (other team) neither.
        QVERIFY(!mentions(zeno.pullAll(), h));
        // Writing into it is refused too.
        reply = m_bram->push({m_bram->set("person", person, "given_name", text("x"), h)});
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);
    }

    void aCoordinatorReceivesNoPersonalRecords()
    {
        // By now the store holds households, people, encounters, referrals,
        // consents and shares of several workers.
        TestDevice cora(m_team.port());
        QVERIFY(cora.enrolOk("cora", kPassword));
        const auto changes = cora.pullAll(50);
        QVERIFY(!changes.empty());
        for (const auto &c : changes) {
            const auto *def = sync::findEntity(c.entity());
            QVERIFY(def);
            QVERIFY2(def->scope == sync::Scope::Team, c.entity().c_str());
            QVERIFY(c.value().text().find("vertrouwelijk") == std::string::npos);
        }
        v1::PullRequest r;
        r.set_protocol_version(v1::PROTOCOL_VERSION_1);
        r.set_device_id(cora.deviceId);
        r.set_limit(5000);
        const HttpResult raw = httpPost(m_team.port(), "/v1/pull", r.SerializeAsString(), cora.token);
        QCOMPARE(raw.status, 200);
        QVERIFY(raw.body.find("vertrouwelijk") == std::string::npos);
        QVERIFY(raw.body.find("Yasmina") == std::string::npos);
    }

    void revocation()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("bram", kPassword));
        QCOMPARE(m_team.server().admin({"device", "revoke", QString::fromStdString(d.deviceId)}), 0);
        int status = 0;
        d.pullPage(10, &status);
        QCOMPARE(status, 401);
        HttpResult res = d.pushRaw(d.request({}, 1));
        QCOMPARE(res.status, 401);
        QCOMPARE(parseError(res).code(), v1::ERROR_DEVICE_REVOKED);
        QVERIFY(auditHas({"\trevoked_request\t", "pull"}, {"--device", QString::fromStdString(d.deviceId)}));
        QVERIFY(auditHas({"admin:device revoke", QString::fromStdString(d.deviceId)}));

        // Disabling a user revokes every device of theirs; enrolling again is refused.
        QCOMPARE(m_team.server().admin({"user", "add", "eva", "--name", "Eva", "--role", "worker", "--team",
                                        "Noord", "--password", QString::fromStdString(kPassword)}),
                 0);
        TestDevice tablet(m_team.port()), phone(m_team.port());
        QVERIFY(tablet.enrolOk("eva", kPassword));
        QVERIFY(phone.enrolOk("eva", kPassword));
        QCOMPARE(m_team.server().admin({"user", "disable", "eva"}), 0);
        for (TestDevice *dev : {&tablet, &phone}) {
            res = httpPost(m_team.port(), "/v1/pull", std::string(), dev->token);
            QCOMPARE(res.status, 401);
            QCOMPARE(parseError(res).code(), v1::ERROR_DEVICE_REVOKED);
        }
        res = tablet.enrol("eva", kPassword);
        QCOMPARE(res.status, 403);
        QCOMPARE(parseError(res).code(), v1::ERROR_USER_DISABLED);
        const QByteArray devices = admin({"device", "list", "--user", "eva"});
        QCOMPARE(devices.count("revoked "), 2);
        QVERIFY(auditHas({"\tenrol_failed\t", "user disabled"}, {"--user", "eva"}));
    }

    void auditLog()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        const std::string h = newHousehold(d);
        int status = 0;
        d.pullPage(1000, &status);
        QCOMPARE(status, 200);
        const QString dev = QString::fromStdString(d.deviceId);
        QVERIFY(auditHas({"amina", dev, "\tenrol\t"}));
        QVERIFY(auditHas({"amina", dev, "\tpush\t", QString::fromStdString(h), "2 accepted"}));
        QVERIFY(auditHas({"amina", dev, "\tpull\t", QString::fromStdString(h)}));

        // Failed authentication, without what was tried.
        const std::string badToken = "0123456789abcdef-token-marker";
        httpPost(m_team.port(), "/v1/pull", std::string(), badToken);
        TestDevice stranger(m_team.port());
        const std::string badPassword = "password-marker-42";
        QCOMPARE(stranger.enrol("amina", badPassword).status, 401);
        QCOMPARE(stranger.enrol("nobody-marker", badPassword).status, 401);
        QVERIFY(auditHas({"\tauth_failed\t", "unknown token"}));
        QVERIFY(auditHas({"amina", "\tenrol_failed\t", "wrong password"}));
        QVERIFY(auditHas({"\tenrol_failed\t", "unknown username"}));
        const QByteArray all = admin({"audit", "list", "--limit", "100000"});
        QVERIFY(!all.contains("marker"));
        QVERIFY(!all.contains("vertrouwelijk"));
        QVERIFY(!all.contains(QByteArray::fromStdString(kPassword)));

        // Filters.
        const QByteArray mine = admin({"audit", "list", "--device", dev});
        QVERIFY(!mine.isEmpty());
        for (const QByteArray &line : mine.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.contains(dev.toUtf8()), line.constData());
        }
        const QByteArray bram = admin({"audit", "list", "--user", "bram"});
        for (const QByteArray &line : bram.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.split('\t').value(1) == "bram", line.constData());
        }
        QVERIFY(admin({"audit", "list", "--since", "2999-01-01"}).isEmpty());
        QVERIFY(!admin({"audit", "list", "--since", "2020-01-01T00:00:00Z"}).isEmpty());
        int code = 0;
        admin({"audit", "list", "--since", "gisteren"}, &code);
        QCOMPARE(code, 2);
        admin({"audit", "list", "--user", "niemand"}, &code);
        QCOMPARE(code, 1);

        // Append-only, also for someone going around the server.
        const std::string before = queryStore(m_team.store(), "SELECT count(*) FROM audit_log");
        QVERIFY(std::stoll(before) > 10);
        std::string error;
        QVERIFY(!runStoreSql(m_team.store(), "DELETE FROM audit_log", &error));
        QVERIFY2(error.find("append-only") != std::string::npos, error.c_str());
        QVERIFY(!runStoreSql(m_team.store(), "UPDATE audit_log SET action = 'x'", &error));
        QVERIFY2(error.find("append-only") != std::string::npos, error.c_str());
        if (m_team.store().backend == QLatin1String("postgres")) {
            QVERIFY(!runStoreSql(m_team.store(), "TRUNCATE audit_log", &error));
            QVERIFY2(error.find("append-only") != std::string::npos, error.c_str());
        }
        QVERIFY(std::stoll(queryStore(m_team.store(), "SELECT count(*) FROM audit_log")) >=
                std::stoll(before));
        QCOMPARE(queryStore(m_team.store(), "SELECT count(*) FROM audit_log WHERE action = 'x'"),
                 std::string("0"));
    }

    void retentionPurgesClosedHouseholdsEverywhere()
    {
        int code = 0;
        admin({"team", "set", "Noord", "--retention-days", "30"}, &code);
        QCOMPARE(code, 0);
        auto closed = [&](const std::string &on) {
            const std::string id = newHousehold(*m_amina, "Gezin Oud");
            const std::string person = newId();
            const auto reply = m_amina->push({m_amina->set("household", id, "status", text("closed"), id),
                                              m_amina->set("household", id, "closed_on", on, id),
                                              m_amina->set("person", person, "household_id", id, id)});
            if (reply.accepted() != 3)
                qWarning("closing: %u accepted", reply.accepted());
            return std::make_pair(id, person);
        };
        const auto [old, oldPerson] = closed("2026-09-01");
        const auto [recent, recentPerson] = closed("2026-11-01");
        const std::string open = newHousehold(*m_amina);
        m_amina->push({m_amina->set("household", open, "closed_on", text("2020-01-01"), open)});
        QCOMPARE(m_amina->push(m_amina->shareWith(old, m_bram->userId, newId())).accepted(), kShareChanges);
        Replica amina, bram;
        amina.apply(m_amina->pullAll());
        bram.apply(m_bram->pullAll());
        QVERIFY(amina.has(oldPerson));
        QVERIFY(bram.has(oldPerson));

        const QByteArray out = admin({"retention", "run", "--today", "2026-11-23"}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("1 closed households purged"), out.constData());
        const auto forAmina = m_amina->pullAll();
        const auto forBram = m_bram->pullAll();
        QVERIFY(purgesHousehold(forAmina, old));
        QVERIFY(purgesHousehold(forBram, old));
        amina.apply(forAmina);
        bram.apply(forBram);
        QVERIFY(!amina.has(old));
        QVERIFY(!amina.has(oldPerson));
        QVERIFY(!bram.has(old));
        QVERIFY(!bram.has(oldPerson));
        QVERIFY(amina.has(recent));
        QVERIFY(amina.has(recentPerson));
        QVERIFY(amina.has(open));
        // Nothing of it is left on the server but tombstones, and it does not come back.
        QCOMPARE(queryStore(m_team.store(),
                            "SELECT count(*) FROM field_state WHERE scope = '" + old + "' AND op = 0"),
                 std::string("0"));
        const auto reply =
            m_amina->push({m_amina->set("person", oldPerson, "given_name", text("terug"), old)});
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_RECORD_PURGED);
        QVERIFY(auditHas({"\tretention\t", QString::fromStdString(old)}));
        // Running it again purges nothing more; a bad date is a clear error.
        QVERIFY(admin({"retention", "run", "--today", "2026-11-23"}).contains("0 closed households purged"));
        admin({"retention", "run", "--today", "morgen"}, &code);
        QCOMPARE(code, 2);
        // The recent one goes once its time has come.
        QVERIFY(admin({"retention", "run", "--today", "2026-12-05"}).contains("1 closed households purged"));
        QVERIFY(purgesHousehold(m_amina->pullAll(), recent));
    }

    void oversizedPushesAreRefusedClearly()
    {
        // The defaults: 5,000 changes, 8 MiB (tst_server_protocol); here smaller ones by flag.
        QTemporaryDir dir;
        TeamServer small;
        QCOMPARE(small.setUp(dir.path(), {"--max-push-changes", "10", "--max-body-bytes", "4096"}),
                 QString());
        TestDevice d(small.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        const std::string h = newId();
        std::vector<v1::PushedChange> changes;
        for (int i = 0; i < 11; ++i)
            changes.push_back(d.set("household", h, "notes", text("n"), h));
        HttpResult res = d.pushRaw(d.request(changes, 1));
        QCOMPARE(res.status, 413);
        QCOMPARE(parseError(res).code(), v1::ERROR_TOO_LARGE);
        QVERIFY(parseError(res).reason().find("at most 10 changes") != std::string::npos);
        changes = {d.set("household", h, "notes", std::string(5000, 'x'), h)};
        res = d.pushRaw(d.request(changes, 1));
        QCOMPARE(res.status, 413);
        QVERIFY(parseError(res).reason().find("4096 bytes") != std::string::npos);
        // Nothing of either was applied; a batch within the limits is.
        changes.resize(0);
        changes.push_back(d.set("household", h, "display_name", text("Gezin"), h));
        QCOMPARE(d.push(changes, nullptr, 1).accepted(), 1u);
        // Bad values are refused before anything starts.
        QByteArray out;
        QCOMPARE(small.server().admin({"serve", "--max-push-changes", "0"}, &out), 2);
        QCOMPARE(small.server().admin({"serve", "--max-body-bytes", "12x"}, &out), 2);
    }

    void rateLimitPerDevice()
    {
        QTemporaryDir dir;
        TeamServer limited;
        // One token per 1,000 s after a burst of 3: deterministic on a slow machine.
        QCOMPARE(limited.setUp(dir.path(), {"--device-rate", "0.001", "--device-burst", "3"}), QString());
        TestDevice a(limited.port()), b(limited.port());
        QVERIFY(a.enrolOk("amina", kPassword));
        QVERIFY(b.enrolOk("amina", kPassword));
        int status = 0;
        for (int i = 0; i < 3; ++i) {
            a.pullPage(10, &status);
            QCOMPARE(status, 200);
        }
        v1::PullRequest r;
        r.set_protocol_version(v1::PROTOCOL_VERSION_1);
        r.set_device_id(a.deviceId);
        HttpResult res = httpPost(limited.port(), "/v1/pull", r.SerializeAsString(), a.token);
        QCOMPARE(res.status, 429);
        QCOMPARE(parseError(res).code(), v1::ERROR_RATE_LIMITED);
        QVERIFY(std::stoi(res.retryAfter) > 0);
        QCOMPARE(parseError(res).retry_after_s(), static_cast<std::uint32_t>(std::stoi(res.retryAfter)));
        // Push shares the bucket; another device of the same user has its own.
        res = a.pushRaw(a.request({}, 1));
        QCOMPARE(res.status, 429);
        b.pullPage(10, &status);
        QCOMPARE(status, 200);
        QByteArray out;
        QCOMPARE(
            limited.server().admin({"audit", "list", "--device", QString::fromStdString(a.deviceId)}, &out),
            0);
        QElapsedTimer t;
        t.start();
        while (!out.contains("rate_limited") && t.elapsed() < 20000) {
            QThread::msleep(200);
            limited.server().admin({"audit", "list", "--device", QString::fromStdString(a.deviceId)}, &out);
        }
        QVERIFY(out.contains("rate_limited"));
        // Flags with bad values are refused.
        QCOMPARE(limited.server().admin({"serve", "--device-rate", "snel"}, &out), 2);
        QCOMPARE(limited.server().admin({"serve", "--tls-cert", "x.pem"}, &out), 2);
    }

    // A store from before the consent rule: access a share gave without a
    // consent is withdrawn when the new server first starts on it.
    void sharesFromBeforeTheConsentRuleAreDecidedAgain()
    {
        const std::string h = newHousehold(*m_amina, "Gezin Vroeger");
        std::string error;
        // Every writer of household_access raises the user's access version
        // with it (the answers the running server keeps depend on it).
        QVERIFY2(
            runStoreSql(m_team.store(),
                        "BEGIN; INSERT INTO household_access (household_id, user_id, share_id) VALUES ('" +
                            h + "', '" + m_bram->userId +
                            "', 'share-of-before');"
                            " INSERT INTO access_version (user_id, version) VALUES ('" +
                            m_bram->userId +
                            "', 1) ON CONFLICT (user_id) DO UPDATE SET version = access_version.version + 1;"
                            " COMMIT;",
                        &error),
            error.c_str());
        QCOMPARE(m_amina->push({m_amina->set("household", h, "reach_note", text("na 16u"), h)}).accepted(),
                 1u);
        Replica bram;
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(h, "reach_note"), std::string("na 16u"));

        QVERIFY(runStoreSql(m_team.store(), "UPDATE server_state SET value = 1 WHERE key = 'schema_version'",
                            &error));
        QCOMPARE(m_team.server().terminate(), 0);
        QVERIFY(m_team.server().start());
        for (TestDevice *d : {m_amina.get(), m_bram.get()})
            d->port = m_team.port();
        const auto changes = m_bram->pullAll();
        QVERIFY(purgesHousehold(changes, h));
        bram.apply(changes);
        QVERIFY(!bram.has(h));
        // Version 2 (this step), then 3 and 4 (tst_server_schema).
        QCOMPARE(queryStore(m_team.store(), "SELECT value FROM server_state WHERE key = 'schema_version'"),
                 std::string("4"));
    }

    // Last: everything the server printed while serving this suite (stdout
    // and stderr) holds none of the names, notes, passwords or tokens it saw.
    void serverLogsHoldNothingPersonal()
    {
        // A few failures that make the server write to its log.
        httpPost(m_team.port(), "/v1/push", "Yasmina-garbage", m_amina->token);
        httpPost(m_team.port(), "/v1/pull", "vertrouwelijk", "token-marker");
        QCOMPARE(m_team.server().terminate(), 0);
        const QString log = m_team.server().output();
        QVERIFY(log.contains("serving http://127.0.0.1:"));
        for (const char *secret :
             {"vertrouwelijk", "Yasmina", "Geheim", "schulden", "budgetbegeleiding", "marker", "wachtwoord"})
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
        QVERIFY(!log.contains(QString::fromStdString(m_amina->token)));
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
