<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>GezinnenPage</name>
    <message>
        <source>Households</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Rechercher des familles</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>Aucune famille ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No households yet.</source>
        <translation>Pas encore de familles.</translation>
    </message>
</context>
<context>
    <name>HouseholdDelegate</name>
    <message>
        <source>Found via %1</source>
        <translation>Trouvée via %1</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Familles</translation>
    </message>
</context>
<context>
    <name>NieuwContactPage</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Here you will soon note a contact in a few taps: with whom, where and about which life domains. This screen comes in a next version of Brugboek.</source>
        <translation>Vous noterez bientôt ici un contact en quelques gestes&#xa0;: avec qui, où et sur quels domaines de vie. Cet écran arrive dans une prochaine version de Brugboek.</translation>
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
        <translation>Vos données ne peuvent pas être ouvertes</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted. If this keeps happening, show this screen to whoever supports Brugboek in your team.</source>
        <translation>Rien n’a été modifié ni supprimé. Si cela se reproduit, montrez cet écran à la personne qui gère Brugboek dans votre équipe.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier des données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VandaagPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Suivis prévus aujourd’hui</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <comment>toeleidingen</comment>
        <translation>Orientations en cours</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Modifications non synchronisées</translation>
    </message>
</context>
<context>
    <name>brugboek::app::AppContext</name>
    <message>
        <source>Brugboek cannot unlock its data on this device. The key is missing or wrong.</source>
        <translation>Brugboek ne peut pas déverrouiller ses données sur cet appareil. La clé est absente ou incorrecte.</translation>
    </message>
    <message>
        <source>Brugboek may not write to its data folder.</source>
        <translation>Brugboek n’a pas le droit d’écrire dans son dossier de données.</translation>
    </message>
    <message>
        <source>The device is full. Make room and start Brugboek again.</source>
        <translation>L’appareil est plein. Libérez de l’espace et redémarrez Brugboek.</translation>
    </message>
    <message>
        <source>Brugboek cannot read or write its data folder.</source>
        <translation>Brugboek ne peut pas lire ou écrire dans son dossier de données.</translation>
    </message>
    <message>
        <source>The data on this device is damaged.</source>
        <translation>Les données de cet appareil sont endommagées.</translation>
    </message>
    <message>
        <source>Brugboek is already open in another window.</source>
        <translation>Brugboek est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>This data was made by a newer version of Brugboek. Update the app.</source>
        <translation>Ces données ont été créées par une version plus récente de Brugboek. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error while opening its data.</source>
        <translation>Brugboek a rencontré une erreur interne en ouvrant ses données.</translation>
    </message>
    <message>
        <source>Brugboek cannot read the key of its data on this device.</source>
        <translation>Brugboek ne peut pas lire la clé de ses données sur cet appareil.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error. What you saved before is safe.</source>
        <translation>Brugboek a rencontré une erreur interne. Ce que vous avez enregistré auparavant est en sécurité.</translation>
    </message>
</context>
</TS>
