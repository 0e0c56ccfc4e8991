#pragma once

// The real brugboek-server as a child process on loopback, with a fresh
// store: an embedded SQLite file in a temporary folder, or a new PostgreSQL
// database when BRUGBOEK_TEST_BACKEND=postgres (testing::freshStore, which
// the server's own tests use too), and the admin commands the tests need.

#include "serverharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace brugboek::test {

class ServerProcess
{
public:
    // BRUGBOEK_SERVER_BINARY is set by the test's CMakeLists.
    ServerProcess()
        : m_setup(testing::freshStore(QDir(m_dir.path()).filePath(QStringLiteral("store"))))
    {
    }
    // Why this backend cannot run here (for BRUGBOEK_REQUIRE_STORE in initTestCase).
    [[nodiscard]] const testing::StoreSetup &setup() const { return m_setup; }
    ~ServerProcess() { stop(); }

    // Runs an admin command; returns its standard output, fails the test on error.
    QString admin(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(BRUGBOEK_SERVER_BINARY), storeArgs() + args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("brugboek-server %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
            return QStringLiteral("<failed>");
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // A team with the given workers (password "geheim-wachtwoord" each).
    void setUpTeam(const QStringList &workers, const QString &team = QStringLiteral("Brugfiguren Gent"))
    {
        admin({QStringLiteral("init"), QStringLiteral("--team"), team});
        for (const QString &w : workers)
            admin({QStringLiteral("user"), QStringLiteral("add"), w, QStringLiteral("--name"), w,
                   QStringLiteral("--role"), QStringLiteral("worker"), QStringLiteral("--team"), team,
                   QStringLiteral("--password"), password()});
    }
    static QString password() { return QStringLiteral("geheim-wachtwoord"); }

    // Port 0 picks a free one; a restart can ask for the port it had.
    bool start(int port = 0)
    {
        QFile::remove(portFile());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(BRUGBOEK_SERVER_BINARY),
                        storeArgs() +
                            QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:%1").arg(port),
                                         QStringLiteral("--port-file"), portFile()});
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20'000) {
            QFile f(portFile());
            if (f.open(QIODevice::ReadOnly)) {
                const int bound = f.readAll().trimmed().toInt();
                if (bound > 0) {
                    m_port = bound;
                    m_url = QStringLiteral("http://127.0.0.1:%1").arg(bound);
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(20);
        }
        return false;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL: no chance to tidy up
            m_process.waitForFinished(10'000);
        }
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000))
                kill();
        }
    }

    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] int port() const { return m_port; }
    // For a SIGKILL from another thread, in the middle of a request.
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    // The server's SQLite file, for tests that read the server's view
    // directly; empty on PostgreSQL.
    [[nodiscard]] QString sqliteFile() const
    {
        if (m_setup.storeArgs.size() != 2 || m_setup.storeArgs.first() != QLatin1String("--data"))
            return {};
        return QDir(m_setup.storeArgs.at(1)).filePath(QStringLiteral("server.db"));
    }

private:
    QStringList storeArgs() const { return m_setup.storeArgs; }
    QString portFile() const { return QDir(m_dir.path()).filePath(QStringLiteral("port")); }

    QTemporaryDir m_dir;
    testing::StoreSetup m_setup;
    QProcess m_process;
    QString m_url;
    int m_port = 0;
};

} // namespace brugboek::test
