<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ApplicationsSection</name>
    <message>
        <location filename="../dates/applications_section.py" line="+20"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a&amp;pplication</source>
        <translation>Aan&amp;vraag toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove application</source>
        <translation>Aanvraag verwijderen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add application</source>
        <translation>Aanvraag toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change application</source>
        <translation>Aanvraag wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application {number} of {count}</source>
        <translation>Aanvraag {number} van {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have applied for and when: the app says when a decision is due, and stops reminding you once it came.</source>
        <translation>Wat u hebt aangevraagd en wanneer: de app zegt wanneer een beslissing verwacht wordt, en herinnert u er niet meer aan zodra ze er is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appli&amp;ed for:</source>
        <translation>Aangevraagd &amp;voor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application for</source>
        <translation>Aanvraag voor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;iled on:</source>
        <translation>&amp;Ingediend op:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application filed on</source>
        <translation>Aanvraag ingediend op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided o&amp;n:</source>
        <translation>Beslist o&amp;p:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application decided on</source>
        <translation>Aanvraag beslist op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(kind not set)</source>
        <translation>(soort niet ingevuld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided on {day}</source>
        <translation>Beslist op {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you filed it</source>
        <translation>Vul de dag van indiening in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the decision</source>
        <translation>Wacht op de beslissing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision was expected by {day}</source>
        <translation>Beslissing werd verwacht uiterlijk op {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision expected by {day} ({when})</source>
        <translation>Beslissing verwacht uiterlijk op {day} ({when})</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../backup/backup_actions.py" line="+41"/>
        <location line="+9"/>
        <source>Export backup</source>
        <translation>Back-up exporteren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Permit Tracker backup (*.json)</source>
        <translation>Back-up van Permit Tracker (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Import backup</source>
        <translation>Back-up importeren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Permit Tracker backup (*.json);;All files (*)</source>
        <translation>Back-up van Permit Tracker (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{} cannot be imported: {}
Nothing was changed.</source>
        <translation>{} kan niet worden geïmporteerd: {}
Er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The file has %n people. Add them to the people already here, or replace everyone with the file&apos;s people?</source>
        <translation>
            <numerusform>Het bestand bevat %n persoon. Wilt u die toevoegen aan de personen die hier al staan, of iedereen vervangen door de persoon uit het bestand?</numerusform>
            <numerusform>Het bestand bevat %n personen. Wilt u ze toevoegen aan de personen die hier al staan, of iedereen vervangen door de personen uit het bestand?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everyone</source>
        <translation>Iedereen vervangen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: {}</source>
        <translation>Er is niets geïmporteerd: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n people.</source>
        <translation>
            <numerusform>%n persoon geïmporteerd.</numerusform>
            <numerusform>%n personen geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="+177"/>
        <location line="+98"/>
        <source>Export to calendar</source>
        <translation>Naar agenda exporteren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Add alarms at my reminder times</source>
        <translation>Alarmen toevoegen op mijn herinneringstijden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Mijn reisnotities meenemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendars are often synced and shared: leave this off to keep your notes private.</source>
        <translation>Agenda&apos;s worden vaak gesynchroniseerd en gedeeld: laat dit uit om uw notities privé te houden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this file up to date after every change</source>
        <translation>Dit bestand na elke wijziging bijwerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to the file in your calendar app and it always shows today&apos;s dates.</source>
        <translation>Abonneer u in uw agenda-app op het bestand en het toont altijd de actuele datums.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept up to date now: {path}</source>
        <translation>Wordt nu bijgewerkt: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one person.</source>
        <translation>Vink minstens één persoon aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one kind of deadline.</source>
        <translation>Vink minstens één soort termijn aan.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../preferences/preferences_caldav.py" line="+66"/>
        <source>&amp;Calendar</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Publish my deadlines to a CalDAV calendar</source>
        <translation>Mijn termijnen in een CalDAV-agenda &amp;publiceren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;delete the events published so far (otherwise they stay)</source>
        <translation>Ook de tot nu toe gepubliceerde gebeurtenissen &amp;verwijderen (anders blijven ze staan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone&apos;s calendar then shows every deadline and keeps it current. Sent to the server: for each deadline below, the person&apos;s name, the date, what is due, the rule and its source, and your trip notes if you tick them. Nothing else leaves this machine, and with this off nothing does. Works with Nextcloud, Fastmail, iCloud (with an app password), mailbox.org, Radicale and Baïkal.</source>
        <translation>De agenda van uw telefoon toont dan elke termijn en houdt hem actueel. Naar de server gaan: voor elke termijn hieronder de naam van de persoon, de datum, wat er moet gebeuren, de regel en de bron ervan, en uw reisnotities als u ze aanvinkt. Niets anders verlaat deze computer, en als dit uit staat helemaal niets. Werkt met Nextcloud, Fastmail, iCloud (met een app-specifiek wachtwoord), mailbox.org, Radicale en Baïkal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CalDAV server URL</source>
        <translation>URL van de CalDAV-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>Ge&amp;bruikersnaam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find calendars</source>
        <translation>Agenda&apos;s &amp;zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List your calendars on this server</source>
        <translation>Uw agenda&apos;s op deze server oplijsten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ag&amp;enda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on the server when there is none of that name.</source>
        <translation>Wordt op de server aangemaakt als er geen agenda met die naam is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People to publish</source>
        <translation>Te publiceren personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines to publish</source>
        <translation>Te publiceren termijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines:</source>
        <translation>Termijnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alarms at my reminder times</source>
        <translation>Alarmen toevoegen op mijn herinneringstijden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Mijn reisnotities meenemen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing status</source>
        <translation>Publicatiestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>&amp;Nu publiceren</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not published yet.</source>
        <translation>Nog niet gepubliceerd.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your calendars on this server: %1</source>
        <translation>Uw agenda&apos;s op deze server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No calendar yet.</source>
        <translation>Nog geen agenda.</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../dates/cards_model.py" line="+62"/>
        <source>Replaced by a later card</source>
        <translation>Vervangen door een latere kaart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date it is valid until</source>
        <translation>Vul de datum in tot wanneer ze geldig is</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Starts {when}</source>
        <translation>Begint {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on {day}</source>
        <translation>Verlenging aangevraagd op {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired {when}</source>
        <translation>Verlopen {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid, expires {when}</source>
        <translation>Geldig, verloopt {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewal overdue: ask your employer to file it now (expires {when})</source>
        <translation>Verlenging te laat: vraag uw werkgever ze nu in te dienen (verloopt {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: your employer files with the Region by {day}</source>
        <translation>Nu verlengen: uw werkgever dient ze uiterlijk op {day} in bij het Gewest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renewal overdue: ask the commune now (expires {when})</source>
        <translation>Verlenging te laat: vraag ze nu aan bij de gemeente (verloopt {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: ask the commune by {day}</source>
        <translation>Nu verlengen: vraag het uiterlijk op {day} aan bij de gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(type not set)</source>
        <translation>(type niet ingevuld)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{card}, held for: {reason}</source>
        <translation>{card}, verkregen voor: {reason}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../shell/controller.py" line="+142"/>
        <source>another person is already called {}</source>
        <translation>een andere persoon heet al {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this person no longer exists</source>
        <translation>deze persoon bestaat niet meer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add {}</source>
        <translation>{} toevoegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove {}</source>
        <translation>{} verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename {} to {}</source>
        <translation>{} hernoemen tot {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change rules</source>
        <translation>Regels wijzigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the change was not saved</source>
        <translation>de wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your change was not saved: {}</source>
        <translation>Uw wijziging is niet opgeslagen: {}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../shell/crash_dialog.py" line="+63"/>
        <source>{} ran into a bug</source>
        <translation>{} is op een fout gestoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside {app}. You can keep working.

Everything saved before this is safe: each change is saved whole or not at all. The change you were making when this happened may not have been saved: please check it.

To report this bug, copy the report below into your message. Read it first: an error message may quote a name or a date from your records.</source>
        <translation>Er is iets misgelopen in {app}. U kunt verder werken.

Alles wat vóór dit moment is opgeslagen, is veilig: elke wijziging wordt volledig of helemaal niet opgeslagen. De wijziging waarmee u bezig was, is misschien niet opgeslagen: kijk ze na.

Om deze fout te melden, kopieert u het verslag hieronder in uw bericht. Lees het eerst: een foutmelding kan een naam of een datum uit uw gegevens aanhalen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bug report</source>
        <translation>Foutverslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>Verslag &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… further errors were left out.</source>
        <translation>… verdere fouten zijn weggelaten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report is on the clipboard.</source>
        <translation>Het verslag staat op het klembord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} ran into {} bugs</source>
        <translation>{} is op {} fouten gestoten</translation>
    </message>
</context>
<context>
    <name>DataDirText</name>
    <message>
        <location filename="../shell/data_dir_text.py" line="+20"/>
        <source>--data-dir is empty: give the folder that holds the data.</source>
        <translation>--data-dir is leeg: geef de map op waarin de gegevens staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{variable} is set but empty: give it a folder, or unset it to use the default.</source>
        <translation>{variable} is ingesteld maar leeg: geef er een map aan, of verwijder de variabele om de standaardmap te gebruiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read or write the folder {path}: it is a file, not a folder.</source>
        <translation>Kan de map {path} niet lezen of beschrijven: het is een bestand, geen map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: a part of that path is a file.</source>
        <translation>Kan de map {path} niet lezen of beschrijven: een deel van dat pad is een bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: {reason}</source>
        <translation>Kan de map {path} niet lezen of beschrijven: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a symbolic link; Permit Tracker does not write through links: put the database file itself there (or choose its folder with --data-dir).</source>
        <translation>{path} is een symbolische koppeling; Permit Tracker schrijft niet via koppelingen: zet het databankbestand zelf daar (of kies de map ervan met --data-dir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to another user (uid {uid}); running as root would leave files there that user cannot open: run Permit Tracker as that user.</source>
        <translation>{path} is van een andere gebruiker (uid {uid}); als root zou Permit Tracker er bestanden achterlaten die die gebruiker niet kan openen: start Permit Tracker als die gebruiker.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets/date_field.py" line="+53"/>
        <source>d</source>
        <comment>day, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <comment>month, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <comment>year, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>“{}” is not a date; write it like {}</source>
        <translation>“{}” is geen datum; schrijf ze zoals {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>year {} is not between {} and {}</source>
        <translation>jaar {} ligt niet tussen {} en {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no month {}</source>
        <translation>er is geen maand {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} {} has {} days, not {}</source>
        <translation>{} {} heeft {} dagen, niet {}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Kies een datum (Alt+Omlaag)</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../dates/dates_tab.py" line="+103"/>
        <source>Your stay: citizenship, reason, arrival</source>
        <translation>Uw verblijf: nationaliteit, reden, aankomst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Citizenship</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the stay</source>
        <translation>Reden van het verblijf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival in Belgium</source>
        <translation>Aankomst in België</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered at the commune</source>
        <translation>Ingeschreven bij de gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Nationaliteit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Reden van het verblijf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>&amp;Aankomst in België:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistered at the commune:</source>
        <translation>&amp;Ingeschreven bij de gemeente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long-stay visa</source>
        <translation>Visum lang verblijf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D (long stay)</source>
        <translation>D (lang verblijf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa type</source>
        <translation>Type visum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid from</source>
        <translation>Visum geldig vanaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visum geldig tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa &amp;type:</source>
        <translation>T&amp;ype visum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from:</source>
        <translation>Geldig &amp;vanaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;until:</source>
        <translation>Geldig &amp;tot:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport expires</source>
        <translation>Paspoort verloopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Paspoort verloopt op:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Residence cards</source>
        <translation>Verblijfskaarten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;card</source>
        <translation>&amp;Kaart toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;renewed card</source>
        <translation>Ver&amp;lengde kaart toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card of the same type starting the day after the latest one ends</source>
        <translation>Een nieuwe kaart van hetzelfde type, geldig vanaf de dag na het einde van de laatste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <source>Remove card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+177"/>
        <source>Selected card</source>
        <translation>Geselecteerde kaart</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card type</source>
        <translation>Type kaart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card valid from</source>
        <translation>Kaart geldig vanaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card valid until</source>
        <translation>Kaart geldig tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason the card was given for</source>
        <translation>Reden waarvoor de kaart werd afgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on</source>
        <translation>Verlenging aangevraagd op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card t&amp;ype:</source>
        <translation>Typ&amp;e kaart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;held for:</source>
        <translation>Kaart verkregen v&amp;oor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid fr&amp;om:</source>
        <translation>Kaart geldig vana&amp;f:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid u&amp;ntil:</source>
        <translation>Kaart geldi&amp;g tot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;wal requested on:</source>
        <translation>Verlenging aangevraag&amp;d op:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you (or your employer) asked for the renewal: its reminders stop.</source>
        <translation>De dag waarop u (of uw werkgever) de verlenging hebt aangevraagd: de herinneringen ervoor stoppen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change citizenship</source>
        <translation>Nationaliteit wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change reason for the stay</source>
        <translation>Reden van het verblijf wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change arrival date</source>
        <translation>Aankomstdatum wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change registration date</source>
        <translation>Inschrijvingsdatum wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change visa start</source>
        <translation>Begin van het visum wijzigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change visa end</source>
        <translation>Einde van het visum wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passport expiry</source>
        <translation>Vervaldatum van het paspoort wijzigen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Leave empty until you have registered; the day you received the annex 19.</source>
        <translation>Laat leeg tot u ingeschreven bent; de dag waarop u de bijlage 19 kreeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty until you have registered; the day you received the annex 15 (the annex 19ter for family of an EU citizen).</source>
        <translation>Laat leeg tot u ingeschreven bent; de dag waarop u de bijlage 15 kreeg (de bijlage 19ter voor familieleden van een EU-burger).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Card {number} of {count}</source>
        <translation>Kaart {number} van {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same as the person ({reason})</source>
        <translation>Zoals de persoon ({reason})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not saved: {problems}</source>
        <translation>Niet opgeslagen: {problems}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Change visa type</source>
        <translation>Type visum wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change card</source>
        <translation>Kaart wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../reminders/deadline_reminders.py" line="+112"/>
        <source>“{item}” is not a number of days. Write whole days before the date, like 30, 7, 1.</source>
        <translation>“{item}” is geen aantal dagen. Schrijf hele dagen vóór de datum, zoals 30, 7, 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not possible: days before the date go from 0 (the day itself) to {most}.</source>
        <translation>{value} is niet mogelijk: de dagen vóór de datum gaan van 0 (de dag zelf) tot {most}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reminders for this deadline</source>
        <translation>Herinneringen voor deze termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned reminders</source>
        <translation>Geplande herinneringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reminder days of this deadline</source>
        <translation>De herinneringsdagen van deze termijn bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this deadline&apos;s own reminder days</source>
        <translation>Eigen herinneringsdagen voor deze termijn kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use default</source>
        <translation>Standaard gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default reminder days for this kind of deadline</source>
        <translation>De standaard herinneringsdagen voor deze soort termijn gebruiken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 30, 7, 1</source>
        <translation>bv. 30, 7, 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder days before this deadline</source>
        <translation>Herinneringsdagen vóór deze termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole days before the date, separated by commas; 0 is the day itself; leave empty for no reminders.</source>
        <translation>Hele dagen vóór de datum, gescheiden door komma&apos;s; 0 is de dag zelf; laat leeg voor geen herinneringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days before:</source>
        <translation>Dagen vooraf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder days</source>
        <translation>De herinneringsdagen opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing the reminder days</source>
        <translation>Het bewerken van de herinneringsdagen annuleren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem with the reminder days</source>
        <translation>Probleem met de herinneringsdagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 is the day itself; leave empty for no reminders.</source>
        <translation>0 is de dag zelf; laat leeg voor geen herinneringen.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Done: no reminders.</source>
        <translation>Afgehandeld: geen herinneringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date yet, so no reminders.</source>
        <translation>Nog geen datum, dus geen herinneringen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No reminders for this deadline.</source>
        <translation>Geen herinneringen voor deze termijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders are turned off in Preferences.</source>
        <translation>Herinneringen staan uit in Voorkeuren.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved: {}</source>
        <translation>Niet opgeslagen: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: the data could not be written.</source>
        <translation>Niet opgeslagen: de gegevens konden niet worden weggeschreven.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set for this deadline only. The default for “{kind}” is {days} days before.</source>
        <translation>Alleen voor deze termijn ingesteld. De standaard voor “{kind}” is {days} dagen vooraf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set for this deadline only. “{kind}” has no reminders by default.</source>
        <translation>Alleen voor deze termijn ingesteld. “{kind}” heeft standaard geen herinneringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default for “{kind}”, set in Preferences.</source>
        <translation>De standaard voor “{kind}”, ingesteld in Voorkeuren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already due when entered</source>
        <translation>al verstreken bij het invoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{moment} — {lead}</source>
        <translation>{moment} — {lead}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the day</source>
        <translation>op de dag zelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before</source>
        <translation>1 dag vooraf</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n dag vooraf</numerusform>
            <numerusform>%n dagen vooraf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>snoozed until {moment}</source>
        <translation>uitgesteld tot {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked done</source>
        <translation>afgevinkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: entered later</source>
        <translation>niet verstuurd: later ingevoerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>voorbij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line} · {state}</source>
        <translation>{line} · {state}</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../overview/deadlines_model.py" line="+54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not possible yet</source>
        <translation>nog niet mogelijk</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../documents/documents_model.py" line="+153"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable until</source>
        <translation>Bruikbaar tot</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{when}: {explanation}</source>
        <translation>{when}: {explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date to see until when it may be submitted</source>
        <translation>Vul de datum van afgifte in om te zien tot wanneer u het mag indienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered on Dates &amp; permits</source>
        <translation>Ingevuld op Datums &amp; vergunningen</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../documents/documents_tab.py" line="+58"/>
        <source>What the commune and the Immigration Office ask for. A police clearance or medical certificate must still be recent on the day you hand it in.</source>
        <translation>Wat de gemeente en de Dienst Vreemdelingenzaken vragen. Een uittreksel uit het strafregister of een medisch attest moet nog recent zijn op de dag dat u het afgeeft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document checklist</source>
        <translation>Checklist documenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;other document</source>
        <translation>&amp;Ander document toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;newer copy</source>
        <translation>&amp;Nieuwer exemplaar toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a newly issued copy of the selected document, keeping the old one</source>
        <translation>Een nieuw afgegeven exemplaar van het geselecteerde document registreren en het oude bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this record</source>
        <translation>Deze registratie &amp;vergeten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the &amp;checklist</source>
        <translation>Aan de &amp;checklist toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Selected document</source>
        <translation>Geselecteerd document</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Document status</source>
        <translation>Status van het document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>Afge&amp;geven op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable until:</source>
        <translation>Bruikbaar tot:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{day} ({when}) — {age} after it was issued</source>
        <translation>{day} ({when}) — {age} na de afgifte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the issue date: it may be submitted for {age}.</source>
        <translation>Vul de datum van afgifte in: u mag het gedurende {age} indienen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until {day} (as entered on Dates &amp; permits)</source>
        <translation>Geldig tot {day} (zoals ingevuld op Datums &amp; vergunningen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change document ({document})</source>
        <translation>Document wijzigen ({document})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add document ({document})</source>
        <translation>Document toevoegen ({document})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forget document ({document})</source>
        <translation>Document vergeten ({document})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {problems}</source>
        <translation>Niet opgeslagen: {problems}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No age limit</source>
        <translation>Geen maximale ouderdom</translation>
    </message>
</context>
<context>
    <name>ExportedNote</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="-206"/>
        <source>Exported to calendar</source>
        <translation>Naar agenda geëxporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved 1 event to</source>
        <translation>1 gebeurtenis opgeslagen in</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n events to</source>
        <translation>
            <numerusform>%n gebeurtenis opgeslagen in</numerusform>
            <numerusform>%n gebeurtenissen opgeslagen in</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GNOME Calendar, Evolution, KOrganizer:&lt;/b&gt; open the file, or File ▸ Import.</source>
        <translation>&lt;b&gt;GNOME Agenda, Evolution, KOrganizer:&lt;/b&gt; open het bestand, of Bestand ▸ Importeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Thunderbird:&lt;/b&gt; Events and Tasks ▸ Import…, then choose the file.</source>
        <translation>&lt;b&gt;Thunderbird:&lt;/b&gt; Afspraken en taken ▸ Importeren…, en kies dan het bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar (web):&lt;/b&gt; Settings ▸ Import &amp;amp; export ▸ Import.</source>
        <translation>&lt;b&gt;Google Agenda (web):&lt;/b&gt; Instellingen ▸ Importeren en exporteren ▸ Importeren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook:&lt;/b&gt; File ▸ Open &amp;amp; Export ▸ Import/Export ▸ iCalendar.</source>
        <translation>&lt;b&gt;Outlook:&lt;/b&gt; Bestand ▸ Openen en exporteren ▸ Importeren/exporteren ▸ iCalendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Apple Calendar:&lt;/b&gt; File ▸ Import.</source>
        <translation>&lt;b&gt;Apple Agenda:&lt;/b&gt; Archief ▸ Importeer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To see them in your calendar:</source>
        <translation>Om ze in uw agenda te zien:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is kept up to date: &lt;i&gt;subscribe&lt;/i&gt; to it (Thunderbird: New Calendar ▸ On the Network, with its file:// address) rather than importing it once, so changes show up.</source>
        <translation>Dit bestand wordt bijgewerkt: &lt;i&gt;abonneer&lt;/i&gt; u erop (Thunderbird: Nieuwe agenda ▸ Op het netwerk, met het file://-adres) in plaats van het één keer te importeren, zodat wijzigingen zichtbaar worden.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../shell/first_start.py" line="+56"/>
        <source>Welcome to Permit Tracker</source>
        <translation>Welkom bij Permit Tracker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your citizenship, the reason for your stay and a few dates drive almost every deadline of a Belgian residence permit. Enter what you know now; you can add cards, trips and documents later.</source>
        <translation>Uw nationaliteit, de reden van uw verblijf en enkele datums bepalen bijna elke termijn van een Belgische verblijfsvergunning. Vul nu in wat u weet; kaarten, reizen en documenten kunt u later toevoegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizenship</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the stay</source>
        <translation>Reden van het verblijf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrival in Belgium</source>
        <translation>Aankomst in België</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visum geldig tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport expires</source>
        <translation>Paspoort verloopt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>Nationa&amp;liteit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Reden van het verblijf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>&amp;Aankomst in België:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa valid until:</source>
        <translation>&amp;Visum geldig tot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Paspoort verloopt op:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start tracking</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer. Dates are computed from public Belgian rules (Help ▸ Rules and sources) and are not legal advice.
Just looking? Run “permit-tracker --demo” for a sample family.</source>
        <translation>Uw gegevens blijven op deze computer. De datums worden berekend volgens openbare Belgische regels (Help ▸ Regels en bronnen) en zijn geen juridisch advies.
Wilt u alleen even kijken? Start “permit-tracker --demo” voor een voorbeeldgezin.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type your arrival date</source>
        <translation>Typ uw aankomstdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone staying over 3 months registers at the commune after arriving; the date appears here.</source>
        <translation>Wie langer dan 3 maanden blijft, schrijft zich in bij de gemeente; de datum komt hier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{} {} after arriving on {}.</source>
        <translation>{} {} na aankomst op {}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already registered? Enter the date on Dates &amp; permits once you start.</source>
        <translation>Al ingeschreven? Vul de datum in op Datums &amp; vergunningen zodra u begonnen bent.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../widgets/formatting.py" line="+93"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in about %n years</source>
        <translation>
            <numerusform>over ongeveer %n jaar</numerusform>
            <numerusform>over ongeveer %n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in about %n months</source>
        <translation>
            <numerusform>over ongeveer %n maand</numerusform>
            <numerusform>over ongeveer %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due today</source>
        <translation>vandaag te doen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working day</source>
        <translation>werkdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>jaar</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../preferences/preferences_general.py" line="+50"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes at once. The command line, reminders and calendar files follow the same choice.</source>
        <translation>Het venster verandert meteen. De opdrachtregel, de herinneringen en de agendabestanden volgen dezelfde keuze.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../overview/headline.py" line="+52"/>
        <source>Register at your commune by {}</source>
        <translation>Schrijf u uiterlijk op {} in bij uw gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your visa ends on {}: your residence card must start by then</source>
        <translation>Uw visum loopt af op {}: uw verblijfskaart moet tegen dan ingaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renew your passport: from {} it is too short for an application</source>
        <translation>Vernieuw uw paspoort: vanaf {} is het te kort geldig voor een aanvraag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport expires on {}</source>
        <translation>Uw paspoort verloopt op {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the commune to renew your {} by {}</source>
        <translation>Vraag de verlenging van uw {} uiterlijk op {} aan bij de gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>residence card</source>
        <translation>verblijfskaart</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your {} expires on {}</source>
        <translation>Uw {} verloopt op {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit your {} by {}</source>
        <translation>Dien uw {} uiterlijk op {} in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the arrival date to see what is due</source>
        <translation>Vul de aankomstdatum in om te zien wat er moet gebeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp; permits: arrival, visa and passport drive every deadline.</source>
        <translation>Datums &amp; vergunningen: aankomst, visum en paspoort bepalen elke termijn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {}: the commune may be closed, go earlier</source>
        <translation>⚠ {}: de gemeente is misschien gesloten, ga vroeger</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n binnen 30 dagen</numerusform>
            <numerusform>%n binnen 30 dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>then: {}, {}</source>
        <translation>daarna: {}, {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{} since {}</source>
        <translation>{} sinds {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next milestone: {} on {} ({})</source>
        <translation>Volgende mijlpaal: {} op {} ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every deadline is done.</source>
        <translation>Elke termijn is afgehandeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do now</source>
        <translation>Nu niets te doen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What is next</source>
        <translation>Wat volgt</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../journey/journey_view.py" line="+59"/>
        <source>Set the date of the police check</source>
        <translation>De datum van de woonstcontrole instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the police check</source>
        <translation>De datum van de woonstcontrole wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card application</source>
        <translation>De datum van de kaartaanvraag instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card application</source>
        <translation>De datum van de kaartaanvraag wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card collection</source>
        <translation>De datum van het afhalen van de kaart instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card collection</source>
        <translation>De datum van het afhalen van de kaart wissen</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Where you stand</source>
        <translation>Waar u staat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The usual path for your situation, from the seed guide and official sources. Click a step for details; this is not legal advice: check with your commune.</source>
        <translation>Het gebruikelijke traject voor uw situatie, volgens de basisgids en officiële bronnen. Klik op een stap voor details; dit is geen juridisch advies: vraag het na bij uw gemeente.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a person to see their journey.</source>
        <translation>Selecteer een persoon om het traject te zien.</translation>
    </message>
    <message>
        <location filename="../journey/journey_text.py" line="+43"/>
        <source>Done · {day}</source>
        <translation>Afgehandeld · {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not possible yet</source>
        <translation>Nog niet mogelijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On {day} · {countdown}</source>
        <translation>Op {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible since {day}</source>
        <translation>Mogelijk sinds {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {day} · {countdown}</source>
        <translation>Vanaf {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By {day} · {countdown}</source>
        <translation>Uiterlijk {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every step of your journey is done.</source>
        <translation>Elke stap van uw traject is afgehandeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {n} of {total}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Stap {n} van {total}: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/loading_page.py" line="+75"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading</source>
        <translation>Bezig met laden</translation>
    </message>
    <message>
        <location filename="../shell/main_window.py" line="+116"/>
        <source>{} — sample family</source>
        <translation>{} — voorbeeldgezin</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This is a sample family in a temporary store: explore and edit freely; nothing is kept when you quit.</source>
        <translation>Dit is een voorbeeldgezin in een tijdelijke opslag: verken en bewerk naar hartenlust; er blijft niets bewaard als u afsluit.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Ongedaan maken: {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo {}</source>
        <translation>Op&amp;nieuw: {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../shell/help_dialogs.py" line="+92"/>
        <source>Not legal advice</source>
        <translation>Geen juridisch advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit Tracker computes dates from public Belgian rules as researched for this app. Sources disagree in places; the app takes the strictest reading and shows each rule&apos;s source next to the dates it drives.

{}</source>
        <translation>Permit Tracker berekent datums volgens openbare Belgische regels, zoals die voor deze app zijn opgezocht. Op sommige punten zijn de bronnen het oneens; de app volgt de strengste lezing en toont bij elke datum de bron van de regel die hem bepaalt.

{}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track your Belgian residence-permit journey and never miss a date: arrival, visa, registration, residence cards, passport, trips abroad and documents.</source>
        <translation>Volg het traject van uw Belgische verblijfsvergunning en mis nooit meer een datum: aankomst, visum, inschrijving, verblijfskaarten, paspoort, reizen naar het buitenland en documenten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer, in {where}. Nothing is sent over the network unless you export it.</source>
        <translation>Uw gegevens blijven op deze computer, in {where}. Er wordt niets over het netwerk verstuurd, tenzij u het exporteert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}</source>
        <translation>Licentie: {licence}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About {}</source>
        <translation>Over {}</translation>
    </message>
    <message>
        <location filename="../shell/main.py" line="+132"/>
        <location line="+75"/>
        <source>{} cannot open its data.

{}</source>
        <translation>{} kan zijn gegevens niet openen.

{}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A saved value cannot be read and is shown as unknown: {}.</source>
        <translation>Een opgeslagen waarde kan niet worden gelezen en wordt als onbekend getoond: {}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} saved values cannot be read and are shown as unknown, the first: {}.</source>
        <translation>{} opgeslagen waarden kunnen niet worden gelezen en worden als onbekend getoond, de eerste: {}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter them again to repair them; export a backup to keep everything else.</source>
        <translation>Vul ze opnieuw in om ze te herstellen; exporteer een back-up om al de rest te bewaren.</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="-6"/>
        <source>&amp;Import backup…</source>
        <translation>Back-up &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export backup…</source>
        <translation>Back-up e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Herstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to &amp;calendar…</source>
        <translation>Naar a&amp;genda exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name person…</source>
        <translation>Persoon &amp;hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move person…</source>
        <translation>Persoon &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules and sources</source>
        <translation>&amp;Regels en bronnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not legal advice</source>
        <translation>&amp;Geen juridisch advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Permit Tracker</source>
        <translation>&amp;Over Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates &amp;&amp; permits</source>
        <translation>&amp;Datums &amp;&amp; vergunningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Travel</source>
        <translation>&amp;Reizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ocuments</source>
        <translation>Do&amp;cumenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;line</source>
        <translation>Tijd&amp;lijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journey</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.py" line="+47"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Bericht sluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
</context>
<context>
    <name>MovesSection</name>
    <message>
        <location filename="../dates/moves_section.py" line="+21"/>
        <source>Moves (changes of address)</source>
        <translation>Verhuizingen (adreswijzigingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;move</source>
        <translation>&amp;Verhuizing toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove move</source>
        <translation>Verhuizing verwijderen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add move</source>
        <translation>Verhuizing toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change move</source>
        <translation>Verhuizing wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {number} of {count}</source>
        <translation>Verhuizing {number} van {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved house in Belgium? Declare the new address at the commune within 8 working days; the police will check that you live there.</source>
        <translation>Verhuisd binnen België? Geef het nieuwe adres binnen 8 werkdagen aan bij de gemeente; de politie komt nagaan of u er echt woont.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ved on:</source>
        <translation>Ver&amp;huisd op:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Moved on</source>
        <translation>Verhuisd op</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Declared at the commune on:</source>
        <translation>&amp;Aangegeven bij de gemeente op:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move declared on</source>
        <translation>Verhuizing aangegeven op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared on</source>
        <translation>Aangegeven op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declared on {day}</source>
        <translation>Aangegeven op {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the day you moved</source>
        <translation>Vul de dag van de verhuizing in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not declared yet</source>
        <translation>Nog niet aangegeven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare it at the commune now: was due {day}</source>
        <translation>Geef ze nu aan bij de gemeente: de termijn liep af op {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare it at the commune by {day} ({when})</source>
        <translation>Geef ze uiterlijk op {day} aan bij de gemeente ({when})</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../people/sidebar.py" line="+110"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../overview/overview_tab.py" line="+62"/>
        <source>Deadlines, most urgent first</source>
        <translation>Termijnen, de dringendste eerst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show done</source>
        <translation>Afgehandelde tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list deadlines that are already taken care of</source>
        <translation>Ook termijnen tonen die al afgehandeld zijn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No deadlines yet.
Enter the arrival date, the visa and the passport on Dates &amp; permits: every deadline follows from them.</source>
        <translation>Nog geen termijnen.
Vul de aankomstdatum, het visum en het paspoort in op Datums &amp; vergunningen: elke termijn volgt daaruit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter dates…</source>
        <translation>Datums invullen…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Show done ({})</source>
        <translation>Afgehandelde tonen ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} shown</source>
        <translation>{} getoond</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../people/people_model.py" line="+66"/>
        <source>Nothing due</source>
        <translation>Niets te doen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No dates yet</source>
        <translation>Nog geen datums</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../people/person_view.py" line="+69"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp;&amp; permits</source>
        <translation>Datums &amp;&amp; vergunningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="+178"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;minders</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The numbers behind every date. The defaults take the strictest reading of the public sources; change one only if your commune or the Immigration Office told you otherwise. {notice}</source>
        <translation>De getallen achter elke datum. De standaardwaarden volgen de strengste lezing van de openbare bronnen; wijzig er een alleen als uw gemeente of de Dienst Vreemdelingenzaken u iets anders heeft gezegd. {notice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset all rules to &amp;defaults</source>
        <translation>Alle regels op de &amp;standaardwaarden terugzetten</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <location filename="../dates/procedure_section.py" line="+21"/>
        <source>Steps after registering (optional)</source>
        <translation>Stappen na de inschrijving (optioneel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After you register, the police visit to check your address; then the commune takes your photo and fingerprints for the card, and a letter with its PIN says when to collect it.</source>
        <translation>Na uw inschrijving komt de politie langs voor de woonstcontrole; daarna neemt de gemeente uw foto en vingerafdrukken voor de kaart, en een brief met de pincode zegt wanneer u ze kunt afhalen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Police address check on</source>
        <translation>Woonstcontrole op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card applied for (photo and fingerprints) on</source>
        <translation>Kaart aangevraagd (foto en vingerafdrukken) op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card collected on</source>
        <translation>Kaart afgehaald op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police address c&amp;heck:</source>
        <translation>&amp;Woonstcontrole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo and fingerprints ta&amp;ken:</source>
        <translation>Foto en vingerafdrukken geno&amp;men:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card colle&amp;cted:</source>
        <translation>Kaart af&amp;gehaald:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change police check date</source>
        <translation>Datum van de woonstcontrole wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card application date</source>
        <translation>Datum van de kaartaanvraag wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card collection date</source>
        <translation>Datum van het afhalen van de kaart wijzigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {problems}</source>
        <translation>Niet opgeslagen: {problems}</translation>
    </message>
</context>
<context>
    <name>ProvisionalSection</name>
    <message>
        <location filename="../dates/provisional_section.py" line="+34"/>
        <source>Waiting documents</source>
        <translation>Voorlopige documenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;waiting document</source>
        <translation>V&amp;oorlopig document toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove waiting document</source>
        <translation>Voorlopig document verwijderen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add waiting document</source>
        <translation>Voorlopig document toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change waiting document</source>
        <translation>Voorlopig document wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting document {number} of {count}</source>
        <translation>Voorlopig document {number} van {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper the commune gives you while your card is made, lost or renewed. It has an end date, and travelling on it can mean not being let back in.</source>
        <translation>Het papier dat de gemeente u geeft terwijl uw kaart gemaakt, vervangen of verlengd wordt. Het heeft een einddatum, en wie ermee reist, wordt misschien niet meer binnengelaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Soort document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Voorlopig document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;ssued on:</source>
        <translation>Afgegeven o&amp;p:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document issued on</source>
        <translation>Voorlopig document afgegeven op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid unti&amp;l:</source>
        <translation>Geldig t&amp;ot:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document valid until</source>
        <translation>Voorlopig document geldig tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaced by a card</source>
        <translation>Vervangen door een kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date it is valid until</source>
        <translation>Vul de datum in tot wanneer ze geldig is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired on {day}</source>
        <translation>Verlopen op {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, expires {when}</source>
        <translation>Geldig, verloopt {when}</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+148"/>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 published event deleted</source>
        <translation>1 gepubliceerde gebeurtenis verwijderd</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n published events deleted</source>
        <translation>
            <numerusform>%n gepubliceerde gebeurtenis verwijderd</numerusform>
            <numerusform>%n gepubliceerde gebeurtenissen verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{result} (at {time})</source>
        <translation>{result} (om {time})</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n aangemaakt</numerusform>
            <numerusform>%n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) in “{calendar}”: {changes}</source>
        <translation>
            <numerusform>%n gebeurtenis in “{calendar}”: {changes}</numerusform>
            <numerusform>%n gebeurtenissen in “{calendar}”: {changes}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already up to date</source>
        <translation>al bijgewerkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}; trying again in {minutes} min</source>
        <translation>{problem}; nieuwe poging over {minutes} min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no password for the CalDAV server: enter it in Preferences ▸ Calendar</source>
        <translation>geen wachtwoord voor de CalDAV-server: vul het in bij Voorkeuren ▸ Agenda</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../dates/record_section.py" line="+245"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: {problems}</source>
        <translation>Niet opgeslagen: {problems}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../reminders/banner.py" line="+73"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>1 dag uitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Afvinken</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Hide reminder</source>
        <translation>Herinnering verbergen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>While you were away</source>
        <translation>Tijdens uw afwezigheid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the list</source>
        <translation>De lijst verbergen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n herinnering</numerusform>
            <numerusform>%n herinneringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n while you were away</source>
        <translation>
            <numerusform>%n tijdens uw afwezigheid</numerusform>
            <numerusform>%n tijdens uw afwezigheid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} en nog %n</numerusform>
            <numerusform>{first} en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../reminders/tray.py" line="+75"/>
        <source>Next: {person} — {title}, {when}</source>
        <translation>Volgende: {person} — {title}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>No open deadlines</source>
        <translation>Geen openstaande termijnen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reminders paused until {moment}</source>
        <translation>Herinneringen gepauzeerd tot {moment}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open {app}</source>
        <translation>{app} &amp;openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person}: {title} — {when}</source>
        <translation>{person}: {title} — {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume reminders (paused until {moment})</source>
        <translation>Herinneringen &amp;hervatten (gepauzeerd tot {moment})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Pause reminders for a day</source>
        <translation>Herinneringen een dag &amp;pauzeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+221"/>
        <source>{app} keeps running in the tray to remind you of your deadlines. Quit it from the tray menu.</source>
        <translation>{app} blijft in het systeemvak draaien om u aan uw termijnen te herinneren. Sluit het af via het menu in het systeemvak.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reminders could not be checked: {why}</source>
        <translation>De herinneringen konden niet worden nagekeken: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your desktop shows no tray icons, so {app} stops when you close its window. While it is open, reminders come as desktop notifications and here. To get them when it is closed, turn on Start at login in Preferences, or run `permit-tracker remind` from cron or a systemd timer.</source>
        <translation>Uw bureaublad toont geen pictogrammen in het systeemvak, dus {app} stopt wanneer u het venster sluit. Zolang het open is, komen herinneringen als bureaubladmeldingen en hier. Om ze te krijgen als het gesloten is, schakelt u Starten bij aanmelden in bij Voorkeuren, of voert u `permit-tracker remind` uit vanuit cron of een systemd-timer.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../preferences/preferences_reminders.py" line="+52"/>
        <source>{where}: “{item}” is not a whole number of days</source>
        <translation>{where}: “{item}” is geen geheel aantal dagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {days} days is not between 0 and {most}</source>
        <translation>{where}: {days} dagen ligt niet tussen 0 en {most}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Remind me before deadlines</source>
        <translation>Herinner &amp;mij vóór termijnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time of day for reminders</source>
        <translation>Tijdstip voor herinneringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;time of day:</source>
        <translation>Om &amp;tijdstip:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before each deadline (0 is the day itself)</source>
        <translation>Dagen vóór elke termijn (0 is de dag zelf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reminder</source>
        <translation>geen herinnering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: {days}</source>
        <translation>Standaard: {days}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset reminders to &amp;defaults</source>
        <translation>Herinneringen op de &amp;standaardwaarden terugzetten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backup/restore_dialog.py" line="+75"/>
        <source>Daily copy</source>
        <translation>Dagelijkse kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vóór een herstelling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an upgrade</source>
        <translation>Vóór een upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file copied here</source>
        <translation>Een hierheen gekopieerd bestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is gone</source>
        <translation>het bestand is verdwenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Permit Tracker file</source>
        <translation>geen bestand van Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer version of Permit Tracker</source>
        <translation>gemaakt door een nieuwere versie van Permit Tracker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be restored: {}</source>
        <translation>Kan niet worden hersteld: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trips</source>
        <translation>
            <numerusform>%n reis</numerusform>
            <numerusform>%n reizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+106"/>
        <source>Restore a backup</source>
        <translation>Een back-up herstellen</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{app} copies your data on the first change of each day and before every upgrade, import and restore. Choose the copy to go back to: everything recorded now is replaced by what it holds, and a copy of what is here now is taken first, so you can come back to it.</source>
        <translation>{app} kopieert uw gegevens bij de eerste wijziging van elke dag en vóór elke upgrade, import en herstelling. Kies de kopie waarnaar u wilt teruggaan: alles wat nu geregistreerd is, wordt vervangen door wat ze bevat, en eerst wordt een kopie gemaakt van wat hier nu staat, zodat u ernaar kunt terugkeren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no backups yet in {}.</source>
        <translation>Er zijn nog geen back-ups in {}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Herstellen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restore this backup?</source>
        <translation>Deze back-up herstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything recorded in {app} with the backup of {when}?

It holds {contents}.

A copy of what is recorded now is taken first.</source>
        <translation>Alles wat in {app} geregistreerd is, vervangen door de back-up van {when}?

Die bevat {contents}.

Eerst wordt een kopie gemaakt van wat nu geregistreerd is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was not restored: {}

Your data was not changed.</source>
        <translation>De back-up is niet hersteld: {}

Uw gegevens zijn niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the backup of {when}: {contents}.</source>
        <translation>De back-up van {when} is hersteld: {contents}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was recorded before is kept in {}.</source>
        <translation>Wat eerder geregistreerd was, wordt bewaard in {}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your data file was damaged ({problem}). It was kept aside, unchanged, as:
{moved}</source>
        <translation>Uw gegevensbestand was beschadigd ({problem}). Het is ongewijzigd opzijgezet als:
{moved}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no backup to restore: {} starts empty.</source>
        <translation>Er is geen back-up om te herstellen: {} begint leeg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore the newest good backup, from {when}? It holds {contents}.</source>
        <translation>De nieuwste goede back-up, van {when}, herstellen? Die bevat {contents}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup</source>
        <translation>Deze back-up herstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another…</source>
        <translation>Een andere kiezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="-164"/>
        <source>Reset to default</source>
        <translation>Standaardwaarde terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset {rule} to default</source>
        <translation>{rule}: standaardwaarde terugzetten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {source} · verified {date}</source>
        <translation>Bron: {source} · nagekeken op {date}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed; the default is {value} {unit}</source>
        <translation>gewijzigd; de standaard is {value} {unit}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../shell/help_dialogs.py" line="-94"/>
        <source>Each number below can be changed in Edit ▸ Preferences; the dates in the app follow the values in force.</source>
        <translation>Elk getal hieronder kunt u wijzigen in Bewerken ▸ Voorkeuren; de datums in de app volgen de geldende waarden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} (default {default} {unit})</source>
        <translation>{value} (standaard {default} {unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source} · last checked {date}</source>
        <translation>Bron: {source} · laatst nagekeken op {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Rules and sources</source>
        <translation>Regels en bronnen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../people/sidebar.py" line="+37"/>
        <location line="+3"/>
        <location filename="../shell/loading_page.py" line="+4"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Een persoon toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename (F2)</source>
        <translation>Hernoemen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a person</source>
        <translation>Een persoon toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {}?</source>
        <translation>{} verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {} and everything recorded for them: dates, cards, trips and documents?</source>
        <translation>{} verwijderen, met alles wat voor deze persoon geregistreerd is: datums, kaarten, reizen en documenten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>U kunt dit terugdraaien met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>StartAtLoginSection</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+16"/>
        <source>Start {app} when I log in</source>
        <translation>{app} starten wanneer ik mij aanmeld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not for the sample family: it lives in a temporary store.</source>
        <translation>Niet voor het voorbeeldgezin: dat staat in een tijdelijke opslag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It starts in the tray when you log in, so reminders reach you even if you forget to open it. Entry: {where}</source>
        <translation>Het start in het systeemvak wanneer u zich aanmeldt, zodat herinneringen u bereiken, ook als u vergeet het te openen. Item: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come only while the app is open (or from `permit-tracker remind`).</source>
        <translation>Herinneringen komen alleen terwijl de app open is (of via `permit-tracker remind`).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+30"/>
        <source>Calendar: {status}</source>
        <translation>Agenda: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar: publishing…</source>
        <translation>Agenda: bezig met publiceren…</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../journey/journey_view.py" line="-203"/>
        <source>Show or hide the details of this step</source>
        <translation>De details van deze stap tonen of verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <source>Date of {step}</source>
        <translation>Datum: {step}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Why this date</source>
        <translation>Waarom deze datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Bring:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Meebrengen:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist of the Documents tab, with where each document stands</source>
        <translation>De checklist van het tabblad Documenten, met de stand van elk document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;a href=&quot;{url}&quot;&gt;Source&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Bron&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save date</source>
        <translation>Datum opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (done or booked)</source>
        <translation>Datum (gedaan of afgesproken)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../timeline/timeline.py" line="+48"/>
        <location line="+103"/>
        <source>Key dates</source>
        <translation>Belangrijke datums</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Select a person to see their journey.</source>
        <translation>Selecteer een persoon om het traject te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the journey so far and what lies ahead</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: het traject tot nu toe en wat nog komt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrived in Belgium</source>
        <translation>Aangekomen in België</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the commune</source>
        <translation>Ingeschreven bij de gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid until</source>
        <translation>Visum geldig tot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} card valid until</source>
        <translation>{type}-kaart geldig tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card valid until</source>
        <translation>Kaart geldig tot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{doc} valid until</source>
        <translation>{doc} geldig tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved house</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied: {what}</source>
        <translation>Aangevraagd: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided: {what}</source>
        <translation>Beslist: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline/timeline_view.py" line="+76"/>
        <source>Timeline of the journey</source>
        <translation>Tijdlijn van het traject</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_data.py" line="+38"/>
        <location filename="../timeline/timeline_view.py" line="+86"/>
        <source>Residence</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Residence to come</source>
        <translation>Toekomstig verblijf</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_data.py" line="+1"/>
        <location line="+167"/>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Waiting docs</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No dates recorded yet.</source>
        <translation>Nog geen datums geregistreerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} trips abroad, {p} of them planned</source>
        <translation>{n} reizen naar het buitenland, waarvan {p} gepland</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name}: valid until {end} (start not entered)</source>
        <translation>{name}: geldig tot {end} (begin niet ingevuld)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: from {start} (end not entered)</source>
        <translation>{name}: vanaf {start} (einde niet ingevuld)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Visa {type}</source>
        <translation>Visum {type}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved on {day}</source>
        <translation>Verhuisd op {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, declared at the commune on {day}</source>
        <translation>, aangegeven bij de gemeente op {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, to declare at the commune by {day}</source>
        <translation>, aan te geven bij de gemeente uiterlijk op {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, not declared yet</source>
        <translation>, nog niet aangegeven</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{type} card</source>
        <translation>{type}-kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (unlimited stay)</source>
        <translation> (onbeperkt verblijf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trip {range} ({n} days)</source>
        <translation>Reis {range} ({n} dagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, planned</source>
        <translation>, gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, interrupts residence</source>
        <translation>, onderbreekt het verblijf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long-term</source>
        <translation>Langdurig ingezetene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence</source>
        <translation>Duurzaam verblijf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resident since {day}</source>
        <translation>Verblijf sinds {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident {range}, then interrupted</source>
        <translation>Verblijf {range}, daarna onderbroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residence still to come, from {day}</source>
        <translation>Verblijf nog te komen, vanaf {day}</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Unlimited card</source>
        <translation>Kaart van onbeperkt verblijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned trip</source>
        <translation>Geplande reis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip that interrupts residence</source>
        <translation>Reis die het verblijf onderbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Voorlopig document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, declared</source>
        <translation>Verhuizing, aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, not declared yet</source>
        <translation>Verhuizing, nog niet aangegeven</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add an arrival date, a visa or a card to see the journey here.</source>
        <translation>Voeg een aankomstdatum, een visum of een kaart toe om hier het traject te zien.</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../travel/travel_tab.py" line="+139"/>
        <location line="+115"/>
        <source>Your 5-year window</source>
        <translation>Uw periode van 5 jaar</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Absence days used</source>
        <translation>Gebruikte afwezigheidsdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you leave and the day you come back both count as days abroad.</source>
        <translation>De dag van vertrek en de dag van terugkeer tellen allebei als dagen in het buitenland.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trips abroad</source>
        <translation>Reizen naar het buitenland</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problem with the edited trip</source>
        <translation>Probleem met de bewerkte reis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete trip</source>
        <translation>Reis verw&amp;ijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected trips (Del); Undo restores</source>
        <translation>De geselecteerde reizen verwijderen (Del); Ongedaan maken zet ze terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a date or note to change it.</source>
        <translation>Dubbelklik op een datum of notitie om ze te wijzigen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a person to see their trips.</source>
        <translation>Selecteer een persoon om de reizen te zien.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Residence starts on &lt;b&gt;{start}&lt;/b&gt;; your first {years}-year window will be {start} – {end}.</source>
        <translation>Het verblijf begint op &lt;b&gt;{start}&lt;/b&gt;; uw eerste periode van {years} jaar wordt {start} – {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} of residence so far (since {start}); your first {years}-year window will be {start} – {end}.</source>
        <translation>{days} verblijf tot nu toe (sinds {start}); uw eerste periode van {years} jaar wordt {start} – {end}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your {years}-year window</source>
        <translation>Uw periode van {years} jaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>%v of %m days</source>
        <translation>%v van %m dagen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; (at most {limit} in {years} years).</source>
        <translation>&lt;b&gt;{used} afwezigheidsdagen gebruikt, nog {left} over&lt;/b&gt; (hoogstens {limit} in {years} jaar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; in the {years} years up to today ({start} – {today}).</source>
        <translation>&lt;b&gt;{used} afwezigheidsdagen gebruikt, nog {left} over&lt;/b&gt; in de {years} jaar tot vandaag ({start} – {today}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your oldest absence starts rolling out of the window on {day}.</source>
        <translation>Uw oudste afwezigheid begint op {day} uit de periode te vallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No absence counts in the window yet.</source>
        <translation>Er telt nog geen afwezigheid mee in de periode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence: {reason}</source>
        <translation>Langdurig ingezetene: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long-term residence possible since &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Status van langdurig ingezetene mogelijk sinds &lt;b&gt;{day}&lt;/b&gt; (gerekend vanaf {start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence possible from &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Status van langdurig ingezetene mogelijk vanaf &lt;b&gt;{day}&lt;/b&gt; (gerekend vanaf {start}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your residence and absences</source>
        <translation>Uw verblijf en afwezigheden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{used} absence days counted in the last 12 months&lt;/b&gt; ({start} – {today}); at most {limit} in any 12 months.</source>
        <translation>&lt;b&gt;{used} afwezigheidsdagen geteld in de laatste 12 maanden&lt;/b&gt; ({start} – {today}); hoogstens {limit} in elke periode van 12 maanden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your absence {range}, for an important reason, is not counted (one such absence under 12 months).</source>
        <translation>Uw afwezigheid {range}, om een belangrijke reden, telt niet mee (één zulke afwezigheid van minder dan 12 maanden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One absence of up to 12 months for an important reason (illness, pregnancy, study, a posting) is not counted; tick it on the trip.</source>
        <translation>Eén afwezigheid van minder dan 12 maanden om een belangrijke reden (ziekte, zwangerschap, studie, detachering) telt niet mee; vink ze aan bij de reis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permanent residence: record your arrival or registration</source>
        <translation>Duurzaam verblijf: vul uw aankomst of inschrijving in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence: {why}</source>
        <translation>Duurzaam verblijf: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence since &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Duurzaam verblijf sinds &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence possible from &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Duurzaam verblijf mogelijk vanaf &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add trip {range}</source>
        <translation>Reis {range} toevoegen</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <location filename="../travel/trip_form.py" line="+58"/>
        <source>Add a trip (past or planned)</source>
        <translation>Een reis toevoegen (voorbij of gepland)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day you leave</source>
        <translation>Dag van vertrek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you come back</source>
        <translation>Dag van terugkeer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where, why (optional, never exported)</source>
        <translation>Waarheen, waarom (optioneel, nooit geëxporteerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add trip</source>
        <translation>&amp;Reis toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add trip</source>
        <translation>Reis toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the new trip</source>
        <translation>Probleem met de nieuwe reis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effect of the trip on eligibility</source>
        <translation>Gevolg van de reis voor uw rechten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this trip asks of you</source>
        <translation>Wat deze reis van u vraagt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Left on</source>
        <translation>&amp;Vertrokken op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back on</source>
        <translation>&amp;Terug op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Declared at the commune on</source>
        <translation>&amp;Aangegeven bij de gemeente op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You told the commune before leaving (annex 18)</source>
        <translation>U hebt het vóór vertrek aan de gemeente gemeld (bijlage 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you declared the trip</source>
        <translation>Dag waarop u de reis hebt aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reported back on</source>
        <translation>Terug&amp;gemeld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reported to the commune after coming back</source>
        <translation>U hebt zich na terugkeer bij de gemeente gemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you reported back</source>
        <translation>Dag waarop u zich hebt teruggemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Important reason</source>
        <translation>&amp;Belangrijke reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illness, pregnancy, study or a posting abroad: one such absence under 12 months does not break permanent residence</source>
        <translation>Ziekte, zwangerschap, studie of een detachering in het buitenland: één zulke afwezigheid van minder dan 12 maanden onderbreekt het duurzaam verblijf niet</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a person first.</source>
        <translation>Selecteer eerst een persoon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you leave and the day you come back.</source>
        <translation>Vul de dag van vertrek en de dag van terugkeer in.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{title} — {day}</source>
        <translation>{title} — {day}</translation>
    </message>
</context>
<context>
    <name>TripText</name>
    <message>
        <location filename="../travel/trip_text.py" line="+62"/>
        <source>The departure date must be between {lo} and {hi}.</source>
        <translation>De vertrekdatum moet tussen {lo} en {hi} liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return date must be between {lo} and {hi}.</source>
        <translation>De terugkeerdatum moet tussen {lo} en {hi} liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The return date is before the departure date.</source>
        <translation>De terugkeerdatum ligt vóór de vertrekdatum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This trip overlaps your trip of {range}.</source>
        <translation>Deze reis overlapt met uw reis van {range}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>+1 day</source>
        <translation>+1 dag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n dag</numerusform>
            <numerusform>+%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+50"/>
        <source>Record your arrival or registration date to see what this trip changes.</source>
        <translation>Vul uw aankomst- of inschrijvingsdatum in om te zien wat deze reis verandert.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Permanent residence has no date yet (see above), so this trip cannot move it.</source>
        <translation>Duurzaam verblijf heeft nog geen datum (zie hierboven), dus deze reis kan die niet verschuiven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+79"/>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This trip does not change your permanent residence ({day}).</source>
        <translation>Deze reis verandert niets aan uw duurzaam verblijf ({day}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This trip would break the continuity of your residence: permanent residence moves from {before} to {after} ({shift}).</source>
        <translation>Deze reis zou de continuïteit van uw verblijf verbreken: het duurzaam verblijf verschuift van {before} naar {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This trip moves your permanent residence from {before} to {after} ({shift}).</source>
        <translation>Deze reis verschuift uw duurzaam verblijf van {before} naar {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+17"/>
        <source>interrupts</source>
        <translation>onderbreekt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Long-term residence has no date yet (see above), so this trip cannot move it; its days still count as days abroad.</source>
        <translation>De status van langdurig ingezetene heeft nog geen datum (zie hierboven), dus deze reis kan die niet verschuiven; de dagen tellen wel als dagen in het buitenland.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This trip would interrupt your residence: counting restarts on {day}, and long-term eligibility moves from {before} to {after}.</source>
        <translation>Deze reis zou uw verblijf onderbreken: de telling begint opnieuw op {day}, en de status van langdurig ingezetene verschuift van {before} naar {after}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This trip would interrupt your residence (counting restarts on your return), though your long-term eligibility date stays {day}.</source>
        <translation>Deze reis zou uw verblijf onderbreken (de telling begint opnieuw bij uw terugkeer), al blijft de datum voor de status van langdurig ingezetene {day}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This trip does not change your long-term eligibility ({day}).</source>
        <translation>Deze reis verandert niets aan de datum voor de status van langdurig ingezetene ({day}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This trip moves your long-term eligibility from {before} to {after} ({shift}).</source>
        <translation>Deze reis verschuift de datum voor de status van langdurig ingezetene van {before} naar {after} ({shift}).</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../travel/trips_model.py" line="+135"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>past</source>
        <translation>voorbij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abroad now</source>
        <translation>nu in het buitenland</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Teruggekeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on eligibility</source>
        <translation>Gevolg voor uw rechten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Teruggemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you left Belgium (counts as a day of absence)</source>
        <translation>De dag waarop u België verliet (telt als dag van afwezigheid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you came back (counts as a day of absence)</source>
        <translation>De dag waarop u terugkwam (telt als dag van afwezigheid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days abroad, counting the day you left and the day you came back</source>
        <translation>Dagen in het buitenland, de dag van vertrek en de dag van terugkeer meegerekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for yourself; it is never exported to a calendar</source>
        <translation>Een notitie voor uzelf; ze wordt nooit naar een agenda geëxporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past, planned, or abroad now</source>
        <translation>Voorbij, gepland of nu in het buitenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much later long-term residence becomes possible because of this trip</source>
        <translation>Hoeveel later de status van langdurig ingezetene mogelijk wordt door deze reis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: declared at the commune before leaving (annex 18)</source>
        <translation>Reizen van meer dan 3 maanden: vóór vertrek aangegeven bij de gemeente (bijlage 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: reported to the commune within 15 days of return</source>
        <translation>Reizen van meer dan 3 maanden: binnen 15 dagen na terugkeer teruggemeld bij de gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An important reason (illness, pregnancy, study or a posting): one such absence under 12 months does not break permanent residence</source>
        <translation>Een belangrijke reden (ziekte, zwangerschap, studie of een detachering): één zulke afwezigheid van minder dan 12 maanden onderbreekt het duurzaam verblijf niet</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Please enter a valid date.</source>
        <translation>Vul een geldige datum in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit commune dates of trip {range}</source>
        <translation>Gemeentedatums van reis {range} bewerken</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Edit note of trip {range}</source>
        <translation>Notitie van reis {range} bewerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change dates of trip {range}</source>
        <translation>Datums van reis {range} wijzigen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark trip {range} as for an important reason</source>
        <translation>Reis {range} markeren als reis om een belangrijke reden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick declared for trip {range}</source>
        <translation>Reis {range} aanvinken als aangegeven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick reported back for trip {range}</source>
        <translation>Reis {range} aanvinken als teruggemeld</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete trip {range}</source>
        <translation>Reis {range} verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n trips</source>
        <translation>
            <numerusform>%n reis verwijderen</numerusform>
            <numerusform>%n reizen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <location filename="../overview/why_panel.py" line="+55"/>
        <source>Why this date</source>
        <translation>Waarom deze datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a row to see which rule sets its date and where the rule comes from.</source>
        <translation>Selecteer een rij om te zien welke regel de datum bepaalt en waar die regel vandaan komt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (your setting; the default is {} {})</source>
        <translation> (uw instelling; de standaard is {} {})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule</source>
        <translation>De regel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked {}</source>
        <translation>Laatst nagekeken op {}</translation>
    </message>
</context>
</TS>
