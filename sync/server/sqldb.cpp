#include "sqldb.h"

#include <cstdlib>

namespace brugboek::server {

namespace {

// A row of SqlRows seen through SqlRowView (the default SqlConnection::each).
class MaterialisedRow final : public SqlRowView
{
public:
    explicit MaterialisedRow(const SqlRow &row)
        : m_row(row)
    {
    }
    bool null(int c) const override { return isNull(m_row[static_cast<std::size_t>(c)]); }
    std::int64_t integer(int c) const override { return asInt(m_row[static_cast<std::size_t>(c)]); }
    double real(int c) const override
    {
        const auto &v = m_row[static_cast<std::size_t>(c)];
        if (const auto *d = std::get_if<double>(&v))
            return *d;
        if (const auto *s = std::get_if<std::string>(&v))
            return std::strtod(s->c_str(), nullptr);
        return static_cast<double>(asInt(v));
    }
    std::string_view text(int c) const override
    {
        const auto &v = m_row[static_cast<std::size_t>(c)];
        if (const auto *s = std::get_if<std::string>(&v))
            return *s;
        m_scratch = asText(v);
        return m_scratch;
    }

private:
    const SqlRow &m_row;
    mutable std::string m_scratch;
};

} // namespace

void SqlConnection::each(const std::string &sql, const std::vector<SqlValue> &params,
                         const SqlRowCallback &row)
{
    for (const auto &r : query(sql, params)) {
        if (!row(MaterialisedRow(r)))
            return;
    }
}

Transaction::Transaction(SqlConnection &db, Kind kind)
    : m_db(db)
{
    if (kind == Kind::Write)
        m_db.beginWrite();
    else
        m_db.beginRead();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.rollback();
    } catch (...) {
        // The connection is broken; the store rolled back on its own.
    }
}

void Transaction::commit()
{
    m_db.commit();
    m_open = false;
}

ConnectionPool::ConnectionPool(ConnectionFactory factory)
    : m_factory(std::move(factory))
{
}

ConnectionPool::Lease::Lease(ConnectionPool &pool, std::unique_ptr<SqlConnection> conn)
    : m_pool(pool)
    , m_conn(std::move(conn))
{
}

ConnectionPool::Lease::~Lease()
{
    if (m_conn)
        m_pool.release(std::move(m_conn));
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto conn = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(conn));
        }
    }
    return Lease(*this, m_factory());
}

void ConnectionPool::release(std::unique_ptr<SqlConnection> conn)
{
    if (!conn->usable())
        return;
    std::lock_guard lock(m_mutex);
    // As many as the server's default request threads: beyond that a
    // connection is closed after use and the next request opens a new one
    // (its statements prepared again).
    if (m_idle.size() < 32)
        m_idle.push_back(std::move(conn));
}

std::int64_t asInt(const SqlValue &v)
{
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return *i;
    if (const auto *d = std::get_if<double>(&v))
        return static_cast<std::int64_t>(*d);
    if (const auto *s = std::get_if<std::string>(&v))
        return std::strtoll(s->c_str(), nullptr, 10);
    return 0;
}

std::string asText(const SqlValue &v)
{
    if (const auto *s = std::get_if<std::string>(&v))
        return *s;
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return {};
}

bool isNull(const SqlValue &v)
{
    return std::holds_alternative<std::monostate>(v);
}

} // namespace brugboek::server
