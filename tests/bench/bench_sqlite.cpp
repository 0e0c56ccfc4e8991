// bench_sqlite: raw inserts into plain (unencrypted) SQLite, the system's
// libsqlite3, with the device store's settings (WAL, synchronous=NORMAL,
// secure_delete, 4 KiB pages, 32 MiB cache), one prepared statement and one
// transaction: the same work as bench_store's raw SQLCipher figure, so the
// two side by side show what the encryption costs. A program of its own:
// SQLCipher and the system SQLite never go into one binary (DESIGN.md).

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "bench_sqlite: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// Time-ordered ids shaped like the store's UUIDv7 text (36 characters).
std::vector<std::string> makeIds(int rows)
{
    std::mt19937_64 random(42);
    std::vector<std::string> ids;
    ids.reserve(static_cast<std::size_t>(rows));
    const unsigned long long ms = 1'700'000'000'000ULL;
    for (int i = 0; i < rows; ++i) {
        char buf[40];
        const unsigned long long r = random();
        std::snprintf(buf, sizeof buf, "%08llx-%04llx-7%03llx-%04llx-%012llx",
                      (ms + static_cast<unsigned>(i)) >> 16, (ms + static_cast<unsigned>(i)) & 0xffff,
                      r & 0xfff, 0x8000 | ((r >> 12) & 0x3fff), (r >> 26) & 0xffffffffffffULL);
        ids.emplace_back(buf);
    }
    return ids;
}

} // namespace

// One run into a new file; rows per second.
double insertsPerSecond(const std::string &path, int rows)
{
    std::remove(path.c_str());
    std::remove((path + "-wal").c_str());
    std::remove((path + "-shm").c_str());
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    check(sqlite3_exec(db,
                       "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                       "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;"
                       "PRAGMA cache_size = -32768;"
                       "CREATE TABLE raw (id TEXT PRIMARY KEY, a TEXT, b INTEGER);",
                       nullptr, nullptr, nullptr),
          db, "set up");
    const std::vector<std::string> ids = makeIds(rows);
    const std::string a = "Brief van de deurwaarder samen gelezen";

    const auto start = std::chrono::steady_clock::now();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO raw (id, a, b) VALUES (?, ?, ?)", -1, &insert, nullptr), db,
          "prepare");
    for (int i = 0; i < rows; ++i) {
        const std::string &id = ids[static_cast<std::size_t>(i)];
        sqlite3_bind_text(insert, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, a.data(), static_cast<int>(a.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, i);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(db);
    return rows / seconds;
}

int main(int argc, char **argv)
{
    if (argc < 2 || std::string(argv[1]) == "--help") {
        std::fprintf(stderr, "usage: bench_sqlite DATABASE_FILE [ROWS (250000)]\n");
        return argc < 2 ? 1 : 0;
    }
    const std::string path = argv[1];
    const int rows = argc > 2 ? std::atoi(argv[2]) : 250000;
    // The median of three runs, as bench_store does for SQLCipher.
    std::vector<double> runs;
    for (int run = 0; run < 3; ++run)
        runs.push_back(insertsPerSecond(path, rows));
    std::fprintf(stderr, "Plain SQLite inserts/s, three runs: %.0f, %.0f, %.0f\n", runs[0], runs[1], runs[2]);
    std::sort(runs.begin(), runs.end());
    const double perSecond = runs[1];
    std::printf("plain-sqlite-rows-per-s %.0f\n", perSecond);
    std::printf("sqlite-version %s\n", sqlite3_libversion());
    return 0;
}
