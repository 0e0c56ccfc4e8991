<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>BeveiligingPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Modifier le code PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN encore une fois</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message numerus="yes">
        <source>Brugboek locks itself after %n minute(s) without use and when you switch to another app.</source>
        <translation>
            <numerusform>Brugboek se verrouille après %n minute sans utilisation et quand vous passez à une autre application.</numerusform>
            <numerusform>Brugboek se verrouille après %n minutes sans utilisation et quand vous passez à une autre application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Erase this device</source>
        <translation>Effacer cet appareil</translation>
    </message>
    <message>
        <source>Deletes all Brugboek data on this device, for instance before it goes to a colleague. Changes not yet synchronised are lost.</source>
        <translation>Supprime toutes les données Brugboek de cet appareil, par exemple avant de le confier à un collègue. Les modifications pas encore synchronisées sont perdues.</translation>
    </message>
    <message>
        <source>Erase this device…</source>
        <translation>Effacer cet appareil…</translation>
    </message>
    <message>
        <source>Erase all data on this device?</source>
        <translation>Effacer toutes les données de cet appareil ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>BookingDelegate</name>
    <message>
        <source>Cancel the booking of %1</source>
        <translation>Annuler le rendez-vous de %1</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Réserver un entretien à la permanence</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>About what? (optional)</source>
        <translation>À quel sujet ? (facultatif)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Choisissez une école</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>%1 was changed on two devices: which text do you keep?</source>
        <translation>%1 a été modifié sur deux appareils : quel texte garder ?</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Garder celui-ci</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Overwritten text</source>
        <translation>Texte écrasé</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Choose a day</source>
        <translation>Choisir un jour</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
</context>
<context>
    <name>DossierEditDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Modifier la famille</translation>
    </message>
    <message>
        <source>Name of the household</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>How to reach them best</source>
        <translation>Comment les joindre au mieux</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>%1 · interpreter needed</source>
        <translation>%1 · interprète nécessaire</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Membres de la famille</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Choose a household.</source>
        <translation>Choisissez une famille.</translation>
    </message>
    <message>
        <source>The parents withdraw their consent for “%1” as of today?</source>
        <translation>Les parents retirent-ils leur consentement pour « %1 » à partir d&apos;aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Zitdag bookings</source>
        <translation>Rendez-vous à la permanence</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Réserver un entretien à la permanence</translation>
    </message>
    <message>
        <source>No zitdag conversation booked.</source>
        <translation>Aucun entretien réservé à la permanence.</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Share with a colleague</source>
        <translation>Partager avec un collègue</translation>
    </message>
    <message>
        <source>Nobody: only you see this household.</source>
        <translation>Personne : vous seul voyez cette famille.</translation>
    </message>
    <message>
        <source>Remove %1 from this household, on every device?</source>
        <translation>Retirer %1 de cette famille, sur chaque appareil ?</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Share information with %1</source>
        <translation>Partager des informations avec %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Noté : %1</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Donné par (p. ex. la mère, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Enregistrer le consentement et partager</translation>
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
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>FollowUpChooser</name>
    <message>
        <source>No follow-up</source>
        <translation>Pas de suivi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>Pick a day…</source>
        <translation>Date…</translation>
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
        <translation>Fait</translation>
    </message>
</context>
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
    <name>GezinsdossierPage</name>
    <message>
        <source>Household</source>
        <translation>Famille</translation>
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
    <name>HouseholdPicker</name>
    <message>
        <source>Household name</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Rechercher des familles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet known: “%1”</source>
        <translation>Pas encore connu : « %1 »</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Choisir quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Household, or a few words about the parent</source>
        <translation>Famille, ou quelques mots sur le parent</translation>
    </message>
</context>
<context>
    <name>HuisbezoekPage</name>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Needs by life domain</source>
        <translation>Besoins par domaine de vie</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>De quoi on a parlé</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The parents agreed that information may be shared</source>
        <translation>Les parents acceptent que des informations soient partagées</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Ce qui peut être partagé</translation>
    </message>
    <message>
        <source>With whom (service or colleague)</source>
        <translation>Avec qui (service ou collègue)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Save home visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
</context>
<context>
    <name>InstellingenPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Brugboek %1. Data folder: %2</source>
        <translation>Brugboek %1. Dossier des données : %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>PIN, lock and erasing this device</source>
        <translation>Code PIN, verrouillage et effacement de cet appareil</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Discussed with parent</source>
        <translation>Discuté avec le parent</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>referral status</comment>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>Entretien d&apos;accueil prévu</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <comment>referral status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>referral status</comment>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Aidé</translation>
    </message>
    <message>
        <source>Partly helped</source>
        <translation>Partiellement aidé</translation>
    </message>
    <message>
        <source>Not helped</source>
        <translation>Pas aidé</translation>
    </message>
    <message>
        <source>Parent dropped out</source>
        <translation>Le parent a abandonné</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>Refusé par le service</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>person role</comment>
        <translation>Autre</translation>
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
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Social map</source>
        <translation>Carte sociale</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>OpvolgingenPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n suivi à faire</numerusform>
            <numerusform>%n suivis à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Rien à suivre aujourd&apos;hui.</translation>
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
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Refer a family</source>
        <translation>Orienter une famille</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rôle dans la famille</translation>
    </message>
    <message>
        <source>Birth year (if known)</source>
        <translation>Année de naissance (si connue)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Choisissez une école</translation>
    </message>
    <message>
        <source>Class, e.g. 3rd year B</source>
        <translation>Classe, p. ex. 3e primaire B</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Protect the data on this device</source>
        <translation>Protégez les données de cet appareil</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase of at least %1 characters. You need it every time you open Brugboek. Nobody can reset it: if you forget it, the data on this device is lost (what was synchronised stays on the team&apos;s server).</source>
        <translation>Choisissez un code PIN ou une phrase secrète d’au moins %1 caractères. Vous en aurez besoin à chaque ouverture de Brugboek. Personne ne peut le réinitialiser : si vous l’oubliez, les données de cet appareil sont perdues (ce qui a été synchronisé reste sur le serveur de l’équipe).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN encore une fois</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
</context>
<context>
    <name>ReauthPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>This device has been offline for too long. Connect to the internet and sign in with your username and password of the team&apos;s server. If it stays offline much longer, the data on it is erased.</source>
        <translation>Cet appareil est resté hors ligne trop longtemps. Connectez-vous à Internet et identifiez-vous avec votre nom d’utilisateur et votre mot de passe du serveur de l’équipe. S’il reste encore longtemps hors ligne, ses données seront effacées.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>ReferralAdder</name>
    <message>
        <source>Remove referral</source>
        <translation>Supprimer l&apos;orientation</translation>
    </message>
    <message>
        <source>Refer to… (organisation or service)</source>
        <translation>Orienter vers… (organisation ou service)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Besoin, p. ex. médiation de dettes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
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
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a referral to see its history.</source>
        <translation>Choisissez une orientation pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>SchoolpoortPage</name>
    <message>
        <source>Schoolpoort</source>
        <translation>Porte de l&apos;école</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Qui ?</translation>
    </message>
    <message>
        <source>About what?</source>
        <translation>À quel sujet ?</translation>
    </message>
    <message>
        <source>Short note (optional)</source>
        <translation>Note courte (facultative)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a colleague</source>
        <translation>Partager avec un collègue</translation>
    </message>
    <message>
        <source>A colleague sees this household only with the parents&apos; consent to share it with them.</source>
        <translation>Un collègue ne voit cette famille qu&apos;avec le consentement des parents de la partager avec lui ou elle.</translation>
    </message>
    <message>
        <source>No colleagues yet. They appear once this device is linked to the team&apos;s server.</source>
        <translation>Pas encore de collègues. Ils apparaissent dès que cet appareil est relié au serveur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 · shared · %2</source>
        <translation>%1 · partagé · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ne plus partager</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Did the parents agree today that you share their file with %1?</source>
        <translation>Les parents ont-ils accepté aujourd&apos;hui que vous partagiez leur dossier avec %1 ?</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Donné par (p. ex. la mère, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Enregistrer le consentement et partager</translation>
    </message>
    <message>
        <source>Stop sharing this household with %1? It disappears from their devices.</source>
        <translation>Ne plus partager cette famille avec %1 ? Elle disparaît de ses appareils.</translation>
    </message>
</context>
<context>
    <name>SocialeKaartPage</name>
    <message>
        <source>Social map</source>
        <translation>Carte sociale</translation>
    </message>
    <message>
        <source>Search by name or service, e.g. debt</source>
        <translation>Rechercher par nom ou service, p. ex. dettes</translation>
    </message>
    <message>
        <source>No organisation matches “%1”.</source>
        <translation>Aucune organisation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>Orienter vers %1</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Besoin, p. ex. médiation de dettes</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>What came of it?</source>
        <translation>Quel en est le résultat ?</translation>
    </message>
    <message>
        <source>New status, as of today:</source>
        <translation>Nouveau statut, à partir d&apos;aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Day of the intake</source>
        <translation>Jour de l&apos;entretien d&apos;accueil</translation>
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
    <name>SyncSettings</name>
    <message>
        <source>Linked as %1 (%2) with %3</source>
        <translation>Connecté en tant que %1 (%2) à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server (for example for a family that is no longer shared with you).</source>
        <translation>
            <numerusform>%n modification a été refusée par le serveur (par exemple pour une famille qui n’est plus partagée avec vous).</numerusform>
            <numerusform>%n modifications ont été refusées par le serveur (par exemple pour une famille qui n’est plus partagée avec vous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Link this device to your team&apos;s server with the address, username and password from your coordinator. Until then everything stays on this device only.</source>
        <translation>Connectez cet appareil au serveur de votre équipe avec l’adresse, le nom d’utilisateur et le mot de passe reçus de votre coordinateur. D’ici là, tout reste uniquement sur cet appareil.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://sync.example.be</source>
        <translation>Adresse du serveur, p. ex. https://sync.example.be</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Link this device</source>
        <translation>Connecter cet appareil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ToeleidingenPage</name>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Orientations</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) with an overdue call</source>
        <translation>
            <numerusform>%n orientation avec une relance en retard</numerusform>
            <numerusform>%n orientations avec une relance en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>Aucune orientation en cours.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Brugboek is locked</source>
        <translation>Brugboek est verrouillé</translation>
    </message>
    <message>
        <source>Type your PIN to open your notes.</source>
        <translation>Tapez votre code PIN pour ouvrir vos notes.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>This record no longer exists on this device.</source>
        <translation>Cet élément n&apos;existe plus sur cet appareil.</translation>
    </message>
    <message>
        <source>A contact needs a household or a short description of the parent.</source>
        <translation>Un contact a besoin d&apos;une famille ou d&apos;une courte description du parent.</translation>
    </message>
    <message>
        <source>A contact needs its date and time.</source>
        <translation>Un contact a besoin d&apos;une date et d&apos;une heure.</translation>
    </message>
    <message>
        <source>A follow-up needs a date.</source>
        <translation>Un suivi a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>A follow-up needs a short description.</source>
        <translation>Un suivi a besoin d&apos;une courte description.</translation>
    </message>
    <message>
        <source>A referral belongs to a household.</source>
        <translation>Une orientation appartient à une famille.</translation>
    </message>
    <message>
        <source>A new referral starts with its first status.</source>
        <translation>Une nouvelle orientation commence par son premier statut.</translation>
    </message>
    <message>
        <source>This referral status is unknown.</source>
        <translation>Ce statut d&apos;orientation est inconnu.</translation>
    </message>
    <message>
        <source>A status change needs a date.</source>
        <translation>Un changement de statut a besoin d&apos;une date.</translation>
    </message>
    <message>
        <source>A planned intake needs its date.</source>
        <translation>Un entretien d&apos;accueil prévu a besoin de sa date.</translation>
    </message>
    <message>
        <source>A completed referral needs an outcome.</source>
        <translation>Une orientation terminée a besoin d&apos;un résultat.</translation>
    </message>
    <message>
        <source>Only a completed referral has an outcome.</source>
        <translation>Seule une orientation terminée a un résultat.</translation>
    </message>
    <message>
        <source>This referral no longer exists on this device.</source>
        <translation>Cette orientation n&apos;existe plus sur cet appareil.</translation>
    </message>
    <message>
        <source>A follow-up is done at a moment.</source>
        <translation>Un suivi est terminé à un moment précis.</translation>
    </message>
    <message>
        <source>This consent no longer exists on this device.</source>
        <translation>Ce consentement n&apos;existe plus sur cet appareil.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Un consentement ne peut pas être retiré avant le jour où il a été donné.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a school.</source>
        <translation>Un rendez-vous à la permanence a besoin d&apos;une école.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a day and a time.</source>
        <translation>Un rendez-vous à la permanence a besoin d&apos;un jour et d&apos;une heure.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a household or a short description of the parent.</source>
        <translation>Un rendez-vous à la permanence a besoin d&apos;une famille ou d&apos;une courte description du parent.</translation>
    </message>
    <message>
        <source>This booking status is unknown.</source>
        <translation>Ce statut de rendez-vous est inconnu.</translation>
    </message>
    <message>
        <source>A booking is seen when its conversation has been noted.</source>
        <translation>Un rendez-vous n&apos;est vu qu&apos;une fois l&apos;entretien noté.</translation>
    </message>
    <message>
        <source>This booking no longer exists on this device.</source>
        <translation>Ce rendez-vous n&apos;existe plus sur cet appareil.</translation>
    </message>
    <message>
        <source>A household is shared with a colleague of the team.</source>
        <translation>Une famille se partage avec un collègue de l&apos;équipe.</translation>
    </message>
    <message>
        <source>There is no valid consent to share this household with this colleague. Record the consent first.</source>
        <translation>Il n&apos;y a pas de consentement valable pour partager cette famille avec ce collègue. Enregistrez d&apos;abord le consentement.</translation>
    </message>
    <message>
        <source>This household is no longer shared.</source>
        <translation>Cette famille n&apos;est plus partagée.</translation>
    </message>
    <message>
        <source>This conflict has already been settled.</source>
        <translation>Ce conflit a déjà été réglé.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version of Brugboek does not know.</source>
        <translation>Ce conflit concerne un champ que cette version de Brugboek ne connaît pas.</translation>
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
    <message>
        <source>Zitdag</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Rien à suivre aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Referrals to call about</source>
        <translation>Orientations à relancer</translation>
    </message>
    <message>
        <source>No calls due.</source>
        <translation>Aucun appel prévu.</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contacts récents</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Pas encore de contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked today</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n rendez-vous aujourd&apos;hui</numerusform>
            <numerusform>%n rendez-vous aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n entretien aujourd&apos;hui</numerusform>
            <numerusform>%n entretiens aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>referrals to call</comment>
        <translation>Tout afficher (%1)</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>follow-ups</comment>
        <translation>Tout afficher (%1)</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <source>This device was disconnected</source>
        <translation>Cet appareil a été déconnecté</translation>
    </message>
    <message>
        <source>The data on this device was erased</source>
        <translation>Les données de cet appareil ont été effacées</translation>
    </message>
    <message>
        <source>The administrator of your team disconnected this device from the team&apos;s server. All Brugboek data on this device has been deleted.</source>
        <translation>L’administrateur de votre équipe a déconnecté cet appareil du serveur de l’équipe. Toutes les données Brugboek de cet appareil ont été supprimées.</translation>
    </message>
    <message>
        <source>The PIN was typed wrong too many times. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>Le code PIN a été mal saisi trop de fois. Pour protéger les familles, toutes les données Brugboek de cet appareil ont été supprimées.</translation>
    </message>
    <message>
        <source>This device did not reach the team&apos;s server for too long. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>Cet appareil n’a pas joint le serveur de l’équipe depuis trop longtemps. Pour protéger les familles, toutes les données Brugboek de cet appareil ont été supprimées.</translation>
    </message>
    <message>
        <source>All Brugboek data on this device has been deleted.</source>
        <translation>Toutes les données Brugboek de cet appareil ont été supprimées.</translation>
    </message>
    <message>
        <source>What was synchronised before is still on the team&apos;s server. Ask your coordinator if you need this device again.</source>
        <translation>Ce qui a été synchronisé auparavant se trouve toujours sur le serveur de l’équipe. Demandez à votre coordinateur si vous avez à nouveau besoin de cet appareil.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>ZitdagPage</name>
    <message>
        <source>At which school is the zitdag?</source>
        <translation>Dans quelle école a lieu la permanence ?</translation>
    </message>
    <message>
        <source>No schools yet.</source>
        <translation>Pas encore d&apos;écoles.</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Entretiens (%1)</translation>
    </message>
    <message>
        <source>No conversations yet in this session.</source>
        <translation>Pas encore d&apos;entretiens pendant cette permanence.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>New zitdag</source>
        <translation>Nouvelle permanence</translation>
    </message>
    <message>
        <source>End the zitdag</source>
        <translation>Clôturer la permanence</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Enregistrer l&apos;entretien</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Réservés (%1)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Réserver un entretien à la permanence</translation>
    </message>
    <message>
        <source>No bookings for this zitdag.</source>
        <translation>Pas de rendez-vous pour cette permanence.</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Suivis prévus aujourd&apos;hui</translation>
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
<context>
    <name>brugboek::app::AppLock</name>
    <message>
        <source>Choose a PIN of at least %1 characters.</source>
        <translation>Choisissez un code PIN d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The PIN could not be stored: %1</source>
        <translation>Le code PIN n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The key of this device cannot be read: %1</source>
        <translation>La clé de cet appareil ne peut pas être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>Code PIN erroné. Après encore %n tentative erronée, les données de cet appareil seront effacées.</numerusform>
            <numerusform>Code PIN erroné. Après encore %n tentatives erronées, les données de cet appareil seront effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device has not reached the team&apos;s server for %n day(s). Sign in with your password to continue.</source>
        <translation>
            <numerusform>Cet appareil n’a plus joint le serveur de l’équipe depuis %n jour. Connectez-vous avec votre mot de passe pour continuer.</numerusform>
            <numerusform>Cet appareil n’a plus joint le serveur de l’équipe depuis %n jours. Connectez-vous avec votre mot de passe pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be changed: %1</source>
        <translation>Le code PIN n’a pas pu être modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>Le code PIN actuel est erroné. Après encore %n tentative erronée, les données de cet appareil seront effacées.</numerusform>
            <numerusform>Le code PIN actuel est erroné. Après encore %n tentatives erronées, les données de cet appareil seront effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Votre code PIN a été modifié.</translation>
    </message>
    <message>
        <source>This device is not connected to a server; it cannot be confirmed.</source>
        <translation>Cet appareil n’est relié à aucun serveur ; il ne peut pas être confirmé.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Connect to the internet and try again.</source>
        <translation>Le serveur est injoignable. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Nom d’utilisateur ou mot de passe erroné, ou compte désactivé.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data; only that worker can sign in.</source>
        <translation>Cet appareil contient les données d’un autre collaborateur ; seul celui-ci peut se connecter.</translation>
    </message>
    <message>
        <source>The server could not confirm you now. Try again later.</source>
        <translation>Le serveur n’a pas pu vous confirmer pour l’instant. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingController</name>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Choose the school of the zitdag.</source>
        <translation>Choisissez l&apos;école de la permanence.</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Choisissez une famille ou décrivez le parent en quelques mots.</translation>
    </message>
    <message>
        <source>Choose the time of the conversation.</source>
        <translation>Choisissez l&apos;heure de l&apos;entretien.</translation>
    </message>
    <message>
        <source>A booking is for today or a later day.</source>
        <translation>Un rendez-vous est pour aujourd&apos;hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 at %3</source>
        <translation>Réservé : %1, %2 à %3</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingModel</name>
    <message>
        <source>Seen</source>
        <comment>zitdag booking</comment>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>zitdag booking</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>zitdag booking</comment>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Not yet known: %1</source>
        <translation>Pas encore connu : %1</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ConflictModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Joignabilité</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterController</name>
    <message>
        <source>Follow up on %1</source>
        <translation>Suivi le %1</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Pas de suivi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Choisissez une famille ou décrivez le parent en quelques mots.</translation>
    </message>
    <message>
        <source>A referral needs a known household.</source>
        <translation>Une orientation nécessite une famille connue.</translation>
    </message>
    <message>
        <source>Say what may be shared, and with whom.</source>
        <translation>Indiquez ce qui peut être partagé, et avec qui.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Suivi : %1</translation>
    </message>
    <message>
        <source>Follow up the contact</source>
        <translation>Assurer le suivi du contact</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterListModel</name>
    <message>
        <source>Not yet known: %1</source>
        <translation>Pas encore connu : %1</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Rendez-vous à %1</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>zitdag conversation without booking</comment>
        <translation>Sans rendez-vous</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ExchangeController</name>
    <message>
        <source>There is no valid consent to share information about this household with %1. Record the consent first.</source>
        <translation>Il n&apos;y a pas de consentement valable pour partager des informations sur cette famille avec %1. Enregistrez d&apos;abord le consentement.</translation>
    </message>
    <message>
        <source>Information shared with %1 (consent of %2)</source>
        <translation>Informations partagées avec %1 (consentement du %2)</translation>
    </message>
    <message>
        <source>Sharing information for the referral</source>
        <translation>Partager des informations pour l&apos;orientation</translation>
    </message>
</context>
<context>
    <name>brugboek::app::FollowUpModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brugboek::app::OrganisationModel</name>
    <message numerus="yes">
        <source>Waiting time about %n day(s)</source>
        <translation>
            <numerusform>Délai d&apos;attente d&apos;environ %n jour</numerusform>
            <numerusform>Délai d&apos;attente d&apos;environ %n jours</numerusform>
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
        <translation>Choisissez d&apos;abord une famille.</translation>
    </message>
    <message>
        <source>Give at least a first name.</source>
        <translation>Indiquez au moins un prénom.</translation>
    </message>
    <message>
        <source>The birth year is a year between 1900 and %1.</source>
        <translation>L&apos;année de naissance est une année entre 1900 et %1.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::PersonModel</name>
    <message>
        <source>born %1</source>
        <translation>né(e) en %1</translation>
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
        <translation>entretien d&apos;accueil le %1</translation>
    </message>
    <message>
        <source>going along</source>
        <translation>accompagnement</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ReferralModel</name>
    <message>
        <source>No organisation yet</source>
        <translation>Pas encore d&apos;organisation</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>call on %1</source>
        <translation>relancer le %1</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ShareController</name>
    <message>
        <source>There is no valid consent to share this household with %1. Record the consent first.</source>
        <translation>Il n&apos;y a pas de consentement valable pour partager cette famille avec %1. Enregistrez d&apos;abord le consentement.</translation>
    </message>
    <message>
        <source>Sharing the household&apos;s file with a colleague</source>
        <translation>Partager le dossier de la famille avec un collègue</translation>
    </message>
</context>
<context>
    <name>brugboek::app::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <comment>sync state</comment>
        <translation>Pas connecté à un serveur</translation>
    </message>
    <message>
        <source>Offline: everything is saved on this device</source>
        <comment>sync state</comment>
        <translation>Hors ligne : tout est enregistré sur cet appareil</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <comment>sync state</comment>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <comment>sync state</comment>
        <translation>Des modifications attendent d’être envoyées</translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state</comment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <comment>sync state</comment>
        <translation>La synchronisation a échoué</translation>
    </message>
    <message>
        <source>Not linked</source>
        <comment>sync state, short</comment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>sync state, short</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing</source>
        <comment>sync state, short</comment>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <comment>sync state, short</comment>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state, short</comment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <comment>sync state, short</comment>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The server cannot be reached. Brugboek tries again by itself; nothing is lost.</source>
        <translation>Le serveur est injoignable. Brugboek réessaie de lui-même ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Connect it again with your username and password.</source>
        <translation>Le serveur n’accepte plus cet appareil. Connectez-le à nouveau avec votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect, ou compte désactivé.</translation>
    </message>
    <message>
        <source>An administrator has disconnected this device from the team&apos;s server.</source>
        <translation>Un administrateur a déconnecté cet appareil du serveur de l’équipe.</translation>
    </message>
    <message>
        <source>This version of Brugboek does not match the server. Please update the app.</source>
        <translation>Cette version de Brugboek ne correspond pas au serveur. Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Trop de tentatives. Attendez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem. Brugboek tries again later; nothing is lost.</source>
        <translation>Le serveur a rencontré un problème. Brugboek réessaiera plus tard ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>The data on this device could not be updated (is the storage full?). Nothing was lost.</source>
        <translation>Les données de cet appareil n’ont pas pu être mises à jour (le stockage est-il plein ?). Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n modification pas encore envoyée</numerusform>
            <numerusform>%n modifications pas encore envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last synchronised today at %1</source>
        <translation>Dernière synchronisation aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1</source>
        <translation>Dernière synchronisation le %1</translation>
    </message>
    <message>
        <source>Enter the server address as given by your coordinator, e.g. https://sync.example.be</source>
        <translation>Saisissez l’adresse du serveur donnée par votre coordinateur, p. ex. https://sync.example.be</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Synchronisation is not available in this mode.</source>
        <translation>La synchronisation n’est pas disponible dans ce mode.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data. Erase this device first (under Security), then connect it with your own account.</source>
        <translation>Cet appareil contient les données d’un autre collaborateur. Effacez d’abord cet appareil (sous Sécurité), puis reliez-le à votre propre compte.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::TeamMemberModel</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Colleague</source>
        <comment>team member</comment>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Consent since %1</source>
        <translation>Consentement depuis le %1</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>Pas encore de consentement</translation>
    </message>
</context>
<context>
    <name>brugboek::app::TimelineModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ZitdagController</name>
    <message>
        <source>Zitdag</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Zitdag %1, %2</source>
        <translation>Permanence %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known household(s)</source>
        <translation>
            <numerusform>%n famille connue</numerusform>
            <numerusform>%n familles connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) started</source>
        <translation>
            <numerusform>%n orientation lancée</numerusform>
            <numerusform>%n orientations lancées</numerusform>
        </translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation>Domaines de vie : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n réservé</numerusform>
            <numerusform>%n réservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n sans rendez-vous</numerusform>
            <numerusform>%n sans rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) without a conversation</source>
        <translation>
            <numerusform>%n rendez-vous sans entretien (absent)</numerusform>
            <numerusform>%n rendez-vous sans entretien (absents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) booked today</source>
        <translation>
            <numerusform>%n entretien réservé pour aujourd&apos;hui</numerusform>
            <numerusform>%n entretiens réservés pour aujourd&apos;hui</numerusform>
        </translation>
    </message>
</context>
</TS>
