"""Why the data folder cannot be used, in the window's language.

permit_tracker.paths says it in the command line's English (paths is shared with the CLI and
imports no i18n); its DataDirError and location_issue also say it as data (a kind, a path, the
system's words), which the start-up dialog words here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from permit_tracker import paths


def data_dir_error_text(error: paths.DataDirError) -> str:
    """The error in the window's language; its English when its kind is unknown."""
    where = str(error.path)
    if error.kind == paths.EMPTY_OPTION:
        return QCoreApplication.translate(
            "DataDirText", "--data-dir is empty: give the folder that holds the data."
        )
    if error.kind == paths.EMPTY_ENV:
        return QCoreApplication.translate(
            "DataDirText",
            "{variable} is set but empty: give it a folder, or unset it to use the default.",
        ).format(variable=paths.ENV_DATA_DIR)
    if error.kind == paths.IS_FILE:
        return QCoreApplication.translate(
            "DataDirText", "Cannot read or write the folder {path}: it is a file, not a folder."
        ).format(path=where)
    if error.kind == paths.PART_IS_FILE:
        return QCoreApplication.translate(
            "DataDirText", "Cannot read or write the folder {path}: a part of that path is a file."
        ).format(path=where)
    if error.kind == paths.CANNOT_USE:  # the system's own words after the colon
        return QCoreApplication.translate(
            "DataDirText", "Cannot read or write the folder {path}: {reason}"
        ).format(path=where, reason=error.detail)
    return str(error)


def location_text(directory: Path) -> str | None:
    """paths.location_problem in the window's language, or None."""
    issue = paths.location_issue(directory)
    if issue is None:
        return None
    kind, item, owner = issue
    if kind == paths.LINKED_DATABASE:
        return QCoreApplication.translate(
            "DataDirText",
            "{path} is a symbolic link; Permit Tracker does not write through links: put the "
            "database file itself there (or choose its folder with --data-dir).",
        ).format(path=item)
    return QCoreApplication.translate(
        "DataDirText",
        "{path} belongs to another user (uid {uid}); running as root would leave files there "
        "that user cannot open: run Permit Tracker as that user.",
    ).format(path=item, uid=owner)


def data_dir_problem_text(data_dir: str | None) -> str | None:
    """Why the data folder `data_dir` (None: the default) cannot be used, or None. Looked at
    again rather than re-reading English: the folder is made if missing, as at start."""
    try:
        directory = paths.data_dir(data_dir)
        paths.ensure_private_dir(directory)
    except paths.DataDirError as exc:
        return data_dir_error_text(exc)
    return location_text(directory)
