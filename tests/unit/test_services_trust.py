"""The trust decisions that Settings, the content list and the publish gate ask of
services/trust.py: who is trusted, whose content is shown, whose may still go out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.pack import Trust
from advocate_desktop.feed.signing import generate_private_key, parse_public_key, public_key_line
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.services.trust import TrustService
from advocate_desktop.store.feed_repo import SourceRow
from advocate_desktop.store.timestamps import to_db


def key_line(name: str) -> str:
    return public_key_line(generate_private_key()[1], name)


def source(
    kind: str = "pack", signer: str | None = "Comms", key_id: str | None = None
) -> SourceRow:
    return SourceRow(
        1, kind, "/packs/news.zip", "News", signer, None, None, None, None, None,
        signer_key_id=key_id,
    )  # fmt: skip


@pytest.fixture
def it_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> list[str]:
    """Two keys from IT: one whose trust ended yesterday, one without an end date."""
    ended, current = key_line("Old comms"), key_line("Comms")
    yesterday = (clock.now() - timedelta(days=1)).date().isoformat()
    config = tmp_path / "it" / "managed.json"
    config.parent.mkdir(parents=True)
    config.write_text(
        json.dumps(
            {
                "trusted_keys": [
                    {"name": "Old comms", "key": ended, "expires": yesterday},
                    {"name": "Comms", "key": current},
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(config))
    return [ended, current]


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def test_settings_lists_its_keys_first_each_saying_whether_its_trust_ended(
    it_keys: list[str], services: AppServices
) -> None:
    own = services.trust.add_trusted_key(key_line("Agency"))
    listed = services.trust.listed_keys()
    assert [(k.key.name, k.set_by_it, k.trust_ended) for k in listed] == [
        ("Old comms", True, True),
        ("Comms", True, False),
        ("Agency", False, False),
    ]
    assert listed[2].key.key_id == own.key_id


def test_a_key_trusted_again_replaces_the_old_one_and_removing_it_leaves_it_keys(
    it_keys: list[str], services: AppServices
) -> None:
    line = key_line("Agency")
    services.trust.add_trusted_key(line)
    key = services.trust.add_trusted_key(line.rsplit(" ", 1)[0] + " Agency renamed")
    assert [k.name for k in services.trust.employee_keys()] == ["Agency renamed"]
    services.trust.remove_trusted_key(key.key_id)
    assert services.trust.employee_keys() == []
    assert [k.key.name for k in services.trust.listed_keys()] == ["Old comms", "Comms"]


def test_a_removed_or_ended_signer_no_longer_signs_what_it_signed(clock: FakeClock) -> None:
    key = parse_public_key(key_line("Comms"))
    row = source(signer="Comms", key_id=key.key_id)
    trusted = Trust((key,), True, clock.now())
    assert TrustService.signed_now(row, trusted) is row
    assert TrustService.signed_now(row, Trust((), True, clock.now())).signer is None
    ended = Trust((replace(key, expires_at=clock.now()),), True, clock.now())
    assert TrustService.signed_now(row, ended).signer is None


@pytest.mark.parametrize(
    ("row", "require_signed", "shown"),
    [
        (source(signer=None), False, True),  # signed-only off: everything
        (source(signer=None), True, False),  # unsigned content hidden
        (source(signer="Comms"), True, True),
        (source(kind="demo", signer=None), True, True),  # the bundled demo is the app's own
        (None, True, False),  # an item whose source is gone
        (None, False, True),
    ],
)
def test_with_signed_only_the_list_shows_signed_content_and_the_demo(
    row: SourceRow | None, require_signed: bool, shown: bool
) -> None:
    assert TrustService.may_show(row, Trust((), require_signed)) is shown


def test_the_publish_gate_refuses_content_whose_signer_is_no_longer_vouched_for(
    clock: FakeClock,
) -> None:
    key = parse_public_key(key_line("Comms"))
    row = source(signer="Comms", key_id=key.key_id)
    assert TrustService.may_publish(row, Trust((key,), True, clock.now()))
    assert not TrustService.may_publish(row, Trust((), True, clock.now()))
    assert TrustService.may_publish(row, Trust((), False, clock.now()))  # signed-only off
    assert TrustService.may_publish(source(kind="demo", signer=None), Trust((), True))
    assert TrustService.may_publish(None, Trust((), True))  # the employee's own post


def test_a_signature_past_its_end_date_is_expired(services: AppServices, clock: FakeClock) -> None:
    assert not services.trust.signature_expired(source())
    later = replace(source(), signature_expires_at=to_db(clock.now() + timedelta(hours=1)))
    assert not services.trust.signature_expired(later)
    clock.advance(timedelta(hours=1))
    assert services.trust.signature_expired(later)


def test_signed_only_on_auto_engages_with_the_first_key_and_stays(services: AppServices) -> None:
    assert not services.trust.current().require_signed
    key = services.trust.add_trusted_key(key_line("Comms"))
    assert services.trust.current().require_signed
    services.trust.remove_trusted_key(key.key_id)
    assert services.trust.current().require_signed
    services.settings.set("require_signed", "off")
    assert not services.trust.current().require_signed
