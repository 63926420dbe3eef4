"""Render the app icon (assets/icons/knotbreak.svg) to the PNG, .ico and .icns files that packages need.

    .venv/bin/python tools/make_icons.py [OUT_DIR]        (make icons; OUT_DIR defaults to assets/icons)

Writes knotbreak-16.png ... knotbreak-256.png (the sizes of the hicolor icon theme that
packaging/install-desktop-entry.sh installs), knotbreak.ico (Windows: every PNG size, 16 to 256)
and knotbreak.icns (macOS: 16 to 1024, the Retina sizes included). Both containers hold PNG
images, which Windows Vista and later and macOS 10.7 and later read, so no image library is
needed beyond Qt: QtSvg draws the SVG, and the containers are written here by hand.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assets" / "icons" / "knotbreak.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The hicolor theme's sizes: each is written as knotbreak-SIZE.png."""
ICO_SIZES = PNG_SIZES
# The PNG-holding .icns types, by pixel size (several types share one: a size and a Retina half-size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_name(size: int) -> str:
    return f"knotbreak-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent size x size square, smoothly."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: a directory of 16-byte entries, then the PNG images (a width or height of 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"an .ico image is 1 to 256 pixels, not {size}")
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(images: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An Apple icon family: 'icns' and the total length, then (type, length with header, PNG) per image."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(source: Path = SOURCE) -> dict[str, bytes]:
    """Every file this tool writes, by name, rendered from source."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"QtSvg cannot read {source}")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    files = {png_name(size): pngs[size] for size in PNG_SIZES}
    files["knotbreak.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files["knotbreak.icns"] = icns_bytes((kind, pngs[size]) for kind, size in ICNS_TYPES)
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else SOURCE.parent
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(argv[:1])
    for name, data in build().items():
        path = out / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        print(f"{path} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
