"""A quiet line under the post: how much of it is still the suggested text.

It only informs: nothing is blocked or coloured as a fault.  The comparison
(:mod:`advocate_desktop.text.own_words`) runs on a worker a moment after typing
stops, and a result for text that has changed since is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from advocate_desktop.text.own_words import OwnWords, compare
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.tasks import TaskRunner

UPDATE_DELAY_MS = 400
# From this share of the post being the suggestion on, the meter suggests a rewrite.
MOSTLY_COPIED = 0.8
MOSTLY_OWN = 0.4


class OwnWordsMeter(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._reference = ""
        self._text = ""
        self._generation = 0
        self._running = False
        self.result: OwnWords | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Share of the post that is still the suggested text"))
        layout.addWidget(self.bar)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setAccessibleDescription(self.tr("Own words"))
        layout.addWidget(self.label, 1)
        self.setToolTip(
            self.tr(
                "How much of your post is still the suggested text, word for word (links,"
                " hashtags and mentions are not counted). Posts in your own words read as"
                " yours; this never stops you from publishing."
            )
        )
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.setVisible(False)

    def set_reference(self, suggested: str, text: str) -> None:
        """A draft was opened: its suggested text (empty for the employee's own post)."""
        self._reference = suggested
        self.update_text(text, at_once=True)

    def clear(self) -> None:
        self._reference = self._text = ""
        self._generation += 1
        self._timer.stop()
        self._show(None)

    def update_text(self, text: str, *, at_once: bool = False) -> None:
        self._text = text
        self._generation += 1
        if not self._reference:
            self._show(None)
            return
        if at_once:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._running:
            return  # the running comparison's answer starts the next one
        self._running = True
        generation, reference, text = self._generation, self._reference, self._text
        self._tasks.run(
            lambda: compare(reference, text),
            lambda result: self._done(generation, result),
            lambda _error: self._done(generation, None),
            context=self,
        )

    def _done(self, generation: int, result: OwnWords | None) -> None:
        self._running = False
        if generation != self._generation:
            if self._reference:
                self._start()
            return
        self._show(result)

    def _show(self, result: OwnWords | None) -> None:
        self.result = result
        if result is None:
            self.setVisible(False)
            self.label.clear()
            return
        copied = result.copied_share
        self.bar.setValue(round(copied * 100))
        if copied >= 0.999:
            text = self.tr(
                "Still the suggested text word for word. A sentence of your own makes the"
                " post sound like you."
            )
        elif copied >= MOSTLY_COPIED:
            text = self.tr(
                "%1 % of the post is still the suggested text. A few words of your own make it"
                " sound like you."
            )
        elif copied > MOSTLY_OWN:
            text = self.tr("%1 % of the post is still the suggested text.")
        else:
            text = self.tr("Mostly in your own words (%1 % is the suggested text).")
        self.label.setText(text.replace("%1", str(round(copied * 100))))
        self.bar.setAccessibleDescription(self.label.text())
        self.setVisible(True)
