<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BeveiligingPage</name>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message numerus="yes">
        <source>Brugboek locks itself after %n minute(s) without use and when you switch to another app.</source>
        <translation>
            <numerusform>Brugboek locks itself after %n minute without use and when you switch to another app.</numerusform>
            <numerusform>Brugboek locks itself after %n minutes without use and when you switch to another app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Erase this device</source>
        <translation>Erase this device</translation>
    </message>
    <message>
        <source>Deletes all Brugboek data on this device, for instance before it goes to a colleague. Changes not yet synchronised are lost.</source>
        <translation>Deletes all Brugboek data on this device, for instance before it goes to a colleague. Changes not yet synchronised are lost.</translation>
    </message>
    <message>
        <source>Erase this device…</source>
        <translation>Erase this device…</translation>
    </message>
    <message>
        <source>Erase all data on this device?</source>
        <translation>Erase all data on this device?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>BookingDelegate</name>
    <message>
        <source>Cancel the booking of %1</source>
        <translation>Cancel the booking of %1</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Book a zitdag conversation</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>About what? (optional)</source>
        <translation>About what? (optional)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Choose a school</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>%1 was changed on two devices: which text do you keep?</source>
        <translation>%1 was changed on two devices: which text do you keep?</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Current text</translation>
    </message>
    <message>
        <source>Overwritten text</source>
        <translation>Overwritten text</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Choose a day</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>DossierEditDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Name of the household</source>
        <translation>Name of the household</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>How to reach them best</source>
        <translation>How to reach them best</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>%1 · interpreter needed</source>
        <translation>%1 · interpreter needed</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Zitdag bookings</source>
        <translation>Zitdag bookings</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Book a zitdag conversation</translation>
    </message>
    <message>
        <source>No zitdag conversation booked.</source>
        <translation>No zitdag conversation booked.</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Share with a colleague</source>
        <translation>Share with a colleague</translation>
    </message>
    <message>
        <source>Nobody: only you see this household.</source>
        <translation>Nobody: only you see this household.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Choose a household.</source>
        <translation>Choose a household.</translation>
    </message>
    <message>
        <source>The parents withdraw their consent for “%1” as of today?</source>
        <translation>The parents withdraw their consent for “%1” as of today?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Remove %1 from this household, on every device?</source>
        <translation>Remove %1 from this household, on every device?</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Share information with %1</source>
        <translation>Share information with %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Given by (e.g. mother, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Record consent and share</translation>
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
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>FollowUpChooser</name>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Pick a day…</source>
        <translation>Pick a day…</translation>
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
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>GezinnenPage</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Search households</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>No household matches “%1”.</translation>
    </message>
    <message>
        <source>No households yet.</source>
        <translation>No households yet.</translation>
    </message>
</context>
<context>
    <name>GezinsdossierPage</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>HouseholdDelegate</name>
    <message>
        <source>Found via %1</source>
        <translation>Found via %1</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Household, or a few words about the parent</source>
        <translation>Household, or a few words about the parent</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Household name</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Search households</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet known: “%1”</source>
        <translation>Not yet known: “%1”</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Choose someone else</translation>
    </message>
</context>
<context>
    <name>HuisbezoekPage</name>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Needs by life domain</source>
        <translation>Needs by life domain</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>What was talked about</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The parents agreed that information may be shared</source>
        <translation>The parents agreed that information may be shared</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>With whom (service or colleague)</source>
        <translation>With whom (service or colleague)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Save home visit</source>
        <translation>Save home visit</translation>
    </message>
</context>
<context>
    <name>InstellingenPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Brugboek %1. Data folder: %2</source>
        <translation>Brugboek %1. Data folder: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>PIN, lock and erasing this device</source>
        <translation>PIN, lock and erasing this device</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Discussed with parent</source>
        <translation>Discussed with parent</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>referral status</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>Intake planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <comment>referral status</comment>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>referral status</comment>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Helped</translation>
    </message>
    <message>
        <source>Partly helped</source>
        <translation>Partly helped</translation>
    </message>
    <message>
        <source>Not helped</source>
        <translation>Not helped</translation>
    </message>
    <message>
        <source>Parent dropped out</source>
        <translation>Parent dropped out</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>Refused by the service</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>person role</comment>
        <translation>Other</translation>
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
        <translation>Back</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Social map</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OpvolgingenPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Nothing to follow up today.</translation>
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
        <translation>Call %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Refer a family</source>
        <translation>Refer a family</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Role in the family</translation>
    </message>
    <message>
        <source>Birth year (if known)</source>
        <translation>Birth year (if known)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Choose a school</source>
        <translation>Choose a school</translation>
    </message>
    <message>
        <source>Class, e.g. 3rd year B</source>
        <translation>Class, e.g. 3rd year B</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Protect the data on this device</source>
        <translation>Protect the data on this device</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase of at least %1 characters. You need it every time you open Brugboek. Nobody can reset it: if you forget it, the data on this device is lost (what was synchronised stays on the team&apos;s server).</source>
        <translation>Choose a PIN or passphrase of at least %1 characters. You need it every time you open Brugboek. Nobody can reset it: if you forget it, the data on this device is lost (what was synchronised stays on the team&apos;s server).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
</context>
<context>
    <name>ReauthPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>This device has been offline for too long. Connect to the internet and sign in with your username and password of the team&apos;s server. If it stays offline much longer, the data on it is erased.</source>
        <translation>This device has been offline for too long. Connect to the internet and sign in with your username and password of the team&apos;s server. If it stays offline much longer, the data on it is erased.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>ReferralAdder</name>
    <message>
        <source>Remove referral</source>
        <translation>Remove referral</translation>
    </message>
    <message>
        <source>Refer to… (organisation or service)</source>
        <translation>Refer to… (organisation or service)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Need, e.g. debt mediation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
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
        <translation>History</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a referral to see its history.</source>
        <translation>Choose a referral to see its history.</translation>
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
        <translation>Who?</translation>
    </message>
    <message>
        <source>About what?</source>
        <translation>About what?</translation>
    </message>
    <message>
        <source>Short note (optional)</source>
        <translation>Short note (optional)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a colleague</source>
        <translation>Share with a colleague</translation>
    </message>
    <message>
        <source>A colleague sees this household only with the parents&apos; consent to share it with them.</source>
        <translation>A colleague sees this household only with the parents&apos; consent to share it with them.</translation>
    </message>
    <message>
        <source>No colleagues yet. They appear once this device is linked to the team&apos;s server.</source>
        <translation>No colleagues yet. They appear once this device is linked to the team&apos;s server.</translation>
    </message>
    <message>
        <source>%1 · shared · %2</source>
        <translation>%1 · shared · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Did the parents agree today that you share their file with %1?</source>
        <translation>Did the parents agree today that you share their file with %1?</translation>
    </message>
    <message>
        <source>Given by (e.g. mother, Fatima)</source>
        <translation>Given by (e.g. mother, Fatima)</translation>
    </message>
    <message>
        <source>Record consent and share</source>
        <translation>Record consent and share</translation>
    </message>
    <message>
        <source>Stop sharing this household with %1? It disappears from their devices.</source>
        <translation>Stop sharing this household with %1? It disappears from their devices.</translation>
    </message>
</context>
<context>
    <name>SocialeKaartPage</name>
    <message>
        <source>Social map</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Search by name or service, e.g. debt</source>
        <translation>Search by name or service, e.g. debt</translation>
    </message>
    <message>
        <source>No organisation matches “%1”.</source>
        <translation>No organisation matches “%1”.</translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>Refer to %1</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Household name</translation>
    </message>
    <message>
        <source>Need, e.g. debt mediation</source>
        <translation>Need, e.g. debt mediation</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>What came of it?</source>
        <translation>What came of it?</translation>
    </message>
    <message>
        <source>New status, as of today:</source>
        <translation>New status, as of today:</translation>
    </message>
    <message>
        <source>Day of the intake</source>
        <translation>Day of the intake</translation>
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
        <translation>Your data cannot be opened</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted. If this keeps happening, show this screen to whoever supports Brugboek in your team.</source>
        <translation>Nothing was changed or deleted. If this keeps happening, show this screen to whoever supports Brugboek in your team.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Linked as %1 (%2) with %3</source>
        <translation>Linked as %1 (%2) with %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server (for example for a family that is no longer shared with you).</source>
        <translation>
            <numerusform>%n change was refused by the server (for example for a family that is no longer shared with you).</numerusform>
            <numerusform>%n changes were refused by the server (for example for a family that is no longer shared with you).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Link again</source>
        <translation>Link again</translation>
    </message>
    <message>
        <source>Link this device to your team&apos;s server with the address, username and password from your coordinator. Until then everything stays on this device only.</source>
        <translation>Link this device to your team&apos;s server with the address, username and password from your coordinator. Until then everything stays on this device only.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://sync.example.be</source>
        <translation>Server address, e.g. https://sync.example.be</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Link this device</source>
        <translation>Link this device</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>ToeleidingenPage</name>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Referrals</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) with an overdue call</source>
        <translation>
            <numerusform>%n referral with an overdue call</numerusform>
            <numerusform>%n referrals with an overdue call</numerusform>
        </translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>No open referrals.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Brugboek is locked</source>
        <translation>Brugboek is locked</translation>
    </message>
    <message>
        <source>Type your PIN to open your notes.</source>
        <translation>Type your PIN to open your notes.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>This record no longer exists on this device.</source>
        <translation>This record no longer exists on this device.</translation>
    </message>
    <message>
        <source>A contact needs a household or a short description of the parent.</source>
        <translation>A contact needs a household or a short description of the parent.</translation>
    </message>
    <message>
        <source>A contact needs its date and time.</source>
        <translation>A contact needs its date and time.</translation>
    </message>
    <message>
        <source>A follow-up needs a date.</source>
        <translation>A follow-up needs a date.</translation>
    </message>
    <message>
        <source>A follow-up needs a short description.</source>
        <translation>A follow-up needs a short description.</translation>
    </message>
    <message>
        <source>A referral belongs to a household.</source>
        <translation>A referral belongs to a household.</translation>
    </message>
    <message>
        <source>A new referral starts with its first status.</source>
        <translation>A new referral starts with its first status.</translation>
    </message>
    <message>
        <source>This referral status is unknown.</source>
        <translation>This referral status is unknown.</translation>
    </message>
    <message>
        <source>A status change needs a date.</source>
        <translation>A status change needs a date.</translation>
    </message>
    <message>
        <source>A planned intake needs its date.</source>
        <translation>A planned intake needs its date.</translation>
    </message>
    <message>
        <source>A completed referral needs an outcome.</source>
        <translation>A completed referral needs an outcome.</translation>
    </message>
    <message>
        <source>Only a completed referral has an outcome.</source>
        <translation>Only a completed referral has an outcome.</translation>
    </message>
    <message>
        <source>This referral no longer exists on this device.</source>
        <translation>This referral no longer exists on this device.</translation>
    </message>
    <message>
        <source>A follow-up is done at a moment.</source>
        <translation>A follow-up is done at a moment.</translation>
    </message>
    <message>
        <source>This consent no longer exists on this device.</source>
        <translation>This consent no longer exists on this device.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>A consent cannot be withdrawn before the day it was given.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a school.</source>
        <translation>A zitdag booking needs a school.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a day and a time.</source>
        <translation>A zitdag booking needs a day and a time.</translation>
    </message>
    <message>
        <source>A zitdag booking needs a household or a short description of the parent.</source>
        <translation>A zitdag booking needs a household or a short description of the parent.</translation>
    </message>
    <message>
        <source>This booking status is unknown.</source>
        <translation>This booking status is unknown.</translation>
    </message>
    <message>
        <source>A booking is seen when its conversation has been noted.</source>
        <translation>A booking is seen when its conversation has been noted.</translation>
    </message>
    <message>
        <source>This booking no longer exists on this device.</source>
        <translation>This booking no longer exists on this device.</translation>
    </message>
    <message>
        <source>A household is shared with a colleague of the team.</source>
        <translation>A household is shared with a colleague of the team.</translation>
    </message>
    <message>
        <source>There is no valid consent to share this household with this colleague. Record the consent first.</source>
        <translation>There is no valid consent to share this household with this colleague. Record the consent first.</translation>
    </message>
    <message>
        <source>This household is no longer shared.</source>
        <translation>This household is no longer shared.</translation>
    </message>
    <message>
        <source>This conflict has already been settled.</source>
        <translation>This conflict has already been settled.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version of Brugboek does not know.</source>
        <translation>This conflict is about a field this version of Brugboek does not know.</translation>
    </message>
</context>
<context>
    <name>VandaagPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Zitdag</source>
        <translation>Zitdag</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <comment>toeleidingen</comment>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Changes not yet synced</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Nothing to follow up today.</translation>
    </message>
    <message>
        <source>Referrals to call about</source>
        <translation>Referrals to call about</translation>
    </message>
    <message>
        <source>No calls due.</source>
        <translation>No calls due.</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Recent contacts</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked today</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n booked today</numerusform>
            <numerusform>%n booked today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n conversation today</numerusform>
            <numerusform>%n conversations today</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>referrals to call</comment>
        <translation>Show all (%1)</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <comment>follow-ups</comment>
        <translation>Show all (%1)</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <source>This device was disconnected</source>
        <translation>This device was disconnected</translation>
    </message>
    <message>
        <source>The data on this device was erased</source>
        <translation>The data on this device was erased</translation>
    </message>
    <message>
        <source>The administrator of your team disconnected this device from the team&apos;s server. All Brugboek data on this device has been deleted.</source>
        <translation>The administrator of your team disconnected this device from the team&apos;s server. All Brugboek data on this device has been deleted.</translation>
    </message>
    <message>
        <source>The PIN was typed wrong too many times. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>The PIN was typed wrong too many times. To protect the families, all Brugboek data on this device has been deleted.</translation>
    </message>
    <message>
        <source>This device did not reach the team&apos;s server for too long. To protect the families, all Brugboek data on this device has been deleted.</source>
        <translation>This device did not reach the team&apos;s server for too long. To protect the families, all Brugboek data on this device has been deleted.</translation>
    </message>
    <message>
        <source>All Brugboek data on this device has been deleted.</source>
        <translation>All Brugboek data on this device has been deleted.</translation>
    </message>
    <message>
        <source>What was synchronised before is still on the team&apos;s server. Ask your coordinator if you need this device again.</source>
        <translation>What was synchronised before is still on the team&apos;s server. Ask your coordinator if you need this device again.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>ZitdagPage</name>
    <message>
        <source>At which school is the zitdag?</source>
        <translation>At which school is the zitdag?</translation>
    </message>
    <message>
        <source>No schools yet.</source>
        <translation>No schools yet.</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Booked (%1)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Book a zitdag conversation</source>
        <translation>Book a zitdag conversation</translation>
    </message>
    <message>
        <source>No bookings for this zitdag.</source>
        <translation>No bookings for this zitdag.</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Conversations (%1)</translation>
    </message>
    <message>
        <source>No conversations yet in this session.</source>
        <translation>No conversations yet in this session.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>New zitdag</source>
        <translation>New zitdag</translation>
    </message>
    <message>
        <source>End the zitdag</source>
        <translation>End the zitdag</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <comment>toeleidingen</comment>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Save conversation</translation>
    </message>
</context>
<context>
    <name>brugboek::app::AppContext</name>
    <message>
        <source>Brugboek cannot unlock its data on this device. The key is missing or wrong.</source>
        <translation>Brugboek cannot unlock its data on this device. The key is missing or wrong.</translation>
    </message>
    <message>
        <source>Brugboek may not write to its data folder.</source>
        <translation>Brugboek may not write to its data folder.</translation>
    </message>
    <message>
        <source>The device is full. Make room and start Brugboek again.</source>
        <translation>The device is full. Make room and start Brugboek again.</translation>
    </message>
    <message>
        <source>Brugboek cannot read or write its data folder.</source>
        <translation>Brugboek cannot read or write its data folder.</translation>
    </message>
    <message>
        <source>The data on this device is damaged.</source>
        <translation>The data on this device is damaged.</translation>
    </message>
    <message>
        <source>Brugboek is already open in another window.</source>
        <translation>Brugboek is already open in another window.</translation>
    </message>
    <message>
        <source>This data was made by a newer version of Brugboek. Update the app.</source>
        <translation>This data was made by a newer version of Brugboek. Update the app.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error while opening its data.</source>
        <translation>Brugboek ran into an internal error while opening its data.</translation>
    </message>
    <message>
        <source>Brugboek ran into an internal error. What you saved before is safe.</source>
        <translation>Brugboek ran into an internal error. What you saved before is safe.</translation>
    </message>
    <message>
        <source>Brugboek cannot read the key of its data on this device.</source>
        <translation>Brugboek cannot read the key of its data on this device.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::AppLock</name>
    <message>
        <source>Choose a PIN of at least %1 characters.</source>
        <translation>Choose a PIN of at least %1 characters.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>The PIN could not be stored: %1</source>
        <translation>The PIN could not be stored: %1</translation>
    </message>
    <message>
        <source>The key of this device cannot be read: %1</source>
        <translation>The key of this device cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>Wrong PIN. After %n more wrong attempt the data on this device is erased.</numerusform>
            <numerusform>Wrong PIN. After %n more wrong attempts the data on this device is erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device has not reached the team&apos;s server for %n day(s). Sign in with your password to continue.</source>
        <translation>
            <numerusform>This device has not reached the team&apos;s server for %n day. Sign in with your password to continue.</numerusform>
            <numerusform>This device has not reached the team&apos;s server for %n days. Sign in with your password to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be changed: %1</source>
        <translation>The PIN could not be changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. After %n more wrong attempt(s) the data on this device is erased.</source>
        <translation>
            <numerusform>The current PIN is wrong. After %n more wrong attempt the data on this device is erased.</numerusform>
            <numerusform>The current PIN is wrong. After %n more wrong attempts the data on this device is erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Your PIN has been changed.</translation>
    </message>
    <message>
        <source>This device is not connected to a server; it cannot be confirmed.</source>
        <translation>This device is not connected to a server; it cannot be confirmed.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Connect to the internet and try again.</source>
        <translation>The server cannot be reached. Connect to the internet and try again.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Wrong username or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data; only that worker can sign in.</source>
        <translation>This device holds another worker&apos;s data; only that worker can sign in.</translation>
    </message>
    <message>
        <source>The server could not confirm you now. Try again later.</source>
        <translation>The server could not confirm you now. Try again later.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingController</name>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Choose the school of the zitdag.</source>
        <translation>Choose the school of the zitdag.</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Choose a household or describe the parent in a few words.</translation>
    </message>
    <message>
        <source>Choose the time of the conversation.</source>
        <translation>Choose the time of the conversation.</translation>
    </message>
    <message>
        <source>A booking is for today or a later day.</source>
        <translation>A booking is for today or a later day.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 at %3</source>
        <translation>Booked: %1, %2 at %3</translation>
    </message>
</context>
<context>
    <name>brugboek::app::BookingModel</name>
    <message>
        <source>Seen</source>
        <comment>zitdag booking</comment>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>zitdag booking</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>zitdag booking</comment>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Not yet known: %1</source>
        <translation>Not yet known: %1</translation>
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
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>How to reach</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterController</name>
    <message>
        <source>Follow up on %1</source>
        <translation>Follow up on %1</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a household or describe the parent in a few words.</source>
        <translation>Choose a household or describe the parent in a few words.</translation>
    </message>
    <message>
        <source>A referral needs a known household.</source>
        <translation>A referral needs a known household.</translation>
    </message>
    <message>
        <source>Say what may be shared, and with whom.</source>
        <translation>Say what may be shared, and with whom.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Follow up: %1</translation>
    </message>
    <message>
        <source>Follow up the contact</source>
        <translation>Follow up the contact</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>brugboek::app::EncounterListModel</name>
    <message>
        <source>Not yet known: %1</source>
        <translation>Not yet known: %1</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Booked for %1</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>zitdag conversation without booking</comment>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ExchangeController</name>
    <message>
        <source>There is no valid consent to share information about this household with %1. Record the consent first.</source>
        <translation>There is no valid consent to share information about this household with %1. Record the consent first.</translation>
    </message>
    <message>
        <source>Information shared with %1 (consent of %2)</source>
        <translation>Information shared with %1 (consent of %2)</translation>
    </message>
    <message>
        <source>Sharing information for the referral</source>
        <translation>Sharing information for the referral</translation>
    </message>
</context>
<context>
    <name>brugboek::app::FollowUpModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brugboek::app::OrganisationModel</name>
    <message numerus="yes">
        <source>Waiting time about %n day(s)</source>
        <translation>
            <numerusform>Waiting time about %n day</numerusform>
            <numerusform>Waiting time about %n days</numerusform>
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
        <translation>Choose a household first.</translation>
    </message>
    <message>
        <source>Give at least a first name.</source>
        <translation>Give at least a first name.</translation>
    </message>
    <message>
        <source>The birth year is a year between 1900 and %1.</source>
        <translation>The birth year is a year between 1900 and %1.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::PersonModel</name>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
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
        <translation>intake on %1</translation>
    </message>
    <message>
        <source>going along</source>
        <translation>going along</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ReferralModel</name>
    <message>
        <source>No organisation yet</source>
        <translation>No organisation yet</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>call on %1</source>
        <translation>call on %1</translation>
    </message>
</context>
<context>
    <name>brugboek::app::ShareController</name>
    <message>
        <source>There is no valid consent to share this household with %1. Record the consent first.</source>
        <translation>There is no valid consent to share this household with %1. Record the consent first.</translation>
    </message>
    <message>
        <source>Sharing the household&apos;s file with a colleague</source>
        <translation>Sharing the household&apos;s file with a colleague</translation>
    </message>
</context>
<context>
    <name>brugboek::app::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <comment>sync state</comment>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>Offline: everything is saved on this device</source>
        <comment>sync state</comment>
        <translation>Offline: everything is saved on this device</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <comment>sync state</comment>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <comment>sync state</comment>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state</comment>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <comment>sync state</comment>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <source>Not linked</source>
        <comment>sync state, short</comment>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>sync state, short</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing</source>
        <comment>sync state, short</comment>
        <translation>Syncing</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <comment>sync state, short</comment>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <comment>sync state, short</comment>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <comment>sync state, short</comment>
        <translation>Sync problem</translation>
    </message>
    <message>
        <source>The server cannot be reached. Brugboek tries again by itself; nothing is lost.</source>
        <translation>The server cannot be reached. Brugboek tries again by itself; nothing is lost.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Connect it again with your username and password.</source>
        <translation>The server no longer accepts this device. Connect it again with your username and password.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Wrong username or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>An administrator has disconnected this device from the team&apos;s server.</source>
        <translation>An administrator has disconnected this device from the team&apos;s server.</translation>
    </message>
    <message>
        <source>This version of Brugboek does not match the server. Please update the app.</source>
        <translation>This version of Brugboek does not match the server. Please update the app.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Too many attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>The server had a problem. Brugboek tries again later; nothing is lost.</source>
        <translation>The server had a problem. Brugboek tries again later; nothing is lost.</translation>
    </message>
    <message>
        <source>The data on this device could not be updated (is the storage full?). Nothing was lost.</source>
        <translation>The data on this device could not be updated (is the storage full?). Nothing was lost.</translation>
    </message>
    <message>
        <source>Everything has been sent</source>
        <translation>Everything has been sent</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <source>Last synchronised today at %1</source>
        <translation>Last synchronised today at %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1</source>
        <translation>Last synchronised on %1</translation>
    </message>
    <message>
        <source>Enter the server address as given by your coordinator, e.g. https://sync.example.be</source>
        <translation>Enter the server address as given by your coordinator, e.g. https://sync.example.be</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Synchronisation is not available in this mode.</source>
        <translation>Synchronisation is not available in this mode.</translation>
    </message>
    <message>
        <source>This device holds another worker&apos;s data. Erase this device first (under Security), then connect it with your own account.</source>
        <translation>This device holds another worker&apos;s data. Erase this device first (under Security), then connect it with your own account.</translation>
    </message>
</context>
<context>
    <name>brugboek::app::TeamMemberModel</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Colleague</source>
        <comment>team member</comment>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Consent since %1</source>
        <translation>Consent since %1</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>No consent yet</translation>
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
        <translation>Referral</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
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
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <comment>zitdag conversations</comment>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known household(s)</source>
        <translation>
            <numerusform>%n known household</numerusform>
            <numerusform>%n known households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) started</source>
        <translation>
            <numerusform>%n referral started</numerusform>
            <numerusform>%n referrals started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) without a conversation</source>
        <translation>
            <numerusform>%n booking without a conversation</numerusform>
            <numerusform>%n bookings without a conversation</numerusform>
        </translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation>Life domains: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) booked today</source>
        <translation>
            <numerusform>%n conversation booked today</numerusform>
            <numerusform>%n conversations booked today</numerusform>
        </translation>
    </message>
</context>
</TS>
