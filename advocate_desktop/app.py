"""Composition root: parses the command line, asks for consent, builds the services, starts Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from advocate_desktop import APP_ID, APP_NAME, ORG_DOMAIN, __version__
from advocate_desktop.paths import AppPaths

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
    parser.add_argument("--verbose", action="store_true", help="log debugging details")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if arguments.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from PySide6.QtWidgets import QApplication, QDialog

    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.settings.consent import consent_given, record_consent
    from advocate_desktop.ui.consent import ConsentDialog
    from advocate_desktop.ui.i18n import install_translators, resolve_language
    from advocate_desktop.ui.main_window import MainWindow, app_icon
    from advocate_desktop.ui.services import build_services, default_outbox_folder
    from advocate_desktop.ui.tasks import TaskRunner

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    paths = AppPaths.from_environment()
    clock = SystemClock()

    first_run = not consent_given(paths.consent_file)
    if first_run:
        translators = install_translators(app, resolve_language("system"))
        dialog = ConsentDialog()
        log.info("showing the first-run consent screen")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            log.info("consent declined; nothing was stored")
            return 0
    services = build_services(paths, clock)
    if first_run:
        record_consent(paths.consent_file, clock.now())
        if not services.accounts.all():
            services.add_outbox_account(
                app.translate("App", "Outbox (demo)"), default_outbox_folder(), "linkedin"
            )
    else:
        translators = install_translators(app, resolve_language(services.settings.get("language")))
    del translators  # parented to the app, which keeps them

    def credentials() -> object:
        from advocate_desktop.credentials import CredentialStore

        return CredentialStore()

    tasks = TaskRunner(app)
    window = MainWindow(services, tasks, credentials)
    window.show()
    window.start(arguments.import_path)
    code = app.exec()
    tasks.wait()
    services.db.close()
    return int(code)
