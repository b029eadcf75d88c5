"""Files that hold personal data: written atomically and privately, never over the store.

Every file Permit Tracker writes with a person's data in it (a JSON export, an .ics file,
the live calendar file, a backup) goes through `write_private`:

- a temporary file in the target's folder, created 0600 (O_EXCL, whatever the umask), is
  written, flushed and fsync'ed, then renamed over the target, and the folder is fsync'ed: a
  reader sees the old file or the new one, never half of it, and a failure leaves the old one;
- a new file is 0600; an existing one keeps its mode only when the caller asks for it (the
  calendar file, which a user may have opened up for a synced folder on purpose);
- a symbolic link is followed (a link into a synced folder stays a link), and the path it
  leads to is what is checked against the store's own files;
- an existing target that is not a regular file (a device such as /dev/zero, a FIFO, a
  socket, a folder) is refused: the rename would replace the device node itself.

`refuse_store_files(target, data_dir)` refuses a target that resolves to a file the store
owns (the database, its journal, -wal and -shm files, the lock file, anything in backups/):
writing an export "over" the database would destroy it. Same inode counts as the same file
(a hard link). `read_regular_file` reads an input file with a size cap, refusing FIFOs and
devices before it can block or grow without bound.

Stdlib only, like paths.py: storage, calendar, the CLI and the UI all use it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Final

from permit_tracker import paths

PRIVATE_MODE: Final = 0o600
MAX_IMPORT_BYTES: Final = 16 * 1024 * 1024  # a family's file is a few KiB; 16 MiB is plenty
TEMP_SUFFIX: Final = ".tmp"


class PrivateFileError(OSError):
    """A private file cannot be written or read; `str()` names the path and the reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` lands in: `~` expanded, symbolic links followed."""
    return Path(os.path.realpath(Path(path).expanduser()))


def store_files(data_dir: Path) -> list[Path]:
    """The files the store in `data_dir` owns or may create (resolved), backups included."""
    directory = resolve_target(data_dir)
    db = paths.database_path(directory)
    owned = [db, *(db.with_name(db.name + s) for s in ("-journal", "-wal", "-shm"))]
    owned.append(directory / paths.LOCK_NAME)
    backups = paths.backups_dir(directory)
    owned.append(backups)
    with contextlib.suppress(OSError):
        owned.extend(backups.iterdir())
    return owned


def store_file_problem(target: Path, data_dir: Path | None) -> str | None:
    """Why `target` must not be written (it is one of the store's own files), or None."""
    if data_dir is None:
        return None
    resolved = resolve_target(target)
    backups = resolve_target(paths.backups_dir(Path(data_dir)))
    for owned in store_files(Path(data_dir)):
        if resolved == owned or _same_file(resolved, owned):
            return f"{target}: it is {_what(owned, backups)}; writing there would destroy it"
    if resolved.parent == backups:
        return f"{target}: it is in the backups folder {backups}, which Permit Tracker manages"
    return None


def _what(owned: Path, backups: Path) -> str:
    if owned == backups:
        return "Permit Tracker's backups folder"
    if owned.parent == backups:
        return f"one of Permit Tracker's backups ({owned.name})"
    return f"Permit Tracker's own file {owned.name} (the database or one of its companions)"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_store_files(target: Path, data_dir: Path | None) -> None:
    """Raise PrivateFileError when `target` is one of the store's own files."""
    problem = store_file_problem(target, data_dir)
    if problem is not None:
        raise PrivateFileError(f"cannot write {problem}: choose another file")


def write_private(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    data_dir: Path | None = None,
    keep_mode: bool = False,
    what: str = "",
) -> Path:
    """Write `data` to `path` atomically as a private file; return the path written.

    `data_dir`: the store whose files must not be overwritten (see `refuse_store_files`).
    `keep_mode`: an existing file keeps its permission bits (else it becomes 0600).
    Raises PrivateFileError (an OSError) whose message names the path and the reason.
    """
    shown = Path(path).expanduser()  # messages name the path as the user gave it
    target = resolve_target(path)
    refuse_store_files(shown, data_dir)
    try:
        existing = target.stat().st_mode
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing):
        # A rename would replace the device, FIFO or socket itself (`export /dev/zero` as
        # root replaced the device node with a file); `export -` writes to stdout.
        raise PrivateFileError(f"cannot write {what}{shown}: {_kind(existing)}, not a regular file")
    if not target.parent.is_dir():
        raise PrivateFileError(f"cannot write {what}{shown}: folder {shown.parent} does not exist")
    mode = PRIVATE_MODE
    if keep_mode:
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise PrivateFileError(f"cannot write {what}{shown}: {_reason(exc)}") from exc
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(  # O_EXCL, 0600
            prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
        )
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise PrivateFileError(f"cannot write {what}{shown}: {_reason(exc)}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    sync_folder(target.parent)
    return target


def create_private(path: Path) -> bool:
    """Create an empty 0600 file at `path` (never through a link); False if it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, PRIVATE_MODE)
    except FileExistsError:
        return False
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_MODE)  # the umask may take bits away, never add them
    finally:
        os.close(fd)
    return True


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_regular_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them.

    Opened without blocking (a FIFO would wait for a writer for ever) and checked with
    fstat on the open descriptor, so what is checked is what is read. Raises
    PrivateFileError for a folder, FIFO, device or socket, or a file over the limit.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PrivateFileError(f"cannot read {path}: {_reason(exc)}") from exc
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise PrivateFileError(f"cannot read {path}: {_reason(exc)}") from exc
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise PrivateFileError(f"cannot read {path}: {_kind(info.st_mode)}, not a regular file")
    with os.fdopen(fd, "rb") as handle:
        if os.name == "posix":
            os.set_blocking(fd, True)
        return read_capped(handle, str(path), limit)


def read_capped(handle: object, name: str, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """Read a binary stream to its end, refusing more than `limit` bytes."""
    read = getattr(handle, "read")  # noqa: B009 - any binary stream
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = read(min(1 << 20, limit + 1 - size))
        except OSError as exc:
            raise PrivateFileError(f"cannot read {name}: {_reason(exc)}") from exc
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise PrivateFileError(
                f"{name} is larger than {limit // (1024 * 1024)} MiB, the most an import "
                "file may hold; nothing was imported"
            )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if stat.S_ISFIFO(mode):
        return "it is a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device"
    if stat.S_ISSOCK(mode):
        return "it is a socket"
    return "it is a special file"
