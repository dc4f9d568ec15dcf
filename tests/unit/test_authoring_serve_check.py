"""serve and check through the authoring service: the preview server on loopback only,
a real HTTP fetch of the feed; the post check with its caps and typed errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from advocate_desktop.policy.model import MAX_CHECK_CHARACTERS
from advocate_desktop.services.authoring.check import check_post, read_post
from advocate_desktop.services.authoring.errors import BadInput, PostTooLarge, ServeError
from advocate_desktop.services.authoring.packs import init_pack
from advocate_desktop.services.authoring.serve import PreviewServer, is_loopback


def test_the_preview_server_serves_the_feed_on_loopback(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    with PreviewServer(folder, port=0, quiet=True) as server:
        server.start()
        assert server.url.startswith("http://127.0.0.1:") and server.info.port > 0
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert json.loads(response.read())["title"] == "Our newsroom"
    with pytest.raises(OSError):  # closed: the port no longer answers
        urllib.request.urlopen(server.url, timeout=2)


def test_the_preview_server_listens_on_ipv6_loopback_with_a_usable_url(tmp_path: Path) -> None:
    folder = init_pack(tmp_path / "news").folder
    try:
        server = PreviewServer(folder, host="::1", port=0, quiet=True)
    except ServeError:
        pytest.skip("no IPv6 loopback here")
    with server:
        server.start()
        assert server.url.startswith("http://[::1]:")
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert response.status == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", "::"])
def test_the_preview_server_refuses_any_other_address(tmp_path: Path, host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ServeError, match="this computer only"):
        PreviewServer(tmp_path, host=host, port=0)


def test_the_preview_server_needs_a_folder_and_a_free_port(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="not a folder"):
        PreviewServer(tmp_path / "missing", port=0)
    with (
        PreviewServer(tmp_path, port=0, quiet=True) as taken,
        pytest.raises(ServeError, match="cannot listen"),
    ):
        PreviewServer(tmp_path, port=taken.info.port)


def test_check_post_finds_what_the_app_finds() -> None:
    result = check_post("Rozmowy z Orbisami.", language="pl", networks=["x"])
    assert result.blocking and {f.rule for f in result.blocking} >= {"nordvik.confidential"}
    assert [m.network for m in result.measures] == ["x"]
    assert not check_post("A quiet day.", networks=["x"]).blocking
    assert check_post("A quiet day.", networks=["x"], from_feed=True).blocking  # no disclosure


def test_check_post_refuses_too_long_posts_and_bad_policies(tmp_path: Path) -> None:
    with pytest.raises(PostTooLarge, match="accepts at most"):
        check_post("x" * (MAX_CHECK_CHARACTERS + 1))
    (tmp_path / "policy.json").write_text('{"rules": [{"id": 1}]}', encoding="utf-8")
    with pytest.raises(BadInput, match="invalid policy"):
        check_post("hello", policy_path=tmp_path / "policy.json")


def test_read_post_is_strict_utf8_with_an_early_cap() -> None:
    assert read_post(io.BytesIO("zażółć".encode())) == "zażółć"
    with pytest.raises(BadInput, match="cannot read"):
        read_post(io.BytesIO(b"\xff\xfe"))
    with pytest.raises(PostTooLarge):
        read_post(io.BytesIO(b"x" * (MAX_CHECK_CHARACTERS * 4 + 1)))


def test_a_check_process_loads_only_the_check_part_of_the_service() -> None:
    """advocate-pack check runs in editors' save hooks: the rest of the authoring
    service (lint, keys, packs, cryptography, the JSON schema) stays unloaded."""
    code = (
        "import sys\n"
        "from advocate_desktop.pack_cli import main\n"
        "main(['check', '--text', 'hello'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('advocate_desktop.services')"
        " or m.split('.')[0] in ('cryptography', 'jsonschema', 'keyring')))\n"
    )
    lines = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    assert lines[-1] == str(
        [
            "advocate_desktop.services",
            "advocate_desktop.services.authoring",
            "advocate_desktop.services.authoring.check",
            "advocate_desktop.services.authoring.errors",
        ]
    )
