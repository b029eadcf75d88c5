"""Every text the window shows goes through Qt's translation system, in a form lupdate sees.

An AST scan of permit_tracker/ui: a string literal (or f-string, or `"...".format(...)`)
handed to a call that puts text on screen (setText, setToolTip, QLabel(...), addTab,
QMessageBox texts...) or returned by a model's headerData must be a literal `self.tr(...)`,
`QCoreApplication.translate("Context", ...)` or `QT_TRANSLATE_NOOP(...)` call. Aliases of
`tr` (`tr = window.tr`, a local function called `tr`, `_tr(...)`, `parent.tr(...)`) are
refused too: lupdate misses them or files them under a wrong context. Literals that are not
words (symbols, object names, formats) are in ALLOWED with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "permit_tracker" / "ui"

# The packages whose strings are marked on another branch at the same time: scanned once
# that work has landed (drop them from here then).
PENDING: set[str] = set()

# Calls whose (positional) string arguments are shown to people.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "addAction", "addMenu", "setTitle",
    "setInformativeText", "setDetailedText", "setLabelText", "addItem", "addItems",
    "insertItem", "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setSuffix", "setPrefix", "setSpecialValueText", "showMessage",
    "addRow", "insertRow", "addButton", "setButtonText", "setHeaderData", "setTextValue",
    "setWindowIconText", "setHtml", "setPlainText", "setSectionText", "add_section",
    "add_page", "add_banner", "critical", "warning", "information", "question", "about",
    "getText", "getItem", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "show_message",
}  # fmt: skip
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QProgressDialog", "QInputDialog",
    "QDialog", "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTextBrowser", "QListWidgetItem",
    "QTreeWidgetItem", "QTableWidgetItem", "QStandardItem", "MessageBanner", "QErrorMessage",
}  # fmt: skip
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# (module path under ui/, literal) -> why it is not translated.
ALLOWED: dict[tuple[str, str], str] = {
    ("preferences/preferences_caldav.py", "https://cloud.example.org/remote.php/dav/"): (
        "a placeholder that is an address, the same in every language"
    ),
    ("shell/screenshots.py", "Planned: four months in Brazil"): (
        "the sample family's own note on a trip: data typed by a person, not the app's words"
    ),
    ("reminders/scheduler.py", "reminders: %s"): (
        "a log line (logging's warning, not QMessageBox's): logs are in English for developers"
    ),
}

# Values that are never text, wherever they appear: the kinds of MessageBanner and
# show_message ("error", "info"...), which pick a colour and an icon.
KINDS = {"error", "warning", "info", "success", "ok"}
WORDS = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]*>")


# Modules left as they are until the gettext side lands (permit_tracker/i18n/vocabulary.py):
# the names of reasons, citizenships, waiting documents and applications are the domain's,
# shared with the command line, so they are translated there, not duplicated in Qt.
PENDING_MODULES = {"widgets/vocabulary.py"}


def _modules() -> list[Path]:
    return sorted(
        path
        for path in UI.rglob("*.py")
        if path.relative_to(UI).parts[0] not in PENDING
        and path.parent != UI
        and path.relative_to(UI).as_posix() not in PENDING_MODULES
    )


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string that reaches the screen untranslated, or None when `node` is a
    translation call, not a string, or not words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        words = WORDS.search(TAGS.sub("", text))  # "<br>", "<h4 style=...>": markup only
        return text if words and text not in KINDS else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant)
        )  # the f-string's own words
        return text if WORDS.search(TAGS.sub("", text)) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) or _literal_text(node.right)
    if (  # "…".format(...): the template is the text
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join", "replace", "strip")
    ):
        return _literal_text(node.func.value)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _unmarked(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(UI).as_posix()
    found: list[str] = []

    def report(node: ast.AST, text: str) -> None:
        if (rel, text) not in ALLOWED:
            found.append(f"{rel}:{getattr(node, 'lineno', '?')}: {text!r}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in TEXT_METHODS or name in TEXT_CLASSES:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    text = _literal_text(arg)
                    if text is not None:
                        report(arg, text)
        if isinstance(node, ast.FunctionDef) and node.name == "headerData":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    for part in ast.walk(inner.value):
                        text = _literal_text(part)
                        if text is not None and not _inside_translation(inner.value, part):
                            report(part, text)
    return found


def _inside_translation(root: ast.AST, target: ast.AST) -> bool:
    for node in ast.walk(root):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) in TRANSLATORS
            and any(child is target for child in ast.walk(node))
        ):
            return True
    return False


def _aliases(path: Path) -> list[str]:
    """`tr`/`_tr` that lupdate cannot follow: an assignment to `tr`/`_tr`, a function named
    so, a call of `_tr`, or `<not self, not a class of the module>.tr(...)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(UI).as_posix()
    # `Headline.tr(...)` names its context like self.tr does: fine for a class of this module.
    contexts = {"self", "cls"} | {
        node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
            # Even a typing-only `def tr` in a class: lupdate files every message after it,
            # in that file, under an empty context (`tr: ClassVar[Callable[..., str]]` is fine).
            found.append(f"{rel}:{node.lineno}: def {node.name}")
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("tr", "_tr") for t in node.targets
        ):
            found.append(f"{rel}:{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                found.append(f"{rel}:{node.lineno}: {func.id}(...)")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and not (isinstance(func.value, ast.Name) and func.value.id in contexts)
            ):
                found.append(f"{rel}:{node.lineno}: {ast.unparse(func)}(...)")
            elif isinstance(func, ast.Attribute) and func.attr == "translate":
                context = node.args[0] if node.args else None
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    found.append(f"{rel}:{node.lineno}: translate() without a literal context")
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(UI).as_posix())
def test_shown_strings_are_marked(path: Path) -> None:
    assert _unmarked(path) == [], "wrap these in self.tr(...) or QCoreApplication.translate"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(UI).as_posix())
def test_translation_calls_are_literal(path: Path) -> None:
    assert _aliases(path) == [], "lupdate only follows self.tr(...) and translate('Context', ...)"


def test_the_scan_finds_what_it_should(tmp_path: Path) -> None:
    """The scan itself: each form of an unmarked or aliased string is caught."""
    sample = UI / "shell" / "_scan_sample.py"
    source = (
        "tr = window.tr\n"
        "def _tr(t): return t\n"
        "label = QLabel('Plain words', self)\n"
        "box.setToolTip(f'Hello {name}')\n"
        "box.setWindowTitle('About {}'.format(APP_NAME))\n"
        "box.setText(self.tr('Fine'))\n"
        "box.setText(parent.tr('Wrong context'))\n"
        "box.setText('—')\n"
        "box.setText('<br>'.join(lines))\n"
        "def headerData(self, section, orientation, role):\n"
        "    return ('Name', self.tr('Date'))[section]\n"
    )
    try:
        sample.write_text(source, encoding="utf-8")
        unmarked = [line.split(": ", 1)[1] for line in _unmarked(sample)]
        aliases = _aliases(sample)
    finally:
        sample.unlink()
    assert sorted(unmarked) == sorted(["'Plain words'", "'Hello '", "'About {}'", "'Name'"])
    assert len(aliases) == 3  # tr = window.tr, def _tr, parent.tr(...)
