"""The suite's secret search finds a secret in every form a file could hold it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

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
