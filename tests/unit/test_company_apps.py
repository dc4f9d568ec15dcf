"""The company's app registrations, as the network branches read them."""

from __future__ import annotations

from advocate_desktop.settings.company_apps import (
    CompanyApp,
    company_app,
    linkedin_api_version,
    x_api_enabled,
)
from advocate_desktop.settings.managed import ManagedConfig


def test_a_configured_app_is_read_with_its_optional_parts() -> None:
    managed = ManagedConfig(
        extra={
            "company_apps": {
                "linkedin": {
                    "client_id": "86abc",
                    "token_exchange_url": "https://sso.example/linkedin",
                },
                "x": {"client_id": "x-id", "client_secret": "s3cret"},
            },
            "linkedin_api_version": "202611",
            "x_api_enabled": True,
        }
    )
    assert company_app(managed, "linkedin") == CompanyApp(
        "86abc", None, "https://sso.example/linkedin", api_version="202611"
    )
    assert company_app(managed, "x") == CompanyApp("x-id", "s3cret", None)
    assert company_app(managed, "threads") is None
    assert linkedin_api_version(managed) == "202611"
    assert x_api_enabled(managed)


def test_nothing_configured_reads_as_none_and_off() -> None:
    managed = ManagedConfig()
    assert company_app(managed, "linkedin") is None
    assert linkedin_api_version(managed) is None
    assert not x_api_enabled(managed)


def test_x_counts_only_while_it_turned_its_paid_api_on() -> None:
    apps = {"x": {"client_id": "x-id"}}
    assert company_app(ManagedConfig(extra={"company_apps": apps}), "x") is None
    off = ManagedConfig(extra={"company_apps": apps, "x_api_enabled": False})
    assert company_app(off, "x") is None
    on = ManagedConfig(extra={"company_apps": apps, "x_api_enabled": True})
    assert company_app(on, "x") == CompanyApp("x-id")


def test_threads_relay_address_is_read_and_must_be_https() -> None:
    from advocate_desktop.settings.it_values import clean_company_apps

    entry = {
        "client_id": "990602627938098",
        "token_exchange_url": "https://advocacy.example.com/threads/token",
        "redirect_url": "https://advocacy.example.com/threads/callback",
    }
    kept, problems = clean_company_apps({"threads": entry})
    assert not problems
    app = company_app(ManagedConfig(extra={"company_apps": kept}), "threads")
    assert app is not None and app.redirect_url == entry["redirect_url"]
    kept, problems = clean_company_apps(
        {"threads": {**entry, "redirect_url": "http://advocacy.example.com/cb"}}
    )
    assert kept == {} and [pointer for pointer, _ in problems] == ["/threads/redirect_url"]
