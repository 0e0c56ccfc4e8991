#include "logwriter.h"

namespace brugboek::server {

namespace {

std::int64_t stateValue(SqlConnection &db, const char *key)
{
    const auto rows = db.query("SELECT value FROM server_state WHERE key = ?", {std::string(key)});
    if (rows.empty())
        throw SqlError("the store is not initialised");
    return asInt(rows[0][0]);
}

} // namespace

std::string teamScope(const std::string &teamId)
{
    return "team:" + teamId;
}

std::string privateScope(const std::string &userId)
{
    return "private:" + userId;
}

LogWriter::LogWriter(SqlConnection &db)
    : m_db(db)
    , m_seq(static_cast<std::uint64_t>(stateValue(db, "seq")))
    , m_clock(sync::SystemClock::instance(),
              sync::Hlc::fromPacked(static_cast<std::uint64_t>(stateValue(db, "hlc"))))
{
    m_txSeq = m_seq + 1;
}

sync::Hlc LogWriter::serverNow()
{
    return m_clock.now();
}

void LogWriter::observe(sync::Hlc remote)
{
    // A device whose clock is far ahead must not drag the server's clock
    // along for ever: only timestamps up to a day ahead are taken in.
    const auto limit = sync::SystemClock::instance().nowMs() + 24LL * 3600 * 1000;
    if (remote.wallMs() <= limit)
        m_clock.receive(remote);
}

std::uint64_t LogWriter::nextSeq()
{
    return ++m_seq;
}

void LogWriter::writeField(const sync::Change &change, const std::string &scope)
{
    std::int64_t vtype = 0;
    SqlValue vint, vreal, vtext;
    if (const auto *i = std::get_if<std::int64_t>(&change.value)) {
        vtype = 1;
        vint = *i;
    } else if (const auto *d = std::get_if<double>(&change.value)) {
        vtype = 2;
        vreal = *d;
    } else if (const auto *s = std::get_if<std::string>(&change.value)) {
        vtype = 3;
        vtext = *s;
    }
    const auto seq = static_cast<std::int64_t>(nextSeq());
    m_db.exec(
        "INSERT INTO field_state (record_id, field, entity, scope, vtype, vint, vreal, vtext, hlc,"
        " device_id, op, seq, tx_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        " ON CONFLICT (record_id, field) DO UPDATE SET entity = excluded.entity, scope = excluded.scope,"
        " vtype = excluded.vtype, vint = excluded.vint, vreal = excluded.vreal, vtext = excluded.vtext,"
        " hlc = excluded.hlc, device_id = excluded.device_id, op = 0, seq = excluded.seq,"
        " tx_seq = excluded.tx_seq",
        {change.recordId, change.field, change.entity, scope, vtype, vint, vreal, vtext,
         static_cast<std::int64_t>(change.hlc.packed()), change.deviceId, seq,
         static_cast<std::int64_t>(m_txSeq)});
}

void LogWriter::writeTombstone(const std::string &entity, const std::string &recordId,
                               const std::string &scope, sync::Hlc hlc, const std::string &deviceId)
{
    m_db.exec("DELETE FROM field_state WHERE record_id = ?", {recordId});
    const auto seq = static_cast<std::int64_t>(nextSeq());
    m_db.exec(
        "INSERT INTO field_state (record_id, field, entity, scope, vtype, hlc, device_id, op, seq, tx_seq)"
        " VALUES (?, '', ?, ?, 0, ?, ?, 1, ?, ?)",
        {recordId, entity, scope, static_cast<std::int64_t>(hlc.packed()), deviceId, seq,
         static_cast<std::int64_t>(m_txSeq)});
    m_db.exec("INSERT INTO records (record_id, entity, scope, purged) VALUES (?, ?, ?, 1)"
              " ON CONFLICT (record_id) DO UPDATE SET purged = 1",
              {recordId, entity, scope});
}

void LogWriter::moveRecord(const std::string &recordId, const std::string &newScope)
{
    const auto rows =
        m_db.query("SELECT field FROM field_state WHERE record_id = ? ORDER BY seq", {recordId});
    for (const auto &row : rows) {
        const auto seq = static_cast<std::int64_t>(nextSeq());
        m_db.exec("UPDATE field_state SET scope = ?, seq = ?, tx_seq = ? WHERE record_id = ? AND field = ?",
                  {newScope, seq, static_cast<std::int64_t>(m_txSeq), recordId, asText(row[0])});
    }
    m_db.exec("UPDATE records SET scope = ? WHERE record_id = ?", {newScope, recordId});
}

void LogWriter::logAccess(const std::string &userId, const std::string &householdId, bool grant)
{
    const auto seq = static_cast<std::int64_t>(nextSeq());
    const auto hlc = static_cast<std::int64_t>(serverNow().packed());
    m_db.exec(
        "INSERT INTO access_log (seq, tx_seq, user_id, household_id, kind, hlc) VALUES (?, ?, ?, ?, ?, ?)",
        {seq, static_cast<std::int64_t>(m_txSeq), userId, householdId,
         std::string(grant ? "grant" : "revoke"), hlc});
}

void LogWriter::logDrop(const std::string &userId, const std::string &householdId, const std::string &entity,
                        const std::string &recordId)
{
    const auto seq = static_cast<std::int64_t>(nextSeq());
    const auto hlc = static_cast<std::int64_t>(serverNow().packed());
    m_db.exec("INSERT INTO access_log (seq, tx_seq, user_id, household_id, kind, hlc, entity, record_id)"
              " VALUES (?, ?, ?, ?, 'drop', ?, ?, ?)",
              {seq, static_cast<std::int64_t>(m_txSeq), userId, householdId, hlc, entity, recordId});
}

void LogWriter::finish()
{
    m_db.exec("UPDATE server_state SET value = ? WHERE key = 'seq'", {static_cast<std::int64_t>(m_seq)});
    m_db.exec("UPDATE server_state SET value = ? WHERE key = 'hlc'",
              {static_cast<std::int64_t>(m_clock.last().packed())});
}

} // namespace brugboek::server
