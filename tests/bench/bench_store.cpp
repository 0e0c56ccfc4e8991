// bench_store: the store's latency on a large device. Fills a store with demo
// data, then times what a worker feels: saving an encounter, and the household
// search on every keystroke; and, as a physical reference, raw SQLCipher
// inserts. Prints figures; it is not a test.

#include "app/demo/demogenerator.h"
#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/database.h"
#include "sync/core/uuid.h"

#include "rawinserts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace brugboek;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    std::size_t samples = 0;
};

// Nearest-rank percentiles.
Figures figures(std::vector<double> ms)
{
    Figures f;
    if (ms.empty())
        return f;
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double q) {
        const auto n = static_cast<double>(ms.size());
        const auto i = static_cast<std::size_t>(std::max(1.0, std::ceil(q * n))) - 1;
        return ms[std::min(i, ms.size() - 1)];
    };
    f.p50 = rank(0.50);
    f.p99 = rank(0.99);
    f.max = ms.back();
    f.samples = ms.size();
    return f;
}

QStringList column(client::Database &db, const char *sql)
{
    QStringList out;
    client::Query q = db.query(sql);
    while (q.next())
        out << q.text(0);
    return out;
}

std::vector<double> timeSaves(store::Store &s, int samples)
{
    store::Repository repo(s);
    const QStringList households = column(s.db(), "SELECT id FROM household");
    const QStringList schools = column(s.db(), "SELECT id FROM school");
    if (households.isEmpty())
        return {};
    std::mt19937 random(11);
    const char *const kinds[] = {"schoolpoort", "zitdag", "telefoon", "huisbezoek"};
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        store::Encounter e;
        e.householdId = households[static_cast<int>(random() % static_cast<unsigned>(households.size()))];
        e.kind = QString::fromLatin1(kinds[random() % 4]);
        if (!schools.isEmpty())
            e.schoolId = schools[static_cast<int>(random() % static_cast<unsigned>(schools.size()))];
        e.place = QStringLiteral("Schoolpoort");
        e.lifeDomains = QStringList {QStringLiteral("inkomen"), QStringLiteral("school")};
        e.note =
            QStringLiteral("Brief van de deurwaarder over de energiefactuur samen gelezen; mama belt morgen "
                           "het OCMW. Afbetalingsplan voor de zeeklassen besproken.");
        e.agreements = QStringLiteral("Volgende week samen naar het Sociaal Huis.");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        const auto start = Clock::now();
        repo.saveEncounter(e);
        ms.push_back(msSince(start));
    }
    return ms;
}

// What a worker types: household names and parents' full names, as spelled,
// one keystroke at a time ("e", "el", "el ", "el a", ...).
struct Keystroke
{
    double ms;
    int order;
    QString typed;
};

std::vector<Keystroke> timeSearches(store::Store &s, int names)
{
    QStringList all = column(s.db(), "SELECT display_name FROM household ORDER BY sort_key");
    const QStringList people = column(
        s.db(), "SELECT given_name || ' ' || family_name FROM person WHERE role = 'parent' ORDER BY id");
    std::mt19937 random(5);
    QStringList chosen;
    for (int i = 0; i < names && !all.isEmpty(); ++i) {
        const QStringList &from = (i % 2 == 0 || people.isEmpty()) ? all : people;
        chosen << from[static_cast<int>(random() % static_cast<unsigned>(from.size()))].toLower();
    }
    store::Queries queries(s.db());
    std::vector<Keystroke> out;
    for (const QString &name : chosen) {
        for (int len = 1; len <= name.size(); ++len) {
            const QString typed = name.left(len);
            const auto start = Clock::now();
            const auto hits = queries.searchHouseholds(typed);
            out.push_back({msSince(start), static_cast<int>(out.size()), typed});
            if (hits.isEmpty() && !typed.trimmed().isEmpty())
                std::fprintf(stderr, "warning: nothing found for \"%s\"\n", qPrintable(typed));
        }
    }
    return out;
}

QString latency(const Figures &f)
{
    return QStringLiteral("%1 / %2 / %3 ms")
        .arg(f.p50, 0, 'f', 2)
        .arg(f.p99, 0, 'f', 2)
        .arg(f.max, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Store latency on a large device."));
    parser.addHelpOption();
    const QCommandLineOption households(QStringLiteral("households"), QStringLiteral("Households (10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption encounters(QStringLiteral("encounters"), QStringLiteral("Encounters (200000)."),
                                        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Saves to time (1000)."),
                                     QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption names(QStringLiteral("names"),
                                   QStringLiteral("Names typed in the search (200)."), QStringLiteral("n"),
                                   QStringLiteral("200"));
    const QCommandLineOption rawRows(QStringLiteral("raw-rows"),
                                     QStringLiteral("Rows of the raw insert (250000)."), QStringLiteral("n"),
                                     QStringLiteral("250000"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Size named in the rows."),
                                   QStringLiteral("text"), QStringLiteral("large device"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Use (and keep) this store; filled only when it is empty."), QStringLiteral("dir"));
    parser.addOptions({households, encounters, samples, names, rawRows, dataDir, label});
    parser.process(app);

    demo::DemoOptions options = demo::DemoOptions::largeDevice();
    options.households = parser.value(households).toInt();
    options.encounters = parser.value(encounters).toInt();
    if (options.households != 10000 || options.encounters != 200000)
        options.referrals = options.encounters * 15 / 100;
    const int sampleCount = std::max(1, parser.value(samples).toInt());
    const QString sizeLabel = parser.value(label);

    QTemporaryDir temporary;
    const QString directory = parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path();
    try {
        platform::DevelopmentKeyProvider keys(QDir(directory).filePath(QStringLiteral("database.key")));
        auto s = store::Store::open(directory, keys);
        if (s->db().scalar("SELECT count(*) FROM household").toLongLong() == 0) {
            err << "Filling the store: " << options.households << " households, " << options.encounters
                << " encounters, " << options.referrals << " referrals ..." << Qt::endl;
            const auto start = Clock::now();
            const demo::DemoSummary summary = demo::generateDemoData(*s, options);
            const double seconds = msSince(start) / 1000.0;
            const int records = summary.households + summary.people + summary.encounters + summary.referrals +
                summary.referralEvents + summary.consents + summary.followUps + summary.organisations +
                summary.schools + summary.structuralSignals;
            err << QStringLiteral("  %1 records in %2 s (%3 records/s)\n")
                       .arg(records)
                       .arg(seconds, 0, 'f', 1)
                       .arg(records / seconds, 0, 'f', 0);
        } else {
            err << "Using the data already in " << directory << "\n";
        }
        err << QStringLiteral("  database file: %1 MB\n")
                   .arg(QFileInfo(QDir(directory).filePath(QLatin1String(store::Store::fileName))).size() /
                            1048576.0,
                        0, 'f', 0)
            << Qt::flush;

        const Figures save = figures(timeSaves(*s, sampleCount));
        std::vector<Keystroke> typed = timeSearches(*s, parser.value(names).toInt());
        std::vector<double> typedMs;
        for (const auto &k : typed)
            typedMs.push_back(k.ms);
        const Figures search = figures(typedMs);
        const auto keystrokes = typed.size();
        std::sort(typed.begin(), typed.end(),
                  [](const Keystroke &a, const Keystroke &b) { return a.ms > b.ms; });
        s.reset();
        // The median of three runs, each into a new file: a single run of
        // a tenth of a second moved by up to 2.5 times from one to the next.
        std::vector<double> rawRuns;
        for (int run = 0; run < 3; ++run)
            rawRuns.push_back(
                bench::rawInsertsPerSecond(temporary.path(), parser.value(rawRows).toInt(), run));
        err << QStringLiteral("Raw SQLCipher inserts/s, three runs: %1, %2, %3\n")
                   .arg(rawRuns[0], 0, 'f', 0)
                   .arg(rawRuns[1], 0, 'f', 0)
                   .arg(rawRuns[2], 0, 'f', 0);
        std::sort(rawRuns.begin(), rawRuns.end());
        const double inserts = rawRuns[1];

        auto verdict = [](double value, double target) { return value <= target ? "met" : "**missed**"; };
        out << QStringLiteral(
                   "| save one contactmoment incl. outbox, %1 (%2 saves), p50 / p99 / max | %3 | p99 <= "
                   "5 ms | %4 |\n")
                   .arg(sizeLabel)
                   .arg(save.samples)
                   .arg(latency(save), QLatin1String(verdict(save.p99, 5.0)))
            << QStringLiteral(
                   "| household search per keystroke, %1 (Queries::searchHouseholds, %2 keys), p50 / p99 / "
                   "max | %3 | p99 <= 10 ms | %4 |\n")
                   .arg(sizeLabel)
                   .arg(keystrokes)
                   .arg(latency(search), QLatin1String(verdict(search.p99, 10.0)))
            << QStringLiteral("raw-sqlcipher-rows-per-s %1\n").arg(inserts, 0, 'f', 0);
        err << "Slowest keystrokes (n: position in the run, 1 = first, on a cold cache):\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(8, typed.size()); ++i)
            err << QStringLiteral("  %1 ms  \"%2\"  (n = %3)\n")
                       .arg(typed[i].ms, 6, 'f', 2)
                       .arg(typed[i].typed)
                       .arg(typed[i].order + 1);
        out << Qt::flush;
        err << Qt::flush;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_store: %s\n", e.what());
        return 1;
    }
    return 0;
}
