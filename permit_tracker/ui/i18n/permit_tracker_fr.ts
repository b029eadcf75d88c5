<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ApplicationsSection</name>
    <message>
        <location filename="../dates/applications_section.py" line="+20"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a&amp;pplication</source>
        <translation>Ajouter une de&amp;mande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove application</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add application</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change application</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application {number} of {count}</source>
        <translation>Demande {number} sur {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have applied for and when: the app says when a decision is due, and stops reminding you once it came.</source>
        <translation>Ce que vous avez demandé et quand&#xa0;: l&apos;application indique quand une décision est attendue, et arrête les rappels une fois qu&apos;elle est arrivée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appli&amp;ed for:</source>
        <translation>Obj&amp;et de la demande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application for</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;iled on:</source>
        <translation>&amp;Introduite le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application filed on</source>
        <translation>Demande introduite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided o&amp;n:</source>
        <translation>Décision &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application decided on</source>
        <translation>Décision sur la demande le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Introduite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(kind not set)</source>
        <translation>(type non indiqué)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided on {day}</source>
        <translation>Décision le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you filed it</source>
        <translation>Indiquez le jour où vous l&apos;avez introduite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the decision</source>
        <translation>En attente de la décision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision was expected by {day}</source>
        <translation>La décision était attendue au plus tard le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision expected by {day} ({when})</source>
        <translation>Décision attendue au plus tard le {day} ({when})</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../backup/backup_actions.py" line="+41"/>
        <location line="+9"/>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Permit Tracker backup (*.json)</source>
        <translation>Sauvegarde Permit Tracker (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Import backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Permit Tracker backup (*.json);;All files (*)</source>
        <translation>Sauvegarde Permit Tracker (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{} cannot be imported: {}
Nothing was changed.</source>
        <translation>{} ne peut pas être importé&#xa0;: {}
Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The file has %n people. Add them to the people already here, or replace everyone with the file&apos;s people?</source>
        <translation>
            <numerusform>Le fichier contient %n personne. L&apos;ajouter aux personnes déjà présentes, ou remplacer tout le monde par la personne du fichier&#xa0;?</numerusform>
            <numerusform>Le fichier contient %n personnes. Les ajouter aux personnes déjà présentes, ou remplacer tout le monde par les personnes du fichier&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everyone</source>
        <translation>Remplacer tout le monde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: {}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n people.</source>
        <translation>
            <numerusform>%n personne importée.</numerusform>
            <numerusform>%n personnes importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="+177"/>
        <location line="+98"/>
        <source>Export to calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Add alarms at my reminder times</source>
        <translation>Ajouter des alarmes aux moments de mes rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Inclure mes notes de voyage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendars are often synced and shared: leave this off to keep your notes private.</source>
        <translation>Les agendas sont souvent synchronisés et partagés&#xa0;: laissez cette option désactivée pour garder vos notes privées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this file up to date after every change</source>
        <translation>Tenir ce fichier à jour après chaque modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to the file in your calendar app and it always shows today&apos;s dates.</source>
        <translation>Abonnez-vous au fichier dans votre application d&apos;agenda&#xa0;: il affichera toujours les dates à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept up to date now: {path}</source>
        <translation>Tenu à jour actuellement&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one person.</source>
        <translation>Cochez au moins une personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one kind of deadline.</source>
        <translation>Cochez au moins un type d&apos;échéance.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../preferences/preferences_caldav.py" line="+66"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Publish my deadlines to a CalDAV calendar</source>
        <translation>&amp;Publier mes échéances dans un agenda CalDAV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;delete the events published so far (otherwise they stay)</source>
        <translation>Supprimer aussi les événements &amp;déjà publiés (sinon, ils restent)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone&apos;s calendar then shows every deadline and keeps it current. Sent to the server: for each deadline below, the person&apos;s name, the date, what is due, the rule and its source, and your trip notes if you tick them. Nothing else leaves this machine, and with this off nothing does. Works with Nextcloud, Fastmail, iCloud (with an app password), mailbox.org, Radicale and Baïkal.</source>
        <translation>L&apos;agenda de votre téléphone affiche alors chaque échéance et la tient à jour. Envoyé au serveur&#xa0;: pour chaque échéance ci-dessous, le nom de la personne, la date, ce qui est à faire, la règle et sa source, ainsi que vos notes de voyage si vous les cochez. Rien d&apos;autre ne quitte cet ordinateur, et rien du tout si cette option est désactivée. Fonctionne avec Nextcloud, Fastmail, iCloud (avec un mot de passe d&apos;application), mailbox.org, Radicale et Baïkal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CalDAV server URL</source>
        <translation>URL du serveur CalDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find calendars</source>
        <translation>&amp;Chercher les agendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List your calendars on this server</source>
        <translation>Lister vos agendas sur ce serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ag&amp;enda&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on the server when there is none of that name.</source>
        <translation>Créé sur le serveur s&apos;il n&apos;en existe aucun de ce nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People to publish</source>
        <translation>Personnes à publier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines to publish</source>
        <translation>Échéances à publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines:</source>
        <translation>Échéances&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alarms at my reminder times</source>
        <translation>Ajouter des alarmes aux moments de mes rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my trip notes</source>
        <translation>Inclure mes notes de voyage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing status</source>
        <translation>État de la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not published yet.</source>
        <translation>Pas encore publié.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your calendars on this server: %1</source>
        <translation>Vos agendas sur ce serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No calendar yet.</source>
        <translation>Pas encore d&apos;agenda.</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../dates/cards_model.py" line="+62"/>
        <source>Replaced by a later card</source>
        <translation>Remplacée par une carte plus récente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date it is valid until</source>
        <translation>Indiquez la date de fin de validité</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Starts {when}</source>
        <translation>Commence {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on {day}</source>
        <translation>Renouvellement demandé le {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired {when}</source>
        <translation>Expirée ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid, expires {when}</source>
        <translation>Valable, expire {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewal overdue: ask your employer to file it now (expires {when})</source>
        <translation>Renouvellement en retard&#xa0;: demandez à votre employeur de l&apos;introduire maintenant (expire {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: your employer files with the Region by {day}</source>
        <translation>À renouveler&#xa0;: votre employeur introduit la demande auprès de la Région au plus tard le {day}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renewal overdue: ask the commune now (expires {when})</source>
        <translation>Renouvellement en retard&#xa0;: adressez-vous à la commune maintenant (expire {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew now: ask the commune by {day}</source>
        <translation>À renouveler&#xa0;: adressez-vous à la commune au plus tard le {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(type not set)</source>
        <translation>(type non indiqué)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{card}, held for: {reason}</source>
        <translation>{card}, obtenue pour&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../shell/controller.py" line="+142"/>
        <source>another person is already called {}</source>
        <translation>une autre personne s&apos;appelle déjà {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this person no longer exists</source>
        <translation>cette personne n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add {}</source>
        <translation>Ajouter {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove {}</source>
        <translation>Supprimer {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename {} to {}</source>
        <translation>Renommer {} en {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change rules</source>
        <translation>Modifier les règles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the change was not saved</source>
        <translation>la modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your change was not saved: {}</source>
        <translation>Votre modification n&apos;a pas été enregistrée&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../shell/crash_dialog.py" line="+63"/>
        <source>{} ran into a bug</source>
        <translation>{} a rencontré une erreur interne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside {app}. You can keep working.

Everything saved before this is safe: each change is saved whole or not at all. The change you were making when this happened may not have been saved: please check it.

To report this bug, copy the report below into your message. Read it first: an error message may quote a name or a date from your records.</source>
        <translation>Un problème est survenu dans {app}. Vous pouvez continuer à travailler.

Tout ce qui a été enregistré avant est en sécurité&#xa0;: chaque modification est enregistrée entièrement ou pas du tout. La modification que vous faisiez à ce moment-là n&apos;a peut-être pas été enregistrée&#xa0;: veuillez la vérifier.

Pour signaler cette erreur, copiez le rapport ci-dessous dans votre message. Lisez-le d&apos;abord&#xa0;: un message d&apos;erreur peut citer un nom ou une date de vos données.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bug report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… further errors were left out.</source>
        <translation>… les erreurs suivantes ont été omises.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} ran into {} bugs</source>
        <translation>{} a rencontré {} erreurs internes</translation>
    </message>
</context>
<context>
    <name>DataDirText</name>
    <message>
        <location filename="../shell/data_dir_text.py" line="+20"/>
        <source>--data-dir is empty: give the folder that holds the data.</source>
        <translation>--data-dir est vide&#xa0;: indiquez le dossier qui contient les données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{variable} is set but empty: give it a folder, or unset it to use the default.</source>
        <translation>{variable} est définie mais vide&#xa0;: donnez-lui un dossier, ou supprimez-la pour utiliser l&apos;emplacement par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read or write the folder {path}: it is a file, not a folder.</source>
        <translation>Impossible de lire ou d&apos;écrire dans le dossier {path}&#xa0;: c&apos;est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: a part of that path is a file.</source>
        <translation>Impossible de lire ou d&apos;écrire dans le dossier {path}&#xa0;: une partie de ce chemin est un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read or write the folder {path}: {reason}</source>
        <translation>Impossible de lire ou d&apos;écrire dans le dossier {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a symbolic link; Permit Tracker does not write through links: put the database file itself there (or choose its folder with --data-dir).</source>
        <translation>{path} est un lien symbolique&#xa0;; Permit Tracker n&apos;écrit pas à travers les liens&#xa0;: placez-y le fichier de base de données lui-même (ou choisissez son dossier avec --data-dir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to another user (uid {uid}); running as root would leave files there that user cannot open: run Permit Tracker as that user.</source>
        <translation>{path} appartient à un autre utilisateur (uid {uid})&#xa0;; lancé en root, Permit Tracker y laisserait des fichiers que cet utilisateur ne peut pas ouvrir&#xa0;: lancez Permit Tracker sous cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets/date_field.py" line="+53"/>
        <source>d</source>
        <comment>day, in a date&apos;s shape: dd/mm/yyyy</comment>
        <translation>j</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>“{}” is not a date; write it like {}</source>
        <translation>«&#xa0;{}&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la comme {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>year {} is not between {} and {}</source>
        <translation>l&apos;année {} n&apos;est pas comprise entre {} et {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no month {}</source>
        <translation>il n&apos;y a pas de mois {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} {} has {} days, not {}</source>
        <translation>{} {} compte {} jours, pas {}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../dates/dates_tab.py" line="+103"/>
        <source>Your stay: citizenship, reason, arrival</source>
        <translation>Votre séjour&#xa0;: nationalité, motif, arrivée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the stay</source>
        <translation>Motif du séjour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival in Belgium</source>
        <translation>Arrivée en Belgique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered at the commune</source>
        <translation>Inscription à la commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Nationalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Motif du séjour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>&amp;Arrivée en Belgique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistered at the commune:</source>
        <translation>&amp;Inscription à la commune&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long-stay visa</source>
        <translation>Visa de long séjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D (long stay)</source>
        <translation>D (long séjour)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa type</source>
        <translation>Type de visa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid from</source>
        <translation>Visa valable à partir du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visa valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa &amp;type:</source>
        <translation>&amp;Type de visa&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from:</source>
        <translation>Valable &amp;du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;until:</source>
        <translation>Valable &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport expires</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Expiration du passeport&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Residence cards</source>
        <translation>Cartes de séjour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;card</source>
        <translation>Ajouter une &amp;carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;renewed card</source>
        <translation>Ajouter une carte &amp;renouvelée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card of the same type starting the day after the latest one ends</source>
        <translation>Une nouvelle carte du même type, valable dès le lendemain de la fin de la dernière</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <source>Remove card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+177"/>
        <source>Selected card</source>
        <translation>Carte sélectionnée</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Not set</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card type</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card valid from</source>
        <translation>Carte valable à partir du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card valid until</source>
        <translation>Carte valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason the card was given for</source>
        <translation>Motif pour lequel la carte a été délivrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal requested on</source>
        <translation>Renouvellement demandé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card t&amp;ype:</source>
        <translation>T&amp;ype de carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;held for:</source>
        <translation>M&amp;otif de la carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid fr&amp;om:</source>
        <translation>Carte valable d&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card valid u&amp;ntil:</source>
        <translation>Carte valable ju&amp;squ&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;wal requested on:</source>
        <translation>Renouvellement demandé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you (or your employer) asked for the renewal: its reminders stop.</source>
        <translation>Le jour où vous (ou votre employeur) avez demandé le renouvellement&#xa0;: ses rappels s&apos;arrêtent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change citizenship</source>
        <translation>Modifier la nationalité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change reason for the stay</source>
        <translation>Modifier le motif du séjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change arrival date</source>
        <translation>Modifier la date d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change registration date</source>
        <translation>Modifier la date d&apos;inscription</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change visa start</source>
        <translation>Modifier le début du visa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change visa end</source>
        <translation>Modifier la fin du visa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passport expiry</source>
        <translation>Modifier l&apos;expiration du passeport</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Leave empty until you have registered; the day you received the annex 19.</source>
        <translation>Laissez vide tant que l&apos;inscription n&apos;est pas faite&#xa0;; le jour où vous avez reçu l&apos;annexe 19.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty until you have registered; the day you received the annex 15 (the annex 19ter for family of an EU citizen).</source>
        <translation>Laissez vide tant que l&apos;inscription n&apos;est pas faite&#xa0;; le jour où vous avez reçu l&apos;annexe 15 (l&apos;annexe 19ter pour un membre de la famille d&apos;un citoyen de l&apos;UE).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Card {number} of {count}</source>
        <translation>Carte {number} sur {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same as the person ({reason})</source>
        <translation>Comme la personne ({reason})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not saved: {problems}</source>
        <translation>Non enregistré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Change visa type</source>
        <translation>Modifier le type de visa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../reminders/deadline_reminders.py" line="+112"/>
        <source>“{item}” is not a number of days. Write whole days before the date, like 30, 7, 1.</source>
        <translation>«&#xa0;{item}&#xa0;» n&apos;est pas un nombre de jours. Écrivez des nombres entiers de jours avant la date, comme 30, 7, 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not possible: days before the date go from 0 (the day itself) to {most}.</source>
        <translation>{value} n&apos;est pas possible&#xa0;: les jours avant la date vont de 0 (le jour même) à {most}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reminders for this deadline</source>
        <translation>Rappels pour cette échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned reminders</source>
        <translation>Rappels prévus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reminder days of this deadline</source>
        <translation>Modifier les jours de rappel de cette échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this deadline&apos;s own reminder days</source>
        <translation>Choisir des jours de rappel propres à cette échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default reminder days for this kind of deadline</source>
        <translation>Utiliser les jours de rappel par défaut pour ce type d&apos;échéance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 30, 7, 1</source>
        <translation>p. ex. 30, 7, 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder days before this deadline</source>
        <translation>Jours de rappel avant cette échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole days before the date, separated by commas; 0 is the day itself; leave empty for no reminders.</source>
        <translation>Nombres de jours avant la date, séparés par des virgules&#xa0;; 0 est le jour même&#xa0;; laissez vide pour n&apos;avoir aucun rappel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days before:</source>
        <translation>Jours avant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder days</source>
        <translation>Enregistrer les jours de rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing the reminder days</source>
        <translation>Annuler la modification des jours de rappel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem with the reminder days</source>
        <translation>Problème dans les jours de rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 is the day itself; leave empty for no reminders.</source>
        <translation>0 est le jour même&#xa0;; laissez vide pour n&apos;avoir aucun rappel.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Done: no reminders.</source>
        <translation>Fait&#xa0;: aucun rappel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date yet, so no reminders.</source>
        <translation>Pas encore de date, donc aucun rappel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No reminders for this deadline.</source>
        <translation>Aucun rappel pour cette échéance.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders are turned off in Preferences.</source>
        <translation>Les rappels sont désactivés dans les Préférences.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved: {}</source>
        <translation>Non enregistré&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: the data could not be written.</source>
        <translation>Non enregistré&#xa0;: les données n&apos;ont pas pu être écrites.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set for this deadline only. The default for “{kind}” is {days} days before.</source>
        <translation>Réglé pour cette échéance uniquement. Par défaut, pour «&#xa0;{kind}&#xa0;»&#xa0;: {days} jours avant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set for this deadline only. “{kind}” has no reminders by default.</source>
        <translation>Réglé pour cette échéance uniquement. «&#xa0;{kind}&#xa0;» n&apos;a pas de rappel par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default for “{kind}”, set in Preferences.</source>
        <translation>La valeur par défaut pour «&#xa0;{kind}&#xa0;», réglée dans les Préférences.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already due when entered</source>
        <translation>déjà échue lors de la saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{moment} — {lead}</source>
        <translation>{moment} — {lead}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>snoozed until {moment}</source>
        <translation>reporté au {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked done</source>
        <translation>marqué comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: entered later</source>
        <translation>non envoyé&#xa0;: saisi plus tard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>passé</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not possible yet</source>
        <translation>pas encore possible</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usable until</source>
        <translation>Utilisable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{when}: {explanation}</source>
        <translation>{when}&#xa0;: {explanation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date to see until when it may be submitted</source>
        <translation>Indiquez la date de délivrance pour voir jusqu&apos;à quand il peut être remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered on Dates &amp; permits</source>
        <translation>Indiqué dans «&#xa0;Dates et titres de séjour&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../documents/documents_tab.py" line="+58"/>
        <source>What the commune and the Immigration Office ask for. A police clearance or medical certificate must still be recent on the day you hand it in.</source>
        <translation>Ce que demandent la commune et l&apos;Office des étrangers. Un extrait de casier judiciaire ou un certificat médical doit encore être récent le jour où vous le remettez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document checklist</source>
        <translation>Liste des documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;other document</source>
        <translation>Ajouter un &amp;autre document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;newer copy</source>
        <translation>Ajouter un exemplaire plus &amp;récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a newly issued copy of the selected document, keeping the old one</source>
        <translation>Enregistrer un exemplaire nouvellement délivré du document sélectionné, en gardant l&apos;ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget this record</source>
        <translation>&amp;Oublier cet enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the &amp;checklist</source>
        <translation>Ajouter à la &amp;liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Selected document</source>
        <translation>Document sélectionné</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Document status</source>
        <translation>État du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;État&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Délivré le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable until:</source>
        <translation>Utilisable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{day} ({when}) — {age} after it was issued</source>
        <translation>{day} ({when}) — {age} après sa délivrance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the issue date: it may be submitted for {age}.</source>
        <translation>Indiquez la date de délivrance&#xa0;: il peut être remis pendant {age}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until {day} (as entered on Dates &amp; permits)</source>
        <translation>Valable jusqu&apos;au {day} (comme indiqué dans «&#xa0;Dates et titres de séjour&#xa0;»)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change document ({document})</source>
        <translation>Modifier le document ({document})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add document ({document})</source>
        <translation>Ajouter le document ({document})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Forget document ({document})</source>
        <translation>Oublier le document ({document})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {problems}</source>
        <translation>Non enregistré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No age limit</source>
        <translation>Pas de limite d&apos;ancienneté</translation>
    </message>
</context>
<context>
    <name>ExportedNote</name>
    <message>
        <location filename="../calendar/calendar_export_dialog.py" line="-206"/>
        <source>Exported to calendar</source>
        <translation>Exporté vers l&apos;agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved 1 event to</source>
        <translation>1 événement enregistré dans</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n events to</source>
        <translation>
            <numerusform>%n événement enregistré dans</numerusform>
            <numerusform>%n événements enregistrés dans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GNOME Calendar, Evolution, KOrganizer:&lt;/b&gt; open the file, or File ▸ Import.</source>
        <translation>&lt;b&gt;Agenda GNOME, Evolution, KOrganizer&#xa0;:&lt;/b&gt; ouvrez le fichier, ou Fichier ▸ Importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Thunderbird:&lt;/b&gt; Events and Tasks ▸ Import…, then choose the file.</source>
        <translation>&lt;b&gt;Thunderbird&#xa0;:&lt;/b&gt; Événements et tâches ▸ Importer…, puis choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar (web):&lt;/b&gt; Settings ▸ Import &amp;amp; export ▸ Import.</source>
        <translation>&lt;b&gt;Google Agenda (web)&#xa0;:&lt;/b&gt; Paramètres ▸ Importation et exportation ▸ Importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Outlook:&lt;/b&gt; File ▸ Open &amp;amp; Export ▸ Import/Export ▸ iCalendar.</source>
        <translation>&lt;b&gt;Outlook&#xa0;:&lt;/b&gt; Fichier ▸ Ouvrir et exporter ▸ Importer/Exporter ▸ iCalendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Apple Calendar:&lt;/b&gt; File ▸ Import.</source>
        <translation>&lt;b&gt;Calendrier d&apos;Apple&#xa0;:&lt;/b&gt; Fichier ▸ Importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To see them in your calendar:</source>
        <translation>Pour les voir dans votre agenda&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is kept up to date: &lt;i&gt;subscribe&lt;/i&gt; to it (Thunderbird: New Calendar ▸ On the Network, with its file:// address) rather than importing it once, so changes show up.</source>
        <translation>Ce fichier est tenu à jour&#xa0;: &lt;i&gt;abonnez-vous&lt;/i&gt; à ce fichier (Thunderbird&#xa0;: Nouvel agenda ▸ Sur le réseau, avec son adresse file://) plutôt que de l&apos;importer une seule fois, pour voir les modifications.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../shell/first_start.py" line="+56"/>
        <source>Welcome to Permit Tracker</source>
        <translation>Bienvenue dans Permit Tracker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your citizenship, the reason for your stay and a few dates drive almost every deadline of a Belgian residence permit. Enter what you know now; you can add cards, trips and documents later.</source>
        <translation>Votre nationalité, le motif de votre séjour et quelques dates déterminent presque toutes les échéances d&apos;un titre de séjour belge. Indiquez ce que vous savez maintenant&#xa0;; vous pourrez ajouter des cartes, des voyages et des documents plus tard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the stay</source>
        <translation>Motif du séjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrival in Belgium</source>
        <translation>Arrivée en Belgique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa valid until</source>
        <translation>Visa valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport expires</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>Nationa&amp;lité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the stay:</source>
        <translation>&amp;Motif du séjour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival in Belgium:</source>
        <translation>&amp;Arrivée en Belgique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa valid until:</source>
        <translation>&amp;Visa valable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passport expires:</source>
        <translation>&amp;Expiration du passeport&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start tracking</source>
        <translation>&amp;Commencer le suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer. Dates are computed from public Belgian rules (Help ▸ Rules and sources) and are not legal advice.
Just looking? Run “permit-tracker --demo” for a sample family.</source>
        <translation>Vos données restent sur cet ordinateur. Les dates sont calculées à partir des règles belges publiques (Aide ▸ Règles et sources) et ne constituent pas un avis juridique.
Vous voulez juste jeter un œil&#xa0;? Lancez «&#xa0;permit-tracker --demo&#xa0;» pour une famille d&apos;exemple.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type your arrival date</source>
        <translation>Saisissez votre date d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone staying over 3 months registers at the commune after arriving; the date appears here.</source>
        <translation>Tout séjour de plus de 3 mois impose l&apos;inscription à la commune&#xa0;; la date s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{} {} after arriving on {}.</source>
        <translation>{} {} après votre arrivée le {}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already registered? Enter the date on Dates &amp; permits once you start.</source>
        <translation>Inscription déjà faite&#xa0;? Indiquez-en la date dans «&#xa0;Dates et titres de séjour&#xa0;» une fois le suivi commencé.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../widgets/formatting.py" line="+93"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in about %n years</source>
        <translation>
            <numerusform>dans environ %n an</numerusform>
            <numerusform>dans environ %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in about %n months</source>
        <translation>
            <numerusform>dans environ %n mois</numerusform>
            <numerusform>dans environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day left</source>
        <translation>encore 1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days left</source>
        <translation>
            <numerusform>encore %n jour</numerusform>
            <numerusform>encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Étape clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working day</source>
        <translation>jour ouvrable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../preferences/preferences_general.py" line="+50"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes at once. The command line, reminders and calendar files follow the same choice.</source>
        <translation>La fenêtre change immédiatement. La ligne de commande, les rappels et les fichiers d&apos;agenda suivent le même choix.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../overview/headline.py" line="+52"/>
        <source>Register at your commune by {}</source>
        <translation>Inscrivez-vous à votre commune au plus tard le {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your visa ends on {}: your residence card must start by then</source>
        <translation>Votre visa prend fin le {}&#xa0;: votre carte de séjour doit commencer d&apos;ici là</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renew your passport: from {} it is too short for an application</source>
        <translation>Renouvelez votre passeport&#xa0;: à partir du {}, sa validité est trop courte pour une demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport expires on {}</source>
        <translation>Votre passeport expire le {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the commune to renew your {} by {}</source>
        <translation>Demandez à la commune de renouveler votre {} au plus tard le {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>residence card</source>
        <translation>carte de séjour</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your {} expires on {}</source>
        <translation>Votre {} expire le {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit your {} by {}</source>
        <translation>Remettez votre {} au plus tard le {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{}: {}</source>
        <translation>{}&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the arrival date to see what is due</source>
        <translation>Indiquez la date d&apos;arrivée pour voir ce qui est à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp; permits: arrival, visa and passport drive every deadline.</source>
        <translation>«&#xa0;Dates et titres de séjour&#xa0;»&#xa0;: l&apos;arrivée, le visa et le passeport déterminent toutes les échéances.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {}: the commune may be closed, go earlier</source>
        <translation>⚠ {}&#xa0;: la commune sera peut-être fermée, allez-y plus tôt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n à faire dans les 30 jours</numerusform>
            <numerusform>%n à faire dans les 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>then: {}, {}</source>
        <translation>ensuite&#xa0;: {}, {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{} since {}</source>
        <translation>{} depuis le {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next milestone: {} on {} ({})</source>
        <translation>Prochaine étape clé&#xa0;: {} le {} ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every deadline is done.</source>
        <translation>Toutes les échéances sont réglées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do now</source>
        <translation>Rien à faire pour le moment</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What is next</source>
        <translation>Ce qui vient ensuite</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../journey/journey_view.py" line="+59"/>
        <source>Set the date of the police check</source>
        <translation>Indiquer la date de l&apos;enquête de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the police check</source>
        <translation>Effacer la date de l&apos;enquête de résidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card application</source>
        <translation>Indiquer la date de la demande de carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card application</source>
        <translation>Effacer la date de la demande de carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the date of the card collection</source>
        <translation>Indiquer la date du retrait de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date of the card collection</source>
        <translation>Effacer la date du retrait de la carte</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Where you stand</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The usual path for your situation, from the seed guide and official sources. Click a step for details; this is not legal advice: check with your commune.</source>
        <translation>Le parcours habituel pour votre situation, d&apos;après le guide de base et les sources officielles. Cliquez sur une étape pour les détails&#xa0;; ceci n&apos;est pas un avis juridique&#xa0;: vérifiez auprès de votre commune.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a person to see their journey.</source>
        <translation>Sélectionnez une personne pour voir son parcours.</translation>
    </message>
    <message>
        <location filename="../journey/journey_text.py" line="+43"/>
        <source>Done · {day}</source>
        <translation>Fait · {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not possible yet</source>
        <translation>Pas encore possible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On {day} · {countdown}</source>
        <translation>Le {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible since {day}</source>
        <translation>Possible depuis le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {day} · {countdown}</source>
        <translation>À partir du {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By {day} · {countdown}</source>
        <translation>Au plus tard le {day} · {countdown}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every step of your journey is done.</source>
        <translation>Toutes les étapes de votre parcours sont faites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {n} of {total}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Étape {n} sur {total}&#xa0;: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/loading_page.py" line="+75"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../shell/main_window.py" line="+116"/>
        <source>{} — sample family</source>
        <translation>{} — famille d&apos;exemple</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This is a sample family in a temporary store: explore and edit freely; nothing is kept when you quit.</source>
        <translation>Ceci est une famille d&apos;exemple dans un stockage temporaire&#xa0;: explorez et modifiez librement&#xa0;; rien n&apos;est conservé quand vous quittez.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Annuler&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Rétablir&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../shell/menus.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../shell/help_dialogs.py" line="+92"/>
        <source>Not legal advice</source>
        <translation>Pas un avis juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit Tracker computes dates from public Belgian rules as researched for this app. Sources disagree in places; the app takes the strictest reading and shows each rule&apos;s source next to the dates it drives.

{}</source>
        <translation>Permit Tracker calcule les dates à partir des règles belges publiques, telles qu&apos;elles ont été étudiées pour cette application. Les sources divergent par endroits&#xa0;; l&apos;application retient la lecture la plus stricte et montre la source de chaque règle à côté des dates qui en découlent.

{}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track your Belgian residence-permit journey and never miss a date: arrival, visa, registration, residence cards, passport, trips abroad and documents.</source>
        <translation>Suivez votre parcours de titre de séjour en Belgique et ne manquez aucune date&#xa0;: arrivée, visa, inscription, cartes de séjour, passeport, voyages à l&apos;étranger et documents.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data stays on this computer, in {where}. Nothing is sent over the network unless you export it.</source>
        <translation>Vos données restent sur cet ordinateur, dans {where}. Rien n&apos;est envoyé sur le réseau, sauf si vous les exportez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About {}</source>
        <translation>À propos de {}</translation>
    </message>
    <message>
        <location filename="../shell/main.py" line="+132"/>
        <location line="+75"/>
        <source>{} cannot open its data.

{}</source>
        <translation>{} ne peut pas ouvrir ses données.

{}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A saved value cannot be read and is shown as unknown: {}.</source>
        <translation>Une valeur enregistrée est illisible et s&apos;affiche comme inconnue&#xa0;: {}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} saved values cannot be read and are shown as unknown, the first: {}.</source>
        <translation>{} valeurs enregistrées sont illisibles et s&apos;affichent comme inconnues&#xa0;; la première&#xa0;: {}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter them again to repair them; export a backup to keep everything else.</source>
        <translation>Saisissez-les à nouveau pour les réparer&#xa0;; exportez une sauvegarde pour conserver tout le reste.</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="-6"/>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export backup…</source>
        <translation>E&amp;xporter une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to &amp;calendar…</source>
        <translation>Exporter vers l&apos;&amp;agenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add person…</source>
        <translation>A&amp;jouter une personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name person…</source>
        <translation>Re&amp;nommer la personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules and sources</source>
        <translation>&amp;Règles et sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not legal advice</source>
        <translation>&amp;Pas un avis juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Permit Tracker</source>
        <translation>À pr&amp;opos de Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates &amp;&amp; permits</source>
        <translation>&amp;Dates et titres de séjour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Travel</source>
        <translation>&amp;Voyages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;line</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.py" line="+47"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
</context>
<context>
    <name>MovesSection</name>
    <message>
        <location filename="../dates/moves_section.py" line="+21"/>
        <source>Moves (changes of address)</source>
        <translation>Déménagements (changements d&apos;adresse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;move</source>
        <translation>Ajouter un &amp;déménagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove move</source>
        <translation>Supprimer le déménagement</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add move</source>
        <translation>Ajouter un déménagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change move</source>
        <translation>Modifier le déménagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {number} of {count}</source>
        <translation>Déménagement {number} sur {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved house in Belgium? Declare the new address at the commune within 8 working days; the police will check that you live there.</source>
        <translation>Vous avez déménagé en Belgique&#xa0;? Déclarez la nouvelle adresse à la commune dans les 8 jours ouvrables&#xa0;; l&apos;agent de quartier vérifiera que vous y habitez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ved on:</source>
        <translation>Démé&amp;nagement le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Moved on</source>
        <translation>Déménagement le</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Declared at the commune on:</source>
        <translation>Déclaré à la &amp;commune le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move declared on</source>
        <translation>Déménagement déclaré le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared on</source>
        <translation>Déclaré le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declared on {day}</source>
        <translation>Déclaré le {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the day you moved</source>
        <translation>Indiquez le jour du déménagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not declared yet</source>
        <translation>Pas encore déclaré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare it at the commune now: was due {day}</source>
        <translation>Déclarez-le à la commune maintenant&#xa0;: c&apos;était à faire au plus tard le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare it at the commune by {day} ({when})</source>
        <translation>Déclarez-le à la commune au plus tard le {day} ({when})</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../people/sidebar.py" line="+110"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../overview/overview_tab.py" line="+62"/>
        <source>Deadlines, most urgent first</source>
        <translation>Échéances, les plus urgentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show done</source>
        <translation>Afficher ce qui est fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list deadlines that are already taken care of</source>
        <translation>Lister aussi les échéances déjà réglées</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No deadlines yet.
Enter the arrival date, the visa and the passport on Dates &amp; permits: every deadline follows from them.</source>
        <translation>Pas encore d&apos;échéances.
Indiquez la date d&apos;arrivée, le visa et le passeport dans «&#xa0;Dates et titres de séjour&#xa0;»&#xa0;: toutes les échéances en découlent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter dates…</source>
        <translation>Indiquer les dates…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Show done ({})</source>
        <translation>Afficher ce qui est fait ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} shown</source>
        <translation>{} affichées</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../people/people_model.py" line="+66"/>
        <source>Nothing due</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No dates yet</source>
        <translation>Pas encore de dates</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../people/person_view.py" line="+69"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp;&amp; permits</source>
        <translation>Dates et titres de séjour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="+178"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rules</source>
        <translation>Règ&amp;les</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;minders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The numbers behind every date. The defaults take the strictest reading of the public sources; change one only if your commune or the Immigration Office told you otherwise. {notice}</source>
        <translation>Les chiffres derrière chaque date. Les valeurs par défaut retiennent la lecture la plus stricte des sources publiques&#xa0;; n&apos;en modifiez une que si votre commune ou l&apos;Office des étrangers vous a dit autre chose. {notice}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset all rules to &amp;defaults</source>
        <translation>Réinitialiser toutes les règles aux valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <location filename="../dates/procedure_section.py" line="+21"/>
        <source>Steps after registering (optional)</source>
        <translation>Étapes après l&apos;inscription (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After you register, the police visit to check your address; then the commune takes your photo and fingerprints for the card, and a letter with its PIN says when to collect it.</source>
        <translation>Après l&apos;inscription, l&apos;agent de quartier passe vérifier votre adresse&#xa0;; la commune prend ensuite votre photo et vos empreintes digitales pour la carte, et une lettre avec son code PIN vous dit quand la retirer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Police address check on</source>
        <translation>Enquête de résidence le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card applied for (photo and fingerprints) on</source>
        <translation>Carte demandée (photo et empreintes) le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card collected on</source>
        <translation>Carte retirée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police address c&amp;heck:</source>
        <translation>En&amp;quête de résidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo and fingerprints ta&amp;ken:</source>
        <translation>Photo et empreintes &amp;prises&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card colle&amp;cted:</source>
        <translation>Carte re&amp;tirée&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change police check date</source>
        <translation>Modifier la date de l&apos;enquête de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card application date</source>
        <translation>Modifier la date de demande de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change card collection date</source>
        <translation>Modifier la date de retrait de la carte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {problems}</source>
        <translation>Non enregistré&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>ProvisionalSection</name>
    <message>
        <location filename="../dates/provisional_section.py" line="+34"/>
        <source>Waiting documents</source>
        <translation>Documents provisoires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;waiting document</source>
        <translation>Ajouter un document pro&amp;visoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove waiting document</source>
        <translation>Supprimer le document provisoire</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add waiting document</source>
        <translation>Ajouter un document provisoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change waiting document</source>
        <translation>Modifier le document provisoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting document {number} of {count}</source>
        <translation>Document provisoire {number} sur {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper the commune gives you while your card is made, lost or renewed. It has an end date, and travelling on it can mean not being let back in.</source>
        <translation>Le document que la commune vous remet pendant la fabrication, la perte ou le renouvellement de votre carte. Il a une date de fin, et voyager avec ce seul document peut vous empêcher de revenir en Belgique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind of document:</source>
        <translation>Type de do&amp;cument&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Document provisoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;ssued on:</source>
        <translation>Dé&amp;livré le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document issued on</source>
        <translation>Document provisoire délivré le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid unti&amp;l:</source>
        <translation>Valable jus&amp;qu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting document valid until</source>
        <translation>Document provisoire valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaced by a card</source>
        <translation>Remplacé par une carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date it is valid until</source>
        <translation>Indiquez la date de fin de validité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired on {day}</source>
        <translation>Expiré le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, expires {when}</source>
        <translation>Valable, expire {when}</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+148"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 published event deleted</source>
        <translation>1 événement publié supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n published events deleted</source>
        <translation>
            <numerusform>%n événement publié supprimé</numerusform>
            <numerusform>%n événements publiés supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{result} (at {time})</source>
        <translation>{result} (à {time})</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) in “{calendar}”: {changes}</source>
        <translation>
            <numerusform>%n événement dans «&#xa0;{calendar}&#xa0;»&#xa0;: {changes}</numerusform>
            <numerusform>%n événements dans «&#xa0;{calendar}&#xa0;»&#xa0;: {changes}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}; trying again in {minutes} min</source>
        <translation>{problem}&#xa0;; nouvel essai dans {minutes} min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no password for the CalDAV server: enter it in Preferences ▸ Calendar</source>
        <translation>pas de mot de passe pour le serveur CalDAV&#xa0;: indiquez-le dans Préférences ▸ Agenda</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../dates/record_section.py" line="+245"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: {problems}</source>
        <translation>Non enregistré&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../reminders/banner.py" line="+73"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Hide reminder</source>
        <translation>Masquer le rappel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coming up</source>
        <translation>Prochainement</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the list</source>
        <translation>Masquer la liste</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n while you were away</source>
        <translation>
            <numerusform>%n pendant votre absence</numerusform>
            <numerusform>%n pendant votre absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} et %n autre</numerusform>
            <numerusform>{first} et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../reminders/tray.py" line="+75"/>
        <source>Next: {person} — {title}, {when}</source>
        <translation>Prochaine échéance&#xa0;: {person} — {title}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>No open deadlines</source>
        <translation>Aucune échéance en cours</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reminders paused until {moment}</source>
        <translation>Rappels suspendus jusqu&apos;au {moment}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open {app}</source>
        <translation>&amp;Ouvrir {app}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person}: {title} — {when}</source>
        <translation>{person}&#xa0;: {title} — {when}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume reminders (paused until {moment})</source>
        <translation>&amp;Reprendre les rappels (suspendus jusqu&apos;au {moment})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Pause reminders for a day</source>
        <translation>&amp;Suspendre les rappels pour un jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+221"/>
        <source>{app} keeps running in the tray to remind you of your deadlines. Quit it from the tray menu.</source>
        <translation>{app} reste ouvert dans la zone de notification pour vous rappeler vos échéances. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reminders could not be checked: {why}</source>
        <translation>Les rappels n&apos;ont pas pu être vérifiés&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your desktop shows no tray icons, so {app} stops when you close its window. While it is open, reminders come as desktop notifications and here. To get them when it is closed, turn on Start at login in Preferences, or run `permit-tracker remind` from cron or a systemd timer.</source>
        <translation>Votre bureau n&apos;affiche pas d&apos;icônes dans la zone de notification&#xa0;: {app} s&apos;arrête donc quand vous fermez sa fenêtre. Tant qu&apos;il est ouvert, les rappels arrivent en notifications du bureau et ici. Pour les recevoir quand il est fermé, activez «&#xa0;Lancer à l&apos;ouverture de session&#xa0;» dans les Préférences, ou lancez `permit-tracker remind` depuis cron ou un minuteur systemd.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../preferences/preferences_reminders.py" line="+52"/>
        <source>{where}: “{item}” is not a whole number of days</source>
        <translation>{where}&#xa0;: «&#xa0;{item}&#xa0;» n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {days} days is not between 0 and {most}</source>
        <translation>{where}&#xa0;: {days} jours n&apos;est pas compris entre 0 et {most}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Remind me before deadlines</source>
        <translation>&amp;Me rappeler les échéances à l&apos;avance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time of day for reminders</source>
        <translation>Heure des rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;time of day:</source>
        <translation>À l&apos;&amp;heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before each deadline (0 is the day itself)</source>
        <translation>Jours avant chaque échéance (0 est le jour même)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reminder</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: {days}</source>
        <translation>Par défaut&#xa0;: {days}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset reminders to &amp;defaults</source>
        <translation>Réinitialiser les rappels aux valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backup/restore_dialog.py" line="+75"/>
        <source>Daily copy</source>
        <translation>Copie quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file copied here</source>
        <translation>Un fichier copié ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is gone</source>
        <translation>le fichier n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Permit Tracker file</source>
        <translation>ce n&apos;est pas un fichier Permit Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer version of Permit Tracker</source>
        <translation>fait par une version plus récente de Permit Tracker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be restored: {}</source>
        <translation>Restauration impossible&#xa0;: {}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trips</source>
        <translation>
            <numerusform>%n voyage</numerusform>
            <numerusform>%n voyages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+106"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{app} copies your data on the first change of each day and before every upgrade, import and restore. Choose the copy to go back to: everything recorded now is replaced by what it holds, and a copy of what is here now is taken first, so you can come back to it.</source>
        <translation>{app} copie vos données à la première modification de chaque jour et avant chaque mise à jour, importation et restauration. Choisissez la copie à laquelle revenir&#xa0;: tout ce qui est enregistré maintenant est remplacé par son contenu, et une copie de l&apos;état actuel est faite d&apos;abord, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no backups yet in {}.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde dans {}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything recorded in {app} with the backup of {when}?

It holds {contents}.

A copy of what is recorded now is taken first.</source>
        <translation>Remplacer tout ce qui est enregistré dans {app} par la sauvegarde du {when}&#xa0;?

Elle contient {contents}.

Une copie de ce qui est enregistré maintenant est faite d&apos;abord.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was not restored: {}

Your data was not changed.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: {}

Vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the backup of {when}: {contents}.</source>
        <translation>Sauvegarde du {when} restaurée&#xa0;: {contents}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was recorded before is kept in {}.</source>
        <translation>Ce qui était enregistré avant est conservé dans {}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your data file was damaged ({problem}). It was kept aside, unchanged, as:
{moved}</source>
        <translation>Votre fichier de données était endommagé ({problem}). Il a été mis de côté, tel quel, sous le nom&#xa0;:
{moved}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no backup to restore: {} starts empty.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer&#xa0;: {} démarre vide.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore the newest good backup, from {when}? It holds {contents}.</source>
        <translation>Restaurer la sauvegarde valide la plus récente, du {when}&#xa0;? Elle contient {contents}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another…</source>
        <translation>En choisir une autre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start empty</source>
        <translation>Démarrer à vide</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../preferences/preferences_dialog.py" line="-164"/>
        <source>Reset to default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset {rule} to default</source>
        <translation>Rétablir la valeur par défaut de «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {source} · verified {date}</source>
        <translation>Source&#xa0;: {source} · vérifiée le {date}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed; the default is {value} {unit}</source>
        <translation>modifié&#xa0;; la valeur par défaut est {value} {unit}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../shell/help_dialogs.py" line="-94"/>
        <source>Each number below can be changed in Edit ▸ Preferences; the dates in the app follow the values in force.</source>
        <translation>Chaque chiffre ci-dessous peut être modifié dans Édition ▸ Préférences&#xa0;; les dates de l&apos;application suivent les valeurs en vigueur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} (default {default} {unit})</source>
        <translation>{value} (par défaut {default} {unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source} · last checked {date}</source>
        <translation>Source&#xa0;: {source} · dernière vérification le {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Rules and sources</source>
        <translation>Règles et sources</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../people/sidebar.py" line="+37"/>
        <location line="+3"/>
        <location filename="../shell/loading_page.py" line="+4"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename (F2)</source>
        <translation>Renommer (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {}?</source>
        <translation>Supprimer {}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {} and everything recorded for them: dates, cards, trips and documents?</source>
        <translation>Supprimer {} et tout ce qui est enregistré pour cette personne&#xa0;: dates, cartes, voyages et documents&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>Vous pourrez la récupérer avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>StartAtLoginSection</name>
    <message>
        <location filename="../reminders/reminders_wiring.py" line="+16"/>
        <source>Start {app} when I log in</source>
        <translation>Lancer {app} à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not for the sample family: it lives in a temporary store.</source>
        <translation>Pas pour la famille d&apos;exemple&#xa0;: elle vit dans un stockage temporaire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It starts in the tray when you log in, so reminders reach you even if you forget to open it. Entry: {where}</source>
        <translation>L&apos;application démarre dans la zone de notification à l&apos;ouverture de session&#xa0;: les rappels vous parviennent même si vous oubliez de l&apos;ouvrir. Entrée&#xa0;: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come only while the app is open (or from `permit-tracker remind`).</source>
        <translation>Les rappels n&apos;arrivent que lorsque l&apos;application est ouverte (ou via `permit-tracker remind`).</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../calendar/caldav_publishing.py" line="+30"/>
        <source>Calendar: {status}</source>
        <translation>Agenda&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar: publishing…</source>
        <translation>Agenda&#xa0;: publication…</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../journey/journey_view.py" line="-203"/>
        <source>Show or hide the details of this step</source>
        <translation>Afficher ou masquer les détails de cette étape</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <source>Date of {step}</source>
        <translation>Date&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Bring:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;À apporter&#xa0;:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist of the Documents tab, with where each document stands</source>
        <translation>La liste de l&apos;onglet Documents, avec l&apos;état de chaque document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;a href=&quot;{url}&quot;&gt;Source&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Source&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save date</source>
        <translation>Enregistrer la date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (done or booked)</source>
        <translation>Date (faite ou prévue)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../timeline/timeline.py" line="+48"/>
        <location line="+103"/>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Select a person to see their journey.</source>
        <translation>Sélectionnez une personne pour voir son parcours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: the journey so far and what lies ahead</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&#xa0;: le parcours jusqu&apos;ici et ce qui vous attend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrived in Belgium</source>
        <translation>Arrivée en Belgique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the commune</source>
        <translation>Inscription à la commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa valid until</source>
        <translation>Visa valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} card valid until</source>
        <translation>Carte {type} valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card valid until</source>
        <translation>Carte valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{doc} valid until</source>
        <translation>{doc} valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved house</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied: {what}</source>
        <translation>Demande introduite&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided: {what}</source>
        <translation>Décision&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline/timeline_view.py" line="+76"/>
        <source>Timeline of the journey</source>
        <translation>Chronologie du parcours</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_data.py" line="+38"/>
        <location filename="../timeline/timeline_view.py" line="+86"/>
        <source>Residence</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Residence to come</source>
        <translation>Séjour à venir</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_data.py" line="+1"/>
        <location line="+167"/>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Waiting docs</source>
        <translation>Doc. provisoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No dates recorded yet.</source>
        <translation>Aucune date enregistrée pour le moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} trips abroad, {p} of them planned</source>
        <translation>{n} voyages à l&apos;étranger, dont {p} prévus</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name}: valid until {end} (start not entered)</source>
        <translation>{name}&#xa0;: valable jusqu&apos;au {end} (début non indiqué)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: from {start} (end not entered)</source>
        <translation>{name}&#xa0;: à partir du {start} (fin non indiquée)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Visa {type}</source>
        <translation>Visa {type}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved on {day}</source>
        <translation>Déménagement le {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, declared at the commune on {day}</source>
        <translation>, déclaré à la commune le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, to declare at the commune by {day}</source>
        <translation>, à déclarer à la commune au plus tard le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, not declared yet</source>
        <translation>, pas encore déclaré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{type} card</source>
        <translation>Carte {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (unlimited stay)</source>
        <translation> (séjour illimité)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trip {range} ({n} days)</source>
        <translation>Voyage {range} ({n} jours)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, planned</source>
        <translation>, prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, interrupts residence</source>
        <translation>, interrompt le séjour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long-term</source>
        <translation>Longue durée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence</source>
        <translation>Séjour permanent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resident since {day}</source>
        <translation>Résident depuis le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident {range}, then interrupted</source>
        <translation>Résident {range}, puis interrompu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residence still to come, from {day}</source>
        <translation>Séjour encore à venir, à partir du {day}</translation>
    </message>
    <message>
        <location filename="../timeline/timeline_view.py" line="+1"/>
        <source>Unlimited card</source>
        <translation>Carte à durée illimitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned trip</source>
        <translation>Voyage prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip that interrupts residence</source>
        <translation>Voyage qui interrompt le séjour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting document</source>
        <translation>Document provisoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, declared</source>
        <translation>Déménagement déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, not declared yet</source>
        <translation>Déménagement pas encore déclaré</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add an arrival date, a visa or a card to see the journey here.</source>
        <translation>Ajoutez une date d&apos;arrivée, un visa ou une carte pour voir le parcours ici.</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <location filename="../travel/travel_tab.py" line="+139"/>
        <location line="+115"/>
        <source>Your 5-year window</source>
        <translation>Votre période de 5 ans</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Absence days used</source>
        <translation>Jours d&apos;absence utilisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you leave and the day you come back both count as days abroad.</source>
        <translation>Le jour du départ et le jour du retour comptent tous deux comme jours à l&apos;étranger.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trips abroad</source>
        <translation>Voyages à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problem with the edited trip</source>
        <translation>Problème dans le voyage modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete trip</source>
        <translation>&amp;Supprimer le voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected trips (Del); Undo restores</source>
        <translation>Supprimer les voyages sélectionnés (Suppr)&#xa0;; Annuler les restaure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a date or note to change it.</source>
        <translation>Double-cliquez sur une date ou une note pour la modifier.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a person to see their trips.</source>
        <translation>Sélectionnez une personne pour voir ses voyages.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Residence starts on &lt;b&gt;{start}&lt;/b&gt;; your first {years}-year window will be {start} – {end}.</source>
        <translation>Le séjour commence le &lt;b&gt;{start}&lt;/b&gt;&#xa0;; votre première période de {years} ans ira du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} of residence so far (since {start}); your first {years}-year window will be {start} – {end}.</source>
        <translation>{days} de séjour jusqu&apos;ici (depuis le {start})&#xa0;; votre première période de {years} ans ira du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your {years}-year window</source>
        <translation>Votre période de {years} ans</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>%v of %m days</source>
        <translation>%v jours sur %m</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; (at most {limit} in {years} years).</source>
        <translation>&lt;b&gt;{used} jours d&apos;absence utilisés, {left} restants&lt;/b&gt; (au maximum {limit} en {years} ans).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{used} absence days used, {left} left&lt;/b&gt; in the {years} years up to today ({start} – {today}).</source>
        <translation>&lt;b&gt;{used} jours d&apos;absence utilisés, {left} restants&lt;/b&gt; sur les {years} ans jusqu&apos;à aujourd&apos;hui (du {start} au {today}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your oldest absence starts rolling out of the window on {day}.</source>
        <translation>Votre absence la plus ancienne commence à sortir de la période le {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No absence counts in the window yet.</source>
        <translation>Aucune absence n&apos;est encore comptée dans la période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence: {reason}</source>
        <translation>Résident de longue durée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long-term residence possible since &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Statut de résident de longue durée possible depuis le &lt;b&gt;{day}&lt;/b&gt; (à compter du {start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term residence possible from &lt;b&gt;{day}&lt;/b&gt; (counting from {start}).</source>
        <translation>Statut de résident de longue durée possible à partir du &lt;b&gt;{day}&lt;/b&gt; (à compter du {start}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your residence and absences</source>
        <translation>Votre séjour et vos absences</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{used} absence days counted in the last 12 months&lt;/b&gt; ({start} – {today}); at most {limit} in any 12 months.</source>
        <translation>&lt;b&gt;{used} jours d&apos;absence comptés sur les 12 derniers mois&lt;/b&gt; (du {start} au {today})&#xa0;; au maximum {limit} sur toute période de 12 mois.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your absence {range}, for an important reason, is not counted (one such absence under 12 months).</source>
        <translation>Votre absence {range}, pour une raison importante, n&apos;est pas comptée (une seule absence de ce type, de moins de 12 mois).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One absence of up to 12 months for an important reason (illness, pregnancy, study, a posting) is not counted; tick it on the trip.</source>
        <translation>Une absence de 12 mois au plus pour une raison importante (maladie, grossesse, études, détachement) n&apos;est pas comptée&#xa0;; cochez-la sur le voyage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permanent residence: record your arrival or registration</source>
        <translation>Séjour permanent&#xa0;: indiquez votre arrivée ou votre inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence: {why}</source>
        <translation>Séjour permanent&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent residence since &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Séjour permanent depuis le &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permanent residence possible from &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Séjour permanent possible à partir du &lt;b&gt;{day}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add trip {range}</source>
        <translation>Ajouter le voyage {range}</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <location filename="../travel/trip_form.py" line="+58"/>
        <source>Add a trip (past or planned)</source>
        <translation>Ajouter un voyage (passé ou prévu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day you leave</source>
        <translation>Jour du départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you come back</source>
        <translation>Jour du retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where, why (optional, never exported)</source>
        <translation>Où, pourquoi (facultatif, jamais exporté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add trip</source>
        <translation>&amp;Ajouter le voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add trip</source>
        <translation>Ajouter le voyage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the new trip</source>
        <translation>Problème dans le nouveau voyage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effect of the trip on eligibility</source>
        <translation>Effet du voyage sur l&apos;éligibilité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this trip asks of you</source>
        <translation>Ce que ce voyage vous demande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Left on</source>
        <translation>&amp;Départ le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back on</source>
        <translation>&amp;Retour le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Declared at the commune on</source>
        <translation>Déclaré à la &amp;commune le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You told the commune before leaving (annex 18)</source>
        <translation>Vous avez prévenu la commune avant de partir (annexe 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you declared the trip</source>
        <translation>Jour de la déclaration du voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reported back on</source>
        <translation>Retour si&amp;gnalé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reported to the commune after coming back</source>
        <translation>Vous avez signalé votre retour à la commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you reported back</source>
        <translation>Jour où vous avez signalé votre retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Important reason</source>
        <translation>Raison &amp;importante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illness, pregnancy, study or a posting abroad: one such absence under 12 months does not break permanent residence</source>
        <translation>Maladie, grossesse, études ou détachement à l&apos;étranger&#xa0;: une telle absence de moins de 12 mois n&apos;interrompt pas le séjour permanent</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a person first.</source>
        <translation>Sélectionnez d&apos;abord une personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the day you leave and the day you come back.</source>
        <translation>Indiquez le jour du départ et le jour du retour.</translation>
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
        <translation>La date de départ doit être comprise entre le {lo} et le {hi}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return date must be between {lo} and {hi}.</source>
        <translation>La date de retour doit être comprise entre le {lo} et le {hi}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The return date is before the departure date.</source>
        <translation>La date de retour précède la date de départ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This trip overlaps your trip of {range}.</source>
        <translation>Ce voyage chevauche votre voyage {range}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>+1 day</source>
        <translation>+1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+50"/>
        <source>Record your arrival or registration date to see what this trip changes.</source>
        <translation>Indiquez votre date d&apos;arrivée ou d&apos;inscription pour voir ce que ce voyage change.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Permanent residence has no date yet (see above), so this trip cannot move it.</source>
        <translation>Le séjour permanent n&apos;a pas encore de date (voir ci-dessus)&#xa0;: ce voyage ne peut donc pas la déplacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+79"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This trip does not change your permanent residence ({day}).</source>
        <translation>Ce voyage ne change pas la date de votre séjour permanent ({day}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This trip would break the continuity of your residence: permanent residence moves from {before} to {after} ({shift}).</source>
        <translation>Ce voyage romprait la continuité de votre séjour&#xa0;: le séjour permanent passe du {before} au {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This trip moves your permanent residence from {before} to {after} ({shift}).</source>
        <translation>Ce voyage reporte votre séjour permanent du {before} au {after} ({shift}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+17"/>
        <source>interrupts</source>
        <translation>interrompt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Long-term residence has no date yet (see above), so this trip cannot move it; its days still count as days abroad.</source>
        <translation>Le statut de résident de longue durée n&apos;a pas encore de date (voir ci-dessus)&#xa0;: ce voyage ne peut donc pas la déplacer&#xa0;; ses jours comptent quand même comme jours à l&apos;étranger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This trip would interrupt your residence: counting restarts on {day}, and long-term eligibility moves from {before} to {after}.</source>
        <translation>Ce voyage interromprait votre séjour&#xa0;: le décompte recommence le {day}, et votre date d&apos;éligibilité au statut de longue durée passe du {before} au {after}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This trip would interrupt your residence (counting restarts on your return), though your long-term eligibility date stays {day}.</source>
        <translation>Ce voyage interromprait votre séjour (le décompte recommence à votre retour), même si votre date d&apos;éligibilité au statut de longue durée reste le {day}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This trip does not change your long-term eligibility ({day}).</source>
        <translation>Ce voyage ne change pas votre date d&apos;éligibilité au statut de longue durée ({day}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This trip moves your long-term eligibility from {before} to {after} ({shift}).</source>
        <translation>Ce voyage reporte votre date d&apos;éligibilité au statut de longue durée du {before} au {after} ({shift}).</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <location filename="../travel/trips_model.py" line="+135"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>past</source>
        <translation>passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abroad now</source>
        <translation>à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on eligibility</source>
        <translation>Effet sur l&apos;éligibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day you left Belgium (counts as a day of absence)</source>
        <translation>Le jour où vous avez quitté la Belgique (compte comme jour d&apos;absence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you came back (counts as a day of absence)</source>
        <translation>Le jour de votre retour (compte comme jour d&apos;absence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days abroad, counting the day you left and the day you came back</source>
        <translation>Jours à l&apos;étranger, jour du départ et jour du retour compris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for yourself; it is never exported to a calendar</source>
        <translation>Une note pour vous-même&#xa0;; elle n&apos;est jamais exportée vers un agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past, planned, or abroad now</source>
        <translation>Passé, prévu ou à l&apos;étranger actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much later long-term residence becomes possible because of this trip</source>
        <translation>De combien ce voyage retarde l&apos;accès au statut de résident de longue durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: declared at the commune before leaving (annex 18)</source>
        <translation>Voyages de plus de 3 mois&#xa0;: déclarés à la commune avant le départ (annexe 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips over 3 months: reported to the commune within 15 days of return</source>
        <translation>Voyages de plus de 3 mois&#xa0;: retour signalé à la commune dans les 15 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An important reason (illness, pregnancy, study or a posting): one such absence under 12 months does not break permanent residence</source>
        <translation>Une raison importante (maladie, grossesse, études ou détachement)&#xa0;: une telle absence de moins de 12 mois n&apos;interrompt pas le séjour permanent</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Please enter a valid date.</source>
        <translation>Veuillez indiquer une date valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit commune dates of trip {range}</source>
        <translation>Modifier les dates de déclaration du voyage {range}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Edit note of trip {range}</source>
        <translation>Modifier la note du voyage {range}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change dates of trip {range}</source>
        <translation>Modifier les dates du voyage {range}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark trip {range} as for an important reason</source>
        <translation>Marquer le voyage {range} comme motivé par une raison importante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick declared for trip {range}</source>
        <translation>Cocher «&#xa0;déclaré&#xa0;» pour le voyage {range}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick reported back for trip {range}</source>
        <translation>Cocher «&#xa0;retour signalé&#xa0;» pour le voyage {range}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete trip {range}</source>
        <translation>Supprimer le voyage {range}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n trips</source>
        <translation>
            <numerusform>Supprimer %n voyage</numerusform>
            <numerusform>Supprimer %n voyages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <location filename="../overview/why_panel.py" line="+55"/>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a row to see which rule sets its date and where the rule comes from.</source>
        <translation>Sélectionnez une ligne pour voir quelle règle fixe sa date et d&apos;où vient cette règle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (your setting; the default is {} {})</source>
        <translation> (votre réglage&#xa0;; la valeur par défaut est {} {})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule</source>
        <translation>La règle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked {}</source>
        <translation>Dernière vérification le {}</translation>
    </message>
</context>
</TS>
