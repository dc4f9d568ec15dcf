"""The pack open in the studio: its model, where it saves, and whether it has unsaved edits.

Every page edits the same :class:`PackModel` and says so with :meth:`edited`; the
window saves it (on a worker) and checks it again.  A save writes a copy taken on the
GUI thread, so edits made while it runs are never half written, and stay unsaved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from advocate_desktop.services.authoring.model import PackModel


class StudioDocument(QObject):
    opened = Signal()  # another pack (or none) is open
    changed = Signal()  # the open pack was edited
    saved_state = Signal(bool)  # whether everything is saved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model: PackModel | None = None
        self.folder: Path | None = None  # where Save writes; None: ask (new pack, or a zip)
        self.origin: Path | None = None  # the folder or zip it was opened from
        self._revision = 0  # edits so far
        self._saved_revision = 0

    @property
    def is_open(self) -> bool:
        return self.model is not None

    @property
    def dirty(self) -> bool:
        return self.model is not None and self._revision != self._saved_revision

    @property
    def revision(self) -> int:
        return self._revision

    def open(self, model: PackModel | None, folder: Path | None, origin: Path | None) -> None:
        """Show ``model``; ``folder``: where it saves (None until the team chooses one)."""
        self.model, self.folder, self.origin = model, folder, origin
        self._revision = self._saved_revision = 0
        if model is not None and folder is None:
            self._revision = 1  # a new pack, or one from a zip: not saved anywhere yet
        self.opened.emit()
        self.saved_state.emit(not self.dirty)

    def edited(self) -> None:
        """A page changed the model."""
        if self.model is None:
            return
        self._revision += 1
        self.changed.emit()
        self.saved_state.emit(False)

    def mark_saved(self, revision: int, folder: Path) -> None:
        """The copy taken at ``revision`` is in ``folder`` now."""
        self.folder = folder
        self._saved_revision = revision
        self.saved_state.emit(not self.dirty)

    def title(self) -> str:
        if self.model is None:
            return ""
        value = self.model.feed.get("title")
        return value if isinstance(value, str) else ""
