<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../backup/backup_actions.py" line="+106"/>
        <source>The file has %n people. Add them to the people already here, or replace everyone with the file&apos;s people?</source>
        <translation>
            <numerusform>The file has %n person. Add them to the people already here, or replace everyone with the file&apos;s person?</numerusform>
            <numerusform>The file has %n people. Add them to the people already here, or replace everyone with the file&apos;s people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Imported %n people.</source>
        <translation>
            <numerusform>Imported %n person.</numerusform>
            <numerusform>Imported %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message numerus="yes">
        <location filename="../reminders/deadline_reminders.py" line="+445"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportedNote</name>
    <message numerus="yes">
        <location filename="../calendar/calendar_export_dialog.py" line="+113"/>
        <source>Saved %n events to</source>
        <translation>
            <numerusform>Saved %n event to</numerusform>
            <numerusform>Saved %n events to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../widgets/formatting.py" line="+99"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in about %n years</source>
        <translation>
            <numerusform>in about %n year</numerusform>
            <numerusform>in about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in about %n months</source>
        <translation>
            <numerusform>in about %n month</numerusform>
            <numerusform>in about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <location filename="../overview/headline.py" line="+109"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n due within 30 days</numerusform>
            <numerusform>%n due within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <location filename="../calendar/caldav_publishing.py" line="+176"/>
        <source>%n published events deleted</source>
        <translation>
            <numerusform>%n published event deleted</numerusform>
            <numerusform>%n published events deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) in “{calendar}”: {changes}</source>
        <translation>
            <numerusform>%n event in “{calendar}”: {changes}</numerusform>
            <numerusform>%n events in “{calendar}”: {changes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message numerus="yes">
        <location filename="../reminders/banner.py" line="+199"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n while you were away</source>
        <translation>
            <numerusform>%n while you were away</numerusform>
            <numerusform>%n while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} and %n more</numerusform>
            <numerusform>{first} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../backup/restore_dialog.py" line="+109"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trips</source>
        <translation>
            <numerusform>%n trip</numerusform>
            <numerusform>%n trips</numerusform>
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
</context>
<context>
    <name>TravelTab</name>
    <message numerus="yes">
        <location filename="../travel/travel_tab.py" line="+288"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripText</name>
    <message numerus="yes">
        <location filename="../travel/trip_text.py" line="+103"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message numerus="yes">
        <location filename="../travel/trips_model.py" line="+407"/>
        <source>Delete %n trips</source>
        <translation>
            <numerusform>Delete %n trip</numerusform>
            <numerusform>Delete %n trips</numerusform>
        </translation>
    </message>
</context>
</TS>
