"""Findings beside the editor: severity, message, and a Fix where the rule offers one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.policy.model import Finding, Severity
from advocate_desktop.ui.colors import severity_color
from advocate_desktop.ui.plain import plain_label, plain_tip

FindingRole = Qt.ItemDataRole.UserRole + 1


def severity_label(severity: Severity) -> str:
    """The word for a severity, wherever findings or rules are listed."""
    return {
        Severity.BLOCK: QCoreApplication.translate("PolicyPanel", "Blocks"),
        Severity.WARN: QCoreApplication.translate("PolicyPanel", "Warning"),
        Severity.SUGGEST: QCoreApplication.translate("PolicyPanel", "Suggestion"),
    }[severity]


class PolicyPanel(QWidget):
    finding_selected = Signal(object)
    fix_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Policy check"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long heading (Polish) wraps, never clipped
        layout.addWidget(self.heading)
        self.summary = plain_label(self.tr("Open an item to check your post."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Policy findings"))
        self.list.setAccessibleDescription(
            self.tr("What the policy check found in your post; select one to see it in the text")
        )
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.fix_button = QPushButton(self.tr("Fix"))
        self.fix_button.setEnabled(False)
        self.fix_button.setToolTip(self.tr("Apply the suggested change to the selected finding"))
        self.fix_button.setAccessibleDescription(self.fix_button.toolTip())
        self.fix_button.clicked.connect(self._fix)
        row.addStretch(1)
        row.addWidget(self.fix_button)
        layout.addLayout(row)
        self._findings: tuple[Finding, ...] = ()
        self._announced = ""

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: colour the findings again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for row in range(self.list.count()):
                item = self.list.item(row)
                finding = item.data(FindingRole)
                if finding is not None:
                    item.setForeground(severity_color(finding.severity, self.palette()))

    def _announce(self, text: str) -> None:
        """Tell a screen reader what the check found, once per change (a live region)."""
        if text == self._announced:
            return
        self._announced = text
        self.summary.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.summary, text))

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        self._findings = findings
        self.list.clear()
        for finding in findings:
            item = QListWidgetItem(f"{severity_label(finding.severity)}: {finding.message}")
            item.setForeground(severity_color(finding.severity, self.palette()))
            item.setData(FindingRole, finding)
            if finding.link:
                item.setToolTip(
                    plain_tip(self.tr("Policy section: %1").replace("%1", finding.link))
                )
            self.list.addItem(item)
        blocks = sum(1 for f in findings if f.severity is Severity.BLOCK)
        warns = sum(1 for f in findings if f.severity is Severity.WARN)
        suggestions = len(findings) - blocks - warns
        if not findings:
            self.summary.setText(self.tr("No findings: the post follows the policy."))
        else:
            parts = [
                self.tr("%n finding(s) block publishing", "", blocks),
                self.tr("%n warning(s)", "", warns),
            ]
            if suggestions:
                parts.append(self.tr("%n suggestion(s)", "", suggestions))
            self.summary.setText(" · ".join(parts))
        self._announce(self.summary.text())
        self.fix_button.setEnabled(False)

    def show_message(self, message: str) -> None:
        """No findings to list, only why (a text too long to check)."""
        self._findings = ()
        self.list.clear()
        self.summary.setText(message)
        self._announce(message)
        self.fix_button.setEnabled(False)

    def clear(self) -> None:
        self._findings = ()
        self.list.clear()
        self.summary.setText(self.tr("Open an item to check your post."))
        self.fix_button.setEnabled(False)

    def _selected(self) -> Finding | None:
        item = self.list.currentItem()
        finding = None if item is None else item.data(FindingRole)
        return finding if isinstance(finding, Finding) else None

    def _current_changed(self, *_: object) -> None:
        finding = self._selected()
        self.fix_button.setEnabled(bool(finding and finding.suggestions))
        if finding is not None:
            self.finding_selected.emit(finding)

    def _fix(self) -> None:
        finding = self._selected()
        if finding is not None and finding.suggestions:
            self.fix_requested.emit(finding, finding.suggestions[0])
