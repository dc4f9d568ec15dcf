"""The suite's secret search finds a secret in every form a file could hold it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from tests import leak_guard
from tests.leak_guard import leaks, mark_peer_storage

SECRET = 'tok_Z9+/q=w&x y"ü-long-enough'


def test_finds_a_secret_raw_json_escaped_and_url_encoded(tmp_path: Path) -> None:
    (tmp_path / "raw.log").write_text(f"token {SECRET} sent")
    (tmp_path / "db.json").write_text(json.dumps({"t": SECRET}))
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "url.txt").write_text("https://x.test/?t=" + quote(SECRET, safe=""))
    (tmp_path / "clean.txt").write_text("nothing here")
    found = sorted(path.name for path, _ in leaks([SECRET], [tmp_path]))
    assert found == ["db.json", "raw.log", "url.txt"]


def test_reports_only_the_start_of_a_secret(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(SECRET.encode())
    [(_, shown)] = leaks([SECRET], [tmp_path])
    assert shown == SECRET[:4] + "…" and SECRET not in shown


def test_skips_a_test_servers_own_storage(tmp_path: Path) -> None:
    server = tmp_path / "pds"
    mark_peer_storage(server)
    (server / "accounts.sqlite").write_text(SECRET)
    assert leaks([SECRET], [tmp_path]) == []
    (tmp_path / "app.sqlite").write_text(SECRET)
    assert [p.name for p, _ in leaks([SECRET], [tmp_path])] == ["app.sqlite"]


def test_a_secret_of_several_lines_is_found_by_grep_and_checked_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PEM key kept in the keyring has line breaks: grep looks for its longest line (a
    search in Python of every file the suite leaves took most of an hour), and only a
    file holding the whole key is a leak (a file with one of its lines is not)."""
    searched: list[list[bytes]] = []
    grep_names = leak_guard._files_grep_names

    def spy(grep: str, forms: list[bytes], files: list[Path]) -> list[Path]:
        searched.append(forms)
        return grep_names(grep, forms, files)

    monkeypatch.setattr(leak_guard, "_files_grep_names", spy)
    body = "MC4CAQAwBQYDK2VwBCIEIGk9Tq4bU3Yy0lX1c2Vjb25kIGxpbmUgb2YgYSBrZXk="
    key = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n"
    (tmp_path / "whole.pem").write_text(key, encoding="utf-8")
    (tmp_path / "one-line.txt").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("nothing here\n", encoding="utf-8")
    found = leaks([key], [tmp_path])
    assert [path.name for path, _ in found] == ["whole.pem"]
    assert searched and body.encode() in searched[0]
