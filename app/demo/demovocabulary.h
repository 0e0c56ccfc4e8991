#pragma once

// The words the demo generator builds its records from: places, names by
// origin, the sociale kaart, needs and notes. Plain tables, no logic; all
// text is UTF-8.

#include <cstddef>

namespace brugboek::demo::vocabulary {

template<class T> struct Span
{
    const T *items;
    std::size_t size;

    [[nodiscard]] const T &operator[](std::size_t i) const { return items[i]; }
    [[nodiscard]] const T *begin() const { return items; }
    [[nodiscard]] const T *end() const { return items + size; }
};

// A weighted word; a weight of 0 is never drawn.
struct Weighted
{
    const char *text;
    int weight;
};

struct Neighbourhood
{
    const char *name;
    const char *postalCode;
    int city; // index into cities()
};

struct City
{
    const char *name;
    const char *phonePrefix; // "09", "03"
    Span<const char *> streets;
};

// Names and languages of families of one origin.
struct Origin
{
    const char *key;
    int weight;
    Span<const char *> familyNames;
    Span<const char *> motherNames;
    Span<const char *> fatherNames;
    Span<const char *> childNames;
    Span<const char *> languages; // list "taal" codes; the first is the main one
    int interpreterPercent; // chance that an interpreter is needed
    bool genderedSurnames; // Wiśniewski -> Wiśniewska, Dimitrov -> Dimitrova for women
};

// A kind of organisation on the sociale kaart; `name` holds placeholders
// {city}, {wijk} and {pool}, the last one filled from `pool`.
struct OrganisationTemplate
{
    const char *key;
    const char *kind; // list "organisatietype"
    const char *name;
    Span<const char *> pool;
    const char *services;
    const char *intakeProcedure;
    Span<const char *> openingHours;
    int minWaitingDays;
    int maxWaitingDays;
    const char *waitingNote; // may hold {weeks}
};

// A need a referral can be about, and the organisations that answer it.
struct Need
{
    const char *lifeDomain;
    const char *text;
    Span<const char *> organisations; // OrganisationTemplate keys
};

struct DomainNotes
{
    const char *lifeDomain;
    int weight;
    Span<const char *> notes; // may hold {kind}: a child's given name
    Span<const char *> agreements;
    Span<const char *> followUps;
};

struct SignalTemplate
{
    const char *lifeDomain;
    const char *text; // may hold {n}: a small number
};

[[nodiscard]] Span<City> cities();
[[nodiscard]] Span<Neighbourhood> neighbourhoods();
[[nodiscard]] Span<const char *> schoolNames();
[[nodiscard]] Span<const char *> schoolContacts();
[[nodiscard]] Span<Origin> origins();
[[nodiscard]] Span<const char *> reachNotes();
[[nodiscard]] Span<const char *> householdNotes();
[[nodiscard]] Span<OrganisationTemplate> organisationTemplates();
[[nodiscard]] Span<const char *> contactPeople();
[[nodiscard]] Span<Need> needs();
[[nodiscard]] Span<DomainNotes> domainNotes();
[[nodiscard]] Span<Weighted> encounterKinds(); // list "contactsoort"
[[nodiscard]] Span<const char *> unknownParents(); // may hold {kind}
[[nodiscard]] Span<Weighted> consentMethods(); // list "toestemming_wijze"
[[nodiscard]] Span<const char *> consentSubjects(); // may hold {org}
[[nodiscard]] Span<const char *> colleagues();
[[nodiscard]] Span<Weighted> outcomes();
[[nodiscard]] Span<const char *> abortNotes();
[[nodiscard]] Span<const char *> referralNotes();
[[nodiscard]] Span<const char *> waitingListNotes();
[[nodiscard]] Span<const char *> referralFollowUps(); // may hold {org}
[[nodiscard]] Span<SignalTemplate> signalTemplates();

} // namespace brugboek::demo::vocabulary
