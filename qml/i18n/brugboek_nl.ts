<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
    <name>HouseholdDelegate</name>
    <message>
        <source>Found via %1</source>
        <translation>Gevonden via %1</translation>
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
</context>
<context>
    <name>NieuwContactPage</name>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Komt binnenkort</translation>
    </message>
    <message>
        <source>Here you will soon note a contact in a few taps: with whom, where and about which life domains. This screen comes in a next version of Brugboek.</source>
        <translation>Hier noteer je straks in een paar tikken een contactmoment: met wie, waar en over welke levensdomeinen. Dit scherm komt in een volgende versie van Brugboek.</translation>
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
</TS>
