"""Takes screenshots of the main screens on a throwaway HOME (English and Polish).

``python scripts/screenshots.py``: the README's set, under Xvfb (``make screenshots``)
or offscreen.  Output: docs/screenshots/*.png

``python scripts/screenshots.py --sizes``: the main screens (editor, queue, settings,
accounts) in both languages on a 1366×768 and a 1024×640 screen and at 200 % on a
2560×1440 one, each in its own offscreen Qt (the scale is fixed when Qt starts), with
the window filling the screen.  Output: build/screenshots/<size>/*.png (not kept in
the repository; look at them after a layout change).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES_OUT = ROOT / "build" / "screenshots"
# name: (screen width, height, scale factor)
SIZES = {"1366x768": (1366, 768, 1), "1024x640": (1024, 640, 1), "200pct": (2560, 1440, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", action="store_true", help="every screen size, both languages")
    parser.add_argument("--size", choices=sorted(SIZES), help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.sizes:
        return shoot_sizes()
    return shoot(arguments.size)


def shoot_sizes() -> int:
    """Each size in a Qt of its own, on an offscreen screen of that size and scale."""
    for name, (width, height, scale) in SIZES.items():
        out = SIZES_OUT / name
        out.mkdir(parents=True, exist_ok=True)
        screens = out / "screens.json"
        screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height}
        screens.write_text(json.dumps({"screens": [screen]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
        env["QT_SCALE_FACTOR"] = str(scale)
        subprocess.run([sys.executable, __file__, "--size", name], env=env, check=True)
        screens.unlink()
    print(f"screenshots written to {SIZES_OUT}")
    return 0


def shoot(size: str | None) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="advocate-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())
    os.environ["HOME"] = str(scratch / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.services.app_services import build_services
    from advocate_desktop.ui.employee.consent import ConsentDialog
    from advocate_desktop.ui.employee.main_window import MainWindow
    from advocate_desktop.ui.i18n import install_translators
    from advocate_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    out = OUT if size is None else SIZES_OUT / size
    out.mkdir(parents=True, exist_ok=True)
    every_screen = size is None  # the README's set; the sizes take the main screens

    def fitted(widget: QWidget) -> None:
        """A dialog at its preferred size, as far as the screen allows."""
        room = widget.screen().availableGeometry().size() - QSize(16, 48)
        widget.resize(widget.sizeHint().boundedTo(room))

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / name))

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
        if every_screen:
            consent = ConsentDialog()
            consent.show()
            settle()
            save(consent, f"consent{suffix}.png")
            consent.close()

        base = scratch / language
        paths = AppPaths(base / "data", base / "config", base / "cache", ())
        services = build_services(paths, SystemClock())
        services.accounts.add_outbox_account("Outbox (demo)", base / "outbox", "linkedin")
        tasks = TaskRunner(app)
        window = MainWindow(services, tasks, lambda: None)
        if size is None:
            window.resize(1280, 780)
        else:  # the whole screen, as a maximized window
            window.setGeometry(window.screen().availableGeometry())
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
        save(window, f"editor{suffix}.png")

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
        save(window, f"queue{suffix}.png")

        dialog = window.settings_dialog()
        fitted(dialog)
        dialog.show()
        settle(window, 400)
        save(dialog, f"settings{suffix}.png")
        if every_screen:
            dialog.pages.setCurrentIndex(3)
            settle(window, 300)
            save(dialog, f"settings-content{suffix}.png")
        dialog.close()

        show_accounts(services, base)
        dialog = window.settings_dialog()
        fitted(dialog)
        dialog.pages.setCurrentIndex(1)
        dialog.show()
        settle(window, 500)
        dialog.accounts_page.accounts.setCurrentRow(1)
        settle(window, 200)
        save(dialog, f"settings-accounts{suffix}.png")
        if not every_screen:
            dialog.close()
            window.quit()
            tasks.wait()
            services.db.close()
            for translator in translators:
                app.removeTranslator(translator)
            continue
        adding = dialog.accounts_page.start_adding()
        adding.network_choice["bluesky"].setChecked(True)
        adding.next.click()
        adding.handle.setText("ana.bsky.social")
        settle(window, 300)
        save(adding, f"add-account-bluesky{suffix}.png")
        adding.close()
        linkedin_shots(services, tasks, dialog, suffix, lambda w=window: settle(w, 400))
        dialog.close()

        window.open_policy_rules()
        settle(window, 800)
        save(window.policy_rules, f"policy-rules{suffix}.png")
        window.policy_rules.close()

        studio_shots(window, base, suffix, lambda w=window: settle(w, 600))

        services.content.subscribe("https://news.nordvik.example/feed.json")
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
    print(f"screenshots written to {out}")
    return 0


def studio_shots(window: Any, base: Path, suffix: str, settle: Any) -> None:
    """The pack studio: its packs, an item's blocked suggested text, lint, and a pack built
    and verified (signed with a passphrase-protected key file: no keyring here)."""
    from advocate_desktop.services.authoring.keys import KeyReference, generate_key
    from advocate_desktop.services.authoring.results import KeyStorage

    studio = window.open_studio()
    studio.resize(1280, 780)
    studio.create_pack("Nordvik — newsroom" if not suffix else "Nordvik — aktualności")
    settle()
    studio.save_to(base / "studio-pack")
    settle()
    studio.tabs.setCurrentWidget(studio.packs)
    settle()
    studio.grab().save(str(OUT / f"studio-packs{suffix}.png"))
    items = studio.items
    items.list.setCurrentRow(0)
    items.tabs.setCurrentIndex(2)
    settle()
    items.post.text.setPlainText(
        items.post.text.toPlainText()
        + (" Thanks to Orbis!" if not suffix else " Dziękujemy Orbisowi!")
    )
    settle()
    studio.tabs.setCurrentWidget(items)
    settle()
    studio.grab().save(str(OUT / f"studio-items{suffix}.png"))
    items.post.text.setPlainText(items.post.text.toPlainText().rsplit(" ", 2)[0])
    items.tabs.setCurrentIndex(0)
    studio.check_now()
    settle()
    studio.tabs.setCurrentWidget(studio.lint)
    settle()
    studio.grab().save(str(OUT / f"studio-lint{suffix}.png"))
    key = generate_key(
        storage=KeyStorage.ENCRYPTED_FILE,
        name="Nordvik Communications",
        prefix=base / "signing",
        passphrase="a screenshot passphrase",
    )
    publish = studio.publish
    publish.signer.setText("Nordvik Communications")
    publish._add_key(KeyReference.parse(key.reference), select=True)
    studio.save()
    settle()
    publish.build("a screenshot passphrase")
    settle()
    studio.tabs.setCurrentWidget(publish)
    settle()
    studio.grab().save(str(OUT / f"studio-publish{suffix}.png"))
    studio.close()
    settle()


def linkedin_shots(services: Any, tasks: Any, parent: Any, suffix: str, settle: Any) -> None:
    """The LinkedIn page of Add account: with the company's app, and without one."""
    from dataclasses import replace
    from types import SimpleNamespace

    from advocate_desktop.ui.employee.add_account import AddAccountDialog

    app = SimpleNamespace(client_id="shown", client_secret=None, token_exchange_url=None)
    for configured, name in ((app, "add-account-linkedin"), (None, "add-account-linkedin-none")):
        manager = replace(
            services.accounts.account_manager(), company_app=lambda _n, a=configured: a
        )
        adding = AddAccountDialog(services.accounts, tasks, lambda m=manager: m, parent=parent)
        adding.show()
        settle()
        adding.network_choice["linkedin"].setChecked(True)
        if configured is None:
            adding.grab().save(str(OUT / f"{name}-choice{suffix}.png"))
        adding.next.click()
        settle()
        adding.grab().save(str(OUT / f"{name}{suffix}.png"))
        adding.close()


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
    mastodon = services.accounts.repo.add(
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
    bluesky = services.accounts.repo.add(
        "bluesky",
        "ana.bsky.social",
        {"service": "https://bsky.social", "did": "did:plc:ana", "handle": "ana.bsky.social"},
        now,
    )
    store.set(f"{bluesky.id}/refresh_jwt", "shown")
    services.accounts._manager = AccountManager(
        services.accounts.repo, AccountHoldRepository(services.db), services.clock, store
    )


if __name__ == "__main__":
    sys.exit(main())
