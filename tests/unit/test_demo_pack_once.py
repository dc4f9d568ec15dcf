"""The bundled demo pack is stored once, and again only when its files change; drafts
of its items keep their item through an update and a move of the app."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.storage import stored_item
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services import content as services_module
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.services.content import DEMO_KIND


def demo_sources(services: AppServices) -> list[tuple[int, str, str | None, str | None]]:
    return [
        (s.id, s.location, s.last_synced_at, s.etag)
        for s in services.content.repo.sources()
        if s.kind == DEMO_KIND
    ]


def copy_of_demo(target: Path) -> Path:
    shutil.copytree(demo_pack_dir(), target)
    return target


def test_stored_once_updated_on_change_and_drafts_keep_their_item(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_of_demo(tmp_path / "app-1.0" / "demo-pack")
    monkeypatch.setattr(services_module, "demo_pack_dir", lambda: folder)
    services = build_services(paths, clock)
    source_id = services.content.import_demo_pack()
    first = demo_sources(services)
    assert len(first) == 1 and first[0][3] is not None and first[0][3].startswith("demo-sha256:")
    item_id = "2026-careers-gdansk"
    draft = services.posts.post_service.open_draft(
        source_id=source_id,
        item_id=item_id,
        network="x",
        language="pl",
        suggested_text="Mój szkic",
        account_id=None,
    )
    services.db.close()

    # Restarts: nothing is written again.
    for _ in range(2):
        clock.advance(timedelta(hours=1))
        services = build_services(paths, clock)
        assert services.content.import_demo_pack() == source_id
        assert demo_sources(services) == first
        services.db.close()

    # An update of the app changes an item of the demo: stored again, in place.
    feed_path = folder / "feed.json"
    feed = json.loads(feed_path.read_text(encoding="utf-8"))
    changed = next(i for i in feed["items"] if i["id"] == item_id)
    changed["title"] = "Rekrutujemy w Gdańsku: 50 miejsc"
    feed_path.write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    clock.advance(timedelta(hours=1))
    services = build_services(paths, clock)
    assert services.content.import_demo_pack() == source_id
    [(same_id, _, synced, version)] = demo_sources(services)
    assert same_id == source_id and synced != first[0][2] and version != first[0][3]
    item = stored_item(services.content.repo, source_id, item_id)
    assert item is not None and item.title == "Rekrutujemy w Gdańsku: 50 miejsc"
    post = services.posts.repo.get(draft.id)
    assert post is not None and (post.source_id, post.item_id) == (source_id, item_id)
    assert post.text == "Mój szkic"
    updated = demo_sources(services)
    services.db.close()

    # The app moved (a new install folder): the same source, found at its new place.
    moved = copy_of_demo(tmp_path / "app-1.1" / "demo-pack")
    shutil.copyfile(feed_path, moved / "feed.json")
    monkeypatch.setattr(services_module, "demo_pack_dir", lambda: moved)
    services = build_services(paths, clock)
    assert services.content.import_demo_pack() == source_id
    assert demo_sources(services) == [(source_id, str(moved), updated[0][2], updated[0][3])]
    assert stored_item(services.content.repo, source_id, item_id) is not None
    services.db.close()


def test_a_damaged_demo_does_not_replace_the_stored_one(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_of_demo(tmp_path / "demo-pack")
    monkeypatch.setattr(services_module, "demo_pack_dir", lambda: folder)
    services = build_services(paths, clock)
    services.content.import_demo_pack()
    before = demo_sources(services)
    count = len(services.content.items())
    (folder / "feed.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        services.content.import_demo_pack()
    assert demo_sources(services) == before and len(services.content.items()) == count
    services.db.close()
