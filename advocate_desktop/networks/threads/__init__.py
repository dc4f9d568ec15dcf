"""Threads: sign in through the company's Threads app, publish text and a public image.

- :mod:`.api` — the Threads API calls, over plain ``requests``, and its addresses;
- :mod:`.errors` — the stable error codes and what each answer means;
- :mod:`.tokens` — the long-lived token in the keyring, refreshed after a day;
- :mod:`.connect` — the sign-in (the company's app, OAuth in the browser);
- :mod:`.publisher` — container, processing, publication, reading back;
- :mod:`.spec` — ``SPEC``, what the registry knows of the network.

Only the spec is imported here, so naming the network costs nothing at start-up.
"""

from .spec import SPEC

NETWORK = SPEC.key.value

__all__ = ["NETWORK", "SPEC"]
