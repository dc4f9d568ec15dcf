"""Help → What my company can see: what leaves this computer, and to whom.

Built from :meth:`Services.data_flows` (the real configuration: subscribed addresses,
connected accounts, settings), read on a worker.  Feed titles and account names come
from outside, so every line is a plain-text label (never rendered as HTML), wrapped to
the window's width.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.data_flows import DataFlows, Flow, FlowKind
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.ui.plain import plain_label

INDENT_PX = 22


@dataclass
class Line:
    """One line of the panel: a section's title (depth 0) or what is under it."""

    text: str
    depth: int
    children: list[Line] = field(default_factory=list)


class DataFlowsDialog(QDialog):
    def __init__(self, flows: DataFlows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What my company can see"))
        self.resize(720, 600)
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
        self.sections: list[Line] = []
        self.labels: list[QLabel] = []
        body = QWidget()
        self._column = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("What leaves this computer"))
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(flows)
        self._column.addStretch(1)

    # -- the sections ---------------------------------------------------------
    def _fill(self, flows: DataFlows) -> None:
        self._employer(flows)
        self._posts(flows)
        self._content(flows)
        self._kept(flows)

    def _section(self, title: str) -> Line:
        section = Line(title, 0)
        self.sections.append(section)
        label = self._label(section)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if len(self.sections) > 1:
            label.setContentsMargins(0, 8, 0, 0)
        return section

    def _line(self, parent: Line, text: str) -> Line:
        line = Line(text, parent.depth + 1)
        parent.children.append(line)
        self._label(line)
        return line

    def _label(self, line: Line) -> QLabel:
        label = plain_label(line.text)
        label.setWordWrap(True)
        label.setIndent(INDENT_PX * line.depth)
        self._column.addWidget(label)
        self.labels.append(label)
        return label

    def lines(self) -> list[str]:
        """Every line in order, indented by two spaces a level (for tests and logs)."""

        def walk(line: Line) -> list[str]:
            return ["  " * line.depth + line.text] + [t for c in line.children for t in walk(c)]

        return [text for section in self.sections for text in walk(section)]

    def _employer(self, flows: DataFlows) -> None:
        section = self._section(self.tr("Your employer"))
        self._line(
            section,
            self.tr(
                "Nothing is sent to your employer: the app never reports what you write,"
                " share or schedule, and has no telemetry and no update check. Like anyone,"
                " your employer can see the posts you make public."
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
        if flows.proxy:
            self._line(
                section,
                self.tr(
                    "Your organization's proxy (%1) relays this app's connections: it sees"
                    " which servers the app contacts and when, and, where your organization"
                    " inspects encrypted traffic, what is sent."
                ).replace("%1", flows.proxy),
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
        folders = flows.of(FlowKind.IT_FOLDER)
        if not feeds and not folders:
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
        for flow in folders:
            self._line(
                section,
                self.tr(
                    "Content packs are read from the folder your IT department chose: %1"
                ).replace("%1", flow.to),
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
