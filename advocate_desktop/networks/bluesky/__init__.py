"""Bluesky: sign in with an app password, publish ``app.bsky.feed.post`` records.

XRPC over the shared HTTP layer (see :mod:`.xrpc`); no Qt, no SDK.  The counter
counts a post the way the server will with
:func:`advocate_desktop.text.bluesky.server_length`.

- :mod:`.session` — sign in with an app password, refresh, sign out;
- :mod:`.publisher` — :class:`~.publisher.BlueskyPublisher`: publish, find_published;
- :mod:`.contract` — the publisher as the runner sees it;
- :mod:`.images`, :mod:`.record_key`, :mod:`.secrets`, :mod:`.errors`;
- :mod:`.spec` — ``SPEC``, what the registry knows of the network.

Only the spec is imported here, so naming the network costs nothing at start-up.
"""

from .spec import SPEC

NETWORK = SPEC.key.value

__all__ = ["NETWORK", "SPEC"]
