#include "admin.h"

#include "audit.h"
#include "auth.h"
#include "directory.h"
#include "schema.h"
#include "serve.h"
#include "syncservice.h"

#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brugboek::server {

namespace {

constexpr const char *kUsage =
    "usage: brugboek-server (--data DIR | --postgres URL) <command>\n"
    "commands:\n"
    "  init [--team NAME]\n"
    "  team add NAME | team list\n"
    "  team set NAME [--lease-lock-days N] [--lease-wipe-days N] [--retention-days N]\n"
    "  user add USERNAME --name NAME --role worker|coordinator|admin --team TEAM\n"
    "           (--password PW | --password-stdin)\n"
    "  user disable USERNAME | user list\n"
    "  device list [--user USERNAME] | device revoke DEVICE_ID\n"
    "  audit list [--since DATE|DATETIME] [--user USERNAME] [--device DEVICE_ID] [--limit N]\n"
    "  retention run [--today YYYY-MM-DD]\n"
    "  migrate   (brings the store's schema up to date, as serve does when it starts)\n"
    "  serve [--listen HOST:PORT] [--port-file FILE] [--threads N]\n"
    "        [--tls-cert FILE --tls-key FILE] [--device-rate PER_S] [--device-burst N]\n"
    "        [--max-body-bytes N] [--max-push-changes N] [--pull-scan-rows N] [--retention-every MINUTES]\n"
    "        [--no-prefetch]\n";

// Options that take a value, and flags that do not.
const char *const kValueOptions[] = {"--data",
                                     "--postgres",
                                     "--team",
                                     "--name",
                                     "--role",
                                     "--password",
                                     "--user",
                                     "--listen",
                                     "--port-file",
                                     "--threads",
                                     "--lease-lock-days",
                                     "--lease-wipe-days",
                                     "--retention-days",
                                     "--since",
                                     "--device",
                                     "--limit",
                                     "--today",
                                     "--tls-cert",
                                     "--tls-key",
                                     "--device-rate",
                                     "--device-burst",
                                     "--max-body-bytes",
                                     "--max-push-changes",
                                     "--pull-scan-rows",
                                     "--retention-every"};
const char *const kFlags[] = {"--password-stdin", "--no-prefetch"};

struct Args
{
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    bool has(const std::string &name) const { return options.count(name) > 0; }
    std::string get(const std::string &name) const
    {
        auto it = options.find(name);
        return it == options.end() ? std::string() : it->second;
    }
};

int usage(const std::string &problem)
{
    std::fprintf(stderr, "brugboek-server: %s\n%s", problem.c_str(), kUsage);
    return 2;
}

std::optional<Args> parseArgs(int argc, char **argv, std::string *problem)
{
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            *problem = "help";
            return std::nullopt;
        }
        if (a.rfind("--", 0) != 0) {
            args.words.push_back(a);
            continue;
        }
        bool known = false;
        for (const char *o : kFlags) {
            if (a == o) {
                args.options[a] = "1";
                known = true;
            }
        }
        for (const char *o : kValueOptions) {
            if (a == o) {
                if (i + 1 >= argc) {
                    *problem = a + " needs a value";
                    return std::nullopt;
                }
                args.options[a] = argv[++i];
                known = true;
            }
        }
        if (!known) {
            *problem = "unknown option " + a;
            return std::nullopt;
        }
    }
    return args;
}

bool makeDir(const std::string &dir)
{
    if (mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST)
        return true;
    return false;
}

std::string readPasswordFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return line;
}

std::string formatTime(std::int64_t ms)
{
    if (ms <= 0)
        return "-";
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// A whole number from `min` to `max`, or nothing (with *problem set).
std::optional<long long> number(const Args &args, const std::string &name, long long min, long long max,
                                std::string *problem)
{
    const std::string text = args.get(name);
    char *end = nullptr;
    errno = 0;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end || errno != 0 || n < min || n > max) {
        *problem = name + " wants a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        return std::nullopt;
    }
    return n;
}

// "2026-11-23" or "2026-11-23T10:00:00Z" (UTC) to milliseconds, or -1.
std::int64_t parseUtc(const std::string &text)
{
    std::tm tm {};
    const char *end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
    if (!end || (*end && std::string(end) != "Z")) {
        tm = {};
        end = strptime(text.c_str(), "%Y-%m-%d", &tm);
        if (!end || *end)
            return -1;
    }
    return static_cast<std::int64_t>(timegm(&tm)) * 1000;
}

std::string todayUtc()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string formatTimeMs(std::int64_t ms)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    return std::string(buf) + "." + std::to_string(1000 + ms % 1000).substr(1) + "Z";
}

// Every administrative change is audited (as admin:<command>), with the ids it touched.
void auditAdmin(SqlConnection &db, const std::string &action, std::vector<std::string> ids,
                const std::string &result)
{
    appendAudit(db, {nowMs(), "", "", "admin:" + action, std::move(ids), result});
}

// What serve does to a store before it serves: creates what is missing and
// brings an older store's schema up to date (minutes for a large store whose
// change log is rebuilt; the lines on stderr say so).
void prepareStore(SqlConnection &db)
{
    createSchema(db);
    SyncService(db).upgradeShares();
    migrateSchema(
        db, [](const std::string &line) { std::fprintf(stderr, "brugboek-server: %s\n", line.c_str()); });
}

int runStoreCommand(const Args &args, ConnectionPool &pool, const std::string &storeLabel)
{
    const auto &w = args.words;
    auto lease = pool.acquire();
    SqlConnection &db = *lease;
    createSchema(db);
    Directory dir(db);
    const std::string cmd = w[0];
    const std::string sub = w.size() > 1 ? w[1] : "";

    if (cmd == "init") {
        if (w.size() != 1)
            return usage("init takes no arguments besides --team");
        if (args.has("--team") && dir.teams().empty())
            dir.addTeam(args.get("--team"));
        else if (args.has("--team")) {
            bool exists = false;
            for (const auto &t : dir.teams())
                exists = exists || t.name == args.get("--team");
            if (!exists)
                dir.addTeam(args.get("--team"));
        }
        std::printf("initialised %s\n", storeLabel.c_str());
        return 0;
    }
    if (cmd == "team" && sub == "add") {
        if (w.size() != 3)
            return usage("team add needs exactly one NAME");
        const Team team = dir.addTeam(w[2]);
        auditAdmin(db, "team add", {team.id}, "ok");
        std::printf("team %s added (id %s)\n", team.name.c_str(), team.id.c_str());
        return 0;
    }
    if (cmd == "team" && sub == "list") {
        for (const auto &t : dir.teams())
            std::printf("%s\t%s\tlease-lock-days %u\tlease-wipe-days %u\tretention-days %u\n", t.id.c_str(),
                        t.name.c_str(), t.policy.leaseLockDays, t.policy.leaseWipeDays,
                        t.policy.retentionDays);
        return 0;
    }
    if (cmd == "team" && sub == "set") {
        if (w.size() != 3)
            return usage("team set needs exactly one NAME");
        std::optional<std::uint32_t> values[3];
        const char *names[3] = {"--lease-lock-days", "--lease-wipe-days", "--retention-days"};
        bool any = false;
        for (int i = 0; i < 3; ++i) {
            if (!args.has(names[i]))
                continue;
            std::string problem;
            const auto n = number(args, names[i], 0, 36500, &problem);
            if (!n)
                return usage(problem);
            values[i] = static_cast<std::uint32_t>(*n);
            any = true;
        }
        if (!any)
            return usage("team set needs --lease-lock-days, --lease-wipe-days or --retention-days");
        const Team team = dir.setTeamPolicy(w[2], values[0], values[1], values[2]);
        const auto &p = team.policy;
        auditAdmin(db, "team set", {team.id},
                   "lease-lock-days " + std::to_string(p.leaseLockDays) + ", lease-wipe-days " +
                       std::to_string(p.leaseWipeDays) + ", retention-days " +
                       std::to_string(p.retentionDays));
        std::printf("team %s: lease-lock-days %u, lease-wipe-days %u, retention-days %u\n", team.name.c_str(),
                    p.leaseLockDays, p.leaseWipeDays, p.retentionDays);
        return 0;
    }
    if (cmd == "user" && sub == "add") {
        if (w.size() != 3)
            return usage("user add needs exactly one USERNAME");
        for (const char *required : {"--name", "--role", "--team"}) {
            if (!args.has(required))
                return usage(std::string("user add needs ") + required);
        }
        if (args.has("--password") == args.has("--password-stdin"))
            return usage("user add needs one of --password and --password-stdin");
        if (!validRole(args.get("--role")))
            return usage("the role must be worker, coordinator or admin");
        const std::string password =
            args.has("--password") ? args.get("--password") : readPasswordFromStdin();
        if (password.size() < 8)
            return usage("a password needs at least 8 characters");
        const User user = dir.addUser(w[2], args.get("--name"), args.get("--role"), args.get("--team"),
                                      hashPassword(password));
        auditAdmin(db, "user add", {user.id}, "ok");
        std::printf("user %s added (id %s)\n", user.username.c_str(), user.id.c_str());
        return 0;
    }
    if (cmd == "user" && sub == "disable") {
        if (w.size() != 3)
            return usage("user disable needs exactly one USERNAME");
        dir.disableUser(w[2]);
        auditAdmin(db, "user disable", {dir.user(w[2])->id}, "ok; devices revoked");
        std::printf("user %s disabled; their devices are revoked\n", w[2].c_str());
        return 0;
    }
    if (cmd == "user" && sub == "list") {
        for (const auto &u : dir.users())
            std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", u.id.c_str(), u.username.c_str(), u.displayName.c_str(),
                        u.role.c_str(), u.teamName.c_str(), u.disabled ? "disabled" : "active");
        return 0;
    }
    if (cmd == "device" && sub == "list") {
        for (const auto &d : dir.devices(args.get("--user")))
            std::printf("%s\t%s\t%s\tenrolled %s\tlast seen %s\t%s\n", d.deviceId.c_str(), d.username.c_str(),
                        d.name.c_str(), formatTime(d.enrolledAt).c_str(), formatTime(d.lastSeen).c_str(),
                        d.revokedAt ? ("revoked " + formatTime(d.revokedAt)).c_str() : "live");
        return 0;
    }
    if (cmd == "device" && sub == "revoke") {
        if (w.size() != 3)
            return usage("device revoke needs exactly one DEVICE_ID");
        dir.revokeDevice(w[2]);
        auditAdmin(db, "device revoke", {w[2]}, "ok");
        std::printf("device %s revoked\n", w[2].c_str());
        return 0;
    }
    if (cmd == "audit" && sub == "list") {
        if (w.size() != 2)
            return usage("audit list takes only options");
        AuditFilter filter;
        if (args.has("--since")) {
            filter.sinceMs = parseUtc(args.get("--since"));
            if (filter.sinceMs < 0)
                return usage("--since wants YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)");
        }
        std::map<std::string, std::string> usernames;
        for (const auto &u : dir.users())
            usernames[u.id] = u.username;
        if (args.has("--user")) {
            const auto u = dir.user(args.get("--user"));
            if (!u)
                throw UsageError("there is no user with this username");
            filter.userId = u->id;
        }
        filter.deviceId = args.get("--device");
        if (args.has("--limit")) {
            std::string problem;
            const auto n = number(args, "--limit", 1, 1000000, &problem);
            if (!n)
                return usage(problem);
            filter.limit = static_cast<int>(*n);
        }
        for (const auto &e : readAudit(db, filter)) {
            std::string ids;
            for (const auto &id : e.recordIds)
                ids += (ids.empty() ? "" : ",") + id;
            const auto name = usernames.find(e.userId);
            const std::string who = e.userId.empty() ? "-"
                : name != usernames.end()            ? name->second
                                                     : e.userId;
            std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", formatTimeMs(e.at).c_str(), who.c_str(),
                        e.deviceId.empty() ? "-" : e.deviceId.c_str(), e.action.c_str(),
                        ids.empty() ? "-" : ids.c_str(), e.result.c_str());
        }
        return 0;
    }
    if (cmd == "retention" && sub == "run") {
        if (w.size() != 2)
            return usage("retention run takes only options");
        const std::string today = args.has("--today") ? args.get("--today") : todayUtc();
        if (parseUtc(today) < 0 || today.size() != 10)
            return usage("--today wants YYYY-MM-DD");
        const auto purged = SyncService(db).purgeExpiredHouseholds(today);
        auditAdmin(db, "retention run", purged, std::to_string(purged.size()) + " households purged");
        std::printf("retention: %zu closed households purged\n", purged.size());
        return 0;
    }
    return usage("unknown command");
}

std::optional<HttpOptions> httpOptions(const Args &args, std::string *problem)
{
    HttpOptions http;
    if (args.has("--listen")) {
        const std::string listen = args.get("--listen");
        const auto colon = listen.rfind(':');
        if (colon == std::string::npos || colon == 0) {
            *problem = "--listen wants HOST:PORT";
            return std::nullopt;
        }
        http.host = listen.substr(0, colon);
        if (http.host.size() > 2 && http.host.front() == '[' && http.host.back() == ']')
            http.host = http.host.substr(1, http.host.size() - 2);
        const std::string port = listen.substr(colon + 1);
        char *end = nullptr;
        const long p = std::strtol(port.c_str(), &end, 10);
        if (port.empty() || *end || p < 0 || p > 65535) {
            *problem = "--listen wants a port from 0 to 65535";
            return std::nullopt;
        }
        http.port = static_cast<int>(p);
    }
    if (args.has("--threads")) {
        const long n = std::strtol(args.get("--threads").c_str(), nullptr, 10);
        if (n < 1 || n > 256) {
            *problem = "--threads wants 1 to 256";
            return std::nullopt;
        }
        http.threads = static_cast<int>(n);
    }
    if (args.has("--tls-cert") != args.has("--tls-key")) {
        *problem = "--tls-cert and --tls-key go together";
        return std::nullopt;
    }
    http.tlsCertFile = args.get("--tls-cert");
    http.tlsKeyFile = args.get("--tls-key");
    for (const char *name : {"--device-rate", "--device-burst"}) {
        if (!args.has(name))
            continue;
        char *end = nullptr;
        const std::string text = args.get(name);
        const double v = std::strtod(text.c_str(), &end);
        if (text.empty() || *end || !(v >= 0) || v > 1e6) {
            *problem = std::string(name) + " wants a number from 0 to 1000000";
            return std::nullopt;
        }
        (std::string(name) == "--device-rate" ? http.deviceRatePerSecond : http.deviceBurst) = v;
    }
    if (args.has("--max-body-bytes")) {
        const auto n = number(args, "--max-body-bytes", 1024, 1LL << 30, problem);
        if (!n)
            return std::nullopt;
        http.maxBodyBytes = static_cast<std::size_t>(*n);
    }
    if (args.has("--max-push-changes")) {
        const auto n = number(args, "--max-push-changes", 1, 1000000, problem);
        if (!n)
            return std::nullopt;
        http.maxPushChanges = static_cast<int>(*n);
    }
    if (args.has("--pull-scan-rows")) {
        const auto n = number(args, "--pull-scan-rows", 1, 1LL << 40, problem);
        if (!n)
            return std::nullopt;
        http.pullScanRows = *n;
    }
    http.prefetch = !args.has("--no-prefetch");
    // Tests only (tst_server_prefetch): pages made ahead take this long.
    if (const char *delay = std::getenv("BRUGBOEK_TEST_PREFETCH_DELAY_MS"))
        http.prefetchLimits.delay = std::chrono::milliseconds(std::strtol(delay, nullptr, 10));
    return http;
}

} // namespace

int runCommandLine(int argc, char **argv)
{
    std::string problem;
    const auto parsed = parseArgs(argc, argv, &problem);
    if (!parsed) {
        if (problem == "help") {
            std::printf("%s", kUsage);
            return 0;
        }
        return usage(problem);
    }
    const Args &args = *parsed;
    if (args.has("--data") == args.has("--postgres"))
        return usage("give one of --data DIR and --postgres URL");
    if (args.words.empty())
        return usage("no command");

    ConnectionFactory factory;
    std::string label;
    if (args.has("--data")) {
        const std::string dir = args.get("--data");
        if (dir.empty() || !makeDir(dir)) {
            std::fprintf(stderr, "brugboek-server: cannot create the data directory: %s\n",
                         std::strerror(errno));
            return 1;
        }
        const std::string path = dir + "/server.db";
        factory = [path] { return openSqlite(path); };
        label = "sqlite " + path;
    } else {
        const std::string url = args.get("--postgres");
        factory = [url] { return openPostgres(url); };
        label = "postgresql";
    }
    ConnectionPool pool(factory);

    try {
        if (args.words[0] == "serve") {
            if (args.words.size() != 1)
                return usage("serve takes no arguments besides its options");
            ServeOptions options;
            const auto http = httpOptions(args, &problem);
            if (!http)
                return usage(problem);
            options.http = *http;
            if (args.has("--retention-every")) {
                const auto n = number(args, "--retention-every", 0, 100000, &problem);
                if (!n)
                    return usage(problem);
                options.retentionEveryMinutes = static_cast<int>(*n);
            }
            options.portFile = args.get("--port-file");
            options.storeLabel = label;
            {
                auto lease = pool.acquire();
                prepareStore(*lease);
            }
            return serve(pool, options);
        }
        if (args.words[0] == "migrate") {
            if (args.words.size() != 1)
                return usage("migrate takes no arguments");
            auto lease = pool.acquire();
            prepareStore(*lease);
            std::printf("schema version %d\n", schemaVersion(*lease));
            return 0;
        }
        return runStoreCommand(args, pool, label);
    } catch (const UsageError &e) {
        std::fprintf(stderr, "brugboek-server: %s\n", e.what());
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "brugboek-server: %s\n", e.what());
        return 1;
    }
}

} // namespace brugboek::server
