"""Drafts made on the first edit and kept whole, deleted and put back exactly, edits of
scheduled posts the runner can never publish half done, and the employee's own images
checked and copied."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from advocate_desktop.networks.base import OutgoingPost, Receipt
from advocate_desktop.schedule import own_images
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.drafts import DraftService
from advocate_desktop.schedule.own_images import ImageRefused, check_image, copy_in, sweep
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import IllegalTransition, PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.drafts_repo import DraftGone, DraftWrite
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository


def picture(path: Path, size: tuple[int, int] = (40, 30), kind: str = "PNG") -> Path:
    Image.new("RGB", size, (200, 40, 40)).save(path, kind)
    return path


class Recording:
    def __init__(self) -> None:
        self.sent: list[OutgoingPost] = []

    def publish(self, post: OutgoingPost) -> Receipt:
        self.sent.append(post)
        return Receipt(f"r-{post.post_id}", f"https://example.test/{post.post_id}")

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return None


class Desk:
    def __init__(self, tmp_path: Path, clock: FakeClock) -> None:
        self.tmp = tmp_path
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        self.media = PostMediaRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.clock = clock
        self.account = self.accounts.add("outbox", "A", {"folder": str(tmp_path)}, clock.now())
        self.other = self.accounts.add("outbox", "B", {"folder": str(tmp_path)}, clock.now())
        self.drafts = DraftService(self.posts, self.media, clock, tmp_path / "data" / "images")
        self.service = PostService(self.posts, clock)
        self.publisher = Recording()

    def write(
        self, post_id: str, text: str, images: tuple[ImageSpec, ...] = (), **kw: object
    ) -> DraftWrite:
        fields: dict[str, object] = {
            "post_id": post_id,
            "source_id": 1,
            "item_id": "item-1",
            "account_id": self.account.id,
            "network": "linkedin",
            "language": "pl",
            "text": text,
            "images": images,
            "link": PostLink("https://example.test/a", "A"),
            "due_at": None,
            "zone": None,
        }
        fields.update(kw)
        return DraftWrite(**fields)  # type: ignore[arg-type]

    def unsaved(self) -> str:
        draft = self.drafts.for_item(
            source_id=1,
            item_id="item-1",
            network="linkedin",
            language="pl",
            suggested_text="Suggested",
            account_id=self.account.id,
            item_media=lambda: ((ImageSpec(str(self.tmp / "item.png"), "Item"),), None),
        )
        assert not draft.stored
        return draft.post.id

    def runner(self) -> Runner:
        return Runner(self.posts, self.accounts, lambda _a: self.publisher, self.clock)


@pytest.fixture
def desk(tmp_path: Path, clock: FakeClock) -> Desk:
    return Desk(tmp_path, clock)


def test_opening_an_item_writes_nothing_and_the_first_save_makes_the_draft(desk: Desk) -> None:
    post_id = desk.unsaved()
    assert desk.posts.all() == []
    images = (ImageSpec("/a.png", "A"), ImageSpec("/b.png", "B"))
    due = desk.clock.now() + timedelta(days=1)
    desk.drafts.save(
        desk.write(
            post_id, "Mine", images, account_id=desk.other.id, due_at=due, zone="Europe/Warsaw"
        ),
        stored=False,
    )
    post = desk.posts.get(post_id)
    assert post is not None and post.state == PostState.DRAFT
    assert (post.text, post.account_id, post.zone) == ("Mine", desk.other.id, "Europe/Warsaw")
    again = desk.drafts.of_post(post)
    assert again.images == images and again.stored
    assert again.link == PostLink("https://example.test/a", "A")
    # The item opened again finds this draft, not a new one.
    reopened = desk.drafts.for_item(
        source_id=1,
        item_id="item-1",
        network="linkedin",
        language="pl",
        suggested_text="Suggested",
        account_id=desk.account.id,
        item_media=lambda: ((), None),
    )
    assert reopened.post.id == post_id and reopened.post.account_id == desk.other.id
    assert reopened.images == images


def test_a_save_after_the_draft_was_deleted_or_scheduled_is_refused(desk: Desk) -> None:
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "One"), stored=False)
    desk.service.schedule(
        post_id,
        text="One",
        account_id=desk.account.id,
        network="linkedin",
        due_at=desk.clock.now() + timedelta(hours=1),
    )
    with pytest.raises(DraftGone):
        desk.drafts.save(desk.write(post_id, "Two"), stored=True)
    post = desk.posts.get(post_id)
    assert post is not None and post.text == "One" and post.state == PostState.SCHEDULED


def test_a_deleted_draft_comes_back_exactly_with_its_images_and_history(desk: Desk) -> None:
    post_id = desk.unsaved()
    images = (ImageSpec("/a.png", "A"), ImageSpec("/b.png", ""))
    desk.drafts.save(desk.write(post_id, "Kept", images), stored=False)
    desk.media.record_upload(post_id, 0, desk.account.id, "m-1", desk.clock.now())
    before = desk.posts.get(post_id)
    events = desk.posts.events(post_id)
    removed = desk.drafts.delete(post_id)
    assert desk.posts.get(post_id) is None and desk.media.images(post_id) == []
    desk.drafts.restore(removed)
    assert desk.posts.get(post_id) == before
    assert desk.posts.events(post_id) == events
    rows = desk.media.images(post_id, desk.account.id)
    assert [(r.path, r.alt_text, r.media_id) for r in rows] == [
        ("/a.png", "A", "m-1"),
        ("/b.png", "", None),
    ]
    assert desk.media.link(post_id) == PostLink("https://example.test/a", "A")


def test_only_drafts_are_deleted(desk: Desk) -> None:
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "One"), stored=False)
    desk.service.schedule(
        post_id,
        text="One",
        account_id=desk.account.id,
        network="linkedin",
        due_at=desk.clock.now() + timedelta(hours=1),
    )
    with pytest.raises(DraftGone):
        desk.drafts.delete(post_id)
    assert desk.posts.get(post_id) is not None


def test_editing_a_scheduled_post_keeps_its_time_and_the_runner_never_takes_it(
    desk: Desk,
) -> None:
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "Old", (ImageSpec("/old.png", "Old"),)), stored=False)
    due = desk.clock.now() + timedelta(hours=1)
    desk.service.schedule(
        post_id, text="Old", account_id=desk.account.id, network="linkedin", due_at=due
    )
    scheduled = desk.posts.get(post_id)
    assert scheduled is not None
    # The first edit: a draft now, in the same transaction as the new text is stored.
    desk.drafts.save(
        desk.write(post_id, "Half", (ImageSpec("/new.png", "New"),), due_at=due, zone="UTC"),
        stored=True,
        state=PostState.SCHEDULED,
    )
    edited = desk.posts.get(post_id)
    assert edited is not None and edited.state == PostState.DRAFT
    assert edited.due_at == scheduled.due_at
    assert desk.posts.events(post_id)[-1].detail == "being edited"
    desk.clock.advance(timedelta(hours=1))
    assert desk.runner().run_due() == []  # half edited: never published
    assert desk.publisher.sent == []


def test_an_edit_the_runner_beat_is_refused(desk: Desk) -> None:
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "Old"), stored=False)
    desk.service.schedule(
        post_id, text="Old", account_id=desk.account.id, network="linkedin", due_at=desk.clock.now()
    )
    desk.runner().run_due()
    post = desk.posts.get(post_id)
    assert post is not None and post.state == PostState.PUBLISHED
    with pytest.raises(IllegalTransition):
        desk.drafts.save(desk.write(post_id, "Late"), stored=True, state=PostState.PUBLISHED)
    with pytest.raises(DraftGone):  # the editor's copy still thought it scheduled
        desk.drafts.save(desk.write(post_id, "Late"), stored=True, state=PostState.SCHEDULED)
    assert [p.text for p in desk.publisher.sent] == ["Old"]


def test_a_post_edited_between_the_runners_read_and_its_claim_goes_out_as_edited(
    desk: Desk,
) -> None:
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "Old", (ImageSpec("/old.png", "Old"),)), stored=False)
    due = desk.clock.now()
    desk.service.schedule(
        post_id, text="Old", account_id=desk.account.id, network="linkedin", due_at=due
    )
    (stale,) = desk.posts.due(desk.clock.now())  # the runner has read the post...
    new_image = picture(desk.tmp / "new.png")
    desk.drafts.save(  # ...and the employee edits it and schedules it again
        desk.write(post_id, "New", (ImageSpec(str(new_image), "New"),), due_at=due),
        stored=True,
        state=PostState.SCHEDULED,
    )
    desk.service.schedule(
        post_id, text="New", account_id=desk.other.id, network="linkedin", due_at=due
    )
    desk.runner().publish_one(stale)
    (sent,) = desk.publisher.sent
    assert (sent.text, sent.account_id) == ("New", desk.other.id)
    assert [(str(i.path), i.alt_text) for i in sent.images] == [(str(new_image), "New")]


# -- own images ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "ending"), [("PNG", ".png"), ("JPEG", ".jpg"), ("GIF", ".gif"), ("WEBP", ".webp")]
)
def test_every_image_kind_the_networks_take_is_copied_in(
    tmp_path: Path, kind: str, ending: str
) -> None:
    original = picture(tmp_path / f"photo.{kind.lower()}", kind=kind)
    copy = copy_in(original, tmp_path / "images")
    assert copy.parent == tmp_path / "images" and copy.suffix == ending
    assert copy.read_bytes() == original.read_bytes()
    original.unlink()  # the employee tidies their Downloads: the post keeps its copy
    assert copy.is_file()
    assert copy_in(picture(tmp_path / "again.png"), tmp_path / "images").parent == copy.parent


def test_the_same_picture_twice_is_one_copy(tmp_path: Path) -> None:
    one = picture(tmp_path / "one.png")
    two = tmp_path / "two.png"
    two.write_bytes(one.read_bytes())
    assert copy_in(one, tmp_path / "images") == copy_in(two, tmp_path / "images")
    assert len(list((tmp_path / "images").iterdir())) == 1


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_text("not a picture", encoding="utf-8"), "not_image"),
        (lambda p: p.write_bytes(picture(p).read_bytes()[:60]), "not_image"),  # cut short
        (lambda p: Image.new("RGB", (8, 8)).save(p, "BMP"), "unsupported"),
        (lambda p: Image.new("RGB", (8, 8)).save(p, "TIFF"), "unsupported"),
        (lambda p: p.mkdir(), "unreadable"),
    ],
)
def test_a_file_that_cannot_go_on_a_post_is_refused_with_why(
    tmp_path: Path, make: object, code: str
) -> None:
    path = tmp_path / "photo.png"
    make(path)  # type: ignore[operator]
    with pytest.raises(ImageRefused) as refused:
        copy_in(path, tmp_path / "images")
    assert refused.value.code == code and refused.value.name == "photo.png"
    assert not (tmp_path / "images").exists() or not any((tmp_path / "images").iterdir())


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ImageRefused) as refused:
        check_image(tmp_path / "gone.jpg")
    assert refused.value.code == "unreadable"


def test_too_large_and_too_many_pixels_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = picture(tmp_path / "big.png", (400, 400))
    monkeypatch.setattr(own_images, "MAX_IMAGE_BYTES", big.stat().st_size - 1)
    with pytest.raises(ImageRefused) as refused:
        check_image(big)
    assert refused.value.code == "too_large"
    monkeypatch.undo()
    monkeypatch.setattr(own_images, "MAX_IMAGE_PIXELS", 400 * 400 - 1)
    with pytest.raises(ImageRefused) as refused:
        check_image(big)
    assert refused.value.code == "too_many_pixels" and refused.value.detail == "400×400"


def test_the_sweep_removes_only_old_copies_no_post_uses(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    used = copy_in(picture(tmp_path / "a.png", (10, 10)), folder)
    unused = copy_in(picture(tmp_path / "b.png", (11, 11)), folder)
    fresh = copy_in(picture(tmp_path / "c.png", (12, 12)), folder)
    hour_ago = time.time() - own_images.RECENT_SECONDS - 60
    for path in (used, unused):
        os.utime(path, (hour_ago, hour_ago))
    assert sweep(folder, {str(used)}) == 1
    assert sorted(folder.iterdir()) == sorted([used, fresh])
    assert sweep(tmp_path / "never-made", set()) == 0


def test_the_service_sweeps_what_no_post_refers_to(desk: Desk) -> None:
    kept = desk.drafts.add_own_image(picture(desk.tmp / "kept.png", (10, 10)))
    dropped = desk.drafts.add_own_image(picture(desk.tmp / "dropped.png", (11, 11)))
    post_id = desk.unsaved()
    desk.drafts.save(desk.write(post_id, "x", (ImageSpec(kept.path, "K"),)), stored=False)
    old = time.time() - own_images.RECENT_SECONDS - 60
    for spec in (kept, dropped):
        os.utime(spec.path, (old, old))
    assert desk.drafts.sweep_images() == 1
    assert Path(kept.path).is_file() and not Path(dropped.path).exists()
