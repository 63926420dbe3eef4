"""Routines for the app: the catalogue, the fitted quick routine, the stretch window and the editor.

Everything a break needs once it starts, apart from deciding when: the app
asks take_break(), and hears through the session when the break is over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt

from knotbreak.core import settings as settings_module
from knotbreak.core.breakloop import State
from knotbreak.core.clock import Clock
from knotbreak.core.exercises import Routine
from knotbreak.core.fitting import FitPreferences, RotationMemory, fit_quick_routine
from knotbreak.core.history import History
from knotbreak.core.paths import Paths
from knotbreak.core.recorder import Recorder
from knotbreak.core.routine_catalog import Catalog, load_catalog
from knotbreak.core.routine_runner import expand
from knotbreak.core.session import Session
from knotbreak.qt.actions import AppActions
from knotbreak.qt.i18n import fill

FALLBACK_ROUTINE = "desk-reset"

Notify = Callable[[str, str], None]


class RoutineService(QObject):
    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        session: Session,
        history: History,
        recorder: Recorder,
        actions: AppActions,
        notify: Notify,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._session = session
        self._history = history
        self._recorder = recorder
        self._actions = actions
        self._notify = notify
        self._catalog: Catalog | None = None  # read when first needed
        self._rotation: RotationMemory | None = None
        self._reported_errors: set[str] = set()
        self._cues: Any = None
        self.stretch_window: Any = None
        """The StretchWindow while a routine runs (and while it asks the after-question)."""
        self.routine_editor: Any = None
        self.break_recorded: list[Callable[[], None]] = []
        """Called after a finished routine is in the history (the statistics window refreshes)."""

    # -- the catalogue ---------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self.refresh()
        assert self._catalog is not None
        return self._catalog

    @property
    def rotation(self) -> RotationMemory:
        """Which exercises today's breaks have used (from the history, the first time it is needed)."""
        if self._rotation is None:
            today = self._clock.now().date()
            self._rotation = RotationMemory.from_history(self._history.exercises_on(today), self.catalog.exercises, today)
        return self._rotation

    def refresh(self) -> None:
        """Re-read the routine files (cheap), so new and fixed ones show up without a restart."""
        catalog = self._catalog = load_catalog(self._paths.routines_dir)
        self._actions.set_routines(
            [
                (r.id, r.name, sum(s.seconds for s in expand(r)) / 60, r.id in catalog.builtin)
                for r in catalog.routines.values()
            ]
        )
        for error in catalog.errors:
            if str(error) not in self._reported_errors:
                self._reported_errors.add(str(error))
                self._notify(self.tr("A routine file could not be loaded"), str(error))

    def quick_routine(self) -> Routine | None:
        settings = self._session.settings
        preferences = FitPreferences(frozenset(settings.places), frozenset(settings.equipment), frozenset(settings.avoid_exercises))
        routine = fit_quick_routine(
            self.catalog.exercises.values(), preferences, self.rotation, settings.quick_routine_minutes * 60, self._clock.now().date()
        )
        if routine.items:
            return routine
        fallback = self.catalog.builtin[FALLBACK_ROUTINE]
        items = tuple(item for item in fallback.items if item.exercise.id not in settings.avoid_exercises)
        if not items:
            return None
        #: places, equipment and avoid_exercises are setting names in settings.toml: keep them as they are.
        self._notify(
            self.tr("No exercise fits your settings"),
            self.tr("Running the desk reset instead; see places, equipment and avoid_exercises."),
        )
        return replace(fallback, items=items)

    # -- a break ---------------------------------------------------------

    def take_break(self, routine_id: str | None = None) -> None:
        if self.stretch_window is not None:
            self.stretch_window.raise_()
            self.stretch_window.activateWindow()
            return
        if routine_id is None:
            routine = self.quick_routine()
            if routine is None:
                #: avoid_exercises is a setting's name in settings.toml: keep it as it is.
                self._notify(
                    self.tr("No exercise to suggest"),
                    self.tr("Every exercise that fits is in avoid_exercises; take a short walk instead."),
                )
                return
        else:
            self.refresh()
            found = self.catalog.routines.get(routine_id)
            if found is None:
                #: %1 is a routine's id in quotes; 'knotbreak routines' is a command: keep it as it is.
                self._notify(
                    self.tr("That routine is gone"),
                    fill(self.tr("%1 could not be loaded; 'knotbreak routines' says why."), repr(routine_id)),
                )
                return
            routine = found
        from knotbreak.qt.stretch import StretchWindow  # only once a break starts: a lighter start-up

        window = StretchWindow(self._clock, routine, self.cues(), ask_tension=self._session.settings.tension_checkin)
        # It may stay open after the routine, for the after-question; it goes when closed.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(self._on_routine_finished)
        window.tension.connect(self._on_tension)
        window.avoid.connect(self.avoid_exercise)
        self.stretch_window = window
        self._session.start_break()
        window.show()
        window.raise_()
        window.activateWindow()

    def dismiss(self) -> None:
        """The break ended elsewhere (a pause, a quit): close the window."""
        if self.stretch_window is not None:
            self.stretch_window.dismiss()

    def cues(self) -> Any:
        """The sound and speech player, made on first use (it loads Qt's optional Addons)."""
        settings = self._session.settings
        if self._cues is None:
            from knotbreak.qt.cues import Cues

            self._cues = Cues(sounds=settings.sounds, speech=settings.spoken_cues, parent=self)
        self._cues.sounds_enabled = settings.sounds
        self._cues.speech_enabled = settings.spoken_cues
        return self._cues

    def avoid_exercise(self, exercise_id: str) -> None:
        """"Skip, it hurts": never choose this exercise again (written to settings.toml)."""
        path = self._paths.settings_file
        # The file's list, not a stale copy; and never move a file aside while the app runs.
        current = settings_module.load(path, move_aside=False).settings.avoid_exercises
        if exercise_id in current:
            return
        try:
            settings_module.set_value(path, "avoid_exercises", (*current, exercise_id))
        except OSError as error:
            self._notify(self.tr("Could not save your choice"), f"{path}: {error.strerror or error}")
            return
        except settings_module.SettingsEditError as error:
            self._notify(self.tr("Could not save your choice"), str(error))
            return
        name = self.catalog.exercises[exercise_id].name if exercise_id in self.catalog.exercises else exercise_id
        #: %1 is an exercise's name; avoid_exercises and settings.toml stay as they are.
        text = self.tr("%1 will not be chosen again. Remove it from avoid_exercises in settings.toml to bring it back.")
        self._notify(self.tr("Skipped for good"), fill(text, name))

    def _on_routine_finished(self, outcome: Any) -> None:
        window, self.stretch_window = self.stretch_window, None
        if window is None:
            return
        routine = window.runner.routine
        self.rotation.record(routine, self._clock.now().date())
        # Queued for the history; the writer commits it within milliseconds, and the statistics refresh waits for it.
        self._recorder.break_taken(routine, outcome, self._session.loop.sat_before_break)
        for listener in self.break_recorded:
            listener()
        if self._session.loop.state is State.ON_BREAK:
            self._session.finish_break(completed=outcome.completed)

    def _on_tension(self, when: str, value: int) -> None:
        if when == "before":
            self._recorder.tension_before(value)
        else:
            self._recorder.tension_after(value)

    # -- the editor ------------------------------------------------------

    def edit_routine(self, routine_id: str | None) -> None:
        """Open the routine editor: a new routine (None) or one of the person's own."""
        from knotbreak.qt.routine_editor import RoutineEditor

        if self.routine_editor is not None:
            self.routine_editor.raise_()
            self.routine_editor.activateWindow()
            return
        self.refresh()
        routine = self.catalog.custom.get(routine_id) if routine_id else None
        editor = RoutineEditor(self.catalog, self._paths.routines_dir, routine)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(self.refresh)
        editor.finished.connect(lambda _result: setattr(self, "routine_editor", None))
        self.routine_editor = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
