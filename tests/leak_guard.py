"""After the whole suite: no secret the tests used is in any file the suite produced.

Every secret handed to the keyring in this process is recorded (by wrapping the
keyring backend's ``set_password``, never by subclassing: keyring registers every
subclass as a backend), and so is every secret a test peer gives out (app
passwords, account passwords, session tokens) through :func:`remember`.  Secrets
stored by the app in a subprocess (the e2e tests) are read from the real Secret
Service collection at the end.  Then every file under the suite's temporary
folders and the throwaway home folder is searched for each of them, raw and as
it would appear JSON- or URL-encoded.

The servers' own storage (a test peer's scratch folder, marked with
:data:`PEER_MARKER`) is skipped: a server keeps its own accounts' secrets.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from advocate_desktop.credentials import INDEX

PEER_MARKER = ".test-peer-storage"
MIN_LENGTH = 12  # shorter values ("test", a PIN) would match by chance

_remembered: set[str] = set()
_started = time.time()


def remember(*secrets: str) -> None:
    """A secret the tests use: it must not appear in any file the suite leaves."""
    _remembered.update(s for s in secrets if isinstance(s, str) and len(s) >= MIN_LENGTH)


def mark_peer_storage(folder: Path) -> None:
    """A test server keeps its own data here; the search skips it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PEER_MARKER).write_text("a test server's own storage\n")


def forms(secret: str) -> set[bytes]:
    """How a secret could be written: raw, JSON-escaped, URL-encoded."""
    found = {secret, json.dumps(secret)[1:-1], quote(secret, safe=""), quote_plus(secret)}
    return {form.encode("utf-8") for form in found}


def files_under(roots: Iterable[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        if not root.is_dir():
            continue
        for folder, folders, names in os.walk(root, followlinks=False):
            here = Path(folder)
            if PEER_MARKER in names:
                folders[:] = []
                continue
            folders[:] = [f for f in folders if f != "node_modules"]
            for name in names:
                path = here / name
                if path in seen or not path.is_file() or path.is_symlink():
                    continue
                seen.add(path)
                yield path


def leaks(secrets: Iterable[str], roots: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, a few characters of the secret) for every secret found in a file.

    GNU grep searches for all the forms at once (fixed strings, Aho-Corasick): a
    thousand forms over a gigabyte of test output in seconds, where one ``in`` per
    form would take an hour.  Only the files grep names are read again here.
    """
    wanted = {form: secret for secret in secrets for form in forms(secret)}
    if not wanted:
        return []
    files = list(files_under(roots))
    grep = shutil.which("grep")
    if grep is not None:
        # grep matches line by line: a secret of several lines (a PEM key in the keyring)
        # is looked for by its longest line, and the files named are checked whole below.
        lines = {max(form.split(b"\n"), key=len) for form in wanted}
        files = _files_grep_names(grep, sorted(lines), files)
    found: list[tuple[Path, str]] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for form, secret in wanted.items():
            if form in data:
                found.append((path, secret[:4] + "…"))
                break
    return found


def _files_grep_names(grep: str, forms: list[bytes], files: list[Path]) -> list[Path]:
    with tempfile.NamedTemporaryFile("wb", suffix=".patterns") as patterns:
        patterns.write(b"\n".join(forms) + b"\n")
        patterns.flush()
        named: list[Path] = []
        for start in range(0, len(files), 500):
            chunk = files[start : start + 500]
            # -l: names only; -F: fixed strings; -a: binary files too; -s: no noise
            # about files removed meanwhile.  Exit 1 means "no match", not a failure.
            done = subprocess.run(
                [grep, "-lFas", "-f", patterns.name, "--", *map(str, chunk)],
                capture_output=True,
                env={**os.environ, "LC_ALL": "C"},
                check=False,
            )
            named += [Path(line) for line in done.stdout.decode().splitlines() if line]
        return named


def _record_keyring_writes() -> None:
    try:
        import keyring
    except ImportError:
        return
    backend_type = type(keyring.get_keyring())
    original = backend_type.set_password
    if getattr(original, "_leak_guard", False):
        return

    def set_password(self: Any, service: str, username: str, password: str) -> None:
        if username != INDEX:  # the app's list of secret names holds no secret
            remember(password)
        original(self, service, username, password)

    set_password._leak_guard = True  # type: ignore[attr-defined]
    backend_type.set_password = set_password  # type: ignore[method-assign]


def _secrets_in_keyring() -> set[str]:
    """Every secret in the Secret Service collection (the app in subprocesses)."""
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            if collection.is_locked():
                return set()
            items = [
                i for i in collection.get_all_items() if i.get_attributes().get("username") != INDEX
            ]
            return {item.get_secret().decode("utf-8", "replace") for item in items}
        finally:
            connection.close()
    except Exception:  # no Secret Service here: the in-process record is all there is
        return set()


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
        _record_keyring_writes()


def _roots(session: pytest.Session) -> list[Path]:
    roots: list[Path] = []
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is not None:
        with contextlib.suppress(OSError):
            roots.append(factory.getbasetemp())
    # run-tests.sh gives the suite a throwaway home and XDG folders.
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        value = os.environ.get(name)
        if value and value.startswith(tempfile.gettempdir()):
            roots.append(Path(value))
    return roots


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("ADVOCATE_REQUIRE_KEYRING") != "1" or session.testscollected == 0:
        return
    remember(*_secrets_in_keyring())
    found = leaks(_remembered, _roots(session))
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"leak guard: {len(_remembered)} secrets searched for in the suite's files,"
            f" {len(found)} found"
        )
    if found:
        for path, start in found:
            line = f"SECRET LEAK: {start} in {path}"
            if reporter is not None:
                reporter.write_line(line, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
