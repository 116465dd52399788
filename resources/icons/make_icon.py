"""Render shopcare.svg to PNGs (run: uv run python resources/icons/make_icon.py)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent

app = QGuiApplication([])
renderer = QSvgRenderer(str(HERE / "shopcare.svg"))
for size in (32, 64, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(HERE / f"shopcare-{size}.png"))
