<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../knotbreak/qt/about.py" line="+34"/>
        <source>Counts the time you really sit, and guides short stretch breaks for upper-back knots.</source>
        <translation>Cuenta el tiempo que realmente pasa sentado y guía breves descansos de estiramiento para los nudos de la parte alta de la espalda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak offers general stretching guidance, not medical advice or treatment. A mild pull is fine; stop any stretch that hurts. See a doctor or physiotherapist if pain persists or is severe, or if you feel numbness or tingling.</source>
        <translation>KnotBreak ofrece orientación general sobre estiramientos, no consejo ni tratamiento médico. Una ligera tirantez es normal; detenga cualquier estiramiento que le cause dolor. Consulte a un médico o fisioterapeuta si el dolor persiste o es intenso, o si nota entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not there yet: KnotBreak creates it on first use.</source>
        <extracomment>Under a settings, routines or history path that does not exist yet.</extracomment>
        <translation>Aún no existe: KnotBreak creará esta ruta la primera vez que la necesite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager opened %1. The path above can be selected and copied.</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation>No se pudo abrir %1 en un gestor de archivos. Puede seleccionar y copiar la ruta de arriba.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;settings folder</source>
        <translation>Abrir carpeta de &amp;configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;routines folder</source>
        <translation>Abrir carpeta de &amp;rutinas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;history folder</source>
        <translation>Abrir carpeta del &amp;historial</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About KnotBreak</source>
        <translation>Acerca de KnotBreak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1</source>
        <extracomment>%1 is the version number, like 1.4.0.</extracomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <extracomment>%1 is the licence&apos;s SPDX name, &quot;MIT&quot;: keep it untranslated.</extracomment>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where your files are</source>
        <translation>Dónde están sus archivos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 location</source>
        <extracomment>A path field&apos;s name for screen readers; %1 is &quot;Settings&quot;, &quot;Your routines&quot; or &quot;History&quot;.</extracomment>
        <translation>%1: ubicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 in the file manager</source>
        <translation>Mostrar %1 en el gestor de archivos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stretching safely</source>
        <translation>Estirar con seguridad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Until then, the button opens %1.</source>
        <extracomment>%1 is the nearest folder that exists, opened instead of one not created yet.</extracomment>
        <translation>Mientras tanto, el botón abre %1.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../knotbreak/qt/actions.py" line="+19"/>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume</source>
        <translation>Hasta que lo reanude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For 2 hours</source>
        <translation>Durante 2 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I turn it off</source>
        <translation>Hasta que lo desactive</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take a break now</source>
        <translation>Descansar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <location filename="../knotbreak/qt/tray.py" line="+321"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n minute(s)</source>
        <extracomment>A snooze&apos;s length in the Snooze menu.</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this break</source>
        <translation>Omitir este descanso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting mode</source>
        <translation>Modo reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold break prompts and notices during a call or a presentation</source>
        <translation>Retiene los avisos y las notificaciones de descanso durante una llamada o una presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End meeting mode</source>
        <translation>Finalizar modo reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About KnotBreak</source>
        <translation>Acerca de KnotBreak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit KnotBreak</source>
        <translation>Salir de KnotBreak</translation>
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
        <translation>Nueva rutina…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit my routines</source>
        <translation>Editar mis rutinas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snooze (limit reached)</source>
        <translation>Posponer (límite alcanzado)</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+383"/>
        <source>on</source>
        <extracomment>A switch&apos;s default in Preferences: &quot;Default: on.&quot;</extracomment>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off</source>
        <extracomment>A switch&apos;s default in Preferences: &quot;Default: off.&quot;</extracomment>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <location filename="../knotbreak/qt/break_notice.py" line="+35"/>
        <source>Start it from KnotBreak&apos;s tray menu or window.</source>
        <extracomment>Said in a break notification whose desktop shows no buttons on notifications.</extracomment>
        <translation>Inícielo desde el menú de KnotBreak en la bandeja del sistema o desde su ventana.</translation>
    </message>
</context>
<context>
    <name>BreakPrompt</name>
    <message>
        <location line="+32"/>
        <location filename="../knotbreak/qt/prompt.py" line="+181"/>
        <source>You have been sitting for %1.</source>
        <extracomment>%1 is a duration like &quot;50 min&quot;.</extracomment>
        <translation>Lleva %1 sin levantarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../knotbreak/qt/prompt.py" line="-97"/>
        <source>Start routine</source>
        <translation>Iniciar rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="+101"/>
        <source>Snooze %1 min</source>
        <extracomment>A button: postpone the break by %1 minutes.</extracomment>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../knotbreak/qt/prompt.py" line="-98"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../knotbreak/qt/prompt.py" line="-57"/>
        <source>Time for a break</source>
        <translation>Hora de descansar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A two-minute stretch now loosens the upper back before knots set in.</source>
        <translation>Estirar dos minutos ahora relaja la parte alta de la espalda antes de que se formen nudos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: knotbreak break | snooze | skip — bind them in your desktop&apos;s shortcut settings.</source>
        <extracomment>&quot;knotbreak break | snooze | skip&quot; are commands typed in a terminal: keep them as they are.</extracomment>
        <translation>Teclado: knotbreak break | snooze | skip — asígnelos en la configuración de atajos de su escritorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: the commands knotbreak break, knotbreak snooze and knotbreak skip; bind them to keys in your desktop&apos;s shortcut settings.</source>
        <extracomment>What a screen reader says for the keyboard hint; the commands (knotbreak break...) stay untranslated.</extracomment>
        <translation>Teclado: los comandos knotbreak break, knotbreak snooze y knotbreak skip; asígnelos a teclas en la configuración de atajos de su escritorio.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>KnotBreak: time for a break</source>
        <translation>KnotBreak: hora de descansar</translation>
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
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <location line="+289"/>
        <location line="+155"/>
        <location line="+175"/>
        <source>Nothing recorded in this period yet.</source>
        <translation>Todavía no hay nada registrado en este periodo.</translation>
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
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No answers in this period yet.</source>
        <translation>Todavía no hay respuestas en este periodo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2</source>
        <comment>name, value</comment>
        <extracomment>A line&apos;s value in a tooltip: %1 the line&apos;s name, lower case but in German, %2 its value (&quot;before 4&quot;).</extracomment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no answers</source>
        <extracomment>A tooltip of a day without tension answers: %1 is the day.</extracomment>
        <translation>%1: sin respuestas</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="+288"/>
        <location line="+1"/>
        <location line="+54"/>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Hide table</source>
        <translation>Ocultar tabla</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1, as a table</source>
        <extracomment>A table&apos;s name for screen readers: %1 is the chart&apos;s title.</extracomment>
        <translation>%1, en forma de tabla</translation>
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
        <translation>Ocultar la tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numbers of this chart as a table, one row for each day or item</source>
        <translation>Los datos de este gráfico en forma de tabla, con una fila por cada día o elemento</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../knotbreak/qt/checkin.py" line="+30"/>
        <source>0 = loose, 10 = very tight. Optional.</source>
        <extracomment>Under the 0-10 scale of how tight the upper back is.</extracomment>
        <translation>0 = relajada, 10 = muy tensa. Opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 means loose, 10 very tight.</source>
        <extracomment>The scale as a screen reader says it.</extracomment>
        <translation>0 significa relajada; 10, muy tensa.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 of 10</source>
        <extracomment>A button of the 0-10 tightness scale: &quot;3 of 10&quot;.</extracomment>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without answering</source>
        <translation>Continuar sin responder</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../knotbreak/core/durations.py" line="+34"/>
        <source>not a duration: &apos;%1&apos; (try 30m, 2h, 1h30m or 45s)</source>
        <extracomment>%1 is what was typed; 30m, 2h, 1h30m and 45s are what the command line understands.</extracomment>
        <translation>no es una duración: &apos;%1&apos; (pruebe 30m, 2h, 1h30m o 45s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duration must be more than zero: &apos;%1&apos;</source>
        <translation>la duración debe ser mayor que cero: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration is longer than 7 days: &apos;%1&apos;</source>
        <translation>la duración supera los 7 días: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../knotbreak/autostart/cli.py" line="+15"/>
        <source>KnotBreak does not start at login: %1</source>
        <extracomment>%1 is why (often technical English), e.g. &quot;no autostart folder on this system&quot;.</extracomment>
        <translation>KnotBreak no se abre al iniciar sesión: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KnotBreak starts at login (%1)</source>
        <extracomment>%1 is where the entry lives: a file&apos;s path or a registry key.</extracomment>
        <translation>KnotBreak se abre al iniciar sesión (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KnotBreak does not start at login</source>
        <translation>KnotBreak no se abre al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../knotbreak/cli.py" line="+38"/>
        <source>not a number of days: &apos;%1&apos;</source>
        <translation>no es un número de días: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days must be 1 to 366, not %1</source>
        <translation>los días deben ser de 1 a 366, no %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KnotBreak counts how long you sit and guides short stretch breaks. With no command it starts the tray app; the commands control the running app.</source>
        <translation>KnotBreak cuenta cuánto tiempo pasa sentado y le guía en breves descansos para estirar. Sin ningún comando, inicia la aplicación en la bandeja; los comandos controlan la aplicación en ejecución.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start a stretch break now (the quick routine)</source>
        <translation>iniciar ahora un descanso para estirar (la rutina rápida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the routines (built-in and your own)</source>
        <translation>listar las rutinas (las predefinidas y las suyas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>mostrar en formato JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a routine by id in the running app</source>
        <translation>iniciar una rutina por su id en la aplicación en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine id from &apos;knotbreak routines&apos;</source>
        <translation>un id de rutina de &apos;knotbreak routines&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postpone the break (default: snooze_minutes)</source>
        <translation>posponer el descanso (predeterminado: snooze_minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes, 1 to 240 (e.g. 10 or 10m)</source>
        <translation>minutos, de 1 a 240 (por ejemplo, 10 o 10m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip this break and start a new cycle</source>
        <translation>omitir este descanso y empezar un nuevo ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause reminders</source>
        <translation>pausar los avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30m, 2h, 1h30m or &apos;tomorrow&apos;; none pauses until you resume</source>
        <translation>30m, 2h, 1h30m o &apos;tomorrow&apos;; sin duración, pausa hasta que lo reanude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>finalizar una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold prompts during a call or presentation</source>
        <translation>retener los avisos durante una llamada o una presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30m, 2h, ...; none holds until &apos;knotbreak meeting off&apos;; &apos;off&apos; ends it</source>
        <translation>30m, 2h, ...; sin duración, retiene hasta &apos;knotbreak meeting off&apos;; &apos;off&apos; lo finaliza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the current state</source>
        <translation>mostrar el estado actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>print one JSON object</source>
        <translation>mostrar un objeto JSON</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>quit the running app</source>
        <translation>salir de la aplicación en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the Preferences window in the running app</source>
        <translation>abrir la ventana de Preferencias en la aplicación en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the first-run welcome again in the running app</source>
        <translation>volver a mostrar la bienvenida inicial en la aplicación en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start KnotBreak when you log in: on, off, or status</source>
        <translation>abrir KnotBreak al iniciar sesión: on, off o status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on, off, or status</source>
        <translation>on, off o status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today and the last 7 days, from the history (works without the app)</source>
        <translation>hoy y los últimos 7 días, según el historial (funciona sin la aplicación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days to include, 1 to 366 (default 7)</source>
        <translation>días que incluir, de 1 a 366 (predeterminado: 7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the whole history to a file</source>
        <translation>escribir todo el historial en un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV file to write</source>
        <translation>el archivo CSV que se escribirá</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>minutes must be between 1 and 240</source>
        <translation>los minutos deben estar entre 1 y 240</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(yours)</source>
        <extracomment>After a routine of the person&apos;s own in `knotbreak routines`.</extracomment>
        <translation>(suya)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>routine file %1</source>
        <extracomment>%1 names a routine file and what is wrong with it (the details may be English).</extracomment>
        <translation>archivo de rutina %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no history yet (%1 does not exist)</source>
        <extracomment>%1 is the history file&apos;s path.</extracomment>
        <translation>aún no hay historial (%1 no existe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n event(s) to %1</source>
        <extracomment>%1 is the CSV file&apos;s path.</extracomment>
        <translation>
            <numerusform>Se exportó %n evento a %1</numerusform>
            <numerusform>Se exportaron %n eventos a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>day</source>
        <extracomment>A column of `knotbreak stats`: the date.</extracomment>
        <translation>día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sitting</source>
        <extracomment>A column of `knotbreak stats`: time spent sitting.</extracomment>
        <translation>tiempo sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks</source>
        <extracomment>A column of `knotbreak stats`: breaks taken.</extracomment>
        <translation>descansos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <extracomment>A column of `knotbreak stats`: breaks skipped.</extracomment>
        <translation>omitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretching</source>
        <extracomment>A column of `knotbreak stats`: time spent stretching.</extracomment>
        <translation>estiramiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today: sitting %1, longest stretch %2</source>
        <extracomment>%1 is today&apos;s sitting time, %2 the longest stretch of it without a break.</extracomment>
        <translation>Hoy: tiempo sentado %1, más tiempo sin descansar %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>breaks taken: %1, on your own: %2, snoozed: %3, skipped: %4, stretching: %5</source>
        <extracomment>Today&apos;s figures: %1 breaks taken, %2 breaks taken on your own (natural), %3 snoozes, %4 skipped breaks, %5 time stretching.</extracomment>
        <translation>descansos realizados: %1, por iniciativa propia: %2, aplazamientos: %3, omitidos: %4, estiramiento: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streak: %1 with a routine</source>
        <extracomment>%1 is a number of days in a row, e.g. &quot;3 days in a row&quot;.</extracomment>
        <translation>Racha: %1 con una rutina</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>KnotBreak is not running. Start it with: knotbreak</source>
        <translation>KnotBreak no se está ejecutando. Inícielo con: knotbreak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what answers on %1 is not KnotBreak, or not well: %2</source>
        <extracomment>%1 is the control socket&apos;s path, %2 the technical problem.</extracomment>
        <translation>lo que responde en %1 no es KnotBreak, o no responde bien: %2</translation>
    </message>
    <message>
        <location filename="../knotbreak/qt/app.py" line="+496"/>
        <source>KnotBreak is already running.</source>
        <translation>KnotBreak ya se está ejecutando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the control socket could not be opened; the command line will not reach this instance</source>
        <translation>no se pudo abrir el socket de control; la línea de comandos no llegará a esta instancia</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../knotbreak/qt/stretch.py" line="+201"/>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../knotbreak/qt/cues.py" line="+186"/>
        <location line="+92"/>
        <location line="+11"/>
        <source>the speech engine failed: %1</source>
        <translation>error del motor de voz: %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>playing %1 failed: %2</source>
        <extracomment>%1 the sound&apos;s name (&quot;chime&quot;), %2 the error.</extracomment>
        <translation>no se pudo reproducir %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>creating the %1 sound failed: %2</source>
        <translation>no se pudo crear el sonido %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be played (no usable audio device or decoder)</source>
        <extracomment>%1 is a sound file&apos;s address in the app&apos;s resources.</extracomment>
        <translation>no se pudo reproducir %1 (no hay ningún dispositivo de audio ni decodificador utilizable)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the speech engine did not start: %1</source>
        <translation>el motor de voz no se inició: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not available (%2); install PySide6-Addons</source>
        <extracomment>%1 a Qt module (&quot;PySide6.QtMultimedia&quot;), %2 the error; PySide6-Addons is a package&apos;s name.</extracomment>
        <translation>%1 no está disponible (%2); instale PySide6-Addons</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>no audio output device</source>
        <translation>no hay ningún dispositivo de salida de audio</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the sounds are missing from the compiled Qt resources (resources.qrc)</source>
        <translation>faltan los sonidos en los recursos de Qt compilados (resources.qrc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no text-to-speech engine is installed</source>
        <translation>no hay ningún motor de texto a voz instalado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only Qt&apos;s mock text-to-speech engine is available</source>
        <translation>solo está disponible el motor de texto a voz simulado de Qt</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="+139"/>
        <source>hold %1 s</source>
        <extracomment>A dose: hold still for %1 seconds.</extracomment>
        <translation>mantener %1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
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
        <translation> por lado</translation>
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
        <translation>, reposo de %1 s</translation>
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
        <translation>Dejar de evitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop avoiding the selected exercises</source>
        <translation>Dejar de evitar los ejercicios seleccionados</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../knotbreak/qt/figure_view.py" line="+30"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate sides</source>
        <translation>lados alternos</translation>
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
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>An animated figure showing the movement</source>
        <translation>Una figura animada que muestra el movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No picture for this exercise</source>
        <translation>No hay imagen para este ejercicio</translation>
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
        <translation>Aprox. %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1 min</source>
        <extracomment>A rough length: &quot;About 4 min&quot;.</extracomment>
        <translation>Aprox. %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 min %2 s</source>
        <extracomment>A rough length: &quot;About 4 min 30 s&quot;.</extracomment>
        <translation>Aprox. %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
        <translation>Aún sin racha</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in a row</source>
        <extracomment>Days in a row with a break taken: &quot;12 days in a row&quot;.</extracomment>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../knotbreak/qt/help_window.py" line="+153"/>
        <source>Contents</source>
        <extracomment>The heading of the help&apos;s list of sections.</extracomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This installation of KnotBreak has no help text. The README on the project&apos;s page has it.</source>
        <extracomment>Shown in the Help window when this installation lacks its help text.</extracomment>
        <translation>Esta instalación de KnotBreak no incluye el texto de ayuda. Lo encontrará en el README de la página del proyecto.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+11"/>
        <source>KnotBreak help</source>
        <translation>Ayuda de KnotBreak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>IntEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-251"/>
        <source>%1 to %2</source>
        <extracomment>A number&apos;s range in Preferences: %1 the lowest, %2 the highest with its unit (&quot;1 to 240 minutes&quot;).</extracomment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: %1.</source>
        <translation>Predeterminado: %1.</translation>
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
        <translation>%1; predeterminado: %2.</translation>
    </message>
</context>
<context>
    <name>KnotBreakApp</name>
    <message>
        <location filename="../knotbreak/qt/app.py" line="-438"/>
        <source>No system tray was found, so KnotBreak runs in this window. On GNOME, the AppIndicator extension adds a tray; KnotBreak moves there when one appears.</source>
        <translation>No se encontró ninguna bandeja del sistema, así que KnotBreak se ejecuta en esta ventana. En GNOME, la extensión AppIndicator añade una bandeja; KnotBreak pasará a ella cuando aparezca.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>It was kept as %1; defaults are in use.</source>
        <extracomment>%1 is the name the unreadable settings file was given (settings.toml.broken-...).</extracomment>
        <translation>Se conservó como %1; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file could not be read</source>
        <translation>No se pudo leer el archivo de configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings file has an error</source>
        <translation>El archivo de configuración tiene un error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were ignored</source>
        <translation>Se ignoraron algunos ajustes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your stretch break starts in %1.</source>
        <extracomment>%1 is a duration like &quot;1 min&quot;.</extracomment>
        <translation>Su descanso para estirar empieza dentro de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break is coming up</source>
        <translation>Se acerca un descanso</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-117"/>
        <source>Default: %1.</source>
        <extracomment>Under a control in Preferences: %1 is its default value.</extracomment>
        <translation>Predeterminado: %1.</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="+293"/>
        <source>Not saved: %1</source>
        <extracomment>%1 is why a setting could not be saved.</extracomment>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location line="+65"/>
        <source>Sets every option on the “%1” page back to its default, after asking.</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation>Restaura todas las opciones de la página «%1» a sus valores predeterminados, tras pedir confirmación.</translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <location filename="../knotbreak/qt/preferences_service.py" line="+37"/>
        <source>Switch sides.</source>
        <extracomment>Said aloud by Preferences&apos; &quot;Test spoken cues&quot;: a cue a routine says.</extracomment>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+46"/>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>sounds cannot play here</source>
        <translation>aquí no se pueden reproducir sonidos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history cannot be read right now, so what it holds is not known.</source>
        <translation>No se puede leer el historial en este momento, así que se desconoce su contenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is empty.</source>
        <translation>El historial está vacío.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n recorded event(s)</source>
        <translation>
            <numerusform>%n evento registrado</numerusform>
            <numerusform>%n eventos registrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <extracomment>%1 is a number of recorded events, %2 the date of the first (&quot;12 recorded events since 3 March 2026&quot;).</extracomment>
        <translation>%1 desde el %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n descanso realizado</numerusform>
            <numerusform>%n descansos realizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n break(s) on your own</source>
        <extracomment>Breaks a person took without being asked (away from the keyboard long enough).</extracomment>
        <translation>
            <numerusform>%n descanso por iniciativa propia</numerusform>
            <numerusform>%n descansos por iniciativa propia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3, and every snooze, skip, sitting stretch and check-in answer. Your statistics start again from nothing.</source>
        <extracomment>What deleting the history loses: %1 the events (and since when), %2 the breaks taken, %3 the breaks on your own.</extracomment>
        <translation>%1: %2, %3 y todos los aplazamientos, omisiones, periodos de tiempo sentado y respuestas sobre la tensión. Sus estadísticas volverán a empezar desde cero.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the history could not be changed</source>
        <translation>no se pudo modificar el historial</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your choices could not be saved</source>
        <translation>No se pudieron guardar sus opciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at login could not be changed</source>
        <translation>No se pudo cambiar el inicio automático</translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../knotbreak/qt/preferences.py" line="-297"/>
        <source>KnotBreak Preferences</source>
        <translation>Preferencias de KnotBreak</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes are saved as you make them, in %1.</source>
        <extracomment>%1 is the settings file&apos;s path.</extracomment>
        <translation>Los cambios se guardan a medida que los hace, en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation>Abrir KnotBreak al i&amp;niciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History &amp;file</source>
        <translation>&amp;Archivo del historial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test chimes</source>
        <translation>Probar tonos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the chimes once</source>
        <translation>Reproducir los tonos una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test spoken cues</source>
        <translation>Probar indicaciones por voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the spoken cues once</source>
        <translation>Reproducir las indicaciones por voz una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test</source>
        <extracomment>A button that plays the chimes or the spoken cues once.</extracomment>
        <translation>Probar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>History file</source>
        <translation>Archivo del historial</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Restore the defaults on the “%1” page?</source>
        <extracomment>%1 is a Preferences page&apos;s title.</extracomment>
        <translation>¿Restaurar los valores predeterminados de la página «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This changes: %1.</source>
        <extracomment>%1 lists the settings a restore changes, separated by commas.</extracomment>
        <translation>Esto cambia: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything on this page already has its default value.</source>
        <translation>Todo en esta página ya tiene su valor predeterminado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not restored: %1</source>
        <translation>No se restauró: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults restored.</source>
        <translation>Valores predeterminados restaurados.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set in %1.</source>
        <extracomment>%1 is where start at login is set (a file&apos;s path, or the system&apos;s name for it).</extracomment>
        <translation>Configurado en %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting at log-in is not available here: %1</source>
        <extracomment>%1 says why start at login is not available.</extracomment>
        <translation>El inicio automático no está disponible aquí: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting at log-in is not available here.</source>
        <translation>El inicio automático no está disponible aquí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>File dialog filters: keep the patterns in brackets and the ;; between them.</extracomment>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Delete history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete your KnotBreak history?</source>
        <translation>¿Borrar su historial de KnotBreak?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is lost: %1

This cannot be undone. The history is kept in %2; use Export first to keep a copy.</source>
        <extracomment>%1 summarises the history (events, breaks); %2 is the history file&apos;s path.</extracomment>
        <translation>Qué se pierde: %1

Esta acción no se puede deshacer. El historial se guarda en %2; use Exportar antes para conservar una copia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleting the history…</source>
        <translation>Borrando el historial…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted: %1</source>
        <translation>No se borró: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History deleted.</source>
        <translation>Historial borrado.</translation>
    </message>
</context>
<context>
    <name>QuickRoutine</name>
    <message>
        <location filename="../knotbreak/core/fitting.py" line="+41"/>
        <source>Warm muscles roll better: the break opens with a warm-up, and a brisk walk or a heating pad beforehand helps too.</source>
        <translation>Los músculos calientes se trabajan mejor con el rodillo: el descanso empieza con un calentamiento, y caminar a paso ligero o usar una almohadilla térmica antes también ayuda.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Quick break</source>
        <extracomment>The name of the routine KnotBreak puts together for each break.</extracomment>
        <translation>Rutina rápida</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fitted to %n minute(s) and to where you are.</source>
        <translation>
            <numerusform>Ajustada a %n minuto y al lugar donde está.</numerusform>
            <numerusform>Ajustada a %n minutos y al lugar donde está.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../knotbreak/qt/control.py" line="+52"/>
        <source>unknown routine &apos;%1&apos;; &apos;knotbreak routines&apos; lists them</source>
        <extracomment>%1 is the routine id the command line asked for; &apos;knotbreak routines&apos; is a command.</extracomment>
        <translation>rutina desconocida &apos;%1&apos;; &apos;knotbreak routines&apos; muestra la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a routine is already running</source>
        <translation>ya hay una rutina en curso</translation>
    </message>
    <message>
        <location filename="../knotbreak/core/breakloop.py" line="+314"/>
        <source>cannot snooze while paused</source>
        <translation>no se puede posponer mientras está en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot snooze while on break</source>
        <translation>no se puede posponer durante un descanso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you are away: the timer starts again when you are back</source>
        <translation>está ausente: el temporizador vuelve a empezar cuando regrese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the snooze limit of %1 in a row is reached; take or skip this break</source>
        <extracomment>%1 is how many snoozes in a row the settings allow.</extracomment>
        <translation>se alcanzó el límite de aplazamientos seguidos (%1); haga u omita este descanso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snooze minutes must be more than zero</source>
        <translation>los minutos de aplazamiento deben ser mayores que cero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no break is due to skip</source>
        <translation>no hay ningún descanso pendiente que omitir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no break is in progress</source>
        <translation>no hay ningún descanso en curso</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>KnotBreak is not paused</source>
        <translation>KnotBreak no está en pausa</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../knotbreak/qt/routine_editor.py" line="-82"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hold:</source>
        <translation>&amp;Mantener:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ps:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ea&amp;ch rep:</source>
        <translation>&amp;Cada repetición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sets:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;t between sets:</source>
        <translation>Re&amp;poso entre series:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> or </source>
        <extracomment>Between an exercise&apos;s places in the library: &quot;kneeling or desk&quot;.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Edit routine: %1</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation>Editar rutina: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Lunch unknot</source>
        <translation>Por ejemplo: Antinudos de mediodía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where and when it suits, what it needs</source>
        <translation>Opcional: dónde y cuándo conviene, qué necesita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search exercises (name, area, equipment)</source>
        <translation>Buscar ejercicios (nombre, zona, material)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up and Down choose an exercise, Enter adds it; Ctrl+F comes back here</source>
        <translation>Las flechas arriba y abajo eligen un ejercicio, Intro lo añade; Ctrl+F vuelve aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ choose an exercise, Enter adds it (Ctrl+F)</source>
        <translation>↑ ↓ eligen un ejercicio, Intro lo añade (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercises you can do %1</source>
        <extracomment>%1 is &quot;at your desk&quot;, &quot;standing up&quot; or &quot;on the floor or kneeling&quot;.</extracomment>
        <translation>Ejercicios que puede hacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise</source>
        <translation>Todos los ejercicios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Works: %2
Usual dose: %3</source>
        <extracomment>A library exercise&apos;s tooltip: %1 its summary, %2 the body areas it works, %3 its usual dose.</extracomment>
        <translation>%1
Trabaja: %2
Pauta habitual: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exercise matches.</source>
        <translation>Ningún ejercicio coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add →</source>
        <translation>&amp;Añadir →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen exercise to the end of the routine (or double-click it)</source>
        <translation>Añade el ejercicio elegido al final de la rutina (o haga doble clic en él)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing here yet. Choose an exercise on the left and press Add → or double-click it.</source>
        <translation>Aún no hay nada. Elija un ejercicio a la izquierda y pulse Añadir → o haga doble clic en él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑ &amp;Up</source>
        <translation>↑ S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Do&amp;wn</source>
        <translation>↓ &amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise up (Alt+↑)</source>
        <translation>Sube el ejercicio seleccionado (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected exercise down (Alt+↓)</source>
        <translation>Baja el ejercicio seleccionado (Alt+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected exercise out of the routine (Delete)</source>
        <translation>Quita el ejercicio seleccionado de la rutina (Supr)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an exercise in your routine to set how long or how often.</source>
        <translation>Seleccione un ejercicio de su rutina para ajustar su duración o sus repeticiones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Guardar la rutina (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (my version)</source>
        <translation>%1 (mi versión)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How the exercise looks</source>
        <translation>Cómo se hace el ejercicio</translation>
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
        <translation>Pauta &amp;habitual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the dose this exercise normally has</source>
        <translation>Volver a la pauta que este ejercicio tiene normalmente</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This routine has changes that are not saved.</source>
        <translation>Esta rutina tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving them?</source>
        <translation>¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>at your desk</source>
        <translation>en su mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing up</source>
        <translation>de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor or kneeling</source>
        <translation>en el suelo o de rodillas</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>On each side</source>
        <translation>En cada lado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternating sides</source>
        <translation>Alternando lados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in all</source>
        <extracomment>An exercise&apos;s total length: %1 is &quot;About 2 min&quot;.</extracomment>
        <translation>%1 en total</translation>
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
        <translation>El reposo solo se aplica entre series</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No exercises yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n exercise(s), rests and both sides included</source>
        <translation>
            <numerusform>%n ejercicio, reposos y ambos lados incluidos</numerusform>
            <numerusform>%n ejercicios, reposos y ambos lados incluidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one exercise: choose one on the left and press Add →.</source>
        <translation>Añada al menos un ejercicio: elija uno a la izquierda y pulse Añadir →.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is the routines folder, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save in %1: %2</source>
        <translation>No se pudo guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>RoutineService</name>
    <message>
        <location filename="../knotbreak/qt/routines.py" line="+93"/>
        <source>A routine file could not be loaded</source>
        <translation>No se pudo cargar un archivo de rutina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise fits your settings</source>
        <extracomment>places, equipment and avoid_exercises are setting names in settings.toml: keep them as they are.</extracomment>
        <translation>Ningún ejercicio se ajusta a su configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running the desk reset instead; see places, equipment and avoid_exercises.</source>
        <translation>En su lugar se inicia «Pausa activa en el escritorio»; revise places, equipment y avoid_exercises.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercise to suggest</source>
        <extracomment>avoid_exercises is a setting&apos;s name in settings.toml: keep it as it is.</extracomment>
        <translation>No hay ningún ejercicio que sugerir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise that fits is in avoid_exercises; take a short walk instead.</source>
        <translation>Todos los ejercicios adecuados están en avoid_exercises; en su lugar, dé un paseo corto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That routine is gone</source>
        <extracomment>%1 is a routine&apos;s id in quotes; &apos;knotbreak routines&apos; is a command: keep it as it is.</extracomment>
        <translation>Esa rutina ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be loaded; &apos;knotbreak routines&apos; says why.</source>
        <translation>No se pudo cargar %1; &apos;knotbreak routines&apos; indica el motivo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Could not save your choice</source>
        <translation>No se pudo guardar su elección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will not be chosen again. Remove it from avoid_exercises in settings.toml to bring it back.</source>
        <extracomment>%1 is an exercise&apos;s name; avoid_exercises and settings.toml stay as they are.</extracomment>
        <translation>%1 no se volverá a elegir. Quítelo de avoid_exercises en settings.toml para recuperarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped for good</source>
        <translation>Omitido para siempre</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <location filename="../knotbreak/core/routine_runner.py" line="+55"/>
        <source>Rest</source>
        <extracomment>The stretch window&apos;s label during a rest between sets or sides.</extracomment>
        <translation>Reposo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternate sides</source>
        <translation>Lados alternos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of %2</source>
        <extracomment>%1 is the set&apos;s number, %2 how many sets there are.</extracomment>
        <translation>Serie %1 de %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../knotbreak/qt/schema_strings.py" line="+13"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t interrupt</source>
        <translation>No interrumpir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sounds and voice</source>
        <translation>Sonidos y voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in and history</source>
        <translation>Tensión e historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work before a break</source>
        <translation>&amp;Tiempo de trabajo antes de un descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minutos de tiempo sentado antes de que corresponda un descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze for</source>
        <translation>&amp;Posponer durante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes a snooze postpones the break by default.</source>
        <translation>Minutos que un aplazamiento retrasa el descanso de forma predeterminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a &amp;row</source>
        <translation>Aplazamientos &amp;seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped.</source>
        <translation>Aplazamientos seguidos permitidos antes de tener que hacer u omitir el descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes allowed in a row before a break must be taken or skipped; 0 means unlimited.</source>
        <translation>Aplazamientos seguidos permitidos antes de tener que hacer u omitir el descanso; 0 significa sin límite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn &amp;before a break</source>
        <translation>&amp;Avisar antes de un descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a break a notice says it is coming.</source>
        <translation>Con cuánta antelación una notificación anuncia el descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds of warning before a break; 0 turns the warning off.</source>
        <translation>Segundos de aviso antes de un descanso; 0 desactiva el aviso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Away counts as a break after</source>
        <translation>&amp;Contar como descanso una ausencia de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes away from the keyboard and mouse that count as a break taken.</source>
        <translation>Minutos sin actividad en el equipo que cuentan como un descanso realizado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;due break as</source>
        <translation>&amp;Mostrar un descanso pendiente como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically: the desktop&apos;s notification on Wayland, where a window would take your keyboard, and a small corner window elsewhere.</source>
        <translation>Automáticamente: la notificación del escritorio en Wayland, donde una ventana le quitaría el teclado, y una pequeña ventana en una esquina en los demás casos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a due break is shown: &quot;window&quot; (a small window in a corner), &quot;notification&quot; (the desktop&apos;s notification, with buttons), or &quot;auto&quot; (a notification on Wayland, where a window would take the keyboard; the window elsewhere).</source>
        <translation>Cómo se muestra un descanso pendiente: &quot;window&quot; (una pequeña ventana en una esquina), &quot;notification&quot; (la notificación del escritorio, con botones) o &quot;auto&quot; (una notificación en Wayland, donde una ventana le quitaría el teclado; la ventana en los demás casos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time KnotBreak starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie KnotBreak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app: &quot;&quot; for the system&apos;s, or a code like &quot;de&quot; or &quot;es&quot;.</source>
        <translation>El idioma de la aplicación: &quot;&quot; para el del sistema, o un código como &quot;de&quot; o &quot;es&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a &amp;fullscreen window has focus</source>
        <translation>Esperar mientras una ventana a &amp;pantalla completa tenga el foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while a fullscreen window has focus.</source>
        <translation>Retener el aviso de descanso mientras una ventana a pantalla completa tenga el foco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while the &amp;camera is in use</source>
        <translation>Esperar mientras la &amp;cámara esté en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program uses the camera (Linux).</source>
        <translation>Retener el aviso de descanso mientras otro programa use la cámara (Linux).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a program keeps the screen &amp;awake</source>
        <translation>Esperar mientras un programa mantenga la pantalla &amp;encendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the break prompt while another program keeps the screen awake (a video, a slide show, a call).</source>
        <translation>Retener el aviso de descanso mientras otro programa mantenga la pantalla encendida (un reproductor multimedia, una presentación, una llamada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>Espera &amp;máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest a fullscreen window, the camera or a screen-awake request holds a prompt back.</source>
        <translation>Tiempo máximo que una ventana a pantalla completa, la cámara o una petición de mantener la pantalla encendida pueden retener un aviso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;hours</source>
        <translation>&amp;Horario de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times.</source>
        <translation>Contar y avisar solo entre estas horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count and remind only between these times, like &quot;09:00-17:30&quot;; &quot;&quot; means all day.</source>
        <translation>Contar y avisar solo entre estas horas, como &quot;09:00-17:30&quot;; &quot;&quot; significa todo el día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;days</source>
        <translation>&amp;Días laborables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which KnotBreak counts and reminds.</source>
        <translation>Días en los que KnotBreak cuenta y avisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick routine length</source>
        <translation>&amp;Duración de la rutina rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the routine a break prompt starts.</source>
        <translation>Duración de la rutina que inicia un aviso de descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places you can stretch</source>
        <translation>&amp;Lugares donde puede estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing needs room to stand up; floor includes kneeling.</source>
        <translation>«De pie» necesita espacio para ponerse de pie; «Suelo» incluye ejercicios de rodillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you can stretch: desk, standing (room to stand), floor.</source>
        <translation>Dónde puede estirar: desk, standing (espacio para ponerse de pie), floor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment you have</source>
        <translation>&amp;Material que tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines only choose exercises you have the things for.</source>
        <translation>Las rutinas solo eligen ejercicios para los que tiene el material.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment you have: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball.</source>
        <translation>Material que tiene: mat, foam-roller, towel, doorway, chair, bar, tennis-ball, heating-pad, resistance-band, medicine-ball.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises a&amp;voided</source>
        <translation>Ejercicios &amp;evitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never chosen for a quick routine. &quot;Skip, it hurts&quot; in the stretch window adds one here.</source>
        <translation>Nunca se eligen para una rutina rápida. «Omitir, me duele» en la ventana de estiramiento añade uno aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises never to choose (the stretch window&apos;s &quot;Skip, it hurts&quot; adds here).</source>
        <translation>Ejercicios que no se eligen nunca (el botón «Omitir, me duele» de la ventana de estiramiento los añade aquí).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chimes</source>
        <translation>&amp;Tonos de aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft chime at each step of a routine.</source>
        <translation>Un tono suave en cada paso de una rutina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poken cues</source>
        <translation>Indicaciones por &amp;voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak cues like &quot;Switch sides&quot; aloud, where a speech engine exists.</source>
        <translation>Decir en voz alta indicaciones como «Cambie de lado», donde haya un motor de voz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tension check-in</source>
        <translation>&amp;Preguntar por la tensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask &quot;How tight is your upper back?&quot; (0-10) before and after a routine.</source>
        <translation>Preguntar «¿Cuánta tensión tiene en la parte alta de la espalda?» (0-10) antes y después de una rutina.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../knotbreak/qt/settings_watch.py" line="+141"/>
        <source>%1 is missing</source>
        <extracomment>%1 is the settings file&apos;s name, settings.toml.</extracomment>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. The settings in force stay until the file is fixed.</source>
        <extracomment>%1 is what is wrong with the settings file.</extracomment>
        <translation>%1. La configuración vigente se mantiene hasta que se corrija el archivo.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <location filename="../knotbreak/core/settings.py" line="+64"/>
        <source>expected %1, got a boolean</source>
        <extracomment>%1 is the kind of value a setting takes (TOML&apos;s words: &quot;int&quot;, &quot;string&quot;, &quot;list&quot;).</extracomment>
        <translation>se esperaba %1, pero hay true o false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected %1, got %2</source>
        <extracomment>%1 is the kind of value a setting takes, %2 the kind it has (TOML&apos;s words: &quot;int&quot;, &quot;string&quot;, &quot;list&quot;).</extracomment>
        <translation>se esperaba %1, pero hay %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <extracomment>Why a setting was not saved: %1 is the lowest value allowed.</extracomment>
        <translation>debe ser al menos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1</source>
        <extracomment>Why a setting was not saved: %1 is the highest value allowed.</extracomment>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment</source>
        <translation>material</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown %1 %2; use %3</source>
        <extracomment>%1 is &quot;place&quot; or &quot;equipment&quot;, %2 the unknown value, %3 the values allowed.</extracomment>
        <translation>valor desconocido para %1: %2; use %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown prompt style %1; use %2</source>
        <translation>estilo de aviso desconocido %1; use %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown language %1; use one of %2</source>
        <translation>idioma desconocido %1; use uno de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown day %1; use %2</source>
        <translation>día desconocido %1; use %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a day is listed twice</source>
        <translation>un día aparece dos veces</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>unknown setting %1 is ignored</source>
        <extracomment>%1 is a key of settings.toml that KnotBreak does not know.</extracomment>
        <translation>se ignora la opción desconocida %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2: %3; using the default %4</source>
        <extracomment>%1 = %2 is a line of settings.toml, %3 what is wrong with it, %4 the value used instead.</extracomment>
        <translation>%1 = %2: %3; se usa el valor predeterminado %4</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 %2; it was left as it is</source>
        <extracomment>%1 is the settings file&apos;s name, %2 why it cannot be read (&quot;is not a regular file&quot;).</extracomment>
        <translation>%1: %2; el archivo no se modificó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not valid TOML right now (%2); fix it and try again</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the TOML reader&apos;s message (English).</extracomment>
        <translation>%1 no es TOML válido en este momento (%2); corríjalo e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be edited safely; set %2 by hand</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the keys to set in it by hand.</extracomment>
        <translation>no se pudo editar %1 de forma segura; configure %2 a mano</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be edited (%2); set %3 by hand</source>
        <extracomment>%1 is the settings file&apos;s name, %2 the editor&apos;s message (English), %3 the key to set by hand.</extracomment>
        <translation>no se pudo editar %1 (%2); configure %3 a mano</translation>
    </message>
</context>
<context>
    <name>SpokenCue</name>
    <message numerus="yes">
        <location filename="../knotbreak/core/routine_runner.py" line="+185"/>
        <source>Rest %n second(s)</source>
        <translation>
            <numerusform>Reposo de %n segundo</numerusform>
            <numerusform>Reposo de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Mantenga la posición</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep moving</source>
        <translation>Siga moviéndose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, left side. %2</source>
        <extracomment>Said as an exercise starts on its left side: %1 is the exercise&apos;s name, %2 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>%1, lado izquierdo. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, right side. %2</source>
        <extracomment>Said as an exercise starts on its right side: %1 is the exercise&apos;s name, %2 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>%1, lado derecho. %2</translation>
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
        <translation>Cambie de lado. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set %1 of %2. %3</source>
        <extracomment>%1 is the set&apos;s number, %2 how many sets, %3 what to do (&quot;Hold&quot;, &quot;10 reps&quot;).</extracomment>
        <translation>Serie %1 de %2. %3</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../knotbreak/qt/stats_window.py" line="-273"/>
        <source>Days in a row, up to today, on which you did at least one stretch routine.</source>
        <translation>Días seguidos, hasta hoy, en los que hizo al menos una rutina de estiramiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the 0–10 question before and after a routine to see whether stretching helps.</source>
        <translation>Responda a la pregunta de 0 a 10 antes y después de una rutina para ver si estirar le ayuda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between the shoulder blades</source>
        <translation>Entre los omóplatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the shoulders</source>
        <translation>Parte superior de los hombros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lats</source>
        <translation>Dorsales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine muscles</source>
        <translation>Músculos de la columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid back (thoracic spine)</source>
        <translation>Espalda media (columna torácica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rear shoulders</source>
        <translation>Parte posterior de los hombros</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>KnotBreak statistics</source>
        <translation>Estadísticas de KnotBreak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Mostrar %n día</numerusform>
            <numerusform>Mostrar los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every recorded event as a CSV file, for a spreadsheet</source>
        <translation>Guardar todos los eventos registrados en un archivo CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sitting today</source>
        <translation>Tiempo sentado hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest without a break</source>
        <translation>Más tiempo sin descansar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+274"/>
        <source>Breaks taken</source>
        <translation>Descansos realizados</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Stretched today</source>
        <translation>Estiramiento hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak</source>
        <extracomment>Days in a row with a stretch routine.</extracomment>
        <translation>Racha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sitting recorded in this period yet.</source>
        <translation>Todavía no hay tiempo sentado registrado en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No breaks taken or skipped in this period yet.</source>
        <translation>Todavía no hay descansos realizados ni omitidos en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stretching recorded in this period yet.</source>
        <translation>Todavía no hay estiramientos registrados en este periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercises you do will be counted here.</source>
        <translation>Aquí se contarán los ejercicios que haga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body areas your routines work will show here.</source>
        <translation>Aquí aparecerán las zonas del cuerpo que trabajan sus rutinas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting per day</source>
        <translation>Tiempo sentado por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken and skipped</source>
        <translation>Descansos realizados y omitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes stretched per day</source>
        <translation>Minutos de estiramiento por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tension before and after a routine (0–10)</source>
        <translation>Tensión antes y después de una rutina (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most-used exercises</source>
        <translation>Ejercicios más frecuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body areas worked</source>
        <translation>Zonas del cuerpo trabajadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today at a glance</source>
        <translation>Hoy de un vistazo</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Could not load the statistics: %1</source>
        <translation>No se pudieron cargar las estadísticas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Got up %n time(s) on your own</source>
        <extracomment>Breaks taken without a prompt today.</extracomment>
        <translation>
            <numerusform>Se levantó %n vez por iniciativa propia</numerusform>
            <numerusform>Se levantó %n veces por iniciativa propia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 snoozed · %2 skipped</source>
        <extracomment>%1 breaks snoozed today, %2 breaks skipped.</extracomment>
        <translation>Pospuestos: %1 · omitidos: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch today to keep it going</source>
        <translation>Estire hoy para mantenerla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish a routine to start one</source>
        <translation>Termine una rutina para empezar una racha</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 sitting, %3 taken</source>
        <extracomment>A day of the sitting chart: %1 the day, %2 the time sat, %3 &quot;2 breaks&quot;.</extracomment>
        <translation>%1: %2 de tiempo sentado, con %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a day on average, on %2 at the desk</source>
        <extracomment>%1 the average time sat, %2 &quot;3 days&quot;.</extracomment>
        <translation>Promedio de %1 al día, en %2 frente al equipo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sitting time per day over the last %n day(s)</source>
        <translation>
            <numerusform>Tiempo sentado por día en %n día</numerusform>
            <numerusform>Tiempo sentado por día en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+26"/>
        <location line="+21"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Sitting</source>
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Taken</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: %2 taken, %3 skipped, %4 snoozed</source>
        <extracomment>A day of the breaks chart: %1 the day, %2 breaks taken, %3 skipped, %4 snoozed.</extracomment>
        <translation>%1: realizados %2, omitidos %3, pospuestos %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 taken · %2 skipped · %3 snoozed</source>
        <translation>Realizados: %1 · omitidos: %2 · pospuestos: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Breaks taken and skipped per day over the last %n day(s): %1 taken and %2 skipped in all</source>
        <extracomment>%1 breaks taken, %2 skipped in the period.</extracomment>
        <translation>
            <numerusform>Descansos realizados y omitidos por día en %n día: en total, realizados %1 y omitidos %2</numerusform>
            <numerusform>Descansos realizados y omitidos por día en los últimos %n días: en total, realizados %1 y omitidos %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 taken and %2 skipped</source>
        <translation>realizados %1 y omitidos %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most taken</source>
        <translation>máximo de descansos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snoozed</source>
        <translation>Pospuestos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 stretched</source>
        <extracomment>A day of the stretching chart: %1 the day, %2 the time stretched.</extracomment>
        <translation>%1: %2 de estiramiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in all, %2</source>
        <extracomment>%1 the time stretched in the period, %2 &quot;3 routines completed&quot;.</extracomment>
        <translation>%1 en total, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Minutes stretched per day over the last %n day(s): %1 in all</source>
        <translation>
            <numerusform>Minutos de estiramiento por día en %n día: %1 en total</numerusform>
            <numerusform>Minutos de estiramiento por día en los últimos %n días: %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stretched</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routines completed</source>
        <translation>Rutinas completadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>After</source>
        <translation>Después</translation>
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
            <numerusform>Tensión de 0 a 10 antes y después de una rutina en %n día, con respuesta en %1: %2.</numerusform>
            <numerusform>Tensión de 0 a 10 antes y después de una rutina en los últimos %n días, con respuesta en %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet both before and after on any day</source>
        <translation>aún no hay ningún día con respuesta antes y después</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top %1 of %2</source>
        <extracomment>%1 how many exercises are shown, %2 how many were done.</extracomment>
        <translation>Los %1 principales de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %1 done most over the last %n day(s): %2.</source>
        <extracomment>%1 &quot;5 exercises&quot;, %2 the exercises and how often, separated by commas.</extracomment>
        <translation>
            <numerusform>Los %1 más realizados en %n día: %2.</numerusform>
            <numerusform>Los %1 más realizados en los últimos %n días: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
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
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: worked %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times each area was worked</source>
        <translation>Veces que se trabajó cada zona</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Body areas your routines worked over the last %n day(s), most first: %1.</source>
        <extracomment>%1 the body areas and how often, separated by commas.</extracomment>
        <translation>
            <numerusform>Zonas del cuerpo que trabajaron sus rutinas en %n día, de más a menos: %1.</numerusform>
            <numerusform>Zonas del cuerpo que trabajaron sus rutinas en los últimos %n días, de más a menos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times worked</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export history as CSV</source>
        <translation>Exportar historial como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export to %1: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to %2</source>
        <extracomment>%1 &quot;1,234 events&quot;, %2 the file.</extracomment>
        <translation>Exportado a %2: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location line="-737"/>
        <source>Today, %1</source>
        <extracomment>A chart&apos;s cursor on today: %1 is today&apos;s date (&quot;Mon 31 Mar&quot;).</extracomment>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location line="+772"/>
        <source>%1 today, %2</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 today&apos;s value.</extracomment>
        <translation>%1 hoy: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 on %3</source>
        <extracomment>In a chart&apos;s description: %1 &quot;highest&quot; or &quot;most&quot;, %2 the value, %3 the day (&quot;highest 5 h on Monday&quot;).</extracomment>
        <translation>%1: %2 el %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today %1</source>
        <translation>hoy: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer before</source>
        <translation>sin respuesta antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer after</source>
        <translation>sin respuesta después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tension %1</source>
        <extracomment>%1 &quot;6 before, 4 after&quot;.</extracomment>
        <translation>tensión: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About the same after a routine (%1 with both answers)</source>
        <extracomment>%1 is &quot;3 days&quot;.</extracomment>
        <translation>Más o menos igual tras una rutina (%1 con ambas respuestas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On average %1 points lower after a routine (%2 with both answers)</source>
        <extracomment>%1 the points tension fell by, %2 &quot;3 days&quot;.</extracomment>
        <translation>En promedio, %1 puntos menos tras una rutina (%2 con ambas respuestas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On average %1 points higher after a routine (%2 with both answers)</source>
        <translation>En promedio, %1 puntos más tras una rutina (%2 con ambas respuestas)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n descanso</numerusform>
            <numerusform>%n descansos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n routine(s) completed</source>
        <translation>
            <numerusform>%n rutina completada</numerusform>
            <numerusform>%n rutinas completadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../knotbreak/core/describe.py" line="+12"/>
        <source>Meeting mode is on: break prompts wait until it ends</source>
        <translation>El modo reunión está activado: los avisos de descanso esperan hasta que termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while the camera is in use</source>
        <translation>El descanso espera mientras la cámara esté en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while a fullscreen window has focus</source>
        <translation>El descanso espera mientras una ventana a pantalla completa tenga el foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The break waits while another program keeps the screen awake (a video, a slide show, a call)</source>
        <translation>El descanso espera mientras otro programa mantenga la pantalla encendida (un reproductor multimedia, una presentación, una llamada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside working hours: nothing is counted</source>
        <translation>Fuera del horario de trabajo: no se cuenta nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No idle-time source on this desktop: counting wall-clock time</source>
        <translation>Este escritorio no informa del tiempo de inactividad: se cuenta el tiempo del reloj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the X11 screen-saver extension</source>
        <translation>la extensión de protector de pantalla de X11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNOME&apos;s idle monitor</source>
        <translation>el monitor de inactividad de GNOME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the freedesktop ScreenSaver service</source>
        <translation>el servicio ScreenSaver de freedesktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Wayland compositor (ext-idle-notify)</source>
        <translation>el compositor de Wayland (ext-idle-notify)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows&apos; last-input time</source>
        <translation>la hora de la última entrada registrada por Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS&apos;s input events</source>
        <translation>los eventos de entrada de macOS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Away from the desk · the timer restarts when you are back</source>
        <translation>Ausente · el temporizador vuelve a empezar cuando regrese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next break in %1 · sitting %2</source>
        <extracomment>%1 is the time left (e.g. &quot;12 min&quot;), %2 how long you have been sitting.</extracomment>
        <translation>Próximo descanso dentro de %1 · tiempo sentado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snoozed · break in %1 · sitting %2</source>
        <extracomment>%1 is the time left (e.g. &quot;5 min&quot;), %2 how long you have been sitting.</extracomment>
        <translation>Pospuesto · descanso dentro de %1 · tiempo sentado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time for a break · sitting %1</source>
        <extracomment>%1 is how long you have been sitting.</extracomment>
        <translation>Hora de descansar · tiempo sentado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a break</source>
        <translation>Descansando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused until %1</source>
        <extracomment>%1 is a time of day, or a day and a time.</extracomment>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused until you resume</source>
        <translation>En pausa hasta que lo reanude</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity read from %1</source>
        <extracomment>%1 names where activity comes from, e.g. &quot;GNOME&apos;s idle monitor&quot;.</extracomment>
        <translation>Fuente de actividad: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used: %1: %2</source>
        <extracomment>%1 names an idle-time source, %2 is the technical reason it failed (often English).</extracomment>
        <translation>No se usa: %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../knotbreak/qt/tray.py" line="-187"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break due</source>
        <translation>Descanso pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Descansando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Take a break now</source>
        <translation>&amp;Descansar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ause</source>
        <translation>P&amp;ausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Modo reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End meeting mode</source>
        <translation>&amp;Finalizar modo reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit KnotBreak: no more break reminders until it is started again</source>
        <translation>Salir de KnotBreak: no habrá más avisos de descanso hasta que se vuelva a iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;ore</source>
        <translation>Má&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines, statistics, help and about</source>
        <translation>Rutinas, estadísticas, ayuda e información sobre KnotBreak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routines, Statistics, Help, About</source>
        <extracomment>The More button&apos;s tooltip: the names of the entries of its menu.</extracomment>
        <translation>Rutinas, Estadísticas, Ayuda, Acerca de KnotBreak</translation>
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
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the steps</source>
        <translation>Desplazar los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the steps sideways</source>
        <translation>Desplazar los pasos en horizontal</translation>
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
        <translation>Antes de empezar: ¿cuánta tensión tiene en la parte alta de la espalda?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>And now: how tight is your upper back?</source>
        <translation>Y ahora: ¿cuánta tensión tiene en la parte alta de la espalda?</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+180"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip, it hurts</source>
        <translation>&amp;Omitir, me duele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this exercise now and never choose it for a quick break again</source>
        <translation>Omitir este ejercicio ahora y no volver a elegirlo nunca para una rutina rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skips this exercise now and never chooses it for a quick break again</source>
        <translation>Omite este ejercicio ahora y no vuelve a elegirlo nunca para una rutina rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the routine here; the break is counted</source>
        <translation>Termina la rutina aquí; el descanso queda registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this exercise, or to the one before</source>
        <translation>Vuelve al inicio de este ejercicio o al anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next step</source>
        <translation>Pasa al siguiente paso</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Paused, %1 left.</source>
        <extracomment>%1 is the time left in words (&quot;25 seconds&quot;).</extracomment>
        <translation>En pausa; tiempo restante: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed, %1 left.</source>
        <translation>Reanudado; tiempo restante: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the start: %1.</source>
        <translation>Desde el principio: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · exercise %2 of %3 · %4 left</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 the time left (&quot;3:05&quot;).</extracomment>
        <translation>%1 · ejercicio %2 de %3 · quedan %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n minuto</numerusform>
            <numerusform>quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, exercise %2 of %3, %4</source>
        <extracomment>%1 the routine&apos;s name, %2 this exercise&apos;s number, %3 how many, %4 &quot;about 3 minutes left&quot;.</extracomment>
        <translation>%1, ejercicio %2 de %3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rep %1 of %2</source>
        <extracomment>The rep line: %1 this rep&apos;s number, %2 how many.</extracomment>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · hold</source>
        <extracomment>After &quot;Rep 3 of 8&quot; while the rep holds still.</extracomment>
        <translation> · mantenga</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 left</source>
        <extracomment>The countdown in words: %1 is &quot;25 seconds&quot;.</extracomment>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rep %1 of %2</source>
        <translation>, repetición %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, paused</source>
        <translation>, en pausa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rest · next: set %1 of %2</source>
        <extracomment>%1 the next set&apos;s number, %2 how many sets.</extracomment>
        <translation>Reposo · siguiente: serie %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep moving</source>
        <translation>Siga moviéndose</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time left in this rest</source>
        <translation>Tiempo restante de este reposo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routine finished. Your break is counted.</source>
        <translation>Rutina terminada. Su descanso queda registrado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped. Your break is counted.</source>
        <translation>Rutina detenida. Su descanso queda registrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · done</source>
        <extracomment>%1 is the routine&apos;s name.</extracomment>
        <translation>%1 · terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · stopped early</source>
        <translation>%1 · detenida antes de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done.</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good that you moved.</source>
        <translation>¡Qué bien que se haya movido!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your break is counted.</source>
        <translation>Su descanso queda registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without answering</source>
        <translation>Cierra sin responder</translation>
    </message>
</context>
<context>
    <name>Stretching</name>
    <message>
        <location line="-651"/>
        <source>A mild pull is fine; pain, numbness or tingling means stop. See a doctor or physio if pain lingers or is severe, or numbness or tingling comes back.</source>
        <translation>Una ligera tirantez es normal; si siente dolor, entumecimiento u hormigueo, pare. Consulte a un médico o fisioterapeuta si el dolor persiste o es intenso, o si el entumecimiento o el hormigueo reaparecen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a number from 0 to 10, or use the arrow keys and Enter.</source>
        <translation>Escriba un número del 0 al 10, o use las teclas de flecha e Intro.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Take care: %1</source>
        <extracomment>Before an exercise&apos;s caution, from the exercise&apos;s own text (English for now).</extracomment>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>one side per rep</source>
        <translation>un lado por repetición</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>hold %1</source>
        <extracomment>How long each rep holds still: %1 is &quot;5 seconds&quot;, or &quot;5 s&quot; on screen.</extracomment>
        <translation>mantenga %1</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+492"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="-487"/>
        <source>keep moving for %1</source>
        <extracomment>%1 is a duration in words, like &quot;30 seconds&quot;.</extracomment>
        <translation>siga moviéndose durante %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest, %1. Next: set %2 of %3.</source>
        <extracomment>Said at a rest between sets: %1 its length in words, %2 the next set&apos;s number, %3 how many sets.</extracomment>
        <translation>Reposo, %1. Siguiente: serie %2 de %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise %1 of %2: %3. %4 Steps: %5</source>
        <extracomment>Said when an exercise starts: %1 its number, %2 how many, %3 its name, %4 what to do, %5 its steps.</extracomment>
        <translation>Ejercicio %1 de %2: %3. %4 Pasos: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other side</source>
        <translation>otro lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides: %1, %2.</source>
        <extracomment>Said when the other side starts: %1 the side (&quot;left side&quot;), %2 what to do.</extracomment>
        <translation>Cambie de lado: %1, %2.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="+449"/>
        <source>not a value KnotBreak can read; write it as in settings.toml</source>
        <translation>no es un valor que KnotBreak pueda leer; escríbalo como en settings.toml</translation>
    </message>
</context>
<context>
    <name>TimeRangeEditor</name>
    <message>
        <location line="-223"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: all day</source>
        <extracomment>Screen reader names of the working hours&apos; parts: %1 is the option&apos;s name (&quot;Working hours&quot;).</extracomment>
        <translation>%1: todo el día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from</source>
        <translation>%1: desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to</source>
        <translation>%1: hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <extracomment>Working hours &quot;From 09:00 to 17:00&quot;.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next day</source>
        <extracomment>After an end time earlier than the start: the span ends on the next day.</extracomment>
        <translation>del día siguiente</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <comment>times</comment>
        <extracomment>Working hours as the default reads: &quot;09:00 to 17:30&quot;.</extracomment>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location line="-582"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snooze(s)</source>
        <extracomment>A number of snoozes (postponed breaks) in a row.</extracomment>
        <translation>
            <numerusform>%n aplazamiento</numerusform>
            <numerusform>%n aplazamientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekdayEditor</name>
    <message>
        <location line="+451"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no day</source>
        <translation>ningún día</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../knotbreak/qt/welcome.py" line="+39"/>
        <source>Welcome to KnotBreak</source>
        <translation>Le damos la bienvenida a KnotBreak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At my desk</source>
        <translation>En mi mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing, with room to move my arms</source>
        <translation>De pie, con espacio para mover los brazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertical bar or post</source>
        <translation>Barra vertical o poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sturdy chair</source>
        <translation>Silla estable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway or wall edge</source>
        <translation>Marco de puerta o esquina de pared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise mat</source>
        <translation>Colchoneta de ejercicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one place: KnotBreak picks its quick stretches from the places you have.</source>
        <translation>Marque al menos un lugar: KnotBreak elige sus estiramientos rápidos según los lugares que tenga disponibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak cannot set this up on this system. Add it to your desktop&apos;s start-up applications if you want it to start by itself.</source>
        <translation>KnotBreak no puede configurar esto en este sistema. Añádalo a las aplicaciones de inicio de su escritorio si quiere que se inicie solo.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>What KnotBreak does</source>
        <translation>Qué hace KnotBreak</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your breaks</source>
        <translation>Sus descansos</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Start at login</source>
        <translation>Inicio automático</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the defaults and start counting</source>
        <translation>Mantener los valores predeterminados y empezar a contar</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location line="-174"/>
        <source>KnotBreak runs quietly in the background and tells you when it is time to get up and stretch, then walks you through a short routine for the knots that build up between your shoulder blades.</source>
        <translation>KnotBreak funciona discretamente en segundo plano y le avisa cuando es hora de levantarse y estirar; después le guía por una rutina breve para los nudos que se forman entre los omóplatos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It counts the time you really spend sitting at the computer, from your keyboard and mouse, not the time on the clock. Step away for a few minutes, to a meeting or for lunch, and that counts as a break: the count starts again when you come back.</source>
        <translation>Cuenta el tiempo que realmente pasa frente al equipo, a partir de su actividad con el teclado y el puntero, no el tiempo que marca el reloj. Si se aleja unos minutos, para una reunión o para comer, eso cuenta como descanso: el recuento vuelve a empezar cuando regrese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before you stretch</source>
        <translation>Antes de estirar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routines are general stretching guidance, not treatment. A gentle pull is fine; if something hurts, stop. If pain stays with you or is severe, or you feel numbness or tingling, see a doctor or physiotherapist.</source>
        <translation>Las rutinas son orientación general sobre estiramientos, no un tratamiento. Una ligera tirantez es normal; si algo le duele, pare. Si el dolor persiste o es intenso, o si nota entumecimiento u hormigueo, consulte a un médico o fisioterapeuta.</translation>
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
        <translation>Levántese y muévase al menos cada 30 a 60 minutos. Cuando los nudos se agraven, elija un tiempo más corto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None is needed: most stretches use only your body and a chair.</source>
        <translation>No se necesita material: la mayoría de los estiramientos solo usan su cuerpo y una silla.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location line="-164"/>
        <source>%1 (%2 of %3)</source>
        <extracomment>A welcome page&apos;s title: %1 the title, %2 this step&apos;s number, %3 how many steps there are.</extracomment>
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location line="+212"/>
        <source>Start KnotBreak when I &amp;log in</source>
        <translation>Abrir KnotBreak al i&amp;niciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KnotBreak can only count your sitting time while it runs, so it works best started with your session.</source>
        <translation>KnotBreak solo puede contar su tiempo sentado mientras se ejecuta, así que funciona mejor si se inicia con la sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It adds a start-up entry: %1</source>
        <extracomment>%1 is the start-up entry&apos;s path.</extracomment>
        <translation>Añade una entrada de inicio: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change any of these choices later in Preferences.</source>
        <translation>Puede cambiar cualquiera de estas opciones más tarde en Preferencias.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../knotbreak/cli.py" line="-101"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the following arguments are required: %s</source>
        <extracomment>%s lists the missing arguments.</extracomment>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <extracomment>%(value)r is what was typed, %(choices)s what is allowed; keep both as they are.</extracomment>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unrecognized arguments: %s</source>
        <extracomment>%s lists the arguments not understood.</extracomment>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>%(argument_name)s names the argument, %(message)s says what is wrong with it; keep both as they are.</extracomment>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../knotbreak/qt/preference_editors.py" line="-516"/>
        <source>Automatically</source>
        <translation>Automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small window</source>
        <translation>Una ventana pequeña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop notification</source>
        <translation>Una notificación del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mat</source>
        <translation>Colchoneta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway</source>
        <translation>Marco de puerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tennis ball</source>
        <translation>Pelota de tenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating pad</source>
        <translation>Almohadilla térmica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine ball</source>
        <translation>Balón medicinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yoga block</source>
        <translation>Bloque de yoga</translation>
    </message>
</context>
<context>
    <name>preference_editors</name>
    <message>
        <location line="+14"/>
        <source>No exercises are avoided. “Skip, it hurts” in the stretch window adds one here.</source>
        <translation>No se evita ningún ejercicio. «Omitir, me duele» en la ventana de estiramiento añade uno aquí.</translation>
    </message>
</context>
</TS>
