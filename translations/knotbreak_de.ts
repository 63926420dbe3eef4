<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../knotbreak/qt/about.py" line="+34"/>
        <source>Counts the time you really sit, and guides short stretch breaks for upper-back knots.</source>
        <translation>Zählt die Zeit, die Sie wirklich sitzen, und leitet Sie durch kurze Dehnpausen gegen Muskelknoten im oberen Rücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak offers general stretching guidance, not medical advice or treatment. A mild pull is fine; stop any stretch that hurts. See a doctor or physiotherapist if pain persists or is severe, or if you feel numbness or tingling.</source>
        <translation>KnotBreak bietet allgemeine Anleitungen zum Dehnen, keine medizinische Beratung oder Behandlung. Ein leichtes Ziehen ist in Ordnung; brechen Sie jede Dehnung ab, die schmerzt. Suchen Sie ärztlichen oder physiotherapeutischen Rat, wenn Schmerzen anhalten oder stark sind oder wenn Sie Taubheit oder Kribbeln spüren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not there yet: KnotBreak creates it on first use.</source>
        <extracomment>Under a settings, routines or history path that does not exist yet.</extracomment>
        <translation>Noch nicht vorhanden: wird bei der ersten Verwendung von KnotBreak angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager opened %1. The path above can be selected and copied.</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation>%1 ließ sich in keinem Dateimanager öffnen. Sie können den Pfad oben markieren und kopieren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;settings folder</source>
        <translation>&amp;Einstellungsordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your routines</source>
        <translation>Ihre Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;routines folder</source>
        <translation>&amp;Routinenordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;history folder</source>
        <translation>&amp;Verlaufsordner öffnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About KnotBreak</source>
        <translation>Über KnotBreak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1</source>
        <extracomment>%1 is the version number, like 1.4.0.</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <extracomment>%1 is the licence&apos;s SPDX name, &quot;MIT&quot;: keep it untranslated.</extracomment>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where your files are</source>
        <translation>Wo Ihre Dateien liegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 location</source>
        <extracomment>A path field&apos;s name for screen readers; %1 is &quot;Settings&quot;, &quot;Your routines&quot; or &quot;History&quot;.</extracomment>
        <translation>Speicherort: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 in the file manager</source>
        <translation>%1 im Dateimanager anzeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stretching safely</source>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Until then, the button opens %1.</source>
        <extracomment>%1 is the nearest folder that exists, opened instead of one not created yet.</extracomment>
        <translation>Bis dahin öffnet die Schaltfläche %1.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../knotbreak/qt/actions.py" line="+19"/>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For 2 hours</source>
        <translation>Für 2 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I turn it off</source>
        <translation>Bis ich ihn ausschalte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <location filename="../knotbreak/qt/tray.py" line="+321"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n minute(s)</source>
        <extracomment>A snooze&apos;s length in the Snooze menu.</extracomment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting mode</source>
        <translation>Besprechungsmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold break prompts and notices during a call or a presentation</source>
        <translation>Pausenaufforderungen und Hinweise während eines Anrufs oder einer Präsentation zurückhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End meeting mode</source>
        <translation>Besprechungsmodus beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About KnotBreak</source>
        <translation>Über KnotBreak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit KnotBreak</source>
        <translation>KnotBreak beenden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1  (%2 min)</source>
        <extracomment>A routine in the Routines menu: %1 its name, %2 its length in minutes.</extracomment>
        <translation>%1  (%2 min)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New routine…</source>
        <translation>Neue Routine…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit my routines</source>
        <translation>Meine Routinen bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snooze (limit reached)</source>
        <translation>Später erinnern (Grenze erreicht)</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+383"/>
        <source>on</source>
        <extracomment>A switch&apos;s default in Preferences: &quot;Default: on.&quot;</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off</source>
        <extracomment>A switch&apos;s default in Preferences: &quot;Default: off.&quot;</extracomment>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <location filename="../knotbreak/qt/break_notice.py" line="+35"/>
        <source>Start it from KnotBreak&apos;s tray menu or window.</source>
        <extracomment>Said in a break notification whose desktop shows no buttons on notifications.</extracomment>
        <translation>Starten Sie sie über das Menü von KnotBreak in der Systemleiste oder über das KnotBreak-Fenster.</translation>
    </message>
</context>
<context>
    <name>BreakPrompt</name>
    <message>
        <location line="+32"/>
        <location filename="../knotbreak/qt/prompt.py" line="+181"/>
        <source>You have been sitting for %1.</source>
        <extracomment>%1 is a duration like &quot;50 min&quot;.</extracomment>
        <translation>Sie sitzen seit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../knotbreak/qt/prompt.py" line="-97"/>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="+101"/>
        <source>Snooze %1 min</source>
        <extracomment>A button: postpone the break by %1 minutes.</extracomment>
        <translation>%1 min später</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="-98"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../knotbreak/qt/prompt.py" line="-57"/>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A two-minute stretch now loosens the upper back before knots set in.</source>
        <translation>Zwei Minuten Dehnen lockern jetzt den oberen Rücken, bevor sich Muskelknoten bilden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: knotbreak break | snooze | skip — bind them in your desktop&apos;s shortcut settings.</source>
        <extracomment>&quot;knotbreak break | snooze | skip&quot; are commands typed in a terminal: keep them as they are.</extracomment>
        <translation>Tastatur: knotbreak break | snooze | skip – legen Sie die Befehle in den Tastenkürzel-Einstellungen Ihrer Arbeitsumgebung auf Tasten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: the commands knotbreak break, knotbreak snooze and knotbreak skip; bind them to keys in your desktop&apos;s shortcut settings.</source>
        <extracomment>What a screen reader says for the keyboard hint; the commands (knotbreak break...) stay untranslated.</extracomment>
        <translation>Tastatur: die Befehle knotbreak break, knotbreak snooze und knotbreak skip; legen Sie sie in den Tastenkürzel-Einstellungen Ihrer Arbeitsumgebung auf Tasten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>KnotBreak: time for a break</source>
        <translation>KnotBreak: Zeit für eine Pause</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1. %2 %3</source>
        <extracomment>The prompt as a screen reader reads it: %1 the title, %2 the text, %3 the keyboard hint.</extracomment>
        <translation>%1. %2 %3</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../knotbreak/qt/charts.py" line="+226"/>
        <source>%1. %2</source>
        <extracomment>A chart&apos;s name for screen readers: %1 the value under the cursor, %2 the chart&apos;s title.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+289"/>
        <location line="+155"/>
        <location line="+175"/>
        <source>Nothing recorded in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="-298"/>
        <location line="+142"/>
        <location line="+103"/>
        <location line="+78"/>
        <source>%1: %2</source>
        <extracomment>A bar&apos;s tooltip: %1 the day or week, %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 %2</source>
        <extracomment>A value of one series in a tooltip: %1 the value, %2 the series&apos; name, lower case but in German (&quot;12 min sitting&quot;).</extracomment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No answers in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Antworten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2</source>
        <comment>name, value</comment>
        <extracomment>A line&apos;s value in a tooltip: %1 the line&apos;s name, lower case but in German, %2 its value (&quot;before 4&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no answers</source>
        <extracomment>A tooltip of a day without tension answers: %1 is the day.</extracomment>
        <translation>%1: keine Antworten</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="+288"/>
        <location line="+1"/>
        <location line="+54"/>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Hide table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1, as a table</source>
        <extracomment>A table&apos;s name for screen readers: %1 is the chart&apos;s title.</extracomment>
        <translation>%1, als Tabelle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <extracomment>The table button&apos;s name for screen readers: %1 &quot;Show as table&quot;, %2 the chart&apos;s title in lower case.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numbers of this chart as a table, one row for each day or item</source>
        <translation>Die Zahlen dieses Diagramms als Tabelle, eine Zeile pro Tag oder Eintrag</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../knotbreak/qt/checkin.py" line="+30"/>
        <source>0 = loose, 10 = very tight. Optional.</source>
        <extracomment>Under the 0-10 scale of how tight the upper back is.</extracomment>
        <translation>0 = locker, 10 = sehr verspannt. Optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 means loose, 10 very tight.</source>
        <extracomment>The scale as a screen reader says it.</extracomment>
        <translation>0 bedeutet locker, 10 sehr verspannt.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 of 10</source>
        <extracomment>A button of the 0-10 tightness scale: &quot;3 of 10&quot;.</extracomment>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without answering</source>
        <translation>Ohne Antwort fortfahren</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../knotbreak/core/durations.py" line="+34"/>
        <source>not a duration: &apos;%1&apos; (try 30m, 2h, 1h30m or 45s)</source>
        <extracomment>%1 is what was typed; 30m, 2h, 1h30m and 45s are what the command line understands.</extracomment>
        <translation>keine gültige Dauer: &apos;%1&apos; (versuchen Sie 30m, 2h, 1h30m oder 45s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duration must be more than zero: &apos;%1&apos;</source>
        <translation>die Dauer muss größer als null sein: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration is longer than 7 days: &apos;%1&apos;</source>
        <translation>die Dauer ist länger als 7 Tage: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../knotbreak/autostart/cli.py" line="+15"/>
        <source>KnotBreak does not start at login: %1</source>
        <extracomment>%1 is why (often technical English), e.g. &quot;no autostart folder on this system&quot;.</extracomment>
        <translation>KnotBreak startet nicht bei der Anmeldung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KnotBreak starts at login (%1)</source>
        <extracomment>%1 is where the entry lives: a file&apos;s path or a registry key.</extracomment>
        <translation>KnotBreak startet bei der Anmeldung (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KnotBreak does not start at login</source>
        <translation>KnotBreak startet nicht bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../knotbreak/cli.py" line="+38"/>
        <source>not a number of days: &apos;%1&apos;</source>
        <translation>keine gültige Anzahl von Tagen: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days must be 1 to 366, not %1</source>
        <translation>die Anzahl der Tage muss 1 bis 366 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KnotBreak counts how long you sit and guides short stretch breaks. With no command it starts the tray app; the commands control the running app.</source>
        <translation>KnotBreak zählt, wie lange Sie sitzen, und leitet Sie durch kurze Dehnpausen. Ohne Befehl startet es die App in der Systemleiste; die Befehle steuern die laufende App.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start a stretch break now (the quick routine)</source>
        <translation>jetzt eine Dehnpause starten (die Kurzroutine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the routines (built-in and your own)</source>
        <translation>die Routinen auflisten (eingebaute und eigene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a routine by id in the running app</source>
        <translation>eine Routine anhand ihrer ID in der laufenden App starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine id from &apos;knotbreak routines&apos;</source>
        <translation>eine Routinen-ID aus &apos;knotbreak routines&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postpone the break (default: snooze_minutes)</source>
        <translation>die Pause verschieben (Standard: snooze_minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes, 1 to 240 (e.g. 10 or 10m)</source>
        <translation>Minuten, 1 bis 240 (zum Beispiel 10 oder 10m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip this break and start a new cycle</source>
        <translation>diese Pause überspringen und einen neuen Zyklus beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30m, 2h, 1h30m or &apos;tomorrow&apos;; none pauses until you resume</source>
        <translation>30m, 2h, 1h30m oder &apos;tomorrow&apos;; ohne Angabe bis zum Fortsetzen pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>das Pausieren beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold prompts during a call or presentation</source>
        <translation>Pausenaufforderungen während eines Anrufs oder einer Präsentation zurückhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30m, 2h, ...; none holds until &apos;knotbreak meeting off&apos;; &apos;off&apos; ends it</source>
        <translation>30m, 2h, ...; ohne Angabe bis &apos;knotbreak meeting off&apos;; &apos;off&apos; beendet den Besprechungsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the current state</source>
        <translation>den aktuellen Zustand anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>quit the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the Preferences window in the running app</source>
        <translation>die Einstellungen in der laufenden App öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the first-run welcome again in the running app</source>
        <translation>die Begrüßung des ersten Starts in der laufenden App erneut anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start KnotBreak when you log in: on, off, or status</source>
        <translation>KnotBreak beim Anmelden starten: on, off oder status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on, off, or status</source>
        <translation>on, off oder status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today and the last 7 days, from the history (works without the app)</source>
        <translation>heute und die letzten 7 Tage, aus dem Verlauf (funktioniert ohne die App)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days to include, 1 to 366 (default 7)</source>
        <translation>Anzahl der Tage, 1 bis 366 (Standard: 7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the whole history to a file</source>
        <translation>den gesamten Verlauf in eine Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>minutes must be between 1 and 240</source>
        <translation>die Minuten müssen zwischen 1 und 240 liegen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(yours)</source>
        <extracomment>After a routine of the person&apos;s own in `knotbreak routines`.</extracomment>
        <translation>(eigene)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>routine file %1</source>
        <extracomment>%1 names a routine file and what is wrong with it (the details may be English).</extracomment>
        <translation>Routinedatei %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no history yet (%1 does not exist)</source>
        <extracomment>%1 is the history file&apos;s path.</extracomment>
        <translation>noch kein Verlauf (%1 existiert nicht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n event(s) to %1</source>
        <extracomment>%1 is the CSV file&apos;s path.</extracomment>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>day</source>
        <extracomment>A column of `knotbreak stats`: the date.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting</source>
        <extracomment>A column of `knotbreak stats`: time spent sitting.</extracomment>
        <translation>Sitzzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks</source>
        <extracomment>A column of `knotbreak stats`: breaks taken.</extracomment>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <extracomment>A column of `knotbreak stats`: breaks skipped.</extracomment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretching</source>
        <extracomment>A column of `knotbreak stats`: time spent stretching.</extracomment>
        <translation>Dehnzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: sitting %1, longest stretch %2</source>
        <extracomment>%1 is today&apos;s sitting time, %2 the longest stretch of it without a break.</extracomment>
        <translation>Heute: Sitzzeit %1, am längsten ohne Pause %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>breaks taken: %1, on your own: %2, snoozed: %3, skipped: %4, stretching: %5</source>
        <extracomment>Today&apos;s figures: %1 breaks taken, %2 breaks taken on your own (natural), %3 snoozes, %4 skipped breaks, %5 time stretching.</extracomment>
        <translation>Pausen gemacht: %1, aus eigenem Antrieb: %2, verschoben: %3, übersprungen: %4, gedehnt: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streak: %1 with a routine</source>
        <extracomment>%1 is a number of days in a row, e.g. &quot;3 days in a row&quot;.</extracomment>
        <translation>Serie: %1 mit einer Routine</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>KnotBreak is not running. Start it with: knotbreak</source>
        <translation>KnotBreak läuft nicht. Starten Sie es mit: knotbreak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what answers on %1 is not KnotBreak, or not well: %2</source>
        <extracomment>%1 is the control socket&apos;s path, %2 the technical problem.</extracomment>
        <translation>was auf %1 antwortet, ist nicht KnotBreak oder antwortet fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../knotbreak/qt/app.py" line="+496"/>
        <source>KnotBreak is already running.</source>
        <translation>KnotBreak läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the control socket could not be opened; the command line will not reach this instance</source>
        <translation>der Steuer-Socket konnte nicht geöffnet werden; die Kommandozeile erreicht diese Instanz nicht</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../knotbreak/qt/stretch.py" line="+201"/>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../knotbreak/qt/cues.py" line="+186"/>
        <location line="+92"/>
        <location line="+11"/>
        <source>the speech engine failed: %1</source>
        <translation>die Sprachausgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>playing %1 failed: %2</source>
        <extracomment>%1 the sound&apos;s name (&quot;chime&quot;), %2 the error.</extracomment>
        <translation>das Abspielen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>creating the %1 sound failed: %2</source>
        <translation>das Erzeugen des Klangs %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be played (no usable audio device or decoder)</source>
        <extracomment>%1 is a sound file&apos;s address in the app&apos;s resources.</extracomment>
        <translation>%1 konnte nicht abgespielt werden (kein nutzbares Audiogerät oder kein Decoder)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the speech engine did not start: %1</source>
        <translation>die Sprachausgabe ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not available (%2); install PySide6-Addons</source>
        <extracomment>%1 a Qt module (&quot;PySide6.QtMultimedia&quot;), %2 the error; PySide6-Addons is a package&apos;s name.</extracomment>
        <translation>%1 ist nicht verfügbar (%2); installieren Sie PySide6-Addons</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>no audio output device</source>
        <translation>kein Audio-Ausgabegerät</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the sounds are missing from the compiled Qt resources (resources.qrc)</source>
        <translation>die Klänge fehlen in den kompilierten Qt-Ressourcen (resources.qrc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no text-to-speech engine is installed</source>
        <translation>es ist keine Sprachausgabe (Text-to-Speech) installiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only Qt&apos;s mock text-to-speech engine is available</source>
        <translation>nur die Mock-Sprachausgabe von Qt ist verfügbar</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="+139"/>
        <source>hold %1 s</source>
        <extracomment>A dose: hold still for %1 seconds.</extracomment>
        <translation>%1 s halten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> each side</source>
        <translation> pro Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2</source>
        <extracomment>A dose of several sets: %1 the sets, %2 one set&apos;s work (&quot;2 × 12 reps&quot;).</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, rest %1 s</source>
        <translation>, %1 s Satzpause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <extracomment>An exercise in the routine: %1 its name, %2 its dose.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ExerciseListEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+320"/>
        <source>Stop avoiding</source>
        <translation>Wieder zulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop avoiding the selected exercises</source>
        <translation>Ausgewählte Übungen wieder zulassen</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../knotbreak/qt/figure_view.py" line="+30"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2</source>
        <extracomment>A figure&apos;s name for screen readers: %1 the exercise, %2 &quot;left side&quot;, &quot;right side&quot; or &quot;alternate sides&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exercise figure</source>
        <translation>Übungsfigur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>An animated figure showing the movement</source>
        <translation>Eine animierte Figur, die die Bewegung zeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No picture for this exercise</source>
        <translation>Kein Bild für diese Übung</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../knotbreak/qt/formatting.py" line="+134"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, abbreviated: &quot;45 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>%1 min</source>
        <extracomment>A duration in minutes, abbreviated: &quot;12 min&quot;.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, abbreviated: &quot;1 h 05 min&quot; (%2 is padded to two digits).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About %1 s</source>
        <extracomment>A rough length: &quot;About 45 s&quot;.</extracomment>
        <translation>Etwa %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1 min</source>
        <extracomment>A rough length: &quot;About 4 min&quot;.</extracomment>
        <translation>Etwa %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 min %2 s</source>
        <extracomment>A rough length: &quot;About 4 min 30 s&quot;.</extracomment>
        <translation>Etwa %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 h</source>
        <extracomment>An axis value in hours: &quot;1.5 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No streak yet</source>
        <translation>Noch keine Serie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in a row</source>
        <extracomment>Days in a row with a break taken: &quot;12 days in a row&quot;.</extracomment>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../knotbreak/qt/help_window.py" line="+153"/>
        <source>Contents</source>
        <extracomment>The heading of the help&apos;s list of sections.</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This installation of KnotBreak has no help text. The README on the project&apos;s page has it.</source>
        <extracomment>Shown in the Help window when this installation lacks its help text.</extracomment>
        <translation>Dieser KnotBreak-Installation fehlt der Hilfetext. Sie finden ihn in der README auf der Projektseite.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+11"/>
        <source>KnotBreak help</source>
        <translation>KnotBreak-Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>IntEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-251"/>
        <source>%1 to %2</source>
        <extracomment>A number&apos;s range in Preferences: %1 the lowest, %2 the highest with its unit (&quot;1 to 240 minutes&quot;).</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(0: %1)</source>
        <extracomment>After a number&apos;s range: what 0 means (&quot;(0: unlimited)&quot;).</extracomment>
        <translation>(0: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, default %2.</source>
        <extracomment>A number&apos;s range and default: %1 the range, %2 the default (&quot;1 to 240 minutes, default 50.&quot;).</extracomment>
        <translation>%1, Standard: %2.</translation>
    </message>
</context>
<context>
    <name>KnotBreakApp</name>
    <message>
        <location filename="../knotbreak/qt/app.py" line="-438"/>
        <source>No system tray was found, so KnotBreak runs in this window. On GNOME, the AppIndicator extension adds a tray; KnotBreak moves there when one appears.</source>
        <translation>Es wurde keine Systemleiste gefunden, daher läuft KnotBreak in diesem Fenster. Unter GNOME fügt die AppIndicator-Erweiterung eine Systemleiste hinzu; KnotBreak wechselt dorthin, sobald eine erscheint.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>It was kept as %1; defaults are in use.</source>
        <extracomment>%1 is the name the unreadable settings file was given (settings.toml.broken-...).</extracomment>
        <translation>Die Datei wurde als %1 aufbewahrt; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file could not be read</source>
        <translation>Einstellungsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings file has an error</source>
        <translation>Einstellungsdatei enthält einen Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were ignored</source>
        <translation>Einige Einstellungen wurden ignoriert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your stretch break starts in %1.</source>
        <extracomment>%1 is a duration like &quot;1 min&quot;.</extracomment>
        <translation>Ihre Dehnpause beginnt in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break is coming up</source>
        <translation>Eine Pause steht bevor</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-117"/>
        <source>Default: %1.</source>
        <extracomment>Under a control in Preferences: %1 is its default value.</extracomment>
        <translation>Standard: %1.</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="+293"/>
        <source>Not saved: %1</source>
        <extracomment>%1 is why a setting could not be saved.</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location line="+65"/>
        <source>Sets every option on the “%1” page back to its default, after asking.</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation>Setzt nach einer Rückfrage alle Optionen der Seite „%1“ auf ihre Standardwerte zurück.</translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <location filename="../knotbreak/qt/preferences_service.py" line="+37"/>
        <source>Switch sides.</source>
        <extracomment>Said aloud by Preferences&apos; &quot;Test spoken cues&quot;: a cue a routine says.</extracomment>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+46"/>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>sounds cannot play here</source>
        <translation>Klänge können hier nicht abgespielt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history cannot be read right now, so what it holds is not known.</source>
        <translation>Der Verlauf kann gerade nicht gelesen werden, daher ist nicht bekannt, was er enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is empty.</source>
        <translation>Der Verlauf ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n recorded event(s)</source>
        <translation>
            <numerusform>%n aufgezeichnetes Ereignis</numerusform>
            <numerusform>%n aufgezeichnete Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <extracomment>%1 is a number of recorded events, %2 the date of the first (&quot;12 recorded events since 3 March 2026&quot;).</extracomment>
        <translation>%1 seit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n Pause gemacht</numerusform>
            <numerusform>%n Pausen gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n break(s) on your own</source>
        <extracomment>Breaks a person took without being asked (away from the keyboard long enough).</extracomment>
        <translation>
            <numerusform>%n Pause aus eigenem Antrieb</numerusform>
            <numerusform>%n Pausen aus eigenem Antrieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3, and every snooze, skip, sitting stretch and check-in answer. Your statistics start again from nothing.</source>
        <extracomment>What deleting the history loses: %1 the events (and since when), %2 the breaks taken, %3 the breaks on your own.</extracomment>
        <translation>%1: %2, %3 sowie jeder Aufschub, jede übersprungene Pause, jede Sitzphase und jede Antwort auf die Verspannungsabfrage. Ihre Statistik beginnt wieder bei null.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the history could not be changed</source>
        <translation>der Verlauf konnte nicht geändert werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your choices could not be saved</source>
        <translation>Ihre Auswahl konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at login could not be changed</source>
        <translation>Start bei der Anmeldung konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="-297"/>
        <source>KnotBreak Preferences</source>
        <translation>KnotBreak-Einstellungen</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes are saved as you make them, in %1.</source>
        <extracomment>%1 is the settings file&apos;s path.</extracomment>
        <translation>Änderungen werden sofort in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation>&amp;KnotBreak beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History &amp;file</source>
        <translation>Verlaufs&amp;datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore defaults</source>
        <translation>Standardwerte &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test chimes</source>
        <translation>Signaltöne testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the chimes once</source>
        <translation>Die Signaltöne einmal abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test spoken cues</source>
        <translation>Gesprochene Ansagen testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the spoken cues once</source>
        <translation>Die gesprochenen Ansagen einmal abspielen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test</source>
        <extracomment>A button that plays the chimes or the spoken cues once.</extracomment>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>History file</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Restore the defaults on the “%1” page?</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation>Standardwerte auf der Seite „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This changes: %1.</source>
        <extracomment>%1 lists the settings a restore changes, separated by commas.</extracomment>
        <translation>Dabei ändert sich: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything on this page already has its default value.</source>
        <translation>Alles auf dieser Seite hat bereits seinen Standardwert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults restored.</source>
        <translation>Standardwerte wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set in %1.</source>
        <extracomment>%1 is where start at login is set (a file&apos;s path, or the system&apos;s name for it).</extracomment>
        <translation>Festgelegt in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting at log-in is not available here: %1</source>
        <extracomment>%1 says why start at login is not available.</extracomment>
        <translation>Der Start bei der Anmeldung ist hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting at log-in is not available here.</source>
        <translation>Der Start bei der Anmeldung ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in brackets and the ;; between them.</extracomment>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Delete history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete your KnotBreak history?</source>
        <translation>Ihren KnotBreak-Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is lost: %1

This cannot be undone. The history is kept in %2; use Export first to keep a copy.</source>
        <extracomment>%1 summarises the history (events, breaks); %2 is the history file&apos;s path.</extracomment>
        <translation>Was verloren geht: %1

Dies kann nicht rückgängig gemacht werden. Der Verlauf liegt in %2; verwenden Sie vorher „Exportieren“, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleting the history…</source>
        <translation>Der Verlauf wird gelöscht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History deleted.</source>
        <translation>Verlauf gelöscht.</translation>
    </message>
</context>
<context>
    <name>QuickRoutine</name>
    <message>
        <location filename="../knotbreak/core/fitting.py" line="+41"/>
        <source>Warm muscles roll better: the break opens with a warm-up, and a brisk walk or a heating pad beforehand helps too.</source>
        <translation>Warme Muskeln lassen sich besser rollen: Die Pause beginnt mit einer Aufwärmübung, und ein zügiger Spaziergang oder ein Heizkissen vorher helfen ebenfalls.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Quick break</source>
        <extracomment>The name of the routine KnotBreak puts together for each break.</extracomment>
        <translation>Kurzroutine</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fitted to %n minute(s) and to where you are.</source>
        <translation>
            <numerusform>Abgestimmt auf %n Minute und auf den Ort, an dem Sie sind.</numerusform>
            <numerusform>Abgestimmt auf %n Minuten und auf den Ort, an dem Sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../knotbreak/qt/control.py" line="+52"/>
        <source>unknown routine &apos;%1&apos;; &apos;knotbreak routines&apos; lists them</source>
        <extracomment>%1 is the routine id the command line asked for; &apos;knotbreak routines&apos; is a command.</extracomment>
        <translation>unbekannte Routine &apos;%1&apos;; &apos;knotbreak routines&apos; listet alle Routinen auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a routine is already running</source>
        <translation>es läuft bereits eine Routine</translation>
    </message>
    <message>
        <location filename="../knotbreak/core/breakloop.py" line="+314"/>
        <source>cannot snooze while paused</source>
        <translation>die Pause kann nicht verschoben werden, solange KnotBreak pausiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot snooze while on break</source>
        <translation>die Pause kann nicht verschoben werden, während sie läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you are away: the timer starts again when you are back</source>
        <translation>Sie sind abwesend: Die Zählung beginnt von vorn, wenn Sie zurückkommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the snooze limit of %1 in a row is reached; take or skip this break</source>
        <extracomment>%1 is how many snoozes in a row the settings allow.</extracomment>
        <translation>die Grenze von %1 Aufschüben nacheinander ist erreicht; machen oder überspringen Sie diese Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snooze minutes must be more than zero</source>
        <translation>die Minuten für den Aufschub müssen größer als null sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no break is due to skip</source>
        <translation>es ist keine Pause fällig, die übersprungen werden könnte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no break is in progress</source>
        <translation>es läuft gerade keine Pause</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>KnotBreak is not paused</source>
        <translation>KnotBreak ist nicht pausiert</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="-82"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hold:</source>
        <translation>Halte&amp;zeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ps:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ea&amp;ch rep:</source>
        <translation>&amp;Je Wiederholung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sets:</source>
        <translation>Sä&amp;tze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;t between sets:</source>
        <translation>Satz&amp;pause:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> or </source>
        <extracomment>Between an exercise&apos;s places in the library: &quot;kneeling or desk&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Edit routine: %1</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation>Routine bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Lunch unknot</source>
        <translation>Zum Beispiel: Knotenlöser in der Mittagspause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where and when it suits, what it needs</source>
        <translation>Optional: wo und wann sie passt, was sie braucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search exercises (name, area, equipment)</source>
        <translation>Übungen suchen (Name, Bereich, Hilfsmittel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up and Down choose an exercise, Enter adds it; Ctrl+F comes back here</source>
        <translation>Die Pfeiltasten nach oben und unten wählen eine Übung, die Eingabetaste fügt sie hinzu; Strg+F führt hierher zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ choose an exercise, Enter adds it (Ctrl+F)</source>
        <translation>↑ ↓ Übung wählen, Eingabetaste fügt sie hinzu (Strg+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercises you can do %1</source>
        <extracomment>%1 is &quot;at your desk&quot;, &quot;standing up&quot; or &quot;on the floor or kneeling&quot;.</extracomment>
        <translation>Übungen, die Sie %1 machen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Works: %2
Usual dose: %3</source>
        <extracomment>A library exercise&apos;s tooltip: %1 its summary, %2 the body areas it works, %3 its usual dose.</extracomment>
        <translation>%1
Trainiert: %2
Üblicher Umfang: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exercise matches.</source>
        <translation>Keine Übung passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add →</source>
        <translation>&amp;Hinzufügen →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen exercise to the end of the routine (or double-click it)</source>
        <translation>Die gewählte Übung am Ende der Routine hinzufügen (oder doppelt darauf klicken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing here yet. Choose an exercise on the left and press Add → or double-click it.</source>
        <translation>Noch nichts hier. Wählen Sie links eine Übung und klicken Sie auf „Hinzufügen →“ oder doppelt auf die Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑ &amp;Up</source>
        <translation>↑ Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Do&amp;wn</source>
        <translation>↓ Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise up (Alt+↑)</source>
        <translation>Ausgewählte Übung nach oben verschieben (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise down (Alt+↓)</source>
        <translation>Ausgewählte Übung nach unten verschieben (Alt+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected exercise out of the routine (Delete)</source>
        <translation>Ausgewählte Übung aus der Routine entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an exercise in your routine to set how long or how often.</source>
        <translation>Wählen Sie eine Übung Ihrer Routine aus, um festzulegen, wie lange oder wie oft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total duration</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cance&amp;l</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (my version)</source>
        <translation>%1 (meine Version)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How the exercise looks</source>
        <translation>So sieht die Übung aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <extracomment>A spin box&apos;s unit: seconds.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usual d&amp;ose</source>
        <translation>Üblicher Um&amp;fang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the dose this exercise normally has</source>
        <translation>Zum üblichen Umfang dieser Übung zurückkehren</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This routine has changes that are not saved.</source>
        <translation>Diese Routine hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving them?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>at your desk</source>
        <translation>am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing up</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor or kneeling</source>
        <translation>auf dem Boden oder kniend</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>On each side</source>
        <translation>Auf jeder Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternating sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in all</source>
        <extracomment>An exercise&apos;s total length: %1 is &quot;About 2 min&quot;.</extracomment>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <extracomment>%1 &quot;On each side&quot; or &quot;Alternating sides&quot;, %2 &quot;about 2 min in all&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rest only comes between sets</source>
        <translation>Satzpausen gibt es nur zwischen Sätzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n exercise(s), rests and both sides included</source>
        <translation>
            <numerusform>%n Übung, Satzpausen und beide Seiten eingerechnet</numerusform>
            <numerusform>%n Übungen, Satzpausen und beide Seiten eingerechnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give the routine a name.</source>
        <translation>Geben Sie der Routine einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one exercise: choose one on the left and press Add →.</source>
        <translation>Fügen Sie mindestens eine Übung hinzu: Wählen Sie links eine aus und klicken Sie auf „Hinzufügen →“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is the routines folder, %2 the system&apos;s reason.</extracomment>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save in %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>RoutineService</name>
    <message>
        <location filename="../knotbreak/qt/routines.py" line="+93"/>
        <source>A routine file could not be loaded</source>
        <translation>Eine Routinedatei konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise fits your settings</source>
        <extracomment>places, equipment and avoid_exercises are setting names in settings.toml: keep them as they are.</extracomment>
        <translation>Keine Übung passt zu Ihren Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running the desk reset instead; see places, equipment and avoid_exercises.</source>
        <translation>Stattdessen läuft „Neustart am Schreibtisch“; siehe places, equipment und avoid_exercises.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise to suggest</source>
        <extracomment>avoid_exercises is a setting&apos;s name in settings.toml: keep it as it is.</extracomment>
        <translation>Keine Übung vorzuschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise that fits is in avoid_exercises; take a short walk instead.</source>
        <translation>Jede passende Übung steht in avoid_exercises; gehen Sie stattdessen kurz spazieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That routine is gone</source>
        <extracomment>%1 is a routine&apos;s id in quotes; &apos;knotbreak routines&apos; is a command: keep it as it is.</extracomment>
        <translation>Diese Routine gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be loaded; &apos;knotbreak routines&apos; says why.</source>
        <translation>%1 konnte nicht geladen werden; „knotbreak routines“ nennt den Grund.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Could not save your choice</source>
        <translation>Ihre Auswahl konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will not be chosen again. Remove it from avoid_exercises in settings.toml to bring it back.</source>
        <extracomment>%1 is an exercise&apos;s name; avoid_exercises and settings.toml stay as they are.</extracomment>
        <translation>%1 wird nicht mehr ausgewählt. Entfernen Sie die Übung aus avoid_exercises in settings.toml, um sie zurückzuholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped for good</source>
        <translation>Dauerhaft übersprungen</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <location filename="../knotbreak/core/routine_runner.py" line="+55"/>
        <source>Rest</source>
        <extracomment>The stretch window&apos;s label during a rest between sets or sides.</extracomment>
        <translation>Satzpause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternate sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of %2</source>
        <extracomment>%1 is the set&apos;s number, %2 how many sets there are.</extracomment>
        <translation>Satz %1 von %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../knotbreak/qt/schema_strings.py" line="+13"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t interrupt</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sounds and voice</source>
        <translation>Klänge und Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in and history</source>
        <translation>Abfrage und Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work before a break</source>
        <translation>&amp;Sitzzeit bis zur Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minuten im Sitzen, bis eine Pause fällig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze for</source>
        <translation>&amp;Verschieben um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes a snooze postpones the break by default.</source>
        <translation>Um wie viele Minuten ein Aufschub die Pause standardmäßig verschiebt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a &amp;row</source>
        <translation>Aufschübe &amp;nacheinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped.</source>
        <translation>Erlaubte Aufschübe nacheinander, bevor eine Pause gemacht oder übersprungen werden muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.</source>
        <translation>Erlaubte Aufschübe nacheinander, bevor eine Pause gemacht oder übersprungen werden muss; 0 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn &amp;before a break</source>
        <translation>&amp;Hinweis vor einer Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a break a notice says it is coming.</source>
        <translation>Wie lange vor einer Pause ein Hinweis sie ankündigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds of warning before a break; 0 turns the warning off.</source>
        <translation>Sekunden Vorwarnung vor einer Pause; 0 schaltet die Vorwarnung aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Away counts as a break after</source>
        <translation>&amp;Abwesenheit zählt als Pause nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes away from the keyboard and mouse that count as a break taken.</source>
        <translation>Minuten fern von Tastatur und Maus, die als gemachte Pause zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;due break as</source>
        <translation>&amp;Fällige Pause anzeigen als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically: the desktop&apos;s notification on Wayland, where a window would take your keyboard, and a small corner window elsewhere.</source>
        <translation>Automatisch: unter Wayland, wo ein Fenster Ihnen die Tastatur wegnehmen würde, die Benachrichtigung der Arbeitsumgebung, sonst ein kleines Fenster in einer Ecke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a due break is shown: &quot;window&quot; (a small window in a corner), &quot;notification&quot; (the desktop&apos;s notification, with buttons), or &quot;auto&quot; (a notification on Wayland, where a window would take the keyboard; the window elsewhere).</source>
        <translation>Wie eine fällige Pause angezeigt wird: &quot;window&quot; (ein kleines Fenster in einer Ecke), &quot;notification&quot; (die Benachrichtigung der Arbeitsumgebung, mit Schaltflächen) oder &quot;auto&quot; (eine Benachrichtigung unter Wayland, wo ein Fenster die Tastatur wegnehmen würde; sonst das Fenster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time KnotBreak starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von KnotBreak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app: &quot;&quot; for the system&apos;s, or a code like &quot;de&quot; or &quot;es&quot;.</source>
        <translation>Die Sprache der App: &quot;&quot; für die des Systems oder ein Code wie &quot;de&quot; oder &quot;es&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a &amp;fullscreen window has focus</source>
        <translation>Warten, solange ein &amp;Vollbildfenster aktiv ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while a fullscreen window has focus.</source>
        <translation>Die Pausenaufforderung zurückhalten, solange ein Vollbildfenster aktiv ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while the &amp;camera is in use</source>
        <translation>Warten, solange die &amp;Kamera benutzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program uses the camera (Linux).</source>
        <translation>Die Pausenaufforderung zurückhalten, solange ein anderes Programm die Kamera benutzt (Linux).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a program keeps the screen &amp;awake</source>
        <translation>Warten, solange ein Programm den &amp;Bildschirm wach hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call).</source>
        <translation>Die Pausenaufforderung zurückhalten, solange ein anderes Programm den Bildschirm wach hält (ein Video, eine Präsentation, ein Anruf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>&amp;Längste Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest a fullscreen window, the camera or a screen-awake request holds a prompt back.</source>
        <translation>Wie lange ein Vollbildfenster, die Kamera oder ein Programm, das den Bildschirm wach hält, eine Pausenaufforderung höchstens zurückhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;hours</source>
        <translation>Arbeits&amp;zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times.</source>
        <translation>Nur zwischen diesen Uhrzeiten zählen und erinnern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times, like &quot;09:00-17:30&quot;; &quot;&quot; means all day.</source>
        <translation>Nur zwischen diesen Uhrzeiten zählen und erinnern, etwa &quot;09:00-17:30&quot;; &quot;&quot; bedeutet ganztägig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;days</source>
        <translation>Arbeits&amp;tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which KnotBreak counts and reminds.</source>
        <translation>Tage, an denen KnotBreak zählt und erinnert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick routine length</source>
        <translation>&amp;Länge der Kurzroutine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the routine a break prompt starts.</source>
        <translation>Länge der Routine, die eine Pausenaufforderung startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places you can stretch</source>
        <translation>&amp;Orte zum Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing needs room to stand up; floor includes kneeling.</source>
        <translation>Für „Im Stehen“ brauchen Sie Platz zum Aufstehen; „Boden“ schließt Übungen im Knien ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you can stretch: desk, standing (room to stand), floor.</source>
        <translation>Wo Sie sich dehnen können: desk, standing (Platz zum Stehen), floor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment you have</source>
        <translation>Vorhandene &amp;Hilfsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines only choose exercises you have the things for.</source>
        <translation>Routinen wählen nur Übungen, für die Sie die Hilfsmittel haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment you have: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball.</source>
        <translation>Vorhandene Hilfsmittel: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises a&amp;voided</source>
        <translation>&amp;Ausgeschlossene Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never chosen for a quick routine. &quot;Skip, it hurts&quot; in the stretch window adds one here.</source>
        <translation>Werden nie für eine Kurzroutine gewählt. „Überspringen, es schmerzt“ im Dehnfenster fügt hier eine hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises never to choose (the stretch window&apos;s &quot;Skip, it hurts&quot; adds here).</source>
        <translation>Übungen, die nie gewählt werden („Überspringen, es schmerzt“ im Dehnfenster fügt hier Übungen hinzu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chimes</source>
        <translation>&amp;Signaltöne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft chime at each step of a routine.</source>
        <translation>Ein sanfter Signalton bei jedem Schritt einer Routine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poken cues</source>
        <translation>&amp;Gesprochene Ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak cues like &quot;Switch sides&quot; aloud, where a speech engine exists.</source>
        <translation>Ansagen wie „Seite wechseln“ laut sprechen, sofern eine Sprachausgabe vorhanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tension check-in</source>
        <translation>&amp;Verspannungsabfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask &quot;How tight is your upper back?&quot; (0-10) before and after a routine.</source>
        <translation>Vor und nach einer Routine fragen: „Wie verspannt ist Ihr oberer Rücken?“ (0–10).</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../knotbreak/qt/settings_watch.py" line="+141"/>
        <source>%1 is missing</source>
        <extracomment>%1 is the settings file&apos;s name, settings.toml.</extracomment>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. The settings in force stay until the file is fixed.</source>
        <extracomment>%1 is what is wrong with the settings file.</extracomment>
        <translation>%1. Die geltenden Einstellungen bleiben bestehen, bis die Datei korrigiert ist.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <location filename="../knotbreak/core/settings.py" line="+64"/>
        <source>expected %1, got a boolean</source>
        <extracomment>%1 is the kind of value a setting takes (TOML&apos;s words: &quot;int&quot;, &quot;string&quot;, &quot;list&quot;).</extracomment>
        <translation>erwartet %1, gefunden true oder false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected %1, got %2</source>
        <extracomment>%1 is the kind of value a setting takes, %2 the kind it has (TOML&apos;s words: &quot;int&quot;, &quot;string&quot;, &quot;list&quot;).</extracomment>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <extracomment>Why a setting was not saved: %1 is the lowest value allowed.</extracomment>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1</source>
        <extracomment>Why a setting was not saved: %1 is the highest value allowed.</extracomment>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown %1 %2; use %3</source>
        <extracomment>%1 is &quot;place&quot; or &quot;equipment&quot;, %2 the unknown value, %3 the values allowed.</extracomment>
        <translation>unbekannter Wert für %1: %2; möglich sind %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown prompt style %1; use %2</source>
        <translation>unbekannte Art der Aufforderung %1; möglich sind %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown language %1; use one of %2</source>
        <translation>unbekannte Sprache %1; möglich sind %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown day %1; use %2</source>
        <translation>unbekannter Tag %1; möglich sind %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a day is listed twice</source>
        <translation>ein Tag ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>unknown setting %1 is ignored</source>
        <extracomment>%1 is a key of settings.toml that KnotBreak does not know.</extracomment>
        <translation>die unbekannte Einstellung %1 wird ignoriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2: %3; using the default %4</source>
        <extracomment>%1 = %2 is a line of settings.toml, %3 what is wrong with it, %4 the value used instead.</extracomment>
        <translation>%1 = %2: %3; stattdessen gilt der Standardwert %4</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 %2; it was left as it is</source>
        <extracomment>%1 is the settings file&apos;s name, %2 why it cannot be read (&quot;is not a regular file&quot;).</extracomment>
        <translation>%1: %2; die Datei blieb unverändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not valid TOML right now (%2); fix it and try again</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the TOML reader&apos;s message (English).</extracomment>
        <translation>%1 ist gerade kein gültiges TOML (%2); bitte korrigieren Sie die Datei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be edited safely; set %2 by hand</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the keys to set in it by hand.</extracomment>
        <translation>%1 konnte nicht sicher bearbeitet werden; bitte setzen Sie %2 von Hand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be edited (%2); set %3 by hand</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the editor&apos;s message (English), %3 the key to set by hand.</extracomment>
        <translation>%1 konnte nicht bearbeitet werden (%2); bitte setzen Sie %3 von Hand</translation>
    </message>
</context>
<context>
    <name>SpokenCue</name>
    <message numerus="yes">
        <location filename="../knotbreak/core/routine_runner.py" line="+185"/>
        <source>Rest %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde Satzpause</numerusform>
            <numerusform>%n Sekunden Satzpause</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, left side. %2</source>
        <extracomment>Said as an exercise starts on its left side: %1 is the exercise&apos;s name, %2 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>%1, linke Seite. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, right side. %2</source>
        <extracomment>Said as an exercise starts on its right side: %1 is the exercise&apos;s name, %2 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>%1, rechte Seite. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <extracomment>Said as an exercise starts: %1 is the exercise&apos;s name, %2 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch sides. %1</source>
        <extracomment>%1 is what to do on the other side (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>Seite wechseln. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set %1 of %2. %3</source>
        <extracomment>%1 is the set&apos;s number, %2 how many sets, %3 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>Satz %1 von %2. %3</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="-273"/>
        <source>Days in a row, up to today, on which you did at least one stretch routine.</source>
        <translation>Tage in Folge bis heute, an denen Sie mindestens eine Dehnroutine gemacht haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the 0–10 question before and after a routine to see whether stretching helps.</source>
        <translation>Beantworten Sie die Frage (0–10) vor und nach einer Routine, um zu sehen, ob das Dehnen hilft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between the shoulder blades</source>
        <translation>Zwischen den Schulterblättern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the shoulders</source>
        <translation>Oberseite der Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lats</source>
        <translation>Breiter Rückenmuskel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine muscles</source>
        <translation>Rückenstrecker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid back (thoracic spine)</source>
        <translation>Mittlerer Rücken (Brustwirbelsäule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rear shoulders</source>
        <translation>Hintere Schultern</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>KnotBreak statistics</source>
        <translation>KnotBreak-Statistik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Den letzten %n Tag anzeigen</numerusform>
            <numerusform>Die letzten %n Tage anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every recorded event as a CSV file, for a spreadsheet</source>
        <translation>Alle aufgezeichneten Ereignisse als CSV-Datei speichern, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sitting today</source>
        <translation>Sitzzeit heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest without a break</source>
        <translation>Am längsten ohne Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+274"/>
        <source>Breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Stretched today</source>
        <translation>Heute gedehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak</source>
        <extracomment>Days in a row with a stretch routine.</extracomment>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sitting recorded in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch keine Sitzzeit aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No breaks taken or skipped in this period yet.</source>
        <translation>In diesem Zeitraum wurden noch keine Pausen gemacht oder übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stretching recorded in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch keine Dehnzeit aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercises you do will be counted here.</source>
        <translation>Die Übungen, die Sie machen, werden hier gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body areas your routines work will show here.</source>
        <translation>Hier erscheinen die Körperbereiche, die Ihre Routinen trainieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting per day</source>
        <translation>Sitzzeit pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken and skipped</source>
        <translation>Gemachte und übersprungene Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes stretched per day</source>
        <translation>Dehnminuten pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tension before and after a routine (0–10)</source>
        <translation>Verspannung vor und nach einer Routine (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most-used exercises</source>
        <translation>Häufigste Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body areas worked</source>
        <translation>Trainierte Körperbereiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today at a glance</source>
        <translation>Heute auf einen Blick</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Could not load the statistics: %1</source>
        <translation>Die Statistik konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Got up %n time(s) on your own</source>
        <extracomment>Breaks taken without a prompt today.</extracomment>
        <translation>
            <numerusform>%n Mal von selbst aufgestanden</numerusform>
            <numerusform>%n Mal von selbst aufgestanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 snoozed · %2 skipped</source>
        <extracomment>%1 breaks snoozed today, %2 breaks skipped.</extracomment>
        <translation>%1 verschoben · %2 übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch today to keep it going</source>
        <translation>Dehnen Sie sich heute, um die Serie fortzusetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish a routine to start one</source>
        <translation>Schließen Sie eine Routine ab, um eine Serie zu beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 sitting, %3 taken</source>
        <extracomment>A day of the sitting chart: %1 the day, %2 the time sat, %3 &quot;2 breaks&quot;.</extracomment>
        <translation>%1: %2 gesessen, %3 gemacht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a day on average, on %2 at the desk</source>
        <extracomment>%1 the average time sat, %2 &quot;3 days&quot;.</extracomment>
        <translation>Im Schnitt %1 pro Tag (%2 am Schreibtisch)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sitting time per day over the last %n day(s)</source>
        <translation>
            <numerusform>Sitzzeit pro Tag im Zeitraum von %n Tag</numerusform>
            <numerusform>Sitzzeit pro Tag in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>highest</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+26"/>
        <location line="+21"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Sitting</source>
        <translation>Sitzzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: %2 taken, %3 skipped, %4 snoozed</source>
        <extracomment>A day of the breaks chart: %1 the day, %2 breaks taken, %3 skipped, %4 snoozed.</extracomment>
        <translation>%1: %2 gemacht, %3 übersprungen, %4 verschoben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 taken · %2 skipped · %3 snoozed</source>
        <translation>%1 gemacht · %2 übersprungen · %3 verschoben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Breaks taken and skipped per day over the last %n day(s): %1 taken and %2 skipped in all</source>
        <extracomment>%1 breaks taken, %2 skipped in the period.</extracomment>
        <translation>
            <numerusform>Gemachte und übersprungene Pausen pro Tag im Zeitraum von %n Tag: insgesamt %1 gemacht und %2 übersprungen</numerusform>
            <numerusform>Gemachte und übersprungene Pausen pro Tag in den letzten %n Tagen: insgesamt %1 gemacht und %2 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 taken and %2 skipped</source>
        <translation>%1 gemacht und %2 übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most taken</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 stretched</source>
        <extracomment>A day of the stretching chart: %1 the day, %2 the time stretched.</extracomment>
        <translation>%1: %2 gedehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in all, %2</source>
        <extracomment>%1 the time stretched in the period, %2 &quot;3 routines completed&quot;.</extracomment>
        <translation>Insgesamt %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Minutes stretched per day over the last %n day(s): %1 in all</source>
        <translation>
            <numerusform>Dehnminuten pro Tag im Zeitraum von %n Tag: insgesamt %1</numerusform>
            <numerusform>Dehnminuten pro Tag in den letzten %n Tagen: insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stretched</source>
        <translation>Gedehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routines completed</source>
        <translation>Abgeschlossene Routinen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Tension from 0 to 10 before and after a routine over the last %n day(s), answered on %1: %2.</source>
        <extracomment>%1 &quot;3 days&quot; with an answer, %2 how tension changed after a routine.</extracomment>
        <translation>
            <numerusform>Verspannung von 0 bis 10 vor und nach einer Routine im Zeitraum von %n Tag, %1 mit Antworten: %2.</numerusform>
            <numerusform>Verspannung von 0 bis 10 vor und nach einer Routine in den letzten %n Tagen, %1 mit Antworten: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet both before and after on any day</source>
        <translation>noch an keinem Tag sowohl vorher als auch nachher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top %1 of %2</source>
        <extracomment>%1 how many exercises are shown, %2 how many were done.</extracomment>
        <translation>Top %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %1 done most over the last %n day(s): %2.</source>
        <extracomment>%1 &quot;5 exercises&quot;, %2 the exercises and how often, separated by commas.</extracomment>
        <translation>
            <numerusform>Am häufigsten gemacht im Zeitraum von %n Tag (%1): %2.</numerusform>
            <numerusform>Am häufigsten gemacht in den letzten %n Tagen (%1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>%1 %2</source>
        <comment>name, times</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: worked %2</source>
        <translation>%1: %2 trainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times each area was worked</source>
        <translation>Wie oft jeder Bereich trainiert wurde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Body areas your routines worked over the last %n day(s), most first: %1.</source>
        <extracomment>%1 the body areas and how often, separated by commas.</extracomment>
        <translation>
            <numerusform>Von Ihren Routinen trainierte Körperbereiche im Zeitraum von %n Tag, häufigste zuerst: %1.</numerusform>
            <numerusform>Von Ihren Routinen trainierte Körperbereiche in den letzten %n Tagen, häufigste zuerst: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body area</source>
        <translation>Körperbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times worked</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export to %1: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason.</extracomment>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to %2</source>
        <extracomment>%1 &quot;1,234 events&quot;, %2 the file.</extracomment>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location line="-737"/>
        <source>Today, %1</source>
        <extracomment>A chart&apos;s cursor on today: %1 is today&apos;s date (&quot;Mon 31 Mar&quot;).</extracomment>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+772"/>
        <source>%1 today, %2</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 today&apos;s value.</extracomment>
        <translation>%1 heute (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 on %3</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 the value, %3 the day (&quot;highest 5 h on Monday&quot;).</extracomment>
        <translation>%1 %2 am %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer before</source>
        <translation>keine Antwort vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after</source>
        <translation>%1 nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer after</source>
        <translation>keine Antwort nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tension %1</source>
        <extracomment>%1 &quot;6 before, 4 after&quot;.</extracomment>
        <translation>Verspannung %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About the same after a routine (%1 with both answers)</source>
        <extracomment>%1 is &quot;3 days&quot;.</extracomment>
        <translation>Nach einer Routine etwa gleich (%1 mit beiden Antworten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On average %1 points lower after a routine (%2 with both answers)</source>
        <extracomment>%1 the points tension fell by, %2 &quot;3 days&quot;.</extracomment>
        <translation>Nach einer Routine im Schnitt %1 Punkte niedriger (%2 mit beiden Antworten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On average %1 points higher after a routine (%2 with both answers)</source>
        <translation>Nach einer Routine im Schnitt %1 Punkte höher (%2 mit beiden Antworten)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n routine(s) completed</source>
        <translation>
            <numerusform>%n Routine abgeschlossen</numerusform>
            <numerusform>%n Routinen abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../knotbreak/core/describe.py" line="+12"/>
        <source>Meeting mode is on: break prompts wait until it ends</source>
        <translation>Der Besprechungsmodus ist an: Pausenaufforderungen warten, bis er endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while the camera is in use</source>
        <translation>Die Pause wartet, solange die Kamera benutzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while a fullscreen window has focus</source>
        <translation>Die Pause wartet, solange ein Vollbildfenster aktiv ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while another program keeps the screen awake (a video, a slide show, a call)</source>
        <translation>Die Pause wartet, solange ein anderes Programm den Bildschirm wach hält (ein Video, eine Präsentation, ein Anruf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside working hours: nothing is counted</source>
        <translation>Außerhalb der Arbeitszeiten: Es wird nichts gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No idle-time source on this desktop: counting wall-clock time</source>
        <translation>Keine Quelle für die Leerlaufzeit in dieser Arbeitsumgebung: Es wird die Zeit auf der Uhr gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the X11 screen-saver extension</source>
        <translation>X11-Bildschirmschoner-Erweiterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNOME&apos;s idle monitor</source>
        <translation>Leerlaufmonitor von GNOME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the freedesktop ScreenSaver service</source>
        <translation>freedesktop-Dienst ScreenSaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Wayland compositor (ext-idle-notify)</source>
        <translation>Wayland-Compositor (ext-idle-notify)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows&apos; last-input time</source>
        <translation>Zeitpunkt der letzten Eingabe unter Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS&apos;s input events</source>
        <translation>Eingabeereignisse von macOS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Away from the desk · the timer restarts when you are back</source>
        <translation>Nicht am Schreibtisch · die Zählung beginnt von vorn, wenn Sie zurückkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next break in %1 · sitting %2</source>
        <extracomment>%1 is the time left (e.g. &quot;12 min&quot;), %2 how long you have been sitting.</extracomment>
        <translation>Nächste Pause in %1 · Sitzzeit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snoozed · break in %1 · sitting %2</source>
        <extracomment>%1 is the time left (e.g. &quot;5 min&quot;), %2 how long you have been sitting.</extracomment>
        <translation>Verschoben · Pause in %1 · Sitzzeit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time for a break · sitting %1</source>
        <extracomment>%1 is how long you have been sitting.</extracomment>
        <translation>Zeit für eine Pause · Sitzzeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused until %1</source>
        <extracomment>%1 is a time of day, or a day and a time.</extracomment>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity read from %1</source>
        <extracomment>%1 names where activity comes from, e.g. &quot;GNOME&apos;s idle monitor&quot;.</extracomment>
        <translation>Aktivitätsquelle: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used: %1: %2</source>
        <extracomment>%1 names an idle-time source, %2 is the technical reason it failed (often English).</extracomment>
        <translation>Nicht verwendet: %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../knotbreak/qt/tray.py" line="-187"/>
        <source>Working</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Pause fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Take a break now</source>
        <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting mode</source>
        <translation>Besprechungs&amp;modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End meeting mode</source>
        <translation>Besprechungsmodus &amp;beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;KnotBreak beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit KnotBreak: no more break reminders until it is started again</source>
        <translation>KnotBreak beenden: keine Pausenerinnerungen mehr, bis es wieder gestartet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;ore</source>
        <translation>&amp;Weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines, statistics, help and about</source>
        <translation>Routinen, Statistik, Hilfe und Über KnotBreak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routines, Statistics, Help, About</source>
        <extracomment>The More button&apos;s tooltip: the names of the entries of its menu.</extracomment>
        <translation>Routinen, Statistik, Hilfe, Über KnotBreak</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 — %2</source>
        <extracomment>A message in the status window: %1 its title (bold), %2 its text.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StepsArea</name>
    <message>
        <location filename="../knotbreak/qt/stretch.py" line="+122"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the steps</source>
        <translation>Durch die Schritte blättern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the steps sideways</source>
        <translation>Seitwärts durch die Schritte blättern</translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message>
        <location line="+65"/>
        <source>KnotBreak: %1</source>
        <extracomment>The stretch window&apos;s title: %1 is the routine&apos;s name.</extracomment>
        <translation>KnotBreak: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you start: how tight is your upper back?</source>
        <translation>Bevor Sie beginnen: Wie verspannt ist Ihr oberer Rücken?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>And now: how tight is your upper back?</source>
        <translation>Und jetzt: Wie verspannt ist Ihr oberer Rücken?</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+180"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip, it hurts</source>
        <translation>Über&amp;springen, es schmerzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this exercise now and never choose it for a quick break again</source>
        <translation>Diese Übung jetzt überspringen und nie wieder für eine Kurzroutine wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skips this exercise now and never chooses it for a quick break again</source>
        <translation>Überspringt diese Übung jetzt und wählt sie nie wieder für eine Kurzroutine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the routine here; the break is counted</source>
        <translation>Beendet die Routine hier; die Pause wird gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this exercise, or to the one before</source>
        <translation>Zurück zum Anfang dieser Übung oder zur vorherigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Paused, %1 left.</source>
        <extracomment>%1 is the time left in words (&quot;25 seconds&quot;).</extracomment>
        <translation>Pausiert, noch %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed, %1 left.</source>
        <translation>Fortgesetzt, noch %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the start: %1.</source>
        <translation>Von vorn: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · exercise %2 of %3 · %4 left</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 the time left (&quot;3:05&quot;).</extracomment>
        <translation>%1 · Übung %2 von %3 · noch %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, exercise %2 of %3, %4</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 &quot;about 3 minutes left&quot;.</extracomment>
        <translation>%1, Übung %2 von %3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rep %1 of %2</source>
        <extracomment>The rep line: %1 this rep&apos;s number, %2 how many.</extracomment>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · hold</source>
        <extracomment>After &quot;Rep 3 of 8&quot; while the rep holds still.</extracomment>
        <translation> · halten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 left</source>
        <extracomment>The countdown in words: %1 is &quot;25 seconds&quot;.</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rep %1 of %2</source>
        <translation>, Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, paused</source>
        <translation>, pausiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rest · next: set %1 of %2</source>
        <extracomment>%1 the next set&apos;s number, %2 how many sets.</extracomment>
        <translation>Satzpause · als Nächstes: Satz %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time left in this rest</source>
        <translation>Verbleibende Zeit dieser Satzpause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routine finished. Your break is counted.</source>
        <translation>Routine abgeschlossen. Ihre Pause wird gezählt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped. Your break is counted.</source>
        <translation>Beendet. Ihre Pause wird gezählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · done</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation>%1 · fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · stopped early</source>
        <translation>%1 · vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good that you moved.</source>
        <translation>Gut, dass Sie sich bewegt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your break is counted.</source>
        <translation>Ihre Pause wird gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without answering</source>
        <translation>Schließt ohne Antwort</translation>
    </message>
</context>
<context>
    <name>Stretching</name>
    <message>
        <location line="-651"/>
        <source>A mild pull is fine; pain, numbness or tingling means stop. See a doctor or physio if pain lingers or is severe, or numbness or tingling comes back.</source>
        <translation>Ein leichtes Ziehen ist in Ordnung; bei Schmerzen, Taubheit oder Kribbeln brechen Sie ab. Suchen Sie ärztlichen oder physiotherapeutischen Rat, wenn Schmerzen anhalten oder stark sind oder wenn Taubheit oder Kribbeln wiederkehrt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a number from 0 to 10, or use the arrow keys and Enter.</source>
        <translation>Geben Sie eine Zahl von 0 bis 10 ein oder verwenden Sie die Pfeiltasten und die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Take care: %1</source>
        <extracomment>Before an exercise&apos;s caution, from the exercise&apos;s own text (English for now).</extracomment>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>one side per rep</source>
        <translation>eine Seite pro Wiederholung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>hold %1</source>
        <extracomment>How long each rep holds still: %1 is &quot;5 seconds&quot;, or &quot;5 s&quot; on screen.</extracomment>
        <translation>%1 halten</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+492"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-487"/>
        <source>keep moving for %1</source>
        <extracomment>%1 is a duration in words, like &quot;30 seconds&quot;.</extracomment>
        <translation>%1 in Bewegung bleiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest, %1. Next: set %2 of %3.</source>
        <extracomment>Said at a rest between sets: %1 its length in words, %2 the next set&apos;s number, %3 how many sets.</extracomment>
        <translation>Satzpause, %1. Als Nächstes: Satz %2 von %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise %1 of %2: %3. %4 Steps: %5</source>
        <extracomment>Said when an exercise starts: %1 its number, %2 how many, %3 its name, %4 what to do, %5 its steps.</extracomment>
        <translation>Übung %1 von %2: %3. %4 Schritte: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other side</source>
        <translation>andere Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides: %1, %2.</source>
        <extracomment>Said when the other side starts: %1 the side (&quot;left side&quot;), %2 what to do.</extracomment>
        <translation>Seite wechseln: %1, %2.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+449"/>
        <source>not a value KnotBreak can read; write it as in settings.toml</source>
        <translation>kein Wert, den KnotBreak lesen kann; schreiben Sie ihn wie in settings.toml</translation>
    </message>
</context>
<context>
    <name>TimeRangeEditor</name>
    <message>
        <location line="-223"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: all day</source>
        <extracomment>Screen reader names of the working hours&apos; parts: %1 is the option&apos;s name (&quot;Working hours&quot;).</extracomment>
        <translation>%1: ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next day</source>
        <extracomment>After an end time earlier than the start: the span ends on the next day.</extracomment>
        <translation>am nächsten Tag</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <comment>times</comment>
        <extracomment>Working hours as the default reads: &quot;09:00 to 17:30&quot;.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location line="-582"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snooze(s)</source>
        <extracomment>A number of snoozes (postponed breaks) in a row.</extracomment>
        <translation>
            <numerusform>%n Aufschub</numerusform>
            <numerusform>%n Aufschübe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekdayEditor</name>
    <message>
        <location line="+451"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no day</source>
        <translation>kein Tag</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../knotbreak/qt/welcome.py" line="+39"/>
        <source>Welcome to KnotBreak</source>
        <translation>Willkommen bei KnotBreak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At my desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing, with room to move my arms</source>
        <translation>Im Stehen, mit Platz für die Arme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertical bar or post</source>
        <translation>Senkrechte Stange oder Pfosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sturdy chair</source>
        <translation>Stabiler Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway or wall edge</source>
        <translation>Türrahmen oder Wandkante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise mat</source>
        <translation>Gymnastikmatte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one place: KnotBreak picks its quick stretches from the places you have.</source>
        <translation>Kreuzen Sie mindestens einen Ort an: KnotBreak wählt die Übungen der Kurzroutine passend zu den Orten aus, an denen Sie sich dehnen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak cannot set this up on this system. Add it to your desktop&apos;s start-up applications if you want it to start by itself.</source>
        <translation>KnotBreak kann dies auf diesem System nicht einrichten. Fügen Sie es den Autostart-Programmen Ihrer Arbeitsumgebung hinzu, wenn es von selbst starten soll.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>What KnotBreak does</source>
        <translation>Was KnotBreak macht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your breaks</source>
        <translation>Ihre Pausen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the defaults and start counting</source>
        <translation>Die Standardwerte behalten und mit dem Zählen beginnen</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location line="-174"/>
        <source>KnotBreak runs quietly in the background and tells you when it is time to get up and stretch, then walks you through a short routine for the knots that build up between your shoulder blades.</source>
        <translation>KnotBreak läuft unauffällig im Hintergrund und sagt Ihnen, wann es Zeit ist, aufzustehen und sich zu dehnen. Dann führt es Sie durch eine kurze Routine gegen die Muskelknoten, die sich zwischen den Schulterblättern bilden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It counts the time you really spend sitting at the computer, from your keyboard and mouse, not the time on the clock. Step away for a few minutes, to a meeting or for lunch, and that counts as a break: the count starts again when you come back.</source>
        <translation>Es zählt die Zeit, die Sie wirklich am Computer sitzen, anhand von Tastatur und Maus, nicht die Zeit auf der Uhr. Gehen Sie für ein paar Minuten weg, in eine Besprechung oder zum Mittagessen, zählt das als Pause: Die Zählung beginnt von vorn, wenn Sie zurückkommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before you stretch</source>
        <translation>Bevor Sie sich dehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routines are general stretching guidance, not treatment. A gentle pull is fine; if something hurts, stop. If pain stays with you or is severe, or you feel numbness or tingling, see a doctor or physiotherapist.</source>
        <translation>Die Routinen sind allgemeine Anleitungen zum Dehnen, keine Behandlung. Ein sanftes Ziehen ist in Ordnung; wenn etwas schmerzt, hören Sie auf. Wenn Schmerzen anhalten oder stark sind oder Sie Taubheit oder Kribbeln spüren, suchen Sie ärztlichen oder physiotherapeutischen Rat.</translation>
    </message>
</context>
<context>
    <name>_BreaksPage</name>
    <message>
        <location line="+26"/>
        <source>%1:</source>
        <extracomment>A label before its field: &quot;Work before a break:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get up and move at least every 30 to 60 minutes. When your knots flare up, choose a shorter time.</source>
        <translation>Stehen Sie mindestens alle 30 bis 60 Minuten auf und bewegen Sie sich. Wenn sich Ihre Muskelknoten melden, wählen Sie eine kürzere Zeit.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None is needed: most stretches use only your body and a chair.</source>
        <translation>Sie brauchen keine: Für die meisten Dehnungen genügen Ihr Körper und ein Stuhl.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location line="-164"/>
        <source>%1 (%2 of %3)</source>
        <extracomment>A welcome page&apos;s title: %1 the title, %2 this step&apos;s number, %3 how many steps there are.</extracomment>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location line="+212"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation>&amp;KnotBreak beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak can only count your sitting time while it runs, so it works best started with your session.</source>
        <translation>KnotBreak kann Ihre Sitzzeit nur zählen, während es läuft; daher funktioniert es am besten, wenn es mit Ihrer Sitzung startet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It adds a start-up entry: %1</source>
        <extracomment>%1 is the start-up entry&apos;s path.</extracomment>
        <translation>Dafür wird ein Autostart-Eintrag angelegt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change any of these choices later in Preferences.</source>
        <translation>Sie können all diese Entscheidungen später in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../knotbreak/cli.py" line="-101"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the following arguments are required: %s</source>
        <extracomment>%s lists the missing arguments.</extracomment>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <extracomment>%(value)r is what was typed, %(choices)s what is allowed; keep both as they are.</extracomment>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unrecognized arguments: %s</source>
        <extracomment>%s lists the arguments not understood.</extracomment>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>%(argument_name)s names the argument, %(message)s says what is wrong with it; keep both as they are.</extracomment>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-516"/>
        <source>Automatically</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small window</source>
        <translation>Ein kleines Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification</source>
        <translation>Eine Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway</source>
        <translation>Türrahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Stange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tennis ball</source>
        <translation>Tennisball</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating pad</source>
        <translation>Heizkissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance band</source>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine ball</source>
        <translation>Medizinball</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yoga block</source>
        <translation>Yogablock</translation>
    </message>
</context>
<context>
    <name>preference_editors</name>
    <message>
        <location line="+14"/>
        <source>No exercises are avoided. “Skip, it hurts” in the stretch window adds one here.</source>
        <translation>Keine Übung ist ausgeschlossen. „Überspringen, es schmerzt“ im Dehnfenster fügt hier eine hinzu.</translation>
    </message>
</context>
</TS>
