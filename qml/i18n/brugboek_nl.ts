<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>BeveiligingPage</name>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Nog eens dezelfde pincode</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendeling</translation>
    </message>
    <message numerus="yes">
        <source>Brugboek locks itself after %n minute(s) without use and when you switch to another app.</source>
        <translation>
            <numerusform>Brugboek vergrendelt zichzelf na %n minuut zonder gebruik en wanneer je naar een andere app gaat.</numerusform>
            <numerusform>Brugboek vergrendelt zichzelf na %n minuten zonder gebruik en wanneer je naar een andere app gaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <source>Erase this device</source>
        <translation>Dit toestel wissen</translation>
    </message>
    <message>
        <source>Deletes all Brugboek data on this device, for instance before it goes to a colleague. Changes not yet synchronised are lost.</source>
        <translation>Verwijdert alle Brugboek-gegevens op dit toestel, bijvoorbeeld voordat het naar een collega gaat. Wijzigingen die nog niet gesynchroniseerd zijn, gaan verloren.</translation>
    </message>
    <message>
        <source>Erase this device…</source>
        <translation>Dit toestel wissen…</translation>
    </message>
    <message>
        <source>Erase all data on this device?</source>
        <translation>Alle gegevens op dit toestel wissen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>BookingDelegate</name>
    <message>
        <source>Cancel the booking of %1</source>
        <translation>Afspraak van %1 annuleren</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Afspraak annuleren</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Gesprek boeken op de zitdag</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>About what? (optional)</source>
        <translation>Waarover? (niet verplicht)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Kies een school</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>%1 was changed on two devices: which text do you keep?</source>
        <translation>%1 is gewijzigd op twee toestellen: welke tekst houden?</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Deze houden</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Tekst nu</translation>
    </message>
    <message>
        <source>Overwritten text</source>
        <translation>Overschreven tekst</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Choose a day</source>
        <translation>Kies een dag</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
<context>
    <name>DossierEditDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Gezin bewerken</translation>
    </message>
    <message>
        <source>Name of the household</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>How to reach them best</source>
        <translation>Hoe best bereikbaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>%1 · interpreter needed</source>
        <translation>%1 · tolk nodig</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Toeleidingen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Choose a household.</source>
        <translation>Kies een gezin.</translation>
    </message>
    <message>
        <source>The parents withdraw their consent for “%1” as of today?</source>
        <translation>Trekken de ouders hun toestemming voor “%1” vanaf vandaag in?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Zitdag bookings</source>
        <translation>Afspraken op de zitdag</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Gesprek boeken op de zitdag</translation>
    </message>
    <message>
        <source>No zitdag conversation booked.</source>
        <translation>Geen gesprek geboekt op de zitdag.</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Gedeeld met</translation>
    </message>
    <message>
        <source>Share with a colleague</source>
        <translation>Delen met collega</translation>
    </message>
    <message>
        <source>Nobody: only you see this household.</source>
        <translation>Niemand: alleen jij ziet dit gezin.</translation>
    </message>
    <message>
        <source>Remove %1 from this household, on every device?</source>
        <translation>%1 uit dit gezin verwijderen, op elk toestel?</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Share information with %1</source>
        <translation>Informatie delen met %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Genoteerd: %1</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Gegeven door (bv. mama, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Toestemming registreren en delen</translation>
    </message>
</context>
<context>
    <name>EncounterDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Close the message</source>
        <translation>Bericht sluiten</translation>
    </message>
</context>
<context>
    <name>FollowUpChooser</name>
    <message>
        <source>No follow-up</source>
        <translation>Geen opvolging</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Pick a day…</source>
        <translation>Datum…</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>GezinnenPage</name>
    <message>
        <source>Households</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Zoek op naam</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>Geen gezin gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>No households yet.</source>
        <translation>Nog geen gezinnen.</translation>
    </message>
</context>
<context>
    <name>GezinsdossierPage</name>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
</context>
<context>
    <name>HouseholdDelegate</name>
    <message>
        <source>Found via %1</source>
        <translation>Gevonden via %1</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Household name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet known: “%1”</source>
        <translation>Nog onbekend: “%1”</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Iemand anders kiezen</translation>
    </message>
    <message>
        <source>Household, or a few words about the parent</source>
        <translation>Gezin, of enkele woorden over de ouder</translation>
    </message>
</context>
<context>
    <name>HuisbezoekPage</name>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Needs by life domain</source>
        <translation>Noden per levensdomein</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>Waarover werd gepraat</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>The parents agreed that information may be shared</source>
        <translation>De ouders geven toestemming om informatie te delen</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Wat mag gedeeld worden</translation>
    </message>
    <message>
        <source>With whom (service or colleague)</source>
        <translation>Met wie (dienst of collega)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Save home visit</source>
        <translation>Huisbezoek bewaren</translation>
    </message>
</context>
<context>
    <name>InstellingenPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over Brugboek</translation>
    </message>
    <message>
        <source>Brugboek %1. Data folder: %2</source>
        <translation>Brugboek %1. Gegevensmap: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>PIN, lock and erasing this device</source>
        <translation>Pincode, vergrendeling en dit toestel wissen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Discussed with parent</source>
        <translation>Besproken met ouder</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>referral status</comment>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>Intake gepland</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <comment>referral status</comment>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>referral status</comment>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholpen</translation>
    </message>
    <message>
        <source>Partly helped</source>
        <translation>Deels geholpen</translation>
    </message>
    <message>
        <source>Not helped</source>
        <translation>Niet geholpen</translation>
    </message>
    <message>
        <source>Parent dropped out</source>
        <translation>Ouder haakte af</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>Geweigerd door de dienst</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>person role</comment>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>LockFrame</name>
    <message>
        <source>Brugboek</source>
        <translation>Brugboek</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Brugboek</source>
        <translation>Brugboek</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Toeleidingen</translation>
    </message>
    <message>
        <source>Social map</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>OpvolgingenPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n opvolging te doen</numerusform>
            <numerusform>%n opvolgingen te doen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Vandaag niets op te volgen.</translation>
    </message>
</context>
<context>
    <name>OrganisationDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Refer a family</source>
        <translation>Toeleiden naar…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rol in het gezin</translation>
    </message>
    <message>
        <source>Birth year (if known)</source>
        <translation>Geboortejaar (als je het weet)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Kies een school</translation>
    </message>
    <message>
        <source>Class, e.g. 3rd year B</source>
        <translation>Klas, bv. 3de leerjaar B</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Protect the data on this device</source>
        <translation>Bescherm de gegevens op dit toestel</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase of at least %1 characters. You need it every time you open Brugboek. Nobody can reset it: if you forget it, the data on this device is lost (what was synchronised stays on the team&apos;s server).</source>
        <translation>Kies een pincode of wachtwoordzin van minstens %1 tekens. Je hebt die nodig telkens je Brugboek opent. Niemand kan ze herstellen: vergeet je ze, dan zijn de gegevens op dit toestel verloren (wat gesynchroniseerd is, blijft op de server van het team).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Nog eens dezelfde pincode</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Pincode instellen</translation>
    </message>
</context>
<context>
    <name>ReauthPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>This device has been offline for too long. Connect to the internet and sign in with your username and password of the team&apos;s server. If it stays offline much longer, the data on it is erased.</source>
        <translation>Dit toestel is te lang offline geweest. Maak verbinding met het internet en meld je aan met je gebruikersnaam en wachtwoord van de server van het team. Blijft het nog veel langer offline, dan worden de gegevens erop gewist.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>ReferralAdder</name>
    <message>
        <source>Remove referral</source>
        <translation>Toeleiding schrappen</translation>
    </message>
    <message>
        <source>Refer to… (organisation or service)</source>
        <translation>Toeleiden naar… (organisatie of dienst)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Nood, bv. schuldbemiddeling</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>ReferralDelegate</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryView</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a referral to see its history.</source>
        <translation>Kies een toeleiding om haar geschiedenis te zien.</translation>
    </message>
</context>
<context>
    <name>SchoolpoortPage</name>
    <message>
        <source>Schoolpoort</source>
        <translation>Schoolpoort</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Wie?</translation>
    </message>
    <message>
        <source>About what?</source>
        <translation>Waarover?</translation>
    </message>
    <message>
        <source>Short note (optional)</source>
        <translation>Korte notitie (niet verplicht)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a colleague</source>
        <translation>Delen met collega</translation>
    </message>
    <message>
        <source>A colleague sees this household only with the parents&apos; consent to share it with them.</source>
        <translation>Een collega ziet dit gezin alleen als de ouders toestemming gaven om het met hem of haar te delen.</translation>
    </message>
    <message>
        <source>No colleagues yet. They appear once this device is linked to the team&apos;s server.</source>
        <translation>Nog geen collega&apos;s. Ze verschijnen zodra dit toestel gekoppeld is aan de server van je team.</translation>
    </message>
    <message>
        <source>%1 · shared · %2</source>
        <translation>%1 · gedeeld · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Niet meer delen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Did the parents agree today that you share their file with %1?</source>
        <translation>Gaven de ouders vandaag toestemming om hun dossier te delen met %1?</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Gegeven door (bv. mama, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Toestemming registreren en delen</translation>
    </message>
    <message>
        <source>Stop sharing this household with %1? It disappears from their devices.</source>
        <translation>Dit gezin niet meer delen met %1? Het verdwijnt van diens toestellen.</translation>
    </message>
</context>
<context>
    <name>SocialeKaartPage</name>
    <message>
        <source>Social map</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Search by name or service, e.g. debt</source>
        <translation>Zoek op naam of dienst, bv. schulden</translation>
    </message>
    <message>
        <source>No organisation matches “%1”.</source>
        <translation>Geen organisatie gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>Toeleiden naar %1</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Nood, bv. schuldbemiddeling</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>What came of it?</source>
        <translation>Wat is het resultaat?</translation>
    </message>
    <message>
        <source>New status, as of today:</source>
        <translation>Nieuwe status, vanaf vandaag:</translation>
    </message>
    <message>
        <source>Day of the intake</source>
        <translation>Dag van de intake</translation>
    </message>
</context>
<context>
    <name>StoreErrorPage</name>
    <message>
        <source>Brugboek</source>
        <translation>Brugboek</translation>
    </message>
    <message>
        <source>Your data cannot be opened</source>
        <translation>Je gegevens kunnen niet geopend worden</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted. If this keeps happening, show this screen to whoever supports Brugboek in your team.</source>
        <translation>Er is niets gewijzigd of gewist. Blijft dit gebeuren, toon dit scherm dan aan wie Brugboek in je team ondersteunt.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Linked as %1 (%2) with %3</source>
        <translation>Gekoppeld als %1 (%2) met %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server (for example for a family that is no longer shared with you).</source>
        <translation>
            <numerusform>%n wijziging werd door de server geweigerd (bijvoorbeeld voor een gezin dat niet meer met jou gedeeld is).</numerusform>
            <numerusform>%n wijzigingen werden door de server geweigerd (bijvoorbeeld voor een gezin dat niet meer met jou gedeeld is).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <source>Link this device to your team&apos;s server with the address, username and password from your coordinator. Until then everything stays on this device only.</source>
        <translation>Koppel dit toestel aan de server van je team met het adres, de gebruikersnaam en het wachtwoord van je coördinator. Tot dan blijft alles enkel op dit toestel.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://sync.example.be</source>
        <translation>Serveradres, bv. https://sync.example.be</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Link this device</source>
        <translation>Toestel koppelen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <comment>consent</comment>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>ToeleidingenPage</name>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Toeleidingen</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) with an overdue call</source>
        <translation>
            <numerusform>%n toeleiding met een te late belafspraak</numerusform>
            <numerusform>%n toeleidingen met een te late belafspraak</numerusform>
        </translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>Geen open toeleidingen.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Brugboek is locked</source>
        <translation>Brugboek is vergrendeld</translation>
    </message>
    <message>
        <source>Type your PIN to open your notes.</source>
        <translation>Typ je pincode om je notities te openen.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>This record no longer exists on this device.</source>
        <translation>Dit gegeven bestaat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>A contact needs a household or a short description of the parent.</source>
        <translation>Een contact hoort bij een gezin, of heeft een korte beschrijving van de ouder nodig.</translation>
    </message>
    <message>
        <source>A contact needs its date and time.</source>
        <translation>Een contact heeft een datum en een uur nodig.</translation>
    </message>
    <message>
        <source>A follow-up needs a date.</source>
        <translation>Een opvolging heeft een datum nodig.</translation>
    </message>
    <message>
        <source>A follow-up needs a short description.</source>
        <translation>Een opvolging heeft een korte omschrijving nodig.</translation>
    </message>
    <message>
        <source>A referral belongs to a household.</source>
        <translation>Een toeleiding hoort bij een gezin.</translation>
    </message>
    <message>
        <source>A new referral starts with its first status.</source>
        <translation>Een nieuwe toeleiding begint met haar eerste status.</translation>
    </message>
    <message>
        <source>This referral status is unknown.</source>
        <translation>Deze status van een toeleiding is onbekend.</translation>
    </message>
    <message>
        <source>A status change needs a date.</source>
        <translation>Een statuswijziging heeft een datum nodig.</translation>
    </message>
    <message>
        <source>A planned intake needs its date.</source>
        <translation>Een geplande intake heeft een datum nodig.</translation>
    </message>
    <message>
        <source>A completed referral needs an outcome.</source>
        <translation>Een afgeronde toeleiding heeft een resultaat nodig.</translation>
    </message>
    <message>
        <source>Only a completed referral has an outcome.</source>
        <translation>Alleen een afgeronde toeleiding heeft een resultaat.</translation>
    </message>
    <message>
        <source>This referral no longer exists on this device.</source>
        <translation>Deze toeleiding bestaat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>A follow-up is done at a moment.</source>
        <translation>Een opvolging wordt afgevinkt op een bepaald moment.</translation>
    </message>
    <message>
        <source>This consent no longer exists on this device.</source>
        <translation>Deze toestemming bestaat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Een toestemming kan niet ingetrokken worden vóór de dag waarop ze gegeven werd.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a school.</source>
        <translation>Een afspraak op de zitdag heeft een school nodig.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a day and a time.</source>
        <translation>Een afspraak op de zitdag heeft een dag en een uur nodig.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a household or a short description of the parent.</source>
        <translation>Een afspraak op de zitdag hoort bij een gezin, of heeft een korte beschrijving van de ouder nodig.</translation>
    </message>
    <message>
        <source>This booking status is unknown.</source>
        <translation>Deze status van een afspraak is onbekend.</translation>
    </message>
    <message>
        <source>A booking is seen when its conversation has been noted.</source>
        <translation>Een afspraak is pas gezien als het gesprek genoteerd is.</translation>
    </message>
    <message>
        <source>This booking no longer exists on this device.</source>
        <translation>Deze afspraak bestaat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>A household is shared with a colleague of the team.</source>
        <translation>Een gezin deel je met een collega van het team.</translation>
    </message>
    <message>
        <source>There is no valid consent to share this household with this colleague. Record the consent first.</source>
        <translation>Er is geen geldige toestemming om dit gezin met deze collega te delen. Registreer eerst de toestemming.</translation>
    </message>
    <message>
        <source>This household is no longer shared.</source>
        <translation>Dit gezin wordt niet meer gedeeld.</translation>
    </message>
    <message>
        <source>This conflict has already been settled.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version of Brugboek does not know.</source>
        <translation>Dit conflict gaat over een veld dat deze versie van Brugboek niet kent.</translation>
    </message>
</context>
<context>
    <name>VandaagPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Opvolgingen voor vandaag</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Opvolgingen te laat</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <comment>toeleidingen</comment>
        <translation>Open toeleidingen</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Zitdag</source>
        <translation>Zitdag</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Vandaag niets op te volgen.</translation>
    </message>
    <message>
        <source>Referrals to call about</source>
        <translation>Toeleidingen om na te bellen</translation>
    </message>
    <message>
        <source>No calls due.</source>
        <translation>Niemand na te bellen.</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Recente contacten</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Nog geen contacten.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked today</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n afspraak vandaag</numerusform>
            <numerusform>%n afspraken vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n gesprek vandaag</numerusform>
            <numerusform>%n gesprekken vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>referrals to call</comment>
        <translation>Toon alle (%1)</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>follow-ups</comment>
        <translation>Toon alle (%1)</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <source>This device was disconnected</source>
        <translation>Dit toestel werd losgekoppeld</translation>
    </message>
    <message>
        <source>The data on this device was erased</source>
        <translation>De gegevens op dit toestel zijn gewist</translation>
    </message>
    <message>
        <source>The administrator of your team disconnected this device from the team&apos;s server. All Brugboek data on this device has been deleted.</source>
        <translation>De beheerder van je team heeft dit toestel losgekoppeld van de server van het team. Alle Brugboek-gegevens op dit toestel zijn verwijderd.</translation>
    </message>
    <message>
        <source>The PIN was typed wrong too many times. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>De pincode werd te vaak verkeerd ingetypt. Om de gezinnen te beschermen zijn alle Brugboek-gegevens op dit toestel verwijderd.</translation>
    </message>
    <message>
        <source>This device did not reach the team&apos;s server for too long. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>Dit toestel heeft de server van het team te lang niet bereikt. Om de gezinnen te beschermen zijn alle Brugboek-gegevens op dit toestel verwijderd.</translation>
    </message>
    <message>
        <source>All Brugboek data on this device has been deleted.</source>
        <translation>Alle Brugboek-gegevens op dit toestel zijn verwijderd.</translation>
    </message>
    <message>
        <source>What was synchronised before is still on the team&apos;s server. Ask your coordinator if you need this device again.</source>
        <translation>Wat eerder gesynchroniseerd werd, staat nog op de server van het team. Vraag je coördinator als je dit toestel opnieuw nodig hebt.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>ZitdagPage</name>
    <message>
        <source>At which school is the zitdag?</source>
        <translation>Op welke school is de zitdag?</translation>
    </message>
    <message>
        <source>No schools yet.</source>
        <translation>Nog geen scholen.</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Gesprekken (%1)</translation>
    </message>
    <message>
        <source>No conversations yet in this session.</source>
        <translation>Nog geen gesprekken op deze zitdag.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>New zitdag</source>
        <translation>Nieuwe zitdag</translation>
    </message>
    <message>
        <source>End the zitdag</source>
        <translation>Zitdag afsluiten</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Toeleidingen</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Gesprek bewaren</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Geboekt (%1)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Gesprek boeken op de zitdag</translation>
    </message>
    <message>
        <source>No bookings for this zitdag.</source>
        <translation>Geen afspraken voor deze zitdag.</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Vandaag op te volgen</translation>
    </message>
</context>
<context>
    <name>brugboek::app::AppContext</name>
    <message>
        <source>Brugboek cannot unlock its data on this device. The key is missing or wrong.</source>
        <translation>Brugboek kan de gegevens op dit toestel niet ontgrendelen. De sleutel ontbreekt of klopt niet.</translation>
    </message>
    <message>
        <source>Brugboek may not write to its data folder.</source>
        <translation>Brugboek mag niet schrijven in zijn gegevensmap.</translation>
    </message>
    <message>
        <source>The device is full. Make room and start Brugboek again.</source>
        <translation>Het toestel is vol. Maak ruimte vrij en start Brugboek opnieuw.</translation>
    </message>
    <message>
        <source>Brugboek cannot read or write its data folder.</source>
        <translation>Brugboek kan zijn gegevensmap niet lezen of beschrijven.</translation>
    </message>
    <message>
        <source>The data on this device is damaged.</source>
        <translation>De gegevens op dit toestel zijn beschadigd.</translation>
    </message>
    <message>
        <source>Brugboek is already open in another window.</source>
        <translation>Brugboek is al open in een ander venster.</translation>
    </message>
    <message>
        <source>This data was made by a newer version of Brugboek. Update the app.</source>
        <translation>Deze gegevens komen van een nieuwere versie van Brugboek. Werk de app bij.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error while opening its data.</source>
        <translation>Brugboek liep tegen een interne fout aan bij het openen van de gegevens.</translation>
    </message>
    <message>
        <source>Brugboek cannot read the key of its data on this device.</source>
        <translation>Brugboek kan de sleutel van de gegevens op dit toestel niet lezen.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error. What you saved before is safe.</source>
        <translation>Brugboek liep tegen een interne fout aan. Wat je eerder bewaarde, is veilig.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::AppLock</name>
    <message>
        <source>Choose a PIN of at least %1 characters.</source>
        <translation>Kies een pincode van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The PIN could not be stored: %1</source>
        <translation>De pincode kon niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>The key of this device cannot be read: %1</source>
        <translation>De sleutel van dit toestel kan niet gelezen worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>Verkeerde pincode. Na nog %n foute poging worden de gegevens op dit toestel gewist.</numerusform>
            <numerusform>Verkeerde pincode. Na nog %n foute pogingen worden de gegevens op dit toestel gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device has not reached the team&apos;s server for %n day(s). Sign in with your password to continue.</source>
        <translation>
            <numerusform>Dit toestel heeft de server van het team al %n dag niet bereikt. Meld je aan met je wachtwoord om verder te gaan.</numerusform>
            <numerusform>Dit toestel heeft de server van het team al %n dagen niet bereikt. Meld je aan met je wachtwoord om verder te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be changed: %1</source>
        <translation>De pincode kon niet gewijzigd worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>De huidige pincode is fout. Na nog %n foute poging worden de gegevens op dit toestel gewist.</numerusform>
            <numerusform>De huidige pincode is fout. Na nog %n foute pogingen worden de gegevens op dit toestel gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Je pincode is gewijzigd.</translation>
    </message>
    <message>
        <source>This device is not connected to a server; it cannot be confirmed.</source>
        <translation>Dit toestel is niet met een server verbonden; het kan niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Vul je gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Connect to the internet and try again.</source>
        <translation>De server is niet bereikbaar. Maak verbinding met het internet en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord, of de account is uitgeschakeld.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data; only that worker can sign in.</source>
        <translation>Dit toestel bevat gegevens van een andere medewerker; alleen die kan zich aanmelden.</translation>
    </message>
    <message>
        <source>The server could not confirm you now. Try again later.</source>
        <translation>De server kon je nu niet bevestigen. Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingController</name>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Choose the school of the zitdag.</source>
        <translation>Kies de school van de zitdag.</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Kies een gezin of beschrijf de ouder in enkele woorden.</translation>
    </message>
    <message>
        <source>Choose the time of the conversation.</source>
        <translation>Kies het uur van het gesprek.</translation>
    </message>
    <message>
        <source>A booking is for today or a later day.</source>
        <translation>Een afspraak is voor vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 at %3</source>
        <translation>Geboekt: %1, %2 om %3</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingModel</name>
    <message>
        <source>Seen</source>
        <comment>zitdag booking</comment>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>zitdag booking</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>zitdag booking</comment>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Not yet known: %1</source>
        <translation>Nog onbekend: %1</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ConflictModel</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Bereikbaarheid</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterController</name>
    <message>
        <source>Follow up on %1</source>
        <translation>Opvolgen op %1</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Geen opvolging</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Kies een gezin of beschrijf de ouder in enkele woorden.</translation>
    </message>
    <message>
        <source>A referral needs a known household.</source>
        <translation>Een toeleiding kan enkel voor een gekend gezin.</translation>
    </message>
    <message>
        <source>Say what may be shared, and with whom.</source>
        <translation>Zeg wat gedeeld mag worden, en met wie.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>Follow up the contact</source>
        <translation>Contact opvolgen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterListModel</name>
    <message>
        <source>Not yet known: %1</source>
        <translation>Nog onbekend: %1</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Afspraak om %1</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>zitdag conversation without booking</comment>
        <translation>Zonder afspraak</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ExchangeController</name>
    <message>
        <source>There is no valid consent to share information about this household with %1. Record the consent first.</source>
        <translation>Er is geen geldige toestemming om informatie over dit gezin te delen met %1. Registreer eerst de toestemming.</translation>
    </message>
    <message>
        <source>Information shared with %1 (consent of %2)</source>
        <translation>Informatie gedeeld met %1 (toestemming van %2)</translation>
    </message>
    <message>
        <source>Sharing information for the referral</source>
        <translation>Informatie delen voor de toeleiding</translation>
    </message>
</context>
<context>
    <name>brugboek::app::FollowUpModel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brugboek::app::OrganisationModel</name>
    <message numerus="yes">
        <source>Waiting time about %n day(s)</source>
        <translation>
            <numerusform>Wachttijd ongeveer %n dag</numerusform>
            <numerusform>Wachttijd ongeveer %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>brugboek::app::PersonEditor</name>
    <message>
        <source>Choose a household first.</source>
        <translation>Kies eerst een gezin.</translation>
    </message>
    <message>
        <source>Give at least a first name.</source>
        <translation>Geef minstens een voornaam.</translation>
    </message>
    <message>
        <source>The birth year is a year between 1900 and %1.</source>
        <translation>Het geboortejaar is een jaar tussen 1900 en %1.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::PersonModel</name>
    <message>
        <source>born %1</source>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ReferralHistoryModel</name>
    <message>
        <source>intake on %1</source>
        <translation>intake op %1</translation>
    </message>
    <message>
        <source>going along</source>
        <translation>meegaan</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ReferralModel</name>
    <message>
        <source>No organisation yet</source>
        <translation>Nog geen organisatie</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>call on %1</source>
        <translation>nabellen op %1</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ShareController</name>
    <message>
        <source>There is no valid consent to share this household with %1. Record the consent first.</source>
        <translation>Er is geen geldige toestemming om dit gezin te delen met %1. Registreer eerst de toestemming.</translation>
    </message>
    <message>
        <source>Sharing the household&apos;s file with a colleague</source>
        <translation>Het gezinsdossier delen met een collega</translation>
    </message>
</context>
<context>
    <name>brugboek::app::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <comment>sync state</comment>
        <translation>Niet gekoppeld aan een server</translation>
    </message>
    <message>
        <source>Offline: everything is saved on this device</source>
        <comment>sync state</comment>
        <translation>Offline: alles is bewaard op dit toestel</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <comment>sync state</comment>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <comment>sync state</comment>
        <translation>Wijzigingen wachten om verstuurd te worden</translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state</comment>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <comment>sync state</comment>
        <translation>Synchroniseren mislukt</translation>
    </message>
    <message>
        <source>Not linked</source>
        <comment>sync state, short</comment>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>sync state, short</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing</source>
        <comment>sync state, short</comment>
        <translation>Bezig…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <comment>sync state, short</comment>
        <translation>
            <numerusform>%n te versturen</numerusform>
            <numerusform>%n te versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state, short</comment>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <comment>sync state, short</comment>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The server cannot be reached. Brugboek tries again by itself; nothing is lost.</source>
        <translation>De server is niet bereikbaar. Brugboek probeert het zelf opnieuw; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Connect it again with your username and password.</source>
        <translation>De server aanvaardt dit toestel niet meer. Koppel het opnieuw met je gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord, of de account is uitgeschakeld.</translation>
    </message>
    <message>
        <source>An administrator has disconnected this device from the team&apos;s server.</source>
        <translation>Een beheerder heeft dit toestel losgekoppeld van de server van het team.</translation>
    </message>
    <message>
        <source>This version of Brugboek does not match the server. Please update the app.</source>
        <translation>Deze versie van Brugboek past niet bij de server. Werk de app bij.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Te veel pogingen. Wacht enkele minuten en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The server had a problem. Brugboek tries again later; nothing is lost.</source>
        <translation>De server had een probleem. Brugboek probeert het later opnieuw; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>The data on this device could not be updated (is the storage full?). Nothing was lost.</source>
        <translation>De gegevens op dit toestel konden niet bijgewerkt worden (is de opslag vol?). Er ging niets verloren.</translation>
    </message>
    <message>
        <source>Everything has been sent</source>
        <translation>Alles is verstuurd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n wijziging nog niet verstuurd</numerusform>
            <numerusform>%n wijzigingen nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synchronised today at %1</source>
        <translation>Laatst gesynchroniseerd vandaag om %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1</source>
        <translation>Laatst gesynchroniseerd op %1</translation>
    </message>
    <message>
        <source>Enter the server address as given by your coordinator, e.g. https://sync.example.be</source>
        <translation>Geef het serveradres zoals je coördinator het gaf, bv. https://sync.example.be</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geef je gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>Synchronisation is not available in this mode.</source>
        <translation>Synchroniseren is niet beschikbaar in deze modus.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data. Erase this device first (under Security), then connect it with your own account.</source>
        <translation>Dit toestel bevat gegevens van een andere medewerker. Wis eerst dit toestel (onder Beveiliging) en verbind het dan met je eigen account.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::TeamMemberModel</name>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Colleague</source>
        <comment>team member</comment>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Consent since %1</source>
        <translation>Toestemming sinds %1</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>Nog geen toestemming</translation>
    </message>
</context>
<context>
    <name>brugboek::app::TimelineModel</name>
    <message>
        <source>Contact</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Toeleiding</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ZitdagController</name>
    <message>
        <source>Zitdag</source>
        <translation>Zitdag</translation>
    </message>
    <message>
        <source>Zitdag %1, %2</source>
        <translation>Zitdag %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known household(s)</source>
        <translation>
            <numerusform>%n gekend gezin</numerusform>
            <numerusform>%n gekende gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) started</source>
        <translation>
            <numerusform>%n toeleiding gestart</numerusform>
            <numerusform>%n toeleidingen gestart</numerusform>
        </translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation>Levensdomeinen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n geboekt</numerusform>
            <numerusform>%n geboekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n zonder afspraak</numerusform>
            <numerusform>%n zonder afspraak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) without a conversation</source>
        <translation>
            <numerusform>%n afspraak zonder gesprek (niet gekomen)</numerusform>
            <numerusform>%n afspraken zonder gesprek (niet gekomen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) booked today</source>
        <translation>
            <numerusform>%n gesprek geboekt voor vandaag</numerusform>
            <numerusform>%n gesprekken geboekt voor vandaag</numerusform>
        </translation>
    </message>
</context>
</TS>
