"""`screenshots --lang`: the four views per language, at both sizes, in that language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from permit_tracker.ui.shell import screenshots, translation

# The offscreen platform says so when Preferences is shown as a window of its own.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_each_view_is_shot_at_both_sizes_and_english_comes_back(qapp, tmp_path: Path) -> None:
    before = QLocale().name()
    written = screenshots.render_languages(tmp_path, ["fr"])
    assert sorted(p.name for p in written) == sorted(
        f"fr-{view}-{w}x{h}.png"
        for view in screenshots.LANGUAGE_VIEWS
        for w, h in screenshots.LANGUAGE_SIZES
    )
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        if "-overview-" in path.name or "-journey-" in path.name:  # the whole window
            assert f"{image.width()}x{image.height()}" in path.name
    assert translation.current_language() == "en"
    assert QLocale().name() == before
