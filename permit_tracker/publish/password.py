"""The CalDAV password: in the system keyring, or from $PERMIT_TRACKER_CALDAV_PASSWORD.

`keyring` talks to the Secret Service (GNOME Keyring, KWallet) on Linux, the Keychain on
macOS and the Credential Manager on Windows, each with its own locking, encryption and
prompts. The password never goes into the database or a file of ours.

Which keyring, strictest reading: the one the user configured for `keyring` (its
PYTHON_KEYRING_BACKEND variable or keyringrc.cfg) if any; otherwise the best detected one
that does not keep passwords in a plain file (keyrings.alt's PlaintextKeyring is refused
unless configured so explicitly). With none, the password is not stored and `KeyringMissing`
says so; the environment variable still works.
"""

from __future__ import annotations

import os
from typing import Any

from permit_tracker.publish.config import PASSWORD_ENV

SERVICE = "Permit Tracker CalDAV"
NO_KEYRING = (
    "no system keyring is available (Secret Service, Keychain or Credential Manager), so the "
    f"password is not stored; set {PASSWORD_ENV} instead"
)


class KeyringMissing(RuntimeError):
    """There is no keyring to keep the password in; str() is one line for the user."""


class KeyringFailed(RuntimeError):
    """The keyring is there but refused (locked, dismissed prompt, D-Bus error)."""


def _plain_file(backend: Any) -> bool:
    return (
        type(backend).__module__.startswith("keyrings.alt.file")
        and "Plaintext" in type(backend).__name__
    )


def _usable(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    return not isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend)


def backend() -> Any | None:
    """The keyring to use, or None when there is none we may use."""
    import keyring.backend
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config()
    if chosen is not None:  # the user's own choice, honoured as made
        return chosen if _usable(chosen) else None
    candidates = [
        b
        for b in keyring.backend.get_all_keyring()
        if _usable(b) and not _plain_file(b) and b.priority > 0
    ]
    return max(candidates, key=keyring.backend.by_priority) if candidates else None


def describe() -> str:
    """For Preferences: where the password goes, or why it will not be stored."""
    found = backend()
    if found is None:
        return NO_KEYRING
    name = getattr(found, "name", type(found).__name__)
    return f"the password is kept in your system keyring ({name})"


def _account(url: str, user: str) -> tuple[str, str]:
    return f"{SERVICE} {url}", user


def lookup(url: str, user: str) -> str | None:
    """$PERMIT_TRACKER_CALDAV_PASSWORD if set, else the keyring's entry, else None."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    found = backend()
    if found is None:
        return None
    try:
        value = found.get_password(*_account(url, user))
    except Exception as exc:  # each backend raises its own kinds (D-Bus, locked, cancelled)
        raise KeyringFailed(f"the system keyring did not give the password: {exc}") from exc
    return value if isinstance(value, str) else None


def store(url: str, user: str, password: str) -> None:
    """Keep the password; KeyringMissing without a keyring, KeyringFailed if it refuses."""
    found = backend()
    if found is None:
        raise KeyringMissing(NO_KEYRING)
    try:
        found.set_password(*_account(url, user), password)
    except Exception as exc:
        raise KeyringFailed(f"the system keyring did not store the password: {exc}") from exc


def forget(url: str, user: str) -> None:
    """Remove a stored password; nothing to remove is fine."""
    found = backend()
    if found is None:
        return
    import keyring.errors

    try:
        found.delete_password(*_account(url, user))
    except keyring.errors.PasswordDeleteError:
        pass
    except Exception as exc:
        raise KeyringFailed(f"the system keyring did not remove the password: {exc}") from exc
