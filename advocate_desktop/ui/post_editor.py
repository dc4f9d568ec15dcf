"""The post's text with its live check: the employee's editor and the studio's share it.

The text box underlines what the policy finds, a line gives the length on the chosen
network, the previews show how the post reads on every network, and the findings
panel lists the findings with a Fix where the rule offers one.

The check and the previews run on a worker, never on the GUI thread: each edit asks
for a check of the newest text, at most one runs at a time, and a result for text
that has changed since is dropped (the newest text wins).  What is checked (network,
language, campaign parameters…) comes from the host through a callable, so the same
widget checks an employee's draft and a pack's suggested text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from advocate_desktop.networks.registry import PREVIEWED
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.policy.model import Finding
from advocate_desktop.text.counting import Analysis
from advocate_desktop.text.networks import NetworkRules, measure_analysis, rules_for
from advocate_desktop.text.preview import preview
from advocate_desktop.ui.colors import severity_color
from advocate_desktop.ui.i18n import ui_language
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.policy_panel import PolicyPanel
from advocate_desktop.ui.previews import NetworkPreviews
from advocate_desktop.ui.tasks import TaskRunner
from advocate_desktop.ui.text_positions import to_qt

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import CheckResult, PolicyEngine

CHECK_DELAY_MS = 120
PREVIEW_NETWORKS = PREVIEWED
# A preview shows at most this many times the network's limit: what lies beyond
# cannot be posted there, and a label laying out a huge text stalls the window.
PREVIEW_LIMITS_SHOWN = 2
HIGHLIGHTED_FINDINGS = 200  # underlining more would stall the window, not inform


@dataclass(frozen=True)
class PreviewTab:
    network: str
    label: str
    length: int
    limit: int
    fits: bool
    shown: str


@dataclass(frozen=True)
class CheckContext:
    """What the host says the text is checked as (everything but the text itself)."""

    network: str
    language: str
    utm: Mapping[str, str] | None
    site: str
    company_content: bool
    labels: Mapping[str, str] | None = None
    # The account's rules for ``network`` (its Mastodon server's limits); None: the network's.
    rules: NetworkRules | None = None


@dataclass(frozen=True)
class CheckRequest:
    """A snapshot of what to check, taken on the GUI thread."""

    generation: int
    text: str
    network: str
    language: str
    message_language: str
    utm: Mapping[str, str] | None
    site: str
    company_content: bool
    labels: Mapping[str, str] | None = None
    # The account's rules for ``network`` (its Mastodon server's limits); None: the network's.
    rules: NetworkRules | None = None


@dataclass(frozen=True)
class CheckOutcome:
    request: CheckRequest
    result: CheckResult | None
    too_large: int | None  # the text's length when it is over the check's cap
    previews: tuple[PreviewTab, ...]


def check_draft(engine: PolicyEngine, request: CheckRequest) -> CheckOutcome:
    """The policy check and every preview of ``request.text``: worker-side, no Qt."""
    from advocate_desktop.policy.engine import TextTooLarge

    try:
        result = engine.check(
            request.text,
            networks=[request.network],
            language=request.language,
            message_language=request.message_language,
            utm=request.utm,
            site=request.site,
            company_content=request.company_content,
            labels=request.labels,
            rules={request.network: request.rules} if request.rules else None,
        )
    except TextTooLarge as error:
        return CheckOutcome(request, None, error.length, ())
    analysis = result.analysis or Analysis(request.text)
    previews = []
    for network in PREVIEW_NETWORKS:
        # The chosen account's tab counts with its own limits; the others with the network's.
        own = request.rules if network == request.network else None
        rules = own or rules_for(network)
        measured, _ = measure_analysis(rules, analysis, rules.limit)
        shown = preview(network, request.text, analysis.urls)
        cut = rules.limit * PREVIEW_LIMITS_SHOWN
        if len(shown) > cut:
            shown = shown[:cut] + "…"
        previews.append(
            PreviewTab(network, rules.label, measured.length, measured.limit, measured.fits, shown)
        )
    return CheckOutcome(request, result, None, tuple(previews))


class PostEditor(QWidget):
    """The text box, the length line and the previews, in a column; and the findings
    panel (``policy``), which the host places where it wants (beside the column in both
    windows).  ``insert_below`` puts a host's widget between two of the column's."""

    checked = Signal()  # a check's outcome is shown (GUI thread)
    not_checked = Signal()  # asked to check with no policy yet, or nothing open
    check_failed = Signal(object)  # the check raised: the exception

    def __init__(
        self,
        tasks: TaskRunner,
        context: Callable[[], CheckContext | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._context = context  # None: nothing open, nothing to check
        self._engine: PolicyEngine | None = None
        self._result: CheckResult | None = None
        self._checked: CheckRequest | None = None  # what ``_result`` is the check of
        self._too_large: int | None = None
        self._generation = 0
        self._checking = False  # a check is running on a worker

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        # Tab moves on to the next control, as in a form: a post has no use for tab stops.
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self._column.addWidget(self.text, 1)
        self.counts = plain_label()  # a screen reader reads its text: the length itself
        self.counts.setWordWrap(True)
        self._column.addWidget(self.counts)
        self.previews = NetworkPreviews(PREVIEW_NETWORKS)
        self._column.addWidget(self.previews)

        self.policy = PolicyPanel()
        self.policy.finding_selected.connect(self.select_finding)
        self.policy.fix_requested.connect(self.apply_fix)

    def insert_below(self, anchor: QWidget, widget: QWidget) -> None:
        """Put ``widget`` right below ``anchor`` (the text, the length line) in the column."""
        self._column.insertWidget(self._column.indexOf(anchor) + 1, widget)

    # -- state the host reads ------------------------------------------------
    @property
    def engine(self) -> PolicyEngine | None:
        return self._engine

    @property
    def result(self) -> CheckResult | None:
        """The newest check shown (maybe of an older text: see :meth:`stale`)."""
        return self._result

    @property
    def checked_request(self) -> CheckRequest | None:
        """What :attr:`result` is the check of."""
        return self._checked

    @property
    def too_large(self) -> int | None:
        """The text's length when the newest check refused it as too long to check."""
        return self._too_large

    @property
    def checking(self) -> bool:
        return self._checking

    @property
    def check_pending(self) -> bool:
        """A check is running, or the text changed since the last one."""
        return self._checking or self._checked is None or self.stale()

    def stale(self) -> bool:
        """The text (or what it is checked as) changed since the check shown."""
        return self._checked is None or self._checked.generation != self._generation

    # -- inputs ----------------------------------------------------------------
    def set_engine(self, engine: PolicyEngine) -> None:
        """The policy to check with; the open text is checked again with it."""
        self._engine = engine
        if self._context() is not None:
            self.run_check()

    def text_edited(self) -> None:
        """The text changed: a check of the text before is out of date; check soon."""
        self._generation += 1
        self._check_timer.start()

    def reset(self) -> None:
        """Nothing open any more: forget the check, clear what it showed."""
        self._result = None
        self._checked = self._too_large = None
        self._generation += 1
        self.counts.clear()
        self.previews.clear()
        self.policy.clear()
        self.text.setExtraSelections([])

    # -- the check ---------------------------------------------------------------
    def run_check(self) -> None:
        """Ask for a check of the current text; it runs on a worker and reports back."""
        self._check_timer.stop()
        self._generation += 1
        if self._engine is None or self._context() is None:
            self.not_checked.emit()  # the host updates what depends on the check
            return
        if not self._checking:
            self._start_check()

    def _request(self, context: CheckContext) -> CheckRequest:
        return CheckRequest(
            generation=self._generation,
            text=self.text.toPlainText(),
            network=context.network,
            language=context.language,
            message_language=ui_language(),
            utm=context.utm,
            site=context.site,
            company_content=context.company_content,
            labels=context.labels,
            rules=context.rules,
        )

    def _start_check(self) -> None:
        context = self._context()
        assert self._engine is not None and context is not None
        engine, request = self._engine, self._request(context)
        self._checking = True
        self._tasks.run(
            lambda: check_draft(engine, request), self._check_done, self._check_failed, self
        )

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.check_failed.emit(error)

    def _check_done(self, outcome: CheckOutcome) -> None:
        self._checking = False
        if self._context() is None:
            return
        if outcome.request.generation != self._generation:
            self._start_check()  # the text changed meanwhile: drop this, check the newest
            return
        self._show_check(outcome)
        self.checked.emit()

    def _show_check(self, outcome: CheckOutcome) -> None:
        request, self._result = outcome.request, outcome.result
        self._checked, self._too_large = request, outcome.too_large
        if outcome.result is None:
            self.policy.show_message(self.too_large_text(outcome.too_large or 0))
            self.text.setExtraSelections([])
            self.previews.clear()  # no stale previews
            self.counts.setText(self.too_large_text(outcome.too_large or 0))
            return
        result = outcome.result
        self.policy.show_findings(result.findings)
        self.previews.show_previews(outcome.previews)
        self._highlight(request.text, result.findings)
        measure = result.measures[0]
        self.counts.setText(
            self.tr("%1: %2 of %3")
            .replace("%1", network_label(request.network))
            .replace("%2", str(measure.length))
            .replace("%3", str(measure.limit))
        )

    def too_large_text(self, length: int) -> str:
        from advocate_desktop.policy.engine import MAX_CHECK_CHARACTERS

        return (
            self.tr(
                "This text is too long to check: %1 characters, and the check takes at most %2."
                " Shorten it; no network takes a post this long."
            )
            .replace("%1", f"{length:,}")
            .replace("%2", f"{MAX_CHECK_CHARACTERS:,}")
        )

    def _highlight(self, text: str, findings: tuple[Finding, ...]) -> None:
        selections = []
        for finding in findings[:HIGHLIGHTED_FINDINGS]:
            if finding.end <= finding.start:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            color = severity_color(finding.severity, self.palette())
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color)
            color.setAlpha(40)
            fmt.setBackground(color)
            selection.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(to_qt(text, finding.start))
            cursor.setPosition(to_qt(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def select_finding(self, finding: Finding) -> None:
        text = self.text.toPlainText()
        cursor = self.text.textCursor()
        cursor.setPosition(to_qt(text, finding.start))
        cursor.setPosition(to_qt(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def apply_fix(self, finding: Finding, replacement: str) -> None:
        """Replace the finding's span with the suggestion, as one undoable edit."""
        self.select_finding(finding)
        self.text.textCursor().insertText(replacement)
        self.run_check()
