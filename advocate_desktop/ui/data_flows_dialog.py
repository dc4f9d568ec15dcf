"""Help → What my company can see: what leaves this computer, and to whom.

Built from :meth:`Services.data_flows` (the real configuration: subscribed addresses,
connected accounts, settings), read on a worker.  Feed titles and account names come
from outside, so every line is drawn by an item view, as plain text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.data_flows import DataFlows, Flow, FlowKind
from advocate_desktop.networks.registry import label as network_label


class DataFlowsDialog(QDialog):
    def __init__(self, flows: DataFlows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What my company can see"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything this app sends, and to whom, as it is set up now. Your drafts and"
                " the policy check stay on this computer; posts go only to the accounts you"
                " connected, when you publish them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("What leaves this computer"))
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(flows)
        self.tree.expandAll()

    # -- the sections ---------------------------------------------------------
    def _fill(self, flows: DataFlows) -> None:
        self._employer(flows)
        self._posts(flows)
        self._content(flows)
        self._kept(flows)

    def _section(self, title: str) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.tree, [title])
        font = QFont(section.font(0))
        font.setBold(True)
        section.setFont(0, font)
        return section

    @staticmethod
    def _line(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        return item

    def _employer(self, flows: DataFlows) -> None:
        section = self._section(self.tr("Your employer"))
        self._line(
            section,
            self.tr(
                "Nothing is sent to your employer: the app never reports what you write,"
                " share or schedule, and has no telemetry. Like anyone, your employer can"
                " see the posts you make public."
            ),
        )
        if flows.of(FlowKind.CONTENT):
            self._line(
                section,
                self.tr(
                    "The servers your content comes from (listed below) see when this computer"
                    " asks them for news, from which network address, and the app's version."
                ),
            )
        if flows.campaign_parameters:
            self._line(
                section,
                self.tr(
                    "Links to the company's site in the suggested texts carry the campaign's"
                    " parameters (utm_…): the site can tell a visit came from an employee's"
                    " post, not from whom."
                ),
            )
        if flows.referral:
            self._line(
                section,
                self.tr(
                    "Your referral parameter (%1) is on: links of job offers carry it, so the"
                    " careers site can tell which visitors came from your posts."
                ).replace("%1", flows.referral),
            )

    def _posts(self, flows: DataFlows) -> None:
        section = self._section(self.tr("Your posts and accounts"))
        accounts = flows.of(FlowKind.POSTS) + flows.of(FlowKind.OUTBOX)
        if not accounts:
            self._line(section, self.tr("No account is connected: nothing is published."))
        for flow in flows.of(FlowKind.POSTS):
            line = self._line(section, self._account_line(flow))
            self._line(
                line,
                self.tr(
                    "Receives the posts you publish with this account (text, images and their"
                    " descriptions, link) and your sign-in."
                ),
            )
            for kind, text in (
                (
                    FlowKind.SERVER_LIMITS,
                    self.tr("Is asked once a day how long posts may be there."),
                ),
                (
                    FlowKind.SERVER_SCHEDULING,
                    self.tr("Holds your scheduled posts before their time, to publish them."),
                ),
            ):
                if any(f.about == flow.about and f.to == flow.to for f in flows.of(kind)):
                    self._line(line, text)
        for flow in flows.of(FlowKind.OUTBOX):
            self._line(
                section,
                self.tr("%1 (Outbox): files in %2 on this computer; nothing is sent.")
                .replace("%1", flow.about)
                .replace("%2", flow.to),
            )

    def _account_line(self, flow: Flow) -> str:
        if flow.to:
            return (
                self.tr("%1 on %2 → %3")
                .replace("%1", flow.about)
                .replace("%2", network_label(flow.network))
                .replace("%3", flow.to)
            )
        return (
            self.tr("%1 on %2").replace("%1", flow.about).replace("%2", network_label(flow.network))
        )

    def _content(self, flows: DataFlows) -> None:
        section = self._section(self.tr("Content you receive"))
        feeds = flows.of(FlowKind.CONTENT)
        if not feeds:
            self._line(
                section,
                self.tr("No feed is subscribed: nothing is downloaded."),
            )
        for flow in feeds:
            text = self.tr("%1 → %2").replace("%1", flow.about).replace("%2", flow.to)
            if flow.managed:
                text += " " + self.tr("(set by your IT department)")
            line = self._line(section, text)
            self._line(
                line,
                self.tr("Asked for news every %n minute(s).", "", flows.sync_minutes),
            )
        hosts = flows.of(FlowKind.FEED_IMAGES)
        if hosts:
            self._line(
                section,
                self.tr("Images of the feeds are downloaded from: %1").replace(
                    "%1", ", ".join(f.to for f in hosts)
                ),
            )

    def _kept(self, flows: DataFlows) -> None:
        section = self._section(self.tr("Stays on this computer"))
        self._line(section, self.tr("Your drafts, the policy check and your settings."))
        if flows.keyring_accounts:
            self._line(
                section,
                self.tr(
                    "Sign-ins (tokens, app passwords) of %n account(s), in the system keyring;"
                    " only each account's own server sees its sign-in.",
                    "",
                    flows.keyring_accounts,
                ),
            )
        else:
            self._line(section, self.tr("No sign-in is stored."))
