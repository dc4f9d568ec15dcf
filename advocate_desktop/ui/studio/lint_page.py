"""The Lint page: every problem of the pack with its file, JSON pointer and fix.

The window lints the pack (services/authoring/lint.py, on a worker) after each pause
in editing; activating a row asks the window to go to the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.services.authoring.results import ERROR, LintReport, Problem
from advocate_desktop.ui.colors import tone_color
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label

ProblemRole = Qt.ItemDataRole.UserRole + 1


class LintPage(QWidget):
    problem_activated = Signal(object)  # Problem
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.summary = plain_label(self.tr("Open a pack to check it."))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(
            self.tr("Every problem of the pack; activate one to go to its field")
        )
        self.list.setHeaderLabels(
            [self.tr("Severity"), self.tr("File"), self.tr("Where"), self.tr("Problem and fix")]
        )
        header = self.list.header()
        header.setStretchLastSection(True)
        for section in range(3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._activated)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.go_button = QPushButton(self.tr("Go to the field"))
        self.go_button.clicked.connect(self._go)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.clicked.connect(self.recheck_requested)
        row.addWidget(self.go_button)
        row.addWidget(self.recheck_button)
        column.addLayout(row)
        self.report: LintReport | None = None

    def show_checking(self) -> None:
        self.summary.setText(self.tr("Checking the pack…"))

    def show_report(self, report: LintReport | None) -> None:
        self.report = report
        self.list.clear()
        if report is None:
            self.summary.setText(self.tr("Open a pack to check it."))
            return
        for problem in report.problems:
            severity = self.tr("Error") if problem.severity == ERROR else self.tr("Warning")
            row = QTreeWidgetItem(
                [
                    severity,
                    problem.file,
                    problem.pointer or "/",
                    self.tr("%1 Fix: %2").replace("%1", problem.message).replace("%2", problem.fix),
                ]
            )
            tone = Tone.ERROR if problem.severity == ERROR else Tone.WARNING
            row.setForeground(0, tone_color(tone, self.palette()))
            row.setData(0, ProblemRole, problem)
            row.setToolTip(3, row.text(3))
            self.list.addTopLevelItem(row)
        errors, warnings = len(report.errors), len(report.warnings)
        if not report.problems:
            self.summary.setText(self.tr("No problems: the pack can be built."))
        else:
            text = (
                self.tr("%n error(s)", "", errors) + " · " + self.tr("%n warning(s)", "", warnings)
            )
            if errors:
                text += " — " + self.tr("fix the errors to build the pack.")
            self.summary.setText(text)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def show_failure(self, problem: str) -> None:
        self.report = None
        self.list.clear()
        self.summary.setText(self.tr("The pack could not be checked: %1").replace("%1", problem))

    def problems(self) -> list[Problem]:
        return list(self.report.problems) if self.report else []

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        problem = row.data(0, ProblemRole)
        if problem is not None:
            self.problem_activated.emit(problem)

    def _go(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self._activated(row)
