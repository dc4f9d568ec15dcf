"""LinkedIn's pure parts: how answers map to the publishing contract, the daily reset,
the little-text check of the test peer, days left and the once-a-day expiry notice."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests

from advocate_desktop.networks.base import (
    FailureKind,
    OutcomeUnknown,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.connect import ConnectContext, ConnectError
from advocate_desktop.networks.linkedin import endpoints
from advocate_desktop.networks.linkedin.api import error_for_status, next_reset
from advocate_desktop.networks.linkedin.connect import company_app, oauth_client
from advocate_desktop.networks.linkedin.publisher import api_version, image_type
from advocate_desktop.schedule.tokens import days_left, sign_ins_expiring
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.text.linkedin import escape_little_text
from tests.peers.linkedin import unescaped_reserved


def answer(
    status: int, body: object = None, headers: dict[str, str] | None = None
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode() if body is not None else b""
    response.headers.update(headers or {})
    return response


def test_answers_map_to_the_contract() -> None:
    retired = error_for_status(answer(426, {"code": "NONEXISTENT_VERSION"}), "202301")
    assert isinstance(retired, PublishError) and retired.code == "version_retired"
    assert retired.kind is FailureKind.PERMANENT and retired.detail == "202301"
    missing = error_for_status(answer(400, {"code": "VERSION_MISSING"}), "")
    assert isinstance(missing, PublishError) and missing.code == "version_retired"
    assert isinstance(error_for_status(answer(401, {"message": "x"}), "v"), SignInNeeded)
    scope = answer(403, {"message": "Not enough permissions to access: POST /rest/posts"})
    assert isinstance(error_for_status(scope, "v"), SignInNeeded)
    author = error_for_status(answer(403, {"message": "Not allowed for this author"}), "v")
    assert isinstance(author, PublishError) and author.code == "forbidden"
    assert isinstance(error_for_status(answer(422, {"message": "/commentary"}), "v"), Rejected)
    assert isinstance(error_for_status(answer(504), "v", sent_post=True), OutcomeUnknown)
    five = error_for_status(answer(503), "v", sent_post=True)
    assert isinstance(five, PublishError) and five.kind is FailureKind.TRANSIENT
    limited = error_for_status(answer(429), "v")
    assert isinstance(limited, RateLimited) and limited.retry_at is not None
    assert limited.retry_at.time() == datetime.min.time()  # midnight UTC: the daily reset


def test_the_daily_limits_reset_at_the_next_midnight_utc() -> None:
    late = datetime(2026, 11, 30, 23, 59, tzinfo=UTC)
    assert next_reset(late) == datetime(2026, 12, 1, tzinfo=UTC)
    assert next_reset(datetime(2026, 12, 1, tzinfo=UTC)) == datetime(2026, 12, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["", "plain", "a (b) [c] {d} <e> #f *g* _h_ ~i~ @j | k \\ l", "\\", "ąę 🎉 \\\\"]
)
def test_escaped_commentary_has_no_unescaped_reserved_character(text: str) -> None:
    assert unescaped_reserved(escape_little_text(text)) == []


def test_the_peer_finds_what_is_not_escaped() -> None:
    assert unescaped_reserved("a (b)") == ["(", ")"]
    assert unescaped_reserved("a \\(b\\)") == []
    assert unescaped_reserved("trailing \\") == ["\\"]


def test_the_version_is_its_or_the_built_in_one() -> None:
    assert api_version({}) == endpoints.API_VERSION
    assert api_version({"api_version": " "}) == endpoints.API_VERSION
    assert api_version({"api_version": "202609"}) == "202609"


def test_image_kinds_by_their_first_bytes(tmp_path: Path) -> None:
    assert image_type(b"\x89PNG\r\n") == "image/png"
    assert image_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert image_type(b"GIF89a") == "image/gif"
    assert image_type(b"RIFF....WEBP") is None


def test_the_company_app_decides_secret_or_exchange() -> None:
    def context(app: object) -> ConnectContext:
        return ConnectContext(
            credentials=None,  # type: ignore[arg-type]
            now=lambda: datetime.now(UTC),
            stamp=lambda: datetime.now(UTC).isoformat(),
            company_app=lambda _n: app,
        )

    with pytest.raises(ConnectError) as none:
        company_app(context(None))
    assert none.value.code == "no_company_app"
    with pytest.raises(ConnectError):
        company_app(context(SimpleNamespace(client_id=" ")))
    secret = SimpleNamespace(client_id="id", client_secret="s3cr3t-value", token_exchange_url=None)
    client = oauth_client(secret, endpoints.LINKEDIN)
    assert (
        client.client_secret == "s3cr3t-value" and client.token_url == endpoints.LINKEDIN.token_url
    )
    assert client.redirect_port == endpoints.REDIRECT_PORT and client.use_pkce
    assert client.scope == "openid profile w_member_social"
    exchange = SimpleNamespace(
        client_id="id", client_secret="s3cr3t-value", token_exchange_url="https://x.test/t"
    )
    through = oauth_client(exchange, endpoints.LINKEDIN)
    assert through.client_secret is None and through.token_url == "https://x.test/t"


def test_days_left_round_up_and_stop_at_zero() -> None:
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    assert days_left(now + timedelta(days=6, hours=1), now) == 7
    assert days_left(now + timedelta(days=7), now) == 7
    assert days_left(now + timedelta(seconds=1), now) == 1
    assert days_left(now - timedelta(days=2), now) == 0


def test_an_expiring_sign_in_is_told_once_a_day(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.sqlite3")
    accounts = AccountRepository(db)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    soon = accounts.add(
        "linkedin", "Soon", {"token_expires_at": (now + timedelta(days=3)).isoformat()}, now
    )
    accounts.add(
        "linkedin", "Later", {"token_expires_at": (now + timedelta(days=30)).isoformat()}, now
    )
    accounts.add("outbox", "Never", {}, now)
    accounts.add("linkedin", "Broken", {"token_expires_at": "soon"}, now)
    [told] = sign_ins_expiring(accounts, now, date(2026, 11, 30))
    assert told.account_id == soon.id and told.days_left == 3
    assert sign_ins_expiring(accounts, now + timedelta(hours=5), date(2026, 11, 30)) == []
    [again] = sign_ins_expiring(accounts, now + timedelta(days=1), date(2026, 12, 1))
    assert again.days_left == 2
    db.close()
