"""Start-up time, memory and idle CPU of KnotBreak against a bare PySide6 tray app.

    .venv/bin/python bench/startup.py [--runs 7] [--idle-seconds 20]

Run it inside a desktop (../shared/tools/desktop-session -- ...) to measure
with a real tray, or with QT_QPA_PLATFORM=offscreen for the status-window path.
Each run starts a fresh process with its own temporary user folders.
"ready" is the first answer on the control socket for KnotBreak, and the first
event-loop turn for the bare app. Medians are reported, and KnotBreak / bare ratios.
"bare+scheduler" is the bare app that also starts APScheduler (fixed by the
stack): its ratio is the least KnotBreak could reach with it in the process.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def knotbreak_ready(sock: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(2)
            client.connect(str(sock))
            client.sendall(b'{"command":"status"}\n')
            return b'"ok":true' in client.recv(4096)
    except OSError:
        return False


def measure(kind: str, idle_seconds: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        for name in ("CONFIG", "DATA", "RUNTIME"):
            path = Path(home) / name.lower()
            path.mkdir(mode=0o700)
            env[f"XDG_{name}_HOME" if name != "RUNTIME" else "XDG_RUNTIME_DIR"] = str(path)
        command = {
            "knotbreak": [sys.executable, "-m", "knotbreak"],
            "bare": [sys.executable, str(HERE / "bare_tray.py")],
            "bare+scheduler": [sys.executable, str(HERE / "bare_tray.py"), "--with-scheduler"],
        }[kind]
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            if kind == "knotbreak":
                sock = Path(env["XDG_RUNTIME_DIR"]) / "knotbreak" / "control.sock"
                while not knotbreak_ready(sock):
                    if process.poll() is not None:
                        raise RuntimeError("knotbreak exited during start-up")
                    time.sleep(0.005)
            else:
                assert process.stdout is not None
                process.stdout.readline()
            ready = time.perf_counter() - started
            time.sleep(1.0)  # let start-up work settle before measuring idle
            cpu_before = cpu_seconds(process.pid)
            time.sleep(idle_seconds)
            idle_cpu = cpu_seconds(process.pid) - cpu_before
            return {"ready_s": ready, "rss_mib": rss_kib(process.pid) / 1024, "idle_cpu_pct": 100 * idle_cpu / idle_seconds}
        finally:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for kind in ("bare", "bare+scheduler", "knotbreak"):
        runs = [measure(kind, args.idle_seconds) for _ in range(args.runs)]
        results[kind] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}

    def over_bare(kind: str) -> dict[str, float | None]:
        return {key: results[kind][key] / results["bare"][key] if results["bare"][key] else None for key in results["bare"]}

    report = {
        "platform": os.environ.get("QT_QPA_PLATFORM", "default"),
        "runs": args.runs,
        "median": results,
        "knotbreak_over_bare": over_bare("knotbreak"),
        "bare_with_scheduler_over_bare": over_bare("bare+scheduler"),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
