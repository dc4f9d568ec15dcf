"""The studio's Policy page: a pack's rules, its confidential terms with their Polish
forms, the built-in rules it can only tighten, and sample posts that show what each
rule catches as the rule changes.

The page edits a policy document (the pack's ``policy.json`` as JSON) through
``services.policy_editing`` and hands it back with :meth:`PolicyPage.document`; it
never reads or writes files.  Every check of the sample posts and every generation of
forms runs on the task runner's workers.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.policy.inflection import model_nouns
from advocate_desktop.policy.model import Severity
from advocate_desktop.services.policy_editing import (
    APP_LANGUAGES,
    PolicyDocument,
    Sample,
    SampleCatches,
    builtin_documents,
    builtin_rules,
    reported_id,
    rule_problems,
    sample_catches,
    serialise,
    tightening_rule,
    tightens,
    warm_up,
)
from advocate_desktop.text.catalog import label as network_label
from advocate_desktop.ui.colors import severity_color, tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label, plain_tip
from advocate_desktop.ui.policy_panel import severity_label
from advocate_desktop.ui.studio.policy_rule_form import RuleForm
from advocate_desktop.ui.studio.policy_samples import SamplesPanel
from advocate_desktop.ui.studio.policy_terms import TermsPanel
from advocate_desktop.ui.studio.policy_texts import kind_label, language_name, problem_text
from advocate_desktop.ui.tasks import TaskRunner

SAMPLES_DELAY_MS = 300
RULE_COLUMNS = 5  # rule and its kind, severity, messages, applies to, samples caught
MESSAGE_COLUMN = 2
SAMPLES_COLUMN = 4


class PolicyPage(QWidget):
    """A pack's policy, edited.

    ``changed`` is emitted after every edit of the document (a rule saved or removed,
    a term, a flag or a form changed); :meth:`document` gives the edited document back
    and :meth:`document_text` writes it as ``policy.json`` is written.  Sample posts
    belong to the studio, not to the pack: :meth:`samples` and :meth:`set_samples`
    keep them, ``samples_changed`` says they were edited.
    """

    changed = Signal()
    samples_changed = Signal()
    samples_checked = Signal()  # the rules were tried on the current samples (tests wait)
    ready = Signal()  # the built-in rules are read (on a worker) and shown

    def __init__(
        self,
        tasks: TaskRunner,
        document: Mapping[str, Any] | None = None,
        *,
        samples: Sequence[Sample] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._ready = False
        self._unusable: dict[str, Any] | None = None  # a document whose rules are no list
        self._document = self._editable(document)
        self._editing: int | None = None  # the rule the form edits (None: a new one)
        self._draft: dict[str, Any] | None = None
        self._catches: SampleCatches | None = None
        self._wanted = 0  # bumped by every change the samples' check must see
        self._running = False
        self._rerun = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAMPLES_DELAY_MS)
        self._timer.timeout.connect(self._check_samples)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = plain_label()
        self.banner.setWordWrap(True)
        tint(self.banner, Tone.ERROR)
        outer.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Policy"))
        self.tabs.addTab(self._rules_tab(), self.tr("Rules"))
        self.terms = TermsPanel(tasks, self._document)
        self.terms.edited.connect(self._terms_edited)
        self.terms.new_rule_requested.connect(partial(self.add_rule, "confidential"))
        self.tabs.addTab(self.terms, self.tr("Confidential terms"))
        self.tabs.addTab(self._builtin_tab(), self.tr("Built-in rules"))
        splitter.addWidget(self.tabs)
        self.samples_panel = SamplesPanel()
        self.samples_panel.samples_edited.connect(self._samples_edited)
        splitter.addWidget(self.samples_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.samples_panel.set_samples(samples)
        self._show_unusable()
        self._fill_rules()
        self._schedule_check()
        tasks.run(warm_up, self._warmed, self._warm_failed, context=self)

    # -- the page's API -------------------------------------------------------------------
    def set_document(self, document: Mapping[str, Any] | None) -> None:
        """Shows another policy document (a pack opened); closes an open form."""
        self._document = self._editable(document)
        self._show_unusable()
        self._close_form()
        self.terms.set_document(self._document)
        self._fill_rules()
        self._schedule_check()

    def document(self) -> dict[str, Any]:
        """The edited policy document (every field the page does not edit as it was; a
        document it cannot edit comes back exactly as it was given)."""
        if self._unusable is not None:
            return copy.deepcopy(self._unusable)
        return self._document.to_json()

    def document_text(self) -> str:
        return serialise(self.document())

    def _editable(self, document: Mapping[str, Any] | None) -> PolicyDocument:
        """The document to edit; one whose rules are not a list is kept aside, untouched,
        and an empty policy is shown in its place, read-only."""
        self._unusable = None
        try:
            return PolicyDocument(document)
        except ValueError:
            self._unusable = copy.deepcopy(dict(document)) if isinstance(document, Mapping) else {}
            return PolicyDocument()

    def _show_unusable(self) -> None:
        unusable = self._unusable is not None
        self.banner.setText(
            self.tr(
                'This policy cannot be edited here: its "rules" are not a list. Fix'
                " policy.json in a text editor (lint names the fault); it is kept as it is."
            )
            if unusable
            else ""
        )
        self.banner.setVisible(unusable)
        self.tabs.setEnabled(not unusable)

    def _warmed(self, _nothing: object) -> None:
        self._ready = True
        self._fill_builtin()
        self.terms.set_model_nouns(model_nouns())
        self._fill_rules()
        self.ready.emit()

    def _warm_failed(self, error: BaseException) -> None:
        self.banner.setText(
            self.tr("The built-in rules cannot be read: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        )
        self.banner.show()

    def samples(self) -> list[Sample]:
        return self.samples_panel.samples()

    def set_samples(self, samples: Sequence[Sample]) -> None:
        self.samples_panel.set_samples(samples)
        self._schedule_check()

    def is_ready(self) -> bool:
        """The built-in rules are read and shown (``ready`` was emitted)."""
        return self._ready

    def is_editing(self) -> bool:
        """A rule form is open (what it holds is not in the document until saved)."""
        return self.rules_stack.currentWidget() is self.form

    def show_pointer(self, pointer: str) -> None:
        """Show what a lint problem at ``pointer`` (in policy.json) is about: the rule
        at ``/rules/N…`` chosen in the list; anything else, the list itself."""
        if self.is_editing():
            return  # the open form stays: the team is in the middle of it
        self.tabs.setCurrentIndex(0)
        parts = pointer.split("/")
        if len(parts) > 2 and parts[1] == "rules" and parts[2].isdigit():
            row = int(parts[2])
            if row < self.rules.rowCount():
                self.rules.selectRow(row)
                item = self.rules.item(row, 0)
                if item is not None:
                    self.rules.scrollToItem(item)
        self.rules.setFocus()

    # -- rules ---------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        self.rules_stack = QStackedWidget()
        listing = QWidget()
        column = QVBoxLayout(listing)
        intro = plain_label(
            self.tr(
                "The pack's rules check every post employees write from it, with the"
                " built-in rules. Choose a rule to see which sample posts it catches."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.rules = self._rule_table(self.tr("Rules of this pack"))
        self.rules.itemSelectionChanged.connect(self._rule_chosen)
        self.rules.itemDoubleClicked.connect(lambda _item: self.edit_rule())
        column.addWidget(self.rules, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add rule…"))
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_rule)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.rules_stack.addWidget(listing)
        self.form = RuleForm()
        self.form.saved.connect(self._form_saved)
        self.form.cancelled.connect(self._close_form)
        self.form.draft_changed.connect(self._draft_changed)
        self.rules_stack.addWidget(self.form)
        return self.rules_stack

    def _rule_table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, RULE_COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Severity"),
                self.tr("Message"),
                self.tr("Applies to"),
                self.tr("Samples"),
            ]
        )
        table.setAccessibleName(name)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        return table

    def _row_items(self, rule: Any) -> list[QTableWidgetItem]:
        if not isinstance(rule, Mapping):
            rule = {}
        message = rule.get("message")
        message = message if isinstance(message, Mapping) else {}
        none = self.tr("(none)")
        lines = [f"{code.upper()}: {message.get(code) or none}" for code in APP_LANGUAGES]
        try:
            severity: Severity | None = Severity(str(rule.get("severity")))
        except ValueError:
            severity = None
        rule_id = str(rule.get("id", ""))
        items = [
            QTableWidgetItem(f"{rule_id}\n{kind_label(str(rule.get('kind', '')))}"),
            QTableWidgetItem(severity_label(severity) if severity else str(rule.get("severity"))),
            QTableWidgetItem("\n".join(lines)),
            QTableWidgetItem(self._scope_text(rule.get("scope"))),
            QTableWidgetItem(""),
        ]
        items[0].setData(Qt.ItemDataRole.UserRole, rule_id)
        if severity is not None:
            items[1].setForeground(severity_color(severity, self.palette()))
        items[MESSAGE_COLUMN].setToolTip(plain_tip("\n".join(lines)))
        return items

    def _scope_text(self, scope: Any) -> str:
        scope = scope if isinstance(scope, Mapping) else {}
        networks = [network_label(str(n)) for n in scope.get("networks") or []]
        languages = [language_name(str(c)) for c in scope.get("languages") or []]
        where = ", ".join(networks) or self.tr("All networks")
        written = ", ".join(languages) or self.tr("All languages")
        return f"{where}\n{written}"

    def _fill_rules(self) -> None:
        selected = self.current_rule()
        self.rules.setRowCount(0)
        for index, rule in enumerate(self._document.rules):
            self.rules.insertRow(index)
            for column, item in enumerate(self._row_items(rule)):
                self.rules.setItem(index, column, item)
            problems = (
                rule_problems(rule, self._document.ids(except_index=index)) if self._ready else []
            )
            if problems:
                id_item = self.rules.item(index, 0)
                if id_item is not None:
                    id_item.setText(f"⚠ {id_item.text()}")  # the id stays in UserRole
                    id_item.setToolTip(
                        plain_tip(
                            self.tr("This rule cannot be used as written: %1").replace(
                                "%1", problem_text(problems[0])
                            )
                        )
                    )
        self.rules.resizeRowsToContents()
        if selected is not None and selected < self.rules.rowCount():
            self.rules.selectRow(selected)
        self._show_sample_counts()
        self._enable()

    def current_rule(self) -> int | None:
        rows = {index.row() for index in self.rules.selectedIndexes()}
        return min(rows) if rows else None

    def _enable(self) -> None:
        chosen = self.current_rule() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _rule_chosen(self) -> None:
        self._enable()
        index = self.current_rule()
        if index is None:
            self.samples_panel.choose_rule(None)
            return
        rule = self._document.rule(index)
        if isinstance(rule, Mapping):
            self.samples_panel.choose_rule(reported_id(rule), str(rule.get("id", "")))

    def add_rule(self, kind: str = "confidential") -> None:
        """Opens the form for a new rule of ``kind`` (the form can change it)."""
        self.tabs.setCurrentIndex(0)
        self._editing = None
        self.form.start(None, self._document.problems, kind=kind)
        self._open_form()

    def edit_rule(self, index: int | None = None) -> None:
        index = self.current_rule() if index is None else index
        if index is None:
            return
        rule = self._document.rule(index)
        if not isinstance(rule, Mapping):
            return
        self.tabs.setCurrentIndex(0)
        self._editing = index
        self.form.start(rule, partial(self._document.problems, index=index))
        self._open_form()

    def remove_rule(self) -> None:
        index = self.current_rule()
        if index is None:
            return
        self._document.remove_rule(index)
        self._fill_rules()
        if self.rules.rowCount():
            self.rules.selectRow(min(index, self.rules.rowCount() - 1))
        self._document_edited()

    def _open_form(self) -> None:
        self.rules_stack.setCurrentWidget(self.form)
        self._other_tabs(enabled=False)  # the form would overwrite their edits on saving
        self.form.kind_box.setFocus()

    def _close_form(self) -> None:
        self._draft = None
        self.rules_stack.setCurrentIndex(0)
        self._other_tabs(enabled=True)
        self._schedule_check()

    def _other_tabs(self, *, enabled: bool) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)

    def _draft_changed(self, rule: dict[str, Any] | None) -> None:
        self._draft = rule
        if rule is not None:
            self.samples_panel.choose_rule(reported_id(rule), str(rule.get("id", "")))
        self._schedule_check()

    def _form_saved(self, rule: dict[str, Any]) -> None:
        if self._editing is None:
            problems = self._document.add_rule(rule)
            index = len(self._document) - 1
        else:
            problems = self._document.replace_rule(self._editing, rule)
            index = self._editing
        if problems:  # the form checked it already; the document refuses the same things
            self.form.validate()
            return
        self._draft = None
        self.rules_stack.setCurrentIndex(0)
        self._other_tabs(enabled=True)
        self._fill_rules()
        self.rules.selectRow(index)
        self.terms.refresh()
        self._document_edited()

    def _terms_edited(self) -> None:
        self._fill_rules()
        self._document_edited()

    def _document_edited(self) -> None:
        self.changed.emit()
        self._schedule_check()

    # -- built-in rules -------------------------------------------------------------------
    def _builtin_tab(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        intro = plain_label(
            self.tr(
                "These rules come with the app and always apply. A pack can make them"
                " stricter, never weaker: choose one and tighten it."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.builtin = self._rule_table(self.tr("Built-in rules"))
        self.builtin.itemSelectionChanged.connect(self._builtin_chosen)
        column.addWidget(self.builtin, 1)
        self.tighten_button = QPushButton(self.tr("Tighten this rule…"))
        self.tighten_button.setEnabled(False)
        self.tighten_button.clicked.connect(lambda: self.tighten_builtin())
        column.addWidget(self.tighten_button, 0, Qt.AlignmentFlag.AlignLeft)
        return holder

    def _fill_builtin(self) -> None:
        self.builtin.setRowCount(0)
        for index, rule in enumerate(builtin_documents()):
            self.builtin.insertRow(index)
            for number, item in enumerate(self._row_items(rule)):
                self.builtin.setItem(index, number, item)
        self.builtin.resizeRowsToContents()
        self._show_sample_counts()

    def _builtin_chosen(self) -> None:
        rows = {index.row() for index in self.builtin.selectedIndexes()}
        self.tighten_button.setEnabled(bool(rows))
        if rows:
            rule_id = builtin_rules()[min(rows)].id
            self.samples_panel.choose_rule(rule_id, rule_id)

    def tighten_builtin(self, builtin_id: str | None = None) -> None:
        """Opens the form on the pack's rule that tightens a built-in rule (the chosen
        one), or on a new one with that rule's id and kind."""
        if builtin_id is None:
            rows = {index.row() for index in self.builtin.selectedIndexes()}
            if not rows:
                return
            builtin_id = builtin_rules()[min(rows)].id
        existing = next(
            (
                i
                for i, r in enumerate(self._document.rules)
                if isinstance(r, Mapping) and tightens(r, builtin_id)
            ),
            None,
        )
        if existing is not None:
            self.edit_rule(existing)
            return
        self.tabs.setCurrentIndex(0)
        self._editing = None
        self.form.start(tightening_rule(builtin_id), self._document.problems, fixed_id=True)
        self._open_form()

    # -- sample posts -------------------------------------------------------------------
    def _samples_edited(self) -> None:
        self.samples_changed.emit()
        self._schedule_check()

    def _schedule_check(self) -> None:
        self._wanted += 1
        self.samples_panel.show_checking()
        self._timer.start()

    def _rules_to_check(self) -> list[Any]:
        rules = self._document.rules
        if self._draft is not None and self.is_editing():
            if self._editing is None:
                rules.append(self._draft)
            else:
                rules[self._editing] = self._draft
        return rules

    def _check_samples(self) -> None:
        if self._running:
            self._rerun = True
            return
        self._running = True
        asked = self._wanted
        self._tasks.run(
            partial(sample_catches, self._rules_to_check(), self.samples()),
            partial(self._samples_answered, asked),
            self._samples_failed,
            context=self,
        )

    def _samples_answered(self, asked: int, catches: SampleCatches) -> None:
        self._running = False
        if self._rerun or asked != self._wanted:
            self._rerun = False
            if not self._timer.isActive():
                self._check_samples()
            return
        self._catches = catches
        self.samples_panel.show_catches(catches)
        self._show_sample_counts()
        self.samples_checked.emit()

    def _samples_failed(self, error: BaseException) -> None:
        self._running = False
        self.samples_panel.status.setText(
            self.tr("Could not try the rules on the samples: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        )

    def _show_sample_counts(self) -> None:
        catches = self._catches
        total = len(self.samples())
        rules = self._rules_to_check()
        builtin = list(builtin_documents()) if self._ready else []
        for table, documents in ((self.rules, rules), (self.builtin, builtin)):
            for index, rule in enumerate(documents):
                item = table.item(index, SAMPLES_COLUMN)
                if item is None or not isinstance(rule, Mapping):
                    continue
                if catches is None:
                    item.setText("")
                elif table is self.rules and index in catches.skipped:
                    item.setText(self.tr("not used"))
                else:
                    count = len(catches.caught_by(rule))
                    item.setText(
                        self.tr("%1 of %2").replace("%1", str(count)).replace("%2", str(total))
                    )
        if not self.is_editing():
            self._rule_chosen()

    def caught_samples(self, rule_id: str) -> tuple[int, ...]:
        """The samples the rule whose findings carry ``rule_id`` caught at the last check."""
        return self._catches.by_rule.get(rule_id, ()) if self._catches else ()
