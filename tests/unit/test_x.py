"""X's parts without a server: error classes, the runner's contract, the company app gate."""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests

from advocate_desktop.accounts import AccountManager
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks import registry
from advocate_desktop.networks.base import (
    AccountConfigError,
    FailureKind,
    NotSent,
    OutcomeUnknown,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
    capabilities_of,
)
from advocate_desktop.networks.connect import ConnectError, SignInRequest
from advocate_desktop.networks.x.contract import XAccountPublisher, for_runner
from advocate_desktop.networks.x.errors import XError, error_for_status, retry_at, x_message
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
X_DIR = Path(__file__).resolve().parents[2] / "advocate_desktop" / "networks" / "x"


def answer(status: int, body: object, headers: dict[str, str] | None = None) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    response.headers.update({"Content-Type": "application/json", **(headers or {})})
    return response


def test_every_code_the_x_modules_raise_has_a_message() -> None:
    raised: set[str] = set()
    for path in X_DIR.glob("*.py"):
        raised |= set(re.findall(r'XError\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    raised |= {"duplicate", "payment_required", "image_unreadable", "image_too_large"}
    assert len(raised) > 12
    assert raised <= set(registry.spec_for("x").error_messages)
    with pytest.raises(ValueError, match="unknown X error code"):
        XError("made_up")


def test_the_spec() -> None:
    spec = registry.spec_for("x")
    assert spec.label == "X" and spec.text_rules == "x" and spec.auth.value == "oauth_app"
    assert spec.capabilities.max_images == 4 and spec.capabilities.alt_text
    assert not spec.capabilities.server_scheduling and not spec.capabilities.idempotency_key
    assert registry.secret_keys("x", {}, "x1") == [
        "x1",
        "x1/access_token",
        "x1/refresh_token",
        "x1/access_expires_at",
    ]


def test_publisher_for_x() -> None:
    config = {
        "user_id": "1800",
        "handle": "alicja_k",
        "client_id": "cid",
        "token_url": "https://api.x.com/2/oauth2/token",
    }
    publisher = registry.publisher_for("x", config, "acct-x")
    assert isinstance(publisher, XAccountPublisher)
    assert publisher.profile_url() == "https://x.com/alicja_k"
    assert capabilities_of(publisher) == registry.spec_for("x").capabilities
    with pytest.raises(AccountConfigError, match="its id"):
        registry.publisher_for("x", config, "")
    with pytest.raises(AccountConfigError, match="client_id"):
        registry.publisher_for("x", {**config, "client_id": ""}, "a")


@pytest.mark.parametrize(
    ("status", "body", "sent_post", "code"),
    [
        (401, {"title": "Unauthorized", "detail": "Unauthorized"}, False, "sign_in_again"),
        (402, {"title": "Payment Required", "detail": "CreditsDepleted"}, True, "payment_required"),
        (
            403,
            {"detail": "You are not allowed to create a Tweet with duplicate content."},
            True,
            "duplicate",
        ),
        (403, {"detail": "You are not permitted to perform this action."}, True, "rejected"),
        (400, {"errors": [{"message": "Your Tweet text is too long."}]}, True, "rejected"),
        (413, {"detail": "too large"}, False, "image_too_large"),
        (503, {"detail": "Service Unavailable"}, False, "server_unavailable"),
        (503, {"detail": "Service Unavailable"}, True, "unknown_outcome"),
        (500, {}, True, "unknown_outcome"),
    ],
)
def test_answers_are_classed(status: int, body: object, sent_post: bool, code: str) -> None:
    assert error_for_status(answer(status, body), sent_post=sent_post).code == code


def test_x_s_own_words_are_kept() -> None:
    assert x_message(answer(400, {"errors": [{"message": "Too long."}], "detail": "One"})) == (
        "Too long."
    )
    assert x_message(answer(403, {"detail": "No."})) == "No."
    assert x_message(answer(400, {"error_description": "Value was invalid."})) == (
        "Value was invalid."
    )
    html = requests.Response()
    html.status_code, html._content, html.reason = 502, b"<html>", "Bad Gateway"
    assert x_message(html) == "HTTP 502 Bad Gateway"


def test_a_429_comes_back_at_x_rate_limit_reset_or_the_daily_cap() -> None:
    reset = int((NOW + timedelta(minutes=15)).timestamp())
    daily = int((NOW + timedelta(hours=20)).timestamp())
    assert retry_at({"x-rate-limit-reset": str(reset)}, NOW) == NOW + timedelta(minutes=15)
    headers = {
        "x-rate-limit-reset": str(reset),
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": str(daily),
    }
    assert retry_at(headers, NOW) == NOW + timedelta(hours=20)
    limited = error_for_status(answer(429, {}, {"x-rate-limit-reset": str(reset)}), now=NOW)
    assert limited.code == "rate_limited" and limited.retry_at == NOW + timedelta(minutes=15)
    assert limited.kind is FailureKind.TRANSIENT


def test_the_runner_gets_the_contract_s_classes() -> None:
    when = NOW + timedelta(minutes=5)
    limited = for_runner(XError("rate_limited", "x", retry_at=when))
    assert isinstance(limited, RateLimited) and limited.retry_at == when
    assert isinstance(for_runner(XError("sign_in_again")), SignInNeeded)
    assert isinstance(for_runner(XError("keyring")), SignInNeeded)
    duplicate = for_runner(XError("duplicate", "X's words"))
    assert isinstance(duplicate, Rejected) and duplicate.code == "duplicate"
    assert duplicate.detail == "X's words"
    assert isinstance(for_runner(XError("text_too_long", "281/280")), Rejected)
    assert isinstance(for_runner(XError("unknown_outcome")), OutcomeUnknown)
    assert isinstance(for_runner(XError("server_unavailable")), NotSent)
    paid = for_runner(XError("payment_required"))
    assert isinstance(paid, PublishError) and paid.kind is FailureKind.PERMANENT


def _manager(tmp_path: Path, clock: FakeClock, company_app: object = None) -> AccountManager:
    db = Database(tmp_path / "a.sqlite3")
    extra = {"company_app": company_app} if company_app is not None else {}
    return AccountManager(
        AccountRepository(db), AccountHoldRepository(db), clock, CredentialStore(), **extra
    )


@pytest.mark.parametrize(
    "company_app",
    [
        None,  # IT did not turn X's API on (x_api_enabled false): no app for X
        lambda network: SimpleNamespace(client_id="cid") if network == "linkedin" else None,
        lambda network: SimpleNamespace(client_id="  ", token_exchange_url=None),
    ],
    ids=["none", "another-network-only", "blank-client-id"],
)
def test_without_a_company_app_x_cannot_be_added(
    tmp_path: Path, clock: FakeClock, company_app: object
) -> None:
    manager = _manager(tmp_path, clock, company_app)
    opened: list[str] = []
    with pytest.raises(ConnectError) as refused:
        manager.add("x", SignInRequest(open_browser=opened.append, cancel=threading.Event()))
    assert refused.value.code == "no_company_app"
    assert opened == [] and manager.accounts.all() == []
    message = registry.error_message("no_company_app", "x") or ""
    assert "share page" in message and "charges" in message
