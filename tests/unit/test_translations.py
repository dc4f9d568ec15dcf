"""Every user-visible string is translated, and translated before formatting."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
UI_SOURCES = [
    ROOT / "advocate_desktop" / "app.py",
    *sorted((ROOT / "advocate_desktop" / "ui").rglob("*.py")),
]
# The networks' specs mark their error messages for translation (QT_TRANSLATE_NOOP), and
# the settings table its labels and the managed configuration's problems.
TR_SOURCES = [
    *UI_SOURCES,
    ROOT / "advocate_desktop" / "managed_checks.py",
    *sorted((ROOT / "advocate_desktop" / "networks").rglob("*.py")),
    *sorted((ROOT / "advocate_desktop" / "settings").rglob("*.py")),
]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"advocate_{language}.ts")
    assert len(messages) > 100
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            assert forms and all(forms), key
            assert len(forms) == (3 if language == "pl" else 2), key
        else:
            assert translation.text, key
            for marker in re.findall(r"%\d", key[1]):
                assert marker in translation.text, (key, marker)


def test_the_ts_files_contain_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate ships with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-locations", "none", *map(str, TR_SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(_messages(fresh))
    in_pl = set(_messages(TRANSLATIONS / "advocate_pl.ts"))
    assert in_code - in_pl == set(), "run `make lupdate` and translate the new strings"
    assert in_pl - in_code == set(), "run `make lupdate` to drop strings no longer used"


@pytest.mark.parametrize("source", UI_SOURCES, ids=lambda p: p.name)
def test_templates_are_translated_before_they_are_formatted(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    assert not re.search(r"\btr\(\s*f[\"']", text), "tr(f'…') can never match a translation"
    assert not re.search(r"translate\([^)]*,\s*f[\"']", text)
    assert not re.search(r'\btr\(\s*"[^"]*"\s*%', text), "format after tr(), not inside"
    assert not re.search(r'\btr\(\s*"[^"]*"\.format\(', text), "format after tr(), not inside"
    # lupdate does not look inside f-strings: a tr() there is never offered for translation.
    assert not re.search(r"\{\s*self\.tr\(", text), "call tr() before the f-string"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_networks_error_messages_are_translated(language: str) -> None:
    from advocate_desktop.networks.registry import SPECS
    from advocate_desktop.networks.spec import ERRORS_CONTEXT

    messages = _messages(TRANSLATIONS / f"advocate_{language}.ts")
    for spec in SPECS:
        assert spec.error_messages, spec.key
        for code, english in spec.error_messages.items():
            message = messages.get((ERRORS_CONTEXT, english))
            assert message is not None, (spec.key, code, "run `make lupdate`")
            translation = message.find("translation")
            assert translation is not None and translation.text, (spec.key, code)
            assert translation.get("type") is None, (spec.key, code)
            if language == "pl":
                assert translation.text != english, (spec.key, code, "not translated")
