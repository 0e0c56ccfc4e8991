#pragma once

// The real brugboek-server as a child process on loopback, with an embedded
// SQLite store in a temporary folder (or a PostgreSQL database), and the
// admin commands the tests need.

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
    explicit ServerProcess(QString postgresUrl = {})
        : m_postgres(std::move(postgresUrl))
    {
    }
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

    bool start()
    {
        QFile::remove(portFile());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(BRUGBOEK_SERVER_BINARY),
                        storeArgs() +
                            QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                                         portFile()});
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20'000) {
            QFile f(portFile());
            if (f.open(QIODevice::ReadOnly)) {
                const int port = f.readAll().trimmed().toInt();
                if (port > 0) {
                    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
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
    // For a SIGKILL from another thread, in the middle of a request.
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }

private:
    QStringList storeArgs() const
    {
        if (!m_postgres.isEmpty())
            return {QStringLiteral("--postgres"), m_postgres};
        return {QStringLiteral("--data"), m_dir.path()};
    }
    QString portFile() const { return QDir(m_dir.path()).filePath(QStringLiteral("port")); }

    QString m_postgres;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

} // namespace brugboek::test
