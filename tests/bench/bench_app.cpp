// bench_app: what a worker feels of the app on a large device.
//  - start to first rendered page: runs the real `brugboek` binary offscreen
//    on the given store with BRUGBOEK_BENCH_FIRST_FRAME set; the app prints
//    the steady clock at its first frameSwapped and its peak RSS (VmHWM), and
//    quits. The time counts from just before the process is started.
//  - search fluidity: the app's HouseholdSearchModel on the same store; per
//    keystroke, the time from setting the query to the model's rows being
//    updated and the first screenful (20 rows) read as a list view would.
//    With --save-every N, a contactmoment is saved (untimed) before every
//    Nth name, as a worker who saves and then searches.
// Prints markdown rows ("| figure | value | target | verdict |"); not a test.

#include "app/appcontext.h"
#include "app/householdsearchmodel.h"
#include "app/store/repository.h"
#include "app/store/searchcache.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "platform/pinkeyprovider.h"
#include "sync/client/database.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace brugboek;
using bench::msSince;
using bench::percentile;
using bench::Steady;

namespace {

const char *verdict(bool met)
{
    return met ? "met" : "**missed**";
}

struct Start
{
    double ms = -1;
    double peakMb = -1;
    QString problem;
};

// The PIN the app is started with (--pin-file); its first start takes the
// generator's development key over under it.
#define kPin "482913"

// One start of the real app; the time from just before exec to its first frame.
Start startOnce(const QString &app, const QString &dataDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_CONTROLS_STYLE"), QStringLiteral("Material"));
    env.insert(QStringLiteral("BRUGBOEK_BENCH_FIRST_FRAME"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    // The app lock: a PIN set up on the first start and typed in at every
    // start, as scripts do; the first frame counted is the first page's.
    const QString pinFile = dataDir + QStringLiteral(".pin");
    if (!QFile::exists(pinFile)) {
        QFile pin(pinFile);
        if (pin.open(QIODevice::WriteOnly))
            pin.write(kPin "\n");
    }
    const auto before = Steady::now();
    p.start(app,
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--pin-file"), pinFile,
             QStringLiteral("--window-size"), QStringLiteral("1280x800")});
    Start s;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        s.problem = QStringLiteral("the app did not render a frame within 120 s");
        return s;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("first-frame-steady-ns ")) {
            const auto ns = std::chrono::nanoseconds(line.mid(22).trimmed().toLongLong());
            s.ms = std::chrono::duration<double, std::milli>(Steady::time_point(ns) - before).count();
        } else if (line.startsWith("vmhwm ")) {
            // "123456 kB"
            s.peakMb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    if (s.ms < 0)
        s.problem = QStringLiteral("the app printed no first frame (exit %1): %2")
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(p.readAllStandardError().left(300)));
    return s;
}

QStringList column(client::Database &db, const char *sql)
{
    QStringList out;
    client::Query q = db.query(sql);
    while (q.next())
        out << q.text(0);
    return out;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("App start and search fluidity on a large device."));
    parser.addHelpOption();
    const QCommandLineOption appBinary(QStringLiteral("app"), QStringLiteral("The brugboek binary."),
                                       QStringLiteral("path"), QStringLiteral(BRUGBOEK_APP_BINARY));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("A filled store (brugboek-datagen --large)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption starts(QStringLiteral("starts"), QStringLiteral("App starts to time (5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption names(QStringLiteral("names"), QStringLiteral("Names typed (200)."),
                                   QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Size named in the rows."),
                                   QStringLiteral("text"), QStringLiteral("large device"));
    const QCommandLineOption slowestKeys(QStringLiteral("slowest"),
                                         QStringLiteral("Slowest keystrokes listed on stderr (8)."),
                                         QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("Type this instead of the random names (repeatable), e.g. "
                                                 "to profile one slow keystroke."),
                                  QStringLiteral("text"));
    const QCommandLineOption saveEvery(QStringLiteral("save-every"),
                                       QStringLiteral("Save a contactmoment (untimed) before every Nth name "
                                                      "typed (0: never)."),
                                       QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({appBinary, dataDir, starts, names, label, slowestKeys, type, saveEvery});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        std::fprintf(stderr, "bench_app: --data-dir is required\n");
        return 1;
    }
    const QString dir = parser.value(dataDir);
    const QByteArray size = parser.value(label).toUtf8();

    // 1. Start to first frame, several times: the first on a colder cache.
    std::vector<double> startMs;
    double peakMb = 0;
    for (int i = 0; i < std::max(1, parser.value(starts).toInt()); ++i) {
        const Start s = startOnce(parser.value(appBinary), dir);
        if (!s.problem.isEmpty()) {
            std::fprintf(stderr, "bench_app: %s\n", qPrintable(s.problem));
            std::printf("| app start to first rendered page, %s, offscreen | not run (%s) | <= 1.5 s | - |\n",
                        size.constData(), qPrintable(s.problem));
            break;
        }
        startMs.push_back(s.ms);
        peakMb = std::max(peakMb, s.peakMb);
    }
    if (!startMs.empty()) {
        const double median = percentile(startMs, 0.5);
        std::printf(
            "| app start to first rendered page, %s, offscreen (median of %zu; first %.0f ms, max %.0f "
            "ms) | %.2f s | <= 1.5 s | %s |\n",
            size.constData(), startMs.size(), startMs.front(),
            *std::max_element(startMs.begin(), startMs.end()), median / 1000, verdict(median <= 1500));
        std::printf("| app memory (peak RSS at the first frame), %s | %.0f MB | <= 250 MB | %s |\n",
                    size.constData(), peakMb, verdict(peakMb <= 250));
    }

    // 2. Typing in the household search: keystroke -> model updated.
    // The app's starts above took the development key over under the PIN.
    platform::DevelopmentKeyProvider devKeys(QDir(dir).filePath(QStringLiteral("database.key")));
    platform::PinKeyProvider pinKeys(dir, nullptr, {});
    const bool pinned = pinKeys.pinSet();
    if (pinned && pinKeys.unlock(QStringLiteral(kPin)) != platform::PinKeyProvider::Attempt::Unlocked) {
        std::fprintf(stderr, "bench_app: the PIN does not unlock the store in %s\n", qPrintable(dir));
        return 1;
    }
    app::AppContext context(dir);
    // The store starts loading the search data on a thread when it opens.
    const auto opened = Steady::now();
    if (!context.openStore(pinned ? static_cast<platform::KeyProvider &>(pinKeys) : devKeys)) {
        std::fprintf(stderr, "bench_app: cannot open the store in %s\n", qPrintable(dir));
        return 1;
    }
    client::Database &db = context.store()->db();
    const QStringList households = column(db, "SELECT display_name FROM household ORDER BY sort_key");
    const QStringList parents =
        column(db, "SELECT given_name || ' ' || family_name FROM person WHERE role = 'parent' ORDER BY id");
    std::mt19937 random(7);
    QStringList typed = parser.values(type);
    const int randomNames = typed.isEmpty() ? parser.value(names).toInt() : 0;
    for (int i = 0; i < randomNames && !households.isEmpty(); ++i) {
        const QStringList &from = (i % 2 == 0 || parents.isEmpty()) ? households : parents;
        typed << from[static_cast<int>(random() % static_cast<unsigned>(from.size()))].toLower();
    }
    app::HouseholdSearchModel model;
    model.setContext(&context);
    std::vector<double> keyMs;
    std::vector<std::pair<double, QString>> slowest; // ms, what was typed
    int empty = 0;
    const int savesEvery = std::max(0, parser.value(saveEvery).toInt());
    const QStringList householdIds = savesEvery > 0 ? column(db, "SELECT id FROM household") : QStringList();
    store::Repository repo(*context.store());
    int saves = 0;
    std::size_t readyAtKey = 0; // the first keystroke after which the search data was ready
    double readyAfterMs = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString &name = typed[i];
        if (savesEvery > 0 && i > 0 && i % savesEvery == 0 && !householdIds.isEmpty()) {
            store::Encounter e;
            e.householdId =
                householdIds[static_cast<int>(random() % static_cast<unsigned>(householdIds.size()))];
            e.kind = QStringLiteral("schoolpoort");
            e.note = QStringLiteral("Samen de brief van de school gelezen.");
            e.occurredAt = QDateTime::currentDateTimeUtc();
            repo.saveEncounter(e);
            ++saves;
        }
        model.setQuery(QString());
        for (int len = 1; len <= name.size(); ++len) {
            const auto t0 = Steady::now();
            model.setQuery(name.left(len));
            // What the list view reads for its first screenful.
            const int shown = std::min(model.rowCount(), 20);
            for (int r = 0; r < shown; ++r) {
                const QModelIndex index = model.index(r, 0);
                for (int role = app::HouseholdSearchModel::DisplayNameRole;
                     role <= app::HouseholdSearchModel::MatchedPersonRole; ++role)
                    (void)model.data(index, role);
            }
            keyMs.push_back(msSince(t0));
            if (readyAtKey == 0 && context.store()->searchCache().ready()) {
                readyAtKey = keyMs.size();
                readyAfterMs = msSince(opened);
            }
            slowest.emplace_back(keyMs.back(),
                                 QStringLiteral("%1 (n = %2)").arg(name.left(len)).arg(keyMs.size()));
            if (model.rowCount() == 0 && !name.left(len).trimmed().isEmpty())
                ++empty;
        }
    }
    if (empty > 0)
        std::fprintf(stderr, "bench_app: %d keystrokes found nothing\n", empty);
    std::fprintf(
        stderr,
        "The search data (loaded on a thread from the store's opening) was ready after keystroke %zu, "
        "%.0f ms after the store was opened; the keystrokes before it were answered by the "
        "statements\n",
        readyAtKey, readyAfterMs);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::fprintf(stderr,
                 "Slowest keystrokes of the model (n: position in the run, 1 = first, on a cold cache):\n");
    const auto listed = static_cast<std::size_t>(std::max(0, parser.value(slowestKeys).toInt()));
    for (std::size_t i = 0; i < std::min(listed, slowest.size()); ++i)
        std::fprintf(stderr, "  %6.2f ms  \"%s\n", slowest[i].first,
                     qPrintable(slowest[i].second.replace(QStringLiteral(" (n"), QStringLiteral("\"  (n"))));
    const double p99 = percentile(keyMs, 0.99);
    const QByteArray savedNote = saves > 0
        ? QStringLiteral(", %1 contactmomenten saved in between").arg(saves).toUtf8()
        : QByteArray();
    std::printf("| search fluidity while typing, %s: keystroke to model updated (HouseholdSearchModel, %zu "
                "keys%s), p50 / p99 / max | %.2f / %.2f / %.1f ms | p99 <= 10 ms | %s |\n",
                size.constData(), keyMs.size(), savedNote.constData(), percentile(keyMs, 0.5), p99,
                keyMs.empty() ? 0.0 : *std::max_element(keyMs.begin(), keyMs.end()), verdict(p99 <= 10));
    std::printf("| search process peak RSS, %s | %.0f MB | report | - |\n", size.constData(), peakRssMb());
    return 0;
}
