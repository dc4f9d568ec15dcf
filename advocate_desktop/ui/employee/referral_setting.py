"""Settings → General: the employee's personal referral parameter for job offers.

Off by default.  The parameter is checked as it is typed and stored only when it is
valid; turning it on needs a valid one.  Drafts already made keep their text: the
parameter goes on the links of job offers opened from then on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from advocate_desktop.settings.service import SettingsService
from advocate_desktop.text.referral import ReferralError, parse_referral
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.tasks import TaskRunner


class ReferralSetting(QWidget):
    def __init__(self, settings: SettingsService, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("Add my referral parameter to the links of job offers"))
        self.enabled.setChecked(bool(self._settings.get("referral_enabled")))
        self.enabled.toggled.connect(self._toggled)
        layout.addWidget(self.enabled)
        self.parameter = QLineEdit(str(self._settings.get("referral_parameter")))
        self.parameter.setPlaceholderText(self.tr("e.g. ref=jkowalska"))
        self.parameter.setAccessibleName(self.tr("Referral parameter"))
        self.parameter.setAccessibleDescription(
            self.tr("Written as name=value, as your company's careers site asks for it.")
        )
        self.parameter.setMaxLength(150)
        self.parameter.textEdited.connect(self._check)
        self.parameter.editingFinished.connect(self._store)
        layout.addWidget(self.parameter)
        self.note = plain_label()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem = plain_label()  # what is wrong with the value, in the error colour
        self.problem.setWordWrap(True)
        tint(self.problem, Tone.ERROR)
        layout.addWidget(self.problem)
        self._explain()
        for key, widget in (
            ("referral_enabled", self.enabled),
            ("referral_parameter", self.parameter),
        ):
            if self._settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your organization."))

    def _say_problem(self, problem: str) -> None:
        self.note.hide()
        self.problem.setText(problem)
        self.problem.show()

    def _explain(self) -> None:
        self.problem.hide()
        self.problem.clear()
        self.note.show()
        self.note.setText(
            self.tr(
                "Only on links to the company's own site in job offers you open from now on,"
                " and only while this is on. You see it in the post before it goes out."
            )
        )

    def _problem(self) -> str | None:
        try:
            parse_referral(self.parameter.text())
        except ReferralError:
            if not self.parameter.text().strip():
                return self.tr("Type your referral parameter first.")
            return self.tr(
                "Write it as name=value: the name starts with a letter and uses letters,"
                " digits, _ . - (at most 40); the value uses letters, digits, _ . ~ -"
                " (at most 100)."
            )
        return None

    def _check(self) -> None:
        problem = self._problem() if self.parameter.text().strip() else None
        if problem is None:
            self._explain()
        else:
            self._say_problem(problem)

    def _store(self) -> None:
        text = self.parameter.text().strip()
        if text and self._problem() is not None:
            self._check()  # an invalid value is never stored; the last good one stays
            return
        self._save("referral_parameter", text)
        if not text and self.enabled.isChecked():
            self.enabled.setChecked(False)  # nothing to add: off

    def _toggled(self, on: bool) -> None:
        if on:
            problem = self._problem()
            if problem is not None:
                self.enabled.blockSignals(True)
                self.enabled.setChecked(False)
                self.enabled.blockSignals(False)
                self._say_problem(problem)
                return
            self._save("referral_parameter", self.parameter.text().strip())
        self._save("referral_enabled", on)

    def _save(self, key: str, value: object) -> None:
        settings = self._settings
        self._tasks.run(lambda: settings.set(key, value))
