"""Mastodon: connect an account on any server, publish with images, reconcile after a crash.

- :mod:`.api` — one server over plain ``requests`` (and why not Mastodon.py), addresses;
- :mod:`.errors` — the stable error codes and what each means;
- :mod:`.instance` — the server's limits and OAuth endpoints;
- :mod:`.account` — register the app once per server, sign in (OAuth, PKCE), sign out;
- :mod:`.media` — image checks against the server's limits, upload, processing;
- :mod:`.publisher` — :class:`~.publisher.MastodonPublisher`: publish, find_published;
- :mod:`.contract` — the publisher as the runner sees it;
- :mod:`.spec` — ``SPEC``, what the registry knows of the network.

Only the spec is imported here, so naming the network costs nothing at start-up:
``requests``, the keyring and the OAuth listener load with the module that needs them.
"""

from .spec import SPEC

NETWORK = SPEC.key.value

__all__ = ["NETWORK", "SPEC"]
