"""The Queue's reads (filtered pages, counts, positions, the next post) and its actions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.schedule.actions import QueueAction, available_actions
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.notices import (
    SIGN_IN_NEEDED,
    Fix,
    NoticeKind,
    notice_for,
    sign_in_needed,
    summarize,
)
from advocate_desktop.schedule.service import PastTime, PostService
from advocate_desktop.schedule.states import TRANSITIONS, IllegalTransition, PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, QueueFilter
from advocate_desktop.store.timestamps import to_db


class Queue:
    def __init__(self, tmp_path: Path, clock: FakeClock) -> None:
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        accounts = AccountRepository(self.db)
        self.first = accounts.add("outbox", "First", {"folder": "/a"}, clock.now())
        self.second = accounts.add("outbox", "Second", {"folder": "/b"}, clock.now())
        self.clock = clock
        self.service = PostService(self.posts, clock)

    def scheduled(self, minutes: int, account: str, network: str = "x", text: str = "t") -> str:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network=network,
            language="en",
            suggested_text=text,
            account_id=account,
        )
        self.service.schedule(
            draft.id,
            text=text,
            account_id=account,
            network=network,
            due_at=self.clock.now() + timedelta(minutes=minutes),
        )
        return draft.id


@pytest.fixture
def queue(tmp_path: Path, clock: FakeClock) -> Queue:
    return Queue(tmp_path, clock)


def test_pages_follow_the_queue_order_and_filters(queue: Queue) -> None:
    ids = [
        queue.scheduled(minutes, queue.first.id if minutes % 2 else queue.second.id)
        for minutes in range(1, 11)
    ]
    queue.service.cancel(ids[0])
    everything = QueueFilter()
    assert queue.posts.queue_count(everything) == 10
    newest_first = list(reversed(ids))
    assert [line.id for line in queue.posts.queue_page(everything, 0, 4)] == newest_first[:4]
    assert [line.id for line in queue.posts.queue_page(everything, 8, 4)] == newest_first[8:]
    assert queue.posts.queue_page(everything, 20, 4) == []

    first = QueueFilter(account_id=queue.first.id)
    assert queue.posts.queue_count(first) == 5
    assert {line.account_id for line in queue.posts.queue_page(first, 0, 100)} == {queue.first.id}
    cancelled = QueueFilter(state=PostState.CANCELLED)
    assert [line.id for line in queue.posts.queue_page(cancelled, 0, 10)] == [ids[0]]
    both = QueueFilter(state=PostState.SCHEDULED, account_id=queue.first.id)
    assert queue.posts.queue_count(both) == 4
    assert queue.posts.queue_count(QueueFilter(network="linkedin")) == 0
    with pytest.raises(ValueError, match="negative"):
        queue.posts.queue_page(everything, -1, 4)


def test_the_page_carries_only_the_start_of_a_long_text(queue: Queue) -> None:
    queue.scheduled(5, queue.first.id, text="ż" * 5000)
    (line,) = queue.posts.queue_page(QueueFilter(), 0, 1)
    assert line.snippet == "ż" * 200


def test_a_filter_value_is_a_parameter_never_sql(queue: Queue) -> None:
    queue.scheduled(5, queue.first.id)
    hostile = QueueFilter(network="x' OR '1'='1")
    assert queue.posts.queue_count(hostile) == 0
    assert queue.posts.queue_page(hostile, 0, 10) == []


def test_the_position_of_a_post_matches_its_page_row(queue: Queue) -> None:
    ids = [queue.scheduled(m % 3, queue.first.id) for m in range(9)]  # equal times tie on id
    for where in (QueueFilter(), QueueFilter(account_id=queue.first.id)):
        order = [line.id for line in queue.posts.queue_page(where, 0, 100)]
        for post_id in ids:
            assert queue.posts.queue_position(where, post_id) == order.index(post_id)
    assert queue.posts.queue_position(QueueFilter(account_id=queue.second.id), ids[0]) is None
    assert queue.posts.queue_position(QueueFilter(), "no-such-post") is None


def test_facets_count_states_and_list_accounts_and_networks(queue: Queue) -> None:
    a = queue.scheduled(5, queue.first.id, network="x")
    queue.scheduled(6, queue.second.id, network="linkedin")
    queue.service.cancel(a)
    facets = queue.posts.queue_facets()
    assert facets.states == {"cancelled": 1, "scheduled": 1}
    assert set(facets.account_ids) == {queue.first.id, queue.second.id}
    assert facets.networks == ("linkedin", "x")


def test_the_next_post_out_counts_those_a_server_holds(queue: Queue) -> None:
    later = queue.scheduled(60, queue.first.id)
    held = queue.scheduled(30, queue.first.id)
    queue.posts.transition(held, ["scheduled"], "held_by_server", queue.clock.now())
    assert queue.posts.next_waiting().id == later  # type: ignore[union-attr]
    assert queue.posts.next_out().id == held  # type: ignore[union-attr]
    queue.posts.transition(held, ["held_by_server"], "published", queue.clock.now())
    assert queue.posts.next_out().id == later  # type: ignore[union-attr]


def test_the_next_waiting_post_is_the_earliest_of_scheduled_and_retries(queue: Queue) -> None:
    assert queue.posts.next_waiting() is None
    later = queue.scheduled(60, queue.first.id)
    sooner = queue.scheduled(30, queue.first.id)
    assert queue.posts.next_waiting().id == sooner  # type: ignore[union-attr]
    queue.posts.transition(sooner, ["scheduled"], "publishing", queue.clock.now())
    retry_at = to_db(queue.clock.now() + timedelta(minutes=75))
    queue.posts.transition(
        sooner, ["publishing"], "retry_wait", queue.clock.now(), next_attempt_at=retry_at
    )
    assert queue.posts.next_waiting().id == later  # type: ignore[union-attr]
    retry_at = to_db(queue.clock.now() + timedelta(minutes=15))
    queue.posts.transition(
        sooner, ["retry_wait"], "retry_wait", queue.clock.now(), next_attempt_at=retry_at
    )
    assert queue.posts.next_waiting().id == sooner  # type: ignore[union-attr]


def test_history_lists_every_move_with_its_reason(queue: Queue) -> None:
    post_id = queue.scheduled(30, queue.first.id)
    queue.clock.advance(timedelta(minutes=1))
    queue.service.reschedule(post_id, queue.clock.now() + timedelta(hours=2))
    queue.service.cancel(post_id)
    events = queue.posts.events(post_id)
    assert [(e.from_state, e.to_state, e.detail) for e in events] == [
        (None, "draft", ""),
        ("draft", "scheduled", "scheduled by the employee"),
        ("scheduled", "scheduled", "rescheduled by the employee"),
        ("scheduled", "cancelled", "cancelled by the employee"),
    ]
    assert events[2].at == to_db(queue.clock.now())


# -- actions -------------------------------------------------------------------------


def test_actions_follow_the_state_machine() -> None:
    A = QueueAction
    expected = {
        PostState.DRAFT: {A.EDIT, A.SHARE, A.DELETE},  # a draft is deleted with an undo
        PostState.SCHEDULED: {A.EDIT, A.PUBLISH_NOW, A.RESCHEDULE, A.CANCEL},
        PostState.PUBLISHING: set(),
        PostState.RETRY_WAIT: {A.CANCEL},
        PostState.PUBLISHED: set(),
        PostState.NEEDS_ATTENTION: {A.PUBLISH_NOW, A.RESCHEDULE, A.CANCEL, A.EDIT, A.SHARE},
        PostState.MISSED: {A.PUBLISH_NOW, A.RESCHEDULE, A.CANCEL, A.EDIT, A.SHARE},
        PostState.CANCELLED: set(),
        # posted by the employee on a share page: nothing more to do with it
        PostState.HANDED_OFF: set(),
        # the app talks to the server that holds the post: wait for its answer
        PostState.HANDING_OVER: set(),
        PostState.UPDATING_SERVER: set(),
        # changed on the server first (schedule/handoff.py)
        PostState.HELD_BY_SERVER: {A.PUBLISH_NOW, A.RESCHEDULE, A.CANCEL, A.EDIT},
    }
    assert set(expected) == set(TRANSITIONS)
    for state, actions in expected.items():
        assert available_actions(state) == actions, state
    assert available_actions(PostState.PUBLISHED, "file:///x.json") == {A.OPEN}
    assert available_actions("a-state-from-a-newer-version") == set()


def test_publish_now_and_reschedule_are_refused_where_the_machine_forbids(queue: Queue) -> None:
    post_id = queue.scheduled(30, queue.first.id)
    with pytest.raises(PastTime):
        queue.service.reschedule(post_id, queue.clock.now() - timedelta(minutes=1))
    queue.service.publish_now(post_id)
    post = queue.posts.get(post_id)
    assert post is not None and post.due_at == to_db(queue.clock.now())
    queue.service.cancel(post_id)
    with pytest.raises(IllegalTransition):
        queue.service.publish_now(post_id)
    with pytest.raises(IllegalTransition):
        queue.service.reschedule(post_id, queue.clock.now() + timedelta(hours=1))


def test_rescheduling_a_missed_post_confirms_it_at_the_new_time(queue: Queue) -> None:
    post_id = queue.scheduled(5, queue.first.id)
    queue.posts.transition(post_id, ["scheduled"], "missed", queue.clock.now(), "overdue")
    later = queue.clock.now() + timedelta(hours=3)
    queue.service.reschedule(post_id, later)
    post = queue.posts.get(post_id)
    assert post is not None and post.state == "scheduled" and post.due_at == to_db(later)
    assert queue.posts.events(post_id)[-1].detail == "confirmed by the employee"


# -- notices -------------------------------------------------------------------------


def test_each_outcome_gets_the_notice_and_fix_it_deserves() -> None:
    published = notice_for("p", PostState.PUBLISHED, url="https://x.test/1")
    assert published is not None
    assert (published.kind, published.fix, published.url) == (
        NoticeKind.PUBLISHED,
        Fix.OPEN_POST,
        "https://x.test/1",
    )
    missed = notice_for("p", PostState.MISSED)
    assert missed is not None and missed.fix is Fix.REVIEW_IN_QUEUE
    broken = notice_for("p", PostState.NEEDS_ATTENTION, PostProblem("outbox_unwritable", "/x"))
    assert broken is not None and (broken.kind, broken.fix) == (
        NoticeKind.FAILED,
        Fix.ACCOUNT_SETTINGS,
    )
    unknown = notice_for("p", PostState.NEEDS_ATTENTION, PostProblem("unknown_outcome"))
    assert unknown is not None and unknown.fix is Fix.REVIEW_IN_QUEUE
    sign_in = notice_for(
        "p", PostState.NEEDS_ATTENTION, PostProblem(SIGN_IN_NEEDED, "401"), account_id="a"
    )
    assert sign_in == sign_in_needed("a", "p", "401")
    assert sign_in is not None and sign_in.fix is Fix.SIGN_IN
    assert notice_for("p", PostState.RETRY_WAIT, PostProblem("network_down")) is None


def test_many_notices_become_one_per_kind() -> None:
    missed = [notice_for(f"p{n}", PostState.MISSED, account_id="a") for n in range(50)]
    published = notice_for("q", PostState.PUBLISHED, url="u")
    notices = [n for n in [*missed, published] if n is not None]
    summary = summarize(notices)
    assert [(n.kind, n.count) for n in summary] == [
        (NoticeKind.MISSED, 50),
        (NoticeKind.PUBLISHED, 1),
    ]
    assert summary[0].account_id == "a"
    few = notices[:2]
    assert summarize(few) == few


def test_due_by_reads_only_what_is_due_in_due_order(queue: Queue) -> None:
    later = queue.scheduled(60, queue.first.id)
    soon = queue.scheduled(10, queue.first.id)
    exactly = queue.scheduled(30, queue.first.id)
    retry = queue.scheduled(5, queue.first.id)
    queue.posts.transition(retry, ["scheduled"], "publishing", queue.clock.now())
    queue.posts.transition(
        retry,
        ["publishing"],
        "retry_wait",
        queue.clock.now(),
        next_attempt_at=to_db(queue.clock.now() + timedelta(minutes=20)),
    )
    moment = queue.clock.now() + timedelta(minutes=30)
    assert [p.id for p in queue.posts.due(moment)] == [soon, retry, exactly]
    assert [p.id for p in queue.posts.due(queue.clock.now() + timedelta(minutes=15))] == [soon]
    assert later not in [p.id for p in queue.posts.due(moment)]
    assert queue.posts.due(queue.clock.now()) == []
