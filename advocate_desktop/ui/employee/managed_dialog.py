"""Help → Managed by your organization: what IT set on this computer, where it was
read from, and every value that was ignored, with its JSON pointer, its reason and
what the app does instead."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.managed_checks import policy_problem
from advocate_desktop.settings.definitions import IT_SETTINGS, SETTINGS
from advocate_desktop.settings.managed import ManagedConfig, ManagedProblem
from advocate_desktop.settings.setting import PROBLEMS_CONTEXT, SettingDefinition, fill
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.employee.setting_controls import table_text
from advocate_desktop.ui.tasks import TaskRunner

SECRET_FIELDS = ("client_secret",)


def problem_text(problem: ManagedProblem) -> str:
    """Why a value was ignored, in the interface language."""
    return fill(QCoreApplication.translate(PROBLEMS_CONTEXT, problem.template), problem.arguments)


def fail_safe_text(problem: ManagedProblem) -> str:
    if not problem.fail_safe:
        return ""
    return QCoreApplication.translate(PROBLEMS_CONTEXT, problem.fail_safe)


def _redacted(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("••••" if k in SECRET_FIELDS else _redacted(v))
            for k, v in value.items()
            if not k.startswith("_")
        }
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return value


def value_text(value: Any) -> str:
    text = json.dumps(_redacted(value), ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "…"


def _stretch_middle(header: QHeaderView) -> None:
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)


class ManagedDialog(QDialog):
    def __init__(
        self, managed: ManagedConfig, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._managed = managed
        self.setWindowTitle(self.tr("Managed by your organization"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        if managed.sources:
            intro = self.tr(
                "Your organization configures this app on this computer. What it locked"
                " cannot be changed in Settings."
            )
        else:
            intro = self.tr("Your organization does not configure this app on this computer.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.sources = QLabel(
            self.tr("Read from: %1").replace("%1", ", ".join(managed.sources))
            if managed.sources
            else ""
        )
        self.sources.setWordWrap(True)
        layout.addWidget(self.sources)
        self.values = QTreeWidget()
        self.values.setRootIsDecorated(False)
        self.values.setHeaderLabels([self.tr("Setting"), self.tr("Value"), self.tr("Locked")])
        self.values.setAccessibleName(self.tr("Values set by your organization"))
        _stretch_middle(self.values.header())
        layout.addWidget(self.values, 1)
        self.problems_title = QLabel(self.tr("Ignored values:"))
        layout.addWidget(self.problems_title)
        self.problems = QTreeWidget()
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.setHeaderLabels(
            [self.tr("Where"), self.tr("Why it was ignored"), self.tr("What the app does instead")]
        )
        self.problems.setAccessibleName(self.tr("Ignored values"))
        # Long reasons wrap (in the last, stretched column); a stretched middle one would not.
        self.problems.setColumnWidth(0, 180)
        self.problems.setColumnWidth(1, 280)
        layout.addWidget(self.problems, 1)
        # What failing safe means, in full (a table cell would cut it short).
        self.fail_safe = QLabel()
        self.fail_safe.setWordWrap(True)
        tint(self.fail_safe, Tone.ERROR)
        layout.addWidget(self.fail_safe)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_values()
        self._shown: list[ManagedProblem] = []
        for problem in managed.problems:
            self._add_problem(problem)
        self._show_problem_count()
        # Whether IT's policy loads is known only once it is loaded: on a worker.
        if managed.extra.get("policy") is not None:
            tasks.run(lambda: policy_problem(managed), self._policy_checked, context=self)

    def _fill_values(self) -> None:
        managed = self._managed
        for key, definition in SETTINGS.items():
            if key not in managed.values and key not in managed.locked:
                continue
            value = (
                value_text(managed.values[key])
                if key in managed.values
                else self.tr("(the employee's)")
            )
            locked = self.tr("Locked") if key in managed.locked else ""
            self._add_value(definition, value, locked)
        for key, definition in IT_SETTINGS.items():
            if key in managed.extra:
                self._add_value(definition, value_text(managed.extra[key]), "")

    def _add_value(self, definition: SettingDefinition, value: str, locked: str) -> None:
        label = table_text(definition.label).rstrip(":：").strip()
        item = QTreeWidgetItem([f"{label} ({definition.key})", value, locked])
        item.setToolTip(0, table_text(definition.description))
        item.setToolTip(1, value)
        self.values.addTopLevelItem(item)

    def _add_problem(self, problem: ManagedProblem) -> None:
        self._shown.append(problem)
        where = problem.pointer or "/"
        if len(self._managed.sources) > 1:  # else the line above the tables names it
            where += f"\n{problem.source}"
        item = QTreeWidgetItem([where, problem_text(problem), fail_safe_text(problem)])
        item.setToolTip(0, f"{problem.source}: {problem.pointer or '/'}")
        for column in (1, 2):
            item.setToolTip(column, item.text(column))
        self.problems.addTopLevelItem(item)

    def _policy_checked(self, problem: ManagedProblem | None) -> None:
        if problem is not None and problem not in self._shown:
            self._add_problem(problem)
            self._show_problem_count()

    def _show_problem_count(self) -> None:
        count = self.problems.topLevelItemCount()
        self.problems_title.setText(
            self.tr("Ignored values: %1").replace("%1", str(count))
            if count
            else self.tr("Ignored values: none")
        )
        self.problems.setVisible(bool(count))
        notes = dict.fromkeys(fail_safe_text(p) for p in self._shown if p.fail_safe)
        self.fail_safe.setText("\n".join(notes))
        self.fail_safe.setVisible(bool(notes))
