"""Composition root: parses the command line, asks for consent, builds the services, starts Qt."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from advocate_desktop import APP_NAME, DESKTOP_ID, ORG_DOMAIN, __version__
from advocate_desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QDialog

    from advocate_desktop.schedule.clock import Clock
    from advocate_desktop.services.app_services import AppServices
    from advocate_desktop.services.profile import Credentials
    from advocate_desktop.ui.employee.main_window import MainWindow

log = logging.getLogger("advocate_desktop")
Prepared = TypeVar("Prepared")
# After the window closed (it waited up to ui.employee.main_window.QUIT_WAIT_MS), how much
# longer the process waits for background work before it leaves anyway.
EXIT_WAIT_MS = 300


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="advocate-desktop",
        description=(
            "Share your company's approved news in your own words, from your own accounts."
            " Everything personal stays on this computer."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--import",
        dest="import_path",
        type=Path,
        metavar="FILE",
        help="import a content pack (.zip) at start",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray without showing the window (how start at login runs it)",
    )
    parser.add_argument(
        "--check-managed",
        nargs="?",
        const="",
        metavar="FILE",
        help=(
            "check IT's managed configuration (FILE, or every source this computer reads),"
            " print each problem with its JSON pointer and exit: 0 when valid, 1 if not"
        ),
    )
    parser.add_argument(
        "--check-installation",
        action="store_true",
        help=(
            "check that this installation can read every image format the app accepts,"
            " has its translations and every part it loads by name, and exit: 0 when"
            " complete, 1 if not"
        ),
    )
    parser.add_argument(
        "--studio",
        action="store_true",
        help="open the pack studio, where a communications team writes, checks, signs and"
        " publishes content packs",
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging details")
    parser.add_argument(
        "--pseudo-locale",
        action="store_true",
        help="show every text 40%% longer and accented, to find layouts that break when"
        " translated (as ADVOCATE_PSEUDO_L10N=1 does)",
    )
    return parser.parse_args(argv)


def check_managed(file: str) -> int:
    """``--check-managed``: no display, no Qt, nothing written."""
    from advocate_desktop.managed_checks import all_problems
    from advocate_desktop.settings.managed import load_managed
    from advocate_desktop.settings.sources import load_for_this_system

    if file:
        path = Path(file)
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 1
        managed = load_managed(path)
    else:
        managed = load_for_this_system(AppPaths.from_environment())
    problems = all_problems(managed)
    for problem in problems:
        print(problem)
    if not managed.sources:
        print("no managed configuration on this computer")
    elif not problems:
        print(f"valid: {', '.join(managed.sources)}")
    return 1 if problems else 0


def first_run(
    paths: AppPaths, clock: Clock, dialog: QDialog, claim: Callable[[], bool]
) -> AppServices | None:
    """Ask for consent; only after "I agree" is anything written to disk.

    ``claim`` takes the profile's single-instance lock once the data folder exists;
    when another instance got there first, nothing more is done here.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    from advocate_desktop.networks.registry import DEFAULT_TEXT_TARGET
    from advocate_desktop.services.app_services import build_services, default_outbox_folder
    from advocate_desktop.settings.consent import record_consent

    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    paths.ensure()
    if not claim():
        return None
    services = build_services(paths, clock)
    record_consent(paths.consent_file, clock.now())
    if not services.accounts.repo.all():
        name = QCoreApplication.translate("App", "Outbox (demo)")
        services.accounts.add_outbox_account(name, default_outbox_folder(), DEFAULT_TEXT_TARGET)
    return services


def _managed_language(paths: AppPaths) -> str | None:
    """The language IT's configuration sets, read without writing anything; None when it
    sets none or cannot be read (the start reports that once the profile opens)."""
    from advocate_desktop.settings.sources import load_for_this_system

    value = load_for_this_system(paths).values.get("language")
    return value if isinstance(value, str) else None


def _cannot_start(app: QApplication, error: BaseException, paths: AppPaths) -> int:
    from advocate_desktop.settings.managed import ManagedConfigError
    from advocate_desktop.ui.plain import show_problem

    log.error("cannot start: %s", error)
    if isinstance(error, ManagedConfigError):
        advice = app.translate(
            "App",
            "Nothing was changed. The problem is in the configuration your IT department"
            " manages: contact them.",
        )
    elif isinstance(error, (OSError, sqlite3.Error)):
        advice = app.translate(
            "App",
            "Advocate Desktop keeps its data in %1. Make sure that folder exists, that you"
            " can write to it and that the disk is not full, then start the app again."
            " Nothing was changed.",
        ).replace("%1", str(paths.data_dir))
    else:
        advice = app.translate("App", "Nothing was changed.")
    show_problem(
        None,
        APP_NAME,
        app.translate("App", "Advocate Desktop cannot start:\n\n%1\n\n%2")
        .replace("%1", str(error))
        .replace("%2", advice),
    )
    return 1


def _open_store(
    paths: AppPaths,
    clock: Clock,
    prepare: Callable[[AppServices], Prepared],
    *,
    check_now: bool = True,
) -> tuple[AppServices, Prepared] | None:
    """Build the services and, while the database's pages are checked on a thread,
    ``prepare`` (the window); nothing starts on a damaged database, which is set aside
    only with the employee's word.

    ``check_now=False`` (the last session quit cleanly) leaves the page check to the
    scheduler's first background task (``MainWindow.start(check_store=True)``), off
    the start's critical path; a file damaged so badly that it cannot even be opened
    still stops the start here.
    """
    from advocate_desktop.services.app_services import build_services
    from advocate_desktop.store.connection import DamagedDatabase, damaged_database, set_aside
    from advocate_desktop.ui.employee.damaged import ask_to_set_aside, tell_set_aside

    kept: Path | None = None
    while True:
        services: AppServices | None = None
        try:
            services = build_services(paths, clock, expect_existing=kept is None)
            checked = services.db.check_health_in_background() if check_now else None
            try:
                prepared = prepare(services)
            except sqlite3.DatabaseError as error:  # reading the settings hit a bad page
                if checked is not None:
                    checked()  # the page check's own finding comes first
                if damaged_database(error):
                    raise DamagedDatabase(paths.database, str(error)) from error
                raise
            if checked is not None:
                checked()
        except DamagedDatabase as damaged:
            log.error("the database is damaged: %s", damaged)
            if services is not None:
                services.db.close()
            if kept is not None or not ask_to_set_aside(damaged.path, damaged.reason):
                return None
            kept = set_aside(damaged.path, clock.now().strftime("%Y%m%d-%H%M%S"))
            log.warning("the damaged database was kept as %s", kept)
            continue
        if kept is not None:
            tell_set_aside(kept)
        return services, prepared


def _open_profile(
    paths: AppPaths, clock: Clock, prepare: Callable[[AppServices], Prepared]
) -> tuple[AppServices, Prepared, bool] | None:
    """:func:`_open_store` on a profile used before; the flag is true when the page
    check is left to the scheduler (``MainWindow.start(check_store=True)``).

    Only a clean quit of the last session, with the file as it left it, defers the
    check; after a crash, a kill or a power cut the pages are checked before anything
    runs or writes.
    """
    from advocate_desktop.store.connection import take_clean_exit

    check_later = take_clean_exit(paths.database)
    if check_later:
        log.info("the last session quit cleanly: the database is checked in the background")
    opened = _open_store(paths, clock, prepare, check_now=not check_later)
    if opened is None:
        return None
    return opened[0], opened[1], check_later


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.check_managed is not None:
        logging.basicConfig(level=logging.ERROR)  # the problems are printed, once
        return check_managed(arguments.check_managed)
    if arguments.check_installation:
        logging.basicConfig(level=logging.ERROR)
        from advocate_desktop.ui.installation_check import run as check_installation

        return check_installation()
    logging.basicConfig(
        level=logging.DEBUG if arguments.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.settings.consent import consent_given
    from advocate_desktop.settings.managed import ManagedConfigError
    from advocate_desktop.store.connection import StoreError, mark_clean_exit
    from advocate_desktop.ui.employee.main_window import MainWindow, app_icon
    from advocate_desktop.ui.gc_guard import GarbageCollector
    from advocate_desktop.ui.i18n import install_translators, pseudo_requested, resolve_language
    from advocate_desktop.ui.single_instance import InstanceGuard, LockUnavailable
    from advocate_desktop.ui.tasks import TaskRunner, prefer_gui_thread

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    from advocate_desktop.ui.colors import follow_color_scheme

    follow_color_scheme(app)
    collector = GarbageCollector(app)
    prefer_gui_thread()
    paths = AppPaths.from_environment()
    clock = SystemClock()
    guard = InstanceGuard(paths.data_dir)
    import_path = arguments.import_path.resolve() if arguments.import_path else None
    forwarded = lost_the_lock = check_later = False

    def claim() -> bool:
        """Take the profile's lock, or hand this start's wishes to the running instance."""
        nonlocal forwarded, lost_the_lock
        if guard.acquire():
            guard.listen()
            return True
        lost_the_lock = True
        forwarded = _hand_over(app, paths, import_path)
        return False

    def credentials() -> Credentials:
        from advocate_desktop.credentials import CredentialStore

        return CredentialStore()

    tasks = TaskRunner(app)
    # IT's language, when it sets one, from the very first screen (consent included).
    system = resolve_language(_managed_language(paths) or "system")
    pseudo = arguments.pseudo_locale or pseudo_requested()
    # Until the employee's setting is read.
    translators = install_translators(app, system, pseudo=pseudo)

    def build_window(services: AppServices) -> MainWindow:
        nonlocal translators
        language = resolve_language(services.settings.get("language"))
        if language != system and not pseudo:
            for translator in translators:
                app.removeTranslator(translator)
            translators = install_translators(app, language)
        return MainWindow(services, tasks, credentials)

    try:
        if consent_given(paths.consent_file):
            paths.ensure()  # agreed before: the folders may be written (and locked)
            if not claim():
                return 0 if forwarded else 1
            opened = _open_profile(paths, clock, build_window)
            if opened is None:
                return 1
            services, window, check_later = opened
        else:
            from advocate_desktop.ui.employee.consent import ConsentDialog

            log.info("showing the first-run consent screen in %s", system)
            agreed = first_run(paths, clock, ConsentDialog(), claim)
            if agreed is None:
                if not lost_the_lock:
                    log.info("consent declined; nothing was stored")
                return 1 if lost_the_lock and not forwarded else 0
            services = agreed
            window = build_window(services)
    except (StoreError, ManagedConfigError, LockUnavailable, OSError, sqlite3.Error) as error:
        return _cannot_start(app, error, paths)

    guard.received.connect(window.second_start)
    quit_on_signals(app, window.quit)
    if arguments.studio:
        studio = window.open_studio()
        # Started for the studio alone: closing it ends the app unless the main window is open.
        studio.closed.connect(lambda: None if window.isVisible() else window.quit())
    elif arguments.background and window.tray.available:
        log.info("started in the background; the tray icon opens the window")
    else:
        if arguments.background:
            log.info("no system tray here: showing the window despite --background")
        window.show()
    window.start(import_path, check_store=check_later)
    code = app.exec()
    del collector
    if not tasks.wait(EXIT_WAIT_MS):
        # Only a stuck DNS lookup or disk gets here: downloads were cut on quit, and
        # every write is a transaction the next start finds whole or not at all.
        log.warning("leaving without waiting for %d background task(s)", tasks.pending)
        logging.shutdown()
        os._exit(int(code))
    services.db.close()
    if not window.store_damaged:  # a damaged file is checked first at the next start
        mark_clean_exit(paths.database)
    guard.release()
    log.info("exited")
    return int(code)


def _hand_over(app: QApplication, paths: AppPaths, import_path: Path | None) -> bool:
    """Another instance runs on this profile: ask it to come forward (and import)."""
    from advocate_desktop.ui.plain import show_problem
    from advocate_desktop.ui.single_instance import send_to_running

    message: dict[str, object] = {"activate": True}
    if import_path is not None:
        message["import"] = str(import_path)
    if send_to_running(paths.data_dir, message):
        log.info("Advocate Desktop already runs on this profile; asked it to come forward")
        return True
    log.error("another instance holds the profile's lock but does not answer")
    show_problem(
        None,
        APP_NAME,
        app.translate(
            "App",
            "Advocate Desktop is already running for this user but does not answer. Close it"
            " (or wait until it has finished starting) and try again.",
        ),
    )
    return False


def quit_on_signals(app: QObject, quit_app: Callable[[], object]) -> None:
    """SIGTERM and SIGINT (logging out, ``kill``, Ctrl+C) quit as the Quit menu does.

    Python runs a signal handler only when the interpreter gets control, and Qt's
    event loop is C++: the signal wakes the loop through a socket it watches.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        log.info("quit requested by a signal")
        quit_app()

    notifier.activated.connect(woken)
    _keep_alive.extend((reader, writer, notifier))


# The wake-up sockets and their notifier live as long as the process.
_keep_alive: list[object] = []
