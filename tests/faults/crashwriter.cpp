// The child of tst_crashsafety: writes to the store in <dir> through the
// Repository until it is killed, and reports each committed write on stdout,
// flushed right after the commit. Not a test by itself.
//
//   crashwriter <dir> <seed>
//
// Output, one line each:
//   R                                  the store is open
//   C <entity> <id> <column> <value>   created; <column> holds <value>
//   C household <id> v <n>             created; notes start with "<id> v<n> "
//   U household <id> v <n>             notes (and maybe the name) updated to version n
//   P <entity> <id>                    purged, with everything depending on it

#include "app/store/repository.h"
#include "platform/developmentkeyprovider.h"

#include <QDir>
#include <QRandomGenerator>

#include <cstdio>
#include <exception>

using namespace brugboek;
using namespace brugboek::store;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QStringList ids(client::Database &db, const char *sql)
{
    QStringList out;
    client::Query q = db.query(sql);
    while (q.next())
        out << q.text(0);
    return out;
}

const QStringList familyNames = {
    QStringLiteral("El Amrani"),      QStringLiteral("Peeters"), QStringLiteral("Öztürk"),
    QStringLiteral("D'Hondt"),        QStringLiteral("Nowak"),   QStringLiteral("Janssens"),
    QStringLiteral("Van den Broeck"), QStringLiteral("Popescu"),
};

class Writer
{
public:
    Writer(Store &store, quint32 seed)
        : m_store(store)
        , m_repo(store)
        , m_rng(seed)
    {
        m_households = ids(store.db(), "SELECT id FROM household");
        m_referrals = ids(store.db(), "SELECT id FROM referral");
    }

    void step()
    {
        // Purge more often once the store is big, so that it stays small.
        if (m_households.size() > 80 && m_rng.bounded(2) == 0) {
            purge();
            return;
        }
        const int roll = static_cast<int>(m_rng.bounded(100));
        if (m_households.size() < 3 || roll < 25)
            newHousehold();
        else if (roll < 37)
            newReferral();
        else if (roll < 45 && !m_referrals.isEmpty())
            newReferralEvent();
        else if (roll < 60)
            newEncounter();
        else if (roll < 85)
            updateHousehold();
        else
            purge();
    }

private:
    QString pick(const QStringList &from) { return from.at(static_cast<int>(m_rng.bounded(from.size()))); }

    // Notes of 0 to ~16 KiB: big ones span several pages and overflow pages,
    // so a kill can land in the middle of writing one transaction.
    QString filler()
    {
        const int len = m_rng.bounded(4) == 0 ? static_cast<int>(m_rng.bounded(16000))
                                              : static_cast<int>(m_rng.bounded(200));
        return QStringLiteral("gesprek over schoolkosten, huur en de wachtlijst. ")
            .repeated(len / 50 + 1)
            .left(len);
    }

    void newHousehold()
    {
        Household h;
        h.id = m_store.newId();
        h.displayName = pick(familyNames);
        h.notes = h.id + QStringLiteral(" v1 ") + filler();
        h.homeLanguages = QStringList {QStringLiteral("nl"), QStringLiteral("ar")};
        m_repo.save(h);
        say(QStringLiteral("C household %1 v 1").arg(h.id));
        m_households << h.id;

        const int people = static_cast<int>(m_rng.bounded(1, 4));
        for (int i = 0; i < people; ++i) {
            Person p;
            p.id = m_store.newId();
            p.householdId = h.id;
            p.givenName = QStringLiteral("Kind%1").arg(i);
            p.familyName = h.displayName;
            p.role = i == 0 ? QStringLiteral("parent") : QStringLiteral("child");
            p.birthYear = 2010 + i;
            p.notes = QStringLiteral("person-") + p.id;
            m_repo.save(p);
            say(QStringLiteral("C person %1 notes %2").arg(p.id, p.notes));
        }
    }

    void newReferral()
    {
        Referral r;
        r.id = m_store.newId();
        r.householdId = pick(m_households);
        r.need = QStringLiteral("referral-") + r.id;
        r.warm = m_rng.bounded(2) == 1;
        r.note = filler();
        // The referral and its first event in one transaction.
        m_repo.createReferral(r);
        say(QStringLiteral("C referral %1 need %2").arg(r.id, r.need));
        m_referrals << r.id;
    }

    void newReferralEvent()
    {
        ReferralEvent e;
        e.referralId = pick(m_referrals);
        e.status = ReferralStatus::WaitingList;
        e.occurredOn = QDate(2026, 11, 1).addDays(m_rng.bounded(60));
        e.note = filler();
        m_repo.addReferralEvent(e);
        say(QStringLiteral("C referral_event %1 referral_id %2").arg(e.id, e.referralId));
    }

    void newEncounter()
    {
        Encounter e;
        e.id = m_store.newId();
        e.householdId = pick(m_households);
        e.kind = QStringLiteral("schoolpoort");
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(1795335300000 + m_rng.bounded(100000000));
        e.note = QStringLiteral("encounter-") + e.id;
        e.agreements = filler();
        if (m_rng.bounded(2) == 0) {
            m_repo.saveEncounter(e);
            say(QStringLiteral("C encounter %1 note %2").arg(e.id, e.note));
            return;
        }
        // With a follow-up: both in one transaction.
        FollowUp f;
        f.id = m_store.newId();
        f.title = QStringLiteral("follow-up-") + f.id;
        f.dueOn = QDate(2026, 12, 1);
        m_repo.saveEncounter(e, &f);
        say(QStringLiteral("C encounter %1 note %2").arg(e.id, e.note));
        say(QStringLiteral("C follow_up %1 title %2").arg(f.id, f.title));
    }

    void updateHousehold()
    {
        const QString id = pick(m_households);
        const auto h = m_repo.load<Household>(id);
        if (!h)
            return;
        const int version = h->notes.section(QLatin1Char(' '), 1, 1).mid(1).toInt() + 1;
        QVariantMap columns {{QStringLiteral("notes"), id + QStringLiteral(" v%1 ").arg(version) + filler()}};
        if (m_rng.bounded(3) == 0)
            columns.insert(QStringLiteral("display_name"), pick(familyNames));
        m_repo.update("household", id, columns);
        say(QStringLiteral("U household %1 v %2").arg(id).arg(version));
    }

    void purge()
    {
        if (!m_referrals.isEmpty() && m_rng.bounded(4) == 0) {
            const QString id = pick(m_referrals);
            m_repo.purge("referral", id);
            say(QStringLiteral("P referral %1").arg(id));
            m_referrals.removeAll(id);
            return;
        }
        const QString id = pick(m_households);
        m_repo.purge("household", id);
        say(QStringLiteral("P household %1").arg(id));
        m_households.removeAll(id);
        // Its referrals went with it.
        m_referrals = ids(m_store.db(), "SELECT id FROM referral");
    }

    Store &m_store;
    Repository m_repo;
    QRandomGenerator m_rng;
    QStringList m_households;
    QStringList m_referrals;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: crashwriter <dir> <seed>\n", stderr);
        return 2;
    }
    try {
        const QString dir = QString::fromLocal8Bit(argv[1]);
        platform::DevelopmentKeyProvider keys(QDir(dir).filePath(QStringLiteral("database.key")));
        auto store = Store::open(dir, keys);
        Writer writer(*store, static_cast<quint32>(QByteArray(argv[2]).toULong()));
        say(QStringLiteral("R"));
        for (;;)
            writer.step();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "crashwriter: %s\n", e.what());
        return 1;
    }
}
