"""``advocate-pack check``: the contract other tools rely on."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from advocate_desktop.pack_cli import COMMANDS, build_parser, main


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
    text = "Write to me: jan.kowalski@example.com"
    assert main(["check", "--json", "--lang", "en", "--text", text]) == 0
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


# -- the other subcommands ---------------------------------------------------
SUBCOMMANDS = ("init", "lint", "keygen", "build", "inflect", "sign", "verify", "serve", "check")


def test_a_run_builds_only_its_subcommand_and_the_help_still_lists_all() -> None:
    """``main`` builds just the named subcommand's parser (a check process saves the
    others); the full parser, which ``--help`` shows, has exactly COMMANDS."""
    full = build_parser()
    commands = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(commands.choices) == COMMANDS == SUBCOMMANDS
    for name in COMMANDS:
        only = build_parser(name)
        chosen = next(a for a in only._actions if isinstance(a, argparse._SubParsersAction))
        assert tuple(chosen.choices) == (name,)
        assert chosen.choices[name].format_help() == commands.choices[name].format_help()


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help_and_json(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "--json" in result.stdout.decode()


def test_init_lint_keygen_build_verify(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    assert run("init", str(folder)).returncode == 0
    assert {"feed.json", "policy.json", "media"} <= {p.name for p in folder.iterdir()}
    assert run("init", str(folder)).returncode == 2  # never overwrites
    lint = json.loads(run("lint", "--json", str(folder)).stdout)
    newest = max(int(p.stat().st_mtime) for p in folder.rglob("*") if p.is_file())
    assert lint == {"issues": [], "errors": 0, "pack_id": "Our newsroom", "version": newest}

    keys = json.loads(run("keygen", "--json", "--name", "Comms", str(tmp_path / "k/comms")).stdout)
    private = Path(keys["private_key"])
    assert private.stat().st_mode & 0o777 == 0o600
    assert keys["line"].startswith("advocate-ed25519 ") and keys["line"].endswith(" Comms")
    assert run("keygen", str(tmp_path / "k/comms")).returncode == 2  # never overwrites a key

    built = json.loads(
        run(
            "build", "--json", str(folder), "--out", str(tmp_path / "a.zip"), "--key", str(private)
        ).stdout
    )
    again = json.loads(
        run(
            "build", "--json", str(folder), "--out", str(tmp_path / "b.zip"), "--key", str(private)
        ).stdout
    )
    assert built["signed"] and built["sha256"] == again["sha256"]
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()

    verified = run("verify", "--json", str(tmp_path / "a.zip"), "--trust", keys["public_key"])
    assert verified.returncode == 0
    report = json.loads(verified.stdout)
    assert report["signer"] == "Comms"
    assert "feed.json" in report["files"]
    # build stamps what lint announced, and verify shows it
    assert (report["pack_id"], report["version"]) == ("Our newsroom", newest)
    assert (built["pack_id"], built["version"], built["expires_at"]) == (
        "Our newsroom",
        newest,
        None,
    )
    untrusted = run("verify", "--json", str(tmp_path / "a.zip"))
    assert untrusted.returncode == 1
    assert "not trusted" in json.loads(untrusted.stdout)["problem"]


def test_sign_an_unsigned_zip_then_a_change_breaks_it(tmp_path: Path) -> None:
    import zipfile

    folder = tmp_path / "news"
    run("init", str(folder))
    run("keygen", str(tmp_path / "comms"))
    run("build", str(folder), "--out", str(tmp_path / "p.zip"))
    assert (
        run("verify", str(tmp_path / "p.zip"), "--trust", str(tmp_path / "comms.pub")).returncode
        == 1
    )  # unsigned
    assert (
        run("sign", str(tmp_path / "p.zip"), "--key", str(tmp_path / "comms.key")).returncode == 0
    )
    assert (
        run("verify", str(tmp_path / "p.zip"), "--trust", str(tmp_path / "comms.pub")).returncode
        == 0
    )
    with zipfile.ZipFile(tmp_path / "p.zip", "a") as bundle:
        bundle.writestr("media/late.png", b"added later")
    result = run("verify", str(tmp_path / "p.zip"), "--trust", str(tmp_path / "comms.pub"))
    assert result.returncode == 1
    assert "late.png" in result.stdout.decode()


def test_lint_names_file_pointer_and_fix_for_every_problem(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    run("init", str(folder))
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    feed["items"][1]["id"] = feed["items"][0]["id"]
    feed["items"][0]["image"] = "media/gone.png"
    feed["items"][1]["_advocacy"].pop("image_alt")
    feed["items"][0]["_advocacy"]["suggested"]["x"] = {"pl": "a" * 300}
    feed["items"][0]["title"] = 7
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    (folder / "policy.json").write_text(
        '{"rules": [{"id": "a", "kind": "confidential", '
        '"severity": "block", "message": {"en": "x"}}]}'
    )
    result = run("lint", "--json", str(folder))
    assert result.returncode == 1
    issues = json.loads(result.stdout)["issues"]
    found = {(i["file"], i["pointer"], i["severity"]) for i in issues}
    assert ("feed.json", "/items/0/title", "error") in found
    assert ("feed.json", "/items/1/id", "error") in found
    assert ("feed.json", "/items/0/image", "error") in found
    assert ("feed.json", "/items/1/image", "warning") in found
    assert ("feed.json", "/items/0/_advocacy/suggested/x/pl", "error") in found
    assert ("policy.json", "/rules/0/terms", "error") in found
    assert all(i["fix"] and i["message"] for i in issues)
    assert run("build", str(folder), "--out", str(tmp_path / "x.zip")).returncode == 1
    assert not (tmp_path / "x.zip").exists()


def test_lint_reports_broken_json_with_line_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.json").write_text('{"version": 1,,}', encoding="utf-8")
    result = run("lint", str(folder))
    assert result.returncode == 1
    assert "line 1, column 15" in result.stdout.decode()


def test_serve_shares_a_folder_on_loopback_only(tmp_path: Path) -> None:
    import socket
    import urllib.request

    folder = tmp_path / "news"
    run("init", str(folder))
    assert run("serve", str(folder), "--host", "0.0.0.0").returncode == 2
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "advocate_desktop.pack_cli",
            "serve",
            "--json",
            str(folder),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        announced = ""
        while not announced.rstrip().endswith("}"):
            announced += process.stdout.readline()
        url = json.loads(announced)["url"]
        with urllib.request.urlopen(url, timeout=10) as response:
            assert json.loads(response.read())["title"] == "Our newsroom"
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


def test_build_stamps_the_release_reproducibly_and_verify_shows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    assert main(["init", str(folder)]) == 0
    assert main(["keygen", str(tmp_path / "comms")]) == 0
    capsys.readouterr()
    key, pub = str(tmp_path / "comms.key"), str(tmp_path / "comms.pub")

    def build(out: str, *options: str) -> dict[str, object]:
        assert main(["build", "--json", str(folder), "--out", out, "--key", key, *options]) == 0
        return dict(json.loads(capsys.readouterr().out))

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    first = build(str(tmp_path / "a.zip"))
    (folder / "feed.json").touch()  # a new modification time does not matter now
    again = build(str(tmp_path / "b.zip"))
    assert first["version"] == again["version"] == 1790000000
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")

    dated = build(
        str(tmp_path / "c.zip"),
        "--pack-version",
        "42",
        "--pack-id",
        "nordvik",
        "--expires",
        "2000-01-01",
    )
    assert (dated["pack_id"], dated["version"]) == ("nordvik", 42)
    assert dated["expires_at"] == "2000-01-01T00:00:00+00:00"
    assert main(["verify", "--json", str(tmp_path / "c.zip"), "--trust", pub]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["pack_id"], report["version"], report["expired"]) == ("nordvik", 42, True)
    assert main(["verify", str(tmp_path / "c.zip"), "--trust", pub]) == 0
    assert "version 42" in capsys.readouterr().out

    assert (
        main(["sign", "--json", str(tmp_path / "c.zip"), "--key", key, "--pack-version", "43"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["version"] == 43
    for bad in (["--expires", "soon"], ["--pack-version", "-1"]):
        assert main(["build", str(folder), "--out", str(tmp_path / "d.zip"), *bad]) == 2
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert main(["build", str(folder), "--out", str(tmp_path / "d.zip")]) == 2
    assert not (tmp_path / "d.zip").exists()


def test_ten_megabytes_on_stdin_are_refused_unread() -> None:
    result = run("check", "--json", stdin=b"a" * 10_000_000)
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error.startswith("the post has more than 100,000 characters; the check accepts at most")
    assert b"100,000" in result.stderr


def test_a_text_just_over_the_cap_is_refused_and_one_at_it_is_checked() -> None:
    over = run("check", "--network", "x", stdin=("ą" * 100_001).encode())
    assert over.returncode == 2
    assert b"the post has 100,001 characters" in over.stderr
    at_cap = run("check", "--network", "x", stdin=("ą" * 100_000).encode())
    assert at_cap.returncode == 1 and b"Too long for X" in at_cap.stdout


def test_a_post_from_the_feed_must_disclose(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--lang", "en", "--text", "We launch today"]) == 0
    capsys.readouterr()
    code = main(["check", "--json", "--lang", "en", "--from-feed", "--text", "We launch today"])
    assert code == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["rule"] == "builtin.disclosure"
    assert finding["suggestions"] == ["#IWorkAtNordvik "]


def test_lint_warns_about_a_pack_that_would_weaken_a_built_in_rule(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    run("init", str(folder))
    policy = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    policy["rules"] += [
        {
            "id": "builtin.length",
            "kind": "pattern",
            "severity": "suggest",
            "pattern": "x",
            "message": {"en": "x", "pl": "x"},
        }
    ]
    for rule in policy["rules"]:
        if rule["kind"] == "disclosure":
            rule["severity"] = "warn"
    (folder / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    result = run("lint", "--json", str(folder))
    assert result.returncode == 0  # the app ignores what would weaken: a warning
    issues = json.loads(result.stdout)["issues"]
    messages = {(i["pointer"], i["message"]) for i in issues}
    assert (
        f"/rules/{len(policy['rules']) - 1}",
        "rule 'builtin.length': kind: cannot change from 'length' to 'pattern'; ignored"
        " (built-in rules can only be tightened).",
    ) in messages
    assert any("severity: cannot lower 'block' to 'warn'" in m for _, m in messages)


def test_lint_names_a_suggested_text_the_app_would_block(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    run("init", str(folder))
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    suggested = feed["items"][0]["_advocacy"]["suggested"]["default"]
    language = next(iter(suggested))
    suggested[language] = "Dziś startuje nowa usługa."  # no disclosure
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    result = run("lint", "--json", str(folder))
    assert result.returncode == 1
    (issue,) = json.loads(result.stdout)["issues"]
    assert issue["pointer"] == f"/items/0/_advocacy/suggested/default/{language}"
    assert issue["message"].startswith("the app blocks this text (builtin.disclosure): ")
    assert issue["fix"].startswith("use the suggestion '#")


def test_check_leaves_at_once_yet_its_whole_answer_and_exit_code_arrive(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``check`` ends with os._exit after flushing: an answer far larger than a pipe's
    buffer must still arrive whole, with the same exit code as in-process."""
    text = "Spotkanie z Orbisem. " * 3000  # thousands of findings: a JSON answer of megabytes
    expected = main(["check", "--json", "--lang", "pl", "--text", text])
    in_process = json.loads(capsys.readouterr().out)
    finished = run("check", "--json", "--lang", "pl", "--text", text)
    assert finished.returncode == expected == 1
    assert len(finished.stdout) > 1 << 20
    assert json.loads(finished.stdout) == in_process
    quiet = run("check", "--lang", "en", "--text", "#ad Our new office opens today.")
    assert quiet.returncode == 0 and quiet.stdout.endswith(b"Nothing blocks.\n")
