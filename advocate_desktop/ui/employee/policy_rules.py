"""Help → Policy rules: every rule that checks the employee's posts, and where it
comes from (built in, a content pack, IT).  The lists themselves are not shown:
a confidential rule's client names would be one screenshot away from a leak."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.policy.model import Rule
from advocate_desktop.ui.colors import severity_color
from advocate_desktop.ui.plain import plain_label, plain_tip
from advocate_desktop.ui.policy_panel import severity_label

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class PolicyRulesDialog(QDialog):
    def __init__(
        self,
        rules: Sequence[Rule],
        *,
        managed_source: str | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy rules"))
        self.resize(760, 460)
        self._rules = sorted(rules, key=lambda r: (r.severity.rank, r.kind, r.id))
        self._language = language
        self._managed_source = managed_source
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These rules check your posts on this computer while you write and again"
                " when a post goes out. Nothing you write is sent anywhere to be checked."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Severity"), self.tr("What it checks"), self.tr("From"), self.tr("Details")]
        )
        self.tree.setAccessibleName(self.tr("Policy rules"))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for rule in self._rules:
            item = QTreeWidgetItem(
                [
                    severity_label(rule.severity),
                    self._kind(rule.kind),
                    self._origin(rule.origin),
                    self._details(rule),
                ]
            )
            item.setForeground(0, severity_color(rule.severity, self.palette()))
            item.setToolTip(1, plain_tip(rule.id))
            item.setToolTip(3, plain_tip(item.text(3)))
            self.tree.addTopLevelItem(item)
        self.tree.currentItemChanged.connect(self._show_current)
        layout.addWidget(self.tree, 1)
        self.message = plain_label()  # the rule's message, from a pack or IT
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_link = QPushButton(self.tr("Open the policy page"))
        self.open_link.setEnabled(False)
        self.open_link.clicked.connect(self._open_link)
        buttons.addButton(self.open_link, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if self._rules and first is not None:
            self.tree.setCurrentItem(first)

    def current_rule(self) -> Rule | None:
        current = self.tree.currentItem()
        index = -1 if current is None else self.tree.indexOfTopLevelItem(current)
        return self._rules[index] if 0 <= index < len(self._rules) else None

    def _show_current(self, *_: object) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        template = rule.message.get(self._language) or rule.message.get("en") or ""
        # The placeholders are filled from a post; here there is none.
        self.message.setText(_PLACEHOLDER.sub("…", template))
        self.open_link.setEnabled(bool(rule.link))
        self.open_link.setToolTip(plain_tip(rule.link or ""))

    def _open_link(self) -> None:
        rule = self.current_rule()
        if rule is not None and rule.link:
            QDesktopServices.openUrl(QUrl(rule.link))

    def _kind(self, kind: str) -> str:
        labels = {
            "confidential": self.tr("Confidential names"),
            "substitution": self.tr("Brand spelling"),
            "disclosure": self.tr("Saying that you work here"),
            "pii": self.tr("Personal data"),
            "secret": self.tr("Passwords and keys"),
            "link": self.tr("Links"),
            "language": self.tr("Language and sensitive topics"),
            "pattern": self.tr("Your team's own pattern"),
            "length": self.tr("Length on each network"),
        }
        return labels.get(kind, kind)

    def _origin(self, origin: str) -> str:
        if origin == "builtin":
            return self.tr("Built in")
        if self._managed_source is not None and origin == self._managed_source:
            return self.tr("Your IT department")
        return origin

    def _details(self, rule: Rule) -> str:
        params = rule.params
        if rule.kind == "confidential":
            return self.tr("%n name(s), with their forms", "", len(params.get("terms", [])))
        if rule.kind == "substitution":
            return self.tr("%n spelling(s)", "", len(params.get("replacements", [])))
        if rule.kind == "link":
            return self.tr("%n blocked site(s)", "", len(params.get("blocked_domains", [])))
        if rule.kind == "language":
            names = {"profanity": self.tr("profanity"), "sensitive": self.tr("sensitive topics")}
            parts = [names.get(str(n), str(n)) for n in params.get("lists", [])]
            if params.get("terms"):
                parts.append(self.tr("%n own word(s)", "", len(params["terms"])))
            return ", ".join(parts)
        if rule.kind == "pii":
            types = params.get("types", [])
            labels = params.get("labels", {})
            named = labels.get(self._language) or labels.get("en") or {}
            return ", ".join(str(named.get(kind, kind)) for kind in types)
        if rule.kind == "disclosure":
            from advocate_desktop.policy.checks.disclosure import expand_defaults

            defaults = params.get("default_phrases", {})
            labels = {
                language: list(params.get("phrases", {}).get(language) or [])
                or expand_defaults(defaults.get(language, []), str(params.get("employer", "")))
                for language in {*defaults, *params.get("phrases", {})}
            }
            # IT's wording (disclosure_texts), where given, is the one label that counts.
            labels.update({k: list(v) for k, v in params.get("required_phrases", {}).items()})
            return ", ".join(phrases[0] for _, phrases in sorted(labels.items()) if phrases)
        return ""
