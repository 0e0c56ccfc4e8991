// A writer killed with SIGKILL at a random moment, again and again against
// one store: after each kill the store opens, is intact, holds every write
// the writer reported committed, and each record and its outbox entries are
// there together or not at all.

#include "faultsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace brugboek;
using namespace brugboek::test;

#ifndef CRASHWRITER_PATH
#error "CRASHWRITER_PATH must name the crashwriter executable"
#endif

namespace {

constexpr int Runs = 80;

// What the writer said about one record.
struct Expected
{
    QString entity;
    QString column; // checked column ("notes" with a version for households)
    QString value;
    int version = 0; // households: notes start with "<id> v<version> "
    bool purgeReported = false;
    bool gone = false; // seen purged; must never come back
};

struct Tally
{
    int commits = 0;
    int updates = 0;
    int purges = 0;
    int startupKills = 0;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    // Applies the complete lines of one run's output.
    void takeReports(const QByteArray &output, std::map<QString, Expected> &expected, Tally &tally)
    {
        const QList<QByteArray> lines = output.split('\n');
        // The last piece has no newline: cut by the kill, or empty.
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QStringList parts = QString::fromUtf8(lines[i]).split(QLatin1Char(' '));
            const QString &kind = parts[0];
            if (kind == QLatin1String("R"))
                continue;
            QVERIFY2(parts.size() >= 3, lines[i].constData());
            const QString &entity = parts[1];
            const QString &id = parts[2];
            if (kind == QLatin1String("C")) {
                QCOMPARE(parts.size(), 5);
                Expected e;
                e.entity = entity;
                if (parts[3] == QLatin1String("v")) {
                    e.column = QStringLiteral("notes");
                    e.version = parts[4].toInt();
                } else {
                    e.column = parts[3];
                    e.value = parts[4];
                }
                QVERIFY2(expected.count(id) == 0, "an id was reported twice");
                expected[id] = e;
                ++tally.commits;
            } else if (kind == QLatin1String("U")) {
                QCOMPARE(parts.size(), 5);
                // Also a record whose creation committed but was not reported
                // before a kill.
                Expected &e = expected[id];
                e.entity = entity;
                e.column = QStringLiteral("notes");
                e.version = parts[4].toInt();
                ++tally.updates;
            } else if (kind == QLatin1String("P")) {
                Expected &e = expected[id];
                if (e.entity.isEmpty()) {
                    e.entity = entity;
                    e.column = QStringLiteral("id");
                }
                e.purgeReported = true;
                ++tally.purges;
            } else {
                QFAIL(lines[i].constData());
            }
        }
    }

    // Everything that must hold after a kill.
    void verify(const QString &dir, std::map<QString, Expected> &expected, int run)
    {
        const QString where = QStringLiteral("after run %1: ").arg(run);
        if (!QFile::exists(QDir(dir).filePath(QLatin1String(store::Store::fileName)))) {
            // Killed before the database existed: nothing can have been committed.
            QVERIFY2(expected.empty(), qPrintable(where + QLatin1String("the database is gone")));
            return;
        }
        platform::DevelopmentKeyProvider keys(QDir(dir).filePath(QStringLiteral("database.key")));
        std::unique_ptr<store::Store> store;
        try {
            store = store::Store::open(dir, keys);
        } catch (const std::exception &e) {
            QFAIL(
                qPrintable(where + QLatin1String("the store does not open: ") + QString::fromUtf8(e.what())));
        }
        client::Database &db = store->db();

        const QStringList problems = storeProblems(db);
        QVERIFY2(problems.isEmpty(), qPrintable(where + problems.mid(0, 10).join(QLatin1String("\n"))));

        for (auto &[id, e] : expected) {
            client::Query q =
                db.query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(e.column, e.entity));
            q.bind(1, id);
            const bool present = q.next();
            const QString what = where + e.entity + QLatin1Char(' ') + id + QLatin1String(": ");
            if (!present) {
                // Only a purge (reported or not yet) may take a reported record.
                client::Query purge =
                    db.query("SELECT count(*) FROM sync_outbox WHERE record_id = ? AND op = 1");
                purge.bind(1, id);
                QVERIFY(purge.next());
                QVERIFY2(purge.int64(0) > 0, qPrintable(what + QLatin1String("committed, then lost")));
                QCOMPARE(purge.int64(0), 1);
                e.gone = true;
                continue;
            }
            QVERIFY2(!e.gone, qPrintable(what + QLatin1String("purged, then back")));
            QVERIFY2(!e.purgeReported, qPrintable(what + QLatin1String("purge committed, then undone")));
            const QString value = q.text(0);
            if (e.version > 0) {
                // A later update may have committed just before the kill,
                // unreported; an older version would be a lost update.
                QVERIFY2(value.startsWith(id + QLatin1String(" v")), qPrintable(what + value.left(60)));
                const int version = value.section(QLatin1Char(' '), 1, 1).mid(1).toInt();
                QVERIFY2(
                    version >= e.version,
                    qPrintable(what + QStringLiteral("version %1, reported %2").arg(version).arg(e.version)));
            } else if (!e.value.isEmpty()) {
                QVERIFY2(value == e.value, qPrintable(what + value.left(60)));
            }
        }
    }

private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        bool fixed = false;
        const quint32 seed = qEnvironmentVariable("BRUGBOEK_CRASH_SEED").toUInt(&fixed);
        const quint32 masterSeed = fixed ? seed : QRandomGenerator::global()->generate();
        qInfo("seed %u (BRUGBOEK_CRASH_SEED=%u repeats this run)", masterSeed, masterSeed);
        QRandomGenerator rng(masterSeed);

        QTemporaryDir dir;
        std::map<QString, Expected> expected;
        Tally tally;
        for (int run = 0; run < Runs; ++run) {
            QProcess writer;
            writer.setProgram(QStringLiteral(CRASHWRITER_PATH));
            writer.setArguments({dir.path(), QString::number(masterSeed + static_cast<quint32>(run))});
            writer.start();
            QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));

            // Every fifth run is killed counting from its start, so that some
            // kills land while the store is being created or opened; the
            // others once it writes.
            QByteArray output;
            const bool fromStart = run % 5 == 0;
            if (!fromStart) {
                while (!output.startsWith("R\n")) {
                    if (!writer.waitForReadyRead(30000))
                        QFAIL(
                            qPrintable(QStringLiteral("run %1: the writer did not start writing: ").arg(run) +
                                       QString::fromUtf8(writer.readAllStandardError())));
                    output += writer.readAllStandardOutput();
                }
            }
            QTest::qSleep(static_cast<int>(fromStart ? rng.bounded(1, 30) : rng.bounded(3, 150)));
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            output += writer.readAllStandardOutput();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("run %1: the writer stopped by itself: ").arg(run) +
                                QString::fromUtf8(writer.readAllStandardError())));
            if (!output.startsWith("R\n"))
                ++tally.startupKills;

            takeReports(output, expected, tally);
            if (QTest::currentTestFailed())
                return;
            verify(dir.path(), expected, run);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d runs: %d creates, %d updates, %d purges reported; %d kills before the first write", Runs,
              tally.commits, tally.updates, tally.purges, tally.startupKills);
        // The writer really wrote, so the checks above had something to check.
        QVERIFY(tally.commits > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
