#include "admin.h"

#include "auth.h"
#include "directory.h"
#include "schema.h"
#include "serve.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brugboek::server {

namespace {

constexpr const char *kUsage = "usage: brugboek-server (--data DIR | --postgres URL) <command>\n"
                               "commands:\n"
                               "  init [--team NAME]\n"
                               "  team add NAME | team list\n"
                               "  user add USERNAME --name NAME --role worker|coordinator|admin --team TEAM\n"
                               "           (--password PW | --password-stdin)\n"
                               "  user disable USERNAME | user list\n"
                               "  device list [--user USERNAME] | device revoke DEVICE_ID\n"
                               "  serve [--listen HOST:PORT] [--port-file FILE] [--threads N]\n";

// Options that take a value, and flags that do not.
const char *const kValueOptions[] = {"--data",     "--postgres", "--team",   "--name",      "--role",
                                     "--password", "--user",     "--listen", "--port-file", "--threads"};
const char *const kFlags[] = {"--password-stdin"};

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
        std::printf("team %s added (id %s)\n", team.name.c_str(), team.id.c_str());
        return 0;
    }
    if (cmd == "team" && sub == "list") {
        for (const auto &t : dir.teams())
            std::printf("%s\t%s\n", t.id.c_str(), t.name.c_str());
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
        std::printf("user %s added (id %s)\n", user.username.c_str(), user.id.c_str());
        return 0;
    }
    if (cmd == "user" && sub == "disable") {
        if (w.size() != 3)
            return usage("user disable needs exactly one USERNAME");
        dir.disableUser(w[2]);
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
        std::printf("device %s revoked\n", w[2].c_str());
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
            options.portFile = args.get("--port-file");
            options.storeLabel = label;
            {
                auto lease = pool.acquire();
                createSchema(*lease);
            }
            return serve(pool, options);
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
