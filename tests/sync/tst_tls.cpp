// HTTPS between CurlTransport and brugboek-server on loopback, with a CA
// made by the test (openssl command line, keys in a temporary folder, never
// committed): the right certificate works; another CA's, one for another
// host name, or a key that is not pinned is refused before the request
// reaches the server, as its metrics and audit log show.
#include "serverharness.h"

#include "sync/client/curltransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <httplib.h>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(' ')), p.readAll().constData());
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pki;
    TeamServer m_good; // certificate for 127.0.0.1 from CA A
    TeamServer m_otherHost; // certificate for another host name from CA A
    std::string m_pin; // sha256//... of the server key
    int m_successfulEnrols = 0;

    QString path(const char *name) const { return m_pki + "/" + name; }

    bool makeCa(const char *name)
    {
        return openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", QString(name) + ".key", "-out", QString(name) + ".pem", "-days", "2",
                        "-subj", QString("/CN=Brugboek test ") + name},
                       m_pki);
    }
    bool makeServerCert(const char *name, const char *ca, const QString &san)
    {
        const QString ext = QString(name) + ".ext";
        return writeFile(m_pki + "/" + ext, ("subjectAltName=" + san + "\n").toUtf8()) &&
            openssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                     QString(name) + ".key", "-out", QString(name) + ".csr", "-subj", "/CN=brugboek-server"},
                    m_pki) &&
            openssl({"x509", "-req", "-in", QString(name) + ".csr", "-CA", QString(ca) + ".pem", "-CAkey",
                     QString(ca) + ".key", "-CAcreateserial", "-out", QString(name) + ".pem", "-days", "2",
                     "-extfile", ext},
                    m_pki);
    }
    std::string pinOf(const char *keyName)
    {
        const QString der = QString(keyName) + ".pub.der";
        if (!openssl({"pkey", "-in", QString(keyName) + ".key", "-pubout", "-outform", "DER", "-out", der},
                     m_pki))
            return {};
        QFile f(m_pki + "/" + der);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return "sha256//" +
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toBase64().toStdString();
    }

    client::CurlTransport transport(int port, const char *caName, const std::string &pins = {})
    {
        client::CurlTransport::Options o;
        o.baseUrl = "https://127.0.0.1:" + std::to_string(port);
        o.caFile = (path(caName) + ".pem").toStdString();
        o.pinnedPublicKeys = pins;
        o.connectTimeoutMs = 10000;
        o.totalTimeoutMs = 30000;
        return client::CurlTransport(o);
    }
    std::string enrolBody(const std::string &deviceId)
    {
        v1::EnrolRequest r;
        r.set_protocol_version(v1::PROTOCOL_VERSION_1);
        r.set_username("amina");
        r.set_password(kPassword);
        r.set_device_id(deviceId);
        r.set_device_name("tablet");
        return r.SerializeAsString();
    }
    // Requests the server counted for /v1/enrol, read over HTTPS.
    int enrolRequestsSeen(TeamServer &team)
    {
        // The test's own reading of the counters, not what is under test: it
        // must also reach the server whose certificate names another host.
        httplib::SSLClient client("127.0.0.1", team.port());
        client.enable_server_certificate_verification(false);
        auto res = client.Get("/metrics");
        if (!res || res->status != 200)
            return -1;
        int total = 0;
        std::size_t at = 0;
        const std::string key = "brugboek_requests_total{endpoint=\"enrol\"";
        while ((at = res->body.find(key, at)) != std::string::npos) {
            const auto space = res->body.find("} ", at);
            total += std::stoi(res->body.substr(space + 2));
            at = space;
        }
        return total;
    }
    // The server's audit log has no line for this device.
    bool auditSilentAbout(TeamServer &team, const std::string &deviceId)
    {
        QThread::msleep(1200); // the audit writer appends every half second
        QByteArray out;
        return team.server().admin({"audit", "list", "--device", QString::fromStdString(deviceId)}, &out) ==
            0 &&
            out.trimmed().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = m_dir.path() + "/pki";
        for (const char *sub : {"/pki", "/good", "/other"})
            QVERIFY(QDir().mkpath(m_dir.path() + sub));
        QVERIFY(makeCa("caA"));
        QVERIFY(makeCa("caB"));
        QVERIFY(makeServerCert("server", "caA", "IP:127.0.0.1,DNS:localhost"));
        QVERIFY(makeServerCert("elsewhere", "caA", "DNS:sync.elders.example"));
        m_pin = pinOf("server");
        QVERIFY(m_pin.size() > 20);

        QString problem = m_good.setUp(m_dir.path() + "/good",
                                       {"--tls-cert", path("server.pem"), "--tls-key", path("server.key")});
        BRUGBOEK_REQUIRE_STORE(m_good.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem =
            m_otherHost.setUp(m_dir.path() + "/other",
                              {"--tls-cert", path("elsewhere.pem"), "--tls-key", path("elsewhere.key")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(enrolRequestsSeen(m_good), 0);
    }

    void theRightCertificateWorks()
    {
        const std::string device = newId();
        auto t = transport(m_good.port(), "caA");
        const auto res = t.post("/v1/enrol", enrolBody(device), {});
        QVERIFY2(res.transportError.empty(), res.transportError.c_str());
        QCOMPARE(res.status, 200);
        v1::EnrolReply reply;
        QVERIFY(reply.ParseFromString(res.body));
        QVERIFY(!reply.token().empty());
        ++m_successfulEnrols;
        // The same with the key pinned, next to a backup pin.
        const std::string backup = "sha256//" + std::string(43, 'A') + "=";
        auto pinned = transport(m_good.port(), "caA", backup + ";" + m_pin);
        const auto again = pinned.post("/v1/enrol", enrolBody(device), {});
        QVERIFY2(again.transportError.empty(), again.transportError.c_str());
        QCOMPARE(again.status, 200);
        ++m_successfulEnrols;
        // The server counts a request after it has written the reply (in
        // cpp-httplib's logger), so the count may lag the reply a moment.
        QTRY_COMPARE(enrolRequestsSeen(m_good), m_successfulEnrols);
    }

    void refusedBeforeTheRequestIsSent_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("pins");
        QTest::addColumn<QString>("why");
        const QString peer = QStringLiteral("SSL peer certificate");
        const QString wrongPins =
            QString("sha256//") + QString(43, 'B') + "=;sha256//" + QString(43, 'C') + "=";
        QTest::newRow("another CA") << QString("good") << QString("caB") << QString() << peer;
        QTest::newRow("another host name") << QString("other") << QString("caA") << QString() << peer;
        QTest::newRow("key not pinned")
            << QString("good") << QString("caA") << wrongPins << QString("pinned public key");
    }
    void refusedBeforeTheRequestIsSent()
    {
        QFETCH(QString, server);
        QFETCH(QString, ca);
        QFETCH(QString, pins);
        QFETCH(QString, why);
        TeamServer &team = server == "good" ? m_good : m_otherHost;
        const int before = enrolRequestsSeen(team);
        QVERIFY(before >= 0);
        const std::string device = newId();
        auto t = transport(team.port(), qPrintable(ca), pins.toStdString());
        const auto res = t.post("/v1/enrol", enrolBody(device), {});
        QCOMPARE(res.status, 0);
        QVERIFY2(res.transportError.find(why.toStdString()) != std::string::npos, res.transportError.c_str());
        QCOMPARE(res.bytesSent, std::size_t(0));
        // The server saw no request: neither its metrics nor its audit log
        // (which records every enrolment attempt, failed ones too).
        QCOMPARE(enrolRequestsSeen(team), before);
        QVERIFY(auditSilentAbout(team, device));
    }

    void pinsNeverGoOverPlainHttp()
    {
        client::CurlTransport::Options o;
        o.baseUrl = "http://127.0.0.1:" + std::to_string(m_good.port());
        o.pinnedPublicKeys = m_pin;
        client::CurlTransport t(o);
        const auto res = t.post("/v1/enrol", enrolBody(newId()), {});
        QCOMPARE(res.status, 0);
        QVERIFY(res.transportError.find("https://") != std::string::npos);
        QCOMPARE(res.bytesSent, std::size_t(0));
    }

    void plainHttpIsNotServed()
    {
        const int before = enrolRequestsSeen(m_good);
        const HttpResult res = httpPost(m_good.port(), "/v1/enrol", enrolBody(newId()));
        QVERIFY(res.status != 200);
        QCOMPARE(enrolRequestsSeen(m_good), before);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
