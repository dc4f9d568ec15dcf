"""What leaves this computer, and to whom: read from the app's real configuration.

Help → *What my company can see* lists these.  Every connection the app opens is one
of the kinds below (the code has no other sender: no telemetry, no update check, no
report to the employer):

- **content**: each subscribed feed or pack address is fetched every
  ``sync_minutes`` with conditional requests.  Its server sees this computer's
  address, the time and the app's name and version (the User-Agent), nothing else:
  no account, no name, no cookie;
- **feed images**: the images a downloaded feed names, fetched from their own
  addresses under the same rules;
- **posts**: each connected account's server receives what the employee publishes
  there (text, images with their descriptions, the link) and the sign-in, whose
  token stays in the operating system's keyring;
- **server limits**: a Mastodon account's server is asked once a day for its post
  limits;
- **server scheduling**: an account whose server publishes its scheduled posts holds
  them there before their time;
- **outbox**: an Outbox account writes files into a folder on this computer;
- **IT's folder**: packs are read from the folder IT's configuration names (which may
  be a network share);
- **IT's proxy**: when IT's configuration names one, every connection above but the
  Outbox and the folder goes through it, so it sees which hosts the app contacts and
  when (and, where the organization inspects encrypted traffic, what is sent).

What a post's reader's click tells the company's site is listed too: the campaign's
``utm_…`` parameters on its links, and the employee's referral parameter on job
offers' links while it is on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.store.feed_repo import SourceRow

OUTBOX = "outbox"
MASTODON = "mastodon"
SERVER_SCHEDULING = "server_scheduling"  # schedule/handoff.OPTION; read, not imported


class FlowKind(StrEnum):
    CONTENT = "content"
    FEED_IMAGES = "feed_images"
    POSTS = "posts"
    SERVER_LIMITS = "server_limits"
    SERVER_SCHEDULING = "server_scheduling"
    OUTBOX = "outbox"
    IT_FOLDER = "it_folder"


@dataclass(frozen=True)
class Flow:
    kind: FlowKind
    #: Who receives it: a host name, or the folder for the Outbox.
    to: str
    #: What it concerns: the feed's title, or the account's name; may be empty.
    about: str = ""
    network: str = ""
    #: Set by IT (a feed from the managed configuration).
    managed: bool = False


@dataclass(frozen=True)
class DataFlows:
    flows: tuple[Flow, ...]
    sync_minutes: int
    #: Accounts whose sign-in is in the keyring (all but Outbox folders).
    keyring_accounts: int
    #: The employee's referral parameter (``key=value``) while it is on, else None.
    referral: str | None = None
    #: Some content asks for campaign (``utm_…``) parameters on links to its site.
    campaign_parameters: bool = False
    #: IT's proxy (host:port), which relays every connection above and so sees the
    #: hosts contacted and when; None when the system's proxy settings apply.
    proxy: str | None = None

    def of(self, kind: FlowKind) -> list[Flow]:
        return [f for f in self.flows if f.kind is kind]

    @property
    def anything_leaves(self) -> bool:
        return any(f.kind is not FlowKind.OUTBOX for f in self.flows)


def host_of(address: str) -> str:
    """The host an address connects to, with its port when it is not the default."""
    try:
        parts = urlsplit(address.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return ""
    if not host:
        return ""
    return f"{host}:{port}" if port and port not in (80, 443) else host


def account_server(account: AccountRow) -> str:
    """The hosts an account's posts and sign-in go to (its Mastodon server; its Bluesky
    PDS, and the server it signs in at when that is another), comma-separated; "" when
    its configuration names none."""
    hosts: list[str] = []
    for key in ("instance", "service", "sign_in_service", "api", "base_url"):
        value = account.config.get(key)
        if isinstance(value, str) and value:
            host = host_of(value if "://" in value else f"https://{value}")
            if host and host not in hosts:
                hosts.append(host)
    return ", ".join(hosts)


def data_flows(
    sources: Iterable[SourceRow],
    accounts: Iterable[AccountRow],
    image_addresses: Iterable[str],
    *,
    sync_minutes: int,
    referral: str | None = None,
    campaign_parameters: bool = False,
    it_folder: str | None = None,
    proxy: str | None = None,
) -> DataFlows:
    """Every flow the configuration implies: subscribed addresses (kind ``url``; packs
    imported from a file or folder are read, never fetched), the hosts of the feeds'
    web images, and each account's server."""
    flows: list[Flow] = []
    for source in sources:
        if source.kind == "url":
            flows.append(
                Flow(
                    FlowKind.CONTENT,
                    host_of(source.location) or source.location,
                    source.title or source.location,
                    managed=source.managed,
                )
            )
    if it_folder:
        flows.append(Flow(FlowKind.IT_FOLDER, it_folder, managed=True))
    image_hosts = sorted({h for a in image_addresses if "://" in a and (h := host_of(a))})
    flows += [Flow(FlowKind.FEED_IMAGES, host) for host in image_hosts]
    keyring = 0
    for account in accounts:
        if account.network == OUTBOX:
            folder = str(account.config.get("folder", ""))
            flows.append(Flow(FlowKind.OUTBOX, folder, account.display_name, OUTBOX))
            continue
        keyring += 1
        server = account_server(account)
        flows.append(Flow(FlowKind.POSTS, server, account.display_name, account.network))
        if account.network == MASTODON:
            flows.append(
                Flow(FlowKind.SERVER_LIMITS, server, account.display_name, account.network)
            )
        if account.config.get(SERVER_SCHEDULING) is True:
            flows.append(
                Flow(FlowKind.SERVER_SCHEDULING, server, account.display_name, account.network)
            )
    return DataFlows(tuple(flows), sync_minutes, keyring, referral, campaign_parameters, proxy)
