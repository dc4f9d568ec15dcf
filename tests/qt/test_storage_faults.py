"""Storage faults and "remove all my data" are told to the employee, never only logged."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import keyring.backends.fail
import keyring.errors
import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from advocate_desktop.app import _open_profile, _open_store
from advocate_desktop.autostart import AutostartError, XdgAutostart
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from advocate_desktop.store.connection import mark_clean_exit, take_clean_exit
from advocate_desktop.ui.employee import damaged as damaged_module
from advocate_desktop.ui.employee import main_window as main_window_module
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.tasks import TaskRunner
from tests.qt.conftest import Harness


def _click_in_modal(qtbot: QtBot, label: str, seen: list[str]) -> None:
    """Answer the next modal message box by its button text, recording its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == label:
                button.click()
                return
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, answer)


def _damage(paths: AppPaths, clock: FakeClock) -> bytes:
    services = build_services(paths, clock)
    for index in range(400):
        services.settings.set("trusted_keys", [f"k{index}" * 0])  # some writes
        services.posts.repo.create(
            state="draft",
            source_id=None,
            item_id=None,
            account_id=None,
            network="x",
            language="en",
            text="draft " * 200,
            now=clock.now(),
        )
    services.db.close()
    raw = sqlite3.connect(paths.database)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(paths.database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    paths.database.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.allow_log_errors
def test_a_damaged_database_is_kept_aside_only_when_the_employee_says_so(
    qapp: QApplication, qtbot: QtBot, paths: AppPaths, clock: FakeClock
) -> None:
    damaged = _damage(paths, clock)
    seen: list[str] = []
    _click_in_modal(qtbot, "Quit", seen)
    prepared: list[object] = []
    assert _open_store(paths, clock, prepared.append) is None
    assert len(prepared) == 1  # the window was built beside the check, then dropped
    assert "damaged" in seen[0] and str(paths.database) in seen[0]
    assert paths.database.read_bytes() == damaged  # untouched

    _click_in_modal(qtbot, "Keep it aside and start again", seen)
    _click_in_modal(qtbot, "OK", seen)  # where it was kept
    opened = _open_store(paths, clock, prepared.append)
    assert opened is not None
    services = opened[0]
    kept = [p for p in paths.data_dir.iterdir() if ".damaged-" in p.name and p.suffix != ".shm"]
    assert [p.read_bytes() for p in kept if not p.name.endswith("-wal")] == [damaged]
    assert services.posts.repo.all() == []  # a fresh database in its place
    assert str(kept[0]) in seen[-1]
    services.db.close()


def _profile_with_a_post_due(paths: AppPaths, clock: FakeClock, outbox: Path) -> None:
    """An Outbox account and a post that is due by the time the app starts."""
    services = build_services(paths, clock)
    account = services.accounts.add_outbox_account("Outbox", outbox, "x")
    draft = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="x",
        language="en",
        suggested_text="Due at the next start #ad",
        account_id=account.id,
    )
    services.posts.post_service.schedule(
        draft.id,
        text="Due at the next start #ad",
        account_id=account.id,
        network="x",
        due_at=clock.now() + timedelta(minutes=1),
    )
    services.db.close()
    clock.advance(timedelta(minutes=2))


@pytest.mark.allow_log_errors
def test_after_a_clean_quit_the_scheduler_checks_the_pages_first_and_publishes_nothing(
    qapp: QApplication,
    qtbot: QtBot,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check left the start's critical path, not the app: damage that came after a
    clean quit (a failing disk changes no file time) is still found and told, before
    the scheduler reconciles or publishes anything."""
    outbox = tmp_path / "outbox"
    _profile_with_a_post_due(paths, clock, outbox)
    _damage(paths, clock)
    mark_clean_exit(paths.database)  # the file as the last session left it
    told: list[tuple[Path, str]] = []
    monkeypatch.setattr(
        damaged_module, "tell_found_damaged", lambda _parent, path, why: told.append((path, why))
    )
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    tasks = TaskRunner()
    opened = _open_profile(paths, clock, lambda services: MainWindow(services, tasks, lambda: None))
    assert opened is not None
    services, window, check_later = opened
    assert check_later  # the window was built without waiting for the check
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.scheduler.damaged, timeout=30000):
        window.start(check_store=True)
    assert [path for path, _ in told] == [paths.database]
    assert window.store_damaged  # so no clean-exit mark: the next start checks first
    assert not window.scheduler.timer.isActive()
    window.scheduler.tick()  # a tick asked for now does nothing either
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=30000)
    assert not outbox.exists() or list(outbox.iterdir()) == []  # nothing was published
    tasks.wait()
    services.db.close()


@pytest.mark.allow_log_errors
def test_after_an_unclean_exit_the_pages_are_checked_before_anything_writes(
    qapp: QApplication, qtbot: QtBot, paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    _profile_with_a_post_due(paths, clock, tmp_path / "outbox")
    mark_clean_exit(paths.database)  # an earlier session quit cleanly…
    assert take_clean_exit(paths.database)  # …the next one started…
    damaged = _damage(paths, clock)  # …and was killed (no mark) with the file damaged
    seen: list[str] = []
    _click_in_modal(qtbot, "Quit", seen)
    built: list[object] = []
    assert _open_profile(paths, clock, built.append) is None
    assert len(seen) == 1 and "damaged" in seen[0]
    assert paths.database.read_bytes() == damaged  # nothing was written to it
    assert not (tmp_path / "outbox").exists() or list((tmp_path / "outbox").iterdir()) == []


class _BrokenKeyring:
    """A keyring that is there but fails every call, like a locked or crashed daemon.

    Deliberately not a KeyringBackend subclass: keyring registers every subclass as a
    backend for the whole process.
    """

    priority = 1

    def get_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("the daemon went away")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("the daemon went away")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("the daemon went away")


@pytest.mark.parametrize(
    ("backend", "says"),
    [
        (keyring.backends.fail.Keyring(), None),
        (_BrokenKeyring(), "password manager"),
    ],
    ids=["no keyring", "failing keyring"],
)
def test_remove_all_my_data_without_a_working_keyring_removes_the_rest_and_quits(
    harness: Harness,
    qtbot: QtBot,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    backend: object,
    says: str | None,
) -> None:
    store = CredentialStore(backend=backend)
    window = harness.window(credentials=lambda: store)
    told: list[str] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    monkeypatch.setattr(
        main_window_module, "show_problem", lambda _parent, _title, text: told.append(text)
    )
    with qtbot.waitSignal(window.quit_requested, timeout=10000):
        window.remove_all_data()
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir):
        assert not folder.exists()
    if says is None:
        assert told == []  # nothing could have been stored without a keyring: all done
    else:
        assert len(told) == 1 and says in told[0] and "were removed" in told[0]


@pytest.mark.allow_log_errors
def test_a_scheduler_that_cannot_read_its_data_tells_the_employee(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window()
    told: list[str] = []
    monkeypatch.setattr(
        main_window_module,
        "show_problem_later",
        lambda _parent, _title, text: told.append(text),
    )

    def damaged() -> list[object]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(window.services.posts.runner, "run_due", damaged)
    with qtbot.waitSignal(window.scheduler.broken, timeout=10000):
        window.scheduler.tick()
    assert window.scheduler_label.text() == "Scheduled posts are not being published"
    assert len(told) == 1 and "damaged" in told[0] and "start it again" in told[0]
    window.scheduler.tick()
    harness.idle(window)
    assert len(told) == 1  # said once, not at every tick
    monkeypatch.undo()
    with qtbot.waitSignal(window.scheduler.mended, timeout=10000):
        window.scheduler.tick()
    assert window.scheduler_label.text() == ""


def test_remove_all_my_data_removes_the_sign_ins_of_mastodon_and_bluesky_accounts(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their secrets are named '<account id>/<name>' (and the server's app registration),
    not the bare account id: every one of them goes."""
    import os

    store = CredentialStore()
    if not store.available():
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail("the real keyring is required here")
        pytest.skip("no real keyring")
    window = harness.window(credentials=lambda: store)
    services = window.services
    now = harness.clock.now()
    mastodon = services.accounts.repo.add(
        "mastodon", "alice", {"instance": "http://127.0.0.1:9", "remote_account_id": "1"}, now
    )
    bluesky = services.accounts.repo.add("bluesky", "bob", {"did": "did:plc:x"}, now)
    keys = [
        f"{mastodon.id}/access_token",
        "mastodon-app:127.0.0.1:9/app",
        f"{bluesky.id}/access_jwt",
        f"{bluesky.id}/refresh_jwt",
    ]
    for key in keys:
        store.set(key, "secret-" + key)
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    with qtbot.waitSignal(window.quit_requested, timeout=10000):
        window.remove_all_data()
    assert [store.get(key) for key in keys] == [None] * len(keys)


def test_remove_all_my_data_removes_secrets_of_accounts_already_gone(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A secret whose account row is gone (a removal that could not reach the keyring,
    an older version) is found by the app's index of names and by searching the Secret
    Service for the app's entries, and removed with the rest."""
    import os

    store = CredentialStore()
    if not store.available():
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail("the real keyring is required here")
        pytest.skip("no real keyring")
    window = harness.window(credentials=lambda: store)
    store.set("gone-account/access_token", "orphaned-token-0123456789")
    # An older version wrote straight to the keyring: no name in the index.
    keyring.set_password("advocate-desktop", "older-account", "older-secret-0123456789")
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    with qtbot.waitSignal(window.quit_requested, timeout=10000):
        window.remove_all_data()
    assert store.get("gone-account/access_token") is None
    assert keyring.get_password("advocate-desktop", "older-account") is None
    assert keyring.get_password("advocate-desktop", "_index") is None


def test_a_login_entry_that_cannot_be_removed_is_told_not_lost(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    """Before, the error was stored as a folder left and then overwritten: lost."""
    window = harness.window(
        credentials=lambda: CredentialStore(backend=keyring.backends.fail.Keyring())
    )
    told: list[str] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    monkeypatch.setattr(
        main_window_module, "show_problem", lambda _parent, _title, text: told.append(text)
    )

    # The tests run as root, which file modes do not stop: the backend's own error
    # (what XdgAutostart.disable raises when the unlink fails) stands in.
    entry = XdgAutostart(paths.config_dir.parent / "login-config")
    entry.enable(["advocate-desktop", "--background"])

    def refuse() -> bool:
        raise AutostartError(f"cannot remove {entry.path}: Permission denied")

    monkeypatch.setattr(entry, "disable", refuse)
    monkeypatch.setattr(window.services.profile, "autostart", entry)
    with qtbot.waitSignal(window.quit_requested, timeout=10000):
        window.remove_all_data()
    assert len(told) == 1
    assert "starts the app at login" in told[0] and "Permission denied" in told[0]
    assert entry.is_enabled()


@pytest.mark.allow_log_errors
@pytest.mark.parametrize("check_now", [True, False], ids=["after a crash", "after a clean quit"])
def test_a_bad_page_met_while_building_the_window_is_told_as_damage(
    qapp: QApplication, qtbot: QtBot, paths: AppPaths, clock: FakeClock, check_now: bool
) -> None:
    """The settings the window reads may sit on the damaged page: the employee gets the
    damaged-file dialog (keep it aside or quit), not "cannot start"."""
    build_services(paths, clock).db.close()

    def prepare(_services: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    seen: list[str] = []
    _click_in_modal(qtbot, "Quit", seen)
    assert _open_store(paths, clock, prepare, check_now=check_now) is None
    assert len(seen) == 1 and "damaged" in seen[0] and "malformed" in seen[0]
