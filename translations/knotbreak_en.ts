<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AppActions</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/actions.py" line="+57" />
            <source>%n minute(s)</source>
            <extracomment>A snooze's length in the Snooze menu.</extracomment>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <location filename="../knotbreak/cli.py" line="+167" />
            <source>Exported %n event(s) to %1</source>
            <extracomment>%1 is the CSV file's path.</extracomment>
            <translation>
                <numerusform>Exported %n event to %1</numerusform>
                <numerusform>Exported %n events to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorWords</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/routine_editor.py" line="+141" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/formatting.py" line="+161" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n day(s) in a row</source>
            <extracomment>Days in a row with a break taken: "12 days in a row".</extracomment>
            <translation>
                <numerusform>%n day in a row</numerusform>
                <numerusform>%n days in a row</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesService</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/preferences_service.py" line="+120" />
            <source>%n recorded event(s)</source>
            <translation>
                <numerusform>%n recorded event</numerusform>
                <numerusform>%n recorded events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n break(s) taken</source>
            <translation>
                <numerusform>%n break taken</numerusform>
                <numerusform>%n breaks taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n break(s) on your own</source>
            <extracomment>Breaks a person took without being asked (away from the keyboard long enough).</extracomment>
            <translation>
                <numerusform>%n break on your own</numerusform>
                <numerusform>%n breaks on your own</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuickRoutine</name>
        <message numerus="yes">
            <location filename="../knotbreak/core/fitting.py" line="+190" />
            <source>Fitted to %n minute(s) and to where you are.</source>
            <translation>
                <numerusform>Fitted to %n minute and to where you are.</numerusform>
                <numerusform>Fitted to %n minutes and to where you are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/routine_editor.py" line="+669" />
            <source>%n exercise(s), rests and both sides included</source>
            <translation>
                <numerusform>%n exercise, rests and both sides included</numerusform>
                <numerusform>%n exercises, rests and both sides included</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpokenCue</name>
        <message numerus="yes">
            <location filename="../knotbreak/core/routine_runner.py" line="+250" />
            <source>Rest %n second(s)</source>
            <translation>
                <numerusform>Rest %n second</numerusform>
                <numerusform>Rest %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/stats_window.py" line="+432" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Show the last %n day(s)</source>
            <translation>
                <numerusform>Show the last %n day</numerusform>
                <numerusform>Show the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+244" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Got up %n time(s) on your own</source>
            <extracomment>Breaks taken without a prompt today.</extracomment>
            <translation>
                <numerusform>Got up %n time on your own</numerusform>
                <numerusform>Got up %n times on your own</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>Sitting time per day over the last %n day(s)</source>
            <translation>
                <numerusform>Sitting time per day over the last %n day</numerusform>
                <numerusform>Sitting time per day over the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Breaks taken and skipped per day over the last %n day(s): %1 taken and %2 skipped in all</source>
            <extracomment>%1 breaks taken, %2 skipped in the period.</extracomment>
            <translation>
                <numerusform>Breaks taken and skipped per day over the last %n day: %1 taken and %2 skipped in all</numerusform>
                <numerusform>Breaks taken and skipped per day over the last %n days: %1 taken and %2 skipped in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>Minutes stretched per day over the last %n day(s): %1 in all</source>
            <translation>
                <numerusform>Minutes stretched per day over the last %n day: %1 in all</numerusform>
                <numerusform>Minutes stretched per day over the last %n days: %1 in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Tension from 0 to 10 before and after a routine over the last %n day(s), answered on %1: %2.</source>
            <extracomment>%1 "3 days" with an answer, %2 how tension changed after a routine.</extracomment>
            <translation>
                <numerusform>Tension from 0 to 10 before and after a routine over the last %n day, answered on %1: %2.</numerusform>
                <numerusform>Tension from 0 to 10 before and after a routine over the last %n days, answered on %1: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>The %1 done most over the last %n day(s): %2.</source>
            <extracomment>%1 "5 exercises", %2 the exercises and how often, separated by commas.</extracomment>
            <translation>
                <numerusform>The %1 done most over the last %n day: %2.</numerusform>
                <numerusform>The %1 done most over the last %n days: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercise</numerusform>
                <numerusform>%n exercises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Body areas your routines worked over the last %n day(s), most first: %1.</source>
            <extracomment>%1 the body areas and how often, separated by commas.</extracomment>
            <translation>
                <numerusform>Body areas your routines worked over the last %n day, most first: %1.</numerusform>
                <numerusform>Body areas your routines worked over the last %n days, most first: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message numerus="yes">
            <location line="+78" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n break(s)</source>
            <translation>
                <numerusform>%n break</numerusform>
                <numerusform>%n breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n time</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n routine(s) completed</source>
            <translation>
                <numerusform>%n routine completed</numerusform>
                <numerusform>%n routines completed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StretchWindow</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/stretch.py" line="+618" />
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>about %n minute left</numerusform>
                <numerusform>about %n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stretching</name>
        <message numerus="yes">
            <location line="-464" />
            <location line="+492" />
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <location filename="../knotbreak/qt/preference_editors.py" line="+106" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n snooze(s)</source>
            <extracomment>A number of snoozes (postponed breaks) in a row.</extracomment>
            <translation>
                <numerusform>%n snooze</numerusform>
                <numerusform>%n snoozes</numerusform>
            </translation>
        </message>
    </context>
</TS>
