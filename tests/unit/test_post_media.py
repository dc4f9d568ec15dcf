"""A post's images and link card: stored, migrated, chosen from the item, handed to the
publisher, their upload ids kept, and a missing file sent back to the employee."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.images import IMAGES_DIR, cached_name, localize_images
from advocate_desktop.feed.model import Feed, FeedItem, Image
from advocate_desktop.feed.post_media import MAX_CARD_DESCRIPTION, MAX_POST_IMAGES, item_media
from advocate_desktop.networks.base import (
    FailureKind,
    OutgoingPost,
    PublishError,
    Receipt,
    Rejected,
)
from advocate_desktop.networks.mastodon.contract import for_runner
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import Action, PostProblem
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db
from tests.peers.images import png

LINK = PostLink("https://example.com/biuro", "Nowe biuro", "Otwieramy biuro", "/m/thumb.png")


class World:
    def __init__(self, tmp_path: Path, clock: FakeClock) -> None:
        self.tmp_path = tmp_path
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        self.media = PostMediaRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.clock = clock
        self.service = PostService(self.posts, clock)
        self.account = self.accounts.add("outbox", "A", {"folder": str(tmp_path)}, clock.now())
        self.other = self.accounts.add("outbox", "B", {"folder": str(tmp_path)}, clock.now())

    def image(self, name: str = "office.png") -> Path:
        path = self.tmp_path / name
        path.write_bytes(png())
        return path

    def draft(
        self, images: tuple[ImageSpec, ...] = (), link: PostLink | None = None, item: str = "i1"
    ) -> PostRow:
        return self.service.open_draft(
            source_id=1,
            item_id=item,
            network="mastodon",
            language="pl",
            suggested_text="Nowe biuro w Gdańsku",
            account_id=self.account.id,
            images=images,
            link=link,
        )

    def scheduled(self, images: tuple[ImageSpec, ...], link: PostLink | None = None) -> PostRow:
        draft = self.draft(images, link)
        return self.service.schedule(
            draft.id,
            text=draft.text,
            account_id=self.account.id,
            network="mastodon",
            due_at=self.clock.now() + timedelta(minutes=5),
        )


@pytest.fixture
def world(tmp_path: Path, clock: FakeClock) -> World:
    return World(tmp_path, clock)


# --- the repository ---


def test_images_and_link_round_trip_in_order(world: World) -> None:
    images = (ImageSpec("/m/a.png", "Pierwszy"), ImageSpec("/m/b.png", ""))
    post = world.draft(images, LINK)
    rows = world.media.images(post.id)
    assert [(r.position, r.path, r.alt_text, r.media_id) for r in rows] == [
        (0, "/m/a.png", "Pierwszy", None),
        (1, "/m/b.png", "", None),
    ]
    assert world.media.link(post.id) == LINK
    assert world.media.image_count(post.id) == 2
    assert world.media.attached(post.id)


def test_an_upload_id_belongs_to_one_account_and_goes_with_its_image(world: World) -> None:
    post = world.draft((ImageSpec("/m/a.png", "A"), ImageSpec("/m/b.png", "B")))
    now = world.clock.now()
    world.media.record_upload(post.id, 1, world.account.id, "m-1", now)
    world.media.record_upload(post.id, 1, world.account.id, "m-2", now)  # a newer id wins
    assert [r.media_id for r in world.media.images(post.id, world.account.id)] == [None, "m-2"]
    assert [r.media_id for r in world.media.images(post.id, world.other.id)] == [None, None]
    # The same images again change nothing and keep the upload.
    same = [ImageSpec("/m/a.png", "A"), ImageSpec("/m/b.png", "B")]
    assert not world.media.set_images(post.id, same, now)
    assert world.media.images(post.id, world.account.id)[1].media_id == "m-2"
    # A changed alt text is a different upload: the old id is dropped with the old image.
    assert world.media.set_images(post.id, [same[0], ImageSpec("/m/b.png", "Nowy opis")], now)
    assert [r.media_id for r in world.media.images(post.id, world.account.id)] == [None, None]


def test_deleting_a_post_deletes_its_media(world: World) -> None:
    post = world.draft((ImageSpec("/m/a.png", "A"),), LINK)
    world.media.record_upload(post.id, 0, world.account.id, "m-1", world.clock.now())
    world.posts.delete(post.id)
    connection = world.db.connection()
    for table in ("post_images", "post_image_uploads", "post_links"):
        assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_the_previous_schema_with_posts_is_migrated_and_keeps_them(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:-1], start=1):
        raw.executescript(script)
        raw.execute(f"PRAGMA user_version = {number}")
    raw.execute(
        "INSERT INTO posts (id, source_id, item_id, account_id, network, language, text, state,"
        " due_at, created_at, updated_at) VALUES ('old-1', 1, 'i1', 'acc', 'mastodon', 'pl',"
        " 'Stary post', 'scheduled', '2026-11-27T10:00:00+00:00', '2026-11-20T10:00:00+00:00',"
        " '2026-11-20T10:00:00+00:00')"
    )
    raw.execute(
        "INSERT INTO posts (id, source_id, item_id, account_id, network, language, text, state,"
        " created_at, updated_at) VALUES ('old-draft', 1, 'i2', 'acc', 'mastodon', 'pl',"
        " 'Szkic', 'draft', '2026-11-20T10:00:00+00:00', '2026-11-20T10:00:00+00:00')"
    )
    raw.commit()
    raw.close()

    db = Database(path)
    assert db.connection().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    posts = PostRepository(db)
    media = PostMediaRepository(db)
    old = posts.get("old-1")
    assert old is not None and (old.text, old.state) == ("Stary post", "scheduled")
    assert media.images("old-1") == [] and media.link("old-1") is None
    assert not media.attached("old-1")
    # The old draft gets the item's images when it is next opened; its text stays.
    images = (ImageSpec("/m/a.png", "Opis"),)
    draft = PostService(posts, clock).open_draft(
        source_id=1,
        item_id="i2",
        network="mastodon",
        language="pl",
        suggested_text="ignored",
        account_id="acc",
        images=images,
        link=LINK,
    )
    assert (draft.id, draft.text) == ("old-draft", "Szkic")
    assert [r.path for r in media.images("old-draft")] == ["/m/a.png"]
    assert media.link("old-draft") == LINK


def test_a_draft_that_has_its_media_keeps_them_when_opened_again(world: World) -> None:
    first = world.draft((ImageSpec("/m/a.png", "A"),), LINK)
    world.media.set_images(first.id, [], world.clock.now())  # the employee removed it
    again = world.draft((ImageSpec("/m/a.png", "A"),), LINK)
    assert again.id == first.id
    assert world.media.images(first.id) == []


# --- which of the item's images a post gets ---


def test_a_pack_items_images_with_alt_text_in_the_posts_language(tmp_path: Path) -> None:
    pack = tmp_path / "pack" / "media"
    pack.mkdir(parents=True)
    for name in ("a.png", "b.png"):
        (pack / name).write_bytes(png())
    outside = tmp_path / "secret.png"
    outside.write_bytes(png())
    item = FeedItem(
        id="i1",
        title="Nowe biuro",
        language="pl",
        summary="Otwieramy " + "bardzo " * 100 + "duże biuro",
        url="https://example.com/biuro",
        image=str(pack / "a.png"),
        images=(
            Image(str(pack / "a.png"), {"pl": "Biurowiec", "en": "An office"}),
            Image(str(outside), {"pl": "poza paczką"}),  # not the app's media: left out
            Image(str(pack / "missing.png"), {"pl": "nie ma"}),
            Image(str(pack / "b.png"), {"": "Wspólny opis"}),
        ),
    )
    media = item_media(item, "en", [tmp_path / "pack"], tmp_path / "cache")
    assert media.images == (
        ImageSpec(str((pack / "a.png").resolve()), "An office"),
        ImageSpec(str((pack / "b.png").resolve()), "Wspólny opis"),
    )
    assert media.link is not None
    assert (media.link.url, media.link.title) == ("https://example.com/biuro", "Nowe biuro")
    assert media.link.thumbnail == str((pack / "a.png").resolve())
    assert len(media.link.description) == MAX_CARD_DESCRIPTION
    assert media.link.description.endswith("…")


def test_the_single_image_of_an_item_and_a_downloaded_web_image(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = cache / IMAGES_DIR
    folder.mkdir(parents=True)
    url = "https://example.com/photo.png"
    (folder / f"{cached_name(url)}.png").write_bytes(png())
    single = FeedItem(id="i1", title="T", language="pl", image=url, image_alt=" Zdjęcie ")
    media = item_media(single, "pl", [cache], cache)
    assert media.images == (
        ImageSpec(str((folder / f"{cached_name(url)}.png").resolve()), "Zdjęcie", url),
    )
    assert media.link is None  # no url, no card
    not_downloaded = FeedItem(
        id="i2", title="T", language="pl", images=(Image("https://example.com/other.png"),)
    )
    assert item_media(not_downloaded, "pl", [cache], cache).images == ()


def test_the_items_own_address_travels_with_its_image_to_the_publisher(
    world: World, tmp_path: Path
) -> None:
    """Threads fetches images itself: the feed item's https address goes with the cached
    file, and an image of the employee's own (or a pack's file) has none."""
    cache = tmp_path / "cache"
    url = "https://example.com/news/photo.png"
    feed = Feed("F", (FeedItem(id="i1", title="T", language="pl", image=url),))
    localized = localize_images(feed, lambda _url: png(), cache).items[0]
    assert localized.image != url and localized.image_source == url
    assert FeedItem.from_json(localized.to_json()) == localized
    plain = localize_images(
        Feed("F", (FeedItem(id="i2", title="T", language="pl", image="http://127.0.0.1/a.png"),)),
        lambda _url: png(),
        cache,
    ).items[0]
    assert plain.image_source == "http://127.0.0.1/a.png"  # kept to fetch it again
    [plain_image] = item_media(plain, "pl", [cache], cache).images
    assert plain_image.source_url is None  # only an https address is anybody's to fetch
    media = item_media(localized, "pl", [cache], cache)
    own = world.image("own.png")
    post = world.scheduled((*media.images, ImageSpec(str(own), "Moje")))
    rows = world.media.images(post.id)
    assert [r.source_url for r in rows] == [url, None]
    world.clock.advance(timedelta(minutes=5))
    publisher = Recording([])
    runner(world, publisher).run_due()
    assert [i.source_url for i in publisher.seen[0].images] == [url, None]


def test_at_most_four_images_go_on_a_post(tmp_path: Path) -> None:
    paths = []
    for n in range(6):
        path = tmp_path / f"{n}.png"
        path.write_bytes(png())
        paths.append(path)
    item = FeedItem(
        id="i", title="T", language="pl", images=tuple(Image(str(p), {"": "x"}) for p in paths)
    )
    assert len(item_media(item, "pl", [tmp_path], tmp_path).images) == MAX_POST_IMAGES


# --- the runner hands them to the publisher ---


class Recording:
    """Uploads each image without an id (recording it through the post), then publishes;
    fails as told first."""

    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.seen: list[OutgoingPost] = []
        self.uploads = 0
        self.failures = list(failures or [])

    def publish(self, post: OutgoingPost) -> Receipt:
        self.seen.append(post)
        for index, image in enumerate(post.images):
            if image.media_id is None:
                self.uploads += 1
                post.media_uploaded(index, f"media-{self.uploads}")
        if self.failures:
            raise self.failures.pop(0)
        return Receipt("r", "https://example.test/r")

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return None


def runner(world: World, publisher: Recording) -> Runner:
    return Runner(world.posts, world.accounts, lambda _a: publisher, world.clock)


def test_the_publisher_gets_the_images_and_link_and_a_retry_reuses_the_uploads(
    world: World,
) -> None:
    first, second = world.image("a.png"), world.image("b.png")
    images = (ImageSpec(str(first), "Pierwszy"), ImageSpec(str(second), "Drugi"))
    post = world.scheduled(images, PostLink("https://example.com", "T", "D", str(first)))
    publisher = Recording([PublishError(FailureKind.TRANSIENT, "server_unavailable")])
    world.clock.advance(timedelta(minutes=5))
    assert [o.state for o in runner(world, publisher).run_due()] == [PostState.RETRY_WAIT]
    sent = publisher.seen[0]
    assert [(i.path, i.alt_text, i.media_id) for i in sent.images] == [
        (first, "Pierwszy", None),
        (second, "Drugi", None),
    ]
    assert sent.link is not None and (sent.link.url, sent.link.thumbnail) == (
        "https://example.com",
        first,
    )
    # The ids were stored as the images went up, before the failure.
    stored = world.media.images(post.id, world.account.id)
    assert [r.media_id for r in stored] == ["media-1", "media-2"]

    waiting = world.posts.get(post.id)
    assert waiting is not None and waiting.next_attempt_at is not None
    world.clock.set(from_db(waiting.next_attempt_at))
    assert [o.state for o in runner(world, publisher).run_due()] == [PostState.PUBLISHED]
    assert [i.media_id for i in publisher.seen[1].images] == ["media-1", "media-2"]
    assert publisher.uploads == 2  # nothing uploaded twice


def test_an_upload_older_than_the_servers_keep_it_is_made_again(world: World) -> None:
    post = world.scheduled((ImageSpec(str(world.image()), "Biuro"),))
    world.media.record_upload(
        post.id, 0, world.account.id, "stale", world.clock.now() - timedelta(hours=13)
    )
    publisher = Recording()
    world.clock.advance(timedelta(minutes=5))
    assert [o.state for o in runner(world, publisher).run_due()] == [PostState.PUBLISHED]
    assert [i.media_id for i in publisher.seen[0].images] == [None]
    assert publisher.uploads == 1
    assert world.media.images(post.id, world.account.id)[0].media_id == "media-1"


def test_an_image_file_gone_before_publishing_sends_the_post_back_whole(world: World) -> None:
    photo = world.image()
    post = world.scheduled((ImageSpec(str(photo), "Biuro"),), LINK)
    photo.unlink()
    publisher = Recording()
    world.clock.advance(timedelta(minutes=5))
    outcomes = runner(world, publisher).run_due()
    assert [(o.state, o.problem and o.problem.code) for o in outcomes] == [
        (PostState.NEEDS_ATTENTION, errors.IMAGE_MISSING)
    ]
    assert publisher.seen == []  # nothing was sent
    stored = world.posts.get(post.id)
    assert stored is not None and stored.text == post.text
    problem = PostProblem.from_db(stored.error)
    assert problem is not None and problem.detail == str(photo)
    assert problem.action is Action.EDIT
    assert [r.path for r in world.media.images(post.id)] == [str(photo)]  # nothing lost
    # The file back, the employee's go-ahead publishes it.
    photo.write_bytes(png())
    world.service.confirm(post.id)
    assert [o.state for o in runner(world, publisher).run_due()] == [PostState.PUBLISHED]


def test_a_thumbnail_gone_leaves_the_card_without_it(world: World) -> None:
    world.scheduled((), PostLink("https://example.com", "T", "D", str(world.tmp_path / "no.png")))
    publisher = Recording()
    world.clock.advance(timedelta(minutes=5))
    assert [o.state for o in runner(world, publisher).run_due()] == [PostState.PUBLISHED]
    assert publisher.seen[0].link is not None and publisher.seen[0].link.thumbnail is None


@pytest.mark.parametrize(
    "code",
    [
        "alt_text_missing",
        "alt_text_too_long",
        "image_unreadable",
        "image_too_large",
        "image_type_unsupported",
        "too_many_images",
    ],
)
def test_what_mastodon_refuses_about_an_image_keeps_its_code_and_sends_the_post_back(
    world: World, code: str
) -> None:
    translated = for_runner(MastodonError(code, "office.png"))
    assert isinstance(translated, Rejected) and translated.code == code
    world.scheduled((ImageSpec(str(world.image()), ""),))
    world.clock.advance(timedelta(minutes=5))
    outcomes = runner(world, Recording([translated])).run_due()
    assert [(o.state, o.problem) for o in outcomes] == [
        (PostState.NEEDS_ATTENTION, PostProblem(code, "office.png"))
    ]
    assert PostProblem(code).action is Action.EDIT


def test_the_networks_own_refusal_is_still_rejected() -> None:
    translated = for_runner(MastodonError("rejected", "Text can't be blank"))
    assert isinstance(translated, Rejected)
    assert (translated.code, translated.detail) == ("rejected", "Text can't be blank")


def test_the_media_chooser_keeps_the_http_stack_off_the_start() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import advocate_desktop.services.app_services,"
        " advocate_desktop.ui.employee.main_window, advocate_desktop.schedule.runner;"
        " assert 'requests' not in sys.modules, 'requests is imported at start'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_named_pipe_where_the_image_was_is_missing_and_never_read(world: World) -> None:
    """A reader would block on a FIFO forever: it counts as a file that is gone."""
    import os

    fifo = world.tmp_path / "office.png"
    post = world.scheduled((ImageSpec(str(fifo), "Biuro"),))
    os.mkfifo(fifo)
    publisher = Recording()
    world.clock.advance(timedelta(minutes=5))
    outcomes = runner(world, publisher).run_due()
    assert [(o.state, o.problem) for o in outcomes] == [
        (PostState.NEEDS_ATTENTION, PostProblem(errors.IMAGE_MISSING, str(fifo)))
    ]
    assert publisher.seen == []
    assert world.posts.get(post.id) is not None
