"""The studio's sample posts are kept per pack on this computer, never in the pack."""

from __future__ import annotations

import json
from pathlib import Path

from advocate_desktop.services.policy_editing import Sample
from advocate_desktop.services.studio_samples import SampleStore


def test_samples_come_back_for_their_own_pack_only(tmp_path: Path) -> None:
    store = SampleStore(tmp_path / "config")
    pack, other = tmp_path / "pack", tmp_path / "other"
    pack.mkdir()
    other.mkdir()
    samples = [Sample("Świetny tydzień z Kometą!", "pl", False), Sample("Our new office", "en")]
    store.save(pack, samples)
    assert store.load(pack) == samples
    assert store.load(other) == []
    assert not any(pack.iterdir())  # nothing written into the pack itself
    store.save(pack, [])
    assert store.load(pack) == [] and not store.path_for(pack).exists()


def test_a_damaged_or_foreign_file_is_no_samples(tmp_path: Path) -> None:
    store = SampleStore(tmp_path)
    pack = tmp_path / "pack"
    path = store.path_for(pack)
    path.parent.mkdir(parents=True)
    for damaged in ("{not json", "[]", json.dumps({"pack": "/elsewhere", "samples": []})):
        path.write_text(damaged, encoding="utf-8")
        assert store.load(pack) == []
    path.write_text(
        json.dumps({"pack": str(pack.resolve()), "samples": [{"text": 3}, {"text": "ok"}]}),
        encoding="utf-8",
    )
    assert store.load(pack) == [Sample("ok")]
