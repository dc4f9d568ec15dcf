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
    # trust: the highest release seen per signer and pack (refuses rollbacks), which key
    # signed a source and until when, the items a sync left out, and whether signed-only
    # mode has been on (so that removing the last key does not turn it off); items stored
    # before the field caps that are far beyond them (a 50 MB summary) are removed, as they
    # made the window take half a minute to open
    """
    CREATE TABLE pack_versions (
        key_id TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        location TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (key_id, pack_id)
    );
    CREATE TABLE trust_flags (
        name TEXT PRIMARY KEY,
        set_at TEXT NOT NULL
    );
    ALTER TABLE feed_sources ADD COLUMN signer_key_id TEXT;
    ALTER TABLE feed_sources ADD COLUMN pack_id TEXT;
    ALTER TABLE feed_sources ADD COLUMN pack_version INTEGER;
    ALTER TABLE feed_sources ADD COLUMN signature_expires_at TEXT;
    ALTER TABLE feed_sources ADD COLUMN refused TEXT NOT NULL DEFAULT '';
    UPDATE feed_sources SET refused = 'an item too large to keep was removed'
        WHERE id IN (SELECT source_id FROM items WHERE length(data) > 1000000);
    DELETE FROM items WHERE length(data) > 1000000;
    """,
    # sched-time: the zone a post was planned in, the day-before token warning, an
    # index for the retry queue, and per-account holds (back-off, rate limit, sign-in)
    """
    ALTER TABLE posts ADD COLUMN zone TEXT;
    ALTER TABLE posts ADD COLUMN token_warned_at TEXT;
    CREATE INDEX posts_state_next_attempt ON posts(state, next_attempt_at);
    CREATE TABLE account_holds (
        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        not_before TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        paused TEXT,
        detail TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    """,
    # queue-tray: the Queue's order as an index, so a page of 10,000 posts is read
    # without sorting them all, and the filters' values without scanning the table
    """
    CREATE INDEX posts_queue_order ON posts(COALESCE(due_at, updated_at) DESC, id);
    CREATE INDEX posts_account ON posts(account_id);
    CREATE INDEX posts_network ON posts(network);
    """,
    # media: a post's images (file, alt text, in order), the server's id of each image
    # once uploaded to an account (so a retry after an interruption does not upload it
    # again), the item's link for a link card, and when the item's media were attached
    # (NULL: a post made before this version, whose draft gets them when next opened)
    """
    CREATE TABLE post_images (
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        path TEXT NOT NULL,
        alt_text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (post_id, position)
    );
    CREATE TABLE post_image_uploads (
        post_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        account_id TEXT NOT NULL,
        media_id TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        PRIMARY KEY (post_id, position, account_id),
        FOREIGN KEY (post_id, position) REFERENCES post_images(post_id, position)
            ON DELETE CASCADE
    );
    CREATE TABLE post_links (
        post_id TEXT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        thumbnail TEXT
    );
    ALTER TABLE posts ADD COLUMN media_attached_at TEXT;
    """,
    # handoff: the id of the copy a Mastodon server holds for a post it publishes itself,
    # and the employee's change (cancel, edit, new time) waiting for that copy to follow
    """
    ALTER TABLE posts ADD COLUMN server_hold_id TEXT;
    ALTER TABLE posts ADD COLUMN server_change TEXT;
    """,
    # threads: the public https address a post's image came from (a feed item's own
    # picture), which Threads fetches itself; NULL for the employee's own files
    """
    ALTER TABLE post_images ADD COLUMN source_url TEXT;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
