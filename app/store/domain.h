#pragma once

// The records of DOMAIN.md as value types. Each is a Q_GADGET whose
// properties map one to one onto the columns of its table (camelCase ->
// snake_case), see recordmapper.h; properties not synced (derived on the
// device) are marked with the "derived" class info.

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace brugboek::store {

// Gezin: a household and how to reach it.
struct Household
{
    Q_GADGET
    Q_CLASSINFO("entity", "household")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QString reachNote MEMBER reachNote)
    Q_PROPERTY(QStringList homeLanguages MEMBER homeLanguages)
    Q_PROPERTY(bool interpreterNeeded MEMBER interpreterNeeded)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDate closedOn MEMBER closedOn)
    Q_PROPERTY(QString notes MEMBER notes)
public:
    QString id;
    QString displayName;
    QString address;
    QString phone;
    QString email;
    QString reachNote; // "best na 16u, via WhatsApp"
    QStringList homeLanguages; // list "taal" codes
    bool interpreterNeeded = false;
    QString status = QStringLiteral("open"); // open | closed
    QDate closedOn;
    QString notes;
};

// A parent, guardian or child of a household.
struct Person
{
    Q_GADGET
    Q_CLASSINFO("entity", "person")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString givenName MEMBER givenName)
    Q_PROPERTY(QString familyName MEMBER familyName)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(int birthYear MEMBER birthYear)
    Q_PROPERTY(QString schoolId MEMBER schoolId)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QStringList languages MEMBER languages)
    Q_PROPERTY(QString notes MEMBER notes)
public:
    QString id;
    QString householdId;
    QString givenName;
    QString familyName;
    QString role = QStringLiteral("parent"); // parent | guardian | child | other
    int birthYear = 0; // 0: unknown
    QString schoolId; // children
    QString className; // children: "3de leerjaar B"
    QString phone;
    QString email;
    QStringList languages;
    QString notes;
};

// Contactmoment: one encounter, in one of the scenes.
struct Encounter
{
    Q_GADGET
    Q_CLASSINFO("entity", "encounter")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString unknownParent MEMBER unknownParent)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QDateTime occurredAt MEMBER occurredAt)
    Q_PROPERTY(QString schoolId MEMBER schoolId)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QStringList peoplePresent MEMBER peoplePresent)
    Q_PROPERTY(QStringList lifeDomains MEMBER lifeDomains)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QString agreements MEMBER agreements)
public:
    QString id;
    QString householdId; // empty while the parent is not yet known
    QString unknownParent; // "mama van Amir, 2de lj, hoofddoek blauw"
    QString kind; // list "contactsoort": schoolpoort, zitdag, huisbezoek, ...
    QDateTime occurredAt;
    QString schoolId;
    QString place;
    QStringList peoplePresent; // person ids
    QStringList lifeDomains; // list "levensdomein" codes
    QString note;
    QString agreements;
};

// Toeleiding: a referral of a household to an organisation. Its life is the
// append-only list of ReferralEvents; status and statusOn are derived from it.
struct Referral
{
    Q_GADGET
    Q_CLASSINFO("entity", "referral")
    Q_CLASSINFO("derived", "status,statusOn")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString need MEMBER need)
    Q_PROPERTY(QString lifeDomain MEMBER lifeDomain)
    Q_PROPERTY(QString organisationId MEMBER organisationId)
    Q_PROPERTY(bool warm MEMBER warm)
    Q_PROPERTY(QDate followUpOn MEMBER followUpOn)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDate statusOn MEMBER statusOn)
public:
    QString id;
    QString householdId;
    QString need;
    QString lifeDomain;
    QString organisationId;
    bool warm = false; // warm: the worker goes along or registers together with the parent
    QDate followUpOn; // next call to check on it
    QString note;
    QString status;
    QDate statusOn;
};

// One step in a referral's life; never changed once written.
struct ReferralEvent
{
    Q_GADGET
    Q_CLASSINFO("entity", "referral_event")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString referralId MEMBER referralId)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDate occurredOn MEMBER occurredOn)
    Q_PROPERTY(QDate intakeOn MEMBER intakeOn)
    Q_PROPERTY(bool accompany MEMBER accompany)
    Q_PROPERTY(QString outcome MEMBER outcome)
    Q_PROPERTY(QString note MEMBER note)
public:
    QString id;
    QString referralId;
    QString householdId;
    QString status; // see ReferralStatus
    QDate occurredOn;
    QDate intakeOn; // intake_gepland
    bool accompany = false; // meegaan
    QString outcome; // afgerond: see ReferralOutcome
    QString note;
};

// Toestemming: what the parents agreed may be shared, with whom, and when it
// was withdrawn.
struct Consent
{
    Q_GADGET
    Q_CLASSINFO("entity", "consent")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(QString sharedWith MEMBER sharedWith)
    Q_PROPERTY(QString organisationId MEMBER organisationId)
    Q_PROPERTY(QString colleagueId MEMBER colleagueId)
    Q_PROPERTY(QString givenBy MEMBER givenBy)
    Q_PROPERTY(QString method MEMBER method)
    Q_PROPERTY(QDate givenOn MEMBER givenOn)
    Q_PROPERTY(QDate withdrawnOn MEMBER withdrawnOn)
    Q_PROPERTY(QString note MEMBER note)
public:
    QString id;
    QString householdId;
    QString subject; // what may be shared
    QString sharedWith; // with whom, in words
    QString organisationId;
    QString colleagueId;
    QString givenBy; // person id or name
    QString method; // list "toestemming_wijze": mondeling, schriftelijk, digitaal
    QDate givenOn;
    QDate withdrawnOn;
    QString note;
};

// Opvolging: "call CAW Thursday whether the intake happened".
struct FollowUp
{
    Q_GADGET
    Q_CLASSINFO("entity", "follow_up")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString referralId MEMBER referralId)
    Q_PROPERTY(QString encounterId MEMBER encounterId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QDate dueOn MEMBER dueOn)
    Q_PROPERTY(QDateTime doneAt MEMBER doneAt)
public:
    QString id;
    QString householdId;
    QString referralId;
    QString encounterId;
    QString title;
    QDate dueOn;
    QDateTime doneAt; // invalid while open
};

// An organisation on the sociale kaart.
struct Organisation
{
    Q_GADGET
    Q_CLASSINFO("entity", "organisation")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString services MEMBER services)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QString website MEMBER website)
    Q_PROPERTY(QString intakeProcedure MEMBER intakeProcedure)
    Q_PROPERTY(QString openingHours MEMBER openingHours)
    Q_PROPERTY(QString contactPerson MEMBER contactPerson)
    Q_PROPERTY(int waitingDays MEMBER waitingDays)
    Q_PROPERTY(QString waitingNote MEMBER waitingNote)
    Q_PROPERTY(bool active MEMBER active)
public:
    QString id;
    QString name;
    QString kind; // list "organisatietype"
    QString services; // free text: "schuldbemiddeling, budgetbegeleiding"
    QString address;
    QString phone;
    QString email;
    QString website;
    QString intakeProcedure;
    QString openingHours;
    QString contactPerson;
    int waitingDays = 0; // known waiting time; 0: none known
    QString waitingNote;
    bool active = true;
};

struct School
{
    Q_GADGET
    Q_CLASSINFO("entity", "school")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString city MEMBER city)
    Q_PROPERTY(QString phone MEMBER phone)
    Q_PROPERTY(QString contactPerson MEMBER contactPerson)
    Q_PROPERTY(bool active MEMBER active)
public:
    QString id;
    QString name;
    QString address;
    QString city;
    QString phone;
    QString contactPerson;
    bool active = true;
};

// Signaal: an anonymous observation about the system, never about a family.
struct Signal
{
    Q_GADGET
    Q_CLASSINFO("entity", "signal")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QDate observedOn MEMBER observedOn)
    Q_PROPERTY(QString lifeDomain MEMBER lifeDomain)
    Q_PROPERTY(QString schoolId MEMBER schoolId)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString status MEMBER status)
public:
    QString id;
    QDate observedOn;
    QString lifeDomain;
    QString schoolId;
    QString description;
    QString status = QStringLiteral("new"); // new | sent
};

// An entry of a team-editable list (levensdomein, contactsoort, ...).
struct ListItem
{
    Q_GADGET
    Q_CLASSINFO("entity", "list_item")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString list MEMBER list)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString labelNl MEMBER labelNl)
    Q_PROPERTY(QString labelFr MEMBER labelFr)
    Q_PROPERTY(QString labelEn MEMBER labelEn)
    Q_PROPERTY(int sortOrder MEMBER sortOrder)
    Q_PROPERTY(bool active MEMBER active)
public:
    QString id; // "<list>/<code>": the same on every device
    QString list;
    QString code;
    QString labelNl;
    QString labelFr;
    QString labelEn;
    int sortOrder = 0;
    bool active = true;

    [[nodiscard]] QString label(const QString &language) const;
};

// A conversation booked at a zitdag, for a household or for a parent not
// known yet (described in a few words). It becomes "seen" when the
// conversation is noted as a contactmoment, or is cancelled.
struct ZitdagBooking
{
    Q_GADGET
    Q_CLASSINFO("entity", "zitdag_booking")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString schoolId MEMBER schoolId)
    Q_PROPERTY(QDateTime bookedFor MEMBER bookedFor)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString encounterId MEMBER encounterId)
public:
    QString id;
    QString householdId; // empty while the parent is not yet known
    QString schoolId;
    QDateTime bookedFor;
    QString description; // "mama van Amir, vraag over schooltoeslag"
    QString status = QStringLiteral("booked"); // see BookingStatus
    QString encounterId; // seen: the contactmoment it became
};

namespace BookingStatus {
inline const QString Booked = QStringLiteral("booked");
inline const QString Seen = QStringLiteral("seen");
inline const QString Cancelled = QStringLiteral("cancelled");
[[nodiscard]] const QStringList &all();
} // namespace BookingStatus

// A household shared with a colleague, on the strength of a consent.
struct HouseholdShare
{
    Q_GADGET
    Q_CLASSINFO("entity", "household_share")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString householdId MEMBER householdId)
    Q_PROPERTY(QString userId MEMBER userId)
    Q_PROPERTY(QString consentId MEMBER consentId)
    Q_PROPERTY(QString note MEMBER note)
public:
    QString id;
    QString householdId;
    QString userId; // the colleague: a team_member id
    QString consentId; // the consent that allows it
    QString note;
};

// A colleague in the team, as the server lists its user accounts.
struct TeamMember
{
    Q_GADGET
    Q_CLASSINFO("entity", "team_member")
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(bool active MEMBER active)
public:
    QString id;
    QString displayName;
    QString role; // worker | coordinator | admin
    bool active = true;
};

// The life of a referral (DOMAIN.md): besproken met ouder -> aangemeld ->
// wachtlijst -> intake gepland -> lopend -> afgerond, or afgebroken.
namespace ReferralStatus {
inline const QString Discussed = QStringLiteral("besproken");
inline const QString Registered = QStringLiteral("aangemeld");
inline const QString WaitingList = QStringLiteral("wachtlijst");
inline const QString IntakePlanned = QStringLiteral("intake_gepland");
inline const QString Ongoing = QStringLiteral("lopend");
inline const QString Closed = QStringLiteral("afgerond");
inline const QString Aborted = QStringLiteral("afgebroken");
[[nodiscard]] const QStringList &all();
[[nodiscard]] const QStringList &open(); // all but afgerond and afgebroken
} // namespace ReferralStatus

namespace ReferralOutcome {
[[nodiscard]] const QStringList &
all(); // geholpen, deels, niet_geholpen, ouder_haakte_af, geweigerd_door_dienst
}

} // namespace brugboek::store
