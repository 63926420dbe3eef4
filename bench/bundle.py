"""Size and start-up time of the self-contained Linux bundle, against the venv install, in one run.

    .venv/bin/python bench/bundle.py [--tarball dist/knotbreak-VERSION-linux-x86_64.tar.gz | --build] [--runs 9]

The tarball (by default the newest in dist/; --build makes a fresh one with
packaging/build-bundle.sh in a temporary folder) is unpacked into a temporary
folder. Then the bundle's `knotbreak` and this venv's `knotbreak` start
alternately, each run a fresh process with its own temporary user folders and
the same bare environment (no session bus, PATH /usr/bin:/bin), on one
private Xvfb: the bundle carries no offscreen platform. One unmeasured run of
each warms the page cache first. "ready" is the first answer on the control
socket, as in bench/startup.py; the resident memory is read a second later.
Medians are reported, with the bundle / venv ratio, and the sizes: the
unpacked folder (file sizes, and the disk blocks they take), the tarball, the
largest files, and the newest glibc symbol version the binaries need.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from startup import knotbreak_ready, rss_kib  # noqa: E402

GLIBC_VERSION = re.compile(rb"GLIBC_2\.(\d+)")


@contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb on a display it picks itself (-displayfd); yields ':N'."""
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def bare_env(home: Path, display: str) -> dict[str, str]:
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "XDG_SESSION_TYPE": "x11",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime}/no-session-bus",
    }


def measure(command: list[str], display: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="knotbreak-bench-") as folder:
        env = bare_env(Path(folder), display)
        sock = Path(env["XDG_RUNTIME_DIR"]) / "knotbreak" / "control.sock"
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not knotbreak_ready(sock):
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited during start-up")
                if time.perf_counter() - started > 60:
                    raise RuntimeError(f"{command[0]} did not answer within 60 s")
                time.sleep(0.005)
            ready = time.perf_counter() - started
            time.sleep(1.0)
            return {"ready_s": ready, "rss_mib": rss_kib(process.pid) / 1024}
        finally:
            process.kill()
            process.wait()


def sizes(folder: Path, tarball: Path) -> dict[str, object]:
    apparent, blocks, files = 0, 0, 0
    seen: set[tuple[int, int]] = set()
    largest: list[tuple[int, str]] = []
    glibc = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        apparent += info.st_size
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            blocks += info.st_blocks * 512
        if path.is_file() and not path.is_symlink():
            files += 1
            largest.append((info.st_size, str(path.relative_to(folder))))
            with path.open("rb") as file:
                head = file.read(4)
                if head == b"\x7fELF":
                    versions = [int(v) for v in GLIBC_VERSION.findall(head + file.read())]
                    glibc = max([glibc, *versions])
    largest.sort(reverse=True)
    return {
        "unpacked_mib": round(apparent / 1048576, 1),
        "unpacked_disk_mib": round(blocks / 1048576, 1),
        "files": files,
        "tarball_mib": round(tarball.stat().st_size / 1048576, 1),
        "largest_files_mib": {name: round(size / 1048576, 1) for size, name in largest[:8]},
        "needs_glibc": f"2.{glibc}",
    }


def newest_tarball() -> Path:
    found = sorted((ROOT / "dist").glob("knotbreak-*-linux-*.tar.gz"), key=lambda path: path.stat().st_mtime)
    if not found:
        raise SystemExit("no dist/knotbreak-*-linux-*.tar.gz: run `make bundle` (packaging/build-bundle.sh) first, or pass --build")
    return found[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--tarball", type=Path, help="the bundle to measure (default: the newest in dist/)")
    source.add_argument("--build", action="store_true", help="build a fresh bundle first (packaging/build-bundle.sh)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    venv_knotbreak = Path(sys.executable).parent / "knotbreak"
    venv_command = [str(venv_knotbreak)] if venv_knotbreak.exists() else [sys.executable, "-m", "knotbreak"]

    with tempfile.TemporaryDirectory(prefix="knotbreak-bundle-bench-") as work:
        build_seconds = None
        if args.build:
            started = time.monotonic()
            build = ["bash", str(ROOT / "packaging" / "build-bundle.sh"), "--dist", f"{work}/dist", "--work", f"{work}/build"]
            built = subprocess.run([*build, "--python", sys.executable], capture_output=True, text=True)
            if built.returncode != 0:
                raise SystemExit(f"build-bundle.sh failed:\n{built.stdout}\n{built.stderr}")
            build_seconds = round(time.monotonic() - started, 1)
            (tarball,) = Path(work, "dist").glob("knotbreak-*-linux-*.tar.gz")
        else:
            tarball = args.tarball or newest_tarball()
        unpacked = Path(work, "unpacked")
        unpacked.mkdir()
        with tarfile.open(tarball) as archive:
            archive.extractall(unpacked, filter="tar")
        (folder,) = unpacked.iterdir()
        commands = {"bundle": [str(folder / "knotbreak")], "venv": venv_command}

        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in commands}
        with xvfb() as display:
            for command in commands.values():
                measure(command, display)  # warm the page cache
            for round_number in range(args.runs):
                order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
                for kind in order:
                    runs[kind].append(measure(commands[kind], display))
        medians = {kind: {key: round(statistics.median(run[key] for run in results), 3) for key in results[0]} for kind, results in runs.items()}
        spread = {
            kind: {"ready_s_min": round(min(r["ready_s"] for r in results), 3), "ready_s_max": round(max(r["ready_s"] for r in results), 3)}
            for kind, results in runs.items()
        }
        report = {
            "tarball": str(tarball) if not args.build else tarball.name,
            "build_seconds": build_seconds,
            "runs": args.runs,
            "sizes": sizes(folder, tarball),
            "median": medians,
            "ready_spread": spread,
            "bundle_over_venv": {key: round(medians["bundle"][key] / medians["venv"][key], 2) for key in medians["bundle"]},
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
