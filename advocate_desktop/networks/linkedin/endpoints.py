"""Where LinkedIn's sign-in and API answer, and the API version the app speaks.

Sources (checked November 2026):

- Authorization code flow, ``/oauth/v2/authorization`` and ``/oauth/v2/accessToken``:
  https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow
- OpenID userinfo (``sub`` is the member's id, ``urn:li:person:<sub>``):
  https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/sign-in-with-linkedin-v2
- Versioned ``/rest/`` APIs need ``LinkedIn-Version: YYYYMM`` and
  ``X-Restli-Protocol-Version: 2.0.0``; each version is supported for at least a
  year, then answers 426 ``NONEXISTENT_VERSION``:
  https://learn.microsoft.com/en-us/linkedin/marketing/versioning
- Token revocation, ``/oauth/v2/revoke`` (client id and secret with the token):
  https://learn.microsoft.com/en-us/linkedin/shared/authentication/token-introspection
"""

from __future__ import annotations

from dataclasses import dataclass

#: The LinkedIn-Version the app is built and tested against (updated with releases);
#: IT overrides it with ``linkedin_api_version`` when LinkedIn retires it first.
API_VERSION = "202611"

#: LinkedIn compares the redirect URI with the registered one exactly, port
#: included, so the app listens on this one loopback port and IT registers
#: ``http://127.0.0.1:29170/callback`` (below the ports systems hand out at random).
REDIRECT_PORT = 29170

#: What the app asks for: the OpenID sign-in (``openid profile``, for the member's id
#: and name) and posting as the member (``w_member_social``).
SCOPES = "openid profile w_member_social"


@dataclass(frozen=True)
class Endpoints:
    authorize_url: str
    token_url: str
    revoke_url: str
    #: The API's origin: ``/v2/userinfo`` and ``/rest/...`` are below it.
    api_base: str
    #: Where a published post is seen, ``<feed_base>/<post urn>/``.
    feed_base: str


LINKEDIN = Endpoints(
    authorize_url="https://www.linkedin.com/oauth/v2/authorization",
    token_url="https://www.linkedin.com/oauth/v2/accessToken",
    revoke_url="https://www.linkedin.com/oauth/v2/revoke",
    api_base="https://api.linkedin.com",
    feed_base="https://www.linkedin.com/feed/update",
)
