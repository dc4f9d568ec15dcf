"""Networks' error codes reach the employee in their language; the lists come from the registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from advocate_desktop.networks.registry import SPECS
from advocate_desktop.networks.spec import ERRORS_CONTEXT
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.ui.i18n import install_translators
from advocate_desktop.ui.messages import network_error_text, problem_text


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "pl")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.mark.usefixtures("polish")
def test_every_code_of_every_network_has_a_polish_message() -> None:
    for spec in SPECS:
        for code, english in spec.error_messages.items():
            polish = QCoreApplication.translate(ERRORS_CONTEXT, english)
            assert polish and polish != english, (spec.key, code)
            shown = network_error_text(code, "detail-x", spec.key)
            assert shown is not None and "detail-x" in shown, (spec.key, code)


@pytest.mark.usefixtures("polish")
def test_a_network_problem_in_the_queue_is_polish_with_its_detail() -> None:
    # The Queue's own sentence (what to do) wins over the spec's plain one.
    assert problem_text(PostProblem("image_unreadable", "cat.png: denied")) == (
        "Nie można odczytać obrazu z tego posta (cat.png: denied)."
        " Zastąp go innym i zaplanuj post ponownie."
    )
    assert problem_text(PostProblem("outbox_unwritable", "/srv/out: read-only")) == (
        "Nie można zapisać w folderze skrzynki nadawczej: /srv/out: read-only"
    )
    assert network_error_text("no_such_code") is None
    assert "no_such_code" in problem_text(PostProblem("no_such_code", "d"))


def test_in_english_the_specs_message_is_shown() -> None:
    assert problem_text(PostProblem("not_mastodon")) == "This address is not a Mastodon server."
