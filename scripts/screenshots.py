"""Takes screenshots of the main screens on a throwaway HOME (English and Polish).

Run under Xvfb (``make screenshots``) or offscreen.  Output: docs/screenshots/*.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="advocate-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())
    os.environ["HOME"] = str(scratch / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.ui.consent import ConsentDialog
    from advocate_desktop.ui.i18n import install_translators
    from advocate_desktop.ui.main_window import MainWindow
    from advocate_desktop.ui.services import build_services
    from advocate_desktop.ui.settings_dialog import SettingsDialog
    from advocate_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(window: MainWindow | None = None, ms: int = 300) -> None:
        if window is not None:
            window.tasks.wait()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if window is not None:
            window.tasks.wait()
            QCoreApplication.processEvents()

    for language in ("en", "pl"):
        translators = install_translators(app, language)
        suffix = "" if language == "en" else "-pl"
        consent = ConsentDialog()
        consent.show()
        settle()
        consent.grab().save(str(OUT / f"consent{suffix}.png"))
        consent.close()

        base = scratch / language
        paths = AppPaths(base / "data", base / "config", base / "cache", ())
        services = build_services(paths, SystemClock())
        services.add_outbox_account("Outbox (demo)", base / "outbox", "linkedin")
        tasks = TaskRunner(app)
        window = MainWindow(services, tasks, lambda: None)
        window.resize(1280, 780)
        window.show()
        window.start()
        settle(window, 600)
        window.feed.open_row(1 if language == "en" else 0)
        settle(window, 600)
        editor = window.editor
        extra = (
            " Our work with Orbis made this possible, and the share price will love it."
            " Slides: https://bit.ly/nv-slides"
            if language == "en"
            else " Nasza współpraca z Orbisem to umożliwiła, a kurs akcji to doceni."
            " Zajebista robota! Slajdy: https://bit.ly/nv-slajdy"
        )
        editor.text.setPlainText(editor.text.toPlainText() + extra)
        settle(window, 500)
        editor.run_check()
        window.grab().save(str(OUT / f"editor{suffix}.png"))

        editor.text.setPlainText(editor.text.toPlainText().replace(extra, ""))
        editor.run_check()
        editor.ack.setChecked(True)
        editor.schedule(now=True)
        settle(window, 800)
        window.feed.open_row(2)
        settle(window, 500)
        editor.schedule(now=False)
        settle(window, 800)
        window.tabs.setCurrentIndex(1)
        window.queue.refresh()
        settle(window, 500)
        window.queue.table.selectRow(1)  # the published post: its whole history
        settle(window, 200)
        window.grab().save(str(OUT / f"queue{suffix}.png"))

        dialog = SettingsDialog(services, tasks, window)
        dialog.show()
        settle(window, 400)
        dialog.grab().save(str(OUT / f"settings{suffix}.png"))
        dialog.pages.setCurrentIndex(2)
        settle(window, 300)
        dialog.grab().save(str(OUT / f"settings-content{suffix}.png"))
        dialog.close()

        show_accounts(services, base)
        dialog = SettingsDialog(services, tasks, window)
        dialog.pages.setCurrentIndex(1)
        dialog.show()
        settle(window, 500)
        dialog.accounts_page.accounts.setCurrentRow(1)
        settle(window, 200)
        dialog.grab().save(str(OUT / f"settings-accounts{suffix}.png"))
        adding = dialog.accounts_page.start_adding()
        adding.network_choice["bluesky"].setChecked(True)
        adding.next.click()
        adding.handle.setText("ana.bsky.social")
        settle(window, 300)
        adding.grab().save(str(OUT / f"add-account-bluesky{suffix}.png"))
        adding.close()
        dialog.close()

        window.open_policy_rules()
        settle(window, 800)
        window.policy_rules.grab().save(str(OUT / f"policy-rules{suffix}.png"))
        window.policy_rules.close()

        services.subscribe("https://news.nordvik.example/feed.json")
        services.settings.set("referral_parameter", "ref=ana")
        services.settings.set("referral_enabled", True)
        window.open_data_flows()
        settle(window, 800)
        window.data_flows_dialog.grab().save(str(OUT / f"data-flows{suffix}.png"))
        window.data_flows_dialog.close()
        window.quit()
        tasks.wait()
        services.db.close()
        for translator in translators:
            app.removeTranslator(translator)
    print(f"screenshots written to {OUT}")
    return 0


class _ShownKeyring:
    """Stands in for the keyring on a screenshot run (no Secret Service under Xvfb):
    the accounts shown need a stored sign-in to show as connected."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.values.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.values[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        self.values.pop((service, name), None)


def show_accounts(services: Any, base: Path) -> None:
    """A Mastodon and a Bluesky account as they look once connected (no network)."""
    from advocate_desktop.accounts import AccountManager
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.mastodon.instance import InstanceLimits
    from advocate_desktop.store.account_holds_repo import AccountHoldRepository

    store = CredentialStore(backend=_ShownKeyring())
    now = services.clock.now()
    mastodon = services.accounts.add(
        "mastodon",
        "Ana Kowalska",
        {
            "instance": "https://mastodon.social",
            "remote_account_id": "1",
            "handle": "@ana@mastodon.social",
            "display_name": "Ana Kowalska",
            "visibility": "public",
            "limits": InstanceLimits().to_config(),
        },
        now,
    )
    store.set(f"{mastodon.id}/access_token", "shown")
    bluesky = services.accounts.add(
        "bluesky",
        "ana.bsky.social",
        {"service": "https://bsky.social", "did": "did:plc:ana", "handle": "ana.bsky.social"},
        now,
    )
    store.set(f"{bluesky.id}/refresh_jwt", "shown")
    services._account_manager = AccountManager(
        services.accounts, AccountHoldRepository(services.db), services.clock, store
    )


if __name__ == "__main__":
    sys.exit(main())
