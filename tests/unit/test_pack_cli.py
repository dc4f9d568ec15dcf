"""``advocate-pack check``: the contract other tools rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from advocate_desktop.pack_cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "advocate_desktop.pack_cli", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_json_output_has_exactly_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "check",
            "--json",
            "--lang",
            "pl",
            "--network",
            "x",
            "--network",
            "bluesky",
            "--text",
            "NordvikPay i Orbis 👩‍💻",
        ]
    )
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"networks", "findings"}
    assert set(data["networks"]) == {"x", "bluesky"}
    for value in data["networks"].values():
        assert set(value) == {"length", "limit", "fits"}
        assert isinstance(value["length"], int) and isinstance(value["fits"], bool)
    assert data["networks"]["bluesky"] == {"length": 20, "limit": 300, "fits": True}
    keys = {"rule", "kind", "severity", "start", "end", "text", "message", "suggestions"}
    for finding in data["findings"]:
        assert set(finding) == keys
        assert finding["severity"] in {"block", "warn", "suggest"}
        assert isinstance(finding["suggestions"], list)
    confidential = [f for f in data["findings"] if f["kind"] == "confidential"]
    assert confidential[0]["start"] == 13 and confidential[0]["end"] == 18
    assert confidential[0]["text"] == "Orbis"


def test_default_networks_are_the_five_main_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--text", "hello"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["networks"]) == ["x", "linkedin", "mastodon", "bluesky", "threads"]
    assert data["findings"] == []


def test_reads_the_post_from_stdin_and_prints_readable_text() -> None:
    result = run("check", "--lang", "pl", stdin=b"Spotkanie z Orbisem")
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "Orbisem" in out and "Blocked" in out and "LinkedIn" in out


def test_a_clean_post_exits_zero() -> None:
    result = run("check", "--lang", "en", "--text", "I work at Nordvik. NordvikPay is out.")
    assert result.returncode == 0, result.stderr
    assert "Nothing blocks." in result.stdout.decode()


def test_warnings_do_not_block(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--lang", "en", "--text", "NordvikPay is out"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["severity"] for f in findings] == ["warn"]


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--network", "myspace", "--text", "x"),
        ("check", "--lang", "de", "--text", "x"),
        ("frobnicate",),
        (),
    ],
)
def test_bad_usage_exits_two(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 2


def test_unreadable_stdin_exits_two() -> None:
    result = run("check", stdin=b"\xff\xfe\xfa not utf-8")
    assert result.returncode == 2
    assert "standard input" in result.stderr.decode()


def test_a_missing_or_invalid_policy_exits_two(tmp_path: Path) -> None:
    assert run("check", "--policy", str(tmp_path / "none.json"), "--text", "x").returncode == 2
    bad = tmp_path / "policy.json"
    bad.write_text('{"rules": [{"id": "a", "kind": "nope"}]}', encoding="utf-8")
    result = run("check", "--policy", str(bad), "--text", "x")
    assert result.returncode == 2
    assert "/rules/0/kind" in result.stderr.decode()


def test_a_custom_policy_replaces_the_demo_one(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps(
            {
                "rules": [
                    {
                        "id": "c",
                        "kind": "confidential",
                        "severity": "block",
                        "message": {"en": "no {match}"},
                        "terms": ["Zeta"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    result = run("check", "--json", "--policy", str(policy), "--text", "Orbis and Zeta")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["text"], f["message"]) for f in findings] == [("c", "Zeta", "no Zeta")]


def test_help_for_the_command_and_the_subcommand() -> None:
    assert "check" in run("--help").stdout.decode()
    assert "--network" in run("check", "--help").stdout.decode()
