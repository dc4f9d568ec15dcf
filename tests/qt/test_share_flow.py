"""Share on…, in the real window: the checks before the page opens, the browser, the
clipboard, the question whether it was posted, and the Queue's record of it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from advocate_desktop.networks.share import Placement
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import to_db
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.employee.share_flow import AskPostedDialog, ShareChoice, ShareFlow
from advocate_desktop.ui.messages import state_label
from tests.qt.conftest import Harness

DISCLOSED = "#pracujęwNordvik Świetne wieści: NordvikPay dla małych firm! 🎉 Zapraszam & polecam"
UNDISCLOSED = "Świetne wieści o płatnościach dla małych firm!"
BEFORE = "what the clipboard held before"


class Browser:
    """Stands in for the system browser: records what the app asked it to open."""

    def __init__(self, works: bool = True) -> None:
        self.opened: list[str] = []
        self.works = works

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(bytes(url.toEncoded().data()).decode("ascii"))
        return self.works


def write(harness: Harness, window: MainWindow, text: str) -> PostRow:
    """Open the first item and type ``text``; wait for its check; tick the warnings."""
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText(text)
    editor.save_now()  # the draft is written on the first edit, after a short pause
    editor.run_check()
    harness.idle(window)
    if editor.ack.isVisible():
        editor.ack.setChecked(True)
    assert editor.draft is not None
    return editor.draft.post


def choose(flow: ShareFlow, network: str, account_id: str | None = None) -> None:
    for action in flow.menu.actions():
        choice = action.data()
        assert isinstance(choice, ShareChoice)
        if choice.network == network and (choice.account.id if choice.account else None) == (
            account_id
        ):
            action.trigger()
            return
    raise AssertionError(f"no menu entry for {network}")


def answer(qtbot: QtBot, flow: ShareFlow, posted: bool) -> AskPostedDialog:
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
    dialog = flow.dialog
    assert dialog is not None
    (dialog.yes_button if posted else dialog.no_button).click()
    return dialog


def test_the_menu_offers_every_network_and_each_mastodon_account(harness: Harness) -> None:
    window = harness.window()
    entries = [text for text, _choice in window.editor.share.menu.choices()]
    assert entries == [
        "X",
        "Bluesky",
        "Mastodon…",
        "Threads",
        "LinkedIn",
        "Facebook",
        "Instagram",
    ]
    account = window.services.accounts.repo.add(
        "mastodon",
        "ala@social.example",
        {"instance": "https://social.example"},
        harness.clock.now(),
    )
    window.refresh_accounts()
    harness.idle(window)
    choices = window.editor.share.menu.choices()
    assert [text for text, _ in choices][2:4] == [
        "Mastodon (ala@social.example)",
        "Mastodon on another server…",
    ]
    assert choices[2][1].account.id == account.id
    assert [text for text, _ in window.queue.share.menu.choices()] == [t for t, _ in choices]


def test_x_opens_with_the_text_filled_in_and_yes_records_handed_off(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    browser = Browser()
    window.editor.share.open_url = browser
    QGuiApplication.clipboard().setText(BEFORE)
    post = write(harness, window, DISCLOSED)
    link = window.services.posts.media.link(post.id)
    assert link is not None
    assert window.editor.share_button.isEnabled()

    choose(window.editor.share, "x")
    harness.idle(window)
    assert len(browser.opened) == 1
    address = browser.opened[0]
    assert address.startswith("https://x.com/intent/tweet?text=%23pracuj%C4%99wNordvik%20")
    assert "%F0%9F%8E%89%20Zapraszam%20%26%20polecam&url=https%3A%2F%2F" in address
    assert parse_qs(urlsplit(address).query) == {"text": [DISCLOSED], "url": [link.url]}
    assert QGuiApplication.clipboard().text() == BEFORE  # the page has it all: untouched
    dialog = answer(qtbot, window.editor.share, posted=True)
    assert dialog.page.placement is Placement.IN_ADDRESS
    harness.idle(window)

    stored = window.services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.HANDED_OFF
    assert stored.network == "x" and stored.text == f"{DISCLOSED} {link.url}"
    # The time the employee said it went out, in its history too.
    assert stored.due_at == stored.updated_at == to_db(harness.clock.now())
    assert window.services.posts.repo.events(post.id)[-1].at == stored.due_at
    assert window.editor.draft is None  # no longer a draft to edit
    # The Queue shows it, selected, under its own state; nothing left to do with it.
    assert window.tabs.currentWidget() is window.queue
    qtbot.waitUntil(lambda: window.queue.selected() is not None, timeout=5000)
    harness.idle(window)
    line = window.queue.selected()
    assert line is not None and line.id == post.id
    assert window.queue.heading.text().startswith("Posted by you · ")
    assert window.queue.history.item(window.queue.history.rowCount() - 1, 2).text() == (
        "You posted it on its share page"
    )
    assert not window.queue.share_button.isEnabled()
    assert not window.queue.edit_button.isEnabled()
    assert "Recorded: you posted it on X." in window.statusBar().currentMessage()


def test_linkedin_gets_the_link_and_the_clipboard_the_text_and_no_leaves_a_draft(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    browser = Browser()
    window.editor.share.open_url = browser
    QGuiApplication.clipboard().setText(BEFORE)
    post = write(harness, window, DISCLOSED)
    link = window.services.posts.media.link(post.id)
    assert link is not None

    choose(window.editor.share, "linkedin")
    harness.idle(window)
    assert [parse_qs(urlsplit(a).query) for a in browser.opened] == [{"url": [link.url]}]
    assert browser.opened[0].startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
    assert QGuiApplication.clipboard().text() == DISCLOSED
    dialog = answer(qtbot, window.editor.share, posted=False)
    assert "LinkedIn takes only the link from the app" in dialog.where.text()
    harness.idle(window)

    stored = window.services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.DRAFT
    assert window.editor.draft is not None and window.editor.draft.post.id == post.id
    assert "the post stays as it was" in window.statusBar().currentMessage()
    assert not window.editor.share.busy


def test_copy_again_puts_the_text_back_on_the_clipboard(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.editor.share.open_url = Browser()
    write(harness, window, DISCLOSED)
    choose(window.editor.share, "instagram")
    harness.idle(window)
    flow = window.editor.share
    qtbot.waitUntil(lambda: flow.dialog is not None, timeout=5000)
    assert flow.dialog is not None and flow.dialog.copy_button is not None
    QGuiApplication.clipboard().setText("something else")
    flow.dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == DISCLOSED
    assert flow.dialog.isVisible()  # copying does not answer the question
    buttons = flow.dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    flow.dialog.no_button.click()


def test_the_policy_stops_a_share_before_anything_opens(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    browser = Browser()
    window.editor.share.open_url = browser
    QGuiApplication.clipboard().setText(BEFORE)
    post = write(harness, window, UNDISCLOSED)
    assert not window.editor.schedule_button.isEnabled()  # blocked for publishing too

    for network in ("x", "linkedin", "instagram"):
        choose(window.editor.share, network)
        harness.idle(window)
        assert "Not opened: the policy blocks this post on" in (window.statusBar().currentMessage())
    assert browser.opened == []
    assert QGuiApplication.clipboard().text() == BEFORE
    assert window.editor.share.dialog is None
    stored = window.services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.DRAFT


def test_mastodon_without_an_account_asks_for_the_server(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    browser = Browser()
    flow = window.editor.share
    flow.open_url = browser
    write(harness, window, DISCLOSED)

    choose(flow, "mastodon")
    qtbot.waitUntil(lambda: flow.instance_dialog is not None, timeout=5000)  # once stored
    assert flow.instance_dialog is not None
    flow.instance_dialog.setTextValue("http://social.example")  # not https: refused
    flow.instance_dialog.accept()
    harness.idle(window)
    assert browser.opened == []
    assert "is not the address of a Mastodon server" in window.statusBar().currentMessage()

    choose(flow, "mastodon")
    qtbot.waitUntil(lambda: flow.instance_dialog is not None, timeout=5000)  # once stored
    assert flow.instance_dialog is not None
    assert flow.instance_dialog.textValue() == "http://social.example"  # kept to correct
    flow.instance_dialog.setTextValue("@ala@Social.Example")
    flow.instance_dialog.accept()
    harness.idle(window)
    assert len(browser.opened) == 1
    assert browser.opened[0].startswith("https://social.example/share?text=%23pracuj")
    answer(qtbot, flow, posted=True)
    harness.idle(window)
    post = window.services.posts.repo.get(window.queue.selected().id)  # type: ignore[union-attr]
    assert post is not None and post.state == PostState.HANDED_OFF
    assert post.network == "mastodon" and post.account_id is None


def test_a_browser_that_does_not_open_asks_nothing(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.editor.share.open_url = Browser(works=False)
    post = write(harness, window, DISCLOSED)
    choose(window.editor.share, "bluesky")
    harness.idle(window)
    assert window.editor.share.dialog is None and not window.editor.share.busy
    assert "Your browser could not be opened at https://bsky.app/intent/compose?text=" in (
        window.statusBar().currentMessage()
    )
    stored = window.services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.DRAFT


def test_the_queue_shares_a_missed_post_and_lists_handed_off_posts(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    services = window.services
    queue = window.queue
    browser = Browser()
    queue.share.open_url = browser
    entry = window.feed.model.all_entries[0]
    (account,) = services.accounts.repo.all()
    post = services.posts.post_service.open_draft(
        source_id=entry.source_id,
        item_id=entry.item.id,
        network="x",
        language=entry.item.language,
        suggested_text=DISCLOSED,
        account_id=account.id,
    )
    services.posts.post_service.schedule(
        post.id, text=DISCLOSED, account_id=account.id, network="x", due_at=harness.clock.now()
    )
    assert services.posts.repo.transition(post.id, ["scheduled"], "missed", harness.clock.now())
    window.tabs.setCurrentWidget(queue)
    queue.select_post(post.id)
    harness.idle(window)
    qtbot.waitUntil(lambda: queue.share_button.isEnabled(), timeout=5000)

    choose(queue.share, "threads")
    harness.idle(window)
    assert [parse_qs(urlsplit(a).query)["text"] for a in browser.opened] == [[DISCLOSED]]
    assert browser.opened[0].startswith("https://www.threads.com/intent/post?text=")
    answer(qtbot, queue.share, posted=True)
    harness.idle(window)
    stored = services.posts.repo.get(post.id)
    assert stored is not None and stored.state == PostState.HANDED_OFF
    assert (stored.network, stored.account_id) == ("threads", None)
    # Listed under its own state, counted in the filter, never published by the app.
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=5000)
    label = state_label("handed_off")
    assert queue.model.state_text("handed_off") == label
    row = queue.model.row_of(post.id)
    assert row is not None
    assert queue.model.index(row, 1).data() == label
    states = [queue.state_filter.itemText(i) for i in range(queue.state_filter.count())]
    assert f"{label} (1)" in states
    window.scheduler.tick()
    harness.idle(window)
    assert services.posts.repo.get(post.id).state == PostState.HANDED_OFF  # type: ignore[union-attr]
    assert not (harness.outbox.exists() and any(harness.outbox.iterdir()))


def test_warnings_are_acknowledged_before_a_share_as_before_publishing(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    browser = Browser()
    editor.share.open_url = browser
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText(DISCLOSED + " Slajdy: https://bit.ly/nv-slajdy")  # a shortener
    editor.run_check()
    harness.idle(window)
    assert editor.ack.isVisible() and not editor.ack.isChecked()

    choose(editor.share, "bluesky")
    harness.idle(window)
    assert browser.opened == [] and editor.share.dialog is None
    assert editor.reason.text() == "Tick the box to confirm you have read the warnings."
    editor.ack.setChecked(True)
    choose(editor.share, "bluesky")
    harness.idle(window)
    assert len(browser.opened) == 1
    answer(qtbot, editor.share, posted=False)
