"""A real CalDAV server for tests: Radicale on 127.0.0.1, a free port, its own storage.

Started as a subprocess (`python -m radicale`) with htpasswd authentication (a plain file:
user "ana", password "s3cret") and a small maximum resource size, so that an event with
long notes is refused as a real server refuses one. Every wait is bounded; if the server
does not come up the test FAILS (skipping would hide the very failure the tests exist for).
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

START_TIMEOUT = 20.0
USER = "ana"
PASSWORD = "s3cret"
OTHER_USER = "ben"  # a second account, for "another client"
OTHER_PASSWORD = "b3n"
MAX_RESOURCE_SIZE = 6000  # bytes: one event with a page of trip notes is more

CONFIG = """\
[server]
hosts = 127.0.0.1:{port}
max_resource_size = {max_size}
timeout = 10
delay_on_error = 0.01

{tls}
[auth]
type = htpasswd
htpasswd_filename = {htpasswd}
htpasswd_encryption = plain
delay = 0.01

[rights]
{rights}

[storage]
filesystem_folder = {storage}

[web]
type = none

[logging]
level = warning
"""


READ_ONLY_NAME = "Shared with me"
READ_ONLY_PATH = "shared"
# Radicale's rights file: the first section that matches decides (R/r: read the collection /
# its items, W/w: write them).
RIGHTS = """\
[read-only]
user: {user}
collection: {{user}}/{path}(/.*)?
permissions: Rr

[owner]
user: .+
collection: {{user}}(/.*)?
permissions: RrWw

[root]
user: .+
collection:
permissions: R
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no authority signed, and its key (PEM files)."""
    import ipaddress
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Radicale:
    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None
    tls: bool = False  # HTTPS with a self-signed certificate (a client must refuse it)
    # A calendar of USER's, named READ_ONLY_NAME, that USER may read but not write (as a
    # calendar someone shared read-only): created on disk, as an administrator would.
    read_only: bool = False

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    def start(self) -> None:
        config = self.folder / "config"
        htpasswd = self.folder / "users"
        htpasswd.write_text(f"{USER}:{PASSWORD}\n{OTHER_USER}:{OTHER_PASSWORD}\n")
        tls = ""
        if self.tls:
            cert, key = self_signed(self.folder)
            tls = f"ssl = True\ncertificate = {cert}\nkey = {key}\n"
        rights = "type = owner_only"
        if self.read_only:
            rights_file = self.folder / "rights"
            rights_file.write_text(RIGHTS.format(user=USER, path=READ_ONLY_PATH))
            rights = f"type = from_file\nfile = {rights_file}"
            calendar = self.folder / "collections" / "collection-root" / USER / READ_ONLY_PATH
            calendar.mkdir(parents=True, exist_ok=True)
            props = {"tag": "VCALENDAR", "D:displayname": READ_ONLY_NAME}
            (calendar / ".Radicale.props").write_text(json.dumps(props))
        config.write_text(
            CONFIG.format(
                rights=rights,
                tls=tls,
                port=self.port,
                max_size=MAX_RESOURCE_SIZE,
                htpasswd=htpasswd,
                storage=self.folder / "collections",
            )
        )
        with (self.folder / "radicale.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"Radicale exited at start: {self.log()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.05)
        self.stop()
        pytest.fail(f"Radicale did not listen on port {self.port} within {START_TIMEOUT} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def log(self) -> str:
        path = self.folder / "radicale.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""


@contextlib.contextmanager
def running_radicale(
    folder: Path, tls: bool = False, read_only: bool = False
) -> Iterator[Radicale]:
    folder.mkdir(parents=True, exist_ok=True)
    server = Radicale(free_port(), folder, tls=tls, read_only=read_only)
    server.start()
    try:
        yield server
    finally:
        server.stop()
