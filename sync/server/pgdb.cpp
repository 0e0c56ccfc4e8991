// PostgreSQL through libpqxx. Transactions are plain BEGIN/COMMIT statements
// on a nontransaction so that one connection object serves the whole
// SqlConnection interface.
#include "sqldb.h"

#include <pqxx/pqxx>

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

namespace brugboek::server {

namespace {

// Every server process takes this advisory lock for its write transactions.
constexpr long long kWriteLockKey = 0x62727567626f656bLL; // "brugboek"

std::string translatePlaceholders(const std::string &sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool quoted = false;
    for (char c : sql) {
        if (c == '\'')
            quoted = !quoted;
        if (c == '?' && !quoted) {
            out += '$';
            out += std::to_string(++n);
        } else {
            out += c;
        }
    }
    return out;
}

std::string firstLine(const char *what)
{
    std::string s(what);
    if (const auto nl = s.find('\n'); nl != std::string::npos)
        s.resize(nl);
    return s;
}

class PgConnection final : public SqlConnection
{
public:
    explicit PgConnection(const std::string &url)
    try : m_conn(url), m_work(m_conn) {
    } catch (const std::exception &e) {
        throw SqlError("cannot connect to PostgreSQL: " + firstLine(e.what()));
    }

    Dialect dialect() const override { return Dialect::Postgres; }
    bool usable() const override { return m_conn.is_open(); }
    void beginWrite() override
    {
        run("BEGIN ISOLATION LEVEL READ COMMITTED");
        query("SELECT pg_advisory_xact_lock(?)", {SqlValue {std::int64_t(kWriteLockKey)}});
    }
    void beginRead() override { run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    void commit() override { run("COMMIT"); }
    void rollback() override { run("ROLLBACK"); }

    SqlRows query(const std::string &sql, const std::vector<SqlValue> &params) override
    {
        const pqxx::result r = execute(sql, params);
        SqlRows rows;
        rows.reserve(r.size());
        for (const auto &row : r) {
            SqlRow out;
            out.reserve(row.size());
            for (const auto &f : row) {
                if (f.is_null()) {
                    out.emplace_back();
                    continue;
                }
                switch (f.type()) {
                case 20: // int8
                case 21: // int2
                case 23: // int4
                case 16: // bool
                    if (f.type() == 16)
                        out.emplace_back(std::int64_t(f.c_str()[0] == 't' ? 1 : 0));
                    else
                        out.emplace_back(f.as<long long>());
                    break;
                case 700: // float4
                case 701: // float8
                case 1700: // numeric
                    out.emplace_back(f.as<double>());
                    break;
                default:
                    out.emplace_back(std::string(f.c_str(), f.size()));
                }
            }
            rows.push_back(std::move(out));
        }
        return rows;
    }

    void each(const std::string &sql, const std::vector<SqlValue> &params, const SqlRowCallback &row) override
    {
        // libpq holds the whole result anyway: the gain is no row of variants.
        const pqxx::result r = execute(sql, params);
        for (const auto &fields : r) {
            if (!row(RowView(fields)))
                return;
        }
    }

private:
    class RowView final : public SqlRowView
    {
    public:
        explicit RowView(const pqxx::row &row)
            : m_row(row)
        {
        }
        bool null(int c) const override { return m_row[c].is_null(); }
        std::int64_t integer(int c) const override
        {
            const auto f = m_row[c];
            if (f.is_null())
                return 0;
            if (f.type() == 16) // bool
                return f.c_str()[0] == 't' ? 1 : 0;
            return std::strtoll(f.c_str(), nullptr, 10);
        }
        double real(int c) const override
        {
            const auto f = m_row[c];
            return f.is_null() ? 0.0 : std::strtod(f.c_str(), nullptr);
        }
        std::string_view text(int c) const override
        {
            const auto f = m_row[c];
            return {f.c_str(), f.size()};
        }

    private:
        const pqxx::row &m_row;
    };

    pqxx::result execute(const std::string &sql, const std::vector<SqlValue> &params)
    {
        std::vector<std::string> storage;
        storage.reserve(params.size());
        std::vector<const char *> pointers;
        pointers.reserve(params.size());
        for (const auto &p : params) {
            if (std::holds_alternative<std::monostate>(p)) {
                storage.emplace_back();
                continue;
            }
            if (const auto *i = std::get_if<std::int64_t>(&p)) {
                storage.push_back(std::to_string(*i));
            } else if (const auto *d = std::get_if<double>(&p)) {
                char buf[40];
                std::snprintf(buf, sizeof buf, "%.17g", *d);
                storage.emplace_back(buf);
            } else {
                storage.push_back(std::get<std::string>(p));
            }
        }
        std::size_t k = 0;
        for (const auto &p : params) {
            pointers.push_back(std::holds_alternative<std::monostate>(p) ? nullptr : storage[k].c_str());
            ++k;
        }
        try {
            if (const std::string *name = prepared(sql))
                return m_work.exec_prepared(*name, pqxx::prepare::make_dynamic_params(pointers));
            return m_work.exec_params(translatePlaceholders(sql),
                                      pqxx::prepare::make_dynamic_params(pointers));
        } catch (const std::exception &e) {
            throw SqlError("PostgreSQL: " + firstLine(e.what()));
        }
    }

    // The name of the statement prepared on this connection for `sql`
    // (prepared now, once), or nullptr when the connection holds as many as
    // it keeps: the server's statements are a fixed set apart from a few
    // with a LIMIT in their text. Saves PostgreSQL parsing and planning
    // every statement again (a generic plan after five runs, as PostgreSQL
    // decides); the round trip per statement stays.
    const std::string *prepared(const std::string &sql)
    {
        if (auto it = m_prepared.find(sql); it != m_prepared.end())
            return &it->second;
        constexpr std::size_t kMaxPrepared = 200;
        if (m_prepared.size() >= kMaxPrepared)
            return nullptr;
        std::string name = "brugboek_" + std::to_string(m_prepared.size());
        m_conn.prepare(name, translatePlaceholders(sql));
        return &m_prepared.emplace(sql, std::move(name)).first->second;
    }

    void run(const char *sql)
    {
        try {
            m_work.exec(sql);
        } catch (const std::exception &e) {
            throw SqlError("PostgreSQL: " + firstLine(e.what()));
        }
    }

    pqxx::connection m_conn;
    pqxx::nontransaction m_work;
    std::unordered_map<std::string, std::string> m_prepared;
};

} // namespace

std::unique_ptr<SqlConnection> openPostgres(const std::string &url)
{
    return std::make_unique<PgConnection>(url);
}

} // namespace brugboek::server
