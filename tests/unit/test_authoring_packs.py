"""init, build, sign and inflect through the authoring service: values back, typed
errors, nothing printed, nothing written on failure."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocate_desktop.feed.signing import read_manifest
from advocate_desktop.services.authoring.errors import BadInput, LintFailed
from advocate_desktop.services.authoring.inflect import (
    describe_inflection,
    inflect_policy,
    inflect_policy_bytes,
)
from advocate_desktop.services.authoring.keys import generate_key, load_signing_key
from advocate_desktop.services.authoring.packs import build_pack, init_pack, sign_pack
from advocate_desktop.services.authoring.results import KeyStorage, Release, to_json


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return init_pack(tmp_path / "news").folder


def plain_key(tmp_path: Path) -> Path:
    made = generate_key(storage=KeyStorage.PLAIN_FILE, prefix=tmp_path / "comms", name="Comms")
    assert made.private_path is not None
    return made.private_path


def test_init_makes_the_template_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = init_pack(tmp_path / "news")
    assert set(result.files) >= {"feed.json", "policy.json"}
    assert all((tmp_path / "news" / name).is_file() for name in result.files)
    assert any(name.startswith("media/") for name in result.files)
    before = (tmp_path / "news" / "feed.json").read_bytes()
    with pytest.raises(BadInput, match="not empty"):
        init_pack(tmp_path / "news")
    assert (tmp_path / "news" / "feed.json").read_bytes() == before
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(BadInput):
        init_pack(tmp_path / "a-file")
    init_pack(tmp_path / "empty-but-there")  # an empty folder is fine
    assert capsys.readouterr() == ("", "")  # the service never prints


def test_build_is_reproducible_signed_and_stamped(folder: Path, tmp_path: Path) -> None:
    key = load_signing_key(plain_key(tmp_path))
    release = Release(version=42, pack_id="nordvik", expires="2027-01-31")
    first = build_pack(folder, tmp_path / "a.zip", key=key, release=release)
    again = build_pack(folder, tmp_path / "b.zip", key=key, release=release)
    assert first.sha256 == again.sha256
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert first.size == (tmp_path / "a.zip").stat().st_size
    assert (first.signed, first.key_id, first.pack_id, first.version) == (
        True,
        key.key_id,
        "nordvik",
        42,
    )
    assert first.expires_at == datetime(2027, 1, 31, tzinfo=UTC)
    assert {"manifest.json", "manifest.sig", "feed.json", "policy.json"} <= set(first.files)
    document = to_json(first)
    assert document["path"] == str(tmp_path / "a.zip") and document["expires_at"].startswith("2027")
    json.dumps(document)  # every result turns into JSON


def test_build_refuses_a_folder_with_lint_errors_and_writes_nothing(
    folder: Path, tmp_path: Path
) -> None:
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    feed["items"][0]["_advocacy"]["expires_at"] = "next week"
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    with pytest.raises(LintFailed) as refused:
        build_pack(folder, tmp_path / "out.zip")
    assert [p.pointer for p in refused.value.problems] == ["/items/0/_advocacy/expires_at"]
    assert not (tmp_path / "out.zip").exists()


def test_build_rejects_a_bad_expiry_and_version(folder: Path, tmp_path: Path) -> None:
    for release, message in (
        (Release(expires="31/01/2027"), "expir|date"),
        (Release(version=-1), "whole number"),
        (Release(pack_id="x" * 201), "longer than"),
    ):
        with pytest.raises(BadInput, match=message):
            build_pack(folder, tmp_path / "out.zip", release=release)
        assert not (tmp_path / "out.zip").exists()


def test_build_adds_the_polish_forms_unless_asked_not_to(folder: Path, tmp_path: Path) -> None:
    policy = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    policy["rules"][0]["terms"].append("Zefir")
    (folder / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    built = build_pack(folder, tmp_path / "a.zip", release=Release(version=1))
    assert [i.term for i in built.inflections] == ["Zefir"]
    with zipfile.ZipFile(tmp_path / "a.zip") as bundle:
        assert "Zefirem" in bundle.read("policy.json").decode("utf-8")
    plain = build_pack(folder, tmp_path / "b.zip", release=Release(version=1), inflect=False)
    assert plain.inflections == ()
    with zipfile.ZipFile(tmp_path / "b.zip") as bundle:
        assert "Zefirem" not in bundle.read("policy.json").decode("utf-8")


def test_sign_a_zip_and_a_folder(folder: Path, tmp_path: Path) -> None:
    key = load_signing_key(plain_key(tmp_path))
    build_pack(folder, tmp_path / "p.zip", release=Release(version=3))
    signed = sign_pack(tmp_path / "p.zip", key, release=Release(version=4, pack_id="n"))
    assert (signed.key_id, signed.version, signed.pack_id) == (key.key_id, 4, "n")
    with zipfile.ZipFile(tmp_path / "p.zip") as bundle:
        assert read_manifest(bundle.read("manifest.json")).version == 4
    in_place = sign_pack(folder, key, release=Release(version=5))
    assert (folder / "manifest.sig").is_file() and in_place.version == 5


def test_sign_refuses_what_is_not_a_pack(tmp_path: Path) -> None:
    key = load_signing_key(plain_key(tmp_path))
    with pytest.raises(BadInput, match="does not exist"):
        sign_pack(tmp_path / "missing.zip", key)
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "secret.key").write_bytes(b"private")
    with pytest.raises(BadInput, match=r"not a pack: it has no feed\.json"):
        sign_pack(tmp_path / "keys", key, release=Release(version=1))
    assert [p.name for p in (tmp_path / "keys").iterdir()] == ["secret.key"]
    (tmp_path / "not.zip").write_bytes(b"not a zip at all")
    with pytest.raises(BadInput):
        sign_pack(tmp_path / "not.zip", key, release=Release(version=1))
    assert (tmp_path / "not.zip").read_bytes() == b"not a zip at all"


def test_inflect_shows_then_writes_the_forms(folder: Path) -> None:
    policy_path = folder / "policy.json"
    policy = json.loads(policy_path.read_text(encoding="utf-8"))
    policy["rules"][0]["terms"].append("Zefir")
    policy_path.write_text(json.dumps(policy), encoding="utf-8")
    shown = inflect_policy(folder)
    assert not shown.written and [i.term for i in shown.inflections] == ["Zefir"]
    assert "Zefirem" not in policy_path.read_text(encoding="utf-8")
    assert "Zefir (" in describe_inflection(shown.inflections[0])
    written = inflect_policy(policy_path, write=True)
    assert written.written and "Zefirem" in policy_path.read_text(encoding="utf-8")
    assert inflect_policy(policy_path).inflections == ()  # nothing more to add
    assert not list(folder.glob(".*tmp"))  # the atomic write left no temporary file


@pytest.mark.parametrize("data", [b"[]", b"{", b"\xff", b'"rules"'])
def test_inflect_refuses_what_is_not_a_policy(data: bytes) -> None:
    with pytest.raises(BadInput):
        inflect_policy_bytes(data)


def test_inflect_reads_a_managed_configuration(tmp_path: Path) -> None:
    managed = {
        "policy": {
            "rules": [
                {
                    "id": "c",
                    "kind": "confidential",
                    "severity": "block",
                    "message": {"en": "no"},
                    "terms": ["Zefir"],
                }
            ]
        }
    }
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(managed), encoding="utf-8")
    assert [i.term for i in inflect_policy(path).inflections] == ["Zefir"]
    with pytest.raises(BadInput, match="cannot read"):
        inflect_policy(tmp_path / "missing.json")
