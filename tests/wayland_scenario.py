"""One working stretch of a person at a GNOME or Plasma Wayland desktop, run inside ../shared/tools/wayland-session.

    wayland-session --compositor mutter|kwin -- python wayland_scenario.py REPORT.json WORKDIR

Run by tests/test_wayland_sessions.py, which asserts on the report. The app
runs on Qt's native Wayland platform with work_minutes = 1; a focus-watch
window (the program the person types in) is focused after the app is up, and:

- under Mutter, real input (a pointer nudge and a Ctrl tap, through Mutter's
  remote-desktop API) comes every 2 s until the break has been due for 12 s;
  then none, so natural_break_minutes = 1 ends in a natural break;
- under KWin, which takes no input from here, nobody types: the break comes
  due at one minute and natural_break_minutes = 2 ends in a natural break.
  A fake org.freedesktop.ScreenSaver answering 0 (as Plasma does on Wayland)
  sits on the bus, to show it is not chosen.

A fake notification daemon (GNOME Shell's capabilities) stands in for the
desktop's, and for the person clicking Snooze on the break notice. The report
holds what was seen: statuses, the daemon's calls, the focus log, inputs sent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOOL = os.environ.get("WAYLAND_SESSION_TOOL", "wayland-session")
PYTHON = sys.executable
GNOME_SHELL = ["actions", "body", "body-markup", "icon-static", "persistence", "sound"]
INPUT_EVERY = 2.0
TYPING_AFTER_DUE = 12.0


class Child:
    """A helper process whose output lines are read on a thread, so waiting for one never blocks the rest."""

    def __init__(self, args: list[str], env: dict[str, str], name: str) -> None:
        self.name = name
        self.process = subprocess.Popen(
            args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: list[str] = []
        self._new = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._new:
                self.lines.append(line.rstrip("\n"))
                self._new.notify_all()

    def wait_for(self, predicate: Any, timeout: float) -> str | None:
        """The first line (old or new) for which predicate holds, or None after timeout seconds."""
        deadline = time.monotonic() + timeout
        with self._new:
            while True:
                for line in self.lines:
                    if predicate(line):
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._new.wait(remaining)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()


def json_lines(child: Child) -> list[dict[str, Any]]:
    calls = []
    for line in list(child.lines):
        if line.startswith("{"):
            calls.append(json.loads(line))
    return calls


class Scenario:
    def __init__(self, report_path: Path, work: Path) -> None:
        self.compositor = os.environ["WAYLAND_SESSION_COMPOSITOR"]
        self.report_path = report_path
        self.work = work
        self.report: dict[str, Any] = {"compositor": self.compositor, "events": []}
        runtime = work / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        config = work / "config" / "knotbreak"
        config.mkdir(parents=True, exist_ok=True)
        natural = 1 if self.compositor == "mutter" else 2
        (config / "settings.toml").write_text(
            f"work_minutes = 1\nnatural_break_minutes = {natural}\nnotify_before_seconds = 0\n"
            # A control run: the old prompt window, to see the focus test fail.
            + (f'break_prompt = "{os.environ["SCENARIO_BREAK_PROMPT"]}"\n' if "SCENARIO_BREAK_PROMPT" in os.environ else "")
        )
        # The app's own folders; the session's XDG_RUNTIME_DIR (the compositor's socket) stays as it is.
        self.app_env = {
            **os.environ,
            "QT_QPA_PLATFORM": "wayland",
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
        }
        self.children: list[Child] = []
        self.inputs: list[float] = []
        self._typing = threading.Event()

    def note(self, what: str, **data: Any) -> None:
        self.report["events"].append({"t": round(time.monotonic() - self.t0, 2), "what": what, **data})

    def status(self) -> dict[str, Any] | None:
        result = subprocess.run(
            [PYTHON, "-m", "knotbreak", "status", "--json"], env=self.app_env, capture_output=True, text=True, timeout=20
        )
        return json.loads(result.stdout) if result.returncode == 0 else None

    def wait_status(self, predicate: Any, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status()
            if status is not None and predicate(status):
                return status
            time.sleep(1)
        return None

    def compositor_idle_ms(self) -> int | None:
        if self.compositor != "mutter":
            return None
        result = subprocess.run([TOOL, "idle"], capture_output=True, text=True, timeout=20)
        return int(result.stdout) if result.returncode == 0 else None

    def start(self, args: list[str], name: str, ready: str | None = "ready") -> Child:
        child = Child(args, {**os.environ}, name)
        self.children.append(child)
        if ready is not None and child.wait_for(lambda line: line == ready, 30) is None:
            raise RuntimeError(f"{name} did not start: {child.lines}")
        return child

    def type_along(self) -> None:
        """Real input every INPUT_EVERY seconds while self._typing is set (Mutter only)."""
        while self._typing.is_set():
            result = subprocess.run([TOOL, "input"], capture_output=True, text=True, timeout=30)
            if result.returncode == 0:
                self.inputs.append(time.monotonic() - self.t0)
            else:
                self.note("input failed", output=result.stderr.strip())
            time.sleep(INPUT_EVERY)

    def run(self) -> None:
        self.t0 = time.monotonic()
        daemon = self.start([PYTHON, str(HERE / "fake_notification_daemon.py"), *GNOME_SHELL], "notification daemon")
        if self.compositor == "kwin":
            self.start([PYTHON, str(HERE / "fake_screensaver.py")], "ScreenSaver that answers 0")
        app = Child([PYTHON, "-m", "knotbreak"], self.app_env, "app")
        self.children.append(app)
        self.report["first_status"] = self.wait_status(lambda s: True, 30)
        self.note("app up")

        focus_log = self.work / "focus.log"
        result = subprocess.run(
            [TOOL, "focus-watch", str(focus_log), "--python", PYTHON], capture_output=True, text=True, timeout=60
        )
        self.report["focus_watch_started"] = result.returncode == 0
        self.note("focus-watch up", stderr=result.stderr.strip())

        typer = None
        if self.compositor == "mutter":
            self._typing.set()
            typer = threading.Thread(target=self.type_along, daemon=True)
            typer.start()

        notice_line = daemon.wait_for(lambda line: '"summary": "Time for a break"' in line, 100)
        self.note("break notice", line=notice_line)
        self.report["due_status"] = self.status()
        if typer is not None:
            time.sleep(TYPING_AFTER_DUE)
            self._typing.clear()
            typer.join(30)
            time.sleep(1.5)  # the last keys on their way
        self.report["inputs_sent"] = self.inputs
        self.report["focus_log"] = focus_log.read_text().splitlines() if focus_log.exists() else []

        # The idle time the app reports is now, not the last poll's.
        first = self.status()
        first_ms = self.compositor_idle_ms()
        time.sleep(3)
        second = self.status()
        second_ms = self.compositor_idle_ms()
        self.report["live_idle"] = {
            "app": [s and s["idle_seconds"] for s in (first, second)],
            "compositor_ms": [first_ms, second_ms],
        }

        if notice_line is not None:
            notice = json.loads(notice_line)
            daemon.send(f"click {notice['id']} snooze")
            closed = daemon.wait_for(lambda line: line == json.dumps({"method": "CloseNotification", "id": notice["id"]}), 20)
            self.report["after_snooze"] = self.wait_status(lambda s: s["state"] == "snoozed", 20)
            self.report["closed_after_snooze"] = closed is not None

        natural_minutes = 1 if self.compositor == "mutter" else 2
        self.report["natural_break"] = self.wait_status(lambda s: s["away"], natural_minutes * 60 + 40)
        self.note("natural break" if self.report["natural_break"] else "no natural break")
        self.report["notifications"] = json_lines(daemon)

        subprocess.run([PYTHON, "-m", "knotbreak", "quit"], env=self.app_env, capture_output=True, timeout=20)
        try:
            app.process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self.report["app_exit"] = app.process.poll()
        self.report["app_output"] = app.lines[-40:]

    def stop(self) -> None:
        self._typing.clear()
        for child in reversed(self.children):
            child.stop()
        self.report_path.write_text(json.dumps(self.report, indent=1))


def main() -> int:
    scenario = Scenario(Path(sys.argv[1]), Path(sys.argv[2]))
    try:
        scenario.run()
    except Exception as error:  # noqa: BLE001 - whatever broke goes into the report, for the test to show
        scenario.report["error"] = f"{type(error).__name__}: {error}"
    finally:
        scenario.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
