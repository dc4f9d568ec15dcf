"""Hostile inputs against trust over time and what content may do to the computer.

Each test keeps the input that found a defect (generated here, never stored when
large) and checks the documented refusal, that nothing is written outside the
app's folders, and that the other content is still there.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.fetch import Fetched
from advocate_desktop.feed.lint import lint_folder
from advocate_desktop.feed.pack import load_pack
from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest
from advocate_desktop.feed.parse import parse_json_feed
from advocate_desktop.feed.signing import generate_private_key, public_key_line, read_manifest
from advocate_desktop.feed.sources import parse_feed_bytes
from advocate_desktop.feed.storage import media_file, stored_item
from advocate_desktop.feed.sync import sync_source
from advocate_desktop.managed_checks import managed_keys
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.settings.service import LockedSetting
from advocate_desktop.store.timestamps import to_db

WITHDRAWN = "2026-volunteering"
LAUNCH = "2026-launch-nordvikpay"


@pytest.fixture(scope="module")
def comms() -> tuple[bytes, str]:
    pem, raw = generate_private_key()
    return pem, public_key_line(raw, "Comms")


@pytest.fixture(scope="module")
def other_signer() -> tuple[bytes, str]:
    pem, raw = generate_private_key()
    return pem, public_key_line(raw, "Agency")


def pack_bytes(
    pem: bytes | None,
    version: int,
    *,
    pack_id: str = "news",
    withdraw: tuple[str, ...] = (),
    expires_at: datetime | None = None,
    extra_term: str | None = None,
) -> bytes:
    """The demo pack as release ``version`` of ``pack_id``."""
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    feed["items"] = [i for i in feed["items"] if i["id"] not in withdraw]
    contents["feed.json"] = json.dumps(feed, ensure_ascii=False).encode()
    if extra_term is not None:
        policy = json.loads(contents["policy.json"])
        policy["rules"][0]["terms"].append({"term": extra_term})
        contents["policy.json"] = json.dumps(policy, ensure_ascii=False).encode()
    return build_zip(
        with_manifest(contents, pem, version=version, pack_id=pack_id, expires_at=expires_at)
    )


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def managed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: list[dict[str, str]]) -> None:
    config = write(
        tmp_path / "it" / "managed.json", json.dumps({"trusted_keys": keys}).encode("utf-8")
    )
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(config))


def files_outside(tmp_path: Path, paths: AppPaths) -> set[Path]:
    """Every file under the test's folder that is not in the app's own folders."""
    own = (paths.data_dir, paths.config_dir, paths.cache_dir)
    return {
        p
        for p in tmp_path.rglob("*")
        if not p.is_dir() and not any(p.is_relative_to(folder) for folder in own)
    }


def shown_ids(services: AppServices) -> set[str]:
    return {s.item.id for s in services.content.shown_items()[0]}


# -- rollback and replay ---------------------------------------------------------------


def test_an_older_release_at_the_same_file_name_is_refused_and_changes_nothing(
    services: AppServices, tmp_path: Path, paths: AppPaths, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    pack = write(tmp_path / "in" / "news.zip", pack_bytes(pem, 2, withdraw=(WITHDRAWN,)))
    source_id = services.content.import_pack(pack)
    before = files_outside(tmp_path, paths)
    write(pack, pack_bytes(pem, 1))
    with pytest.raises(FeedError) as refused:
        services.content.import_pack(pack)
    assert "version 1" in refused.value.problem and "version 2" in refused.value.problem
    assert "older pack could bring back withdrawn content" in refused.value.problem
    assert WITHDRAWN not in shown_ids(services)
    assert LAUNCH in shown_ids(services)
    assert services.content.repo.source(source_id).pack_version == 2  # type: ignore[union-attr]
    assert files_outside(tmp_path, paths) == before


def test_an_older_release_under_another_file_name_is_refused(
    services: AppServices, tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    services.content.import_pack(
        write(tmp_path / "a.zip", pack_bytes(pem, 1_800_000_000, extra_term="Kestrel"))
    )
    older = write(tmp_path / "downloads" / "renamed.zip", pack_bytes(pem, 1_700_000_000))
    with pytest.raises(FeedError, match=r"already accepted \(from .*a\.zip"):
        services.content.import_pack(older)
    assert [s.location for s in services.content.repo.sources() if s.kind == "pack"] == [
        str((tmp_path / "a.zip").resolve())
    ]
    # The confidential term the newer policy added is still enforced.
    result = services.policy.engine().check("Kestrel ships", networks=["x"], language="en")
    assert result.blocking


def test_the_same_release_again_and_a_newer_one_are_accepted(
    services: AppServices, tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    services.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 5)))
    services.content.import_pack(write(tmp_path / "b.zip", pack_bytes(pem, 5)))
    services.content.import_pack(
        write(tmp_path / "c.zip", pack_bytes(pem, 6, withdraw=(WITHDRAWN,)))
    )
    assert (
        services.content.repo.highest_release(services.trust.employee_keys()[0].key_id, "news") == 6
    )


def test_versions_are_counted_per_signer_and_per_pack(
    services: AppServices,
    tmp_path: Path,
    comms: tuple[bytes, str],
    other_signer: tuple[bytes, str],
) -> None:
    pem, line = comms
    other_pem, other_line = other_signer
    services.trust.add_trusted_key(line)
    services.trust.add_trusted_key(other_line)
    services.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 9, pack_id="news")))
    services.content.import_pack(write(tmp_path / "b.zip", pack_bytes(pem, 1, pack_id="careers")))
    services.content.import_pack(
        write(tmp_path / "c.zip", pack_bytes(other_pem, 1, pack_id="news"))
    )


def test_a_manifest_without_a_version_counts_as_the_oldest(
    services: AppServices, tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    services.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 3)))
    with pytest.raises(FeedError, match="version 0"):
        services.content.import_pack(write(tmp_path / "b.zip", pack_bytes(pem, 0)))


def test_a_replaying_server_is_refused_at_sync_and_the_error_names_the_address(
    services: AppServices, tmp_path: Path, clock: FakeClock, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    url = "https://packs.example/news.zip"
    responses = [pack_bytes(pem, 2, withdraw=(WITHDRAWN,)), pack_bytes(pem, 1)]

    def replaying(address: str, etag: str | None, modified: str | None) -> Fetched:
        assert address == url
        return Fetched(200, responses.pop(0), url, None, None, "application/zip")

    services.content.repo.subscribe(url, clock.now())
    for expected in ("updated", "failed"):
        source = next(s for s in services.content.repo.sources() if s.location == url)
        result = sync_source(
            services.content.repo,
            source,
            replaying,
            now=clock.now(),
            interval=timedelta(minutes=30),
            trust=services.trust.current(),
            cache=services.paths.media_cache,
            check_policy=lambda text, origin: None,
        )
        assert result.status == expected
    assert "version 1" in result.problem and url in result.problem
    assert str(services.paths.media_cache) not in result.problem
    assert WITHDRAWN not in shown_ids(services)


def test_a_manifest_with_a_bad_version_is_refused(tmp_path: Path) -> None:
    from advocate_desktop.feed.signing import SignatureError

    for version in ('"7"', "-1", "true", "1.5", "99999999999999999999"):
        manifest = f'{{"files":{{}},"format":1,"version":{version}}}'.encode()
        with pytest.raises(SignatureError, match="version is a whole number"):
            read_manifest(manifest)


# -- freshness ----------------------------------------------------------------------------


def test_content_whose_signature_expired_is_marked_and_cannot_be_published(
    services: AppServices, tmp_path: Path, clock: FakeClock, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    deadline = clock.now() + timedelta(days=2)
    source_id = services.content.import_pack(
        write(tmp_path / "a.zip", pack_bytes(pem, 1, expires_at=deadline))
    )
    item = stored_item(services.content.repo, source_id, LAUNCH)
    assert item is not None and not item.is_expired(clock.now())
    account = services.accounts.repo.all()[0] if services.accounts.repo.all() else None
    account_id = account.id if account else None
    post = services.posts.repo.create(
        state="scheduled",
        source_id=source_id,
        item_id=LAUNCH,
        account_id=account_id,
        network="x",
        language="pl",
        text="Nowa aplikacja Nordvik Pay #nordvik",
        now=clock.now(),
    )
    clock.advance(timedelta(days=3))
    item = stored_item(services.content.repo, source_id, LAUNCH)
    assert item is not None and item.is_expired(clock.now())
    problem = services.posts.publish_gate(post)
    assert problem is not None and problem.code == errors.ITEM_EXPIRED
    assert services.content.repo.source(source_id).signature_expires_at is not None  # type: ignore[union-attr]


def test_a_post_checked_ahead_of_its_time_is_checked_against_its_time(
    services: AppServices, tmp_path: Path, clock: FakeClock, comms: tuple[bytes, str]
) -> None:
    # A post handed to a server's own scheduling passes the gate early and goes out unseen:
    # content that will have expired by its time must stop it now.
    pem, line = comms
    services.trust.add_trusted_key(line)
    deadline = clock.now() + timedelta(days=2)
    source_id = services.content.import_pack(
        write(tmp_path / "a.zip", pack_bytes(pem, 1, expires_at=deadline))
    )
    post = services.posts.repo.create(
        state="scheduled",
        source_id=source_id,
        item_id=LAUNCH,
        account_id=None,
        network="x",
        language="pl",
        text="Nowa aplikacja Nordvik Pay #nordvik",
        now=clock.now(),
    )
    for due, expired in ((deadline - timedelta(hours=1), False), (deadline, True)):
        services.posts.repo.transition(
            post.id, ["scheduled"], "scheduled", clock.now(), due_at=to_db(due)
        )
        found = services.posts.repo.get(post.id)
        assert found is not None
        problem = services.posts.publish_gate(found)
        assert (problem is not None and problem.code == errors.ITEM_EXPIRED) is expired, due


def test_an_item_expiring_before_the_signature_keeps_its_own_date(
    services: AppServices, tmp_path: Path, clock: FakeClock, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    services.trust.add_trusted_key(line)
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    feed["items"][0]["_advocacy"]["expires_at"] = "2026-12-01T00:00:00Z"
    contents["feed.json"] = json.dumps(feed).encode()
    signature_ends = datetime(2027, 1, 1, tzinfo=UTC)
    pack = build_zip(with_manifest(contents, pem, version=1, expires_at=signature_ends))
    services.content.import_pack(write(tmp_path / "a.zip", pack))
    expiry = {s.item.id: s.item.expires_at for s in services.content.items()}
    assert expiry.pop(feed["items"][0]["id"]) == datetime(2026, 12, 1, tzinfo=UTC)
    assert set(expiry.values()) == {signature_ends}


# -- keys change --------------------------------------------------------------------------


def test_removing_the_employees_key_unsigns_and_hides_what_it_signed(
    services: AppServices, tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    pem, line = comms
    key = services.trust.add_trusted_key(line)
    services.content.import_demo_pack()
    source_id = services.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 1)))
    signed = {s.id: s.signer for s in services.content.content_sources()}
    assert signed[source_id] == "Comms"
    post = services.posts.repo.create(
        state="scheduled",
        source_id=source_id,
        item_id=LAUNCH,
        account_id=None,
        network="x",
        language="pl",
        text="#pracujęwNordvik Startuje NordvikPay",
        now=services.clock.now(),
    )
    assert services.posts.publish_gate(post) is None
    services.trust.remove_trusted_key(key.key_id)
    held = services.posts.publish_gate(post)
    assert held is not None and held.code == errors.CONTENT_UNTRUSTED
    assert {s.id: s.signer for s in services.content.content_sources()}[source_id] is None
    shown = services.content.shown_items()[0]
    assert all(s.source_id != source_id for s in shown)
    assert shown, "the bundled demo content stays"
    # Trusting the key again shows the content as signed again.
    services.trust.add_trusted_key(line)
    assert {s.id: s.signer for s in services.content.content_sources()}[source_id] == "Comms"


def test_a_key_it_removes_unsigns_and_hides_what_it_signed(
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    comms: tuple[bytes, str],
) -> None:
    pem, line = comms
    managed(tmp_path, monkeypatch, [{"name": "Comms (IT)", "key": line}])
    first = build_services(paths, clock)
    source_id = first.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 1)))
    assert {s.id: s.signer for s in first.content.content_sources()}[source_id] == "Comms (IT)"
    first.db.close()
    managed(tmp_path, monkeypatch, [])
    second = build_services(paths, clock)
    assert {s.id: s.signer for s in second.content.content_sources()}[source_id] is None
    assert second.trust.current().require_signed, "removing the last key keeps signed-only on"
    assert not second.content.shown_items()[0]
    second.db.close()


def test_a_key_past_its_it_end_date_signs_nothing(
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    comms: tuple[bytes, str],
) -> None:
    pem, line = comms
    ends = (clock.now() + timedelta(days=1)).date().isoformat()
    managed(tmp_path, monkeypatch, [{"name": "Comms", "key": line, "expires": ends}])
    services = build_services(paths, clock)
    source_id = services.content.import_pack(write(tmp_path / "a.zip", pack_bytes(pem, 1)))
    assert LAUNCH in shown_ids(services)
    clock.advance(timedelta(days=2))
    assert {s.id: s.signer for s in services.content.content_sources()}[source_id] is None
    assert LAUNCH not in shown_ids(services)
    with pytest.raises(FeedError, match="whose trust ended on"):
        services.content.import_pack(write(tmp_path / "b.zip", pack_bytes(pem, 2)))
    services.db.close()


@pytest.mark.parametrize("expires", ["tomorrow", "2027-13-01", "2027-01-01T10:00:00", 5])
def test_a_malformed_key_end_date_is_ignored_alone_and_fails_safe(
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    comms: tuple[bytes, str],
    expires: object,
) -> None:
    config = write(
        tmp_path / "it" / "managed.json",
        json.dumps({"trusted_keys": [{"name": "C", "key": comms[1], "expires": expires}]}).encode(),
    )
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(config))
    services = build_services(paths, clock)
    try:
        assert [p.pointer for p in services.managed.problems] == ["/trusted_keys/0/expires"]
        assert services.managed.problems[0].fail_safe  # says what it does instead
        assert managed_keys(services.managed) == ()  # the key is not trusted...
        assert services.trust.current().require_signed  # ...and only signed content is accepted
        assert services.settings.is_locked("require_signed")
        with pytest.raises(LockedSetting):
            services.settings.set("require_signed", "off")
    finally:
        services.db.close()


def test_signed_only_stays_on_when_keys_come_and_go(
    services: AppServices,
    paths: AppPaths,
    clock: FakeClock,
    comms: tuple[bytes, str],
    other_signer: tuple[bytes, str],
) -> None:
    assert not services.trust.current().require_signed  # auto, and never a key yet
    key = services.trust.add_trusted_key(comms[1])
    assert services.trust.current().require_signed
    services.trust.add_trusted_key(other_signer[1])  # a new key arriving
    assert services.trust.current().require_signed
    for each in services.trust.employee_keys():
        services.trust.remove_trusted_key(each.key_id)
    assert key.key_id not in {k.key_id for k in services.trust.employee_keys()}
    assert services.trust.current().require_signed, "removing the last key must not turn it off"
    services.db.close()
    again = build_services(paths, clock)
    assert again.trust.current().require_signed, "and it is remembered"
    again.settings.set("require_signed", "off")
    assert not again.trust.current().require_signed  # only the employee's explicit choice does
    again.db.close()


def test_with_signed_only_on_unsigned_stored_content_is_hidden(
    services: AppServices, tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    source_id = services.content.import_pack(write(tmp_path / "plain.zip", pack_bytes(None, 1)))
    assert LAUNCH in shown_ids(services)
    services.trust.add_trusted_key(comms[1])
    assert all(s.source_id != source_id for s in services.content.shown_items()[0])


# -- local paths --------------------------------------------------------------------------

FEED = {"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "language": "en"}


def _feed(*images: str) -> bytes:
    items = [{"id": "ok", "title": "Fine", "image": "https://cdn.example/ok.png"}]
    items += [{"id": f"i{n}", "title": "Hostile", "image": i} for n, i in enumerate(images)]
    return json.dumps({**FEED, "items": items}).encode()


@pytest.mark.parametrize(
    "image",
    [
        "/etc/passwd",
        "media/../../../etc/hosts",
        "\\\\attacker.example\\share\\logo.png",
        "//attacker.example/share/logo.png",
        "C:\\Windows\\win.ini",
        "file:///etc/passwd",
        "http://remote.example/a.png",
        "ftp://remote.example/a.png",
    ],
)
def test_a_plain_feed_cannot_point_an_image_at_a_local_path(image: str) -> None:
    with pytest.raises(FeedError) as refused:
        parse_feed_bytes(_feed(image), "application/feed+json", "https://blog.example/feed.json")
    assert refused.value.pointer == "/items/1/image"
    assert refused.value.source == "https://blog.example/feed.json"


def test_a_plain_feed_keeps_https_and_loopback_images() -> None:
    feed = parse_json_feed(_feed("http://127.0.0.1:8765/media/a.png"), "https://b.example/f")
    assert [i.image for i in feed.items] == [
        "https://cdn.example/ok.png",
        "http://127.0.0.1:8765/media/a.png",
    ]


def test_a_named_pipe_as_an_image_never_blocks_a_worker(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    fifo = media / "pipe.png"
    os.mkfifo(fifo)
    outside = write(tmp_path / "elsewhere" / "secret.png", b"\x89PNG")
    link = media / "link.png"
    link.symlink_to(outside)
    plain = write(media / "plain.png", b"\x89PNG")
    answers: list[Path | None] = []
    worker = threading.Thread(
        target=lambda: answers.extend(
            media_file(str(p), [media]) for p in (fifo, outside, link, plain)
        ),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a named pipe blocked the worker"
    assert answers == [None, None, None, plain.resolve()]
    assert media_file("https://cdn.example/a.png", [media]) is None
    assert media_file("\\\\host\\share\\a.png", [media]) is None


def test_a_pack_pointing_an_image_outside_itself_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    for name, data in folder_contents(demo_pack_dir()).items():
        write(folder / name, data)
    for reference in ("../outside.png", "/etc/passwd", "\\\\host\\share\\a.png", "C:/x.png"):
        feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
        feed["items"][1]["image"] = reference
        (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
        with pytest.raises(FeedError) as refused:
            load_pack(folder, tmp_path / "cache")
        assert refused.value.pointer == "/items/1/image"


# -- folder packs with links --------------------------------------------------------------


def _folder_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "folder-pack"
    for name, data in folder_contents(demo_pack_dir()).items():
        write(folder / name, data)
    return folder


@pytest.mark.parametrize("linked", ["feed.json", "policy.json", "media/extra.png", "media"])
def test_a_folder_pack_with_a_link_is_refused_like_a_zip(
    services: AppServices, tmp_path: Path, paths: AppPaths, linked: str
) -> None:
    folder = _folder_pack(tmp_path)
    secret = write(
        tmp_path / "private" / "notes.json", (demo_pack_dir() / "feed.json").read_bytes()
    )
    target = folder / linked
    if target.is_dir():
        os.rename(target, tmp_path / "private" / "media")
        target.symlink_to(tmp_path / "private" / "media", target_is_directory=True)
    else:
        target.unlink(missing_ok=True)
        target.symlink_to(secret)
    before = files_outside(tmp_path, paths)
    with pytest.raises(FeedError, match="links are not allowed in a pack"):
        services.content.import_pack(folder)
    assert not services.content.repo.sources()
    assert files_outside(tmp_path, paths) == before
    issues = lint_folder(folder, lambda document, name: [], lambda *a: (0, 1))
    assert any("links are not allowed" in i.message for i in issues)


def test_a_folder_pack_holding_a_named_pipe_is_refused_without_blocking(
    services: AppServices, tmp_path: Path
) -> None:
    folder = _folder_pack(tmp_path)
    (folder / "feed.json").unlink()
    os.mkfifo(folder / "feed.json")
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            services.content.import_pack(folder)
        except FeedError as error:
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the import blocked on a named pipe"
    assert outcome and "only plain files" in str(outcome[0])


# -- huge fields ---------------------------------------------------------------------------


def test_a_50_mb_summary_is_refused_with_a_pointer_and_the_rest_loads(
    services: AppServices, tmp_path: Path, paths: AppPaths
) -> None:
    folder = _folder_pack(tmp_path)
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    feed["items"][3]["summary"] = "A" * (50 * 1024 * 1024)
    feed["items"][5]["_advocacy"]["suggested"]["default"]["en"] = "B" * 10_001
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    source_id = services.content.import_pack(folder)
    stored = {s.item.id for s in services.content.items()}
    assert feed["items"][3]["id"] not in stored and feed["items"][5]["id"] not in stored
    assert len(stored) == len(feed["items"]) - 2
    refused = services.content.repo.source(source_id).refused.splitlines()  # type: ignore[union-attr]
    assert refused[0].startswith("/items/3/summary: longer than 10,000 characters")
    assert refused[1].startswith("/items/5/_advocacy/suggested/default/en:")
    services.db.close()
    assert paths.database.stat().st_size < 5 * 1024 * 1024
    with sqlite3.connect(paths.database) as db:
        longest = db.execute("SELECT max(length(data)) FROM items").fetchone()[0]
    assert longest < 100_000
    issues = lint_folder(folder, lambda document, name: [], lambda *a: (0, 1_000_000))
    pointers = {i.pointer for i in issues if i.severity == "error"}
    assert {"/items/3/summary", "/items/5/_advocacy/suggested/default/en"} <= pointers


def test_lint_reports_an_item_over_its_total_cap_as_the_app_would(tmp_path: Path) -> None:
    folder = _folder_pack(tmp_path)
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    feed["items"][4]["_advocacy"]["suggested"] = {"x": {f"l{n}": "s" * 9_000 for n in range(12)}}
    (folder / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    issues = lint_folder(folder, lambda document, name: [], lambda *a: (0, 1_000_000))
    [total] = [i for i in issues if i.pointer == "/items/4"]
    assert total.severity == "error" and "100,000 characters of text in all" in total.message


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        (lambda i: i.update(title="T" * 501), "/title"),
        (lambda i: i.update(url="https://x.example/" + "p" * 2048), "/url"),
        (lambda i: i["_advocacy"].update(campaign="c" * 201), "/_advocacy/campaign"),
        (lambda i: i["_advocacy"].update(hashtags=["h" * 101]), "/_advocacy/hashtags/0"),
        (lambda i: i["_advocacy"].update(hashtags=["h"] * 31), "/_advocacy/hashtags"),
        (lambda i: i["_advocacy"].update(image_alt="a" * 1501), "/_advocacy/image_alt"),
        (
            lambda i: i["_advocacy"].update(disclosure={"en": "d" * 501}),
            "/_advocacy/disclosure/en",
        ),
        (
            lambda i: i["_advocacy"].update(
                suggested={"x": {f"l{n}": "s" * 9_000 for n in range(12)}}
            ),
            "",
        ),
    ],
)
def test_every_text_field_has_a_cap(change: object, pointer: str) -> None:
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        item.pop("image", None)
        item["_advocacy"].pop("images", None)
    change(feed["items"][2])  # type: ignore[operator]
    parsed = parse_json_feed(json.dumps(feed).encode(), "https://x.example/feed.json")
    assert len(parsed.items) == len(feed["items"]) - 1
    assert parsed.refused[0].startswith(f"/items/2{pointer}:")


def test_an_rss_entry_with_a_huge_summary_is_left_out() -> None:
    huge = "x" * 20_000
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>'
        "<item><title>Fine</title><link>https://b.example/1</link></item>"
        f"<item><title>Huge</title><description>{huge}</description></item>"
        "</channel></rss>"
    ).encode()
    feed = parse_feed_bytes(rss, "application/rss+xml", "https://b.example/rss")
    assert [i.title for i in feed.items] == ["Fine"]
    assert feed.refused and "entry 2" in feed.refused[0]


def test_a_huge_item_stored_before_the_caps_is_removed_by_the_migration(tmp_path: Path) -> None:
    from advocate_desktop.store.connection import Database, _statements
    from advocate_desktop.store.feed_repo import FeedRepository
    from advocate_desktop.store.migrations import MIGRATIONS

    before = next(n for n, script in enumerate(MIGRATIONS) if "pack_versions" in script)
    path = tmp_path / "data" / "old.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as old:
        for script in MIGRATIONS[:before]:
            for statement in _statements(script):
                old.execute(statement)
        old.execute(f"PRAGMA user_version = {before}")
        old.execute(
            "INSERT INTO feed_sources (id, kind, location, added_at)"
            " VALUES (1, 'url', 'https://x.example/f', '2026-11-01T00:00:00+00:00')"
        )
        for item_id, size in (("small", 100), ("huge", 5 * 1024 * 1024)):
            data = json.dumps(
                {"id": item_id, "title": "T", "language": "en", "summary": "A" * size}
            )
            old.execute(
                "INSERT INTO items (source_id, id, title, language, position, data, first_seen_at)"
                " VALUES (1, ?, 'T', 'en', 0, ?, '2026-11-01T00:00:00+00:00')",
                (item_id, data),
            )
    repo = FeedRepository(Database(path))
    assert [row.id for row in repo.items()] == ["small"]
    assert repo.sources()[0].refused == "an item too large to keep was removed"


def test_web_images_are_fetched_once_and_only_real_images_are_kept(tmp_path: Path) -> None:
    from advocate_desktop.feed.fetch import FetchError
    from advocate_desktop.feed.images import localize_images

    png = next((demo_pack_dir() / "media").glob("*.png")).read_bytes()
    bodies = {
        "https://cdn.example/a.png": png,
        "https://cdn.example/b.webp": b"RIFF\0\0\0\0WEBPVP8 ",
        "https://cdn.example/evil.svg": b"<svg onload='x'/>",
    }
    asked: list[str] = []

    def download(url: str) -> bytes:
        asked.append(url)
        if url not in bodies:
            raise FetchError("http_404", f"{url}: 404", transient=False)
        return bodies[url]

    feed = parse_json_feed(_feed(*bodies, "https://cdn.example/gone.png"), "https://b.example/f")
    first = localize_images(feed, download, tmp_path / "cache")
    images = [i.image or "" for i in first.items]
    assert images[1].endswith(".png") and images[2].endswith(".webp")
    assert images[3] == "https://cdn.example/evil.svg" and images[4].endswith("gone.png")
    assert all(media_file(i, [tmp_path / "cache"]) for i in images[1:3])
    asked.clear()
    again = localize_images(feed, download, tmp_path / "cache")
    assert [i.image for i in again.items] == [i.image for i in first.items]
    assert "https://cdn.example/a.png" not in asked  # kept from the first sync


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
def test_an_instant_that_overflows_in_utc_is_refused_not_a_crash(moment: str) -> None:
    from advocate_desktop.feed.signing import SignatureError
    from advocate_desktop.settings.managed import key_expiry

    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["items"][1]["_advocacy"]["expires_at"] = moment
    with pytest.raises(FeedError) as refused:
        parse_json_feed(json.dumps(feed).encode(), "https://x.example/feed.json", str)
    assert refused.value.pointer == "/items/1/_advocacy/expires_at"
    manifest = json.dumps({"files": {}, "format": 1, "expires_at": moment}).encode()
    with pytest.raises(SignatureError, match="expires_at"):
        read_manifest(manifest)
    with pytest.raises(ValueError, match="a date and time with a time zone"):
        key_expiry(moment)


def test_a_deeply_nested_signature_or_manifest_is_damaged_not_a_crash(
    tmp_path: Path, comms: tuple[bytes, str]
) -> None:
    from advocate_desktop.feed.pack import Trust
    from advocate_desktop.feed.pack_build import read_zip
    from advocate_desktop.feed.signing import parse_public_key

    pem, line = comms
    trust = Trust((parse_public_key(line),), True)
    for member in ("manifest.sig", "manifest.json"):
        contents = read_zip(write(tmp_path / "a.zip", pack_bytes(pem, 1)))
        contents[member] = b"[" * 1_000_000 + b"]" * 1_000_000
        hostile = tmp_path / f"{member}.zip"
        with zipfile.ZipFile(hostile, "w", zipfile.ZIP_STORED) as bundle:  # no ratio to refuse
            for name, data in contents.items():
                bundle.writestr(name, data)
        with pytest.raises(FeedError, match=r"damaged|does not match"):
            load_pack(hostile, tmp_path / "cache", trust)
    with pytest.raises(ValueError, match="not valid JSON"):
        read_manifest(b"[" * 1_000_000)
