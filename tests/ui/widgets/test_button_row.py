"""ButtonRow: as wide as its widest button; one line with the trailing buttons on the right
when there is room, several lines (no button cut or overlapping) when there is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from permit_tracker.ui.widgets.button_row import ButtonRow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _row(qtbot: QtBot) -> tuple[QWidget, ButtonRow, list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row = ButtonRow()
    buttons = [
        QPushButton(text, page) for text in ("Add a waiting document", "Add renewed", "Remove")
    ]
    row.add(*buttons[:2])
    row.add_trailing(buttons[2])
    outer.addLayout(row)
    outer.addStretch(1)
    return page, row, buttons


def _overlap(a: QRect, b: QRect) -> bool:
    return a.intersects(b)


def test_the_row_asks_only_for_its_widest_button(qtbot: QtBot) -> None:
    page, row, buttons = _row(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest
    assert row.sizeHint().width() > sum(b.sizeHint().width() for b in buttons)  # with the gaps
    assert page.minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons)


def test_with_room_the_trailing_button_sits_at_the_right_end(qtbot: QtBot) -> None:
    page, row, buttons = _row(qtbot)
    page.resize(row.sizeHint().width() + 200, 200)
    page.show()
    qtbot.waitExposed(page)
    add, renewed, remove = (b.geometry() for b in buttons)
    assert add.top() == renewed.top() == remove.top()  # one line
    assert add.left() < renewed.left() < remove.left()
    assert remove.right() == row.geometry().right()
    assert renewed.right() + 100 < remove.left()  # the free room is between them


def test_without_room_the_buttons_wrap_whole_and_the_page_makes_room(qtbot: QtBot) -> None:
    page, row, buttons = _row(qtbot)
    narrow = row.minimumSize().width() + 40
    page.resize(narrow + 20, 300)
    page.show()
    qtbot.waitExposed(page)
    rects = [b.geometry() for b in buttons]
    assert len({r.top() for r in rects}) >= 2  # more than one line
    for button, rect in zip(buttons, rects, strict=True):
        assert rect.width() == button.sizeHint().width()  # never cut
        assert page.rect().contains(rect)
    assert not any(_overlap(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert row.heightForWidth(narrow) > row.heightForWidth(row.sizeHint().width())


def test_a_hidden_button_leaves_no_gap(qtbot: QtBot) -> None:
    page, row, buttons = _row(qtbot)
    buttons[1].hide()
    page.resize(row.sizeHint().width() + 200, 200)
    page.show()
    qtbot.waitExposed(page)
    assert row.count() == 3
    assert buttons[2].geometry().right() == row.geometry().right()
    assert row.minimumSize().width() == max(
        buttons[0].sizeHint().width(), buttons[2].sizeHint().width()
    )
