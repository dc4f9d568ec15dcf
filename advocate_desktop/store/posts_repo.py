"""Posts and their state history.

The repository persists; ``schedule.states`` decides which moves are legal.  A
move is a conditional UPDATE (``WHERE state IN …``) plus an event row in one
transaction, so two runners can never both claim the same post.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from advocate_desktop.store.connection import Database
from advocate_desktop.store.rows import from_row
from advocate_desktop.store.timestamps import to_db

_MUTABLE_ON_TRANSITION = frozenset(
    {
        "due_at",
        "attempts",
        "next_attempt_at",
        "remote_id",
        "remote_url",
        "error",
        "acknowledged",
        "text",
        "account_id",
        "network",
        "zone",
        "token_warned_at",
        "server_hold_id",
        "server_change",
    }
)


@dataclass(frozen=True)
class PostRow:
    id: str
    source_id: int | None
    item_id: str | None
    account_id: str | None
    network: str
    language: str
    text: str
    state: str
    due_at: str | None
    attempts: int
    next_attempt_at: str | None
    remote_id: str | None
    remote_url: str | None
    error: str | None
    acknowledged: tuple[str, ...]
    created_at: str
    updated_at: str
    zone: str | None = None  # the IANA zone the employee planned in; None: the computer's
    token_warned_at: str | None = None
    server_hold_id: str | None = None  # the copy a server holds to publish at due_at
    server_change: str | None = None  # in updating_server: the state the employee chose


@dataclass(frozen=True)
class PostEvent:
    post_id: str
    at: str
    from_state: str | None
    to_state: str
    detail: str


def _waits_until(post: PostRow) -> str:
    if post.state == "retry_wait" and post.next_attempt_at:
        return post.next_attempt_at
    return post.due_at or ""


def _post(row: sqlite3.Row) -> PostRow:
    return from_row(PostRow, row, acknowledged=tuple(json.loads(row["acknowledged"])))


def _due(post: PostRow) -> str:
    """When the runner wants a post: a retry's next attempt, else its due time."""
    if post.state == "retry_wait" and post.next_attempt_at:
        return post.next_attempt_at
    return post.due_at or ""


# -- the Queue's reads -------------------------------------------------------
# The Queue shows 10,000 posts without loading them all: it counts the rows a
# filter lets through, then asks for pages of light rows as the view scrolls.

SORT_KEY = "COALESCE(due_at, updated_at)"
QUEUE_ORDER = f"{SORT_KEY} DESC, id"
SNIPPET_CHARS = 200


@dataclass(frozen=True)
class QueueFilter:
    """What the Queue shows; ``None`` lets everything through on that axis."""

    state: str | None = None
    account_id: str | None = None
    network: str | None = None

    def where(
        self, extra: tuple[str, ...] = (), extra_parameters: list[Any] | None = None
    ) -> tuple[str, list[Any]]:
        """A WHERE clause (or nothing) and its parameters; ``extra`` conditions come last."""
        clauses: list[str] = []
        parameters: list[Any] = []
        for column, value in (
            ("state", self.state),
            ("account_id", self.account_id),
            ("network", self.network),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                parameters.append(value)
        clauses.extend(extra)
        parameters.extend(extra_parameters or [])
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), parameters


@dataclass(frozen=True)
class QueueLine:
    """One row of the Queue: enough to draw it, with the start of the text only."""

    id: str
    state: str
    due_at: str | None
    updated_at: str
    account_id: str | None
    network: str
    snippet: str
    remote_url: str | None
    error: str | None
    zone: str | None = None  # the IANA zone it was planned in

    @property
    def when(self) -> str:
        return self.due_at or self.updated_at


@dataclass(frozen=True)
class QueueFacets:
    """The values the Queue's filters offer, with how many posts each state holds."""

    states: dict[str, int]
    account_ids: tuple[str, ...]
    networks: tuple[str, ...]


class PostRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def database(self) -> Database:
        return self._db

    def create(
        self,
        *,
        state: str,
        source_id: int | None,
        item_id: str | None,
        account_id: str | None,
        network: str,
        language: str,
        text: str,
        now: datetime,
    ) -> PostRow:
        post_id = str(uuid.uuid4())
        stamp = to_db(now)
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO posts (id, source_id, item_id, account_id, network, language, text,"
                " state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    post_id,
                    source_id,
                    item_id,
                    account_id,
                    network,
                    language,
                    text,
                    state,
                    stamp,
                    stamp,
                ),
            )
            tx.execute(
                "INSERT INTO post_events (post_id, at, from_state, to_state)"
                " VALUES (?, ?, NULL, ?)",
                (post_id, stamp, state),
            )
        found = self.get(post_id)
        assert found is not None
        return found

    def update_fields_in_state(
        self, post_id: str, state: str, now: datetime, **fields: Any
    ) -> bool:
        """Change fields of a post only while it is still in ``state`` (e.g. a draft's text)."""
        return self._update(post_id, (state,), None, now, "", fields)

    def transition(
        self,
        post_id: str,
        from_states: Iterable[str],
        to_state: str,
        now: datetime,
        detail: str = "",
        **fields: Any,
    ) -> bool:
        """Move a post if it is in one of ``from_states``; True when this call moved it."""
        return self._update(post_id, tuple(from_states), to_state, now, detail, fields)

    def _update(
        self,
        post_id: str,
        from_states: tuple[str, ...],
        to_state: str | None,
        now: datetime,
        detail: str,
        fields: dict[str, Any],
    ) -> bool:
        unknown = set(fields) - _MUTABLE_ON_TRANSITION
        if unknown:
            raise ValueError(f"not a mutable post field: {sorted(unknown)}")
        values = {
            key: json.dumps(list(value)) if key == "acknowledged" else value
            for key, value in fields.items()
        }
        stamp = to_db(now)
        assignments = ["updated_at = ?"] + [f"{key} = ?" for key in values]
        parameters: list[Any] = [stamp, *values.values()]
        if to_state is not None:
            assignments.append("state = ?")
            parameters.append(to_state)
        marks = ", ".join("?" for _ in from_states)
        with self._db.transaction() as tx:
            previous = tx.execute("SELECT state FROM posts WHERE id = ?", (post_id,)).fetchone()
            cursor = tx.execute(
                f"UPDATE posts SET {', '.join(assignments)} WHERE id = ? AND state IN ({marks})",
                [*parameters, post_id, *from_states],
            )
            moved = cursor.rowcount == 1
            if moved and to_state is not None:
                tx.execute(
                    "INSERT INTO post_events (post_id, at, from_state, to_state, detail)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (post_id, stamp, previous["state"], to_state, detail),
                )
        return moved

    def get(self, post_id: str) -> PostRow | None:
        row = (
            self._db.connection().execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        )
        return None if row is None else _post(row)

    def all(self) -> list[PostRow]:
        rows = self._db.connection().execute(
            "SELECT * FROM posts ORDER BY COALESCE(due_at, updated_at) DESC, id"
        )
        return [_post(r) for r in rows]

    def in_states(self, states: Iterable[str]) -> list[PostRow]:
        wanted = tuple(states)
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.connection().execute(
            f"SELECT * FROM posts WHERE state IN ({marks}) ORDER BY due_at, id", wanted
        )
        return [_post(r) for r in rows]

    def due(self, now: datetime) -> list[PostRow]:
        """Scheduled posts whose time has come and retries whose wait is over, oldest first."""
        stamp = to_db(now)
        rows = self._db.connection().execute(
            "SELECT * FROM posts WHERE state = 'scheduled' AND due_at <= ?"
            " UNION ALL SELECT * FROM posts WHERE state = 'retry_wait'"
            " AND COALESCE(next_attempt_at, due_at) <= ?",
            (stamp, stamp),
        )
        # In the order they fell due: a retry by its next attempt, not its first time.
        return sorted((_post(r) for r in rows), key=lambda p: (_due(p), p.id))

    def next_waiting(self) -> PostRow | None:
        """The scheduled post or retry that comes first; two index lookups, not a scan."""
        connection = self._db.connection()
        scheduled = connection.execute(
            "SELECT * FROM posts WHERE state = 'scheduled' AND due_at IS NOT NULL"
            " ORDER BY due_at, id LIMIT 1"
        ).fetchone()
        retry = connection.execute(
            "SELECT * FROM posts WHERE state = 'retry_wait' AND next_attempt_at IS NOT NULL"
            " ORDER BY next_attempt_at, id LIMIT 1"
        ).fetchone()
        candidates = [_post(r) for r in (scheduled, retry) if r is not None]
        return min(candidates, key=_waits_until, default=None)

    def scheduled_of_accounts(self, account_ids: Iterable[str], after: datetime) -> list[PostRow]:
        """Scheduled posts of these accounts due after ``after``, soonest first."""
        wanted = tuple(account_ids)
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.connection().execute(
            f"SELECT * FROM posts WHERE account_id IN ({marks}) AND state = 'scheduled'"
            " AND due_at > ? ORDER BY due_at, id",
            (*wanted, to_db(after)),
        )
        return [_post(r) for r in rows]

    def next_out(self) -> PostRow | None:
        """The post that goes out next, from the app or from a server that holds it (for
        the tray); one more index lookup than :meth:`next_waiting`."""
        waiting = self.next_waiting()
        row = (
            self._db.connection()
            .execute(
                "SELECT * FROM posts WHERE state IN"
                " ('handing_over', 'held_by_server', 'updating_server')"
                " AND due_at IS NOT NULL ORDER BY due_at, id LIMIT 1"
            )
            .fetchone()
        )
        candidates = [p for p in (waiting, None if row is None else _post(row)) if p is not None]
        return min(candidates, key=_waits_until, default=None)

    def planned_between(
        self, start: datetime, end: datetime, states: Iterable[str]
    ) -> list[PostRow]:
        """Posts in ``states`` whose planned time falls in [start, end)."""
        wanted = tuple(states)
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.connection().execute(
            f"SELECT * FROM posts WHERE state IN ({marks}) AND due_at >= ? AND due_at < ?"
            " ORDER BY due_at, id",
            (*wanted, to_db(start), to_db(end)),
        )
        return [_post(r) for r in rows]

    def draft_for_item(self, source_id: int, item_id: str) -> PostRow | None:
        row = (
            self._db.connection()
            .execute(
                "SELECT * FROM posts WHERE source_id = ? AND item_id = ? AND state = 'draft'"
                " ORDER BY updated_at DESC LIMIT 1",
                (source_id, item_id),
            )
            .fetchone()
        )
        return None if row is None else _post(row)

    def latest_draft(self) -> PostRow | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM posts WHERE state = 'draft' ORDER BY updated_at DESC LIMIT 1")
            .fetchone()
        )
        return None if row is None else _post(row)

    def events(self, post_id: str) -> list[PostEvent]:
        rows = self._db.connection().execute(
            "SELECT * FROM post_events WHERE post_id = ? ORDER BY id", (post_id,)
        )
        return [
            PostEvent(r["post_id"], r["at"], r["from_state"], r["to_state"], r["detail"])
            for r in rows
        ]

    def delete(self, post_id: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM posts WHERE id = ?", (post_id,))

    # -- the Queue's reads --------------------------------------------------
    def queue_count(self, where: QueueFilter) -> int:
        clause, parameters = where.where()
        row = (
            self._db.connection()
            .execute(f"SELECT COUNT(*) FROM posts{clause}", parameters)
            .fetchone()
        )
        return int(row[0])

    def queue_page(self, where: QueueFilter, offset: int, limit: int) -> list[QueueLine]:
        """Rows ``offset`` to ``offset + limit`` of the filtered Queue, newest time first."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        clause, parameters = where.where()
        rows = self._db.connection().execute(
            "SELECT id, state, due_at, updated_at, account_id, network,"
            f" substr(text, 1, {SNIPPET_CHARS}) AS snippet, remote_url, error, zone"
            f" FROM posts{clause} ORDER BY {QUEUE_ORDER} LIMIT ? OFFSET ?",
            [*parameters, limit, offset],
        )
        return [from_row(QueueLine, r) for r in rows]

    def queue_position(self, where: QueueFilter, post_id: str) -> int | None:
        """The row a post has in the filtered Queue, or None when the filter hides it."""
        connection = self._db.connection()
        clause, parameters = where.where(("id = ?",), [post_id])
        post = connection.execute(
            f"SELECT {SORT_KEY} AS sort FROM posts{clause}", parameters
        ).fetchone()
        if post is None:
            return None
        sort = post["sort"]
        clause, parameters = where.where(
            (f"({SORT_KEY} > ? OR ({SORT_KEY} = ? AND id < ?))",),
            [sort, sort, post_id],
        )
        before = connection.execute(f"SELECT COUNT(*) FROM posts{clause}", parameters).fetchone()
        return int(before[0])

    def queue_facets(self) -> QueueFacets:
        connection = self._db.connection()
        states = {
            r[0]: int(r[1])
            for r in connection.execute("SELECT state, COUNT(*) FROM posts GROUP BY state")
        }
        accounts = tuple(
            r[0]
            for r in connection.execute(
                "SELECT DISTINCT account_id FROM posts WHERE account_id IS NOT NULL ORDER BY 1"
            )
        )
        networks = tuple(
            r[0] for r in connection.execute("SELECT DISTINCT network FROM posts ORDER BY 1")
        )
        return QueueFacets(states, accounts, networks)
