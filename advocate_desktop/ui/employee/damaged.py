"""Telling the employee that their data file is damaged, and keeping it aside only with
their word (nothing is ever recreated over it silently)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from advocate_desktop import APP_NAME


def ask_to_set_aside(path: Path, reason: str) -> bool:
    """True when the employee chose to keep the damaged file aside and start again."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Damaged",
            "Your Advocate Desktop data file is damaged, so the app cannot read your drafts,"
            " queue and accounts:\n\n%1\n(%2)\n\nScheduled posts are not published while it is"
            " damaged.",
        )
        .replace("%1", str(path))
        .replace("%2", reason)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Damaged",
            "You can keep the damaged file aside (nothing is deleted; IT support may be able to"
            " recover it) and start again with empty data, or quit and restore the file from a"
            " backup first.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("Damaged", "Keep it aside and start again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Damaged", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is keep


def tell_set_aside(kept: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Damaged",
            "The damaged file was kept as:\n%1\n\nAdvocate Desktop starts with empty data. Your"
            " posts that were already published are still on your accounts.",
        ).replace("%1", str(kept))
    )
    box.exec()


def tell_found_damaged(parent: QWidget | None, path: Path, reason: str) -> None:
    """The page check found the file damaged after the window opened: nothing was
    published, and the next start (which checks first) offers to keep it aside."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Damaged",
            "Your Advocate Desktop data file is damaged, so the app cannot read your drafts,"
            " queue and accounts:\n\n%1\n(%2)\n\nNo scheduled post was published.",
        )
        .replace("%1", str(path))
        .replace("%2", reason)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Damaged",
            "Advocate Desktop quits now. Start it again to keep the damaged file aside"
            " (nothing is deleted; IT support may be able to recover it) and start with"
            " empty data, or restore the file from a backup first.",
        )
    )
    box.addButton(QCoreApplication.translate("Damaged", "Quit"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
