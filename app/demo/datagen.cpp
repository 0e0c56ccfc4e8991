// brugboek-datagen: fills an empty store with seeded demo data, for trying the
// app with realistic volumes and for benchmarks.

#include "demogenerator.h"

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <chrono>
#include <exception>

using namespace brugboek;

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        return false;
    out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brugboek-datagen"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills an empty Brugboek store with seeded demo data."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The store's folder (created when missing)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption households(QStringLiteral("households"), QStringLiteral("Number of households."),
                                        QStringLiteral("n"));
    const QCommandLineOption encounters(QStringLiteral("encounters"), QStringLiteral("Number of encounters."),
                                        QStringLiteral("n"));
    const QCommandLineOption referrals(
        QStringLiteral("referrals"), QStringLiteral("Number of referrals (default: 15 % of the encounters)."),
        QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("s"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Date the data is generated around (default: today)."),
                                   QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption synced(
        QStringLiteral("synced"), QStringLiteral("Leave the outbox empty, as on a device that has synced."));
    const QCommandLineOption large(
        QStringLiteral("large"),
        QStringLiteral("The large-device sizes (10,000 households, 200,000 encounters, "
                       "30,000 referrals, synced); other options override them."));
    const QCommandLineOption caseload(
        QStringLiteral("caseload"),
        QStringLiteral("One worker's caseload (300 households, 3,000 encounters): the default sizes."));
    const QCommandLineOption regionWorker(
        QStringLiteral("region-worker"),
        QStringLiteral("Worker N's slice of a region server (500 workers, 1,000,000 encounters in all: "
                       "300 households and 2,000 encounters each, seeded per worker)."),
        QStringLiteral("n"));
    parser.addOptions(
        {dataDir, households, encounters, referrals, seed, today, synced, large, caseload, regionWorker});
    parser.process(app);

    if (!parser.isSet(dataDir)) {
        err << "brugboek-datagen: --data-dir is required\n";
        return 1;
    }
    if (int(parser.isSet(large)) + int(parser.isSet(caseload)) + int(parser.isSet(regionWorker)) > 1) {
        err << "brugboek-datagen: give at most one of --large, --caseload and --region-worker\n";
        return 1;
    }
    demo::DemoOptions options =
        parser.isSet(large) ? demo::DemoOptions::largeDevice() : demo::DemoOptions::caseload();
    if (parser.isSet(regionWorker)) {
        bool ok = false;
        const int worker = parser.value(regionWorker).toInt(&ok);
        if (!ok || worker < 0 || worker >= demo::DemoOptions::regionWorkers) {
            err << "brugboek-datagen: --region-worker wants a number from 0 to "
                << demo::DemoOptions::regionWorkers - 1 << "\n";
            return 1;
        }
        options = demo::DemoOptions::regionWorker(worker);
    }
    if (!readInt(parser, households.names().first(), options.households) ||
        !readInt(parser, encounters.names().first(), options.encounters) ||
        !readInt(parser, referrals.names().first(), options.referrals)) {
        err << "brugboek-datagen: sizes must be whole numbers of 0 or more\n";
        return 1;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok) {
            err << "brugboek-datagen: the seed must be a whole number below 2^32\n";
            return 1;
        }
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            err << "brugboek-datagen: --today wants a date like 2026-11-22\n";
            return 1;
        }
    }
    if (parser.isSet(synced))
        options.synced = true;

    const QString directory = parser.value(dataDir);
    try {
        platform::DevelopmentKeyProvider keys(QDir(directory).filePath(QStringLiteral("database.key")));
        const auto store = store::Store::open(directory, keys);
        if (store->db().scalar("SELECT count(*) FROM household").toLongLong() > 0) {
            err << "brugboek-datagen: the store in " << directory
                << " already has households; demo data goes only into an empty store\n";
            return 1;
        }

        const auto started = std::chrono::steady_clock::now();
        const demo::DemoSummary s = demo::generateDemoData(*store, options);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        out << "Demo data in " << QDir(directory).absolutePath() << " (seed " << options.seed << ")\n"
            << "  schools          " << s.schools << "\n"
            << "  organisations    " << s.organisations << "\n"
            << "  households       " << s.households << "\n"
            << "  people           " << s.people << "\n"
            << "  encounters       " << s.encounters << "\n"
            << "  referrals        " << s.referrals << " (" << s.referralEvents << " status changes)\n"
            << "  consents         " << s.consents << "\n"
            << "  follow-ups       " << s.followUps << "\n"
            << "  signals          " << s.structuralSignals << "\n"
            << "  outbox           " << store->changes().pendingCount() << " pending changes\n"
            << QStringLiteral("Took %1 s\n").arg(seconds, 0, 'f', 1);
    } catch (const std::exception &e) {
        err << "brugboek-datagen: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
