"""Render every tab of the demo family to PNG, offscreen: `make screenshots`.

    python -m permit_tracker.ui.shell.screenshots OUTDIR [--today YYYY-MM-DD] [--size 1280x800]

Writes overview.png, dates.png, travel.png, documents.png and timeline.png in a light theme
and overview-dark.png and timeline-dark.png in a dark one (Fusion with a dark palette), and
the Journey tab of every demo person, light and dark, at 1280×800 and 800×600:
journey-<first name>[-dark][-800x600].png (the first name in ASCII, lower case), and each
other person's Overview (overview-<first name>.png, light, 1280×800). The
demo family is placed around a fixed day and the locale is British English, so the pictures
only change when the app does. Used for the README and the AppStream metadata.

With `--lang fr --lang nl ...`: the Overview, the why panel, Preferences and the Journey in
each language at 800×600 and 1280×800 (<lang>-<view>-<W>x<H>.png), to check the translations
for English left over and for clipped text (`make screenshots` writes resources/screenshots/i18n).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# Before Qt loads: screenshots need no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from permit_tracker.domain.model import Person
from permit_tracker.i18n.language import LANGUAGES

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow

# A day on which every status shows in the demo family (demo.py places dates around it).
DEFAULT_TODAY = date(2026, 11, 28)
# The demo person whose Travel and Timeline tabs tell the most (four trips, one planned).
FEATURED = "Ana Silva"
TABS = ("overview", "dates", "travel", "documents", "timeline")
DARK = ("overview", "timeline")
# The Journey tab is pictured for everyone at a large and at the smallest supported size.
JOURNEY_SIZES = ((1280, 800), (800, 600))


def person_shot_name(tab: str, person_name: str, dark: bool, size: tuple[int, int]) -> str:
    """ "journey-ines-dark-800x600.png" for the Journey of Inês Costa, dark, 800×600."""
    first = person_name.split()[0] if person_name.split() else "person"
    ascii_name = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    slug = "".join(c for c in ascii_name.lower() if c.isalnum()) or "person"
    suffix = ("-dark" if dark else "") + (
        "" if size == JOURNEY_SIZES[0] else "-{}x{}".format(*size)
    )
    return f"{tab}-{slug}{suffix}.png"


def journey_name(person_name: str, dark: bool, size: tuple[int, int]) -> str:
    return person_shot_name("journey", person_name, dark, size)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with the disabled colours a real dark theme has."""
    palette = QPalette()
    active = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#27292c",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#36383c",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#36383c",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Midlight: "#3e4145",
        QPalette.ColorRole.Mid: "#2f3134",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in active.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7c8086"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#26282b"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#2f3134"))
    return palette


def _settle(app: QApplication, rounds: int = 6) -> None:
    """Let layouts, deferred updates and scroll areas settle before grabbing."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> Path:
    image = widget.grab().toImage()
    # Opaque RGB: a third smaller than ARGB and identical on screen.
    image = image.convertToFormat(image.Format.Format_RGB888)
    # Quality 0: the smallest file (PNG compression is lossless). The format is a str at
    # run time, whatever the type stubs say.
    if not image.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


def _type_a_planned_trip(window: MainWindow, person: Person, today: date) -> None:
    """Fill the Travel form (nothing is saved) with a four-month trip over the long-term
    eligibility date, so the picture shows what a long trip asks (declare before leaving,
    report back) and the live "moves your eligibility" line."""
    from permit_tracker.domain.continuity_eligibility import eligibility_date
    from permit_tracker.ui.widgets.date_field import format_for_edit

    form = window.person_view.travel.form
    eligible = eligibility_date(person, window.controller.ruleset()).date
    if eligible is None or eligible <= today:
        return
    form.left_field.edit.setText(format_for_edit(eligible - timedelta(days=30)))
    form.returned_field.edit.setText(format_for_edit(eligible + timedelta(days=90)))
    form.note_edit.setText("Planned: four months in Brazil")
    form.update_effect()


def _per_person(
    app: QApplication,
    window: MainWindow,
    controller: Controller,
    people: Sequence[Person],
    outdir: Path,
    dark: bool,
) -> list[Path]:
    """The Journey tab of each person at each of JOURNEY_SIZES, and (light, large) the
    Overview of each person but FEATURED (overview.png is theirs): one picture per
    residence path of the demo family."""
    written: list[Path] = []
    view = window.person_view
    for size in JOURNEY_SIZES:
        window.resize(*size)
        for person in people:
            controller.select(person.id)
            if not dark and size == JOURNEY_SIZES[0] and person.name != FEATURED:
                view.tabs.setCurrentWidget(view.overview)
                _settle(app)
                name = person_shot_name("overview", person.name, dark, size)
                written.append(_save(window, outdir / name))
            view.tabs.setCurrentWidget(view.journey)
            _settle(app)
            view.journey.scroll_to_current()
            _settle(app, 2)
            written.append(_save(window, outdir / journey_name(person.name, dark, size)))
    return written


def render(
    outdir: Path, today: date = DEFAULT_TODAY, size: tuple[int, int] = (1280, 800)
) -> list[Path]:
    """Write the screenshots into `outdir`; returns the files written."""
    from permit_tracker.demo import demo_people
    from permit_tracker.storage.store import Store
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from permit_tracker.ui.shell.application import Application

        app = Application(sys.argv[:1])
    outdir.mkdir(parents=True, exist_ok=True)
    saved_style, saved_palette = app.style().name(), app.palette()
    saved_locale = QLocale()
    from permit_tracker.ui.shell.translation import install_language

    install_language("en")  # English's plural forms ("1 day"), as the app installs them
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="permit-tracker-shots-") as tmp:
            store = Store.open(Path(tmp))
            try:
                people = demo_people(today)
                store.save_people(people)
                featured = next((p.id for p in people if p.name == FEATURED), people[0].id)
                for dark in (False, True):
                    app.setStyle(QStyleFactory.create("Fusion"))
                    app.setPalette(dark_palette() if dark else app.style().standardPalette())
                    controller = Controller(store)
                    controller.set_clock(lambda: today)
                    window = MainWindow(controller)
                    controller.select(featured)
                    window.resize(*size)
                    window.show()
                    _settle(app)
                    _type_a_planned_trip(window, controller.person(featured), today)
                    for index, name in enumerate(TABS):
                        if dark and name not in DARK:
                            continue
                        window.person_view.tabs.setCurrentIndex(index)
                        _settle(app)
                        suffix = "-dark" if dark else ""
                        written.append(_save(window, outdir / f"{name}{suffix}.png"))
                    written.extend(_per_person(app, window, controller, people, outdir, dark))
                    window.close()
                    window.deleteLater()
                    controller.deleteLater()
                    _settle(app, 2)
            finally:
                store.close()
    finally:
        app.setStyle(QStyleFactory.create(saved_style) or app.style())
        app.setPalette(saved_palette)
        QLocale.setDefault(saved_locale)
    return written


# The views the translations are checked on, per language and size (render_languages).
LANGUAGE_VIEWS = ("overview", "why", "preferences", "journey")
LANGUAGE_SIZES = ((800, 600), (1280, 800))


def _save_small(widget: QWidget, path: Path) -> Path:
    """As _save, in 256 colours: these pictures are for checking words, and a whole set
    (4 views × 2 sizes × 4 languages) stays a few megabytes."""
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    if not image.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


def render_languages(
    outdir: Path, languages: Sequence[str], today: date = DEFAULT_TODAY
) -> list[Path]:
    """For each language, the Overview, the why panel, Preferences and the Journey of the
    featured person at 800×600 and 1280×800: <lang>-<view>-<W>x<H>.png in `outdir`. The
    language is switched the way Preferences does it (MainWindow.apply_language)."""
    from permit_tracker.demo import demo_people
    from permit_tracker.storage.store import Store
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow
    from permit_tracker.ui.shell.translation import install_language

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from permit_tracker.ui.shell.application import Application

        app = Application(sys.argv[:1])
    outdir.mkdir(parents=True, exist_ok=True)
    saved_style = app.style().name()
    saved_locale = QLocale()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="permit-tracker-shots-") as tmp:
            store = Store.open(Path(tmp))
            try:
                people = demo_people(today)
                store.save_people(people)
                featured = next((p.id for p in people if p.name == FEATURED), people[0].id)
                controller = Controller(store)
                controller.set_clock(lambda: today)
                window = MainWindow(controller)
                controller.select(featured)
                window.show()
                for lang in languages:
                    window.apply_language(lang)
                    for width, height in LANGUAGE_SIZES:
                        window.resize(width, height)
                        view = window.person_view
                        for name in LANGUAGE_VIEWS:
                            path = outdir / f"{lang}-{name}-{width}x{height}.png"
                            if name == "preferences":
                                dialog = PreferencesDialog(controller, window)
                                dialog.resize(min(width, 720), min(height, 640))
                                dialog.show()
                                _settle(app)
                                written.append(_save_small(dialog, path))
                                dialog.close()
                                dialog.deleteLater()
                                continue
                            tab = view.journey if name == "journey" else view.overview
                            view.tabs.setCurrentWidget(tab)
                            _settle(app)
                            if name == "journey":
                                view.journey.scroll_to_current()
                                _settle(app, 2)
                            shot = view.overview.why if name == "why" else window
                            written.append(_save_small(shot, path))
                window.close()
                window.deleteLater()
                controller.deleteLater()
                _settle(app, 2)
            finally:
                store.close()
    finally:
        install_language("en")
        app.setStyle(QStyleFactory.create(saved_style) or app.style())
        QLocale.setDefault(saved_locale)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m permit_tracker.ui.shell.screenshots",
        description="Render each tab of the demo family to PNG (offscreen).",
    )
    parser.add_argument("outdir", type=Path, help="where to write the PNG files")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=DEFAULT_TODAY,
        help=f"the day the demo is placed around (default {DEFAULT_TODAY.isoformat()})",
    )
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument(
        "--lang",
        action="append",
        choices=LANGUAGES,
        help=(
            "instead: the Overview, the why panel, Preferences and the Journey in this "
            "language at 800x600 and 1280x800 (repeat for several)"
        ),
    )
    args = parser.parse_args(argv)
    if args.lang:
        for path in render_languages(args.outdir, args.lang, args.today):
            print(f"{path} ({path.stat().st_size // 1024} KB)")
        return 0
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size {args.size!r} is not WIDTHxHEIGHT")
    for path in render(args.outdir, args.today, (width, height)):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
