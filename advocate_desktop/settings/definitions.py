"""Every setting in one table: the employee's, the ones IT presets or locks, and IT's own.

From this table come the Settings dialog's controls, the check of every managed
configuration source, the JSON Schema, the Windows policy templates, the example
macOS profile and the table in docs/deployment.md
(``python -m scripts.generate_settings_artifacts`` writes them).
"""

from __future__ import annotations

from typing import Any

from advocate_desktop.schedule.pacing import QuietHours
from advocate_desktop.schedule.zones import is_zone
from advocate_desktop.settings.allowed_networks import KNOWN_NETWORKS, clean_allowed_networks
from advocate_desktop.settings.disclosure_texts import LANGUAGES as DISCLOSURE_LANGUAGES
from advocate_desktop.settings.disclosure_texts import clean_disclosure_texts
from advocate_desktop.settings.it_values import (
    COMPANY_APP_NETWORKS,
    check_api_version,
    check_folder,
    clean_company_apps,
    clean_feeds,
    clean_trusted_keys,
)
from advocate_desktop.settings.proxy import clean_bypass, proxy_address
from advocate_desktop.settings.setting import (
    QT_TRANSLATE_NOOP,
    Audience,
    Page,
    SettingDefinition,
    Widget,
)
from advocate_desktop.text.referral import check_referral_setting

__all__ = ["IT_SETTINGS", "SETTINGS", "TABLE", "SettingDefinition"]


def _zone_or_system(value: str) -> None:
    if value != "system" and not is_zone(value):
        raise ValueError(f"not a time zone name: {value!r}; use e.g. Europe/Warsaw")


def _quiet_hours_or_none(value: str) -> None:
    if value.strip():
        QuietHours.parse(value)


MINUTES = QT_TRANSLATE_NOOP("SettingsTable", " min")

# Values the employee may set in the app (IT presets or locks them under "settings").
_EMPLOYEE_TABLE = (
    SettingDefinition(
        "language",
        str,
        "system",
        QT_TRANSLATE_NOOP("SettingsTable", "Language:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Interface language: the system's, English or Polish (applies after a restart).",
        ),
        page=Page.GENERAL,
        widget=Widget.CHOICE,
        choices=("system", "en", "pl"),
        choice_labels=(
            QT_TRANSLATE_NOOP("SettingsTable", "System language"),
            QT_TRANSLATE_NOOP("SettingsTable", "English"),
            QT_TRANSLATE_NOOP("SettingsTable", "Polski"),
        ),
        example="pl",
    ),
    SettingDefinition(
        "grace_minutes",
        int,
        30,
        QT_TRANSLATE_NOOP("SettingsTable", "Publish late posts up to:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "How late a post may still go out when the computer was off or asleep at its"
            " time, in minutes. Later than that, it waits for the employee's confirmation.",
        ),
        page=Page.GENERAL,
        widget=Widget.SPINBOX,
        minimum=0,
        maximum=24 * 60,
        suffix=MINUTES,
        example=15,
    ),
    SettingDefinition(
        "close_to_tray",
        bool,
        True,
        QT_TRANSLATE_NOOP("SettingsTable", "Keep running in the tray when the window closes"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Closing the window keeps the app in the tray so scheduled posts go out.",
        ),
        page=Page.GENERAL,
        widget=Widget.CHECKBOX,
        example=False,
    ),
    SettingDefinition(
        "start_at_login",
        bool,
        False,
        QT_TRANSLATE_NOOP("SettingsTable", "Start in the tray when I log in"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Start the app (in the tray) at login, so scheduled posts go out. Off unless the"
            " employee turns it on; locked off, the offer and the toggle disappear. Setting it"
            " on writes no login entry: deploy your own autostart for that.",
        ),
        page=Page.GENERAL,
        widget=Widget.CUSTOM,  # read from and written to the system's login items
        example=True,
    ),
    SettingDefinition(
        "paused",
        bool,
        False,
        QT_TRANSLATE_NOOP("SettingsTable", "Pause all scheduled posts"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "When on, nothing is published; scheduled posts wait until it is turned off.",
        ),
        page=Page.GENERAL,
        widget=Widget.CHECKBOX,
        example=True,
    ),
    SettingDefinition(
        "start_at_login_offered",
        bool,
        False,
        QT_TRANSLATE_NOOP("SettingsTable", "Start at login was offered"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Whether the app has asked once, after the first scheduled post, to start at"
            " login; true never asks.",
        ),
        example=True,
    ),
    SettingDefinition(
        "sync_minutes",
        int,
        30,
        QT_TRANSLATE_NOOP("SettingsTable", "Check for new content every:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable", "How often subscribed feeds are checked for new content, in minutes."
        ),
        page=Page.CONTENT,
        widget=Widget.SPINBOX,
        minimum=5,
        maximum=24 * 60,
        suffix=MINUTES,
        example=60,
    ),
    SettingDefinition(
        "require_signed",
        str,
        "auto",
        QT_TRANSLATE_NOOP("SettingsTable", "Accept signed content only:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Accept only content packs signed by a trusted key: on, off, or auto (on from the"
            " first time a trusted key is configured, and it stays on when keys are removed).",
        ),
        page=Page.CONTENT,
        widget=Widget.CHOICE,
        choices=("auto", "on", "off"),
        choice_labels=(
            QT_TRANSLATE_NOOP("SettingsTable", "From the first trusted signer on (recommended)"),
            QT_TRANSLATE_NOOP("SettingsTable", "Always"),
            QT_TRANSLATE_NOOP("SettingsTable", "Never"),
        ),
        fail_safe=QT_TRANSLATE_NOOP(
            "ManagedConfig",
            "Only signed content is accepted, as if require_signed were on and locked, until"
            " this is fixed.",
        ),
        example="on",
    ),
    SettingDefinition(
        "trusted_keys",
        list,
        [],
        QT_TRANSLATE_NOOP("SettingsTable", "Trusted signers:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Public keys the employee chose to trust (lines 'advocate-ed25519 KEY name')."
            " IT's own keys go in the top-level trusted_keys; locking this one stops the"
            " employee from adding keys.",
        ),
        audience=Audience.EMPLOYEE,
        page=Page.CONTENT,
        widget=Widget.CUSTOM,
        item_type=str,
    ),
    SettingDefinition(
        "time_zone",
        str,
        "system",
        QT_TRANSLATE_NOOP("SettingsTable", "Plan posts in:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The time zone in which the employee plans posts: 'system' (the computer's) or an"
            " IANA name such as Europe/Warsaw. A scheduled post keeps its moment when the"
            " computer's zone changes.",
        ),
        page=Page.PACE,
        widget=Widget.CUSTOM,  # the zone list is read from disk on a worker
        check=_zone_or_system,
        example="Europe/Warsaw",
    ),
    SettingDefinition(
        "pacing_min_gap_minutes",
        int,
        0,
        QT_TRANSLATE_NOOP("SettingsTable", "Least time between two posts of an account:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Least time between two posts of the same account, in minutes (0: none). A pack's"
            " policy or IT may require more; the strictest value applies, and IT's value is a"
            " floor even when not locked.",
        ),
        page=Page.PACE,
        widget=Widget.SPINBOX,
        minimum=0,
        maximum=7 * 24 * 60,
        suffix=MINUTES,
        zero_text=QT_TRANSLATE_NOOP("SettingsTable", "No minimum"),
        example=120,
    ),
    SettingDefinition(
        "pacing_daily_cap",
        int,
        0,
        QT_TRANSLATE_NOOP("SettingsTable", "Most posts per network in a day:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Most posts per network in one local day (0: no cap). A pack's policy or IT may"
            " set a lower cap; the strictest value applies.",
        ),
        page=Page.PACE,
        widget=Widget.SPINBOX,
        minimum=0,
        maximum=100,
        zero_text=QT_TRANSLATE_NOOP("SettingsTable", "No cap"),
        example=3,
    ),
    SettingDefinition(
        "pacing_quiet_hours",
        str,
        "",
        QT_TRANSLATE_NOOP("SettingsTable", "Quiet hours:"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Local hours in which no post is planned, as HH:MM-HH:MM (e.g. 22:00-07:00; empty:"
            " none). Quiet hours from a pack's policy or IT apply as well.",
        ),
        page=Page.PACE,
        widget=Widget.TEXT,
        check=_quiet_hours_or_none,
        example="22:00-07:00",
    ),
    SettingDefinition(
        "referral_enabled",
        bool,
        False,
        QT_TRANSLATE_NOOP("SettingsTable", "Add my referral to job offers' links"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Add the employee's referral parameter to the links of job offers. Off unless the"
            " employee turns it on.",
        ),
        page=Page.GENERAL,
        widget=Widget.CUSTOM,  # ui/employee/referral_setting.py: the switch with its parameter
        example=True,
    ),
    SettingDefinition(
        "referral_parameter",
        str,
        "",
        QT_TRANSLATE_NOOP("SettingsTable", "Referral parameter"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The employee's personal referral parameter for careers links, as key=value"
            " (e.g. ref=jkowalska; empty: none). Added only to links to the item's own site in"
            " job offers, and only while referral_enabled is on.",
        ),
        page=Page.GENERAL,
        widget=Widget.CUSTOM,
        check=check_referral_setting,
        example="ref=jkowalska",
    ),
)

_TRUSTED_KEY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["name", "key"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string"},
            "key": {"type": "string", "pattern": "^advocate-ed25519 "},
            "expires": {"type": "string", "description": "2027-06-30, or a date and time"},
        },
    },
}
_COMPANY_APP_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        network: {
            "type": "object",
            "required": ["client_id"],
            "additionalProperties": False,
            "properties": {
                "client_id": {"type": "string", "minLength": 1},
                "client_secret": {"type": "string"},
                "token_exchange_url": {"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]://"},
                "redirect_url": {"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]://"},
            },
        }
        for network in COMPANY_APP_NETWORKS
    },
}

# IT's own keys, at the top level of the managed configuration.
_IT_TABLE = (
    SettingDefinition(
        "feeds",
        list,
        [],
        QT_TRANSLATE_NOOP("SettingsTable", "Company feeds"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Feed or content pack addresses subscribed on every start; the employee cannot"
            " remove them.",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=clean_feeds,
        schema={
            "type": "array",
            "items": {"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"},
        },
        example=["https://news.nordvik.example/advocacy/pack.zip"],
    ),
    SettingDefinition(
        "trusted_keys",
        list,
        [],
        QT_TRANSLATE_NOOP("SettingsTable", "Trusted signing keys"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Keys that may sign content packs, each {name, key, expires}: the key line comes"
            " from advocate-pack keygen; expires (a date, or a date and time with an offset)"
            " ends IT's trust in it. From the first trusted key on, only signed packs are"
            " accepted unless require_signed is off.",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=clean_trusted_keys,
        schema=_TRUSTED_KEY_SCHEMA,
        fail_safe=QT_TRANSLATE_NOOP(
            "ManagedConfig",
            "Only signed content is accepted, as if require_signed were on and locked, until"
            " this is fixed; the other keys stay trusted.",
        ),
        example=[
            {
                "name": "Nordvik Communications",
                "key": "advocate-ed25519 dxei0jzKdzl6y8OUXPvaVxtZrS3mYwFQspCZhF7G5Lw=",
                "expires": "2027-06-30",
            }
        ],
    ),
    SettingDefinition(
        "pack_folder",
        str,
        "",
        QT_TRANSLATE_NOOP("SettingsTable", "Content pack folder"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "A folder whose *.zip content packs are imported (and verified) at start.",
        ),
        audience=Audience.IT,
        lockable=False,
        check=check_folder,
        example="/srv/share/advocacy-packs",
    ),
    SettingDefinition(
        "policy",
        dict,
        {},
        QT_TRANSLATE_NOOP("SettingsTable", "Company policy"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Policy rules added to the built-in and pack policies (the policy format): they"
            " may tighten a rule, never loosen one. A disclosure rule names the employer.",
        ),
        audience=Audience.IT,
        lockable=False,
        schema={"type": "object", "properties": {"rules": {"type": "array"}}},
        fail_safe=QT_TRANSLATE_NOOP(
            "ManagedConfig",
            "Nothing is published until this is fixed: content can still be read and drafts"
            " written.",
        ),
        example={
            "rules": [
                {
                    "id": "it.disclosure",
                    "kind": "disclosure",
                    "severity": "block",
                    "employer": "Nordvik",
                    "message": {
                        "en": "Say that you work at Nordvik.",
                        "pl": "Napisz, że pracujesz w Nordvik.",
                    },
                }
            ]
        },
    ),
    SettingDefinition(
        "company_apps",
        dict,
        {},
        QT_TRANSLATE_NOOP("SettingsTable", "Company apps for networks"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The app your organization registered with LinkedIn, X or Threads, per network:"
            " {client_id, client_secret (optional), token_exchange_url (optional, https),"
            " redirect_url (Threads: the https page that sends the sign-in back to the app)}.",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=clean_company_apps,
        schema=_COMPANY_APP_SCHEMA,
        example={
            "linkedin": {
                "client_id": "86abcdefgh",
                "token_exchange_url": "https://sso.nordvik.example/linkedin",
            }
        },
    ),
    SettingDefinition(
        "linkedin_api_version",
        str,
        "",
        QT_TRANSLATE_NOOP("SettingsTable", "LinkedIn API version"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The LinkedIn API version (YYYYMM) the app asks for; empty: the app's own.",
        ),
        audience=Audience.IT,
        lockable=False,
        check=check_api_version,
        schema={"type": "string", "pattern": "^20[0-9]{2}(0[1-9]|1[0-2])$"},
        example="202611",
    ),
    SettingDefinition(
        "x_api_enabled",
        bool,
        False,
        QT_TRANSLATE_NOOP("SettingsTable", "Publish to X through its API"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Whether posts to X go through X's API with the company app (off: X is shared"
            " through its web page).",
        ),
        audience=Audience.IT,
        lockable=False,
        example=True,
    ),
    SettingDefinition(
        "allowed_networks",
        list,
        [],
        QT_TRANSLATE_NOOP("SettingsTable", "Allowed networks"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The only networks employees may post to, by name (mastodon, bluesky, linkedin,"
            " x, threads, outbox, facebook, instagram); not set: all of them. The others"
            " cannot be added, are left out of Share on…, and an account already connected"
            " to one publishes nothing. An unknown name allows nothing.",
        ),
        audience=Audience.IT,
        lockable=False,
        item_type=None,
        clean=clean_allowed_networks,
        schema={
            "type": "array",
            "items": {"type": "string", "enum": list(KNOWN_NETWORKS)},
            "uniqueItems": True,
        },
        fail_safe=QT_TRANSLATE_NOOP(
            "ManagedConfig",
            "No network is allowed until this is fixed: nothing is published or shared and"
            " no account can be added.",
        ),
        example=["linkedin", "mastodon"],
    ),
    SettingDefinition(
        "proxy",
        str,
        "",
        QT_TRANSLATE_NOOP("SettingsTable", "Proxy"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The proxy every connection of the app goes through (feeds, images, networks,"
            " sign-ins), as http://host:port or https://host:port; never for this computer"
            " (localhost). Empty: the system's proxy settings (HTTPS_PROXY, NO_PROXY).",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=lambda value: (proxy_address(value), []),
        schema={"type": "string", "pattern": "^(([Hh][Tt][Tt][Pp][Ss]?://)?[^/@]+:[0-9]+/?)?$"},
        example="http://proxy.nordvik.example:3128",
    ),
    SettingDefinition(
        "proxy_bypass",
        list,
        [],
        QT_TRANSLATE_NOOP("SettingsTable", "Hosts reached without the proxy"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "Hosts the app reaches directly although a proxy is set: a host (and its"
            " subdomains), *.domain, an IP address, a network such as 10.0.0.0/8, or"
            " <local> for names without a dot. Loopback always is.",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=clean_bypass,
        schema={"type": "array", "items": {"type": "string"}},
        example=["intranet.nordvik.example", "10.0.0.0/8"],
    ),
    SettingDefinition(
        "disclosure_texts",
        dict,
        {},
        QT_TRANSLATE_NOOP("SettingsTable", "Disclosure wording"),
        QT_TRANSLATE_NOOP(
            "SettingsTable",
            "The organization's own sentence saying that the author works there, per"
            ' language (en, pl), e.g. {"en": "I work at Nordvik."}: the one a post in'
            " that language must carry at its start, and the one Fix inserts. It must pass"
            " as a disclosure itself (4 letters or more, at most 100 characters, no label"
            " such as #ad).",
        ),
        audience=Audience.IT,
        lockable=False,
        clean=clean_disclosure_texts,
        schema={
            "type": "object",
            "additionalProperties": False,
            "properties": {
                language: {"type": "string", "minLength": 4, "maxLength": 100}
                for language in DISCLOSURE_LANGUAGES
            },
        },
        example={"en": "I work at Nordvik.", "pl": "Pracuję w Nordvik."},
    ),
)

# The employee's settings by key (what the settings service stores and resolves).
SETTINGS: dict[str, SettingDefinition] = {d.key: d for d in _EMPLOYEE_TABLE}
# IT's top-level keys by key.
IT_SETTINGS: dict[str, SettingDefinition] = {d.key: d for d in _IT_TABLE}
# The whole table, in the order documents list it.
TABLE: tuple[SettingDefinition, ...] = (*_EMPLOYEE_TABLE, *_IT_TABLE)


def definition_at(pointer: str) -> SettingDefinition | None:
    """The entry a managed configuration's pointer (/settings/KEY… or /KEY…) falls under."""
    parts = pointer.split("/")
    if len(parts) >= 3 and parts[1] == "settings":
        return SETTINGS.get(parts[2])
    if len(parts) >= 2:
        return IT_SETTINGS.get(parts[1])
    return None


def default_of(definition: SettingDefinition) -> Any:
    """A fresh copy of the default (lists and objects are not shared)."""
    import copy

    return copy.deepcopy(definition.default)
