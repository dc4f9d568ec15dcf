"""Share pages: a network's own compose page, opened in the browser, for every network.

The no-API path.  The employee posts from their own browser session, so no company app,
token or password is needed; the app builds the page's address with the text (and link)
filled in where the network allows it, and says when the text must go to the clipboard
instead.  Nothing here opens a browser or touches a clipboard: ``ui/employee/share_flow.py`` does.

Each address follows the network's own documentation, cited at its builder.  Values are
percent-encoded as UTF-8 with nothing left unescaped (``quote(safe="")``): a space is
``%20`` (never ``+``, which some pages show literally), a newline ``%0A``, ``&`` ``%26``,
``#`` ``%23`` (a bare ``#`` would end the address's query and drop the rest of the text),
Polish letters and emoji their UTF-8 bytes.

Where the text goes:

* X, Bluesky, Mastodon and Threads take the text in the address, when it fits the
  network's length (counted by the network's own rules, with the link the page adds)
  and the address stays under :data:`MAX_ADDRESS_LENGTH`.  Otherwise the page opens
  without the text (with the link where it takes one) and the full text goes to the
  clipboard.
* LinkedIn and Facebook take a link only: the text always goes to the clipboard.
* Instagram has no share page at all (its web and apps offer none, and a post needs an
  image): the app opens instagram.com, where the employee makes the post with an image
  and pastes the caption from the clipboard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote, urlsplit

from advocate_desktop.text.counting import Analysis
from advocate_desktop.text.entities import find_urls
from advocate_desktop.text.networks import Measure, NetworkRules, measure_analysis, rules_for

#: The networks with a share path, in the order the app offers them.
SHARE_NETWORKS: tuple[str, ...] = (
    "x",
    "bluesky",
    "mastodon",
    "threads",
    "linkedin",
    "facebook",
    "instagram",
)

#: Networks whose page takes a link and nothing else.
LINK_ONLY_NETWORKS = frozenset({"linkedin", "facebook"})

#: The longest address the app opens with the text in it.  Browsers take far longer ones,
#: but the servers behind the pages refuse long request lines (nginx's default buffer for
#: one is 8 KiB, which Mastodon's documented nginx set-up keeps); an emoji costs 12
#: characters encoded, so 300 of Bluesky's graphemes could need 9,000.
MAX_ADDRESS_LENGTH = 8000

# Addresses of each network's page.  X: "Web Intent", https://docs.x.com/x-for-websites/
# post-button/guides/web-intent (x.com/intent/tweet with ``text`` and ``url``; the
# composer appends the url, shortened to 23 characters).
X_INTENT = "https://x.com/intent/tweet"
# Bluesky: "Action Intent Links", https://docs.bsky.app/docs/advanced-guides/intent-links
# (``text`` only; "300 Unicode Grapheme Clusters").
BLUESKY_INTENT = "https://bsky.app/intent/compose"
# Threads: "Web Intents", https://developers.facebook.com/docs/threads/threads-web-intents
# (``text`` and ``url`` for "an optional link attachment"; the page now lives on
# threads.com, which threads.net redirects to).
THREADS_INTENT = "https://www.threads.com/intent/post"
# LinkedIn: the page the Share Plugin opens (https://learn.microsoft.com/linkedin/consumer/
# integrations/self-serve/plugins/share-plugin documents the plugin and its ``data-url``,
# not the page's address itself): ``url`` only; LinkedIn builds the card from the page's
# Open Graph tags and takes no text.
LINKEDIN_SHARE = "https://www.linkedin.com/sharing/share-offsite/"
LINKEDIN_HOME = "https://www.linkedin.com/feed/"
# Facebook: the sharer (``u`` only), the one share page that needs no registered app:
# the documented Share Dialog (https://developers.facebook.com/docs/sharing/reference/
# share-dialog) requires an ``app_id``, and neither takes text ("quote" was removed).
FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php"
FACEBOOK_HOME = "https://www.facebook.com/"
INSTAGRAM_HOME = "https://www.instagram.com/"
# Mastodon: every server's ``/share`` page (the web app's standalone composer,
# mastodon/mastodon app/controllers/shares_controller.rb, route ``get '/share'``), which
# prefills the composer with ``text``; the link goes in the text.
MASTODON_SHARE_PATH = "/share"


class Placement(StrEnum):
    """Where the post's text goes when its share page opens."""

    IN_ADDRESS = "in_address"  # filled in on the page
    LINK_ONLY = "link_only"  # the page takes a link only: the text is on the clipboard
    TOO_LONG = "too_long"  # over the network's limit: the text is on the clipboard
    ADDRESS_TOO_LONG = "address_too_long"  # too long for an address: on the clipboard
    NO_SHARE_PAGE = "no_share_page"  # Instagram: its home page, the text on the clipboard


class ShareError(ValueError):
    """A share page cannot be built: an unknown network or a bad server address."""


class UnknownShareNetwork(ShareError):
    pass


class BadInstance(ShareError):
    """The Mastodon server's address is not one the app can open a page on."""


@dataclass(frozen=True)
class SharePage:
    network: str
    address: str  # what the browser opens: ASCII, every value percent-encoded
    placement: Placement
    text: str  # the post as the network gets it: with the link the page adds, if any
    clipboard: str | None  # what goes to the clipboard (the full text), or None
    length: int  # ``text`` counted by the network's rules
    limit: int
    fits: bool  # within the network's length (and, for Bluesky, its bytes)

    @property
    def text_in_address(self) -> bool:
        return self.placement is Placement.IN_ADDRESS


def _measure(rules: NetworkRules, text: str) -> Measure:
    return measure_analysis(rules, Analysis(text), rules.limit)[0]


def _query(base: str, **values: str) -> str:
    """``base`` with ``values`` as its query, each percent-encoded with nothing kept."""
    parts = [f"{name}={quote(value, safe='')}" for name, value in values.items()]
    return f"{base}?{'&'.join(parts)}" if parts else base


def _web_link(value: str | None) -> str | None:
    """``value`` when it is an http(s) address with a host, else None."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value.strip()


def first_link(text: str) -> str | None:
    """The first web address in ``text`` (a bare ``www.`` one gets ``https://``)."""
    for span in find_urls(text):
        value = span.text if "://" in span.text else f"https://{span.text}"
        link = _web_link(value)
        if link is not None:
            return link
    return None


_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def mastodon_base(instance: str) -> str:
    """``https://host[:port]`` of a Mastodon server given as a host name, an address or a
    ``@user@host`` handle; :class:`BadInstance` for anything else.

    Only https: the share page is the employee's signed-in session on their server.
    """
    value = instance.strip()
    if not value:
        raise BadInstance("no server address")
    if value.startswith("@") and value.count("@") == 2:
        value = value.rsplit("@", 1)[1]
    if "://" not in value:
        value = f"https://{value}"
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as error:
        raise BadInstance(f"not a server address: {instance!r}") from error
    if parts.scheme.lower() != "https":
        raise BadInstance(f"not an https address: {instance!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise BadInstance(f"not a server address: {instance!r}")
    if parts.path not in ("", "/"):
        raise BadInstance(f"a server address has no path: {instance!r}")
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        raise BadInstance(f"not a host name: {instance!r}") from None
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        raise BadInstance(f"not a host name: {instance!r}")
    return f"https://{ascii_host}" + (f":{port}" if port is not None else "")


def _with_link(text: str, link: str | None) -> str:
    """The text with the link appended, unless the text has a link of its own already."""
    if link is None or first_link(text) is not None:
        return text
    return f"{text.rstrip()}\n\n{link}" if text.strip() else link


def share_page(
    network: str,
    text: str,
    *,
    link: str | None = None,
    instance: str | None = None,
    rules: NetworkRules | None = None,
) -> SharePage:
    """The share page of ``network`` for a post of ``text``.

    ``link``: the post's link card (the content item's address); it goes on the page where
    the text has no link of its own.  ``instance``: the Mastodon server (required for
    Mastodon).  ``rules``: the account's rules, where they differ from the network's (a
    Mastodon server's own limit).
    """
    if network not in SHARE_NETWORKS:
        raise UnknownShareNetwork(f"no share page for {network!r}")
    rules = rules or rules_for(network)
    card = _web_link(link)
    own = first_link(text)

    if network in LINK_ONLY_NETWORKS or network == "instagram":
        shared = own or card
        m = _measure(rules, text)
        if network == "instagram":
            return SharePage(
                network,
                INSTAGRAM_HOME,
                Placement.NO_SHARE_PAGE,
                text,
                text,
                m.length,
                m.limit,
                m.fits,
            )
        if network == "linkedin":
            address = _query(LINKEDIN_SHARE, url=shared) if shared else LINKEDIN_HOME
        else:
            address = _query(FACEBOOK_SHARER, u=shared) if shared else FACEBOOK_HOME
        return SharePage(
            network, address, Placement.LINK_ONLY, text, text, m.length, m.limit, m.fits
        )

    # The text-taking pages.  X and Threads take the link as a parameter of its own (X
    # appends it to the text; Threads attaches it); Bluesky and Mastodon in the text.
    url_parameter = card if network in ("x", "threads") and own is None else None
    if network == "x":
        composed = f"{text.rstrip()} {url_parameter}" if url_parameter else text
        base, values = X_INTENT, {"text": text}
    elif network == "threads":
        composed = text  # an attachment: not part of the text's 500 characters
        base, values = THREADS_INTENT, {"text": text}
    else:
        composed = _with_link(text, card)
        if network == "mastodon":
            if instance is None:
                raise BadInstance("a Mastodon share page needs the employee's server")
            base = mastodon_base(instance) + MASTODON_SHARE_PATH
        else:
            base = BLUESKY_INTENT
        values = {"text": composed}
    if url_parameter is not None:
        values["url"] = url_parameter
    m = _measure(rules, composed)
    if not m.fits:
        placement = Placement.TOO_LONG
    else:
        address = _query(base, **values)
        if len(address) <= MAX_ADDRESS_LENGTH:
            return SharePage(
                network, address, Placement.IN_ADDRESS, composed, None, m.length, m.limit, True
            )
        placement = Placement.ADDRESS_TOO_LONG
    # The page opens without the text (with its link where it takes one apart); the
    # employee pastes the full text, and the network's own counter shows what to shorten.
    if url_parameter:
        empty, clipboard = _query(base, url=url_parameter), text
    else:
        empty, clipboard = base, composed
    return SharePage(network, empty, placement, composed, clipboard, m.length, m.limit, m.fits)
