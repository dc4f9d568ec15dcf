"""Pacing as the app assembles it: packs, IT and the employee; the strictest wins."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.paths import MANAGED_CONFIG_NAME, AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.pacing import ANY_NETWORK, Breach
from advocate_desktop.services.app_services import build_services
from advocate_desktop.settings.definitions import SETTINGS


def pack_with_pacing(tmp_path: Path, pacing: object) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(demo_pack_dir(), folder)
    policy = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    policy["pacing"] = pacing
    (folder / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    return folder


def managed(paths: AppPaths, document: dict[str, object]) -> None:
    target = paths.site_config_dirs[0] / MANAGED_CONFIG_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document), encoding="utf-8")
    assert paths.managed_config_file() == target


def test_the_employee_tightens_but_cannot_loosen(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    managed(
        paths,
        {"settings": {"pacing_min_gap_minutes": 60, "pacing_quiet_hours": "22:00-07:00"}},
    )
    services = build_services(paths, clock)
    services.content.import_pack(
        pack_with_pacing(tmp_path, {"daily_cap": {"linkedin": 2}}), kind="demo"
    )
    services.settings.set("pacing_min_gap_minutes", 0)  # looser than IT: ignored
    services.settings.set("pacing_daily_cap", 5)  # looser than the pack for LinkedIn
    pacing = services.posts.pacing()
    assert pacing.min_gap == timedelta(minutes=60)
    assert pacing.cap_for("linkedin") == 2 and pacing.cap_for("x") == 5
    assert len(pacing.quiet) == 1
    services.settings.set("pacing_min_gap_minutes", 180)  # stricter: applies
    services.settings.set("pacing_quiet_hours", "12:00-13:00")
    pacing = services.posts.pacing()
    assert pacing.min_gap == timedelta(minutes=180)
    assert {q.text() for q in pacing.quiet} == {"22:00–07:00", "12:00–13:00"}
    assert pacing.daily_caps[ANY_NETWORK] == 5
    services.db.close()


def test_the_report_reads_the_queue(paths: AppPaths, clock: FakeClock, tmp_path: Path) -> None:
    services = build_services(paths, clock)
    account = services.accounts.add_outbox_account("Outbox", tmp_path / "out", "linkedin")
    services.settings.set("pacing_min_gap_minutes", 90)
    draft = services.posts.post_service.open_draft(
        source_id=None,
        item_id=None,
        network="linkedin",
        language="en",
        suggested_text="Hi",
        account_id=account.id,
    )
    due = clock.now() + timedelta(hours=1)
    services.posts.post_service.schedule(
        draft.id, text="Hi", account_id=account.id, network="linkedin", due_at=due
    )
    report = services.posts.pace_report(
        post_id="other",
        account_id=account.id,
        network="linkedin",
        at=due + timedelta(minutes=30),
        zone="Europe/Warsaw",
    )
    assert [p.breach for p in report.problems] == [Breach.TOO_CLOSE]
    assert report.slots[0] == due + timedelta(minutes=90)
    # The post itself, rescheduled a little later, does not clash with its old time.
    itself = services.posts.pace_report(
        post_id=draft.id,
        account_id=account.id,
        network="linkedin",
        at=due + timedelta(minutes=30),
        zone="Europe/Warsaw",
    )
    assert itself.keeps_pace and itself.slots == ()
    services.db.close()


def test_a_pack_with_broken_pacing_is_refused_with_its_pointer(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    services = build_services(paths, clock)
    with pytest.raises(FeedError) as caught:
        services.content.import_pack(pack_with_pacing(tmp_path, {"quiet_hours": ["late"]}))
    assert "policy.json/pacing/quiet_hours/0" in str(caught.value)
    assert services.content.repo.sources() == []
    services.db.close()


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        ("time_zone", "Mars/Base", "not a time zone name"),
        ("pacing_quiet_hours", "22-7", "HH:MM"),
        ("pacing_daily_cap", -1, "at least 0"),
    ],
)
def test_bad_setting_values_are_refused(key: str, value: object, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        SETTINGS[key].validate(value)
    SETTINGS["time_zone"].validate("Europe/Warsaw")
    SETTINGS["time_zone"].validate("system")
    SETTINGS["pacing_quiet_hours"].validate("")
