"""Schema versions.  Append a new script; never edit a released one."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: the walking skeleton
    """
    CREATE TABLE feed_sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        location TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        signer TEXT,
        policy_json TEXT,
        etag TEXT,
        last_modified TEXT,
        last_synced_at TEXT,
        last_error TEXT,
        added_at TEXT NOT NULL
    );
    CREATE TABLE items (
        source_id INTEGER NOT NULL REFERENCES feed_sources(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        campaign TEXT NOT NULL DEFAULT '',
        not_before TEXT,
        expires_at TEXT,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        PRIMARY KEY (source_id, id)
    );
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        network TEXT NOT NULL,
        display_name TEXT NOT NULL,
        config TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        source_id INTEGER,
        item_id TEXT,
        account_id TEXT,
        network TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL,
        due_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        remote_id TEXT,
        remote_url TEXT,
        error TEXT,
        acknowledged TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX posts_state_due ON posts(state, due_at);
    CREATE TABLE post_events (
        id INTEGER PRIMARY KEY,
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: feed subscriptions are synced on a schedule and remember their last attempt
    """
    ALTER TABLE feed_sources ADD COLUMN last_attempt_at TEXT;
    ALTER TABLE feed_sources ADD COLUMN next_attempt_at TEXT;
    ALTER TABLE feed_sources ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE feed_sources ADD COLUMN managed INTEGER NOT NULL DEFAULT 0;
    """,
    # queue-tray: the Queue's order as an index, so a page of 10,000 posts is read
    # without sorting them all, and the filters' values without scanning the table
    """
    CREATE INDEX posts_queue_order ON posts(COALESCE(due_at, updated_at) DESC, id);
    CREATE INDEX posts_account ON posts(account_id);
    CREATE INDEX posts_network ON posts(network);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
