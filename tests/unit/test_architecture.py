"""The arrows of DESIGN.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "advocate_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules() -> list[tuple[str, set[str]]]:
    return [
        (str(p.relative_to(PACKAGE.parent)), _imports(p)) for p in sorted(PACKAGE.rglob("*.py"))
    ]


def _part(module: str) -> str:
    parts = module.split("/")
    return parts[1].removesuffix(".py") if len(parts) > 1 else ""


FORBIDDEN: dict[str, tuple[str, ...]] = {
    "text": ("advocate_desktop",),
    "policy": (
        "advocate_desktop.networks",
        "advocate_desktop.feed",
        "advocate_desktop.store",
        "advocate_desktop.schedule",
        "advocate_desktop.ui",
    ),
    "feed": (
        "advocate_desktop.policy",
        "advocate_desktop.networks",
        "advocate_desktop.schedule",
        "advocate_desktop.ui",
    ),
    "networks": (
        "advocate_desktop.store",
        "advocate_desktop.schedule",
        "advocate_desktop.ui",
        "advocate_desktop.feed",
        "advocate_desktop.policy",
    ),
    "schedule": ("advocate_desktop.ui", "advocate_desktop.feed", "advocate_desktop.policy"),
    "store": (
        "advocate_desktop.ui",
        "advocate_desktop.schedule",
        "advocate_desktop.feed",
        "advocate_desktop.policy",
        "advocate_desktop.networks",
    ),
    "settings": ("advocate_desktop.ui",),
    # The use cases both GUI modes and the command line call: never Qt, never a widget.
    "services": ("advocate_desktop.ui", "PySide6"),
    "pack_cli": ("advocate_desktop.ui", "PySide6"),
    # The one HTTP layer: feed/ and networks/ use it, it uses neither.
    "http": (
        "advocate_desktop.feed",
        "advocate_desktop.networks",
        "advocate_desktop.store",
        "advocate_desktop.schedule",
        "advocate_desktop.settings",
        "advocate_desktop.credentials",
        "advocate_desktop.policy",
        "advocate_desktop.text",
        "advocate_desktop.ui",
    ),
    "ui": ("sqlite3", "requests", "socket", "urllib.request", "http.client"),
}


@pytest.mark.parametrize(("module", "imports"), _modules(), ids=lambda v: str(v)[:60])
def test_imports_follow_the_design(module: str, imports: set[str]) -> None:
    part = _part(module)
    if part not in ("ui", "app"):
        assert not any(i.startswith("PySide6") for i in imports), f"{module} imports Qt"
    for banned in FORBIDDEN.get(part, ()):
        bad = sorted(i for i in imports if i == banned or i.startswith(banned + "."))
        if part == "text":
            bad = [i for i in bad if not i.startswith("advocate_desktop.text")]
        assert not bad, f"{module} may not import {bad}"


def test_the_core_imports_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import advocate_desktop.pack_cli, advocate_desktop.schedule.runner,"
        " advocate_desktop.feed.pack, advocate_desktop.credentials,"
        " advocate_desktop.services.app_services;"
        " assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_parts_both_modes_share_import_neither_mode() -> None:
    """ui/ holds what both modes share (task runner, post editor, findings, previews,
    messages); ui/employee/ and ui/studio/ are the two modes, and neither imports the
    other, so the studio never drags in the employee's window, nor the reverse beyond
    opening it."""
    ui = PACKAGE / "ui"
    for path in sorted(ui.rglob("*.py")):
        imports = _imports(path)
        where = path.relative_to(ui).parts
        mode = where[0] if len(where) > 1 else "shared"
        if mode == "shared":
            banned: tuple[str, ...] = ("advocate_desktop.ui.employee", "advocate_desktop.ui.studio")
        elif mode == "studio":
            banned = ("advocate_desktop.ui.employee",)
        else:
            continue  # the employee's window opens the studio (File → Pack studio…)
        bad = sorted(i for i in imports if any(i == b or i.startswith(b + ".") for b in banned))
        assert not bad, f"ui/{'/'.join(where)} may not import {bad}"
