"""Campaign (UTM) parameters on links to the company's site.

The feed says which ``utm_…`` parameters its links should carry; the editor adds
them to the suggested text's links when a draft is made, and the link rule
offers to add them to a link the employee pasted.  Only links to the item's own
site get them (``nordvik.example`` and its subdomains), never other sites, and
parameters already in a link are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .entities import find_urls


def host_of(url: str) -> str:
    """A link's host, lower case, without a trailing dot; links may omit the scheme."""
    return (urlsplit(_absolute(url)).hostname or "").lower().rstrip(".")


def site_of(url: str | None) -> str:
    """The host a feed item links to, without a leading ``www.`` ("" for none)."""
    return host_of(url).removeprefix("www.") if url else ""


def on_site(url: str, site: str) -> bool:
    host = site_of(url)
    return bool(site) and (host == site or host.endswith("." + site))


def missing(url: str, utm: Mapping[str, str]) -> dict[str, str]:
    """The parameters of ``utm`` that ``url`` does not carry yet."""
    present = {key for key, _ in parse_qsl(urlsplit(_absolute(url)).query, keep_blank_values=True)}
    return {key: value for key, value in utm.items() if key not in present}


def with_utm(url: str, utm: Mapping[str, str]) -> str:
    """``url`` with the missing parameters appended; the rest is left byte for byte."""
    extra = missing(url, utm)
    if not extra:
        return url
    parts = urlsplit(url)
    query = f"{parts.query}&{urlencode(extra)}" if parts.query else urlencode(extra)
    if "://" not in url:  # a link typed without its scheme keeps looking that way
        return urlunsplit(urlsplit(_absolute(url))._replace(query=query)).removeprefix("https://")
    return urlunsplit(parts._replace(query=query))


def add_utm(text: str, utm: Mapping[str, str], site: str) -> str:
    """``text`` with the campaign's parameters on every link to ``site``."""
    if not utm or not site:
        return text
    pieces: list[str] = []
    position = 0
    for url in find_urls(text):
        if on_site(url.text, site):
            pieces += [text[position : url.start], with_utm(url.text, utm)]
            position = url.end
    return "".join(pieces) + text[position:]


def add_utm_if_it_fits(text: str, utm: Mapping[str, str], site: str, network: str) -> str:
    """:func:`add_utm`, unless the parameters would push a text that fits ``network``
    over its limit (Threads and LinkedIn count a link's every character); then the
    text as it is, and the link rule still offers the parameters."""
    from .networks import measure

    tagged = add_utm(text, utm, site)
    if tagged == text or measure(network, tagged).fits or not measure(network, text).fits:
        return tagged
    return text


def _absolute(url: str) -> str:
    return url if "://" in url else f"https://{url}"
