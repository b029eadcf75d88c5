"""SVG icons from `resources/icons/`, tinted to the palette where they are monochrome.

Monochrome icons draw with `currentColor`; they are rendered in the palette's text colour so
they stay visible on dark themes. Status icons carry their own colours (chosen to read on both
light and dark backgrounds).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

import permit_tracker

_SIZES = (16, 20, 24, 32, 48, 64)
# The app icon is set before the first paint: what only tinted icons need is
# imported when the first one is drawn, and the `Qt` namespace is not used at all (PySide6
# builds all its enums on its first use, ≈ 15 ms).


def _candidates(rel: str) -> list[Path]:
    package = Path(permit_tracker.__file__).resolve().parent
    roots = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller one-file or one-dir bundle
    if bundle:
        roots.insert(0, Path(bundle) / "permit_tracker" / "resources")
    return [root / rel for root in roots]


def resource_path(rel: str) -> Path:
    """The path of a file under `resources/`, in a source tree, a wheel or a bundle."""
    for path in _candidates(rel):
        if path.exists():
            return path
    raise FileNotFoundError(f"resource {rel!r} not found (looked in {_candidates(rel)})")


def _text_colour() -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#303030")


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = resource_path(f"icons/{name}.svg").read_bytes()
    if b"currentColor" not in svg:
        return QIcon(str(resource_path(f"icons/{name}.svg")))
    from PySide6.QtCore import QByteArray, QRectF, QSize
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode())))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; monochrome ones follow the palette."""
    return _icon(name, _text_colour().name())


def app_icon() -> QIcon:
    return icon("app")
