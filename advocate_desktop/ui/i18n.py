"""Picks the interface language and installs the translators."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advocate_desktop.paths import resources_dir

log = logging.getLogger(__name__)
SUPPORTED = ("en", "pl")


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


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations; returns them so they stay alive."""
    installed: list[QTranslator] = []
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
