"""Composition root: parses the command line, asks for consent, builds the services, starts Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_desktop import APP_ID, APP_NAME, ORG_DOMAIN, __version__
from advocate_desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from advocate_desktop.schedule.clock import Clock
    from advocate_desktop.ui.services import Services

log = logging.getLogger("advocate_desktop")


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
    parser.add_argument("--verbose", action="store_true", help="log debugging details")
    return parser.parse_args(argv)


def first_run(paths: AppPaths, clock: Clock, dialog: QDialog) -> Services | None:
    """Ask for consent; only after "I agree" is anything written to disk."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    from advocate_desktop.settings.consent import record_consent
    from advocate_desktop.ui.services import build_services, default_outbox_folder

    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    services = build_services(paths, clock)
    record_consent(paths.consent_file, clock.now())
    if not services.accounts.all():
        name = QCoreApplication.translate("App", "Outbox (demo)")
        services.add_outbox_account(name, default_outbox_folder(), "linkedin")
    return services


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if arguments.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.settings.consent import consent_given
    from advocate_desktop.settings.managed import ManagedConfigError
    from advocate_desktop.store.connection import StoreError
    from advocate_desktop.ui.gc_guard import GarbageCollector
    from advocate_desktop.ui.i18n import install_translators, resolve_language
    from advocate_desktop.ui.main_window import MainWindow, app_icon
    from advocate_desktop.ui.plain import show_problem
    from advocate_desktop.ui.services import build_services
    from advocate_desktop.ui.tasks import TaskRunner, prefer_gui_thread

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    collector = GarbageCollector(app)
    prefer_gui_thread()
    paths = AppPaths.from_environment()
    clock = SystemClock()

    try:
        if consent_given(paths.consent_file):
            services = build_services(paths, clock)
            language = resolve_language(services.settings.get("language"))
            install_translators(app, language)
        else:
            from advocate_desktop.ui.consent import ConsentDialog

            install_translators(app, resolve_language("system"))
            log.info("showing the first-run consent screen")
            agreed = first_run(paths, clock, ConsentDialog())
            if agreed is None:
                log.info("consent declined; nothing was stored")
                return 0
            services = agreed
    except (StoreError, ManagedConfigError) as error:
        log.error("cannot start: %s", error)
        show_problem(
            None,
            APP_NAME,
            app.translate(
                "App",
                "Advocate Desktop cannot start:\n\n%1\n\nNothing was changed. If the problem is"
                " in the managed configuration, contact your IT department.",
            ).replace("%1", str(error)),
        )
        return 1

    def credentials() -> object:
        from advocate_desktop.credentials import CredentialStore

        return CredentialStore()

    tasks = TaskRunner(app)
    window = MainWindow(services, tasks, credentials)
    if arguments.background and window.tray.available:
        log.info("started in the background; the tray icon opens the window")
    else:
        if arguments.background:
            log.info("no system tray here: showing the window despite --background")
        window.show()
    window.start(arguments.import_path)
    code = app.exec()
    del collector
    tasks.wait()
    services.db.close()
    return int(code)
