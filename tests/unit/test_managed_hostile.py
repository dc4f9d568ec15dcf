"""IT's managed.json when it is hostile or broken: listed and failing safe, never a traceback."""

from __future__ import annotations

from pathlib import Path

from advocate_desktop.settings.managed import POLICY, REQUIRE_SIGNED, load_managed


def test_a_deeply_nested_managed_config_is_reported_and_fails_safe(tmp_path: Path) -> None:
    path = tmp_path / "managed.json"
    depth = 1_000_000
    path.write_text('{"feeds": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    managed = load_managed(path)
    [problem] = managed.problems
    assert "nested too deeply" in str(problem) and str(path) in str(problem)
    assert problem.pointer == "" and problem.fail_safe
    # Nothing of it is known: only signed content, and nothing published.
    assert managed.values[REQUIRE_SIGNED] == "on" and REQUIRE_SIGNED in managed.locked
    assert {REQUIRE_SIGNED, POLICY} <= managed.strict
    assert managed.policy_problem == problem


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "managed.json"
    path.write_bytes(b'{"settings": {"language": "\xff"}}')
    [problem] = load_managed(path).problems
    assert "not valid JSON" in problem.problem
