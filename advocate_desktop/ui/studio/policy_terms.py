"""Confidential terms and their Polish forms, for review: add and remove terms, mark a
term as a proper name, choose the noun it declines like, and see and edit the forms
the app will match.  Forms are generated on a worker (Morfeusz 2 takes a moment the
first time); the GUI thread never waits for them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.services.policy_editing import (
    PolicyDocument,
    RuleProblem,
    TermForms,
    listed_forms,
    term_forms,
    term_row,
    term_text,
    with_forms,
    with_like,
    with_proper_name,
)
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.studio.policy_texts import case_label, method_text, problem_text
from advocate_desktop.ui.tasks import TaskRunner

FormsKey = tuple[str, str]  # (term, model noun or "")


class TermsPanel(QWidget):
    """The terms of the document's confidential rules and their forms."""

    edited = Signal()  # the document changed
    new_rule_requested = Signal()  # no confidential rule yet: the page opens the rule form
    forms_shown = Signal(str)  # a term's forms are on screen (tests wait for it)

    def __init__(
        self, tasks: TaskRunner, document: PolicyDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._document = document
        self._forms: dict[FormsKey, TermForms] = {}
        self._asked: set[FormsKey] = set()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.empty = QWidget()
        column = QVBoxLayout(self.empty)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            plain_label(self.tr("This policy has no rule for confidential names yet."))
        )
        self.new_rule_button = QPushButton(self.tr("Add a rule for confidential names…"))
        self.new_rule_button.clicked.connect(self.new_rule_requested)
        column.addWidget(self.new_rule_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        layout.addWidget(self.empty)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        rule_row = QHBoxLayout()
        self.rule_caption = QLabel(self.tr("Rule"))
        self.rule_box = QComboBox()
        self.rule_box.setAccessibleName(self.tr("Rule whose terms are shown"))
        self.rule_caption.setBuddy(self.rule_box)
        self.rule_box.currentIndexChanged.connect(self._rule_chosen)
        rule_row.addWidget(self.rule_caption)
        rule_row.addWidget(self.rule_box, 1)
        body.addLayout(rule_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.new_term = QLineEdit()
        self.new_term.setPlaceholderText(self.tr("New term, e.g. a client's name"))
        self.new_term.setAccessibleName(self.tr("New confidential term"))
        self.new_term.returnPressed.connect(self.add_term)
        self.add_button = QPushButton(self.tr("Add term"))
        self.add_button.clicked.connect(self.add_term)
        add_row.addWidget(self.new_term, 1)
        add_row.addWidget(self.add_button)
        left_column.addLayout(add_row)
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Confidential terms"))
        self.terms.currentRowChanged.connect(self._term_chosen)
        left_column.addWidget(self.terms, 1)
        self.remove_button = QPushButton(self.tr("Remove term"))
        self.remove_button.clicked.connect(self.remove_term)
        left_column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(left)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        right_column.addWidget(self.title)
        self.proper_name = QCheckBox(self.tr("Proper name: match only when capitalised"))
        self.proper_name.toggled.connect(self._proper_name_toggled)
        right_column.addWidget(self.proper_name)
        like_row = QGridLayout()
        like_caption = QLabel(self.tr("Declines like"))
        self.like_box = QComboBox()
        self.like_box.setEditable(True)
        self.like_box.setAccessibleName(self.tr("Noun the term declines like"))
        self.like_box.addItem("")
        self.like_box.setToolTip(self.tr("Empty: the dictionary, or the noun with the same ending"))
        like_caption.setBuddy(self.like_box)
        self.like_box.activated.connect(self._like_chosen)
        like_edit = self.like_box.lineEdit()
        if like_edit is not None:
            like_edit.editingFinished.connect(self._like_chosen)
        self.regenerate_button = QPushButton(self.tr("Use generated forms"))
        self.regenerate_button.setToolTip(self.tr("Replace the listed forms with generated ones"))
        self.regenerate_button.clicked.connect(self.use_generated_forms)
        like_row.addWidget(like_caption, 0, 0)
        like_row.addWidget(self.like_box, 0, 1)
        like_row.addWidget(self.regenerate_button, 0, 2)
        like_row.setColumnStretch(1, 1)
        right_column.addLayout(like_row)
        self.method = plain_label()
        self.method.setWordWrap(True)
        right_column.addWidget(self.method)
        self.forms = QTableWidget(0, 2)
        self.forms.setHorizontalHeaderLabels([self.tr("Form"), self.tr("Case")])
        self.forms.setAccessibleName(self.tr("Forms of the term"))
        self.forms.verticalHeader().setVisible(False)
        self.forms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.forms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.forms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms.itemChanged.connect(self._form_edited)
        right_column.addWidget(self.forms, 1)
        form_buttons = QHBoxLayout()
        self.add_form_button = QPushButton(self.tr("Add form"))
        self.add_form_button.clicked.connect(self.add_form)
        self.remove_form_button = QPushButton(self.tr("Remove form"))
        self.remove_form_button.clicked.connect(self.remove_form)
        form_buttons.addWidget(self.add_form_button)
        form_buttons.addWidget(self.remove_form_button)
        form_buttons.addStretch(1)
        right_column.addLayout(form_buttons)
        self.missing = plain_label()
        self.missing.setWordWrap(True)
        tint(self.missing, Tone.WARNING)
        right_column.addWidget(self.missing)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        body.addWidget(splitter, 1)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        tint(self.problem, Tone.ERROR)
        self.problem.hide()
        body.addWidget(self.problem)
        layout.addWidget(self.body, 1)
        self.refresh()

    def set_model_nouns(self, nouns: Sequence[str]) -> None:
        """The nouns a term may decline like (read on a worker by the page)."""
        text = self.like_box.currentText()
        self.like_box.blockSignals(True)
        self.like_box.clear()
        self.like_box.addItem("")
        self.like_box.addItems(list(nouns))
        self.like_box.setEditText(text)
        self.like_box.blockSignals(False)

    # -- the document ----------------------------------------------------------------
    def set_document(self, document: PolicyDocument) -> None:
        self._document = document
        self.refresh()

    def rule_index(self) -> int | None:
        data = self.rule_box.currentData()
        return int(data) if isinstance(data, int) else None

    def entries(self) -> list[Any]:
        index = self.rule_index()
        if index is None:
            return []
        terms = self._document.rule(index).get("terms")
        return list(terms) if isinstance(terms, list) else []

    def current_entry(self) -> Any | None:
        entries = self.entries()
        row = self.terms.currentRow()
        return entries[row] if 0 <= row < len(entries) else None

    def refresh(self) -> None:
        """Shows the document's confidential rules again, keeping the chosen ones."""
        rules = self._document.confidential_rules()
        self.empty.setVisible(not rules)
        self.body.setVisible(bool(rules))
        chosen = self.rule_index()
        self.rule_box.blockSignals(True)
        self.rule_box.clear()
        for index in rules:
            self.rule_box.addItem(str(self._document.rule(index).get("id", "")), index)
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(chosen)))
        self.rule_box.blockSignals(False)
        self.rule_box.setVisible(len(rules) > 1)
        self.rule_caption.setVisible(len(rules) > 1)
        self._fill_terms(self.terms.currentRow())

    def _rule_chosen(self) -> None:
        self._fill_terms(0)

    def _fill_terms(self, row: int) -> None:
        entries = self.entries()
        self.terms.blockSignals(True)
        self.terms.clear()
        for entry in entries:
            self.terms.addItem(self._term_item(entry))
        self.terms.blockSignals(False)
        self.terms.setCurrentRow(min(max(row, 0), len(entries) - 1) if entries else -1)
        self._term_chosen(self.terms.currentRow())

    def _term_item(self, entry: Any) -> QListWidgetItem:
        forms = listed_forms(entry)
        row = term_row(entry)
        if forms is None:
            detail = self.tr("forms not listed")
        else:
            detail = self.tr("%n form(s)", "", len(forms))
        if row.proper_name:
            detail = self.tr("%1, proper name").replace("%1", detail)
        item = QListWidgetItem(f"{row.term} — {detail}")
        item.setData(Qt.ItemDataRole.UserRole, row.term)
        return item

    def _change(self, edit: Callable[[list[Any]], list[Any]]) -> bool:
        """Applies ``edit`` to the chosen rule's terms; shows a refusal instead when the
        rule would then not load."""
        index = self.rule_index()
        if index is None:
            return False
        rule = dict(self._document.rule(index))
        rule["terms"] = edit(self.entries())
        problems = self._document.replace_rule(index, rule)
        self._show_problems(problems)
        if problems:
            return False
        row = self.terms.currentRow()
        self.terms.blockSignals(True)
        for number, entry in enumerate(rule["terms"]):
            item = self.terms.item(number)
            if item is not None:
                item.setText(self._term_item(entry).text())
        self.terms.blockSignals(False)
        self.terms.setCurrentRow(row)
        self.edited.emit()
        return True

    def _show_problems(self, problems: list[RuleProblem]) -> None:
        self.problem.setText("\n".join(problem_text(p) for p in problems))
        self.problem.setVisible(bool(problems))

    # -- terms ---------------------------------------------------------------------------
    def add_term(self) -> None:
        text = " ".join(self.new_term.text().split())
        if not text or self.rule_index() is None:
            return
        if any(term_text(e).casefold() == text.casefold() for e in self.entries()):
            self.problem.setText(self.tr("“%1” is already listed.").replace("%1", text))
            self.problem.show()
            return
        if self._change(lambda entries: [*entries, text]):
            self.new_term.clear()
            self._fill_terms(len(self.entries()) - 1)
            self._ask_forms(text, write=True)

    def remove_term(self) -> None:
        row = self.terms.currentRow()
        entries = self.entries()
        if not 0 <= row < len(entries):
            return
        if len(entries) == 1:
            self.problem.setText(
                self.tr(
                    "A rule for confidential names needs at least one term; remove the rule"
                    " on the Rules tab instead."
                )
            )
            self.problem.show()
            return
        if self._change(lambda terms: [t for n, t in enumerate(terms) if n != row]):
            self._fill_terms(row)

    def _term_chosen(self, row: int) -> None:
        entry = self.current_entry()
        enabled = entry is not None
        for widget in (
            self.proper_name,
            self.like_box,
            self.regenerate_button,
            self.forms,
            self.add_form_button,
            self.remove_form_button,
            self.remove_button,
        ):
            widget.setEnabled(enabled)
        self._loading = True
        if entry is None:
            self.title.setText("")
            self.proper_name.setChecked(False)
            self.like_box.setEditText("")
            self.forms.setRowCount(0)
            self.method.setText("")
            self.missing.setText("")
            self._loading = False
            return
        self.title.setText(term_text(entry))
        self.proper_name.setChecked(term_row(entry).proper_name)
        like = entry.get("like", "") if isinstance(entry, dict) else ""
        self.like_box.setEditText(str(like or ""))
        self._loading = False
        self._show_forms(entry)
        self._ask_forms(entry)

    def _proper_name_toggled(self, on: bool) -> None:
        if self._loading:
            return
        row = self.terms.currentRow()
        self._change(
            lambda terms: [with_proper_name(t, on) if n == row else t for n, t in enumerate(terms)]
        )

    def _like_chosen(self) -> None:
        entry = self.current_entry()
        if self._loading or entry is None:
            return
        like = self.like_box.currentText().strip()
        if like == str(entry.get("like", "") if isinstance(entry, dict) else ""):
            return
        row = self.terms.currentRow()
        if self._change(
            lambda terms: [with_like(t, like) if n == row else t for n, t in enumerate(terms)]
        ):
            self._term_chosen(row)

    # -- forms ---------------------------------------------------------------------------
    @staticmethod
    def _key(entry: Any) -> FormsKey:
        like = entry.get("like", "") if isinstance(entry, dict) else ""
        return term_text(entry), str(like or "")

    def forms_of(self, entry: Any) -> TermForms | None:
        """The generated forms of ``entry``, once the worker has found them."""
        return self._forms.get(self._key(entry))

    def _ask_forms(self, entry: Any, *, write: bool = False) -> None:
        key = self._key(entry)
        if key in self._forms:
            if write:
                self._write_generated(key)
            return
        if key in self._asked and not write:
            return
        self._asked.add(key)
        self.method.setText(self.tr("Finding the forms…"))
        self._tasks.run(
            partial(term_forms, entry),
            partial(self._forms_found, key, write),
            partial(self._forms_failed, key),
            context=self,
        )

    def _forms_found(self, key: FormsKey, write: bool, found: TermForms) -> None:
        self._asked.discard(key)
        self._forms[key] = found
        if write:
            self._write_generated(key)
        entry = self.current_entry()
        if entry is not None and self._key(entry) == key:
            self._show_forms(entry)

    def _forms_failed(self, key: FormsKey, error: BaseException) -> None:
        self._asked.discard(key)
        self.method.setText(
            self.tr("Could not find the forms: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        )

    def _write_generated(self, key: FormsKey) -> None:
        """A term just added gets its generated forms written, as ``advocate-pack inflect
        --write`` would, unless nothing was found (the build cannot do better either)."""
        found = self._forms[key]
        if found.method == "none":
            return
        entries = self.entries()
        number = next(
            (n for n, e in enumerate(entries) if self._key(e) == key and listed_forms(e) is None),
            None,
        )
        if number is None:
            return
        self._change(
            lambda terms: [
                with_forms(t, found.shown, found.method) if n == number else t
                for n, t in enumerate(terms)
            ]
        )

    def _show_forms(self, entry: Any) -> None:
        found = self.forms_of(entry)
        listed = listed_forms(entry)
        shown = listed if listed is not None else (found.shown if found else ())
        self.forms.blockSignals(True)
        self.forms.setRowCount(0)
        for form in shown:
            row = self.forms.rowCount()
            self.forms.insertRow(row)
            self.forms.setItem(row, 0, QTableWidgetItem(form))
            cases = found.cases_of(form) if found else ()
            text = ", ".join(case_label(k) for k in cases) or (self.tr("—") if found else "")
            case = QTableWidgetItem(text)
            case.setFlags(case.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.forms.setItem(row, 1, case)
        self.forms.blockSignals(False)
        if found is None:
            self.method.setText(self.tr("Finding the forms…"))
            self.missing.setText("")
            return
        method = method_text(found.method, found.dictionary)
        if listed is None:
            method += " " + self.tr(
                "Not listed in the policy yet: the build adds these forms. Edit any to keep"
                " your own list."
            )
        self.method.setText(method)
        gaps = found.generated.missing(listed) if listed is not None else []
        self.missing.setText(
            self.tr("No form for: %1. A post using them is not caught.").replace(
                "%1", "; ".join(f"{case_label(k)} ({'/'.join(f)})" for k, f in gaps)
            )
            if gaps
            else ""
        )
        self.missing.setVisible(bool(gaps))
        self.forms_shown.emit(term_text(entry))

    def _table_forms(self) -> list[str]:
        forms = []
        for row in range(self.forms.rowCount()):
            item = self.forms.item(row, 0)
            if item is not None and item.text().strip():
                forms.append(item.text().strip())
        return forms

    def _write_forms(self, forms: list[str], generated: str | None = None) -> None:
        row = self.terms.currentRow()
        entry = self.current_entry()
        if entry is None:
            return
        if generated is None and listed_forms(entry) is None:
            found = self.forms_of(entry)  # a bare term's generated forms, now reviewed
            generated = found.method if found and found.method != "none" else None
        if self._change(
            lambda terms: [
                with_forms(t, forms, generated) if n == row else t for n, t in enumerate(terms)
            ]
        ):
            self._show_forms(self.entries()[row])

    def _form_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._write_forms(self._table_forms())

    def add_form(self) -> None:
        self.forms.blockSignals(True)
        row = self.forms.rowCount()
        self.forms.insertRow(row)
        self.forms.setItem(row, 0, QTableWidgetItem(""))
        case = QTableWidgetItem("")
        case.setFlags(case.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.forms.setItem(row, 1, case)
        self.forms.blockSignals(False)
        self.forms.setCurrentCell(row, 0)
        item = self.forms.item(row, 0)
        if item is not None:
            self.forms.editItem(item)

    def remove_form(self) -> None:
        rows = {index.row() for index in self.forms.selectedIndexes()}
        if not rows and self.forms.currentRow() >= 0:
            rows = {self.forms.currentRow()}
        if not rows:
            return
        forms = []
        for row in range(self.forms.rowCount()):
            item = self.forms.item(row, 0)
            if row not in rows and item is not None and item.text().strip():
                forms.append(item.text().strip())
        self._write_forms(forms)

    def use_generated_forms(self) -> None:
        entry = self.current_entry()
        found = self.forms_of(entry) if entry is not None else None
        if found is None or found.method == "none":
            return
        self._write_forms(list(found.shown), found.method)
