"""Picks the interface language and installs the translators."""

from __future__ import annotations

import logging
import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advocate_desktop.paths import resources_dir

log = logging.getLogger(__name__)
SUPPORTED = ("en", "pl")
# ADVOCATE_PSEUDO_L10N=1 (or --pseudo-locale) runs the app pseudo-localized.
PSEUDO_VARIABLE = "ADVOCATE_PSEUDO_L10N"
# Polish runs about 30 % longer than English; pseudo text 40 % longer finds the
# layouts that would break in Polish (or German) before a person does.
PSEUDO_GROWTH = 0.4
_ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåĆćĎďÉéĜĝĤĥÎîĴĵĶķĹĺŃńÖöŘřŠšŢţÛûŴŵÝýŽž",
)
# What must reach the screen unchanged: placeholders (%1, %L2, %n, %%), accelerators
# (&F), HTML-like tags and entities, and line breaks.
_KEPT = re.compile(r"%L?\d+|%n|%%|&&|&\w+;|&\w|<[^>]*>|\n")
_PADDING = " ļōŕéḿ ĩƥšûḿ ďōļōŕ šîţ åḿéţ"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def pseudo_requested() -> bool:
    """Whether the environment asks for the pseudo-localized run."""
    return os.environ.get(PSEUDO_VARIABLE, "").strip().lower() in ("1", "true", "yes", "on")


def pseudo_localize(text: str) -> str:
    """``text`` with accented letters, 40 % longer and bracketed, its placeholders kept.

    The brackets show where a string ends: a label that lost its ``]`` is clipped."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _KEPT.finditer(text):
        chunk = text[last : match.start()]
        parts.append(chunk.translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    chunk = text[last:]
    parts.append(chunk.translate(_ACCENTED))
    extra = math.ceil(len(text) * PSEUDO_GROWTH)
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra]
    return "[" + "".join(parts) + padding + "]"


class PseudoTranslator(QTranslator):
    """Every string the app (and Qt) asks for, pseudo-localized (see :func:`pseudo_localize`).

    English is the base, its plural forms from ``advocate_en``, so ``%n`` still counts."""

    def __init__(self, base: QTranslator | None, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "en"

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = self._base.translate(context, source, disambiguation, n) if self._base else ""
        return pseudo_localize(found or source)


def install_translators(
    app: QCoreApplication, language: str, *, pseudo: bool = False
) -> list[QTranslator]:
    """Install the app's and Qt's own translations; returns them so they stay alive.

    ``pseudo``: install the pseudo-localizing translator instead, over English."""
    installed: list[QTranslator] = []
    if pseudo:
        english = QTranslator(app)
        if not english.load("advocate_en", str(translations_dir())):
            log.warning("no compiled English translation in %s", translations_dir())
        pseudo_translator = PseudoTranslator(english, app)
        app.installTranslator(pseudo_translator)
        QLocale.setDefault(QLocale("en"))
        log.info("pseudo-localized run: every string is 40 %% longer and accented")
        return [pseudo_translator, english]
    ours = QTranslator(app)
    if ours.load(f"advocate_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no compiled translation for %s in %s", language, translations_dir())
    if language == "en":
        return installed  # English plural forms come from advocate_en
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def ui_language() -> str:
    """The language the interface speaks now, for messages that come as data."""
    return "pl" if QLocale().language() == QLocale.Language.Polish else "en"
