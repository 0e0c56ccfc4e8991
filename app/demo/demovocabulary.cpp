#include "demovocabulary.h"

namespace brugboek::demo::vocabulary {

namespace {

template<class T, std::size_t N> constexpr Span<T> span(const T (&a)[N])
{
    return {a, N};
}

const char *const gentStreets[] = {
    "Wondelgemstraat",     "Bevrijdingslaan",      "Phoenixstraat",        "Rabotstraat",
    "Sleepstraat",         "Dendermondsesteenweg", "Brusselsesteenweg",    "Hundelgemsesteenweg",
    "Sint-Salvatorstraat", "Frans Rooseveltlaan",  "Francisco Ferrerlaan", "Kasteellaan",
    "Jozef II-straat",     "Vlotstraat",           "Meulestedesteenweg",   "Gasmeterlaan",
    "Tolhuislaan",         "Antwerpsesteenweg",    "Victor Braeckmanlaan", "Kortrijksesteenweg"};

const char *const antwerpStreets[] = {"Turnhoutsebaan",       "Kerkstraat",
                                      "Diepestraat",          "Lange Beeldekensstraat",
                                      "De Coninckplein",      "Sint-Bernardsesteenweg",
                                      "Kioskplaats",          "Bredabaan",
                                      "Ploegstraat",          "Pastoor Coplaan",
                                      "Ijzerenpoortkaai",     "Columbiastraat",
                                      "Boomsesteenweg",       "Gitschotellei",
                                      "Groenenborgerlaan",    "Abdijstraat",
                                      "Van Kerckhovenstraat", "Carnotstraat",
                                      "Statiestraat",         "Oudebareellei"};

const City cityTable[] = {
    {"Gent", "09", span(gentStreets)},
    {"Antwerpen", "03", span(antwerpStreets)},
};

const Neighbourhood neighbourhoodTable[] = {
    {"Brugse Poort", "9000", 0}, {"Rabot", "9000", 0},     {"Sluizeken", "9000", 0},
    {"Dampoort", "9000", 0},     {"Ledeberg", "9050", 0},  {"Sint-Amandsberg", "9040", 0},
    {"Nieuw Gent", "9000", 0},   {"Wondelgem", "9032", 0}, {"Gentbrugge", "9050", 0},
    {"Muide", "9000", 0},        {"Oostakker", "9041", 0}, {"Borgerhout", "2140", 1},
    {"Deurne", "2100", 1},       {"Hoboken", "2660", 1},   {"Merksem", "2170", 1},
    {"Kiel", "2020", 1},         {"Seefhoek", "2060", 1},  {"Luchtbal", "2030", 1},
    {"Linkeroever", "2050", 1},  {"Berchem", "2600", 1},   {"Wilrijk", "2610", 1},
};

const char *const schoolNameTable[] = {
    "Basisschool De Regenboog",
    "Stedelijke Basisschool De Sterretjes",
    "Vrije Basisschool Sint-Salvator",
    "GO! Basisschool De Wonderboom",
    "Basisschool Het Zonnetje",
    "Freinetschool De Kleine Prins",
    "Sint-Jozefschool",
    "Stedelijke Basisschool 't Tuimelke",
    "Vrije Basisschool Klavertje Vier",
    "GO! Basisschool De Kleine Wereld",
    "Basisschool De Vlinderboom",
    "Sint-Paulusschool",
    "Basisschool Het Palet",
    "Stedelijke Basisschool De Toverfluit",
    "Vrije Basisschool Mariaburcht",
    "Basisschool De Horizon",
};

const char *const schoolContactTable[] = {
    "An Claeys (directeur)",          "Peter Vandamme (directeur)", "Leen De Backer (zorgcoördinator)",
    "Nadia Boukhari (zorgleraar)",    "Koen Verhaegen (directeur)", "Sofie Lambrecht (zorgcoördinator)",
    "Hilde Van Acker (secretariaat)", "Mehmet Kaya (brugfiguur)",   "Els Roels (zorgcoördinator)",
};

// Names by origin. Kept to names common in Flanders' cities.
const char *const flemishFamily[] = {
    "Janssens",      "Peeters",   "Maes",         "Jacobs",       "Mertens", "Willems",
    "Claes",         "Goossens",  "Wouters",      "De Smet",      "D'Hondt", "Van den Broeck",
    "Vermeulen",     "De Clercq", "Van de Velde", "Van Damme",    "De Vos",  "Verstraete",
    "Van Hoeylandt", "De Wilde",  "Claeys",       "Vandenberghe", "D'Haese", "Van Acker"};
const char *const flemishMothers[] = {"Sofie", "Lies",    "Nathalie", "Kelly", "Ellen", "Sarah",    "Jessica",
                                      "Tine",  "Evelien", "Kimberly", "Griet", "Joke",  "Stephanie"};
const char *const flemishFathers[] = {"Kevin", "Bart", "Tom",  "Jens", "Dieter", "Steven",
                                      "Wim",   "Gert", "Kris", "Davy", "Pieter", "Jonas"};
const char *const flemishChildren[] = {"Lotte", "Noah", "Lucas", "Emma",  "Mila",   "Louis", "Ferre",
                                       "Nore",  "Wout", "Jules", "Liam",  "Olivia", "Elise", "Nand",
                                       "Stan",  "Fien", "Lena",  "Warre", "Marie",  "Seppe"};
const char *const flemishLanguages[] = {"nl"};

const char *const moroccanFamily[] = {
    "El Amrani", "Benali",  "El Idrissi", "Bouzid",   "Aït Ouali",   "El Khattabi", "Azzouzi",     "Boukhari",
    "Tahiri",    "Chaouki", "El Ouahabi", "Ben Said", "Ouled Ahmed", "Bakkali",     "El Mokhtari", "Lamrini"};
const char *const moroccanMothers[] = {"Fatima", "Khadija", "Naima", "Samira", "Hanane", "Malika",
                                       "Latifa", "Souad",   "Nadia", "Siham",  "Loubna"};
const char *const moroccanFathers[] = {"Mohamed", "Youssef", "Rachid",   "Said",   "Abdel",
                                       "Karim",   "Hassan",  "Mustapha", "Nordin", "Bilal"};
const char *const moroccanChildren[] = {"Amir",  "Yasmine", "Ilyas", "Aya",     "Adam",  "Sara",
                                        "Rayan", "Nour",    "Inès",  "Ayoub",   "Salma", "Hamza",
                                        "Imane", "Anas",    "Marwa", "Zakaria", "Lina",  "Soufiane"};
const char *const moroccanLanguages[] = {"ar", "ber", "nl", "fr"};

const char *const turkishFamily[] = {"Çelik", "Öztürk", "Yılmaz",  "Kaya",   "Demir",
                                     "Şahin", "Doğan",  "Aydın",   "Arslan", "Koç",
                                     "Güneş", "Yıldız", "Erdoğan", "Kılıç",  "Özdemir"};
const char *const turkishMothers[] = {"Ayşe",   "Emine",  "Hatice", "Fatma", "Özlem",
                                      "Zeynep", "Gülşen", "Derya",  "Sevgi"};
const char *const turkishFathers[] = {"Mehmet",  "Mustafa", "Hüseyin", "Ahmet",
                                      "İbrahim", "Murat",   "Serkan",  "Kemal"};
const char *const turkishChildren[] = {"Elif",  "Zeynep", "Yusuf", "Emir",  "Ömer",  "Eylül", "Defne",
                                       "Berat", "Kerem",  "Ecrin", "Miray", "Çağan", "Aslı",  "Kaan"};
const char *const turkishLanguages[] = {"tr", "nl"};

const char *const frenchFamily[] = {"Lefèvre", "Dubois",  "Dupont",   "Lambert", "Leclercq", "Lejeune",
                                    "Renard",  "Mathieu", "François", "Gérard",  "Delvaux",  "Lemaître"};
const char *const frenchMothers[] = {"Céline",  "Aurélie",  "Stéphanie", "Hélène",
                                     "Mélanie", "Virginie", "Noémie"};
const char *const frenchFathers[] = {"Sébastien", "Frédéric", "Jérôme", "Cédric", "Grégory", "Benoît"};
const char *const frenchChildren[] = {"Chloé",   "Théo",  "Zoé",    "Léa",  "Noé",  "Maël",  "Anaïs",
                                      "Clément", "Lucie", "Éloïse", "Jade", "Hugo", "Célia", "Mathéo"};
const char *const frenchLanguages[] = {"fr", "nl"};

const char *const polishFamily[] = {"Nowak",    "Kowalczyk",   "Wiśniewski", "Wójcik",
                                    "Kamiński", "Lewandowski", "Zieliński",  "Szymański",
                                    "Woźniak",  "Dąbrowski",   "Kozłowski",  "Mazur"};
const char *const polishMothers[] = {"Agnieszka", "Katarzyna", "Małgorzata", "Magdalena",
                                     "Joanna",    "Ewa",       "Dorota"};
const char *const polishFathers[] = {"Piotr", "Tomasz", "Paweł", "Łukasz", "Krzysztof", "Marek", "Grzegorz"};
const char *const polishChildren[] = {"Zuzanna", "Jakub", "Julia",  "Antoni",   "Maja",  "Szymon",
                                      "Lena",    "Filip", "Oliwia", "Wojciech", "Zofia", "Mikołaj"};
const char *const polishLanguages[] = {"pl", "nl"};

const char *const syrianFamily[] = {"Al-Hassan", "Haddad", "Al-Khatib", "Al-Ahmad", "Hamdan",
                                    "Al-Masri",  "Kassab", "Al-Sayed",  "Darwish",  "Nasser"};
const char *const syrianMothers[] = {"Rania", "Hiba", "Layla", "Ghada", "Reem", "Amal", "Dima"};
const char *const syrianFathers[] = {"Ahmad", "Omar", "Khaled", "Bassam", "Fadi", "Mahmoud", "Samer"};
const char *const syrianChildren[] = {"Lina", "Karim", "Jana", "Tarek", "Maya",
                                      "Hala", "Yaman", "Rima", "Joud",  "Ward"};
const char *const syrianLanguages[] = {"ar"};

const char *const westAfricanFamily[] = {"N'Diaye", "Diallo", "Ba",     "Sow",   "Traoré",
                                         "Camara",  "Koné",   "Mensah", "Owusu", "N'Guessan"};
const char *const westAfricanMothers[] = {"Aminata", "Fatou", "Awa", "Mariama", "Akosua", "Adjoa"};
const char *const westAfricanFathers[] = {"Mamadou", "Ousmane", "Ibrahima", "Kwame", "Abdoulaye", "Moussa"};
const char *const westAfricanChildren[] = {"Aïssatou", "Ibrahim", "Binta",  "Samba", "Kadiatou",
                                           "Kofi",     "Mariam",  "Seydou", "Ama",   "Fanta"};
const char *const westAfricanLanguages[] = {"fr", "en"};

const char *const balkanFamily[] = {"Popescu", "Ionescu", "Stoica",   "Dimitrov",  "Georgiev",
                                    "Popa",    "Ivanov",  "Stoyanov", "Rădulescu", "Mihăilă"};
const char *const balkanMothers[] = {"Elena", "Ioana", "Daniela", "Mariya", "Gergana", "Florentina"};
const char *const balkanFathers[] = {"Ionuț", "Mihai", "Ștefan", "Georgi", "Dimitar", "Vasile"};
const char *const balkanChildren[] = {"Andrei", "Maria",  "Alexandru", "Gabriela",
                                      "Ivan",   "Denisa", "Nikol",     "Darius"};
const char *const balkanLanguages[] = {"ro", "bg"};

const char *const afghanFamily[] = {"Ahmadi", "Rahimi", "Hakimi", "Sultani", "Noori", "Karimi", "Hosseini"};
const char *const afghanMothers[] = {"Zahra", "Mariam", "Fereshta", "Shabnam", "Masooda"};
const char *const afghanFathers[] = {"Ali", "Hamid", "Jawad", "Mohammad", "Rahim"};
const char *const afghanChildren[] = {"Mahdi", "Fatema", "Mustafa", "Sana", "Arash", "Parisa", "Elham"};
const char *const afghanLanguages[] = {"prs", "ps"};

const char *const hornFamily[] = {"Abdi", "Warsame", "Tesfay", "Haile", "Gebremedhin", "Yusuf", "Mehari"};
const char *const hornMothers[] = {"Hodan", "Saba", "Hawa", "Selam", "Ifrah"};
const char *const hornFathers[] = {"Abdirahman", "Dawit", "Yonas", "Mohamed", "Tesfaye"};
const char *const hornChildren[] = {"Ayan", "Filmon", "Hamdi", "Nahom", "Lemlem", "Idil", "Robel"};
const char *const hornLanguages[] = {"so", "ti"};

const char *const ukrainianFamily[] = {"Shevchenko", "Kovalenko", "Bondarenko",
                                       "Melnyk",     "Tkachenko", "Kravchenko"};
const char *const ukrainianMothers[] = {"Olena", "Oksana", "Iryna", "Natalia", "Yuliia"};
const char *const ukrainianFathers[] = {"Andriy", "Oleksandr", "Serhiy", "Dmytro"};
const char *const ukrainianChildren[] = {"Sofiia", "Artem", "Anastasiia", "Maksym", "Daryna", "Bohdan"};
const char *const ukrainianLanguages[] = {"uk", "ru"};

const char *const spanishFamily[] = {"García", "Rodríguez", "Fernández", "López", "Martínez", "Sánchez"};
const char *const spanishMothers[] = {"María", "Lucía", "Carmen", "Ángela", "Rocío"};
const char *const spanishFathers[] = {"José", "Javier", "Andrés", "Jesús", "Iván"};
const char *const spanishChildren[] = {"Mateo", "Valentina", "Martín", "Sofía", "Álvaro", "Inés", "Nicolás"};
const char *const spanishLanguages[] = {"es"};

const Origin originTable[] = {
    {"vlaams", 30, span(flemishFamily), span(flemishMothers), span(flemishFathers), span(flemishChildren),
     span(flemishLanguages), 0, false},
    {"marokkaans", 20, span(moroccanFamily), span(moroccanMothers), span(moroccanFathers),
     span(moroccanChildren), span(moroccanLanguages), 15, false},
    {"turks", 12, span(turkishFamily), span(turkishMothers), span(turkishFathers), span(turkishChildren),
     span(turkishLanguages), 20, false},
    {"frans", 7, span(frenchFamily), span(frenchMothers), span(frenchFathers), span(frenchChildren),
     span(frenchLanguages), 5, false},
    {"pools", 6, span(polishFamily), span(polishMothers), span(polishFathers), span(polishChildren),
     span(polishLanguages), 35, true},
    {"syrisch", 6, span(syrianFamily), span(syrianMothers), span(syrianFathers), span(syrianChildren),
     span(syrianLanguages), 60, false},
    {"westafrikaans", 5, span(westAfricanFamily), span(westAfricanMothers), span(westAfricanFathers),
     span(westAfricanChildren), span(westAfricanLanguages), 10, false},
    {"balkan", 5, span(balkanFamily), span(balkanMothers), span(balkanFathers), span(balkanChildren),
     span(balkanLanguages), 45, true},
    {"afghaans", 3, span(afghanFamily), span(afghanMothers), span(afghanFathers), span(afghanChildren),
     span(afghanLanguages), 70, false},
    {"hoorn", 2, span(hornFamily), span(hornMothers), span(hornFathers), span(hornChildren),
     span(hornLanguages), 65, false},
    {"oekraiens", 2, span(ukrainianFamily), span(ukrainianMothers), span(ukrainianFathers),
     span(ukrainianChildren), span(ukrainianLanguages), 60, false},
    {"spaans", 2, span(spanishFamily), span(spanishMothers), span(spanishFathers), span(spanishChildren),
     span(spanishLanguages), 30, false},
};

const char *const reachNoteTable[] = {
    "Best bellen na 16u.",
    "Via WhatsApp; mama leest liever dan dat ze belt.",
    "Enkel via mama; papa weet niet van de schulden.",
    "Aanspreken aan de schoolpoort, 's morgens.",
    "Telefoon vaak zonder beltegoed: sms sturen.",
    "Oudste dochter vertaalt soms, liever niet voor moeilijke zaken.",
    "Werkt in ploegen; vroege week bellen na 14u.",
    "Komt elke dinsdag naar het koffiemoment.",
    "Nummer van de zus gebruiken als het eigen nummer niet werkt.",
    "Liever niet bellen tijdens de werkuren van papa.",
};

const char *const householdNoteTable[] = {
    "Gezin kwam in de zomer van adres veranderen; nieuwe school voor de jongste.",
    "Mama alleen met de kinderen sinds de scheiding.",
    "Grootmoeder woont in; helpt met de kinderen.",
    "Papa werkt als vrachtwagenchauffeur, vaak weg.",
    "Gezin recent erkend als vluchteling.",
    "Gezin volgt al lang de zitdag; vertrouwen is er.",
};

const char *const ckgNames[] = {"Sloeber",       "De Zonnebloem", "Het Nest",
                                "De Kleine Vos", "Hummeltjeshof", "De Schakel"};
const char *const mutualities[] = {"CM", "Solidaris", "Helan", "Liberale Mutualiteit",
                                   "Vlaams & Neutraal Ziekenfonds"};
const char *const lawyers[] = {"Mr. Vermeersch", "Mr. De Backer & El Khayati", "Mr. Öztürk", "Mr. Van Laere",
                               "Mr. Lemaire"};
const char *const timeOutNames[] = {"De Overstap", "Time-out Kompas", "Het Stuur", "Ankerpunt"};
const char *const farms[] = {"De Kleine Hoeve", "Hof ter Linden",  "De Zonnegaard",
                             "'t Kabouterhof",  "Het Groene Veld", "De Notelaar"};
const char *const clbs[] = {"Vrij CLB", "GO! CLB", "Stedelijk CLB"};
const char *const childBenefitFunds[] = {"Infino", "KidsLife", "Parentia", "MyFamily", "FONS"};
const char *const noPool[] = {""};

const char *const officeHours[] = {
    "ma-vr 9u-12u; di en do ook 13u30-16u",
    "vrije inloop ma, wo, vr 9u-11u30; anders op afspraak",
    "op afspraak; telefonisch bereikbaar ma-do 9u-12u",
    "ma-do 8u30-12u en 13u-16u30, vr tot 12u",
    "di 13u-19u, wo 9u-12u, za 9u-12u",
};
const char *const dropInHours[] = {
    "ma, di, do 9u-12u en woensdagnamiddag",
    "elke werkdag 9u-17u, woensdag tot 19u",
    "di en vr 13u-16u (vrije inloop)",
};
const char *const farmHours[] = {"ma-vr 8u30-16u30", "di-za 9u-16u"};

const OrganisationTemplate organisationTemplateTable[] = {
    {"caw_onthaal", "caw", "CAW – Onthaal {wijk}", span(noPool),
     "onthaal, psychosociale begeleiding, relatie- en gezinsproblemen, woonbegeleiding, crisisopvang",
     "Vrij onthaal zonder afspraak; intakegesprek binnen twee weken. Meebrengen: identiteitskaart, "
     "inkomstenbewijzen, recente brieven.",
     span(officeHours), 10, 45, "Onthaal dezelfde week; begeleiding daarna na ongeveer {weeks} weken."},
    {"caw_schuld", "caw", "CAW – Schuldhulpverlening {city}", span(noPool),
     "schuldbemiddeling, budgetbegeleiding, collectieve schuldenregeling, onderhandelen met schuldeisers",
     "Aanmelding via het onthaal of door een hulpverlener met toestemming van de ouder; eerst een "
     "kennismakingsgesprek.",
     span(officeHours), 60, 150,
     "Wachtlijst schuldbemiddeling ongeveer {weeks} weken; crisis (afsluiting, "
     "uithuiszetting) gaat sneller."},
    {"jac", "caw", "JAC {city}", span(noPool),
     "jongerenonthaal, anoniem advies, begeleiding van jongeren 12-25",
     "Vrije inloop of chat; jongeren mogen alleen komen.", span(dropInHours), 0, 14, ""},
    {"ocmw", "ocmw", "OCMW {city} – Sociaal Huis {wijk}", span(noPool),
     "leefloon, financiële steun, huurwaarborg, sociaal tarief energie, medische kaart, aanvullende steun "
     "schoolkosten",
     "Afspraak via het onthaal van het Sociaal Huis; sociaal onderzoek met huisbezoek. Rekeninguittreksels "
     "van "
     "drie maanden meebrengen.",
     span(officeHours), 7, 30, "Eerste afspraak binnen {weeks} weken."},
    {"ocmw_budget", "ocmw", "OCMW {city} – Budgetbegeleiding", span(noPool),
     "budgetbegeleiding, budgetbeheer, energiebegeleiding",
     "Enkel na een gesprek met de maatschappelijk werker van het Sociaal Huis.", span(officeHours), 30, 90,
     "Wachttijd voor budgetbeheer ongeveer {weeks} weken."},
    {"ckg", "ckg", "CKG {pool}", span(ckgNames),
     "ambulante gezinsondersteuning, dagopvang voor kinderen in crisis, residentiële opvang, "
     "opvoedingsondersteuning",
     "Aanmelding door ouder of hulpverlener per telefoon; kennismakingsgesprek bij het gezin thuis.",
     span(officeHours), 30, 120, "Ambulante begeleiding: wachtlijst van {weeks} weken."},
    {"huis_van_het_kind", "huis_van_het_kind", "Huis van het Kind {wijk}", span(noPool),
     "consultatiebureau, opvoedingsondersteuning, spel- en ontmoetingsmomenten, babykleding, tweedehands "
     "kinderspullen",
     "Vrij binnenlopen tijdens de openingsuren; geen wachtlijst.", span(dropInHours), 0, 0, ""},
    {"opvoedingswinkel", "huis_van_het_kind", "Opvoedingswinkel {city}", span(noPool),
     "opvoedingsvragen, oudercursussen, gesprekken over slapen, eten, pubers en schermgebruik",
     "Langskomen of bellen; een gesprek is gratis.", span(dropInHours), 0, 10, ""},
    {"mutualiteit", "mutualiteit", "{pool} – kantoor {wijk}", span(mutualities),
     "verhoogde tegemoetkoming, terugbetalingen, tussenkomst brillen en beugels, vakantiekampen, "
     "maatschappelijk werk",
     "Loket zonder afspraak of online; voor verhoogde tegemoetkoming een inkomensbewijs meebrengen.",
     span(officeHours), 0, 7, ""},
    {"svk", "svk", "Sociaal Verhuurkantoor {city}", span(noPool),
     "sociale huurwoningen van private eigenaars, woonbegeleiding",
     "Inschrijving op afspraak met identiteitskaart, aanslagbiljet en huurcontract; toewijzing volgens "
     "woonnood.",
     span(officeHours), 365, 1460, "Wachtlijst van jaren; gezinnen in woonnood krijgen voorrang."},
    {"bjb", "pro_deo", "Bureau voor Juridische Bijstand {city}", span(noPool),
     "juridisch advies, aanstelling van een pro-Deo-advocaat",
     "Zitdag in het gerechtsgebouw; bewijs van inkomen en alle documenten van de zaak meebrengen.",
     span(officeHours), 7, 21, "Aanstelling advocaat na ongeveer {weeks} weken."},
    {"pro_deo", "pro_deo", "Advocatenkantoor {pool} (pro Deo)", span(lawyers),
     "vreemdelingenrecht, huurrecht, familierecht, collectieve schuldenregeling",
     "Enkel met een aanstelling door het BJB; afspraak per telefoon.", span(officeHours), 7, 30, ""},
    {"naft", "naft", "NAFT-traject {pool}", span(timeOutNames),
     "time-out voor schoolmoeë leerlingen, herstelgerichte trajecten, begeleiding terug naar school",
     "Aanmelding door de school of het CLB; intake met de jongere en de ouders.", span(officeHours), 14, 60,
     "Start van een traject na ongeveer {weeks} weken."},
    {"zorgboerderij", "zorgboerderij", "Zorgboerderij {pool}", span(farms),
     "dagbesteding, time-out op de boerderij, werkervaring in een rustige omgeving",
     "Aanmelding door een hulpverlener; kennismaking op de boerderij.", span(farmHours), 30, 90,
     "Plaats vrij na ongeveer {weeks} weken."},
    {"clb", "clb", "{pool} {city} – vestiging {wijk}", span(clbs),
     "leerlingenbegeleiding, onderzoek naar leerproblemen, spijbelen, medische onderzoeken, schoolkeuze",
     "Via de school of rechtstreeks; onthaalgesprek met de ouder, daarna een trajectbegeleider.",
     span(officeHours), 7, 30, "Onthaal binnen {weeks} weken."},
    {"voedselbank", "andere", "Sociale kruidenier {wijk}", span(noPool),
     "voeding en verzorgingsproducten aan lage prijs, voedselpakketten",
     "Toegangskaart via het OCMW of het CAW; geldig voor zes maanden.", span(dropInHours), 0, 14, ""},
    {"kledingbank", "andere", "Kledingbank {wijk}", span(noPool),
     "kleding, schoenen en schoolgerief voor kinderen",
     "Doorverwijzing door een hulpverlener; maandelijks één bezoek.", span(dropInHours), 0, 7, ""},
    {"kringwinkel", "andere", "Kringwinkel {wijk}", span(noPool),
     "tweedehands meubels en huishoudtoestellen, levering", "Vrij binnenlopen; korting met kansenpas.",
     span(farmHours), 0, 0, ""},
    {"vdab", "andere", "VDAB Werkwinkel {city}", span(noPool),
     "begeleiding naar werk, opleidingen, Nederlands op de werkvloer",
     "Inschrijven als werkzoekende online of aan het loket; daarna een bemiddelaar.", span(officeHours), 7,
     30, ""},
    {"integratie", "andere", "Agentschap Integratie en Inburgering – {city}", span(noPool),
     "inburgeringstraject, NT2-lessen, sociale tolken, juridisch advies vreemdelingenrecht",
     "Afspraak via het onthaal; tolk mogelijk.", span(officeHours), 14, 60,
     "NT2-lessen: wachttijd {weeks} weken."},
    {"cvo", "andere", "CVO {city} – Nederlands tweede taal", span(noPool),
     "lessen Nederlands, alfabetisering", "Testafname en inschrijving in het Huis van het Nederlands.",
     span(officeHours), 14, 90, "Start nieuwe modules na ongeveer {weeks} weken."},
    {"uitpas", "andere", "UiTPAS-punt {wijk}", span(noPool),
     "UiTPAS met kansentarief, korting op vrije tijd en kampen",
     "Aan het loket met identiteitskaart en bewijs van recht op kansentarief.", span(dropInHours), 0, 0, ""},
    {"wgc", "andere", "Wijkgezondheidscentrum {wijk}", span(noPool),
     "huisarts, kinesitherapie, verpleging, gezondheidspromotie, forfaitair zonder remgeld",
     "Inschrijving enkel voor bewoners van de wijk; inschrijvingsstop mogelijk.", span(officeHours), 30, 180,
     "Inschrijvingsstop; wachtlijst ongeveer {weeks} weken."},
    {"groeipakket", "andere", "Groeipakket – {pool}", span(childBenefitFunds),
     "kinderbijslag, schooltoeslag, kinderopvangtoeslag", "Telefonisch of via het online dossier.",
     span(officeHours), 0, 14, ""},
    {"straathoekwerk", "caw", "Straathoekwerk {wijk}", span(noPool),
     "outreachend werk, ondersteuning van mensen die de weg naar hulp niet vinden",
     "Geen aanmelding nodig; de straathoekwerker komt langs of spreekt af op straat.", span(dropInHours), 0,
     0, ""},
    {"inloopteam", "huis_van_het_kind", "Inloopteam {wijk}", span(noPool),
     "ontmoeting voor gezinnen met jonge kinderen, opvoedingsondersteuning, babymassage",
     "Vrij binnenlopen; ook zwangere vrouwen zijn welkom.", span(dropInHours), 0, 0, ""},
    {"dienstencentrum", "andere", "Lokaal dienstencentrum {wijk}", span(noPool),
     "sociaal restaurant, hulp bij digitale vragen, ontmoeting, administratieve hulp",
     "Vrij binnenlopen; voor hulp bij papieren een afspraak maken.", span(dropInHours), 0, 7, ""},
    {"huurdersbond", "andere", "Huurdersbond {city}", span(noPool),
     "advies over huurcontracten, huurwaarborg, gebreken aan de woning, opzeg",
     "Telefonisch spreekuur of afspraak; huurcontract en briefwisseling meebrengen.", span(officeHours), 7,
     28, "Afspraak binnen {weeks} weken."},
    {"buurtwerk", "andere", "Buurtwerk {wijk}", span(noPool),
     "ontmoeting, huiswerkklas, vrijetijdsaanbod voor kinderen", "Vrij binnenlopen.", span(dropInHours), 0, 0,
     ""},
};

const char *const contactPeopleTable[] = {
    "Annelies Verbeke", "Karim Ouazzani",    "Griet Desmet",  "Hatice Kaya",    "Wouter Van Hecke",
    "Inge Mertens",     "Yasmina Benhaddou", "Pieter Cools",  "Marleen Dhaene", "Ruth Van Damme",
    "Jan Buysse",       "Naïma Akhrif",      "Sven De Meyer", "Ilse Geeraert",  "Ahmed Lachkar",
};

const char *const needAnswerSchoolAllowance[] = {"groeipakket", "ocmw"};
const char *const needAnswerSchoolInvoices[] = {"ocmw", "caw_onthaal"};
const char *const needAnswerClb[] = {"clb"};
const char *const needAnswerTruancy[] = {"clb", "naft"};
const char *const needAnswerTimeOut[] = {"naft", "zorgboerderij"};
const char *const needAnswerDebt[] = {"caw_schuld", "ocmw_budget"};
const char *const needAnswerBudget[] = {"ocmw_budget", "caw_schuld"};
const char *const needAnswerOcmw[] = {"ocmw"};
const char *const needAnswerMutuality[] = {"mutualiteit"};
const char *const needAnswerSocialHousing[] = {"svk"};
const char *const needAnswerEviction[] = {"caw_onthaal", "ocmw", "bjb"};
const char *const needAnswerHousingSupport[] = {"caw_onthaal", "straathoekwerk"};
const char *const needAnswerWellbeing[] = {"caw_onthaal", "mutualiteit", "jac"};
const char *const needAnswerDoctor[] = {"wgc"};
const char *const needAnswerDentist[] = {"mutualiteit", "wgc"};
const char *const needAnswerParenting[] = {"opvoedingswinkel", "huis_van_het_kind", "inloopteam", "ckg"};
const char *const needAnswerCkg[] = {"ckg"};
const char *const needAnswerChildcare[] = {"huis_van_het_kind"};
const char *const needAnswerWork[] = {"vdab", "ocmw"};
const char *const needAnswerActivation[] = {"ocmw", "zorgboerderij"};
const char *const needAnswerDiploma[] = {"integratie"};
const char *const needAnswerLegal[] = {"bjb", "pro_deo"};
const char *const needAnswerLandlord[] = {"huurdersbond", "bjb"};
const char *const needAnswerTaxes[] = {"dienstencentrum", "ocmw", "caw_onthaal"};
const char *const needAnswerMobility[] = {"ocmw", "uitpas"};
const char *const needAnswerLeisure[] = {"uitpas", "buurtwerk"};
const char *const needAnswerCamp[] = {"mutualiteit", "uitpas"};
const char *const needAnswerLanguage[] = {"cvo", "integratie"};
const char *const needAnswerIntegration[] = {"integratie"};
const char *const needAnswerFood[] = {"voedselbank", "ocmw"};
const char *const needAnswerClothes[] = {"kledingbank"};
const char *const needAnswerFurniture[] = {"kringwinkel", "ocmw"};

const Need needTable[] = {
    {"school", "Aanvraag schooltoeslag", span(needAnswerSchoolAllowance)},
    {"school", "Afbetalingsplan schoolfacturen", span(needAnswerSchoolInvoices)},
    {"school", "Onderzoek naar leerproblemen", span(needAnswerClb)},
    {"school", "Spijbelen en schoolmoeheid", span(needAnswerTruancy)},
    {"school", "Time-out voor de oudste zoon", span(needAnswerTimeOut)},
    {"inkomen", "Schuldbemiddeling", span(needAnswerDebt)},
    {"inkomen", "Budgetbegeleiding", span(needAnswerBudget)},
    {"inkomen", "Aanvraag leefloon", span(needAnswerOcmw)},
    {"inkomen", "Verhoogde tegemoetkoming", span(needAnswerMutuality)},
    {"inkomen", "Sociaal tarief energie", span(needAnswerOcmw)},
    {"wonen", "Inschrijving sociale huurwoning", span(needAnswerSocialHousing)},
    {"wonen", "Dreigende uithuiszetting", span(needAnswerEviction)},
    {"wonen", "Woonbegeleiding", span(needAnswerHousingSupport)},
    {"wonen", "Huurwaarborg", span(needAnswerOcmw)},
    {"gezondheid", "Tussenkomst brilglazen", span(needAnswerMutuality)},
    {"gezondheid", "Psychologische ondersteuning voor mama", span(needAnswerWellbeing)},
    {"gezondheid", "Huisarts in de wijk", span(needAnswerDoctor)},
    {"gezondheid", "Tandzorg voor de kinderen", span(needAnswerDentist)},
    {"opvoeding", "Opvoedingsondersteuning", span(needAnswerParenting)},
    {"opvoeding", "Ambulante gezinsbegeleiding", span(needAnswerCkg)},
    {"opvoeding", "Kinderopvang voor de jongste", span(needAnswerChildcare)},
    {"opvoeding", "Ondersteuning na de scheiding", span(needAnswerWellbeing)},
    {"werk", "Begeleiding naar werk", span(needAnswerWork)},
    {"werk", "Activeringstraject", span(needAnswerActivation)},
    {"werk", "Erkenning van het diploma", span(needAnswerDiploma)},
    {"administratie", "Juridisch advies verblijfsrecht", span(needAnswerLegal)},
    {"administratie", "Geschil met de huisbaas", span(needAnswerLandlord)},
    {"administratie", "Hulp bij de belastingaangifte", span(needAnswerTaxes)},
    {"administratie", "Collectieve schuldenregeling", span(needAnswerLegal)},
    {"mobiliteit", "Sociaal tarief De Lijn", span(needAnswerMobility)},
    {"vrije_tijd", "UiTPAS met kansentarief", span(needAnswerLeisure)},
    {"vrije_tijd", "Vakantiekamp met korting", span(needAnswerCamp)},
    {"taal", "NT2-cursus voor mama", span(needAnswerLanguage)},
    {"taal", "Inburgeringstraject", span(needAnswerIntegration)},
    {"materiele_hulp", "Voedselhulp", span(needAnswerFood)},
    {"materiele_hulp", "Kleding en schoolgerief", span(needAnswerClothes)},
    {"materiele_hulp", "Tweedehands meubels na verhuis", span(needAnswerFurniture)},
};

const char *const schoolNotes[] = {
    "Vraag over de factuur van de zeeklassen; afbetalingsplan met de school besproken.",
    "Mama wist niet dat ze recht heeft op schooltoeslag; samen de aanvraag gestart.",
    "{kind} komt vaak te laat; papa werkt in ploegen.",
    "Vraag over middagtoezicht en warme maaltijden: te duur.",
    "Brief van de juf over huiswerk samen gelezen.",
    "Inschrijving van de jongste voor volgend schooljaar besproken.",
    "{kind} zit niet goed in de klas; ouders willen een gesprek met de zorgcoördinator.",
    "Schooluitstap niet betaald; {kind} mocht toch mee via het schoolfonds.",
};
const char *const schoolAgreements[] = {"Ik bel de school over een afbetalingsplan.",
                                        "Mama brengt het rapport mee naar de zitdag.",
                                        "Samen naar het oudercontact op donderdag."};
const char *const schoolFollowUps[] = {"School bellen over het afbetalingsplan",
                                       "Aanvraag schooltoeslag nakijken", "Vragen of {kind} op tijd komt"};

const char *const incomeNotes[] = {
    "Brief van de deurwaarder over een openstaande energiefactuur; samen gelezen en uitgelegd.",
    "Twee maanden huurachterstand. Denkt aan schuldbemiddeling.",
    "Groeipakket niet ontvangen sinds de verhuis; navragen bij het uitbetalingsfonds.",
    "Leefloon stopgezet na een gemiste afspraak bij het OCMW.",
    "Aanmaning van het ziekenhuis ontvangen; factuur niet betaald.",
    "Vraag naar het sociaal tarief voor gas en elektriciteit.",
    "Budget loopt elke maand vast rond de twintigste.",
};
const char *const incomeAgreements[] = {"Mama verzamelt alle brieven in een map.",
                                        "Samen naar het onthaal van het CAW volgende week.",
                                        "Ik vraag na of er een afbetalingsplan mogelijk is."};
const char *const incomeFollowUps[] = {"Nabellen of de brief van de deurwaarder beantwoord is",
                                       "Samen de facturen overlopen", "Vragen of het groeipakket betaald is"};

const char *const housingNotes[] = {
    "Schimmel in de slaapkamer van de kinderen; huisbaas reageert niet.",
    "Opzeg van het huurcontract ontvangen; zoekt dringend een woning.",
    "Woning te klein: vijf personen in twee kamers.",
    "Verwarming al twee weken kapot.",
    "Staat al jaren op de wachtlijst voor een sociale woning.",
};
const char *const housingAgreements[] = {"Foto's van de schimmel maken voor de huurdersbond.",
                                         "Samen de inschrijving bij het SVK vernieuwen."};
const char *const housingFollowUps[] = {"Vragen of de huisbaas gereageerd heeft",
                                        "Inschrijving SVK nakijken"};

const char *const healthNotes[] = {
    "{kind} heeft een bril nodig; vraag naar tussenkomst van de mutualiteit.",
    "Papa wacht op een operatie en kan niet werken.",
    "Geen huisarts; adressen in de buurt meegegeven.",
    "Vraag over de tandarts voor de kinderen; schrik voor de kosten.",
    "Mama voelt zich uitgeput en slaapt slecht.",
};
const char *const healthAgreements[] = {"Mama maakt een afspraak bij de huisarts.",
                                        "Samen het formulier van de mutualiteit invullen."};
const char *const healthFollowUps[] = {"Vragen hoe het met mama gaat", "Tussenkomst bril nakijken"};

const char *const parentingNotes[] = {
    "Moeilijk met bedtijd en schermgebruik; tips gegeven, opvoedingswinkel voorgesteld.",
    "Oudste zoon luistert thuis niet meer; mama is radeloos.",
    "Vraag naar kinderopvang voor de jongste.",
    "Zorgen over pesten op de speelplaats; {kind} wil niet meer naar school.",
    "Spanning tussen de ouders; de kinderen krijgen veel mee.",
};
const char *const parentingAgreements[] = {"Mama probeert een vast slaapritueel.",
                                           "Gesprek met de klasleerkracht van {kind} plannen."};
const char *const parentingFollowUps[] = {"Vragen hoe het thuis loopt", "Opvolgen gesprek met de leerkracht"};

const char *const workNotes[] = {
    "Papa zoekt werk; VDAB-afspraak gemist door de taal.",
    "Mama wil Nederlands leren om te kunnen werken.",
    "Interimcontract afgelopen; vraag over een uitkering.",
    "Diploma uit het thuisland: vraag over de erkenning.",
};
const char *const workAgreements[] = {"Samen het cv opmaken op de zitdag.",
                                      "Papa schrijft zich in bij de VDAB."};
const char *const workFollowUps[] = {"Vragen of de inschrijving bij de VDAB gelukt is"};

const char *const adminNotes[] = {
    "Verblijfskaart verloopt binnenkort; afspraak bij de stad nodig.",
    "Brief van de belastingen niet begrepen; samen gelezen.",
    "Hulp bij itsme en een online aanvraag.",
    "Vraag over gezinshereniging.",
    "Boete ontvangen; vraag naar uitstel van betaling.",
};
const char *const adminAgreements[] = {"Mama brengt alle documenten mee naar de zitdag.",
                                       "Ik maak een afspraak bij het BJB."};
const char *const adminFollowUps[] = {"Afspraak verblijfskaart opvolgen",
                                      "Vragen of de aangifte ingediend is"};

const char *const mobilityNotes[] = {
    "Geen geld voor een abonnement van De Lijn; vraag naar het sociaal tarief.",
    "Fiets gestolen; {kind} komt te voet van ver.",
    "Vraag naar vervoer naar het ziekenhuis.",
};
const char *const mobilityAgreements[] = {"Samen het sociaal tarief aanvragen."};
const char *const mobilityFollowUps[] = {"Abonnement De Lijn nakijken"};

const char *const leisureNotes[] = {
    "Kinderen willen naar de speelpleinwerking; UiTPAS met kansentarief uitgelegd.",
    "{kind} wil voetballen, maar het lidgeld is te hoog.",
    "Vraag naar een zomerkamp met korting.",
};
const char *const leisureAgreements[] = {"Inschrijving speelplein samen doen."};
const char *const leisureFollowUps[] = {"Vragen of {kind} ingeschreven is"};

const char *const languageNotes[] = {
    "Brief van de school vertaald; mama begrijpt weinig Nederlands.",
    "Inschrijving voor NT2-les besproken.",
    "Papa vraagt een tolk voor het oudercontact.",
};
const char *const languageAgreements[] = {"Ik vraag een sociale tolk aan voor het oudercontact."};
const char *const languageFollowUps[] = {"Tolk voor het oudercontact bevestigen"};

const char *const materialNotes[] = {
    "Geen winterjas voor de kinderen; doorverwezen naar de kledingbank.",
    "Deze week een voedselpakket nodig.",
    "Schoolgerief niet gekocht; ondersteuning via het schoolfonds.",
    "Wasmachine kapot; vraag naar een tweedehands toestel.",
};
const char *const materialAgreements[] = {"Ik regel een toegangskaart voor de sociale kruidenier."};
const char *const materialFollowUps[] = {"Vragen of het voedselpakket opgehaald is"};

const DomainNotes domainNoteTable[] = {
    {"school", 25, span(schoolNotes), span(schoolAgreements), span(schoolFollowUps)},
    {"inkomen", 20, span(incomeNotes), span(incomeAgreements), span(incomeFollowUps)},
    {"administratie", 14, span(adminNotes), span(adminAgreements), span(adminFollowUps)},
    {"opvoeding", 10, span(parentingNotes), span(parentingAgreements), span(parentingFollowUps)},
    {"wonen", 9, span(housingNotes), span(housingAgreements), span(housingFollowUps)},
    {"gezondheid", 8, span(healthNotes), span(healthAgreements), span(healthFollowUps)},
    {"materiele_hulp", 6, span(materialNotes), span(materialAgreements), span(materialFollowUps)},
    {"werk", 4, span(workNotes), span(workAgreements), span(workFollowUps)},
    {"taal", 3, span(languageNotes), span(languageAgreements), span(languageFollowUps)},
    {"vrije_tijd", 3, span(leisureNotes), span(leisureAgreements), span(leisureFollowUps)},
    {"mobiliteit", 2, span(mobilityNotes), span(mobilityAgreements), span(mobilityFollowUps)},
};

const Weighted encounterKindTable[] = {
    {"schoolpoort", 40}, {"zitdag", 20},      {"telefoon", 14}, {"huisbezoek", 9}, {"koffiemoment", 6},
    {"meegaan", 4},      {"oudercontact", 3}, {"mdo", 3},       {"andere", 1},
};

const char *const unknownParentTable[] = {
    "mama van {kind}, 2de lj, blauwe hoofddoek",
    "papa met de rode fiets, jongste in de kleuterklas",
    "oma van {kind}, haalt elke dag af",
    "mama met tweeling in de buggy, spreekt Frans",
    "papa van {kind}, 4de leerjaar, vroeg naar de factuur",
};

const Weighted consentMethodTable[] = {{"mondeling", 60}, {"schriftelijk", 30}, {"digitaal", 10}};

const char *const consentSubjectTable[] = {
    "Gegevens delen voor de aanmelding bij {org}",
    "Situatie bespreken met {org}",
    "Inkomens- en schuldgegevens doorgeven aan {org}",
};

const char *const colleagueTable[] = {
    "CLB-medewerker Sarah Goossens",           "Zorgcoördinator van de school",
    "Collega-brugfiguur Hamid El Ouali",       "Maatschappelijk werker OCMW, Kinderen Eerst",
    "Tandempartner van het Huis van het Kind",
};

const Weighted outcomeTable[] = {
    {"geholpen", 45},
    {"deels", 25},
    {"niet_geholpen", 10},
    {"ouder_haakte_af", 12},
    {"geweigerd_door_dienst", 8},
};

const char *const abortNoteTable[] = {
    "Ouder wil het voorlopig zelf proberen.",
    "Gezin verhuisd naar een andere stad.",
    "Niet op de intake geraakt; ouder wil niet opnieuw aanmelden.",
    "Dienst vindt het gezin niet in hun doelgroep.",
    "Probleem intussen anders opgelost.",
};

const char *const referralNoteTable[] = {
    "Mama wil graag dat ik meega naar het eerste gesprek.",
    "Eerst zelf bellen; lukt het niet, dan melden we samen aan.",
    "Papa twijfelt nog; volgende zitdag opnieuw bespreken.",
    "Tolk nodig bij de intake.",
    "Dringend: brief van de deurwaarder met een termijn van twee weken.",
};

const char *const waitingListNoteTable[] = {
    "Op de wachtlijst; ze bellen zodra er plaats is.",
    "Wachtlijst van enkele maanden; intussen aanklampend opvolgen.",
    "Voorrang gevraagd wegens crisis.",
};

const char *const referralFollowUpTable[] = {
    "{org} bellen: is de intake doorgegaan?",
    "Bij {org} navragen hoe lang de wachtlijst nog is",
    "Mama herinneren aan de afspraak bij {org}",
    "Met mama bespreken hoe het eerste gesprek bij {org} was",
};

const SignalTemplate signalTable[] = {
    {"inkomen", "Wachttijd voor schuldbemiddeling bij het CAW is opgelopen tot {n} maanden."},
    {"school", "{n} gezinnen konden de schooluitstap niet betalen."},
    {"school", "Facturen voor het middagtoezicht lopen op; {n} gezinnen hebben een afbetalingsplan."},
    {"wonen", "{n} gezinnen wonen in een woning met ernstige vochtproblemen."},
    {"wonen", "Het sociaal verhuurkantoor neemt geen nieuwe inschrijvingen meer aan."},
    {"administratie",
     "De online aanvraag van de schooltoeslag lukt niet zonder itsme; {n} ouders vastgelopen."},
    {"mobiliteit", "Busverbinding naar het Sociaal Huis geschrapt; ouders stappen 40 minuten."},
    {"gezondheid", "Geen enkele tandarts in de wijk neemt nog nieuwe patiënten aan."},
    {"taal", "Geen sociale tolken Tigrinya beschikbaar voor oudercontacten."},
    {"opvoeding", "Wachtlijst CKG voor ambulante begeleiding is {n} weken."},
    {"vrije_tijd", "Kansentariefplaatsen voor de speelpleinwerking waren na {n} dagen weg."},
    {"materiele_hulp", "De sociale kruidenier kan geen nieuwe gezinnen meer opnemen."},
    {"werk", "Geen kinderopvang voor ouders die een opleiding willen volgen."},
};

} // namespace

Span<City> cities()
{
    return span(cityTable);
}
Span<Neighbourhood> neighbourhoods()
{
    return span(neighbourhoodTable);
}
Span<const char *> schoolNames()
{
    return span(schoolNameTable);
}
Span<const char *> schoolContacts()
{
    return span(schoolContactTable);
}
Span<Origin> origins()
{
    return span(originTable);
}
Span<const char *> reachNotes()
{
    return span(reachNoteTable);
}
Span<const char *> householdNotes()
{
    return span(householdNoteTable);
}
Span<OrganisationTemplate> organisationTemplates()
{
    return span(organisationTemplateTable);
}
Span<const char *> contactPeople()
{
    return span(contactPeopleTable);
}
Span<Need> needs()
{
    return span(needTable);
}
Span<DomainNotes> domainNotes()
{
    return span(domainNoteTable);
}
Span<Weighted> encounterKinds()
{
    return span(encounterKindTable);
}
Span<const char *> unknownParents()
{
    return span(unknownParentTable);
}
Span<Weighted> consentMethods()
{
    return span(consentMethodTable);
}
Span<const char *> consentSubjects()
{
    return span(consentSubjectTable);
}
Span<const char *> colleagues()
{
    return span(colleagueTable);
}
Span<Weighted> outcomes()
{
    return span(outcomeTable);
}
Span<const char *> abortNotes()
{
    return span(abortNoteTable);
}
Span<const char *> referralNotes()
{
    return span(referralNoteTable);
}
Span<const char *> waitingListNotes()
{
    return span(waitingListNoteTable);
}
Span<const char *> referralFollowUps()
{
    return span(referralFollowUpTable);
}
Span<SignalTemplate> signalTemplates()
{
    return span(signalTable);
}

} // namespace brugboek::demo::vocabulary
