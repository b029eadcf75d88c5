"""Publishing's settings: the URL rules and the password's keyring.

The keyring runs for real: keyrings.alt's file backend, chosen explicitly through keyring's
own PYTHON_KEYRING_BACKEND variable, in a temporary data folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Kind
from permit_tracker.publish import password
from permit_tracker.publish.config import (
    ConfigError,
    PublishConfig,
    check_url,
    is_loopback,
)

URL = "https://cal.example.org/dav/"


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.delenv(password.PASSWORD_ENV, raising=False)
    return tmp_path / "data-home"


@pytest.fixture
def no_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv(password.PASSWORD_ENV, raising=False)


def test_https_is_required_but_for_a_loopback_address() -> None:
    assert check_url(URL) is None
    for local in ("http://127.0.0.1:5232/", "http://localhost/dav/", "http://[::1]:8080/"):
        warning = check_url(local)
        assert warning is not None and "plain http://" in warning, local
    with pytest.raises(ConfigError, match=r"plain http://.*use https://"):
        check_url("http://cal.example.org/")
    with pytest.raises(ConfigError, match="must start with https://"):
        check_url("ftp://cal.example.org/")
    with pytest.raises(ConfigError, match="must start with https://"):
        check_url("cal.example.org")
    with pytest.raises(ConfigError, match="not in the URL"):
        check_url("https://ana:secret@cal.example.org/")
    with pytest.raises(ConfigError, match="not valid"):
        check_url("https://cal.example.org:99999/")
    assert is_loopback("127.0.0.2") and not is_loopback("10.0.0.1")
    assert not is_loopback("localhost.example.org")


def test_the_config_round_trips_and_a_damaged_one_reads_as_off() -> None:
    config = PublishConfig(
        enabled=True, url=URL, user="ana", calendar="Family",
        calendar_url=URL + "ana/family/",
        options=ExportOptions(people={"p1"}, kinds={Kind.CARD_EXPIRY}, alarms=False),
    )  # fmt: skip
    assert PublishConfig.from_json(config.to_json()) == config
    for damaged in (None, [], {"enabled": True, "url": 3}, {"enabled": True, "options": 1}):
        assert PublishConfig.from_json(damaged) == PublishConfig()
    assert PublishConfig().problem() is not None
    assert PublishConfig(url="http://cal.example.org/", user="a").problem()
    assert PublishConfig(url=URL, user="ana").problem() is None
    # A new server, user or calendar name forgets the calendar found for the old one.
    assert config.with_target(URL, "ana", "Family").calendar_url == config.calendar_url
    assert config.with_target(URL, "ana", "Other").calendar_url is None
    assert config.with_target(URL, "ana", "  ").calendar == "Permit Tracker"


def test_the_password_goes_to_the_keyring_and_comes_back(file_keyring: Path) -> None:
    assert password.lookup(URL, "ana") is None
    password.store(URL, "ana", "s3cret")
    assert password.lookup(URL, "ana") == "s3cret"
    assert password.lookup(URL, "ben") is None
    assert password.lookup("https://other.example.org/", "ana") is None
    assert "keyring" in password.describe()
    password.forget(URL, "ana")
    password.forget(URL, "ana")  # nothing left to remove: fine
    assert password.lookup(URL, "ana") is None


def test_the_environment_variable_wins(file_keyring: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    password.store(URL, "ana", "from-keyring")
    monkeypatch.setenv(password.PASSWORD_ENV, "from-env")
    assert password.lookup(URL, "ana") == "from-env"


def test_without_a_keyring_the_password_is_not_stored_and_that_is_said(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert password.backend() is None
    assert password.describe() == password.NO_KEYRING
    assert "is not stored" in password.NO_KEYRING
    assert password.PASSWORD_ENV in password.NO_KEYRING
    with pytest.raises(password.KeyringMissing):
        password.store(URL, "ana", "s3cret")
    assert password.lookup(URL, "ana") is None
    monkeypatch.setenv(password.PASSWORD_ENV, "from-env")
    assert password.lookup(URL, "ana") == "from-env"


def test_a_plain_file_keyring_is_never_picked_unless_configured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))  # no keyringrc.cfg
    found = password.backend()
    assert found is None or not password._plain_file(found)
