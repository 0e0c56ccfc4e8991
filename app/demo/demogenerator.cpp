#include "demogenerator.h"

#include "demovocabulary.h"

#include "app/store/repository.h"
#include "app/store/store.h"
#include "app/store/textfold.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <random>
#include <set>
#include <utility>
#include <vector>

namespace brugboek::demo {

namespace {

namespace voc = vocabulary;

using store::Consent;
using store::Encounter;
using store::FollowUp;
using store::Household;
using store::Organisation;
using store::Person;
using store::Referral;
using store::ReferralEvent;
using store::School;
using store::Signal;
namespace ReferralStatus = store::ReferralStatus;

constexpr int BatchSize = 500;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Fills "{key}" placeholders.
QString fill(const char *templ, std::initializer_list<std::pair<const char *, QString>> values)
{
    QString out = text(templ);
    for (const auto &[key, value] : values)
        out.replace(QLatin1String(key), value);
    return out;
}

// Seeded randomness built only on std::mt19937's raw output, whose sequence the
// standard fixes; the std distributions differ between standard libraries.
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    {
    }

    std::uint32_t next32() { return static_cast<std::uint32_t>(m_engine()); }

    // Uniform in [0, n), without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        if (n <= 1)
            return 0;
        if (n <= 0xffffffffULL) {
            const std::uint64_t limit = (0x100000000ULL / n) * n;
            std::uint64_t x;
            do {
                x = next32();
            } while (x >= limit);
            return x % n;
        }
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t x;
        do {
            x = (static_cast<std::uint64_t>(next32()) << 32) | next32();
        } while (x >= limit);
        return x % n;
    }

    // Uniform in [lo, hi]; lo when hi < lo.
    int between(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    bool chance(int percent) { return between(0, 99) < percent; }

    template<class T> const T &pick(voc::Span<T> items)
    {
        return items[static_cast<std::size_t>(below(items.size))];
    }

    template<class T> const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

    // An index drawn by weight; `weightOf(i)` for i in [0, count).
    template<class F> std::size_t weighted(std::size_t count, F weightOf)
    {
        std::uint64_t total = 0;
        for (std::size_t i = 0; i < count; ++i)
            total += static_cast<std::uint64_t>(weightOf(i));
        std::uint64_t r = below(total);
        for (std::size_t i = 0; i < count; ++i) {
            const auto w = static_cast<std::uint64_t>(weightOf(i));
            if (r < w)
                return i;
            r -= w;
        }
        return count - 1;
    }

    const char *weighted(voc::Span<voc::Weighted> items)
    {
        return items[weighted(items.size, [&](std::size_t i) { return items[i].weight; })].text;
    }

    template<class T> void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(i))]);
    }

private:
    std::mt19937 m_engine;
};

QString ordinal(int n)
{
    return QString::number(n) + (n == 1 || n >= 8 ? QLatin1String("ste") : QLatin1String("de"));
}

// "Wiśniewski" -> "Wiśniewska", "Dimitrov" -> "Dimitrova".
QString feminine(const QString &familyName)
{
    if (familyName.endsWith(QLatin1String("ki")))
        return familyName.left(familyName.size() - 1) + QLatin1Char('a');
    if (familyName.endsWith(QLatin1String("ov")) || familyName.endsWith(QLatin1String("ev")))
        return familyName + QLatin1Char('a');
    return familyName;
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : store::foldText(name)) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

class Generator
{
public:
    Generator(store::Store &store, const DemoOptions &options)
        : m_store(store)
        , m_repo(store)
        , m_options(options)
        , m_random(options.seed)
        , m_today(options.today.isValid() ? options.today : QDate::currentDate())
        , m_zone(QByteArrayLiteral("Europe/Brussels"))
    {
        if (!m_zone.isValid())
            m_zone = QTimeZone(3600);
        // The current school year and the two before it.
        const int schoolYear = m_today.month() >= 9 ? m_today.year() : m_today.year() - 1;
        m_schoolYear = schoolYear;
        m_start = QDate(schoolYear - 2, 9, 1);
    }

    DemoSummary run()
    {
        m_tx.emplace(m_store.db());
        writeSchools();
        writeOrganisations();
        writeHouseholds();
        planEncounters();
        writeEncounters();
        writeReferrals();
        writeHouseholdConsents();
        writeSignals();
        writeBookings();
        commitBatch(false);
        return m_summary;
    }

private:
    struct SchoolInfo
    {
        QString id;
        int neighbourhood;
    };
    struct OrganisationInfo
    {
        QString id;
        QString name;
        std::size_t templ;
        int city;
        int waitingDays;
    };
    struct Member
    {
        QString id;
        QString name; // given name
        QString fullName;
    };
    struct HouseholdInfo
    {
        QString id;
        int city = 0;
        int school = -1;
        QDate from;
        QDate until;
        std::vector<Member> parents; // the main contact first
        std::vector<Member> children;
        std::array<std::size_t, 3> domains {};
        int weight = 1;
    };
    struct PlannedEncounter
    {
        int household; // -1: parent not yet known
        QDate day;
        bool operator<(const PlannedEncounter &o) const
        {
            return day != o.day ? day < o.day : household < o.household;
        }
    };

    // Counts records toward the current transaction and starts a new one
    // every BatchSize records: one commit per record would be far slower.
    void written(int records = 1)
    {
        m_inBatch += records;
        if (m_inBatch >= BatchSize)
            commitBatch(true);
    }

    void commitBatch(bool again)
    {
        // As on a device that has pushed everything; per batch, so that the
        // outbox never grows to millions of rows first.
        if (m_options.synced)
            m_store.db().execute("DELETE FROM sync_outbox;");
        m_tx->commit();
        m_tx.reset();
        m_inBatch = 0;
        if (again)
            m_tx.emplace(m_store.db());
    }

    QDateTime at(const QDate &day, int minuteOfDay) const
    {
        return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), m_zone);
    }

    QDate randomDay(QDate from, QDate until, bool schoolDays)
    {
        if (until < from)
            until = from;
        const auto span = from.daysTo(until);
        QDate day;
        for (int attempt = 0; attempt < 12; ++attempt) {
            day = from.addDays(m_random.between(0, static_cast<int>(span)));
            if (!schoolDays)
                return day;
            const bool weekend = day.dayOfWeek() >= 6;
            const bool summer = day.month() == 7 || day.month() == 8;
            if (!weekend && !(summer && m_random.chance(85)))
                return day;
        }
        return day;
    }

    QString phone(int city)
    {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(text(voc::cities()[static_cast<std::size_t>(city)].phonePrefix))
            .arg(m_random.between(210, 399))
            .arg(m_random.between(10, 99))
            .arg(m_random.between(10, 99));
    }

    QString mobile()
    {
        return QStringLiteral("04%1 %2 %3 %4")
            .arg(m_random.between(60, 99))
            .arg(m_random.between(10, 99), 2, 10, QLatin1Char('0'))
            .arg(m_random.between(10, 99))
            .arg(m_random.between(10, 99));
    }

    QString address(std::size_t neighbourhood)
    {
        const auto &n = voc::neighbourhoods()[neighbourhood];
        const auto &c = voc::cities()[static_cast<std::size_t>(n.city)];
        QString street =
            text(m_random.pick(c.streets)) + QLatin1Char(' ') + QString::number(m_random.between(1, 240));
        if (m_random.chance(20))
            street += QStringLiteral(" bus ") + QString::number(m_random.between(1, 30));
        return QStringLiteral("%1, %2 %3").arg(street, text(n.postalCode), text(c.name));
    }

    std::size_t neighbourhoodIn(int city)
    {
        std::vector<std::size_t> in;
        for (std::size_t i = 0; i < voc::neighbourhoods().size; ++i) {
            if (voc::neighbourhoods()[i].city == city)
                in.push_back(i);
        }
        return m_random.pick(in);
    }

    int cityOf(std::size_t neighbourhood) const { return voc::neighbourhoods()[neighbourhood].city; }

    void writeSchools()
    {
        const auto names = voc::schoolNames();
        for (int i = 0; i < m_options.schools; ++i) {
            // Alternate cities so that both have schools.
            const std::size_t nb = neighbourhoodIn(i % static_cast<int>(voc::cities().size));
            School s;
            s.name = text(names[static_cast<std::size_t>(i) % names.size]);
            if (static_cast<std::size_t>(i) >= names.size)
                s.name += QStringLiteral(" – vestiging %1").arg(static_cast<std::size_t>(i) / names.size + 1);
            s.address = address(nb);
            s.city = text(voc::cities()[static_cast<std::size_t>(cityOf(nb))].name);
            s.phone = phone(cityOf(nb));
            s.contactPerson = text(m_random.pick(voc::schoolContacts()));
            m_repo.save(s);
            m_schools.push_back({s.id, static_cast<int>(nb)});
            ++m_summary.schools;
            written();
        }
    }

    void writeOrganisations()
    {
        struct Candidate
        {
            std::size_t templ;
            std::size_t neighbourhood;
            QString name;
        };
        const auto templates = voc::organisationTemplates();
        std::vector<Candidate> all;
        std::set<QString> seen;
        for (std::size_t t = 0; t < templates.size; ++t) {
            for (std::size_t nb = 0; nb < voc::neighbourhoods().size; ++nb) {
                const auto &n = voc::neighbourhoods()[nb];
                const QString name =
                    fill(templates[t].name,
                         {{"{city}", text(voc::cities()[static_cast<std::size_t>(n.city)].name)},
                          {"{wijk}", text(n.name)},
                          {"{pool}", text(m_random.pick(templates[t].pool))}});
                if (seen.insert(name).second)
                    all.push_back({t, nb, name});
            }
        }
        m_random.shuffle(all);
        // One of every kind of service first, so that even a small map can
        // answer every need; then the rest in random order.
        std::vector<Candidate> ordered;
        std::set<QString> first;
        std::vector<bool> covered(templates.size, false);
        for (const auto &c : all) {
            if (!covered[c.templ]) {
                covered[c.templ] = true;
                ordered.push_back(c);
                first.insert(c.name);
            }
        }
        std::sort(ordered.begin(), ordered.end(),
                  [](const Candidate &a, const Candidate &b) { return a.templ < b.templ; });
        for (const auto &c : all) {
            if (first.count(c.name) == 0)
                ordered.push_back(c);
        }

        m_organisationsByTemplate.assign(templates.size, {});
        for (int i = 0; i < m_options.organisations && !ordered.empty(); ++i) {
            const Candidate &c = ordered[static_cast<std::size_t>(i) % ordered.size()];
            const auto &t = templates[c.templ];
            Organisation o;
            o.name = c.name;
            if (static_cast<std::size_t>(i) >= ordered.size())
                o.name += QStringLiteral(" (%1)").arg(static_cast<std::size_t>(i) / ordered.size() + 1);
            o.kind = text(t.kind);
            o.services = text(t.services);
            o.address = address(c.neighbourhood);
            o.phone = phone(cityOf(c.neighbourhood));
            o.email = slug(c.name) + QStringLiteral("@example.org");
            o.website = QStringLiteral("https://%1.example.org").arg(slug(c.name));
            o.intakeProcedure = text(t.intakeProcedure);
            o.openingHours = text(m_random.pick(t.openingHours));
            if (m_random.chance(70))
                o.contactPerson = text(m_random.pick(voc::contactPeople()));
            o.waitingDays = m_random.between(t.minWaitingDays, t.maxWaitingDays);
            if (o.waitingDays > 0 && *t.waitingNote)
                o.waitingNote =
                    fill(t.waitingNote, {{"{weeks}", QString::number(std::max(1, o.waitingDays / 7))}});
            o.active = !m_random.chance(4);
            m_repo.save(o);
            m_organisationsByTemplate[c.templ].push_back(m_organisations.size());
            m_organisations.push_back({o.id, o.name, c.templ, cityOf(c.neighbourhood), o.waitingDays});
            ++m_summary.organisations;
            written();
        }
    }

    std::size_t templateIndex(const char *key) const
    {
        const auto templates = voc::organisationTemplates();
        for (std::size_t t = 0; t < templates.size; ++t) {
            if (qstrcmp(templates[t].key, key) == 0)
                return t;
        }
        return templates.size;
    }

    // An organisation that answers the need, preferably in the family's city.
    const OrganisationInfo *organisationFor(const voc::Need &need, int city)
    {
        if (m_organisations.empty())
            return nullptr;
        const std::size_t t = templateIndex(m_random.pick(need.organisations));
        if (t >= m_organisationsByTemplate.size() || m_organisationsByTemplate[t].empty())
            return &m_random.pick(m_organisations);
        std::vector<std::size_t> nearby;
        for (const std::size_t i : m_organisationsByTemplate[t]) {
            if (m_organisations[i].city == city)
                nearby.push_back(i);
        }
        return &m_organisations[m_random.pick(nearby.empty() ? m_organisationsByTemplate[t] : nearby)];
    }

    std::size_t domainWeighted()
    {
        const auto domains = voc::domainNotes();
        return m_random.weighted(domains.size, [&](std::size_t i) { return domains[i].weight; });
    }

    QString className(int birthYear, bool &inPrimarySchool)
    {
        const int grade = m_schoolYear - birthYear - 5; // born Y-6: 1ste leerjaar in school year Y
        inPrimarySchool = grade >= -2 && grade <= 6;
        const QString letter =
            m_random.chance(60) ? QStringLiteral(" %1").arg(QChar(u'A' + m_random.between(0, 2))) : QString();
        if (grade >= 1 && grade <= 6)
            return ordinal(grade) + QStringLiteral(" leerjaar") + letter;
        if (grade >= -2 && grade <= 0)
            return ordinal(grade + 3) + QStringLiteral(" kleuterklas") + letter;
        if (grade == -3 && m_random.chance(50)) {
            inPrimarySchool = true;
            return QStringLiteral("instapklas");
        }
        if (grade >= 7 && grade <= 12)
            return ordinal(grade - 6) + QStringLiteral(" middelbaar");
        return {};
    }

    void writeHouseholds()
    {
        const auto origins = voc::origins();
        for (int i = 0; i < m_options.households; ++i) {
            const auto &origin =
                origins[m_random.weighted(origins.size, [&](std::size_t o) { return origins[o].weight; })];
            HouseholdInfo info;
            Household h;
            std::vector<Person> people = makeHousehold(origin, info, h);
            m_repo.save(h);
            info.id = h.id;
            ++m_summary.households;
            written();
            for (Person &p : people) {
                p.householdId = h.id;
                m_repo.save(p);
                ++m_summary.people;
                written();
                Member m {p.id, p.givenName, p.givenName + QLatin1Char(' ') + p.familyName};
                if (p.role == QLatin1String("child"))
                    info.children.push_back(std::move(m));
                else
                    info.parents.push_back(std::move(m));
            }
            m_households.push_back(std::move(info));
        }
    }

    // A family of one origin: one or two parents (the main contact first)
    // and one to four children, most of them at one of the team's schools.
    std::vector<Person> makeHousehold(const voc::Origin &origin, HouseholdInfo &info, Household &h)
    {
        const int windowDays = static_cast<int>(m_start.daysTo(m_today));
        info.school = m_schools.empty() ? -1 : m_random.between(0, static_cast<int>(m_schools.size()) - 1);
        const std::size_t nb = info.school >= 0 && m_random.chance(70)
            ? static_cast<std::size_t>(m_schools[static_cast<std::size_t>(info.school)].neighbourhood)
            : static_cast<std::size_t>(m_random.between(0, static_cast<int>(voc::neighbourhoods().size) - 1));
        info.city = cityOf(nb);

        const QString family = marked(text(m_random.pick(origin.familyNames)));
        h.displayName = family;
        h.address = address(nb);
        h.phone = mobile();
        h.homeLanguages << text(origin.languages[0]);
        for (std::size_t l = 1; l < origin.languages.size; ++l) {
            if (m_random.chance(35))
                h.homeLanguages << text(origin.languages[l]);
        }
        if (h.homeLanguages.first() != QLatin1String("nl") && m_random.chance(40))
            h.homeLanguages << QStringLiteral("nl");
        h.homeLanguages.removeDuplicates();
        h.interpreterNeeded = m_random.chance(origin.interpreterPercent);
        if (m_random.chance(40))
            h.reachNote = marked(text(m_random.pick(voc::reachNotes())));
        if (m_random.chance(15))
            h.notes = marked(text(m_random.pick(voc::householdNotes())));

        // Some families were followed before the window, most start in it.
        info.from = m_random.chance(25) ? m_start.addDays(-m_random.between(0, 400))
                                        : m_start.addDays(m_random.between(0, windowDays * 85 / 100));
        info.until = m_today.addDays(-1);
        if (m_random.chance(10) && info.from.daysTo(m_today) > 90) {
            h.status = QStringLiteral("closed");
            h.closedOn = randomDay(std::max(info.from, m_start).addDays(60), m_today.addDays(-1), false);
            info.until = h.closedOn;
        }

        std::vector<Person> people;
        // A couple, a single mother or a single father.
        const int shape = m_random.between(0, 99);
        const bool hasMother = shape < 93;
        const bool hasFather = shape >= 65;
        const int eldestBirthYear = m_schoolYear - m_random.between(3, 11);
        const int motherBirthYear = eldestBirthYear - m_random.between(20, 38);
        auto parentLanguages = [&]() {
            QStringList l {text(origin.languages[0])};
            if (l.first() != QLatin1String("nl") && m_random.chance(40))
                l << QStringLiteral("nl");
            return l;
        };
        if (hasMother) {
            Person p;
            // Most mothers keep their own name; Polish and Bulgarian ones
            // often take their husband's, in its feminine form.
            const bool ownName = hasFather && !(origin.genderedSurnames && m_random.chance(70));
            p.familyName = ownName ? marked(text(m_random.pick(origin.familyNames))) : family;
            if (origin.genderedSurnames)
                p.familyName = feminine(p.familyName);
            p.givenName = text(m_random.pick(origin.motherNames));
            p.birthYear = motherBirthYear;
            p.phone = h.phone;
            p.languages = parentLanguages();
            people.push_back(p);
        }
        if (hasFather) {
            Person p;
            p.givenName = text(m_random.pick(origin.fatherNames));
            p.familyName = family;
            p.birthYear = motherBirthYear - m_random.between(-2, 8);
            if (!hasMother)
                p.phone = h.phone;
            else if (m_random.chance(50))
                p.phone = mobile();
            p.languages = parentLanguages();
            people.push_back(p);
        }
        if (m_random.chance(35)) {
            const Person &main = people.front();
            h.email = QStringLiteral("%1.%2%3@example.com")
                          .arg(slug(main.givenName), slug(main.familyName).remove(QLatin1Char('-')))
                          .arg(main.birthYear % 100);
            people.front().email = h.email;
        }

        const int childCount = 1 + static_cast<int>(m_random.weighted(4, [](std::size_t k) {
                                   constexpr int w[] = {30, 35, 22, 13};
                                   return w[k];
                               }));
        for (int c = 0; c < childCount; ++c) {
            Person p;
            p.role = QStringLiteral("child");
            // Siblings have different names.
            for (int attempt = 0; attempt < 8; ++attempt) {
                p.givenName = text(m_random.pick(origin.childNames));
                if (std::none_of(people.begin(), people.end(),
                                 [&](const Person &o) { return o.givenName == p.givenName; }))
                    break;
            }
            p.familyName = family;
            p.birthYear = c == 0
                ? eldestBirthYear
                : std::clamp(eldestBirthYear + m_random.between(-4, 6), m_schoolYear - 16, m_schoolYear);
            bool primary = false;
            p.className = className(p.birthYear, primary);
            if (primary && info.school >= 0) {
                const int school = m_random.chance(90)
                    ? info.school
                    : m_random.between(0, static_cast<int>(m_schools.size()) - 1);
                p.schoolId = m_schools[static_cast<std::size_t>(school)].id;
            }
            if (h.homeLanguages.first() != QLatin1String("nl"))
                p.languages = QStringList {QStringLiteral("nl"), h.homeLanguages.first()};
            people.push_back(p);
        }

        for (auto &d : info.domains)
            d = domainWeighted();
        constexpr int intensities[] = {1, 2, 4, 8, 16, 32};
        info.weight = intensities[m_random.weighted(6, [](std::size_t k) {
            constexpr int w[] = {40, 25, 18, 10, 5, 2};
            return w[k];
        })];
        return people;
    }

    void planEncounters()
    {
        const int total = std::max(0, m_options.encounters);
        const int anonymous = m_households.empty() ? total : total * 2 / 100;
        // A household's share: how intensely it is followed, times how long.
        std::vector<std::uint64_t> cumulative;
        std::uint64_t sum = 0;
        for (const auto &h : m_households) {
            const auto days =
                static_cast<std::uint64_t>(std::max<qint64>(1, std::max(h.from, m_start).daysTo(h.until)));
            sum += days * static_cast<std::uint64_t>(h.weight);
            cumulative.push_back(sum);
        }
        m_plan.reserve(static_cast<std::size_t>(total));
        for (int i = 0; i < total - anonymous; ++i) {
            const std::uint64_t r = m_random.below(sum);
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
            const int household = static_cast<int>(it - cumulative.begin());
            const auto &h = m_households[static_cast<std::size_t>(household)];
            m_plan.push_back({household, randomDay(std::max(h.from, m_start), h.until, true)});
        }
        for (int i = 0; i < anonymous; ++i)
            m_plan.push_back({-1, randomDay(m_start, m_today.addDays(-1), true)});
        // Written in the order they happened, as on a real device.
        std::sort(m_plan.begin(), m_plan.end());
    }

    int minuteFor(const QString &kind)
    {
        if (kind == QLatin1String("schoolpoort"))
            return m_random.chance(70) ? m_random.between(8 * 60 + 15, 8 * 60 + 55)
                                       : m_random.between(15 * 60 + 20, 15 * 60 + 45);
        if (kind == QLatin1String("zitdag") || kind == QLatin1String("koffiemoment"))
            return m_random.between(9 * 60, 11 * 60 + 45);
        if (kind == QLatin1String("oudercontact"))
            return m_random.between(16 * 60, 19 * 60);
        return m_random.between(9 * 60, 16 * 60 + 30);
    }

    QString childName(const HouseholdInfo *h)
    {
        if (h && !h->children.empty())
            return m_random.pick(h->children).name;
        return text(m_random.pick(m_random.pick(voc::origins()).childNames));
    }

    QString placeFor(const QString &kind)
    {
        if (kind == QLatin1String("schoolpoort"))
            return QStringLiteral("Schoolpoort");
        if (kind == QLatin1String("zitdag"))
            return QStringLiteral("Zitdaglokaal");
        if (kind == QLatin1String("huisbezoek"))
            return QStringLiteral("Thuis");
        if (kind == QLatin1String("koffiemoment"))
            return QStringLiteral("Ouderlokaal");
        if (kind == QLatin1String("oudercontact"))
            return QStringLiteral("Klaslokaal");
        if (kind == QLatin1String("mdo"))
            return QStringLiteral("Vergaderzaal school");
        if (kind == QLatin1String("meegaan") && !m_organisations.empty())
            return m_random.pick(m_organisations).name;
        if (kind == QLatin1String("andere"))
            return QStringLiteral("Buurtcentrum");
        return {};
    }

    void writeEncounters()
    {
        const auto domains = voc::domainNotes();
        for (const auto &plan : m_plan) {
            const HouseholdInfo *h =
                plan.household >= 0 ? &m_households[static_cast<std::size_t>(plan.household)] : nullptr;
            Encounter e;
            if (h) {
                e.householdId = h->id;
                e.kind = text(m_random.weighted(voc::encounterKinds()));
                if (h->school >= 0)
                    e.schoolId = m_schools[static_cast<std::size_t>(h->school)].id;
                e.peoplePresent << h->parents.front().id;
                if (h->parents.size() > 1 && m_random.chance(e.kind == QLatin1String("huisbezoek") ? 60 : 20))
                    e.peoplePresent << h->parents.back().id;
                if (e.kind == QLatin1String("oudercontact") && !h->children.empty())
                    e.peoplePresent << m_random.pick(h->children).id;
            } else {
                e.kind = m_random.chance(80) ? QStringLiteral("schoolpoort") : QStringLiteral("koffiemoment");
                e.unknownParent =
                    fill(m_random.pick(voc::unknownParents()), {{"{kind}", childName(nullptr)}});
                if (!m_schools.empty())
                    e.schoolId = m_random.pick(m_schools).id;
            }
            e.occurredAt = at(plan.day, minuteFor(e.kind));
            e.place = placeFor(e.kind);

            std::vector<std::size_t> chosen;
            const int domainCount = 1 + static_cast<int>(m_random.weighted(3, [](std::size_t k) {
                                        constexpr int w[] = {60, 30, 10};
                                        return w[k];
                                    }));
            for (int d = 0; d < domainCount; ++d) {
                const std::size_t domain =
                    h && m_random.chance(65) ? h->domains[m_random.below(3)] : domainWeighted();
                if (std::find(chosen.begin(), chosen.end(), domain) == chosen.end())
                    chosen.push_back(domain);
            }
            for (const std::size_t d : chosen)
                e.lifeDomains << text(domains[d].lifeDomain);
            const auto &first = domains[chosen.front()];
            e.note = marked(fill(m_random.pick(first.notes), {{"{kind}", childName(h)}}));
            if (chosen.size() > 1 && m_random.chance(30))
                e.note += QLatin1Char(' ') +
                    fill(m_random.pick(domains[chosen[1]].notes), {{"{kind}", childName(h)}});
            if (h && m_random.chance(40))
                e.agreements = fill(m_random.pick(first.agreements), {{"{kind}", childName(h)}});

            if (h && m_random.chance(12)) {
                FollowUp f;
                f.title = fill(m_random.pick(first.followUps), {{"{kind}", childName(h)}});
                f.dueOn = plan.day.addDays(m_random.between(1, 14));
                // Most past follow-ups were done; the ones left open are
                // recent (a worker does not leave one lying for months).
                if (f.dueOn < m_today && (m_random.chance(92) || f.dueOn.daysTo(m_today) > 28))
                    f.doneAt = doneAt(f.dueOn);
                m_repo.saveEncounter(e, &f);
                ++m_summary.followUps;
                written(2);
            } else {
                m_repo.saveEncounter(e);
                written();
            }
            ++m_summary.encounters;
        }
    }

    // When a worker ticks off a task due on `due`: that day or a little
    // later, never after yesterday.
    QDateTime doneAt(const QDate &due)
    {
        const QDate day =
            std::min(due.addDays(m_random.chance(70) ? 0 : m_random.between(1, 3)), m_today.addDays(-1));
        return at(day, m_random.between(8 * 60, 17 * 60));
    }

    struct PlannedReferral
    {
        int household;
        QDate day;
        bool operator<(const PlannedReferral &o) const
        {
            return day != o.day ? day < o.day : household < o.household;
        }
    };

    std::vector<PlannedReferral> planReferrals()
    {
        std::vector<PlannedReferral> out;
        if (m_households.empty())
            return out;
        const int count = m_options.referrals >= 0 ? m_options.referrals : m_options.encounters * 15 / 100;
        std::vector<std::size_t> withHousehold;
        for (std::size_t i = 0; i < m_plan.size(); ++i) {
            if (m_plan[i].household >= 0)
                withHousehold.push_back(i);
        }
        // A referral is discussed in a conversation with the family.
        for (int i = 0; i < count; ++i) {
            if (!withHousehold.empty()) {
                const auto &p = m_plan[m_random.pick(withHousehold)];
                out.push_back({p.household, p.day});
            } else {
                const int household = m_random.between(0, static_cast<int>(m_households.size()) - 1);
                const auto &h = m_households[static_cast<std::size_t>(household)];
                out.push_back({household, randomDay(std::max(h.from, m_start), h.until, true)});
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // The life of a referral up to today (DOMAIN.md): each step happens after
    // the one before; the story stops at the first step still in the future.
    std::vector<ReferralEvent> history(const QDate &discussed, bool warm, int waitingDays)
    {
        std::vector<ReferralEvent> events;
        QDate day = discussed;
        auto step = [&](const QString &status, const QDate &on) {
            if (on > m_today)
                return false;
            ReferralEvent e;
            e.status = status;
            e.occurredOn = on;
            events.push_back(e);
            day = on;
            return true;
        };
        auto abort = [&](const QDate &on) {
            if (step(ReferralStatus::Aborted, on))
                events.back().note = marked(text(m_random.pick(voc::abortNotes())));
        };

        step(ReferralStatus::Discussed, discussed);
        if (m_random.chance(6)) {
            abort(day.addDays(m_random.between(7, 60)));
            return events;
        }
        if (!step(ReferralStatus::Registered,
                  day.addDays(warm ? m_random.between(0, 3) : m_random.between(1, 21))))
            return events;
        QDate intakePlanned;
        if (waitingDays > 0 && m_random.chance(75)) {
            if (!step(ReferralStatus::WaitingList, day.addDays(m_random.between(1, 10))))
                return events;
            if (m_random.chance(40))
                events.back().note = marked(text(m_random.pick(voc::waitingListNotes())));
            const int wait = waitingDays * m_random.between(50, 160) / 100;
            if (m_random.chance(8)) {
                abort(day.addDays(m_random.between(14, std::max(15, wait))));
                return events;
            }
            intakePlanned = day.addDays(wait);
        } else {
            intakePlanned = day.addDays(m_random.between(3, 21));
        }
        if (!step(ReferralStatus::IntakePlanned, intakePlanned))
            return events;
        const QDate intake = day.addDays(m_random.between(3, 21));
        events.back().intakeOn = intake;
        events.back().accompany = warm && m_random.chance(60);
        if (m_random.chance(10)) {
            abort(intake.addDays(m_random.between(1, 14)));
            return events;
        }
        if (!step(ReferralStatus::Ongoing, intake))
            return events;
        // Most help ends within months; some (budget management) runs for years.
        const int duration = m_random.chance(25) ? m_random.between(200, 900) : m_random.between(14, 180);
        if (step(ReferralStatus::Closed, day.addDays(duration)))
            events.back().outcome = text(m_random.weighted(voc::outcomes()));
        return events;
    }

    void writeReferrals()
    {
        const auto needs = voc::needs();
        const auto domains = voc::domainNotes();
        int openCount = 0;
        for (const auto &plan : planReferrals()) {
            const auto &h = m_households[static_cast<std::size_t>(plan.household)];
            const char *domain =
                domains[m_random.chance(70) ? h.domains[m_random.below(3)] : domainWeighted()].lifeDomain;
            std::vector<std::size_t> fitting;
            for (std::size_t n = 0; n < needs.size; ++n) {
                if (qstrcmp(needs[n].lifeDomain, domain) == 0)
                    fitting.push_back(n);
            }
            const auto &need = needs[fitting.empty() ? m_random.below(needs.size) : m_random.pick(fitting)];
            const OrganisationInfo *org = organisationFor(need, h.city);

            Referral r;
            r.householdId = h.id;
            r.need = text(need.text);
            r.lifeDomain = text(need.lifeDomain);
            r.organisationId = org ? org->id : QString();
            r.warm = m_random.chance(45);
            if (m_random.chance(30))
                r.note = marked(text(m_random.pick(voc::referralNotes())));
            std::vector<ReferralEvent> events = history(plan.day, r.warm, org ? org->waitingDays : 0);
            const QDate last = events.back().occurredOn;
            const bool open = ReferralStatus::open().contains(events.back().status);
            if (open) {
                // The first two open ones make sure the lists of due and
                // overdue tasks are never empty.
                const int category = openCount < 2 ? openCount * 20 : m_random.between(0, 99);
                QDate next;
                if (category < 15)
                    next = m_today;
                else if (category < 45)
                    next = m_today.addDays(-m_random.between(1, 20));
                else
                    next = m_today.addDays(m_random.between(1, 21));
                r.followUpOn = std::max(next, std::min(last.addDays(1), m_today));
                ++openCount;
            }

            m_repo.createReferral(r, events.front());
            written(2);
            ++m_summary.referrals;
            ++m_summary.referralEvents;
            for (std::size_t i = 1; i < events.size(); ++i) {
                events[i].referralId = r.id;
                m_repo.addReferralEvent(events[i]);
                ++m_summary.referralEvents;
                written();
            }

            const QString orgName = org ? org->name : QStringLiteral("de dienst");
            if (open && (openCount <= 2 || m_random.chance(70))) {
                FollowUp f;
                f.householdId = h.id;
                f.referralId = r.id;
                f.title = fill(m_random.pick(voc::referralFollowUps()), {{"{org}", orgName}});
                f.dueOn = r.followUpOn;
                m_repo.save(f);
                ++m_summary.followUps;
                written();
            } else if (!open && m_random.chance(40)) {
                FollowUp f;
                f.householdId = h.id;
                f.referralId = r.id;
                f.title = fill(m_random.pick(voc::referralFollowUps()), {{"{org}", orgName}});
                f.dueOn =
                    std::min(events[events.size() > 1 ? 1 : 0].occurredOn.addDays(m_random.between(3, 14)),
                             m_today.addDays(-1));
                f.doneAt = doneAt(f.dueOn);
                m_repo.save(f);
                ++m_summary.followUps;
                written();
            }

            // Registering the family with a service shares their data: only
            // with the parents' consent.
            if (org && m_random.chance(60))
                writeConsent(h, m_random.pick(voc::consentSubjects()), org->name, org->id, plan.day);
        }
    }

    void writeConsent(const HouseholdInfo &h, const char *subject, const QString &with, const QString &orgId,
                      const QDate &on)
    {
        Consent c;
        c.householdId = h.id;
        c.subject = fill(subject, {{"{org}", with}});
        c.sharedWith = with;
        c.organisationId = orgId;
        c.givenBy = h.parents.front().fullName;
        c.method = text(m_random.weighted(voc::consentMethods()));
        c.givenOn = on;
        m_repo.save(c);
        ++m_summary.consents;
        written();
        if (m_random.chance(7) && on.daysTo(m_today) > 7) {
            m_repo.withdrawConsent(c.id, std::min(on.addDays(m_random.between(7, 200)), m_today));
            written();
        }
    }

    // Working in tandem with a colleague, which is shared only with consent.
    void writeHouseholdConsents()
    {
        for (const auto &h : m_households) {
            if (!m_random.chance(25))
                continue;
            const QDate on = randomDay(std::max(h.from, m_start), h.until, true);
            writeConsent(h, voc::consentSubjects()[1], text(m_random.pick(voc::colleagues())), QString(), on);
        }
    }

    void writeSignals()
    {
        const int count = std::max(5, m_options.households / 12);
        for (int i = 0; i < count; ++i) {
            const auto &t = m_random.pick(voc::signalTemplates());
            Signal s;
            s.observedOn = randomDay(m_start, m_today, true);
            s.lifeDomain = text(t.lifeDomain);
            if (!m_schools.empty() && m_random.chance(60))
                s.schoolId = m_random.pick(m_schools).id;
            s.description = fill(t.text, {{"{n}", QString::number(m_random.between(2, 9))}});
            if (s.observedOn.daysTo(m_today) > 30 && m_random.chance(85))
                s.status = QStringLiteral("sent");
            m_repo.save(s);
            ++m_summary.structuralSignals;
            written();
        }
    }

    // Today's zitdag at the school with the most families: a few of them
    // booked, one parent not known yet; and a few bookings in the coming
    // days elsewhere.
    void writeBookings()
    {
        if (m_schools.empty() || m_households.empty())
            return;
        std::vector<int> families(m_schools.size(), 0);
        for (const auto &h : m_households)
            if (h.school >= 0)
                ++families[static_cast<std::size_t>(h.school)];
        const int school =
            static_cast<int>(std::max_element(families.begin(), families.end()) - families.begin());
        static const char *const subjects[] = {
            "schooltoeslag aanvragen",
            "factuur schoolreis",
            "brief van de deurwaarder",
            "huurwaarborg",
            "studietoelage",
            "inschrijving kinderopvang",
            "vraag over de mutualiteit",
            "energiefactuur",
        };
        auto subject = [&] {
            return text(subjects[m_random.between(0, static_cast<int>(std::size(subjects)) - 1)]);
        };
        auto book = [&](const QString &household, const QString &description, int schoolIndex, QDate day,
                        int minuteOfDay) {
            store::ZitdagBooking b;
            b.householdId = household;
            b.description = description;
            b.schoolId = m_schools[static_cast<std::size_t>(schoolIndex)].id;
            b.bookedFor = at(day, minuteOfDay);
            m_repo.save(b);
            ++m_summary.zitdagBookings;
            written();
        };
        std::vector<std::size_t> here;
        for (std::size_t i = 0; i < m_households.size() && here.size() < 4; ++i)
            if (m_households[i].school == school && m_households[i].until >= m_today.addDays(-1))
                here.push_back(i);
        const int times[] = {8 * 60 + 45, 9 * 60 + 15, 9 * 60 + 45, 10 * 60 + 30};
        for (std::size_t i = 0; i < here.size(); ++i)
            book(m_households[here[i]].id, subject(), school, m_today, times[i]);
        book({},
             QStringLiteral("mama van %1, %2")
                 .arg(text(m_random.pick(voc::origins()[0].childNames)), subject()),
             school, m_today, 11 * 60);
        for (int i = 0; i < 3; ++i) {
            const auto &h = m_households[static_cast<std::size_t>(
                m_random.between(0, static_cast<int>(m_households.size()) - 1))];
            book(h.id, subject(), std::max(h.school, 0), m_today.addDays(m_random.between(1, 10)),
                 m_random.between(34, 60) * 15);
        }
    }

    store::Store &m_store;
    store::Repository m_repo;
    DemoOptions m_options;
    Random m_random;
    // scripts/test sets BRUGBOEK_TEST_MARKER: every name and note then
    // carries it, and scripts/test checks that no log of the run shows it.
    const QString m_marker = qEnvironmentVariable("BRUGBOEK_TEST_MARKER");
    QString marked(const QString &s) const
    {
        return m_marker.isEmpty() ? s : s + QLatin1Char(' ') + m_marker;
    }
    QDate m_today;
    QTimeZone m_zone;
    int m_schoolYear = 0;
    QDate m_start;

    std::optional<client::Transaction> m_tx;
    int m_inBatch = 0;
    DemoSummary m_summary;

    std::vector<SchoolInfo> m_schools;
    std::vector<OrganisationInfo> m_organisations;
    std::vector<std::vector<std::size_t>> m_organisationsByTemplate;
    std::vector<HouseholdInfo> m_households;
    std::vector<PlannedEncounter> m_plan;
};

} // namespace

DemoSummary generateDemoData(store::Store &store, const DemoOptions &options)
{
    return Generator(store, options).run();
}

} // namespace brugboek::demo
