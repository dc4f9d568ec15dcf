"""advocate-pack keygen's choice of where the private key lives (the OS keyring, a
passphrase-protected file, a plain file only when asked), build and sign with each,
and verify's answer for a valid signature by a signer who is not trusted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.pack_cli import EXIT_NOT_TRUSTED, main
from advocate_desktop.services.authoring.keys import KEYRING_SERVICE, delete_keyring_key

PASSPHRASE = "a long enough passphrase"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "ADVOCATE_PACK_PASSPHRASE"}
    return subprocess.run(
        [sys.executable, "-m", "advocate_desktop.pack_cli", *args],
        stdin=subprocess.DEVNULL,  # not a terminal: nothing may wait for a typed passphrase
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**environment, **env},
    )


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    assert run("init", str(tmp_path / "news")).returncode == 0
    return tmp_path / "news"


@pytest.fixture
def keyring_ready() -> None:
    store = CredentialStore(service=KEYRING_SERVICE)
    if not store.available():
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail("no real keyring; run the tests through scripts/run-tests.sh")
        pytest.skip("no real keyring here")


def test_keygen_without_a_prefix_keeps_the_key_in_the_keyring(
    folder: Path, tmp_path: Path, keyring_ready: None
) -> None:
    keys = as_json(run("keygen", "--json", "--name", "Comms"))
    try:
        assert keys["storage"] == "keyring" and keys["private_key"] is None
        assert keys["key"] == f"keyring:{keys['key_id']}" and keys["public_key"] is None
        assert keys["line"].endswith(" Comms")
        built = as_json(
            run(
                "build",
                "--json",
                str(folder),
                "--out",
                str(tmp_path / "a.zip"),
                "--key",
                keys["key"],
            )
        )
        assert built["signed"]
        (tmp_path / "comms.pub").write_text(keys["line"] + "\n", encoding="utf-8")
        verified = run("verify", str(tmp_path / "a.zip"), "--trust", str(tmp_path / "comms.pub"))
        assert verified.returncode == 0 and "Valid pack signed by Comms" in verified.stdout
    finally:
        delete_keyring_key(keys["key_id"])
    gone = run("build", str(folder), "--out", str(tmp_path / "b.zip"), "--key", keys["key"])
    assert gone.returncode == 2 and "holds no key" in gone.stderr
    assert not (tmp_path / "b.zip").exists()


def test_keygen_keyring_with_a_prefix_writes_only_the_public_key(
    tmp_path: Path, keyring_ready: None
) -> None:
    keys = as_json(run("keygen", "--json", "--keyring", str(tmp_path / "comms")))
    delete_keyring_key(keys["key_id"])
    assert keys["public_key"] == str(tmp_path / "comms.pub") and keys["private_key"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["comms.pub"]


def test_a_passphrase_protected_key_from_a_file_or_the_environment(
    folder: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    keys = as_json(
        run(
            "keygen",
            "--json",
            "--passphrase",
            "--passphrase-file",
            str(secret),
            str(tmp_path / "c"),
        )
    )
    assert keys["storage"] == "encrypted-file"
    assert b"ENCRYPTED PRIVATE KEY" in Path(keys["private_key"]).read_bytes()
    out = str(tmp_path / "a.zip")

    asked = run("build", str(folder), "--out", out, "--key", keys["key"])
    assert asked.returncode == 2 and "--passphrase-file" in asked.stderr
    assert not Path(out).exists()
    wrong = run(
        "build", str(folder), "--out", out, "--key", keys["key"], ADVOCATE_PACK_PASSPHRASE="nope"
    )
    assert wrong.returncode == 2 and "does not unlock" in wrong.stderr
    by_file = as_json(
        run(
            "build",
            "--json",
            str(folder),
            "--out",
            out,
            "--key",
            keys["key"],
            "--passphrase-file",
            str(secret),
        )
    )
    by_env = as_json(
        run(
            "build",
            "--json",
            str(folder),
            "--out",
            str(tmp_path / "b.zip"),
            "--key",
            keys["key"],
            ADVOCATE_PACK_PASSPHRASE=PASSPHRASE,
        )
    )
    assert by_file["signed"] and by_file["sha256"] == by_env["sha256"]
    assert run("sign", out, "--key", keys["key"], "--passphrase-file", str(secret)).returncode == 0


def test_keygen_asks_the_new_passphrase_twice_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    class Terminal:
        def isatty(self) -> bool:
            return True

    answers = iter([PASSPHRASE, PASSPHRASE + " typo"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert main(["keygen", "--passphrase", str(tmp_path / "k")]) == 2
    assert "differ" in capsys.readouterr().err and not (tmp_path / "k.key").exists()

    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    assert main(["keygen", "--passphrase", str(tmp_path / "k")]) == 0
    # A folder that is not a pack (here: the one holding the key) is never signed.
    assert main(["sign", str(tmp_path), "--key", str(tmp_path / "k.key")]) == 2
    assert "no feed.json" in capsys.readouterr().err
    assert not (tmp_path / "manifest.json").exists()
    run("init", str(tmp_path / "news"))
    answers = iter([PASSPHRASE])
    assert main(["sign", str(tmp_path / "news"), "--key", str(tmp_path / "k.key")]) == 0


def test_a_plain_file_only_when_asked_and_the_old_form_warns(tmp_path: Path) -> None:
    plain = run("keygen", "--plain-file", str(tmp_path / "p"))
    assert plain.returncode == 0 and plain.stderr == ""
    assert b"BEGIN PRIVATE KEY" in (tmp_path / "p.key").read_bytes()
    old = run("keygen", str(tmp_path / "old"))
    assert old.returncode == 0 and "unencrypted" in old.stderr
    assert (tmp_path / "old.key").is_file()
    for args in (["--passphrase"], ["--plain-file"]):
        refused = run("keygen", *args)
        assert refused.returncode == 2 and "PREFIX" in refused.stderr
    both = run("keygen", "--keyring", "--plain-file", str(tmp_path / "x"))
    assert both.returncode == 2  # one place or the other


def test_verify_says_valid_but_not_trusted_with_a_documented_exit_code(
    folder: Path, tmp_path: Path
) -> None:
    assert run("keygen", "--plain-file", "--name", "Comms", str(tmp_path / "c")).returncode == 0
    pack = str(tmp_path / "a.zip")
    assert (
        run("build", str(folder), "--out", pack, "--key", str(tmp_path / "c.key")).returncode == 0
    )

    untrusted = run("verify", pack)
    assert untrusted.returncode == 1
    assert untrusted.stdout.startswith("Signature valid, signer not in your trusted keys")
    assert "NOT VALID" not in untrusted.stdout
    detailed = run("verify", "--json", "--detailed-exit-codes", pack)
    assert detailed.returncode == EXIT_NOT_TRUSTED == 3
    report = json.loads(detailed.stdout)
    assert report["state"] == "valid-signer-not-trusted" and report["signature_valid"]
    assert not report["valid"] and report["signer"] is None and "feed.json" in report["files"]

    trusted = run("verify", "--detailed-exit-codes", pack, "--trust", str(tmp_path / "c.pub"))
    assert trusted.returncode == 0 and trusted.stdout.startswith("Valid pack signed by Comms")
    unsigned = str(tmp_path / "u.zip")
    run("build", str(folder), "--out", unsigned)
    for args in ([unsigned], ["--detailed-exit-codes", unsigned]):
        result = run("verify", "--json", *args)
        assert result.returncode == 1 and json.loads(result.stdout)["state"] == "unsigned"
