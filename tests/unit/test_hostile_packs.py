"""``advocate-pack verify`` and ``lint`` on the inputs that broke the app's sync.

Each is reported as an error with its file, never a traceback, and no pack the app
would refuse to store is called valid.  Large inputs are generated, not stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from advocate_desktop.feed.pack_build import build_zip, with_manifest
from advocate_desktop.feed.signing import generate_private_key, public_key_line
from advocate_desktop.pack_cli import main
from advocate_desktop.paths import demo_pack_dir

DEPTH = 1_000_000


def feed_text() -> str:
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["items"] = feed["items"][:1]
    feed["items"][0].pop("image", None)
    feed["items"][0].get("_advocacy", {}).pop("images", None)
    return json.dumps(feed)


def deep_feed() -> dict[str, bytes]:
    return {"feed.json": b'{"title": ' + b"[" * DEPTH + b"]" * DEPTH + b"}"}


def surrogate_feed() -> dict[str, bytes]:
    text = feed_text()
    title = json.dumps(json.loads(text)["items"][0]["title"])
    return {"feed.json": text.replace(title, '"Half \\udc00 a pair"', 1).encode()}


def case_clash() -> dict[str, bytes]:
    return {"feed.json": feed_text().encode(), "media/A.png": b"1", "media/a.png": b"2"}


def file_and_folder() -> dict[str, bytes]:
    return {"feed.json": feed_text().encode(), "media/x": b"1", "media/x/y.png": b"2"}


def deep_policy() -> dict[str, bytes]:
    return {
        "feed.json": feed_text().encode(),
        "policy.json": b'{"rules": ' + b"[" * DEPTH + b"]" * DEPTH + b"}",
    }


def bad_policy() -> dict[str, bytes]:
    rule = {"id": "x", "kind": "pattern", "severity": "block", "message": {"en": "m"}}
    rule["params"] = {"pattern": "(unclosed"}  # type: ignore[assignment]
    return {
        "feed.json": feed_text().encode(),
        "policy.json": json.dumps({"rules": [rule]}).encode(),
    }


CASES: dict[str, tuple[Callable[[], dict[str, bytes]], str]] = {
    "JSON nested a million deep": (deep_feed, "nested too deeply"),
    "a lone surrogate in a title": (surrogate_feed, "half of a UTF-16 pair"),
    "member names that clash on disk": (case_clash, "clashes with"),
    "a member that is a file and a folder": (file_and_folder, "is a file and also a folder"),
    "policy.json nested a million deep": (deep_policy, "nested too deeply"),
    "a policy the app cannot load": (bad_policy, "policy.json"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_reports_what_the_app_refuses(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, problem = CASES[case]
    pem, raw = generate_private_key()
    (tmp_path / "comms.pub").write_text(public_key_line(raw, "Comms"), encoding="utf-8")
    contents = with_manifest(make(), pem)
    if "clash" in case or "folder" in case:  # names only a zip can hold
        pack = tmp_path / "hostile.zip"
        pack.write_bytes(build_zip(contents))
    else:  # a folder: a million brackets compress past the zip-bomb ratio
        pack = tmp_path / "hostile"
        for name, data in contents.items():
            (pack / name).parent.mkdir(parents=True, exist_ok=True)
            (pack / name).write_bytes(data)
    code = main(["verify", "--json", str(pack), "--trust", str(tmp_path / "comms.pub")])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["valid"] is False
    assert problem in report["problem"] and str(pack) in report["problem"]
    assert "/tmp/tmp" not in report["problem"].replace(str(tmp_path), "")


@pytest.mark.parametrize(
    "case",
    [
        "JSON nested a million deep",
        "a lone surrogate in a title",
        "policy.json nested a million deep",
        "a policy the app cannot load",
    ],
)
def test_lint_reports_what_the_app_refuses(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, problem = CASES[case]
    folder = tmp_path / "pack"
    folder.mkdir()
    for name, data in make().items():
        (folder / name).write_bytes(data)
    code = main(["lint", "--json", str(folder)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["errors"] >= 1
    errors = [i for i in report["issues"] if i["severity"] == "error"]
    assert any(problem in i["message"] or problem in i["file"] for i in errors), errors


def test_lint_applies_the_apps_own_reading_of_the_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the schema lets through, the app's parser has the last word."""
    feed = json.loads(feed_text())
    feed["items"].append(dict(feed["items"][0]))  # the same id twice
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    main(["lint", "--json", str(folder)])
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] >= 1
