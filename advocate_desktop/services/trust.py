"""Trust: which signers' content counts as signed, and whether unsigned content is shown.

IT's keys (with their end dates) and the employee's own keys make one
:class:`~advocate_desktop.feed.pack.Trust`; "signed only" follows the setting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from advocate_desktop.feed.pack import Trust
from advocate_desktop.feed.signing import KeyFormatError, TrustedKey, parse_public_key
from advocate_desktop.managed_checks import managed_keys
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.feed_repo import FeedRepository, SourceRow
from advocate_desktop.store.timestamps import from_db

__all__ = ["SIGNED_ONLY_ENGAGED", "ListedKey", "TrustService"]

log = logging.getLogger(__name__)

SIGNED_ONLY_ENGAGED = "signed_only_engaged"
DEMO_KIND = "demo"  # the bundled demo pack: part of the app, never signed


@dataclass(frozen=True)
class ListedKey:
    """A trusted signer as Settings lists it."""

    key: TrustedKey
    set_by_it: bool  # IT's configuration gave it: the employee cannot remove it
    trust_ended: bool  # IT gave it an end date that has passed: it signs nothing now


class TrustService:
    """The trusted signers and the decisions that follow from them."""

    def __init__(
        self,
        settings: SettingsService,
        managed: ManagedConfig,
        feeds: FeedRepository,
        clock: Clock,
    ) -> None:
        self.settings = settings
        self.managed = managed
        self.clock = clock
        self._feeds = feeds  # keeps the "signed-only engaged" flag

    def it_keys(self) -> tuple[TrustedKey, ...]:
        """IT's keys that parse, with their end dates."""
        return managed_keys(self.managed)

    def employee_keys(self) -> list[TrustedKey]:
        """The keys the employee added in Settings (a stored line that no longer parses
        is left out)."""
        keys = []
        for line in self.settings.get("trusted_keys"):
            try:
                keys.append(parse_public_key(line))
            except KeyFormatError:
                log.warning("ignoring a stored trusted key that does not parse")
        return keys

    def listed_keys(self) -> list[ListedKey]:
        """Every trusted signer, IT's first, each saying whether its trust has ended."""
        now = self.clock.now()
        return [
            *(ListedKey(key, True, key.is_expired(now)) for key in self.it_keys()),
            *(ListedKey(key, False, False) for key in self.employee_keys()),
        ]

    def current(self) -> Trust:
        """The trust in force now: every key, and whether only signed content counts."""
        keys = (*self.it_keys(), *self.employee_keys())
        return Trust(keys, self.signed_only(bool(keys)), self.clock.now())

    def signed_only(self, has_keys: bool) -> bool:
        """With "auto", signed-only turns on with the first trusted key and stays on: removing
        keys, or keys arriving and leaving in IT's configuration, never turns it off.
        Only choosing "Never" does."""
        mode = self.settings.get("require_signed")
        if mode in ("on", "off"):
            return bool(mode == "on")
        if self._feeds.flag(SIGNED_ONLY_ENGAGED):
            return True
        if has_keys:
            self._feeds.set_flag(SIGNED_ONLY_ENGAGED, self.clock.now())
            return True
        return False

    def add_trusted_key(self, line: str) -> TrustedKey:
        """Trust the key on a public key line; raises KeyFormatError for one that does not
        parse.  A key trusted already is replaced (its name may have changed)."""
        key = parse_public_key(line)
        lines = [k.line() for k in self.employee_keys() if k.key_id != key.key_id]
        self.settings.set("trusted_keys", [*lines, key.line()])
        return key

    def remove_trusted_key(self, key_id: str) -> None:
        lines = [k.line() for k in self.employee_keys() if k.key_id != key_id]
        self.settings.set("trusted_keys", lines)

    # -- decisions on stored content ------------------------------------------
    @staticmethod
    def signed_now(source: SourceRow, trust: Trust) -> SourceRow:
        """The source with its signature as it stands in ``trust``: content signed by a
        key that was removed, or whose trust ended, no longer counts as signed."""
        if trust.vouches_for(source.signer_key_id, source.signer):
            return source
        return replace(source, signer=None)

    @staticmethod
    def may_show(source: SourceRow | None, trust: Trust) -> bool:
        """Whether items of ``source`` (as :meth:`signed_now` gives it) may be listed:
        with signed-only on, only signed content and the bundled demo."""
        if not trust.require_signed:
            return True
        return source is not None and (source.signer is not None or source.kind == DEMO_KIND)

    @staticmethod
    def may_publish(source: SourceRow | None, trust: Trust) -> bool:
        """Whether a post of content from ``source`` may still go out: with signed-only
        on, its signer must still be vouched for (the demo is part of the app)."""
        if source is None or source.kind == DEMO_KIND or not trust.require_signed:
            return True
        return trust.vouches_for(source.signer_key_id, source.signer)

    def signature_expired(self, source: SourceRow) -> bool:
        """The pack's signature has an end date and it has passed: its content can no
        longer be shared."""
        if not source.signature_expires_at:
            return False
        return from_db(source.signature_expires_at) <= self.clock.now()
