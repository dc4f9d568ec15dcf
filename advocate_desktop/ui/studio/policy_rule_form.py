"""The form that adds or edits one policy rule: the fields every rule has, then the
fields of its kind, each checked as the app's loader checks it, with the refusal shown
under the field it is about.  A rule that would weaken a built-in rule is refused with
the same code that refuses it in the app (``policy.layers.tighten``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.policy.model import Severity
from advocate_desktop.services.policy_editing import (
    APP_LANGUAGES,
    KIND_FIELDS,
    KINDS,
    PLACEHOLDERS,
    REMOVE,
    FieldSpec,
    Replacement,
    RuleProblem,
    Shape,
    TermRow,
    choices,
    edited_rule,
    exception_lists,
    field_value,
    layered_on,
    merged_exceptions,
    merged_message,
    merged_replacements,
    merged_scope,
    merged_terms,
    new_rule,
    reasons,
    replacement_rows,
    term_row,
)
from advocate_desktop.text.catalog import label as network_label
from advocate_desktop.text.catalog import text_targets
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.policy_panel import severity_label
from advocate_desktop.ui.studio.policy_texts import (
    field_label,
    kind_help,
    kind_label,
    language_name,
    list_label,
    pii_label,
    problem_text,
    reason_label,
)

SEVERITIES = (Severity.BLOCK, Severity.WARN, Severity.SUGGEST)
VALIDATE_DELAY_MS = 250
NOT_SET = -1  # a per-network number left empty


def _lines(editor: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]


def _lines_editor(lines: Sequence[str], name: str, rows: int = 3) -> QPlainTextEdit:
    editor = QPlainTextEdit("\n".join(lines))
    editor.setTabChangesFocus(True)
    editor.setAccessibleName(name)
    metrics = editor.fontMetrics()
    editor.setFixedHeight(metrics.lineSpacing() * rows + 14)
    return editor


def _choose(box: QComboBox, value: str) -> None:
    """Selects ``value``; a value the box does not offer (a document's typo) is added as
    it is, so the form shows it and its refusal instead of quietly changing it."""
    index = box.findData(value)
    if index < 0:
        box.addItem(
            QCoreApplication.translate("RuleForm", "%1 (not a severity)").replace("%1", value),
            value,
        )
        index = box.count() - 1
    box.setCurrentIndex(index)


class _Editor(QWidget):
    """One field's control: shows the rule's value and gives back the JSON to write."""

    edited = Signal()

    def value(self, original: Mapping[str, Any]) -> Any:
        raise NotImplementedError


class _Text(_Editor):
    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(text)
        self.line.setAccessibleName(name)
        self.line.textChanged.connect(self.edited)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self, original: Mapping[str, Any]) -> Any:
        return self.line.text().strip()


class _Lines(_Editor):
    def __init__(self, lines: Sequence[str], name: str, hint: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = _lines_editor(lines, name)
        self.editor.setPlaceholderText(hint)
        self.editor.textChanged.connect(self.edited)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def value(self, original: Mapping[str, Any]) -> Any:
        return _lines(self.editor)


class _OptionalLines(_Editor):
    """``allowed_domains``: absent means every site; given, even empty, an allow-list."""

    def __init__(self, lines: Sequence[str] | None, switch: str, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.switch = QCheckBox(switch)
        self.switch.setChecked(lines is not None)
        self.editor = _lines_editor(lines or [], name)
        self.editor.setEnabled(lines is not None)
        self.switch.toggled.connect(self.editor.setEnabled)
        self.switch.toggled.connect(self.edited)
        self.editor.textChanged.connect(self.edited)
        layout.addWidget(self.switch)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.switch)

    def value(self, original: Mapping[str, Any]) -> Any:
        return _lines(self.editor) if self.switch.isChecked() else REMOVE


class _Checks(_Editor):
    def __init__(self, options: Sequence[tuple[str, str]], ticked: Sequence[str]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (value, text) in enumerate(options):
            box = QCheckBox(text)
            box.setChecked(value in ticked)
            box.toggled.connect(self.edited)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[value] = box
        self._extra = [v for v in ticked if v not in self.boxes]  # kept as written

    def ticked(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()] + self._extra

    def value(self, original: Mapping[str, Any]) -> Any:
        return self.ticked()


class _Bool(_Editor):
    def __init__(self, on: bool, text: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(text)
        self.box.setChecked(on)
        self.box.toggled.connect(self.edited)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self, original: Mapping[str, Any]) -> Any:
        return self.box.isChecked()


class _PerLanguageLines(_Editor):
    """Labels per language: one box per language the app speaks; others kept."""

    def __init__(self, name: str, value: Mapping[str, Any], title: str) -> None:
        super().__init__()
        self._name = name
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QPlainTextEdit] = {}
        for column, language in enumerate(APP_LANGUAGES):
            grid.addWidget(QLabel(language_name(language)), 0, column)
            lines = value.get(language, [])
            editor = _lines_editor(
                [str(v) for v in lines] if isinstance(lines, list) else [],
                f"{title} ({language_name(language)})",
            )
            editor.textChanged.connect(self.edited)
            grid.addWidget(editor, 1, column)
            self.editors[language] = editor

    def value(self, original: Mapping[str, Any]) -> Any:
        before = original.get(self._name)
        merged: dict[str, Any] = dict(before) if isinstance(before, Mapping) else {}
        for language, editor in self.editors.items():
            lines = _lines(editor)
            kept = merged.get(language)
            if lines and isinstance(kept, list) and kept == lines:
                continue
            if lines:
                merged[language] = lines
            else:
                merged.pop(language, None)
        return merged


class _NetworkNumbers(_Editor):
    """A whole number per network, or for every other network ("default")."""

    def __init__(self, name: str, value: Mapping[str, Any], title: str) -> None:
        super().__init__()
        self._name = name
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        keys = ("default", *text_targets())
        for index, key in enumerate(keys):
            text = (
                QCoreApplication.translate("RuleForm", "Other networks")
                if key == "default"
                else network_label(key)
            )
            spin = QSpinBox()
            spin.setRange(NOT_SET, 100_000)
            spin.setSpecialValueText(QCoreApplication.translate("RuleForm", "not set"))
            number = value.get(key)
            spin.setValue(number if isinstance(number, int) else NOT_SET)
            spin.setAccessibleName(f"{title}: {text}")
            spin.valueChanged.connect(self.edited)
            caption = QLabel(text)
            caption.setBuddy(spin)
            grid.addWidget(caption, index // 2, (index % 2) * 2)
            grid.addWidget(spin, index // 2, (index % 2) * 2 + 1)
            self.spins[key] = spin

    def value(self, original: Mapping[str, Any]) -> Any:
        before = original.get(self._name)
        merged: dict[str, Any] = dict(before) if isinstance(before, Mapping) else {}
        for key, spin in self.spins.items():
            if spin.value() == NOT_SET:
                merged.pop(key, None)
            else:
                merged[key] = spin.value()
        return merged


class _Rows(_Editor):
    """A small table of rows with Add and Remove (terms, spellings)."""

    def __init__(self, headers: Sequence[str], name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(name)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self.edited)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("RuleForm", "Add row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(QCoreApplication.translate("RuleForm", "Remove row"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _cell(self, text: str) -> QTableWidgetItem:
        return QTableWidgetItem(text)

    def append(self, cells: Sequence[QTableWidgetItem]) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, item in enumerate(cells):
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        return row

    def add_row(self) -> None:
        row = self.append(self.empty_row())
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.edited.emit()

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def empty_row(self) -> list[QTableWidgetItem]:
        return [QTableWidgetItem("") for _ in range(self.table.columnCount())]

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""


class _Terms(_Rows):
    """Terms with, for confidential names, a proper-name tick; for language, a category."""

    def __init__(self, kind: str, terms: Sequence[Any], name: str) -> None:
        self._kind = kind
        second = (
            QCoreApplication.translate("RuleForm", "Proper name")
            if kind == "confidential"
            else QCoreApplication.translate("RuleForm", "Category")
        )
        super().__init__([QCoreApplication.translate("RuleForm", "Term"), second], name)
        for entry in terms:
            self.append(self._items(term_row(entry)))

    def _items(self, row: TermRow) -> list[QTableWidgetItem]:
        term = QTableWidgetItem(row.term)
        if self._kind == "confidential":
            flag = QTableWidgetItem(QCoreApplication.translate("RuleForm", "Proper name"))
            flag.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            flag.setCheckState(
                Qt.CheckState.Checked if row.proper_name else Qt.CheckState.Unchecked
            )
            return [term, flag]
        return [term, QTableWidgetItem(row.category)]

    def empty_row(self) -> list[QTableWidgetItem]:
        return self._items(TermRow(""))

    def rows(self) -> list[TermRow]:
        found = []
        for row in range(self.table.rowCount()):
            if self._kind == "confidential":
                item = self.table.item(row, 1)
                checked = item is not None and item.checkState() == Qt.CheckState.Checked
                found.append(TermRow(self.text(row, 0), proper_name=checked))
            else:
                found.append(TermRow(self.text(row, 0), category=self.text(row, 1)))
        return found

    def value(self, original: Mapping[str, Any]) -> Any:
        before = original.get("terms")
        return merged_terms(before if isinstance(before, list) else [], self.rows())


class _Replacements(_Rows):
    def __init__(self, value: Any, name: str) -> None:
        super().__init__(
            [
                QCoreApplication.translate("RuleForm", "Wrong spellings, separated by commas"),
                QCoreApplication.translate("RuleForm", "Right"),
            ],
            name,
        )
        for row in replacement_rows(value):
            self.append([QTableWidgetItem(", ".join(row.wrong)), QTableWidgetItem(row.right)])

    def rows(self) -> list[Replacement]:
        return [
            Replacement(
                tuple(w.strip() for w in self.text(row, 0).split(",") if w.strip()),
                self.text(row, 1),
            )
            for row in range(self.table.rowCount())
        ]

    def value(self, original: Mapping[str, Any]) -> Any:
        return merged_replacements(original.get("replacements"), self.rows())


class RuleForm(QWidget):
    """Adds or edits one rule.  ``check`` says what stops the rule being saved (the
    loader's refusals, a taken id, what would weaken a built-in rule)."""

    saved = Signal(object)  # the rule's JSON, without problems
    cancelled = Signal()
    draft_changed = Signal(object)  # the rule as the form stands, or None while it has problems

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: dict[str, Any] = new_rule("confidential")
        self._check: Callable[[dict[str, Any]], list[RuleProblem]] = lambda rule: []
        self._new = True
        self._fixed_id = False
        self._show_errors = False
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, _Editor] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.note = plain_label()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("RuleForm", "Problems with this rule")
        )
        tint(self.summary, Tone.ERROR)
        self.summary.hide()
        layout.addWidget(self.summary)
        kind_row = QHBoxLayout()
        kind_caption = QLabel(field_label("kind"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(field_label("kind"))
        for name in KINDS:
            self.kind_box.addItem(kind_label(name), name)
        kind_caption.setBuddy(self.kind_box)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        kind_row.addWidget(kind_caption)
        kind_row.addWidget(self.kind_box, 1)
        layout.addLayout(kind_row)
        self.kind_error = plain_label()
        self.kind_error.setWordWrap(True)
        tint(self.kind_error, Tone.ERROR)
        self.kind_error.hide()
        layout.addWidget(self.kind_error)
        self.kind_note = plain_label()
        self.kind_note.setWordWrap(True)
        layout.addWidget(self.kind_note)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.fields_area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(QCoreApplication.translate("RuleForm", "Save rule"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(QCoreApplication.translate("RuleForm", "Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    # -- starting --------------------------------------------------------------------
    def start(
        self,
        rule: Mapping[str, Any] | None,
        check: Callable[[dict[str, Any]], list[RuleProblem]],
        *,
        kind: str = "confidential",
        fixed_id: bool = False,
    ) -> None:
        """Shows ``rule`` (None: a new rule of ``kind``); ``fixed_id`` keeps its id and
        kind (a rule that tightens a built-in one)."""
        self._new = rule is None or fixed_id
        self._original = dict(rule) if rule is not None else new_rule(kind)
        self._check = check
        self._fixed_id = fixed_id
        self._show_errors = not self._new
        self._build()
        self.validate()

    def _build(self) -> None:
        original = self._original
        kind = str(original.get("kind", "confidential"))
        self._errors = {"kind": self.kind_error}
        self._editors = {}
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, KINDS.index(kind) if kind in KINDS else 0))
        self.kind_box.blockSignals(False)
        # A saved rule's kind stays (another kind is another rule); a new one may change.
        self.kind_box.setEnabled(self._new and not self._fixed_id)
        self.kind_note.setText(kind_help(kind))

        self.id_line = QLineEdit(str(original.get("id", "")))
        self.id_line.setAccessibleName(field_label("id"))
        self.id_line.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "e.g. acme.confidential")
        )
        self.id_line.setReadOnly(self._fixed_id)
        self.id_line.textChanged.connect(self._edited)
        self._row(form, "id", self.id_line)

        self.severity_box = QComboBox()
        self.severity_box.setAccessibleName(field_label("severity"))
        for severity in SEVERITIES:
            self.severity_box.addItem(severity_label(severity), severity.value)
        _choose(self.severity_box, str(original.get("severity", "warn")))
        self.severity_box.currentIndexChanged.connect(self._edited)
        self._row(form, "severity", self.severity_box)

        self.reason_boxes: dict[str, QComboBox] = {}
        if reasons(kind):
            given = original.get("severities")
            given = given if isinstance(given, Mapping) else {}
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, reason in enumerate(reasons(kind)):
                box = QComboBox()
                box.addItem(QCoreApplication.translate("RuleForm", "As the rule"), "")
                for severity in SEVERITIES:
                    box.addItem(severity_label(severity), severity.value)
                _choose(box, str(given.get(reason, "")))
                box.setAccessibleName(f"{field_label('severities')}: {reason_label(reason)}")
                box.currentIndexChanged.connect(self._edited)
                caption = QLabel(reason_label(reason))
                caption.setBuddy(box)
                grid.addWidget(caption, index, 0)  # one a row: the reasons' names are long
                grid.addWidget(box, index, 1)
                self.reason_boxes[reason] = box
            grid.setColumnStretch(1, 1)
            self._row(form, "severities", holder)

        message = original.get("message")
        message = message if isinstance(message, Mapping) else {}
        self.message_edits: dict[str, QPlainTextEdit] = {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for language in APP_LANGUAGES:
            caption = QLabel(language_name(language))
            editor = _lines_editor(
                [str(message.get(language, ""))],
                QCoreApplication.translate("RuleForm", "Message in %1").replace(
                    "%1", language_name(language)
                ),
                rows=2,
            )
            editor.setPlaceholderText(self._message_hint(kind))
            editor.textChanged.connect(self._edited)
            caption.setBuddy(editor)
            column.addWidget(caption)
            column.addWidget(editor)
            self.message_edits[language] = editor
        self._row(form, "message", holder)

        self.link_line = QLineEdit(str(original.get("link") or ""))
        self.link_line.setAccessibleName(field_label("link"))
        self.link_line.setPlaceholderText("https://…")
        self.link_line.textChanged.connect(self._edited)
        self._row(form, "link", self.link_line)

        scope = original.get("scope")
        scope = scope if isinstance(scope, Mapping) else {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.network_checks = _Checks(
            [(n, network_label(n)) for n in text_targets()], list(scope.get("networks", []))
        )
        self.network_checks.edited.connect(self._edited)
        self.language_checks = _Checks(
            [(code, language_name(code)) for code in APP_LANGUAGES],
            list(scope.get("languages", [])),
        )
        self.language_checks.edited.connect(self._edited)
        column.addWidget(
            plain_label(
                QCoreApplication.translate("RuleForm", "Networks (none ticked: every network)")
            )
        )
        column.addWidget(self.network_checks)
        column.addWidget(
            plain_label(
                QCoreApplication.translate(
                    "RuleForm", "Post languages (none ticked: every language)"
                )
            )
        )
        column.addWidget(self.language_checks)
        self._row(form, "scope", holder)

        phrases, domains = exception_lists(original.get("exceptions"))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.exception_phrases = _lines_editor(
            phrases, QCoreApplication.translate("RuleForm", "Phrases allowed")
        )
        self.exception_phrases.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "Phrases where a match is allowed")
        )
        self.exception_phrases.textChanged.connect(self._edited)
        self.exception_domains = _lines_editor(
            domains, QCoreApplication.translate("RuleForm", "Domains allowed"), rows=2
        )
        self.exception_domains.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "Domains whose addresses and links are allowed")
        )
        self.exception_domains.textChanged.connect(self._edited)
        column.addWidget(self.exception_phrases)
        column.addWidget(self.exception_domains)
        self._row(form, "exceptions", holder)

        for spec in KIND_FIELDS[kind]:
            field = self._editor(kind, spec)
            field.edited.connect(self._edited)
            self._editors[spec.name] = field
            self._row(form, spec.name, field)
        self.fields_area.setWidget(body)
        self.heading.setText(self._heading())
        self.note.setText(self._tightening_note())
        self.note.setVisible(bool(self.note.text()))

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = plain_label()
        error.setWordWrap(True)
        error.setObjectName(f"error_{name}")
        tint(error, Tone.ERROR)
        error.hide()
        column.addWidget(error)
        self._errors[name] = error
        caption = QLabel(field_label(name))
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        form.addRow(caption, holder)

    def _editor(self, kind: str, spec: FieldSpec) -> _Editor:
        value = field_value(self._original, kind, spec.name)
        title = field_label(spec.name)
        if spec.shape is Shape.TEXT:
            return _Text(str(value or ""), title)
        if spec.shape is Shape.LINES:
            lines = [str(v) for v in value] if isinstance(value, list) else []
            return _Lines(lines, title, QCoreApplication.translate("RuleForm", "One per line"))
        if spec.shape is Shape.OPTIONAL_LINES:
            given = [str(v) for v in value] if isinstance(value, list) else None
            return _OptionalLines(
                given,
                QCoreApplication.translate("RuleForm", "Only allow links to these sites"),
                title,
            )
        if spec.shape is Shape.CHOICES:
            texts = pii_label if spec.name == "types" else list_label
            options = [(c, texts(c)) for c in choices(kind, spec.name)]
            return _Checks(options, [str(v) for v in value] if isinstance(value, list) else [])
        if spec.shape is Shape.BOOL:
            return _Bool(bool(value), title)
        if spec.shape is Shape.PER_LANGUAGE_LINES:
            return _PerLanguageLines(spec.name, value if isinstance(value, Mapping) else {}, title)
        if spec.shape is Shape.PER_NETWORK_NUMBERS:
            return _NetworkNumbers(spec.name, value if isinstance(value, Mapping) else {}, title)
        if spec.shape is Shape.TERMS:
            return _Terms(kind, value if isinstance(value, list) else [], title)
        return _Replacements(value, title)

    def _message_hint(self, kind: str) -> str:
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS.get(kind, ()))
        return QCoreApplication.translate(
            "RuleForm", "Shown with each finding; it may use %1"
        ).replace("%1", names)

    def _heading(self) -> str:
        if self._fixed_id:
            return QCoreApplication.translate("RuleForm", "Tighten the built-in rule “%1”").replace(
                "%1", self.rule_id()
            )
        if self._new:
            return QCoreApplication.translate("RuleForm", "New rule")
        return QCoreApplication.translate("RuleForm", "Edit the rule “%1”").replace(
            "%1", self.rule_id()
        )

    def _tightening_note(self) -> str:
        earlier = layered_on(self.rule())
        if earlier is None:
            return ""
        return QCoreApplication.translate(
            "RuleForm",
            "This rule tightens the built-in rule “%1”: it can make it stricter, never"
            " weaker. The built-in wording stays; this message only fills a language it lacks.",
        ).replace("%1", earlier.id)

    def _kind_chosen(self) -> None:
        kind = str(self.kind_box.currentData())
        if kind == self._original.get("kind"):
            return
        kept = self.rule()
        fresh = new_rule(kind, str(kept.get("id", "")))
        for name in ("severity", "message", "link", "scope", "exceptions"):
            if name in kept:
                fresh[name] = kept[name]
        self._original = fresh
        self._build()
        self.kind_box.setFocus()
        self._edited()

    # -- reading the form --------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def rule_id(self) -> str:
        return self.id_line.text().strip()

    def rule(self) -> dict[str, Any]:
        """The rule as the form stands, every field it does not show kept as written."""
        original = self._original
        edits: dict[str, Any] = {
            "id": self.rule_id(),
            "kind": self.kind(),
            "severity": str(self.severity_box.currentData()),
            "message": merged_message(
                original.get("message"),
                {lang: edit.toPlainText().strip() for lang, edit in self.message_edits.items()},
            ),
            "link": self.link_line.text().strip() or REMOVE,
            "scope": merged_scope(
                original.get("scope"), self.network_checks.ticked(), self.language_checks.ticked()
            ),
            "exceptions": merged_exceptions(
                original.get("exceptions"),
                _lines(self.exception_phrases),
                _lines(self.exception_domains),
            ),
        }
        if self.reason_boxes:
            before = original.get("severities")
            severities = dict(before) if isinstance(before, Mapping) else {}
            for reason, box in self.reason_boxes.items():
                if box.currentData():
                    severities[reason] = str(box.currentData())
                else:
                    severities.pop(reason, None)
            edits["severities"] = severities
        if "link" not in original and edits["link"] is REMOVE:
            del edits["link"]
        for name, editor in self._editors.items():
            edits[name] = editor.value(original)
        return edited_rule(original, edits)

    # -- checking and saving -------------------------------------------------------------
    def _edited(self) -> None:
        self._timer.start()

    def problems(self) -> list[RuleProblem]:
        return self._check(self.rule())

    def validate(self) -> list[RuleProblem]:
        """Shows what stops the rule being saved; says the draft to the page."""
        self._timer.stop()
        rule = self.rule()
        problems = self._check(rule)
        self.note.setText(self._tightening_note())
        self.note.setVisible(bool(self.note.text()))
        self._show(problems if self._show_errors else [])
        self.draft_changed.emit(None if problems else rule)
        return problems

    def _show(self, problems: Sequence[RuleProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.field in self._errors:
                by_field.setdefault(problem.field, []).append(problem_text(problem))
            else:
                where = field_label(problem.field) if problem.field else ""
                text = problem_text(problem)
                general.append(f"{where}: {text}" if where else text)
        for name, label in self._errors.items():
            texts = by_field.get(name, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        if problems:
            lines = [
                QCoreApplication.translate(
                    "RuleForm", "This rule cannot be saved yet: fix what is marked."
                ),
                *general,
            ]
            self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(problems))

    def save(self) -> None:
        self._show_errors = True
        problems = self.validate()
        if problems:
            first = next((self._errors[p.field] for p in problems if p.field in self._errors), None)
            if first is not None:
                self.fields_area.ensureWidgetVisible(first)
            return
        self.saved.emit(self.rule())

    def error_text(self, field: str) -> str:
        """The refusal shown under ``field`` (empty when none)."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def editor(self, name: str) -> QWidget:
        """The control of a kind's field (tests and the page focus it)."""
        return self._editors[name]
