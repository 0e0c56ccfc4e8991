#include "migrations.h"

#include "searchindex.h"

#include "sync/client/changelog.h"
#include "sync/client/database.h"

namespace brugboek::store {

using client::Database;
using client::StoreError;
using client::Transaction;

namespace {

// Foreign keys are deferred to commit so that a sync page can bring a child
// before its parent; ON DELETE CASCADE makes a purge take the dependants.
constexpr const char *householdRef =
    "REFERENCES household(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED";

// Columns are nullable (but for ids): sync may create a record from a single
// field, and a NULL never breaks that.
const char *const v1Sql = R"sql(
CREATE TABLE list_item (
    id TEXT PRIMARY KEY NOT NULL,
    list TEXT, code TEXT, label_nl TEXT, label_fr TEXT, label_en TEXT,
    sort_order INTEGER DEFAULT 0, active INTEGER DEFAULT 1
);
CREATE INDEX list_item_list ON list_item(list, sort_order);
CREATE TABLE school (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT, address TEXT, city TEXT, phone TEXT, contact_person TEXT, active INTEGER DEFAULT 1
);
CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT, kind TEXT, services TEXT, address TEXT, phone TEXT, email TEXT, website TEXT,
    intake_procedure TEXT, opening_hours TEXT, contact_person TEXT, waiting_days INTEGER,
    waiting_note TEXT, active INTEGER DEFAULT 1,
    search_text TEXT -- device-local: folded name, kind and services
);
CREATE TABLE household (
    id TEXT PRIMARY KEY NOT NULL,
    display_name TEXT, address TEXT, phone TEXT, email TEXT, reach_note TEXT, home_languages TEXT,
    interpreter_needed INTEGER DEFAULT 0, status TEXT DEFAULT 'open', closed_on TEXT, notes TEXT,
    sort_key TEXT -- device-local: folded display name
);
CREATE INDEX household_sort ON household(sort_key);
CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    given_name TEXT, family_name TEXT, role TEXT, birth_year INTEGER, school_id TEXT, class_name TEXT,
    phone TEXT, email TEXT, languages TEXT, notes TEXT
);
CREATE INDEX person_household ON person(household_id);
CREATE TABLE encounter (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    unknown_parent TEXT, kind TEXT, occurred_at INTEGER, school_id TEXT, place TEXT,
    people_present TEXT, life_domains TEXT, note TEXT, agreements TEXT
);
CREATE INDEX encounter_household ON encounter(household_id, occurred_at);
CREATE INDEX encounter_time ON encounter(occurred_at);
)sql";

const char *const v2Sql = R"sql(
CREATE TABLE referral (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    need TEXT, life_domain TEXT, organisation_id TEXT, warm INTEGER DEFAULT 0, follow_up_on TEXT, note TEXT,
    status TEXT, status_on TEXT -- device-local: from the latest referral_event
);
CREATE INDEX referral_household ON referral(household_id);
CREATE INDEX referral_status ON referral(status, follow_up_on);
CREATE TABLE referral_event (
    id TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT REFERENCES referral(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT, status TEXT, occurred_on TEXT, intake_on TEXT, accompany INTEGER DEFAULT 0,
    outcome TEXT, note TEXT
);
CREATE INDEX referral_event_referral ON referral_event(referral_id, occurred_on);
CREATE TABLE consent (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    subject TEXT, shared_with TEXT, organisation_id TEXT, colleague_id TEXT, given_by TEXT, method TEXT,
    given_on TEXT, withdrawn_on TEXT, note TEXT
);
CREATE INDEX consent_household ON consent(household_id);
CREATE TABLE follow_up (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    referral_id TEXT REFERENCES referral(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    encounter_id TEXT REFERENCES encounter(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    title TEXT, due_on TEXT, done_at INTEGER
);
CREATE INDEX follow_up_household ON follow_up(household_id);
CREATE INDEX follow_up_referral ON follow_up(referral_id);
CREATE INDEX follow_up_encounter ON follow_up(encounter_id);
CREATE INDEX follow_up_open ON follow_up(due_on) WHERE done_at IS NULL;
CREATE TABLE signal (
    id TEXT PRIMARY KEY NOT NULL,
    observed_on TEXT, life_domain TEXT, school_id TEXT, description TEXT, status TEXT DEFAULT 'new'
);
)sql";

const char *const v3Sql = R"sql(
CREATE TABLE search_token (
    token TEXT NOT NULL, -- folded word or run-together name, see textfold.h
    household_id TEXT NOT NULL,
    person_id TEXT NOT NULL, -- empty for the household's own name
    PRIMARY KEY (token, household_id, person_id)
) WITHOUT ROWID;
CREATE INDEX search_token_household ON search_token(household_id);
CREATE INDEX search_token_person ON search_token(person_id);
)sql";

const char *const v4Sql = R"sql(
ALTER TABLE sync_outbox ADD COLUMN base_seq INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sync_rejected (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    code INTEGER NOT NULL,
    reason TEXT NOT NULL,
    rejected_at INTEGER NOT NULL
);
CREATE TABLE household_share (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    user_id TEXT, consent_id TEXT, note TEXT
);
CREATE INDEX household_share_household ON household_share(household_id);
CREATE TABLE conflict (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    record_entity TEXT, record_id TEXT, field TEXT, lost_value TEXT, lost_device TEXT, lost_hlc INTEGER,
    resolved_at INTEGER
);
CREATE INDEX conflict_open ON conflict(household_id) WHERE resolved_at IS NULL;
CREATE INDEX conflict_record ON conflict(record_id);
CREATE TABLE team_member (
    id TEXT PRIMARY KEY NOT NULL,
    display_name TEXT, role TEXT, active INTEGER DEFAULT 1
);
)sql";

// Zitdag bookings. Not a foreign key to the encounter: undoing the
// conversation takes the encounter away and the booking is open again.
const char *const v5Sql = R"sql(
CREATE TABLE zitdag_booking (
    id TEXT PRIMARY KEY NOT NULL,
    household_id TEXT %HOUSEHOLD%,
    school_id TEXT, booked_for INTEGER, description TEXT, status TEXT DEFAULT 'booked', encounter_id TEXT
);
CREATE INDEX zitdag_booking_school ON zitdag_booking(school_id, booked_for);
CREATE INDEX zitdag_booking_household ON zitdag_booking(household_id, booked_for);
CREATE INDEX zitdag_booking_encounter ON zitdag_booking(encounter_id);
)sql";

struct Seed
{
    const char *list;
    const char *code;
    const char *nl;
    const char *fr;
    const char *en;
};

// The defaults of DOMAIN.md. Seeded without outbox entries: they are the same
// on every device, and the team's own lists arrive by sync and win.
const Seed seeds[] = {
    {"levensdomein", "school", "School en schoolkosten", "École et frais scolaires",
     "School and school costs"},
    {"levensdomein", "inkomen", "Inkomen en schulden", "Revenus et dettes", "Income and debts"},
    {"levensdomein", "wonen", "Wonen", "Logement", "Housing"},
    {"levensdomein", "gezondheid", "Gezondheid", "Santé", "Health"},
    {"levensdomein", "opvoeding", "Opvoeding", "Éducation des enfants", "Parenting"},
    {"levensdomein", "werk", "Werk en opleiding", "Emploi et formation", "Work and training"},
    {"levensdomein", "administratie", "Administratie en juridisch", "Administration et juridique",
     "Administration and legal"},
    {"levensdomein", "mobiliteit", "Mobiliteit", "Mobilité", "Mobility"},
    {"levensdomein", "vrije_tijd", "Vrije tijd", "Loisirs", "Leisure"},
    {"levensdomein", "taal", "Taal en integratie", "Langue et intégration", "Language and integration"},
    {"levensdomein", "materiele_hulp", "Materiële hulp", "Aide matérielle", "Material help"},

    {"contactsoort", "schoolpoort", "Schoolpoort", "Porte de l'école", "School gate"},
    {"contactsoort", "zitdag", "Zitdag", "Permanence", "Consultation hours"},
    {"contactsoort", "huisbezoek", "Huisbezoek", "Visite à domicile", "Home visit"},
    {"contactsoort", "telefoon", "Telefoon", "Téléphone", "Telephone"},
    {"contactsoort", "koffiemoment", "Koffiemoment", "Café des parents", "Parents' coffee morning"},
    {"contactsoort", "oudercontact", "Oudercontact", "Réunion parents-enseignants", "Parent-teacher meeting"},
    {"contactsoort", "mdo", "MDO / zorgoverleg", "Concertation pluridisciplinaire",
     "Multidisciplinary meeting"},
    {"contactsoort", "meegaan", "Meegaan naar een dienst", "Accompagnement vers un service",
     "Accompanying to a service"},
    {"contactsoort", "andere", "Andere", "Autre", "Other"},

    {"organisatietype", "caw", "CAW", "CAW (aide sociale générale)", "CAW (general welfare centre)"},
    {"organisatietype", "ocmw", "OCMW / sociale dienst", "CPAS / service social",
     "Public social welfare centre"},
    {"organisatietype", "ckg", "CKG", "CKG (centre pour l'enfant et la famille)", "Child and family centre"},
    {"organisatietype", "huis_van_het_kind", "Huis van het Kind", "Maison de l'Enfant", "Huis van het Kind"},
    {"organisatietype", "mutualiteit", "Mutualiteit", "Mutualité", "Health insurance fund"},
    {"organisatietype", "svk", "Sociaal verhuurkantoor", "Agence immobilière sociale",
     "Social rental agency"},
    {"organisatietype", "pro_deo", "Pro-Deo-advocaat", "Avocat pro deo", "Legal aid lawyer"},
    {"organisatietype", "naft", "NAFT-traject", "Trajet NAFT", "NAFT trajectory"},
    {"organisatietype", "zorgboerderij", "Zorgboerderij", "Ferme de soins", "Care farm"},
    {"organisatietype", "clb", "CLB", "CLB (centre PMS)", "Pupil guidance centre"},
    {"organisatietype", "andere", "Andere", "Autre", "Other"},

    {"taal", "nl", "Nederlands", "Néerlandais", "Dutch"},
    {"taal", "fr", "Frans", "Français", "French"},
    {"taal", "en", "Engels", "Anglais", "English"},
    {"taal", "ar", "Arabisch", "Arabe", "Arabic"},
    {"taal", "ber", "Berbers (Tamazight)", "Berbère (tamazight)", "Berber (Tamazight)"},
    {"taal", "tr", "Turks", "Turc", "Turkish"},
    {"taal", "pl", "Pools", "Polonais", "Polish"},
    {"taal", "ro", "Roemeens", "Roumain", "Romanian"},
    {"taal", "bg", "Bulgaars", "Bulgare", "Bulgarian"},
    {"taal", "es", "Spaans", "Espagnol", "Spanish"},
    {"taal", "ru", "Russisch", "Russe", "Russian"},
    {"taal", "uk", "Oekraïens", "Ukrainien", "Ukrainian"},
    {"taal", "prs", "Dari", "Dari", "Dari"},
    {"taal", "ps", "Pasjtoe", "Pachto", "Pashto"},
    {"taal", "so", "Somali", "Somali", "Somali"},
    {"taal", "ti", "Tigrinya", "Tigrigna", "Tigrinya"},

    {"toestemming_wijze", "mondeling", "Mondeling", "Orale", "Verbal"},
    {"toestemming_wijze", "schriftelijk", "Schriftelijk", "Écrite", "Written"},
    {"toestemming_wijze", "digitaal", "Digitaal", "Numérique", "Digital"},
};

void executeWithRefs(Database &db, const char *sql)
{
    db.execute(QString::fromUtf8(sql).replace(QLatin1String("%HOUSEHOLD%"), QLatin1String(householdRef)));
}

void applyV1(Database &db)
{
    db.execute(client::ChangeLog::schemaSql);
    executeWithRefs(db, v1Sql);
    int order = 0;
    QString lastList;
    for (const Seed &s : seeds) {
        const QString list = QString::fromUtf8(s.list);
        order = list == lastList ? order + 10 : 10;
        lastList = list;
        db.query("INSERT INTO list_item (id, list, code, label_nl, label_fr, label_en, sort_order, active) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
            .bind(1, list + QLatin1Char('/') + QString::fromUtf8(s.code))
            .bind(2, list)
            .bind(3, QString::fromUtf8(s.code))
            .bind(4, QString::fromUtf8(s.nl))
            .bind(5, QString::fromUtf8(s.fr))
            .bind(6, QString::fromUtf8(s.en))
            .bind(7, order)
            .exec();
    }
}

void applyV2(Database &db)
{
    executeWithRefs(db, v2Sql);
}

void applyV3(Database &db)
{
    db.execute(v3Sql);
    // Households and people written by version 2 get their tokens now.
    SearchIndex::rebuild(db);
}

void applyV4(Database &db)
{
    executeWithRefs(db, v4Sql);
}

void applyV5(Database &db)
{
    executeWithRefs(db, v5Sql);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all {
        {1, "sync tables, lists, schools, sociale kaart, households, people, encounters", applyV1},
        {2, "referrals and their events, consents, follow-ups, signals", applyV2},
        {3, "search tokens for as-you-type household search", applyV3},
        {4, "sync: base of pending edits, rejected changes, shares, conflicts, team members", applyV4},
        {5, "zitdag bookings", applyV5},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw StoreError(StoreError::Kind::Schema, 0,
                         "schema " + std::to_string(current) + ", this app knows up to " +
                             std::to_string(latestSchemaVersion()));
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        m.apply(db);
        db.execute(QStringLiteral("PRAGMA user_version = %1;").arg(m.version));
        tx.commit();
    }
}

} // namespace brugboek::store
