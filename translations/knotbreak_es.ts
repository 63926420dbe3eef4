<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../knotbreak/qt/about.py" line="+34"/>
        <source>Counts the time you really sit, and guides short stretch breaks for upper-back knots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak offers general stretching guidance, not medical advice or treatment. A mild pull is fine; stop any stretch that hurts. See a doctor or physiotherapist if pain persists or is severe, or if you feel numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not there yet: KnotBreak creates it on first use.</source>
        <extracomment>Under a settings, routines or history path that does not exist yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager opened %1. The path above can be selected and copied.</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;settings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;routines folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;history folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About KnotBreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1</source>
        <extracomment>%1 is the version number, like 1.4.0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <extracomment>%1 is the licence&apos;s SPDX name, &quot;MIT&quot;: keep it untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where your files are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 location</source>
        <extracomment>A path field&apos;s name for screen readers; %1 is &quot;Settings&quot;, &quot;Your routines&quot; or &quot;History&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stretching safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Until then, the button opens %1.</source>
        <extracomment>%1 is the nearest folder that exists, opened instead of one not created yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../knotbreak/qt/actions.py" line="+19"/>
        <source>For 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <location filename="../knotbreak/qt/tray.py" line="+401"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n minute(s)</source>
        <extracomment>A snooze&apos;s length in the Snooze menu.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold break prompts and notices during a call or a presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About KnotBreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit KnotBreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1  (%2 min)</source>
        <extracomment>A routine in the Routines menu: %1 its name, %2 its length in minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit my routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snooze (limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <location filename="../knotbreak/qt/break_notice.py" line="+35"/>
        <source>Start it from KnotBreak&apos;s tray menu or window.</source>
        <extracomment>Said in a break notification whose desktop shows no buttons on notifications.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakPrompt</name>
    <message>
        <location line="+32"/>
        <location filename="../knotbreak/qt/prompt.py" line="+176"/>
        <source>You have been sitting for %1.</source>
        <extracomment>%1 is a duration like &quot;50 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../knotbreak/qt/prompt.py" line="-77"/>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="+81"/>
        <source>Snooze %1 min</source>
        <extracomment>A button: postpone the break by %1 minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="-78"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../knotbreak/qt/prompt.py" line="-73"/>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A two-minute stretch now loosens the upper back before knots set in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: knotbreak break | snooze | skip — bind them in your desktop&apos;s shortcut settings.</source>
        <extracomment>&quot;knotbreak break | snooze | skip&quot; are commands typed in a terminal: keep them as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: the commands knotbreak break, knotbreak snooze and knotbreak skip; bind them to keys in your desktop&apos;s shortcut settings.</source>
        <extracomment>What a screen reader says for the keyboard hint; the commands (knotbreak break...) stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>KnotBreak: time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1. %2 %3</source>
        <extracomment>The prompt as a screen reader reads it: %1 the title, %2 the text, %3 the keyboard hint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../knotbreak/qt/charts.py" line="+225"/>
        <source>%1. %2</source>
        <extracomment>A chart&apos;s name for screen readers: %1 the value under the cursor, %2 the chart&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+289"/>
        <location line="+155"/>
        <location line="+177"/>
        <source>Nothing recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+144"/>
        <location line="+103"/>
        <location line="+78"/>
        <source>%1: %2</source>
        <extracomment>A bar&apos;s tooltip: %1 the day or week, %2 its value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <source>%1 %2</source>
        <extracomment>A value of one series in a tooltip: %1 the value, %2 the series&apos; name in lower case (&quot;12 min sitting&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No answers in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2</source>
        <comment>name, value</comment>
        <extracomment>A line&apos;s value in a tooltip: %1 the line&apos;s name in lower case, %2 its value (&quot;before 4&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no answers</source>
        <extracomment>A tooltip of a day without tension answers: %1 is the day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="+288"/>
        <location line="+1"/>
        <location line="+54"/>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Hide table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1, as a table</source>
        <extracomment>A table&apos;s name for screen readers: %1 is the chart&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <extracomment>The table button&apos;s name for screen readers: %1 &quot;Show as table&quot;, %2 the chart&apos;s title in lower case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numbers of this chart as a table, one row for each day or item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../knotbreak/qt/checkin.py" line="+30"/>
        <source>0 = loose, 10 = very tight. Optional.</source>
        <extracomment>Under the 0-10 scale of how tight the upper back is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 means loose, 10 very tight.</source>
        <extracomment>The scale as a screen reader says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 of 10</source>
        <extracomment>A button of the 0-10 tightness scale: &quot;3 of 10&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../knotbreak/qt/stretch.py" line="+199"/>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../knotbreak/qt/cues.py" line="+159"/>
        <location line="+91"/>
        <location line="+10"/>
        <source>the speech engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>playing %1 failed: %2</source>
        <extracomment>%1 the sound&apos;s name (&quot;chime&quot;), %2 the error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>creating the %1 sound failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be played (no usable audio device or decoder)</source>
        <extracomment>%1 is a sound file&apos;s address in the app&apos;s resources.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the speech engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not available (%2); install PySide6-Addons</source>
        <extracomment>%1 a Qt module (&quot;PySide6.QtMultimedia&quot;), %2 the error; PySide6-Addons is a package&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>no audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the sounds are missing from the compiled Qt resources (resources.qrc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no text-to-speech engine is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only Qt&apos;s mock text-to-speech engine is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+2"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="+130"/>
        <source>hold %1 s</source>
        <extracomment>A dose: hold still for %1 seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2</source>
        <extracomment>A dose of several sets: %1 the sets, %2 one set&apos;s work (&quot;2 × 12 reps&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, rest %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <extracomment>An exercise in the routine: %1 its name, %2 its dose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseListEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+769"/>
        <source>Stop avoiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop avoiding the selected exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../knotbreak/qt/figure_view.py" line="+29"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2</source>
        <extracomment>A figure&apos;s name for screen readers: %1 the exercise, %2 &quot;left side&quot;, &quot;right side&quot; or &quot;alternate sides&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>An animated figure showing the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No picture for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../knotbreak/qt/formatting.py" line="+141"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, abbreviated: &quot;45 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>%1 min</source>
        <extracomment>A duration in minutes, abbreviated: &quot;12 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, abbreviated: &quot;1 h 05 min&quot; (%2 is padded to two digits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About %1 s</source>
        <extracomment>A rough length: &quot;About 45 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1 min</source>
        <extracomment>A rough length: &quot;About 4 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 min %2 s</source>
        <extracomment>A rough length: &quot;About 4 min 30 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 h</source>
        <extracomment>An axis value in hours: &quot;1.5 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No streak yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in a row</source>
        <extracomment>Days in a row with a break taken: &quot;12 days in a row&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../knotbreak/qt/help_window.py" line="+235"/>
        <location line="+8"/>
        <source>KnotBreak help</source>
        <extracomment>The help shows README.md, which is in English for now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-251"/>
        <source>%1 to %2</source>
        <extracomment>A number&apos;s range in Preferences: %1 the lowest, %2 the highest with its unit (&quot;1 to 240 minutes&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(0: %1)</source>
        <extracomment>After a number&apos;s range: what 0 means (&quot;(0: unlimited)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, default %2.</source>
        <extracomment>A number&apos;s range and default: %1 the range, %2 the default (&quot;1 to 240 minutes, default 50.&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnotBreakApp</name>
    <message>
        <location filename="../knotbreak/qt/app.py" line="+62"/>
        <source>No system tray was found, so KnotBreak runs in this window. On GNOME, the AppIndicator extension adds a tray; KnotBreak moves there when one appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <source>It was kept as %1; defaults are in use.</source>
        <extracomment>%1 is the name the unreadable settings file was given (settings.toml.broken-...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings file has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your stretch break starts in %1.</source>
        <extracomment>%1 is a duration like &quot;1 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break is coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-113"/>
        <source>Default: %1.</source>
        <extracomment>Under a control in Preferences: %1 is its default value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="+292"/>
        <source>Not saved: %1</source>
        <extracomment>%1 is why a setting could not be saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location line="+65"/>
        <source>Sets every option on the “%1” page back to its default, after asking.</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <location filename="../knotbreak/qt/preferences_service.py" line="+37"/>
        <source>Switch sides.</source>
        <extracomment>Said aloud by Preferences&apos; &quot;Test spoken cues&quot;: a cue a routine says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+60"/>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>sounds cannot play here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no speech engine works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history cannot be read right now, so what it holds is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n recorded event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <extracomment>%1 is a number of recorded events, %2 the date of the first (&quot;12 recorded events since 3 March 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n break(s) on your own</source>
        <extracomment>Breaks a person took without being asked (away from the keyboard long enough).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3, and every snooze, skip, sitting stretch and check-in answer. Your statistics start again from nothing.</source>
        <extracomment>What deleting the history loses: %1 the events (and since when), %2 the breaks taken, %3 the breaks on your own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your choices could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at login could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="-297"/>
        <source>KnotBreak Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes are saved as you make them, in %1.</source>
        <extracomment>%1 is the settings file&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the chimes once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the spoken cues once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test</source>
        <extracomment>A button that plays the chimes or the spoken cues once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>History file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Restore the defaults on the “%1” page?</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This changes: %1.</source>
        <extracomment>%1 lists the settings a restore changes, separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything on this page already has its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set in %1.</source>
        <extracomment>%1 is where start at login is set (a file&apos;s path, or the system&apos;s name for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting at log-in is not available here: %1</source>
        <extracomment>%1 says why start at login is not available.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting at log-in is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in brackets and the ;; between them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Delete history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete your KnotBreak history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is lost: %1

This cannot be undone. The history is kept in %2; use Export first to keep a copy.</source>
        <extracomment>%1 summarises the history (events, breaks); %2 is the history file&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="-76"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ea&amp;ch rep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;t between sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source> or </source>
        <extracomment>Between an exercise&apos;s places in the library: &quot;kneeling or desk&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Edit routine: %1</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Lunch unknot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where and when it suits, what it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search exercises (name, area, equipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up and Down choose an exercise, Enter adds it; Ctrl+F comes back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ choose an exercise, Enter adds it (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercises you can do %1</source>
        <extracomment>%1 is &quot;at your desk&quot;, &quot;standing up&quot; or &quot;on the floor or kneeling&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Works: %2
Usual dose: %3</source>
        <extracomment>A library exercise&apos;s tooltip: %1 its summary, %2 the body areas it works, %3 its usual dose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exercise matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen exercise to the end of the routine (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing here yet. Choose an exercise on the left and press Add → or double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑ &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise up (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise down (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected exercise out of the routine (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an exercise in your routine to set how long or how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (my version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How the exercise looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <extracomment>A spin box&apos;s unit: seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usual d&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the dose this exercise normally has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This routine has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>at your desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor or kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+187"/>
        <source>On each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in all</source>
        <extracomment>An exercise&apos;s total length: %1 is &quot;About 2 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <extracomment>%1 &quot;On each side&quot; or &quot;Alternating sides&quot;, %2 &quot;about 2 min in all&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rest only comes between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No exercises yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n exercise(s), rests and both sides included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give the routine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one exercise: choose one on the left and press Add →.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is the routines folder, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineService</name>
    <message>
        <location filename="../knotbreak/qt/routines.py" line="+92"/>
        <source>A routine file could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise fits your settings</source>
        <extracomment>places, equipment and avoid_exercises are setting names in settings.toml: keep them as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running the desk reset instead; see places, equipment and avoid_exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise to suggest</source>
        <extracomment>avoid_exercises is a setting&apos;s name in settings.toml: keep it as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise that fits is in avoid_exercises; take a short walk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That routine is gone</source>
        <extracomment>%1 is a routine&apos;s id in quotes; &apos;knotbreak routines&apos; is a command: keep it as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be loaded; &apos;knotbreak routines&apos; says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Could not save your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will not be chosen again. Remove it from avoid_exercises in settings.toml to bring it back.</source>
        <extracomment>%1 is an exercise&apos;s name; avoid_exercises and settings.toml stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../knotbreak/qt/schema_strings.py" line="+13"/>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sounds and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of sitting before a break is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes a snooze postpones the break by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn &amp;before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a break a notice says it is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds of warning before a break; 0 turns the warning off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Away counts as a break after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes away from the keyboard and mouse that count as a break taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;due break as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically: the desktop&apos;s notification on Wayland, where a window would take your keyboard, and a small corner window elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a due break is shown: &quot;window&quot; (a small window in a corner), &quot;notification&quot; (the desktop&apos;s notification, with buttons), or &quot;auto&quot; (a notification on Wayland, where a window would take the keyboard; the window elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time KnotBreak starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app: &quot;&quot; for the system&apos;s, or a code like &quot;de&quot; or &quot;es&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a &amp;fullscreen window has focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while a fullscreen window has focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while the &amp;camera is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program uses the camera (Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a program keeps the screen &amp;awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest a fullscreen window, the camera or a screen-awake request holds a prompt back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times, like &quot;09:00-17:30&quot;; &quot;&quot; means all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which KnotBreak counts and reminds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick routine length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the routine a break prompt starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places you can stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing needs room to stand up; floor includes kneeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you can stretch: desk, standing (room to stand), floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines only choose exercises you have the things for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment you have: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises a&amp;voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never chosen for a quick routine. &quot;Skip, it hurts&quot; in the stretch window adds one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises never to choose (the stretch window&apos;s &quot;Skip, it hurts&quot; adds here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft chime at each step of a routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak cues like &quot;Switch sides&quot; aloud, where a speech engine exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tension check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask &quot;How tight is your upper back?&quot; (0-10) before and after a routine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../knotbreak/qt/settings_watch.py" line="+140"/>
        <source>%1 is missing</source>
        <extracomment>%1 is the settings file&apos;s name, settings.toml.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. The settings in force stay until the file is fixed.</source>
        <extracomment>%1 is what is wrong with the settings file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="-273"/>
        <source>Days in a row, up to today, on which you did at least one stretch routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the 0–10 question before and after a routine to see whether stretching helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid back (thoracic spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rear shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+330"/>
        <source>KnotBreak statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Show the last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every recorded event as a CSV file, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sitting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest without a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+274"/>
        <source>Breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Stretched today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak</source>
        <extracomment>Days in a row with a stretch routine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sitting recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No breaks taken or skipped in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stretching recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercises you do will be counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body areas your routines work will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes stretched per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tension before and after a routine (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most-used exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body areas worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Could not load the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Got up %n time(s) on your own</source>
        <extracomment>Breaks taken without a prompt today.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 snoozed · %2 skipped</source>
        <extracomment>%1 breaks snoozed today, %2 breaks skipped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch today to keep it going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish a routine to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 sitting, %3 taken</source>
        <extracomment>A day of the sitting chart: %1 the day, %2 the time sat, %3 &quot;2 breaks&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a day on average, on %2 at the desk</source>
        <extracomment>%1 the average time sat, %2 &quot;3 days&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sitting time per day over the last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+26"/>
        <location line="+21"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: %2 taken, %3 skipped, %4 snoozed</source>
        <extracomment>A day of the breaks chart: %1 the day, %2 breaks taken, %3 skipped, %4 snoozed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 taken · %2 skipped · %3 snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Breaks taken and skipped per day over the last %n day(s): %1 taken and %2 skipped in all</source>
        <extracomment>%1 breaks taken, %2 skipped in the period.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 taken and %2 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 stretched</source>
        <extracomment>A day of the stretching chart: %1 the day, %2 the time stretched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in all, %2</source>
        <extracomment>%1 the time stretched in the period, %2 &quot;3 routines completed&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Minutes stretched per day over the last %n day(s): %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routines completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Tension from 0 to 10 before and after a routine over the last %n day(s), answered on %1: %2.</source>
        <extracomment>%1 &quot;3 days&quot; with an answer, %2 how tension changed after a routine.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet both before and after on any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top %1 of %2</source>
        <extracomment>%1 how many exercises are shown, %2 how many were done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %1 done most over the last %n day(s): %2.</source>
        <extracomment>%1 &quot;5 exercises&quot;, %2 the exercises and how often, separated by commas.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>%1 %2</source>
        <comment>name, times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: worked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times each area was worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Body areas your routines worked over the last %n day(s), most first: %1.</source>
        <extracomment>%1 the body areas and how often, separated by commas.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export to %1: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to %2</source>
        <extracomment>%1 &quot;1,234 events&quot;, %2 the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location line="-737"/>
        <source>Today, %1</source>
        <extracomment>A chart&apos;s cursor on today: %1 is today&apos;s date (&quot;Mon 31 Mar&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+772"/>
        <source>%1 today, %2</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 today&apos;s value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 on %3</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 the value, %3 the day (&quot;highest 5 h on Monday&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tension %1</source>
        <extracomment>%1 &quot;6 before, 4 after&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About the same after a routine (%1 with both answers)</source>
        <extracomment>%1 is &quot;3 days&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On average %1 points lower after a routine (%2 with both answers)</source>
        <extracomment>%1 the points tension fell by, %2 &quot;3 days&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On average %1 points higher after a routine (%2 with both answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n break(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n routine(s) completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../knotbreak/qt/tray.py" line="-187"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit KnotBreak: no more break reminders until it is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines, statistics, help and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routines, Statistics, Help, About</source>
        <extracomment>The More button&apos;s tooltip: the names of the entries of its menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 — %2</source>
        <extracomment>A message in the status window: %1 its title (bold), %2 its text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsArea</name>
    <message>
        <location filename="../knotbreak/qt/stretch.py" line="+122"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the steps sideways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message>
        <location line="+65"/>
        <source>KnotBreak: %1</source>
        <extracomment>The stretch window&apos;s title: %1 is the routine&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you start: how tight is your upper back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>And now: how tight is your upper back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+183"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip, it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this exercise now and never choose it for a quick break again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skips this exercise now and never chooses it for a quick break again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the routine here; the break is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this exercise, or to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Paused, %1 left.</source>
        <extracomment>%1 is the time left in words (&quot;25 seconds&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed, %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · exercise %2 of %3 · %4 left</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 the time left (&quot;3:05&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, exercise %2 of %3, %4</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 &quot;about 3 minutes left&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rep %1 of %2</source>
        <extracomment>The rep line: %1 this rep&apos;s number, %2 how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · hold</source>
        <extracomment>After &quot;Rep 3 of 8&quot; while the rep holds still.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 left</source>
        <extracomment>The countdown in words: %1 is &quot;25 seconds&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rest · next: set %1 of %2</source>
        <extracomment>%1 the next set&apos;s number, %2 how many sets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time left in this rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routine finished. Your break is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped. Your break is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · done</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good that you moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your break is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stretching</name>
    <message>
        <location line="-654"/>
        <source>A mild pull is fine; pain, numbness or tingling means stop. See a doctor or physio if pain lingers or is severe, or numbness or tingling comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a number from 0 to 10, or use the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Take care: %1</source>
        <extracomment>Before an exercise&apos;s caution, from the exercise&apos;s own text (English for now).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>one side per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>hold %1</source>
        <extracomment>How long each rep holds still: %1 is &quot;5 seconds&quot;, or &quot;5 s&quot; on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+495"/>
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-490"/>
        <source>keep moving for %1</source>
        <extracomment>%1 is a duration in words, like &quot;30 seconds&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest, %1. Next: set %2 of %3.</source>
        <extracomment>Said at a rest between sets: %1 its length in words, %2 the next set&apos;s number, %3 how many sets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise %1 of %2: %3. %4 Steps: %5</source>
        <extracomment>Said when an exercise starts: %1 its number, %2 how many, %3 its name, %4 what to do, %5 its steps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides: %1, %2.</source>
        <extracomment>Said when the other side starts: %1 the side (&quot;left side&quot;), %2 what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+445"/>
        <source>not a value KnotBreak can read; write it as in settings.toml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeEditor</name>
    <message>
        <location line="-223"/>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: all day</source>
        <extracomment>Screen reader names of the working hours&apos; parts: %1 is the option&apos;s name (&quot;Working hours&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next day</source>
        <extracomment>After an end time earlier than the start: the span ends on the next day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <comment>times</comment>
        <extracomment>Working hours as the default reads: &quot;09:00 to 17:30&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location line="-654"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snooze(s)</source>
        <extracomment>A number of snoozes (postponed breaks) in a row.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekdayEditor</name>
    <message>
        <location line="+523"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../knotbreak/qt/welcome.py" line="+39"/>
        <source>Welcome to KnotBreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At my desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing, with room to move my arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertical bar or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sturdy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway or wall edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one place: KnotBreak picks its quick stretches from the places you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak cannot set this up on this system. Add it to your desktop&apos;s start-up applications if you want it to start by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>What KnotBreak does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the defaults and start counting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location line="-174"/>
        <source>KnotBreak runs quietly in the background and tells you when it is time to get up and stretch, then walks you through a short routine for the knots that build up between your shoulder blades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It counts the time you really spend sitting at the computer, from your keyboard and mouse, not the time on the clock. Step away for a few minutes, to a meeting or for lunch, and that counts as a break: the count starts again when you come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before you stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routines are general stretching guidance, not treatment. A gentle pull is fine; if something hurts, stop. If pain stays with you or is severe, or you feel numbness or tingling, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BreaksPage</name>
    <message>
        <location line="+26"/>
        <source>%1:</source>
        <extracomment>A label before its field: &quot;Work before a break:&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get up and move at least every 30 to 60 minutes. When your knots flare up, choose a shorter time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None is needed: most stretches use only your body and a chair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location line="-164"/>
        <source>%1 (%2 of %3)</source>
        <extracomment>A welcome page&apos;s title: %1 the title, %2 this step&apos;s number, %3 how many steps there are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location line="+212"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak can only count your sitting time while it runs, so it works best started with your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It adds a start-up entry: %1</source>
        <extracomment>%1 is the start-up entry&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change any of these choices later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-580"/>
        <source>Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tennis ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yoga block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preference_editors</name>
    <message>
        <location line="+7"/>
        <source>No exercises are avoided. “Skip, it hurts” in the stretch window adds one here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
