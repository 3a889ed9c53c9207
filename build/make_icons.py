"""Draws the app icon with QPainter and writes the files the builds use:

    resources/cobby-desktop.png       512 px (window icon, Linux .desktop)
    resources/cobby-desktop-256.png   256 px
    resources/cobby-desktop.ico       Windows: 16..256 px, PNG-compressed entries
    resources/cobby-desktop.icns      macOS: 16..1024 px, PNG chunks

Run after changing the drawing; the outputs are committed:
    QT_QPA_PLATFORM=offscreen python build/make_icons.py
ICO and ICNS are written here (both are a small header plus PNG payloads)
because Qt's ICO writer stores one size only and Qt has no ICNS writer.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk type -> pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
    ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024),
)


def render(size: int) -> QImage:
    """A rounded blue tile with a white 'c' whose open end meets a link dot."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = s * 0.06
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, QColor("#2b8fd6"))
    gradient.setColorAt(1.0, QColor("#14508c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, s * 0.2, s * 0.2)

    pen = QPen(QColor("white"), max(1.5, s * 0.11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    ring = QRectF(s * 0.27, s * 0.27, s * 0.46, s * 0.46)
    p.drawArc(ring, 40 * 16, 280 * 16)  # Qt angles are 1/16 degree

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffd24a"))
    p.drawEllipse(QPointF(s * 0.71, s * 0.5), s * 0.075, s * 0.075)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(size)) for size in sizes}
    (RESOURCES / "cobby-desktop.png").write_bytes(pngs[512])
    (RESOURCES / "cobby-desktop-256.png").write_bytes(pngs[256])
    (RESOURCES / "cobby-desktop.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (RESOURCES / "cobby-desktop.icns").write_bytes(icns_bytes(pngs))
    for name in ("cobby-desktop.png", "cobby-desktop-256.png", "cobby-desktop.ico",
                 "cobby-desktop.icns"):
        print(f"{RESOURCES / name}: {(RESOURCES / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
