"""What the content list, the editor and Settings ask of services/content.py: which items
are listed and how, where a post's item comes from, which sources may be removed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from advocate_desktop.feed.pack_build import folder_contents
from advocate_desktop.feed.signing import generate_private_key, public_key_line
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.services.content import ContentService
from advocate_desktop.store.feed_repo import SourceRow


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def pack_folder(folder: Path, change: dict[str, dict[str, Any]]) -> Path:
    """The demo pack as an unsigned folder, with ``change`` laid over items' ``_advocacy``."""
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    for item in feed["items"]:
        item.setdefault("_advocacy", {}).update(change.get(item["id"], {}))
    contents["feed.json"] = json.dumps(feed, ensure_ascii=False).encode()
    for name, data in contents.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_the_list_hides_items_before_their_time_and_marks_expired_ones(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    now = clock.now()
    folder = pack_folder(
        tmp_path / "pack",
        {
            "2026-launch-nordvikpay": {"not_before": (now + timedelta(hours=2)).isoformat()},
            "2026-volunteering": {"expires_at": (now + timedelta(hours=1)).isoformat()},
        },
    )
    services.content.import_pack(folder)
    listed = {i.item.id: i for i in services.content.listed_items()}
    assert "2026-launch-nordvikpay" not in listed
    assert not listed["2026-volunteering"].expired
    assert all(i.origin and i.signer is None for i in listed.values())
    clock.advance(timedelta(hours=2))
    listed = {i.item.id: i for i in services.content.listed_items()}
    assert "2026-launch-nordvikpay" in listed
    assert listed["2026-volunteering"].expired


def test_only_the_newest_batch_is_marked_new_and_a_single_batch_is_not(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    services.content.import_demo_pack()
    assert not any(i.newest for i in services.content.listed_items())
    clock.advance(timedelta(days=1))
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    feed["items"] = [{**feed["items"][0], "id": "next-week", "title": "Next week"}]
    folder = tmp_path / "later"
    for name, data in {**contents, "feed.json": json.dumps(feed).encode()}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    services.content.import_pack(folder)
    assert [i.item.id for i in services.content.listed_items() if i.newest] == ["next-week"]


def test_with_signed_only_on_an_unsigned_pack_is_not_listed(
    services: AppServices, tmp_path: Path
) -> None:
    services.content.import_demo_pack()
    services.content.import_pack(pack_folder(tmp_path / "pack", {}))
    kinds = {i.source_id for i in services.content.listed_items()}
    assert len(kinds) == 2
    services.trust.add_trusted_key(public_key_line(generate_private_key()[1], "Comms"))
    demo = {s.id for s in services.content.repo.sources() if s.kind == "demo"}
    assert {i.source_id for i in services.content.listed_items()} == demo


def test_a_post_knows_its_item_and_where_it_comes_from(
    services: AppServices, clock: FakeClock
) -> None:
    source_id = services.content.import_demo_pack()
    account = services.accounts.add_outbox_account("Outbox", Path("/tmp/o"), "linkedin")
    shared = services.posts.post_service.open_draft(
        source_id=source_id,
        item_id="2026-volunteering",
        network="linkedin",
        language="pl",
        suggested_text="text",
        account_id=account.id,
    )
    origin = services.content.post_origin(shared)
    assert origin.item is not None and origin.item.id == "2026-volunteering"
    assert origin.origin and origin.signer is None
    assert services.content.item_of(shared) == origin.item
    own = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="linkedin",
        language="pl",
        suggested_text="mine",
        account_id=account.id,
    )
    assert services.content.post_origin(own).item is None
    assert services.content.item_of(own) is None


@pytest.mark.parametrize(
    ("kind", "managed", "removable"),
    [
        ("url", False, True),  # an address the employee added
        ("url", True, False),  # IT's feed
        ("demo", False, False),
        ("pack", False, False),  # imported by hand: replaced by importing again
        ("folder", False, False),  # IT's folder
    ],
)
def test_settings_offers_to_remove_only_addresses_the_employee_added(
    kind: str, managed: bool, removable: bool
) -> None:
    row = SourceRow(1, kind, "x", "", None, None, None, None, None, None, managed=managed)
    assert ContentService.removable(row) is removable
