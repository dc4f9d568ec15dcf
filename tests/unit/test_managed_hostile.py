"""IT's managed.json when it is hostile or broken: a clear error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocate_desktop.settings.managed import ManagedConfigError, load_managed


def test_a_deeply_nested_managed_config_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "managed.json"
    depth = 1_000_000
    path.write_text('{"feeds": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    with pytest.raises(ManagedConfigError) as caught:
        load_managed(path)
    assert "nested too deeply" in str(caught.value) and str(path) in str(caught.value)
