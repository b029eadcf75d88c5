"""What reaches the terminal: control characters escaped, any encoding, any state of stdout.

Everything the command line prints goes through the two streams `install()` puts in place
of sys.stdout and sys.stderr (argparse's messages, `print`, the log lines), so no printer can
forget:

- control characters are shown escaped (`\\x1b`, `\\r`, `\\u202e`), newlines and tabs
  excepted: a name holding an escape sequence or a carriage return cannot clear or retitle
  the terminal or forge a line of output (`escape_controls`);
- characters the terminal's encoding cannot show (an ISO-8859-1 locale, an ascii stdout, a
  lone surrogate) are written as backslash escapes instead of raising UnicodeEncodeError
  after the change was already committed;
- a write that fails (the reader of a pipe left, a full disk, a closed stdout) does not
  interrupt the command: the first error is kept and `main` reports it once at the end
  (nothing for a pipe the reader closed; one line for a full or closed stdout);
- standard descriptors that were closed at start are reopened on /dev/null first, so that no
  file the store opens later (the database!) can become descriptor 1 and receive the output.

`configure_logging()` makes the warnings the modules log (a daily backup that failed, a
crash's journal rolled back, an old backup that could not be pruned) one line each with the
`permit-tracker:` prefix. Stdlib only.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import re
import sys
from typing import Any, Final, TextIO

PREFIX: Final = "permit-tracker"
# C0 and C1 controls and DEL (newline and tab excepted), the line and paragraph separators,
# and the bidirectional controls, which can reorder what a line appears to say.
_CONTROLS: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _escape_one(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """`text` with every control character (but newline and tab) shown as an escape."""
    return _CONTROLS.sub(_escape_one, text)


def _json_escape_one(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_for_terminal(text: str) -> str:
    """JSON text (from json.dumps) with the control characters json.dumps leaves raw (C1,
    DEL, separators, bidi controls) written as JSON escapes: the same values, and nothing a
    terminal acts on. Such characters can only occur inside strings, where `\\uXXXX` is
    their exact JSON spelling."""
    return _CONTROLS.sub(_json_escape_one, text)


def one_line(text: str) -> str:
    """`text` escaped, newlines and tabs too: for a message that must stay one line."""
    return escape_controls(text).replace("\n", "\\n").replace("\t", "\\t")


class SafeStream(io.TextIOBase):
    """A text stream in front of stdout or stderr: escapes, never raises on a failed write."""

    def __init__(self, stream: TextIO | None, what: str) -> None:
        super().__init__()
        self._stream = stream
        self.what = what  # "standard output"
        self.failure: OSError | None = None
        if stream is None:
            self.failure = OSError(errno.EBADF, f"{what} is closed")

    @property
    def wrapped(self) -> TextIO | None:
        return self._stream

    # TextIOBase declares encoding and errors as plain attributes; a wrapper answers for
    # its stream with read-only properties, which mypy calls an incompatible override.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return "backslashreplace"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError(errno.EBADF, f"{self.what} is closed")
        return self._stream.fileno()

    def write(self, text: str) -> int:
        if self.failure is None and self._stream is not None:
            try:
                self._stream.write(escape_controls(text))
            except OSError as exc:
                self._fail(exc)
            except ValueError as exc:  # "I/O operation on closed file"
                self._fail(OSError(errno.EBADF, f"{self.what} is closed ({exc})"))
        return len(text)

    def write_bytes(self, data: bytes) -> None:
        """Raw bytes (JSON in UTF-8 whatever the locale says), after the text so far."""
        if self.failure is not None or self._stream is None:
            return
        try:
            self._stream.flush()
            buffer = getattr(self._stream, "buffer", None)
            if buffer is None:  # a test's text-only stream
                self._stream.write(data.decode("utf-8", "backslashreplace"))
            else:
                buffer.write(data)
                buffer.flush()
        except OSError as exc:
            self._fail(exc)
        except ValueError as exc:
            self._fail(OSError(errno.EBADF, f"{self.what} is closed ({exc})"))

    def flush(self) -> None:
        if self.failure is None and self._stream is not None:
            try:
                self._stream.flush()
            except OSError as exc:
                self._fail(exc)
            except ValueError as exc:
                self._fail(OSError(errno.EBADF, f"{self.what} is closed ({exc})"))

    def _fail(self, exc: OSError) -> None:
        self.failure = exc
        # What the wrapped stream still buffers would fail again at exit, with a traceback.
        fd = _fileno(self._stream)
        if fd is not None:
            _point_at_devnull(fd)

    def reader_left(self) -> bool:
        """The failure is only that the reader of a pipe went away (`| head`)."""
        return isinstance(self.failure, BrokenPipeError) or (
            self.failure is not None and self.failure.errno == errno.EPIPE
        )


def _fileno(stream: Any) -> int | None:
    try:
        return int(stream.fileno())
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def _point_at_devnull(fd: int) -> None:
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def reserve_standard_descriptors() -> None:
    """Open /dev/null on any of descriptors 0-2 that is closed (`>&-`): else the next file
    opened (the database) would get it, and output meant for stdout would land in it."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _reconfigure(stream: TextIO | None) -> TextIO | None:
    if stream is None:
        return None
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(OSError, ValueError):
            reconfigure(errors="backslashreplace")
    return stream


class Console:
    """The streams `install` put in place, and what to put back."""

    def __init__(self) -> None:
        self._saved = (sys.stdout, sys.stderr)
        closed = _closed_at_start()
        self.out = SafeStream(None if 1 in closed else _reconfigure(sys.stdout), "standard output")
        self.err = SafeStream(None if 2 in closed else _reconfigure(sys.stderr), "standard error")

    def restore(self) -> None:
        self.out.flush()
        self.err.flush()
        sys.stdout, sys.stderr = self._saved


def _closed_at_start() -> set[int]:
    """Standard descriptors that are closed, or that Python found closed at start."""
    closed = {fd for fd, stream in ((1, sys.stdout), (2, sys.stderr)) if stream is None}
    for fd in (1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.add(fd)
    return closed


def install() -> Console:
    """Put SafeStreams in front of stdout and stderr; `restore()` puts the old ones back."""
    console = Console()
    reserve_standard_descriptors()
    sys.stdout, sys.stderr = console.out, console.err
    configure_logging()
    return console


def write_stdout_bytes(data: bytes) -> None:
    """Bytes to stdout through the SafeStream when there is one (errors kept, not raised)."""
    stream = sys.stdout
    if isinstance(stream, SafeStream):
        stream.write_bytes(data)
        return
    if stream is None:
        return
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    except BrokenPipeError:
        _point_at_devnull(stream.fileno())


class _PrefixedHandler(logging.Handler):
    """`permit-tracker: warning: ...`, one escaped line on the current sys.stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = one_line(record.getMessage())
            level = record.levelname.lower()
            stream = sys.stderr
            if stream is not None:
                stream.write(f"{PREFIX}: {level}: {text}\n")
                stream.flush()
        except Exception:
            self.handleError(record)


def configure_logging() -> None:
    """Warnings of the app's modules as prefixed one-line messages on stderr (once)."""
    logger = logging.getLogger("permit_tracker")
    if not any(isinstance(h, _PrefixedHandler) for h in logger.handlers):
        handler = _PrefixedHandler(logging.WARNING)
        logger.addHandler(handler)
