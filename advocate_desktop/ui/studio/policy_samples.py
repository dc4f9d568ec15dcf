"""Sample posts beside the rules: the communications team types posts colleagues might
write, and sees which rules catch each one and which samples the chosen rule catches.
The check itself runs on the page's worker; this panel only shows its answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.policy.model import Finding
from advocate_desktop.services.policy_editing import APP_LANGUAGES, Sample, SampleCatches
from advocate_desktop.ui.colors import severity_color
from advocate_desktop.ui.plain import plain_label, plain_tip
from advocate_desktop.ui.policy_panel import severity_label
from advocate_desktop.ui.studio.policy_texts import language_name

PREVIEW_CHARACTERS = 70


class SamplesPanel(QWidget):
    """The sample posts, each with the rules that catch it."""

    samples_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: list[Sample] = []
        self._catches: SampleCatches | None = None
        self._rule: str | None = None  # the id the chosen rule's findings carry
        self._rule_name = ""
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Sample posts"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr("Type posts colleagues might write; the rules are tried on them as you edit.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Sample posts"))
        self.list.setAccessibleDescription(
            self.tr("Each sample with the rules that catch it; select one to edit it")
        )
        self.list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.list, 2)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New sample"))
        self.add_button.clicked.connect(lambda: self.add_sample())
        self.remove_button = QPushButton(self.tr("Remove sample"))
        self.remove_button.clicked.connect(self.remove_sample)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Text of the sample post"))
        self.editor.setPlaceholderText(self.tr("Type a post to try the rules on"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 14)
        self.editor.textChanged.connect(self._text_edited)
        layout.addWidget(self.editor)
        options = QHBoxLayout()
        caption = QLabel(self.tr("Language"))
        self.language_box = QComboBox()
        for code in APP_LANGUAGES:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setAccessibleName(self.tr("Language of the sample post"))
        caption.setBuddy(self.language_box)
        self.language_box.currentIndexChanged.connect(self._options_edited)
        self.from_item_box = QCheckBox(self.tr("Made from a pack item"))
        self.from_item_box.setToolTip(
            plain_tip(
                self.tr("A post made from the pack's content must say the author works here.")
            )
        )
        self.from_item_box.setChecked(True)
        self.from_item_box.toggled.connect(self._options_edited)
        options.addWidget(caption)
        options.addWidget(self.language_box)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(self.from_item_box)  # its own line: long in Polish, not cut
        self.status = plain_label()
        self.status.setWordWrap(True)
        # Two lines kept for it: the splitter does not pass on a wrapped label's height.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 2)
        layout.addWidget(self.status)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("What the rules find in this sample"))
        layout.addWidget(self.findings, 1)
        self._enable()

    # -- the samples -----------------------------------------------------------------
    def samples(self) -> list[Sample]:
        return list(self._samples)

    def set_samples(self, samples: Sequence[Sample]) -> None:
        self._samples = list(samples)
        self._catches = None
        self._refresh()
        self.list.setCurrentRow(0 if self._samples else -1)
        self._enable()

    def add_sample(self, text: str = "") -> None:
        language = str(self.language_box.currentData() or "en")
        self._samples.append(Sample(text, language, self.from_item_box.isChecked()))
        self._refresh()
        self.list.setCurrentRow(len(self._samples) - 1)
        self._enable()
        self.editor.setFocus()
        self.samples_edited.emit()

    def remove_sample(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._samples[row]
        self._catches = None
        self._refresh()
        self.list.setCurrentRow(min(row, len(self._samples) - 1))
        self._enable()
        self.samples_edited.emit()

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        for widget in (self.editor, self.language_box, self.from_item_box, self.remove_button):
            widget.setEnabled(chosen)

    def _selected(self, row: int) -> None:
        self._loading = True
        if 0 <= row < len(self._samples):
            sample = self._samples[row]
            self.editor.setPlainText(sample.text)
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(sample.language)))
            self.from_item_box.setChecked(sample.from_item)
        else:
            self.editor.clear()
        self._loading = False
        self._enable()
        self._show_findings()

    def _text_edited(self) -> None:
        self._options_edited()

    def _options_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._samples):
            return
        self._samples[row] = Sample(
            self.editor.toPlainText(),
            str(self.language_box.currentData()),
            self.from_item_box.isChecked(),
        )
        self._update_item(row)
        self.samples_edited.emit()

    # -- what the rules catch ---------------------------------------------------------------
    def show_checking(self) -> None:
        self.status.setText(self.tr("Trying the rules on the samples…"))

    def show_catches(self, catches: SampleCatches | None) -> None:
        """The answer of a check of exactly the current samples (None: none yet)."""
        self._catches = catches
        self._refresh()
        self._show_findings()

    def choose_rule(self, rule_id: str | None, name: str = "") -> None:
        """Marks the samples the rule whose findings carry ``rule_id`` catches."""
        self._rule = rule_id
        self._rule_name = name or (rule_id or "")
        self._refresh()

    def caught(self, rule_id: str) -> tuple[int, ...]:
        return self._catches.by_rule.get(rule_id, ()) if self._catches else ()

    def _refresh(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        while self.list.count() > len(self._samples):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(self._samples):
            self.list.addItem(QListWidgetItem())
        for index in range(len(self._samples)):
            self._update_item(index)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._status()

    def _update_item(self, index: int) -> None:
        item = self.list.item(index)
        if item is None:
            return
        sample = self._samples[index]
        text = " ".join(sample.text.split()) or self.tr("(empty)")
        if len(text) > PREVIEW_CHARACTERS:
            text = text[: PREVIEW_CHARACTERS - 1] + "…"
        catches = self._catches
        if catches is None or index >= len(catches.findings):
            caught_line = self.tr("Not checked yet")
        elif index in catches.too_long:
            caught_line = self.tr("Too long to check")
        else:
            rules = catches.rules_catching(index)
            caught_line = (
                self.tr("Caught by: %1").replace("%1", ", ".join(rules))
                if rules
                else self.tr("No rule catches it")
            )
        marked = self._rule is not None and index in self.caught(self._rule)
        item.setText(f"{'● ' if marked else ''}{text}\n{caught_line}")
        font = QFont(self.list.font())
        font.setBold(marked)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, caught_line)

    def _status(self) -> None:
        if self._catches is None:
            self.status.setText("")
            return
        if self._rule is None:
            self.status.setText(self.tr("Choose a rule to see which samples it catches."))
            return
        count = len(self.caught(self._rule))
        text = self.tr("Samples the rule “%1” catches: %2 of %3.")
        self.status.setText(
            text.replace("%1", self._rule_name)
            .replace("%2", str(count))
            .replace("%3", str(len(self._samples)))
        )

    def _show_findings(self) -> None:
        self.findings.clear()
        row = self.list.currentRow()
        catches = self._catches
        if catches is None or not 0 <= row < len(catches.findings):
            return
        for finding in catches.findings[row]:
            self.findings.addItem(self._finding_item(finding))

    def _finding_item(self, finding: Finding) -> QListWidgetItem:
        item = QListWidgetItem(
            f"{severity_label(finding.severity)} · {finding.rule}: {finding.message}"
        )
        item.setForeground(severity_color(finding.severity, self.palette()))
        item.setToolTip(plain_tip(finding.text))
        return item
