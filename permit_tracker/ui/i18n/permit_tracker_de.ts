<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>ApplicationsSection</name>
    <message>
        <location filename="../dates/applications_section.py" line="+20"/>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a&amp;pplication</source>
        <translation>A&amp;ntrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove application</source>
        <translation>Antrag entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add application</source>
        <translation>Antrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change application</source>
        <translation>Antrag ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application {number} of {count}</source>
        <translation>Antrag {number} von {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have applied for and when: the app says when a decision is due, and stops reminding you once it came.</source>
        <translation>Was Sie beantragt haben und wann: Die App sagt, wann eine Entscheidung fällig ist, und erinnert Sie nicht mehr, sobald sie gefallen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appli&amp;ed for:</source>
        <translation>&amp;Beantragt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application for</source>
        <translation>Antrag auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;iled on:</source>
        <translation>&amp;Gestellt am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application filed on</source>
        <translation>Antrag gestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided o&amp;n:</source>
        <translation>Ents&amp;chieden am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application decided on</source>
        <translation>Antrag entschieden am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(kind not set)</source>
        <translation>(Art nicht angegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided on {day}</source>
        <translation>Entschieden am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you filed it</source>
        <translation>Geben Sie den Tag der Antragstellung ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the decision</source>
        <translation>Warten auf die Entscheidung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision was expected by {day}</source>
        <translation>Die Entscheidung war bis zum {day} erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision expected by {day} ({when})</source>
        <translation>Entscheidung bis zum {day} erwartet ({when})</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../backup/backup_actions.py" line="+41"/>
        <location line="+9"/>
        <source>Export backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Permit Tracker backup (*.json)</source>
        <translation>Permit-Tracker-Sicherung (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Import backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Permit Tracker backup (*.json);;All files (*)</source>
        <translation>Permit-Tracker-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{} cannot be imported: {}
Nothing was changed.</source>
        <translation>{} kann nicht importiert werden: {}
Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The file has %n people. Add them to the people already here, or replace everyone with the file&apos;s people?</source>
        <translation>
            <numerusform>Die Datei enthält %n Person. Zu den vorhandenen Personen hinzufügen oder alle durch die Personen der Datei ersetzen?</numerusform>
            <numerusform>Die Datei enthält %n Personen. Zu den vorhandenen Personen hinzufügen oder alle durch die Personen der Datei ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everyone</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: {}</source>
        <translation>Nichts wurde importiert: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n people.</source>
        <translation>
            <numerusform>%n Person importiert.</numerusform>
            <numerusform>%n Personen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="+177"/>
        <location line="+98"/>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Add alarms at my reminder times</source>
        <translation>Alarme zu meinen Erinnerungszeiten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Meine Reisenotizen einschließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendars are often synced and shared: leave this off to keep your notes private.</source>
        <translation>Kalender werden oft synchronisiert und geteilt: Lassen Sie dies aus, damit Ihre Notizen privat bleiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this file up to date after every change</source>
        <translation>Diese Datei nach jeder Änderung aktuell halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to the file in your calendar app and it always shows today&apos;s dates.</source>
        <translation>Abonnieren Sie die Datei in Ihrer Kalender-App, dann zeigt sie immer die aktuellen Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept up to date now: {path}</source>
        <translation>Wird jetzt aktuell gehalten: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one person.</source>
        <translation>Kreuzen Sie mindestens eine Person an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one kind of deadline.</source>
        <translation>Kreuzen Sie mindestens eine Art von Frist an.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../preferences/preferences_caldav.py" line="+66"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Publish my deadlines to a CalDAV calendar</source>
        <translation>Meine Fristen in einem CalDAV-Kalender &amp;veröffentlichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;delete the events published so far (otherwise they stay)</source>
        <translation>Auch die bisher veröffentlichten Termine &amp;löschen (sonst bleiben sie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone&apos;s calendar then shows every deadline and keeps it current. Sent to the server: for each deadline below, the person&apos;s name, the date, what is due, the rule and its source, and your trip notes if you tick them. Nothing else leaves this machine, and with this off nothing does. Works with Nextcloud, Fastmail, iCloud (with an app password), mailbox.org, Radicale and Baïkal.</source>
        <translation>Der Kalender Ihres Telefons zeigt dann jede Frist und hält sie aktuell. An den Server gesendet werden: für jede Frist unten der Name der Person, das Datum, was fällig ist, die Regel und ihre Quelle, und Ihre Reisenotizen, wenn Sie sie ankreuzen. Sonst verlässt nichts diesen Rechner, und ist dies aus, gar nichts. Funktioniert mit Nextcloud, Fastmail, iCloud (mit einem App-Passwort), mailbox.org, Radicale und Baïkal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CalDAV server URL</source>
        <translation>URL des CalDAV-Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find calendars</source>
        <translation>Kalender &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List your calendars on this server</source>
        <translation>Ihre Kalender auf diesem Server auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on the server when there is none of that name.</source>
        <translation>Wird auf dem Server angelegt, wenn es keinen mit diesem Namen gibt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People to publish</source>
        <translation>Zu veröffentlichende Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines to publish</source>
        <translation>Zu veröffentlichende Fristen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines:</source>
        <translation>Fristen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alarms at my reminder times</source>
        <translation>Alarme zu meinen Erinnerungszeiten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Meine Reisenotizen einschließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing status</source>
        <translation>Stand der Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your calendars on this server: %1</source>
        <translation>Ihre Kalender auf diesem Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No calendar yet.</source>
        <translation>Noch kein Kalender.</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../dates/cards_model.py" line="+62"/>
        <source>Replaced by a later card</source>
        <translation>Durch eine spätere Karte ersetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date it is valid until</source>
        <translation>Geben Sie das Datum ein, bis zu dem sie gültig ist</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Starts {when}</source>
        <translation>Beginnt {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on {day}</source>
        <translation>Verlängerung beantragt am {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired {when}</source>
        <translation>Abgelaufen {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid, expires {when}</source>
        <translation>Gültig, läuft {when} ab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewal overdue: ask your employer to file it now (expires {when})</source>
        <translation>Verlängerung überfällig: Bitten Sie Ihren Arbeitgeber, sie jetzt einzureichen (läuft {when} ab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: your employer files with the Region by {day}</source>
        <translation>Jetzt verlängern: Ihr Arbeitgeber reicht bis zum {day} bei der Region ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renewal overdue: ask the commune now (expires {when})</source>
        <translation>Verlängerung überfällig: Fragen Sie jetzt bei der Gemeinde nach (läuft {when} ab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: ask the commune by {day}</source>
        <translation>Jetzt verlängern: Fragen Sie bis zum {day} bei der Gemeinde nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(type not set)</source>
        <translation>(Typ nicht angegeben)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{card}, held for: {reason}</source>
        <translation>{card}, erteilt für: {reason}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../shell/controller.py" line="+142"/>
        <source>another person is already called {}</source>
        <translation>eine andere Person heißt bereits {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this person no longer exists</source>
        <translation>diese Person gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add {}</source>
        <translation>{} hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove {}</source>
        <translation>{} entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename {} to {}</source>
        <translation>{} in {} umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change rules</source>
        <translation>Regeln ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the change was not saved</source>
        <translation>die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your change was not saved: {}</source>
        <translation>Ihre Änderung wurde nicht gespeichert: {}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../shell/crash_dialog.py" line="+63"/>
        <source>{} ran into a bug</source>
        <translation>{} ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside {app}. You can keep working.

Everything saved before this is safe: each change is saved whole or not at all. The change you were making when this happened may not have been saved: please check it.

To report this bug, copy the report below into your message. Read it first: an error message may quote a name or a date from your records.</source>
        <translation>In {app} ist etwas schiefgegangen. Sie können weiterarbeiten.

Alles, was vorher gespeichert wurde, ist sicher: Jede Änderung wird ganz oder gar nicht gespeichert. Die Änderung, die Sie gerade vornahmen, wurde möglicherweise nicht gespeichert: Bitte prüfen Sie sie.

Um diesen Fehler zu melden, kopieren Sie den Bericht unten in Ihre Nachricht. Lesen Sie ihn vorher: Eine Fehlermeldung kann einen Namen oder ein Datum aus Ihren Daten zitieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bug report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… further errors were left out.</source>
        <translation>… weitere Fehler wurden weggelassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} ran into {} bugs</source>
        <translation>{} ist auf {} Fehler gestoßen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets/date_field.py" line="+53"/>
        <source>d</source>
        <comment>day, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <comment>month, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <comment>year, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>J</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>“{}” is not a date; write it like {}</source>
        <translation>„{}“ ist kein Datum; schreiben Sie es wie {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>year {} is not between {} and {}</source>
        <translation>das Jahr {} liegt nicht zwischen {} und {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no month {}</source>
        <translation>es gibt keinen Monat {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} {} has {} days, not {}</source>
        <translation>{} {} hat {} Tage, nicht {}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum wählen (Alt+Unten)</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../dates/dates_tab.py" line="+103"/>
        <source>Your stay: citizenship, reason, arrival</source>
        <translation>Ihr Aufenthalt: Staatsangehörigkeit, Grund, Ankunft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the stay</source>
        <translation>Grund des Aufenthalts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival in Belgium</source>
        <translation>Ankunft in Belgien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered at the commune</source>
        <translation>Bei der Gemeinde angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;itizenship:</source>
        <translation>Staats&amp;angehörigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Grund des Aufenthalts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>A&amp;nkunft in Belgien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistered at the commune:</source>
        <translation>Bei der Gemeinde ange&amp;meldet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long-stay visa</source>
        <translation>Visum für einen langfristigen Aufenthalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D (long stay)</source>
        <translation>D (langfristiger Aufenthalt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa type</source>
        <translation>Visumtyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid from</source>
        <translation>Visum gültig ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visum gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa &amp;type:</source>
        <translation>&amp;Visumtyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from:</source>
        <translation>Gültig a&amp;b:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;until:</source>
        <translation>Gültig b&amp;is:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport expires</source>
        <translation>Reisepass läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Reisepass läuft ab am:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Residence cards</source>
        <translation>Aufenthaltskarten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;renewed card</source>
        <translation>&amp;Verlängerte Karte hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card of the same type starting the day after the latest one ends</source>
        <translation>Eine neue Karte desselben Typs, die am Tag nach dem Ende der letzten beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+177"/>
        <source>Selected card</source>
        <translation>Ausgewählte Karte</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card type</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card valid from</source>
        <translation>Karte gültig ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card valid until</source>
        <translation>Karte gültig bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason the card was given for</source>
        <translation>Grund, für den die Karte erteilt wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on</source>
        <translation>Verlängerung beantragt am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card t&amp;ype:</source>
        <translation>Karten&amp;typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;held for:</source>
        <translation>Karte &amp;erteilt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid fr&amp;om:</source>
        <translation>Karte gültig &amp;ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid u&amp;ntil:</source>
        <translation>Karte gültig bi&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;wal requested on:</source>
        <translation>Verlängerung beantragt a&amp;m:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you (or your employer) asked for the renewal: its reminders stop.</source>
        <translation>Der Tag, an dem Sie (oder Ihr Arbeitgeber) die Verlängerung beantragt haben: Ihre Erinnerungen enden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change citizenship</source>
        <translation>Staatsangehörigkeit ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change reason for the stay</source>
        <translation>Grund des Aufenthalts ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change arrival date</source>
        <translation>Ankunftsdatum ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change registration date</source>
        <translation>Anmeldedatum ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change visa start</source>
        <translation>Beginn des Visums ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change visa end</source>
        <translation>Ende des Visums ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passport expiry</source>
        <translation>Ablauf des Reisepasses ändern</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Leave empty until you have registered; the day you received the annex 19.</source>
        <translation>Leer lassen, bis Sie angemeldet sind; der Tag, an dem Sie die Anlage 19 erhalten haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty until you have registered; the day you received the annex 15 (the annex 19ter for family of an EU citizen).</source>
        <translation>Leer lassen, bis Sie angemeldet sind; der Tag, an dem Sie die Anlage 15 erhalten haben (die Anlage 19ter für Familienangehörige eines EU-Bürgers).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Card {number} of {count}</source>
        <translation>Karte {number} von {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same as the person ({reason})</source>
        <translation>Wie bei der Person ({reason})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Change visa type</source>
        <translation>Visumtyp ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change card</source>
        <translation>Karte ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../reminders/deadline_reminders.py" line="+112"/>
        <source>“{item}” is not a number of days. Write whole days before the date, like 30, 7, 1.</source>
        <translation>„{item}“ ist keine Anzahl von Tagen. Schreiben Sie ganze Tage vor dem Datum, etwa 30, 7, 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not possible: days before the date go from 0 (the day itself) to {most}.</source>
        <translation>{value} ist nicht möglich: Tage vor dem Datum gehen von 0 (der Tag selbst) bis {most}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reminders for this deadline</source>
        <translation>Erinnerungen für diese Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned reminders</source>
        <translation>Geplante Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reminder days of this deadline</source>
        <translation>Die Erinnerungstage dieser Frist bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this deadline&apos;s own reminder days</source>
        <translation>Eigene Erinnerungstage für diese Frist wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default reminder days for this kind of deadline</source>
        <translation>Die Standard-Erinnerungstage für diese Art von Frist verwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 30, 7, 1</source>
        <translation>z. B. 30, 7, 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder days before this deadline</source>
        <translation>Erinnerungstage vor dieser Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole days before the date, separated by commas; 0 is the day itself; leave empty for no reminders.</source>
        <translation>Ganze Tage vor dem Datum, durch Kommas getrennt; 0 ist der Tag selbst; leer lassen für keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days before:</source>
        <translation>Tage vorher:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder days</source>
        <translation>Die Erinnerungstage speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing the reminder days</source>
        <translation>Das Bearbeiten der Erinnerungstage abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem with the reminder days</source>
        <translation>Problem mit den Erinnerungstagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 is the day itself; leave empty for no reminders.</source>
        <translation>0 ist der Tag selbst; leer lassen für keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Done: no reminders.</source>
        <translation>Erledigt: keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date yet, so no reminders.</source>
        <translation>Noch kein Datum, daher keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No reminders for this deadline.</source>
        <translation>Keine Erinnerungen für diese Frist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders are turned off in Preferences.</source>
        <translation>Erinnerungen sind in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved: {}</source>
        <translation>Nicht gespeichert: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: the data could not be written.</source>
        <translation>Nicht gespeichert: Die Daten konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set for this deadline only. The default for “{kind}” is {days} days before.</source>
        <translation>Nur für diese Frist festgelegt. Der Standard für „{kind}“ ist {days} Tage vorher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set for this deadline only. “{kind}” has no reminders by default.</source>
        <translation>Nur für diese Frist festgelegt. „{kind}“ hat standardmäßig keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default for “{kind}”, set in Preferences.</source>
        <translation>Der Standard für „{kind}“, in den Einstellungen festgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already due when entered</source>
        <translation>bei der Eingabe schon fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{moment} — {lead}</source>
        <translation>{moment} — {lead}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the day</source>
        <translation>am Tag selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
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
        <translation>verschoben bis {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked done</source>
        <translation>als erledigt markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: entered later</source>
        <translation>nicht gesendet: später eingegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>vorbei</translation>
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
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not possible yet</source>
        <translation>noch nicht möglich</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../documents/documents_model.py" line="+153"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable until</source>
        <translation>Verwendbar bis</translation>
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
        <translation>Geben Sie das Ausstellungsdatum ein, um zu sehen, bis wann es eingereicht werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered on Dates &amp; permits</source>
        <translation>Unter Daten &amp; Genehmigungen eingegeben</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../documents/documents_tab.py" line="+58"/>
        <source>What the commune and the Immigration Office ask for. A police clearance or medical certificate must still be recent on the day you hand it in.</source>
        <translation>Was die Gemeinde und das Ausländeramt verlangen. Ein Strafregisterauszug oder ärztliches Attest muss am Tag der Abgabe noch aktuell sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document checklist</source>
        <translation>Checkliste der Dokumente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;other document</source>
        <translation>&amp;Anderes Dokument hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;newer copy</source>
        <translation>&amp;Neuere Ausfertigung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a newly issued copy of the selected document, keeping the old one</source>
        <translation>Eine neu ausgestellte Ausfertigung des ausgewählten Dokuments erfassen und die alte behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this record</source>
        <translation>Diesen Eintrag &amp;vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the &amp;checklist</source>
        <translation>Zur &amp;Checkliste hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Selected document</source>
        <translation>Ausgewähltes Dokument</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Document status</source>
        <translation>Status des Dokuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>Ausgestellt a&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable until:</source>
        <translation>Verwendbar bis:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{day} ({when}) — {age} after it was issued</source>
        <translation>{day} ({when}) — {age} nach der Ausstellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the issue date: it may be submitted for {age}.</source>
        <translation>Geben Sie das Ausstellungsdatum ein: Es kann {age} lang eingereicht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until {day} (as entered on Dates &amp; permits)</source>
        <translation>Gültig bis {day} (wie unter Daten &amp; Genehmigungen eingegeben)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change document ({document})</source>
        <translation>Dokument ändern ({document})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add document ({document})</source>
        <translation>Dokument hinzufügen ({document})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forget document ({document})</source>
        <translation>Dokument vergessen ({document})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No age limit</source>
        <translation>Keine Altersgrenze</translation>
    </message>
</context>
<context>
    <name>ExportedNote</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="-206"/>
        <source>Exported to calendar</source>
        <translation>In den Kalender exportiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved 1 event to</source>
        <translation>1 Termin gespeichert in</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n events to</source>
        <translation>
            <numerusform>%n Termin gespeichert in</numerusform>
            <numerusform>%n Termine gespeichert in</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GNOME Calendar, Evolution, KOrganizer:&lt;/b&gt; open the file, or File ▸ Import.</source>
        <translation>&lt;b&gt;GNOME Kalender, Evolution, KOrganizer:&lt;/b&gt; Öffnen Sie die Datei, oder Datei ▸ Importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Thunderbird:&lt;/b&gt; Events and Tasks ▸ Import…, then choose the file.</source>
        <translation>&lt;b&gt;Thunderbird:&lt;/b&gt; Termine und Aufgaben ▸ Importieren…, dann die Datei wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar (web):&lt;/b&gt; Settings ▸ Import &amp;amp; export ▸ Import.</source>
        <translation>&lt;b&gt;Google Kalender (Web):&lt;/b&gt; Einstellungen ▸ Importieren &amp;amp; exportieren ▸ Importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook:&lt;/b&gt; File ▸ Open &amp;amp; Export ▸ Import/Export ▸ iCalendar.</source>
        <translation>&lt;b&gt;Outlook:&lt;/b&gt; Datei ▸ Öffnen und exportieren ▸ Importieren/Exportieren ▸ iCalendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Apple Calendar:&lt;/b&gt; File ▸ Import.</source>
        <translation>&lt;b&gt;Apple Kalender:&lt;/b&gt; Ablage ▸ Importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To see them in your calendar:</source>
        <translation>So sehen Sie sie in Ihrem Kalender:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is kept up to date: &lt;i&gt;subscribe&lt;/i&gt; to it (Thunderbird: New Calendar ▸ On the Network, with its file:// address) rather than importing it once, so changes show up.</source>
        <translation>Diese Datei wird aktuell gehalten: &lt;i&gt;Abonnieren&lt;/i&gt; Sie sie (Thunderbird: Neuer Kalender ▸ Im Netzwerk, mit ihrer file://-Adresse), statt sie einmal zu importieren, damit Änderungen erscheinen.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../shell/first_start.py" line="+56"/>
        <source>Welcome to Permit Tracker</source>
        <translation>Willkommen bei Permit Tracker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your citizenship, the reason for your stay and a few dates drive almost every deadline of a Belgian residence permit. Enter what you know now; you can add cards, trips and documents later.</source>
        <translation>Ihre Staatsangehörigkeit, der Grund Ihres Aufenthalts und einige Daten bestimmen fast jede Frist einer belgischen Aufenthaltserlaubnis. Geben Sie ein, was Sie jetzt wissen; Karten, Reisen und Dokumente können Sie später hinzufügen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the stay</source>
        <translation>Grund des Aufenthalts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrival in Belgium</source>
        <translation>Ankunft in Belgien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visum gültig bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport expires</source>
        <translation>Reisepass läuft ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>Staats&amp;angehörigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Grund des Aufenthalts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>An&amp;kunft in Belgien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa valid until:</source>
        <translation>&amp;Visum gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Reisepass läuft ab am:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start tracking</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer. Dates are computed from public Belgian rules (Help ▸ Rules and sources) and are not legal advice.
Just looking? Run “permit-tracker --demo” for a sample family.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. Die Daten werden nach öffentlichen belgischen Regeln berechnet (Hilfe ▸ Regeln und Quellen) und sind keine Rechtsberatung.
Nur neugierig? Starten Sie „permit-tracker --demo“ für eine Beispielfamilie.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type your arrival date</source>
        <translation>Geben Sie Ihr Ankunftsdatum ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone staying over 3 months registers at the commune after arriving; the date appears here.</source>
        <translation>Wer länger als 3 Monate bleibt, meldet sich nach der Ankunft bei der Gemeinde an; das Datum erscheint hier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{} {} after arriving on {}.</source>
        <translation>{} {} nach der Ankunft am {}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already registered? Enter the date on Dates &amp; permits once you start.</source>
        <translation>Schon angemeldet? Geben Sie das Datum nach dem Start unter Daten &amp; Genehmigungen ein.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../widgets/formatting.py" line="+93"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in about %n years</source>
        <translation>
            <numerusform>in etwa %n Jahr</numerusform>
            <numerusform>in etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in about %n months</source>
        <translation>
            <numerusform>in etwa %n Monat</numerusform>
            <numerusform>in etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working day</source>
        <translation>Werktag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../preferences/preferences_general.py" line="+50"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes at once. The command line, reminders and calendar files follow the same choice.</source>
        <translation>Das Fenster ändert sich sofort. Die Befehlszeile, die Erinnerungen und die Kalenderdateien folgen derselben Wahl.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../overview/headline.py" line="+52"/>
        <source>Register at your commune by {}</source>
        <translation>Melden Sie sich bis zum {} bei Ihrer Gemeinde an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your visa ends on {}: your residence card must start by then</source>
        <translation>Ihr Visum endet am {}: Ihre Aufenthaltskarte muss bis dahin beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renew your passport: from {} it is too short for an application</source>
        <translation>Erneuern Sie Ihren Reisepass: Ab dem {} ist er für einen Antrag zu kurz gültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport expires on {}</source>
        <translation>Ihr Reisepass läuft am {} ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the commune to renew your {} by {}</source>
        <translation>Beantragen Sie die Verlängerung Ihrer {} bis zum {} bei der Gemeinde</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>residence card</source>
        <translation>Aufenthaltskarte</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your {} expires on {}</source>
        <translation>Ihre {} läuft am {} ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit your {} by {}</source>
        <translation>Reichen Sie Ihr Dokument ({}) bis zum {} ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the arrival date to see what is due</source>
        <translation>Geben Sie das Ankunftsdatum ein, um zu sehen, was fällig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp; permits: arrival, visa and passport drive every deadline.</source>
        <translation>Daten &amp; Genehmigungen: Ankunft, Visum und Reisepass bestimmen jede Frist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {}: the commune may be closed, go earlier</source>
        <translation>⚠ {}: Die Gemeinde ist vielleicht geschlossen, gehen Sie früher hin</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n in den nächsten 30 Tagen fällig</numerusform>
            <numerusform>%n in den nächsten 30 Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>then: {}, {}</source>
        <translation>danach: {}, {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{} since {}</source>
        <translation>{} seit {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next milestone: {} on {} ({})</source>
        <translation>Nächster Meilenstein: {} am {} ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every deadline is done.</source>
        <translation>Jede Frist ist erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do now</source>
        <translation>Jetzt ist nichts zu tun</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What is next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../journey/journey_view.py" line="+59"/>
        <source>Set the date of the police check</source>
        <translation>Das Datum der Polizeikontrolle eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the police check</source>
        <translation>Das Datum der Polizeikontrolle löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card application</source>
        <translation>Das Datum des Kartenantrags eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card application</source>
        <translation>Das Datum des Kartenantrags löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card collection</source>
        <translation>Das Datum der Kartenabholung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card collection</source>
        <translation>Das Datum der Kartenabholung löschen</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Where you stand</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The usual path for your situation, from the seed guide and official sources. Click a step for details; this is not legal advice: check with your commune.</source>
        <translation>Der übliche Weg in Ihrer Lage, nach dem Leitfaden und amtlichen Quellen. Klicken Sie auf einen Schritt für Einzelheiten; dies ist keine Rechtsberatung: Erkundigen Sie sich bei Ihrer Gemeinde.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a person to see their journey.</source>
        <translation>Wählen Sie eine Person, um ihren Weg zu sehen.</translation>
    </message>
    <message>
        <location filename="../journey/journey_text.py" line="+43"/>
        <source>Done · {day}</source>
        <translation>Erledigt · {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not possible yet</source>
        <translation>Noch nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On {day} · {countdown}</source>
        <translation>Am {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible since {day}</source>
        <translation>Möglich seit {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {day} · {countdown}</source>
        <translation>Ab {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By {day} · {countdown}</source>
        <translation>Bis {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every step of your journey is done.</source>
        <translation>Jeder Schritt Ihres Weges ist erledigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {n} of {total}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Schritt {n} von {total}: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/loading_page.py" line="+75"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../shell/main_window.py" line="+116"/>
        <source>{} — sample family</source>
        <translation>{} — Beispielfamilie</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This is a sample family in a temporary store: explore and edit freely; nothing is kept when you quit.</source>
        <translation>Dies ist eine Beispielfamilie in einem temporären Bestand: Erkunden und bearbeiten Sie sie nach Belieben; beim Beenden wird nichts behalten.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>&amp;Undo {}</source>
        <translation>{} &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo {}</source>
        <translation>{} &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../shell/help_dialogs.py" line="+92"/>
        <source>Not legal advice</source>
        <translation>Keine Rechtsberatung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit Tracker computes dates from public Belgian rules as researched for this app. Sources disagree in places; the app takes the strictest reading and shows each rule&apos;s source next to the dates it drives.

{}</source>
        <translation>Permit Tracker berechnet Daten nach öffentlichen belgischen Regeln, wie sie für diese App recherchiert wurden. Die Quellen widersprechen sich stellenweise; die App nimmt die strengste Lesart und zeigt die Quelle jeder Regel neben den Daten, die sie bestimmt.

{}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track your Belgian residence-permit journey and never miss a date: arrival, visa, registration, residence cards, passport, trips abroad and documents.</source>
        <translation>Verfolgen Sie Ihren Weg zur belgischen Aufenthaltserlaubnis und verpassen Sie keinen Termin: Ankunft, Visum, Anmeldung, Aufenthaltskarten, Reisepass, Auslandsreisen und Dokumente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer, in {where}. Nothing is sent over the network unless you export it.</source>
        <translation>Ihre Daten bleiben auf diesem Computer, in {where}. Nichts wird über das Netzwerk gesendet, außer Sie exportieren es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About {}</source>
        <translation>Über {}</translation>
    </message>
    <message>
        <location filename="../shell/main.py" line="+132"/>
        <location line="+75"/>
        <source>{} cannot open its data.

{}</source>
        <translation>{} kann seine Daten nicht öffnen.

{}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A saved value cannot be read and is shown as unknown: {}.</source>
        <translation>Ein gespeicherter Wert kann nicht gelesen werden und wird als unbekannt angezeigt: {}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} saved values cannot be read and are shown as unknown, the first: {}.</source>
        <translation>{} gespeicherte Werte können nicht gelesen werden und werden als unbekannt angezeigt, der erste: {}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter them again to repair them; export a backup to keep everything else.</source>
        <translation>Geben Sie sie erneut ein, um sie zu reparieren; exportieren Sie eine Sicherung, um alles andere zu behalten.</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="-6"/>
        <source>&amp;Import backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export backup…</source>
        <translation>Sicherung &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to &amp;calendar…</source>
        <translation>In den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name person…</source>
        <translation>Person &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move person…</source>
        <translation>Person e&amp;ntfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules and sources</source>
        <translation>&amp;Regeln und Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not legal advice</source>
        <translation>&amp;Keine Rechtsberatung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Permit Tracker</source>
        <translation>&amp;Über Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates &amp;&amp; permits</source>
        <translation>&amp;Daten &amp;&amp; Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Travel</source>
        <translation>&amp;Reisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journey</source>
        <translation>&amp;Weg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../shell/data_dir_text.py" line="+20"/>
        <source>--data-dir is empty: give the folder that holds the data.</source>
        <translation>--data-dir ist leer: Geben Sie den Ordner an, der die Daten enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{variable} is set but empty: give it a folder, or unset it to use the default.</source>
        <translation>{variable} ist gesetzt, aber leer: Geben Sie einen Ordner an oder entfernen Sie die Variable, um den Standardordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read or write the folder {path}: it is a file, not a folder.</source>
        <translation>Der Ordner {path} kann nicht gelesen oder beschrieben werden: Er ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: a part of that path is a file.</source>
        <translation>Der Ordner {path} kann nicht gelesen oder beschrieben werden: Ein Teil dieses Pfads ist eine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: {reason}</source>
        <translation>Der Ordner {path} kann nicht gelesen oder beschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a symbolic link; Permit Tracker does not write through links: put the database file itself there (or choose its folder with --data-dir).</source>
        <translation>{path} ist eine symbolische Verknüpfung; Permit Tracker schreibt nicht über Verknüpfungen: Legen Sie die Datenbankdatei selbst dort ab (oder wählen Sie ihren Ordner mit --data-dir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to another user (uid {uid}); running as root would leave files there that user cannot open: run Permit Tracker as that user.</source>
        <translation>{path} gehört einem anderen Benutzer (UID {uid}); als root ausgeführt, hinterließe Permit Tracker dort Dateien, die dieser Benutzer nicht öffnen kann: Starten Sie Permit Tracker als dieser Benutzer.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.py" line="+47"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
</context>
<context>
    <name>MovesSection</name>
    <message>
        <location filename="../dates/moves_section.py" line="+21"/>
        <source>Moves (changes of address)</source>
        <translation>Umzüge (Adressänderungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;move</source>
        <translation>&amp;Umzug hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove move</source>
        <translation>Umzug entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add move</source>
        <translation>Umzug hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change move</source>
        <translation>Umzug ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {number} of {count}</source>
        <translation>Umzug {number} von {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved house in Belgium? Declare the new address at the commune within 8 working days; the police will check that you live there.</source>
        <translation>Innerhalb Belgiens umgezogen? Melden Sie die neue Adresse innerhalb von 8 Werktagen bei der Gemeinde; die Polizei prüft, dass Sie dort wohnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ved on:</source>
        <translation>Umge&amp;zogen am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Moved on</source>
        <translation>Umgezogen am</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Declared at the commune on:</source>
        <translation>Bei der Gemeinde &amp;gemeldet am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move declared on</source>
        <translation>Umzug gemeldet am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declared on {day}</source>
        <translation>Gemeldet am {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the day you moved</source>
        <translation>Geben Sie den Tag des Umzugs ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not declared yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare it at the commune now: was due {day}</source>
        <translation>Melden Sie ihn jetzt bei der Gemeinde: war am {day} fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare it at the commune by {day} ({when})</source>
        <translation>Melden Sie ihn bis zum {day} bei der Gemeinde ({when})</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../people/sidebar.py" line="+110"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../overview/overview_tab.py" line="+62"/>
        <source>Deadlines, most urgent first</source>
        <translation>Fristen, die dringendsten zuerst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show done</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list deadlines that are already taken care of</source>
        <translation>Auch Fristen auflisten, die schon erledigt sind</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No deadlines yet.
Enter the arrival date, the visa and the passport on Dates &amp; permits: every deadline follows from them.</source>
        <translation>Noch keine Fristen.
Geben Sie unter Daten &amp; Genehmigungen das Ankunftsdatum, das Visum und den Reisepass ein: Jede Frist ergibt sich daraus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter dates…</source>
        <translation>Daten eingeben…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Show done ({})</source>
        <translation>Erledigte zeigen ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} shown</source>
        <translation>{} angezeigt</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../people/people_model.py" line="+66"/>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No dates yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: {date} ({when})</source>
        <translation>{title}: {date} ({when})</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../people/person_view.py" line="+69"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp;&amp; permits</source>
        <translation>Daten &amp;&amp; Genehmigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="+178"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;minders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The numbers behind every date. The defaults take the strictest reading of the public sources; change one only if your commune or the Immigration Office told you otherwise. {notice}</source>
        <translation>Die Zahlen hinter jedem Datum. Die Standardwerte nehmen die strengste Lesart der öffentlichen Quellen; ändern Sie einen nur, wenn Ihre Gemeinde oder das Ausländeramt Ihnen etwas anderes gesagt hat. {notice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset all rules to &amp;defaults</source>
        <translation>Alle Regeln auf &amp;Standard zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <location filename="../dates/procedure_section.py" line="+21"/>
        <source>Steps after registering (optional)</source>
        <translation>Schritte nach der Anmeldung (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After you register, the police visit to check your address; then the commune takes your photo and fingerprints for the card, and a letter with its PIN says when to collect it.</source>
        <translation>Nach der Anmeldung prüft die Polizei bei einem Besuch Ihre Adresse; dann nimmt die Gemeinde Ihr Foto und Ihre Fingerabdrücke für die Karte auf, und ein Brief mit ihrer PIN sagt, wann Sie sie abholen können.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Police address check on</source>
        <translation>Adresskontrolle durch die Polizei am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card applied for (photo and fingerprints) on</source>
        <translation>Karte beantragt (Foto und Fingerabdrücke) am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card collected on</source>
        <translation>Karte abgeholt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police address c&amp;heck:</source>
        <translation>Adress&amp;kontrolle durch die Polizei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo and fingerprints ta&amp;ken:</source>
        <translation>Foto und Fingerabdrücke auf&amp;genommen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card colle&amp;cted:</source>
        <translation>Karte abge&amp;holt:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change police check date</source>
        <translation>Datum der Polizeikontrolle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card application date</source>
        <translation>Datum des Kartenantrags ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card collection date</source>
        <translation>Datum der Kartenabholung ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
</context>
<context>
    <name>ProvisionalSection</name>
    <message>
        <location filename="../dates/provisional_section.py" line="+34"/>
        <source>Waiting documents</source>
        <translation>Wartedokumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;waiting document</source>
        <translation>&amp;Wartedokument hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove waiting document</source>
        <translation>Wartedokument entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add waiting document</source>
        <translation>Wartedokument hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change waiting document</source>
        <translation>Wartedokument ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting document {number} of {count}</source>
        <translation>Wartedokument {number} von {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper the commune gives you while your card is made, lost or renewed. It has an end date, and travelling on it can mean not being let back in.</source>
        <translation>Das Papier, das Ihnen die Gemeinde gibt, während Ihre Karte erstellt, ersetzt oder verlängert wird. Es hat ein Enddatum, und wer damit reist, wird womöglich nicht wieder eingelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Art des Dokuments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Wartedokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;ssued on:</source>
        <translation>Ausgestellt a&amp;m:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document issued on</source>
        <translation>Wartedokument ausgestellt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid unti&amp;l:</source>
        <translation>Gültig bi&amp;s:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document valid until</source>
        <translation>Wartedokument gültig bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaced by a card</source>
        <translation>Durch eine Karte ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date it is valid until</source>
        <translation>Geben Sie das Datum ein, bis zu dem es gültig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired on {day}</source>
        <translation>Abgelaufen am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, expires {when}</source>
        <translation>Gültig, läuft {when} ab</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+148"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 published event deleted</source>
        <translation>1 veröffentlichter Termin gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n published events deleted</source>
        <translation>
            <numerusform>%n veröffentlichter Termin gelöscht</numerusform>
            <numerusform>%n veröffentlichte Termine gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{result} (at {time})</source>
        <translation>{result} (um {time})</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n erstellt</numerusform>
            <numerusform>%n erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) in “{calendar}”: {changes}</source>
        <translation>
            <numerusform>%n Termin in „{calendar}“: {changes}</numerusform>
            <numerusform>%n Termine in „{calendar}“: {changes}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already up to date</source>
        <translation>bereits auf dem neuesten Stand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}; trying again in {minutes} min</source>
        <translation>{problem}; neuer Versuch in {minutes} Min.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no password for the CalDAV server: enter it in Preferences ▸ Calendar</source>
        <translation>kein Passwort für den CalDAV-Server: Geben Sie es unter Einstellungen ▸ Kalender ein</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../dates/record_section.py" line="+245"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../reminders/banner.py" line="+73"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>1 Tag später erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Hide reminder</source>
        <translation>Erinnerung ausblenden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>While you were away</source>
        <translation>Während Ihrer Abwesenheit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the list</source>
        <translation>Die Liste ausblenden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n while you were away</source>
        <translation>
            <numerusform>%n während Ihrer Abwesenheit</numerusform>
            <numerusform>%n während Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} und %n weitere</numerusform>
            <numerusform>{first} und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../reminders/tray.py" line="+75"/>
        <source>Next: {person} — {title}, {when}</source>
        <translation>Als Nächstes: {person} — {title}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>No open deadlines</source>
        <translation>Keine offenen Fristen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reminders paused until {moment}</source>
        <translation>Erinnerungen pausiert bis {moment}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open {app}</source>
        <translation>{app} ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person}: {title} — {when}</source>
        <translation>{person}: {title} — {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume reminders (paused until {moment})</source>
        <translation>Erinnerungen &amp;fortsetzen (pausiert bis {moment})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Pause reminders for a day</source>
        <translation>Erinnerungen einen Tag &amp;pausieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+221"/>
        <source>{app} keeps running in the tray to remind you of your deadlines. Quit it from the tray menu.</source>
        <translation>{app} läuft im Infobereich weiter, um Sie an Ihre Fristen zu erinnern. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reminders could not be checked: {why}</source>
        <translation>Die Erinnerungen konnten nicht geprüft werden: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your desktop shows no tray icons, so {app} stops when you close its window. While it is open, reminders come as desktop notifications and here. To get them when it is closed, turn on Start at login in Preferences, or run `permit-tracker remind` from cron or a systemd timer.</source>
        <translation>Ihr Desktop zeigt keine Symbole im Infobereich, daher endet {app}, wenn Sie sein Fenster schließen. Solange es offen ist, kommen Erinnerungen als Desktop-Benachrichtigungen und hier. Um sie auch bei geschlossenem Fenster zu erhalten, schalten Sie in den Einstellungen „Bei der Anmeldung starten“ ein, oder führen Sie `permit-tracker remind` über cron oder einen systemd-Timer aus.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../preferences/preferences_reminders.py" line="+76"/>
        <source>&amp;Remind me before deadlines</source>
        <translation>Vor Fristen &amp;erinnern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time of day for reminders</source>
        <translation>Uhrzeit der Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;time of day:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before each deadline (0 is the day itself)</source>
        <translation>Tage vor jeder Frist (0 ist der Tag selbst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: {days}</source>
        <translation>Standard: {days}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset reminders to &amp;defaults</source>
        <translation>Erinnerungen auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{where}: “{item}” is not a whole number of days</source>
        <translation>{where}: „{item}“ ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {days} days is not between 0 and {most}</source>
        <translation>{where}: {days} Tage liegt nicht zwischen 0 und {most}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backup/restore_dialog.py" line="+75"/>
        <source>Daily copy</source>
        <translation>Tägliche Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file copied here</source>
        <translation>Hierher kopierte Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is gone</source>
        <translation>die Datei ist nicht mehr da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Permit Tracker file</source>
        <translation>keine Datei von Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer version of Permit Tracker</source>
        <translation>von einer neueren Version von Permit Tracker erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be restored: {}</source>
        <translation>Kann nicht wiederhergestellt werden: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trips</source>
        <translation>
            <numerusform>%n Reise</numerusform>
            <numerusform>%n Reisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
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
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+106"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{app} copies your data on the first change of each day and before every upgrade, import and restore. Choose the copy to go back to: everything recorded now is replaced by what it holds, and a copy of what is here now is taken first, so you can come back to it.</source>
        <translation>{app} kopiert Ihre Daten bei der ersten Änderung jedes Tages und vor jedem Upgrade, Import und jeder Wiederherstellung. Wählen Sie die Kopie, zu der Sie zurückkehren möchten: Alles jetzt Erfasste wird durch ihren Inhalt ersetzt, und vorher wird eine Kopie des jetzigen Stands angelegt, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no backups yet in {}.</source>
        <translation>Es gibt noch keine Sicherungen in {}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything recorded in {app} with the backup of {when}?

It holds {contents}.

A copy of what is recorded now is taken first.</source>
        <translation>Alles in {app} Erfasste durch die Sicherung vom {when} ersetzen?

Sie enthält {contents}.

Vorher wird eine Kopie des jetzt Erfassten angelegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was not restored: {}

Your data was not changed.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {}

Ihre Daten wurden nicht geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the backup of {when}: {contents}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt: {contents}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was recorded before is kept in {}.</source>
        <translation>Das vorher Erfasste bleibt in {} erhalten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your data file was damaged ({problem}). It was kept aside, unchanged, as:
{moved}</source>
        <translation>Ihre Datendatei war beschädigt ({problem}). Sie wurde unverändert beiseitegelegt als:
{moved}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no backup to restore: {} starts empty.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen: {} startet leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore the newest good backup, from {when}? It holds {contents}.</source>
        <translation>Die neueste gute Sicherung vom {when} wiederherstellen? Sie enthält {contents}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another…</source>
        <translation>Eine andere wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start empty</source>
        <translation>Leer starten</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="-164"/>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset {rule} to default</source>
        <translation>{rule} auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {source} · verified {date}</source>
        <translation>Quelle: {source} · geprüft am {date}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed; the default is {value} {unit}</source>
        <translation>geändert; der Standard ist {value} {unit}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../shell/help_dialogs.py" line="-94"/>
        <source>Each number below can be changed in Edit ▸ Preferences; the dates in the app follow the values in force.</source>
        <translation>Jede Zahl unten kann unter Bearbeiten ▸ Einstellungen geändert werden; die Daten in der App folgen den geltenden Werten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} (default {default} {unit})</source>
        <translation>{value} (Standard {default} {unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source} · last checked {date}</source>
        <translation>Quelle: {source} · zuletzt geprüft am {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Rules and sources</source>
        <translation>Regeln und Quellen</translation>
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
        <translation>Eine Person hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename (F2)</source>
        <translation>Umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {}?</source>
        <translation>{} entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {} and everything recorded for them: dates, cards, trips and documents?</source>
        <translation>{} und alles für diese Person Erfasste entfernen: Daten, Karten, Reisen und Dokumente?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>Mit Bearbeiten ▸ Rückgängig können Sie die Person zurückholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>StartAtLoginSection</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+16"/>
        <source>Start {app} when I log in</source>
        <translation>{app} bei meiner Anmeldung starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not for the sample family: it lives in a temporary store.</source>
        <translation>Nicht für die Beispielfamilie: Sie lebt in einem temporären Bestand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It starts in the tray when you log in, so reminders reach you even if you forget to open it. Entry: {where}</source>
        <translation>Es startet bei der Anmeldung im Infobereich, sodass Erinnerungen Sie erreichen, auch wenn Sie vergessen, es zu öffnen. Eintrag: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come only while the app is open (or from `permit-tracker remind`).</source>
        <translation>Erinnerungen kommen nur, solange die App offen ist (oder über `permit-tracker remind`).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+30"/>
        <source>Calendar: {status}</source>
        <translation>Kalender: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar: publishing…</source>
        <translation>Kalender: wird veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../journey/journey_view.py" line="-203"/>
        <source>Show or hide the details of this step</source>
        <translation>Die Einzelheiten dieses Schritts ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <source>Date of {step}</source>
        <translation>Datum von: {step}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Why this date</source>
        <translation>Warum dieses Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Bring:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Mitbringen:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist of the Documents tab, with where each document stands</source>
        <translation>Die Checkliste der Registerkarte Dokumente, mit dem Stand jedes Dokuments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;a href=&quot;{url}&quot;&gt;Source&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Quelle&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save date</source>
        <translation>Datum speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (done or booked)</source>
        <translation>Datum (erledigt oder gebucht)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../timeline/timeline.py" line="+48"/>
        <location line="+103"/>
        <source>Key dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Select a person to see their journey.</source>
        <translation>Wählen Sie eine Person, um ihren Weg zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the journey so far and what lies ahead</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: der bisherige Weg und was noch kommt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrived in Belgium</source>
        <translation>In Belgien angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the commune</source>
        <translation>Bei der Gemeinde angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid until</source>
        <translation>Visum gültig bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} card valid until</source>
        <translation>{type}-Karte gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card valid until</source>
        <translation>Karte gültig bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{doc} valid until</source>
        <translation>{doc} gültig bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved house</source>
        <translation>Umgezogen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied: {what}</source>
        <translation>Beantragt: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided: {what}</source>
        <translation>Entschieden: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline/timeline_view.py" line="+76"/>
        <source>Timeline of the journey</source>
        <translation>Zeitleiste des Weges</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_data.py" line="+38"/>
        <location filename="../timeline/timeline_view.py" line="+86"/>
        <source>Residence</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Residence to come</source>
        <translation>Künftiger Aufenthalt</translation>
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
        <translation>Wartedokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No dates recorded yet.</source>
        <translation>Noch keine Daten erfasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} trips abroad, {p} of them planned</source>
        <translation>{n} Auslandsreisen, davon {p} geplant</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name}: valid until {end} (start not entered)</source>
        <translation>{name}: gültig bis {end} (Beginn nicht eingegeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: from {start} (end not entered)</source>
        <translation>{name}: ab {start} (Ende nicht eingegeben)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Visa {type}</source>
        <translation>Visum {type}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved on {day}</source>
        <translation>Umgezogen am {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, declared at the commune on {day}</source>
        <translation>, am {day} bei der Gemeinde gemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, to declare at the commune by {day}</source>
        <translation>, bis zum {day} bei der Gemeinde zu melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, not declared yet</source>
        <translation>, noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{type} card</source>
        <translation>{type}-Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (unlimited stay)</source>
        <translation> (unbefristeter Aufenthalt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trip {range} ({n} days)</source>
        <translation>Reise {range} ({n} Tage)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, planned</source>
        <translation>, geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, interrupts residence</source>
        <translation>, unterbricht den Aufenthalt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long-term</source>
        <translation>Langfristig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence</source>
        <translation>Daueraufenthalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resident since {day}</source>
        <translation>Aufenthalt seit {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident {range}, then interrupted</source>
        <translation>Aufenthalt {range}, dann unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residence still to come, from {day}</source>
        <translation>Aufenthalt noch bevorstehend, ab {day}</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Unlimited card</source>
        <translation>Unbefristete Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned trip</source>
        <translation>Geplante Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip that interrupts residence</source>
        <translation>Reise, die den Aufenthalt unterbricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Wartedokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, declared</source>
        <translation>Umzug, gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, not declared yet</source>
        <translation>Umzug, noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add an arrival date, a visa or a card to see the journey here.</source>
        <translation>Fügen Sie ein Ankunftsdatum, ein Visum oder eine Karte hinzu, um den Weg hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../travel/travel_tab.py" line="+139"/>
        <location line="+115"/>
        <source>Your 5-year window</source>
        <translation>Ihr 5-Jahres-Zeitraum</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Absence days used</source>
        <translation>Genutzte Abwesenheitstage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you leave and the day you come back both count as days abroad.</source>
        <translation>Der Tag der Abreise und der Tag der Rückkehr zählen beide als Tage im Ausland.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trips abroad</source>
        <translation>Auslandsreisen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problem with the edited trip</source>
        <translation>Problem mit der bearbeiteten Reise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete trip</source>
        <translation>Reise &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected trips (Del); Undo restores</source>
        <translation>Die ausgewählten Reisen löschen (Entf); Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a date or note to change it.</source>
        <translation>Doppelklicken Sie auf ein Datum oder eine Notiz, um es zu ändern.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a person to see their trips.</source>
        <translation>Wählen Sie eine Person, um ihre Reisen zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Residence starts on &lt;b&gt;{start}&lt;/b&gt;; your first {years}-year window will be {start} – {end}.</source>
        <translation>Der Aufenthalt beginnt am &lt;b&gt;{start}&lt;/b&gt;; Ihr erster {years}-Jahres-Zeitraum wird {start} – {end} sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} of residence so far (since {start}); your first {years}-year window will be {start} – {end}.</source>
        <translation>Bisher {days} Aufenthalt (seit {start}); Ihr erster {years}-Jahres-Zeitraum wird {start} – {end} sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your {years}-year window</source>
        <translation>Ihr {years}-Jahres-Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>%v of %m days</source>
        <translation>%v von %m Tagen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; (at most {limit} in {years} years).</source>
        <translation>&lt;b&gt;{used} Abwesenheitstage genutzt, {left} übrig&lt;/b&gt; (höchstens {limit} in {years} Jahren).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; in the {years} years up to today ({start} – {today}).</source>
        <translation>&lt;b&gt;{used} Abwesenheitstage genutzt, {left} übrig&lt;/b&gt; in den {years} Jahren bis heute ({start} – {today}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your oldest absence starts rolling out of the window on {day}.</source>
        <translation>Ihre älteste Abwesenheit beginnt am {day}, aus dem Zeitraum herauszufallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No absence counts in the window yet.</source>
        <translation>Noch zählt keine Abwesenheit im Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence: {reason}</source>
        <translation>Langfristiger Aufenthalt: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long-term residence possible since &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Langfristiger Aufenthalt möglich seit &lt;b&gt;{day}&lt;/b&gt; (gezählt ab {start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence possible from &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Langfristiger Aufenthalt möglich ab &lt;b&gt;{day}&lt;/b&gt; (gezählt ab {start}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your residence and absences</source>
        <translation>Ihr Aufenthalt und Ihre Abwesenheiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{used} absence days counted in the last 12 months&lt;/b&gt; ({start} – {today}); at most {limit} in any 12 months.</source>
        <translation>&lt;b&gt;{used} Abwesenheitstage in den letzten 12 Monaten gezählt&lt;/b&gt; ({start} – {today}); höchstens {limit} in beliebigen 12 Monaten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your absence {range}, for an important reason, is not counted (one such absence under 12 months).</source>
        <translation>Ihre Abwesenheit {range} aus wichtigem Grund wird nicht gezählt (eine solche Abwesenheit unter 12 Monaten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One absence of up to 12 months for an important reason (illness, pregnancy, study, a posting) is not counted; tick it on the trip.</source>
        <translation>Eine Abwesenheit von bis zu 12 Monaten aus wichtigem Grund (Krankheit, Schwangerschaft, Studium, Entsendung) wird nicht gezählt; kreuzen Sie es bei der Reise an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permanent residence: record your arrival or registration</source>
        <translation>Daueraufenthalt: Erfassen Sie Ihre Ankunft oder Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence: {why}</source>
        <translation>Daueraufenthalt: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence since &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Daueraufenthalt seit &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence possible from &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Daueraufenthalt möglich ab &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add trip {range}</source>
        <translation>Reise {range} hinzufügen</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <location filename="../travel/trip_form.py" line="+58"/>
        <source>Add a trip (past or planned)</source>
        <translation>Eine Reise hinzufügen (vergangen oder geplant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day you leave</source>
        <translation>Tag der Abreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you come back</source>
        <translation>Tag der Rückkehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where, why (optional, never exported)</source>
        <translation>Wohin, warum (optional, nie exportiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add trip</source>
        <translation>Reise &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add trip</source>
        <translation>Reise hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the new trip</source>
        <translation>Problem mit der neuen Reise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effect of the trip on eligibility</source>
        <translation>Auswirkung der Reise auf die Berechtigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this trip asks of you</source>
        <translation>Was diese Reise von Ihnen verlangt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Left on</source>
        <translation>&amp;Abreise am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back on</source>
        <translation>&amp;Zurück am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Declared at the commune on</source>
        <translation>Bei der Gemeinde &amp;gemeldet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You told the commune before leaving (annex 18)</source>
        <translation>Sie haben die Gemeinde vor der Abreise informiert (Anlage 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you declared the trip</source>
        <translation>Tag, an dem Sie die Reise gemeldet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reported back on</source>
        <translation>Zu&amp;rückgemeldet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reported to the commune after coming back</source>
        <translation>Sie haben sich nach der Rückkehr bei der Gemeinde gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you reported back</source>
        <translation>Tag Ihrer Rückmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Important reason</source>
        <translation>&amp;Wichtiger Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illness, pregnancy, study or a posting abroad: one such absence under 12 months does not break permanent residence</source>
        <translation>Krankheit, Schwangerschaft, Studium oder eine Entsendung ins Ausland: Eine solche Abwesenheit unter 12 Monaten unterbricht den Daueraufenthalt nicht</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a person first.</source>
        <translation>Wählen Sie zuerst eine Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you leave and the day you come back.</source>
        <translation>Geben Sie den Tag der Abreise und den Tag der Rückkehr ein.</translation>
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
        <translation>Das Abreisedatum muss zwischen {lo} und {hi} liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return date must be between {lo} and {hi}.</source>
        <translation>Das Rückkehrdatum muss zwischen {lo} und {hi} liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The return date is before the departure date.</source>
        <translation>Das Rückkehrdatum liegt vor dem Abreisedatum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This trip overlaps your trip of {range}.</source>
        <translation>Diese Reise überschneidet sich mit Ihrer Reise {range}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+50"/>
        <source>Record your arrival or registration date to see what this trip changes.</source>
        <translation>Erfassen Sie Ihr Ankunfts- oder Anmeldedatum, um zu sehen, was diese Reise ändert.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Permanent residence has no date yet (see above), so this trip cannot move it.</source>
        <translation>Der Daueraufenthalt hat noch kein Datum (siehe oben), daher kann diese Reise es nicht verschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+79"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This trip does not change your permanent residence ({day}).</source>
        <translation>Diese Reise ändert Ihren Daueraufenthalt ({day}) nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This trip would break the continuity of your residence: permanent residence moves from {before} to {after} ({shift}).</source>
        <translation>Diese Reise würde die Kontinuität Ihres Aufenthalts unterbrechen: Der Daueraufenthalt verschiebt sich vom {before} auf den {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This trip moves your permanent residence from {before} to {after} ({shift}).</source>
        <translation>Diese Reise verschiebt Ihren Daueraufenthalt vom {before} auf den {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+17"/>
        <source>interrupts</source>
        <translation>unterbricht</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Long-term residence has no date yet (see above), so this trip cannot move it; its days still count as days abroad.</source>
        <translation>Der langfristige Aufenthalt hat noch kein Datum (siehe oben), daher kann diese Reise es nicht verschieben; ihre Tage zählen trotzdem als Tage im Ausland.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This trip would interrupt your residence: counting restarts on {day}, and long-term eligibility moves from {before} to {after}.</source>
        <translation>Diese Reise würde Ihren Aufenthalt unterbrechen: Die Zählung beginnt am {day} neu, und die Berechtigung für den langfristigen Aufenthalt verschiebt sich vom {before} auf den {after}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This trip would interrupt your residence (counting restarts on your return), though your long-term eligibility date stays {day}.</source>
        <translation>Diese Reise würde Ihren Aufenthalt unterbrechen (die Zählung beginnt bei Ihrer Rückkehr neu), doch Ihr Berechtigungsdatum für den langfristigen Aufenthalt bleibt der {day}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This trip does not change your long-term eligibility ({day}).</source>
        <translation>Diese Reise ändert Ihre Berechtigung für den langfristigen Aufenthalt ({day}) nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This trip moves your long-term eligibility from {before} to {after} ({shift}).</source>
        <translation>Diese Reise verschiebt Ihre Berechtigung für den langfristigen Aufenthalt vom {before} auf den {after} ({shift}).</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../travel/trips_model.py" line="+135"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>past</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abroad now</source>
        <translation>jetzt im Ausland</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Rückkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on eligibility</source>
        <translation>Auswirkung auf die Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Rückgemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you left Belgium (counts as a day of absence)</source>
        <translation>Der Tag, an dem Sie Belgien verlassen haben (zählt als Abwesenheitstag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you came back (counts as a day of absence)</source>
        <translation>Der Tag Ihrer Rückkehr (zählt als Abwesenheitstag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days abroad, counting the day you left and the day you came back</source>
        <translation>Tage im Ausland, einschließlich des Tages der Abreise und des Tages der Rückkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for yourself; it is never exported to a calendar</source>
        <translation>Eine Notiz für Sie selbst; sie wird nie in einen Kalender exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past, planned, or abroad now</source>
        <translation>Vergangen, geplant oder jetzt im Ausland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much later long-term residence becomes possible because of this trip</source>
        <translation>Um wie viel später der langfristige Aufenthalt wegen dieser Reise möglich wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: declared at the commune before leaving (annex 18)</source>
        <translation>Reisen über 3 Monate: vor der Abreise bei der Gemeinde gemeldet (Anlage 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: reported to the commune within 15 days of return</source>
        <translation>Reisen über 3 Monate: innerhalb von 15 Tagen nach der Rückkehr bei der Gemeinde zurückgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An important reason (illness, pregnancy, study or a posting): one such absence under 12 months does not break permanent residence</source>
        <translation>Ein wichtiger Grund (Krankheit, Schwangerschaft, Studium oder eine Entsendung): Eine solche Abwesenheit unter 12 Monaten unterbricht den Daueraufenthalt nicht</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Please enter a valid date.</source>
        <translation>Bitte geben Sie ein gültiges Datum ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit commune dates of trip {range}</source>
        <translation>Gemeindedaten der Reise {range} bearbeiten</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Edit note of trip {range}</source>
        <translation>Notiz der Reise {range} bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change dates of trip {range}</source>
        <translation>Daten der Reise {range} ändern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark trip {range} as for an important reason</source>
        <translation>Reise {range} als aus wichtigem Grund markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick declared for trip {range}</source>
        <translation>Reise {range} als gemeldet ankreuzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick reported back for trip {range}</source>
        <translation>Reise {range} als zurückgemeldet ankreuzen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete trip {range}</source>
        <translation>Reise {range} löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n trips</source>
        <translation>
            <numerusform>%n Reise löschen</numerusform>
            <numerusform>%n Reisen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <location filename="../overview/why_panel.py" line="+55"/>
        <source>Why this date</source>
        <translation>Warum dieses Datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a row to see which rule sets its date and where the rule comes from.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, welche Regel ihr Datum bestimmt und woher die Regel stammt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (your setting; the default is {} {})</source>
        <translation> (Ihre Einstellung; der Standard ist {} {})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked {}</source>
        <translation>Zuletzt geprüft am {}</translation>
    </message>
</context>
</TS>
