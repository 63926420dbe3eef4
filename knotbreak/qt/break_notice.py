"""The break prompt as a desktop notification: Start routine · Snooze · Skip as its buttons.

On Wayland a window cannot be shown without taking keyboard focus (Mutter and
KWin ignore Qt's no-focus hints), so there the due break is announced by the
desktop's own notification service, which never takes focus. The notice is
resident and critical, so it stays until answered; a new one replaces the old
(replaces_id) instead of stacking. Where the daemon has no buttons ("actions"
missing from its capabilities) the notice says where to answer instead.

It offers what BreakPrompt offers the app: render(), present(), isVisible()
and hide(), and the same three signals, plus ``dismissed`` when the person
closes it without choosing. Like the window, it says the keyboard way to
answer: the commands, which a person can bind to keys.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QObject, Signal

from knotbreak.core.breakloop import Status
from knotbreak.qt.formatting import LOCAL
from knotbreak.qt.i18n import QT_TRANSLATE_NOOP, fill, translated
from knotbreak.qt.notifications import CLOSED_DISMISSED, CLOSED_EXPIRED, URGENCY_CRITICAL, DesktopNotifier
from knotbreak.qt.prompt import ADVICE, KEYBOARD_HINT, TITLE

log = logging.getLogger(__name__)

START = "start-routine"
SNOOZE = "snooze"
SKIP = "skip"
#: Said in a break notification whose desktop shows no buttons on notifications.
NO_BUTTONS_HINT = QT_TRANSLATE_NOOP("BreakNotice", "Start it from KnotBreak's tray menu or window.")


class BreakNotice(QObject):
    start_routine = Signal()
    snooze = Signal()
    skip = Signal()
    dismissed = Signal()
    """Closed by the person (or expired) without an answer."""

    def __init__(self, notifier: DesktopNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._id = 0
        self._body = ""
        self._actions: tuple[tuple[str, str], ...] = ()
        self._shown_actions: tuple[tuple[str, str], ...] | None = None
        self._token = ""
        notifier.action_invoked.connect(self._on_action_invoked)
        notifier.closed.connect(self._on_closed)
        notifier.activation_token.connect(self._on_activation_token)

    @property
    def usable(self) -> bool:
        return self._notifier.available

    @property
    def has_buttons(self) -> bool:
        return self._notifier.supports_actions

    def render(self, status: Status, snooze_minutes: int) -> None:
        # The same words as the prompt window's, translated once (in its BreakPrompt context).
        sitting = fill(QCoreApplication.translate("BreakPrompt", "You have been sitting for %1."), LOCAL.duration(status.sitting_seconds))
        actions = [(START, QCoreApplication.translate("BreakPrompt", "Start routine"))]
        if status.can_snooze:
            snooze = fill(QCoreApplication.translate("BreakPrompt", "Snooze %1 min"), LOCAL.count(snooze_minutes))
            actions.append((SNOOZE, snooze))
        actions.append((SKIP, QCoreApplication.translate("BreakPrompt", "Skip")))
        self._actions = tuple(actions)
        where = "" if self.has_buttons else f" {translated('BreakNotice', NO_BUTTONS_HINT)}"
        advice, keyboard = translated("BreakPrompt", ADVICE), translated("BreakPrompt", KEYBOARD_HINT)
        self._body = f"{sitting} {advice}{where}\n{keyboard}"

    def present(self) -> None:
        """Show the notice, or update it when its buttons changed; never re-sent just to refresh the time."""
        if self._id and self._shown_actions == self._actions:
            return
        notification_id = self._notifier.send(
            translated("BreakPrompt", TITLE),
            self._body,
            replaces_id=self._id,
            actions=self._actions if self.has_buttons else (),
            urgency=URGENCY_CRITICAL,
            resident=True,
            timeout_ms=0,
        )
        self._id = notification_id
        self._shown_actions = self._actions if notification_id else None

    def isVisible(self) -> bool:  # noqa: N802 - the same question BreakPrompt (a QWidget) answers
        return bool(self._id)

    def hide(self) -> None:
        notification_id, self._id, self._shown_actions = self._id, 0, None
        self._notifier.close_notification(notification_id)

    def _on_activation_token(self, notification_id: int, token: str) -> None:
        if self._id and notification_id == self._id:
            self._token = token

    def _on_action_invoked(self, notification_id: int, key: str) -> None:
        if not self._id or notification_id != self._id:
            return
        token, self._token = self._token, ""
        signal = {START: self.start_routine, SNOOZE: self.snooze, SKIP: self.skip}.get(key)
        if signal is None:
            log.debug("break notice: unknown action %r", key)
            return
        if key == START and token:
            # Qt's Wayland platform hands XDG_ACTIVATION_TOKEN to the compositor on the next
            # window activation (and then unsets it): the stretch window gets the focus the
            # click on the notification granted.
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        signal.emit()

    def _on_closed(self, notification_id: int, reason: int) -> None:
        if not self._id or notification_id != self._id:
            return
        self._id, self._shown_actions = 0, None
        if reason in (CLOSED_EXPIRED, CLOSED_DISMISSED):
            self.dismissed.emit()
