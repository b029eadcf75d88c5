"""`make screenshots`: every tab of the demo family, light and dark, small files; the Journey
tab of each demo person at two sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from permit_tracker.demo import demo_people
from permit_tracker.ui.shell.screenshots import (
    DEFAULT_TODAY,
    JOURNEY_SIZES,
    journey_name,
    main,
    person_shot_name,
)

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def mean_lightness(image: QImage) -> float:
    step = 16
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def test_renders_each_tab_light_and_dark(tmp_path: Path, capsys) -> None:
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    assert main([str(tmp_path / "shots")]) == 0
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    journeys = {
        journey_name(person.name, dark, size): size
        for person in demo_people(DEFAULT_TODAY)
        for dark in (False, True)
        for size in JOURNEY_SIZES
    }
    assert len(journeys) == 4 * len(demo_people(DEFAULT_TODAY))  # every person, light/dark, 2 sizes
    overviews = {  # one per residence path of the demo family (overview.png is Ana's)
        person_shot_name("overview", person.name, False, JOURNEY_SIZES[0])
        for person in demo_people(DEFAULT_TODAY)
        if person.name != "Ana Silva"
    }
    assert "overview-rui.png" in overviews and len(overviews) == len(demo_people(DEFAULT_TODAY)) - 1
    assert names == sorted(
        [
            "dates.png",
            "documents.png",
            "overview-dark.png",
            "overview.png",
            "timeline-dark.png",
            "timeline.png",
            "travel.png",
            *journeys,
            *overviews,
        ]
    )
    images = {}
    for name in names:
        path = tmp_path / "shots" / name
        assert path.stat().st_size < 200 * 1024, name
        image = QImage(str(path))
        assert (image.width(), image.height()) == journeys.get(name, (1280, 800)), name
        images[name] = image
    assert journey_name("Inês Costa", True, (800, 600)) == "journey-ines-dark-800x600.png"
    assert (
        mean_lightness(images[journey_name(demo_people(DEFAULT_TODAY)[0].name, True, (800, 600))])
        < 0.4
        < mean_lightness(
            images[journey_name(demo_people(DEFAULT_TODAY)[0].name, False, (800, 600))]
        )
    )
    assert (
        mean_lightness(images["overview-dark.png"]) < 0.4 < mean_lightness(images["overview.png"])
    )
    # The tabs differ from each other: each picture shows its own tab.
    assert len({bytes(img.constBits()) for img in images.values()}) == len(images)
    # The application's look is left as it was.
    assert app.style().name() == style and app.palette() == palette
    assert "overview.png" in capsys.readouterr().out
