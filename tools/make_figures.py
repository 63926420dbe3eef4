#!/usr/bin/env python3
"""Generate KnotBreak's exercise illustrations from pose data.

    python tools/make_figures.py                  # (re)write assets/exercises/<id>.svg
    python tools/make_figures.py --out DIR        # write the SVGs somewhere else
    python tools/make_figures.py --only ID ...    # check and print just these (no files written)
    QT_QPA_PLATFORM=offscreen python tools/make_figures.py --preview DIR
                                                  # also render the contact sheets (PySide6)

The generator is the package tools/figures/ (standard library only): the body model and its
IK, cameras, props, the target highlight and motion arrows, one function per exercise in
figures/poses.py, and the SVG writer.  This file is its command line; tools/contact_sheet.py
renders every figure through the app's own FigureView for review.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import (  # noqa: E402  (the package sits beside this file)
    DRAFTS,
    EXERCISES,
    EXPECTED_LENGTHS,
    OUT_DIR,
    REGIONS,
    build_all,
    region_line,
    render_svg,
    write_all,
)

__all__ = ["DRAFTS", "EXERCISES", "EXPECTED_LENGTHS", "OUT_DIR", "REGIONS", "build_all", "main", "region_line", "render_svg",
           "write_all"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write the SVGs")
    parser.add_argument("--only", nargs="+", metavar="ID", help="build only these exercises and print their SVG")
    parser.add_argument("--preview", type=Path, metavar="DIR", help="also render the contact sheets into DIR")
    args = parser.parse_args(argv)
    if args.only:
        for pic in build_all(args.only).values():
            print(render_svg(pic))
        return 0
    written = write_all(args.out)
    print(f"wrote {len(written)} SVGs to {args.out}")
    if args.preview:
        import contact_sheet

        for path in contact_sheet.main(["--svg", str(args.out), "--out", str(args.preview)]):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
