"""When a due break prompt should wait: a meeting, a camera in use, a fullscreen window, a screen-awake request."""

from __future__ import annotations

from collections.abc import Callable

from knotbreak.core.clock import Clock
from knotbreak.core.settings import Settings

MEETING = "meeting"
CAMERA = "camera"
FULLSCREEN = "fullscreen"
INHIBITED = "inhibited"
"""Another program asked the desktop not to go idle (a video player, a slide show, a call)."""


class Deferral:
    """Decides whether to hold the prompt back, and why.

    Meeting mode holds prompts for as long as it is on. A camera in use, a
    focused fullscreen window or an idle inhibitor hold one only up to max_defer_minutes after it
    became due; then it appears anyway (quietly: it never takes focus).
    """

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        fullscreen: Callable[[], bool | None] = lambda: None,
        camera: Callable[[], bool] = lambda: False,
        inhibited: Callable[[], bool | None] = lambda: None,
    ) -> None:
        self._clock = clock
        self.settings = settings
        self._fullscreen = fullscreen
        self._camera = camera
        self._inhibited = inhibited
        self._meeting_on = False
        self._meeting_until: float | None = None

    def start_meeting(self, seconds: float | None = None) -> None:
        self._meeting_on = True
        # On boot time: a meeting hour passes while the laptop sleeps too.
        self._meeting_until = None if seconds is None else self._clock.boottime() + seconds

    def end_meeting(self) -> None:
        self._meeting_on = False
        self._meeting_until = None

    def meeting_active(self) -> bool:
        if self._meeting_on and self._meeting_until is not None and self._clock.boottime() >= self._meeting_until:
            self.end_meeting()
        return self._meeting_on

    def meeting_ends_at(self) -> float | None:
        """Monotonic end of a timed meeting mode (None when off or until turned off)."""
        if not self.meeting_active() or self._meeting_until is None:
            return None
        return self._clock.monotonic() + max(0.0, self._meeting_until - self._clock.boottime())

    def reason(self, due_since: float | None = None) -> str | None:
        """Why a prompt should wait now, or None. due_since: when the break became due."""
        if self.meeting_active():
            return MEETING
        if due_since is not None and self._clock.monotonic() - due_since >= self.settings.max_defer_minutes * 60:
            return None
        if self.settings.defer_when_camera_in_use and self._camera():
            return CAMERA
        if self.settings.defer_when_fullscreen and self._fullscreen():
            return FULLSCREEN
        if self.settings.defer_when_inhibited and self._inhibited():
            return INHIBITED
        return None
