"""Pacing: how often posts may go out, so an employee's accounts never look spammy.

Three limits, each set by a pack's policy, by IT, or by the employee:

* a minimum gap between two posts of the same account;
* a daily cap of posts per network, counted over the local calendar day (23 or
  25 hours on the days clocks change);
* quiet hours, local wall-clock windows in which nothing is planned.

Layers combine so that each limit is the strictest any layer sets: the employee
can tighten what a pack or IT set, never loosen it.  A time that breaks the pace
is explained (:func:`check`) and the next times that keep it are offered
(:func:`next_allowed`); nothing here moves a post by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any

from advocate_desktop.schedule.zones import resolve, zone_info
from advocate_desktop.store.timestamps import from_db

ANY_NETWORK = "*"
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
# How far ahead next_allowed looks before it says nothing fits.
HORIZON = timedelta(days=31)


class PacingError(ValueError):
    def __init__(self, source: str, pointer: str, problem: str) -> None:
        super().__init__(f"{source}: {pointer or '/'}: {problem}")
        self.source = source
        self.pointer = pointer
        self.problem = problem


def parse_clock(text: str) -> time:
    match = _CLOCK.match(text)
    if match is None:
        raise ValueError(f"expected a time as HH:MM, got {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True)
class QuietHours:
    """A daily window of local wall-clock time; it may wrap past midnight (22:00–07:00)."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("quiet hours need different start and end times")

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """``"22:00-07:00"``."""
        start, separator, end = text.partition("-")
        if not separator:
            raise ValueError(f"expected quiet hours as HH:MM-HH:MM, got {text!r}")
        return cls(parse_clock(start.strip()), parse_clock(end.strip()))

    def contains(self, moment: time) -> bool:
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class Pacing:
    min_gap: timedelta = timedelta(0)
    # Network → most posts per local day; ANY_NETWORK applies to networks not named.
    daily_caps: Mapping[str, int] = field(default_factory=dict)
    quiet: tuple[QuietHours, ...] = ()

    def cap_for(self, network: str) -> int | None:
        return self.daily_caps.get(network, self.daily_caps.get(ANY_NETWORK))

    @property
    def unlimited(self) -> bool:
        return not self.min_gap and not self.daily_caps and not self.quiet


def stricter(*layers: Pacing) -> Pacing:
    """Each limit at its strictest over all layers."""
    gap = max((layer.min_gap for layer in layers), default=timedelta(0))
    caps: dict[str, int] = {}
    networks = {n for layer in layers for n in layer.daily_caps}
    for network in networks:
        values = [c for layer in layers if (c := layer.cap_for(network)) is not None]
        caps[network] = min(values)
    quiet: list[QuietHours] = []
    for layer in layers:
        quiet.extend(q for q in layer.quiet if q not in quiet)
    return Pacing(gap, caps, tuple(quiet))


def parse_pacing(document: Any, source: str, pointer: str = "/pacing") -> Pacing:
    """A ``pacing`` object of a pack's policy::

    {"min_gap_minutes": 120, "daily_cap": {"linkedin": 1, "*": 3},
     "quiet_hours": ["22:00-07:00"]}

    ``daily_cap`` may be a single number for every network.
    """
    if not isinstance(document, Mapping):
        raise PacingError(source, pointer, "expected an object")
    unknown = sorted(set(document) - {"min_gap_minutes", "daily_cap", "quiet_hours"})
    if unknown:
        raise PacingError(source, f"{pointer}/{unknown[0]}", "unknown key")
    gap = document.get("min_gap_minutes", 0)
    if isinstance(gap, bool) or not isinstance(gap, int) or not 0 <= gap <= 7 * 24 * 60:
        raise PacingError(source, f"{pointer}/min_gap_minutes", "expected minutes, 0 to 10080")
    raw_caps = document.get("daily_cap", {})
    if isinstance(raw_caps, int) and not isinstance(raw_caps, bool):
        raw_caps = {ANY_NETWORK: raw_caps}
    if not isinstance(raw_caps, Mapping):
        raise PacingError(source, f"{pointer}/daily_cap", "expected a number or an object")
    caps: dict[str, int] = {}
    for network, cap in raw_caps.items():
        if isinstance(cap, bool) or not isinstance(cap, int) or cap < 1:
            raise PacingError(source, f"{pointer}/daily_cap/{network}", "expected 1 or more")
        caps[str(network)] = cap
    raw_quiet = document.get("quiet_hours", [])
    if isinstance(raw_quiet, str):
        raw_quiet = [raw_quiet]
    if not isinstance(raw_quiet, list):
        raise PacingError(source, f"{pointer}/quiet_hours", "expected a list of HH:MM-HH:MM")
    quiet = []
    for index, text in enumerate(raw_quiet):
        try:
            if not isinstance(text, str):
                raise ValueError("expected HH:MM-HH:MM")
            quiet.append(QuietHours.parse(text))
        except ValueError as error:
            raise PacingError(source, f"{pointer}/quiet_hours/{index}", str(error)) from None
    return Pacing(timedelta(minutes=gap), caps, tuple(quiet))


def pacing_of_policy(policy_json: str | None, source: str) -> Pacing:
    """The pacing a pack's ``policy.json`` carries next to its rules (none when absent)."""
    import json

    if not policy_json:
        return Pacing()
    try:
        document = json.loads(policy_json)
    except ValueError as error:
        raise PacingError(source, "", f"not valid JSON: {error}") from None
    if not isinstance(document, Mapping) or "pacing" not in document:
        return Pacing()
    return parse_pacing(document["pacing"], source)


def pacing_of_settings(min_gap_minutes: int, daily_cap: int, quiet_hours: str) -> Pacing:
    """A layer from the flat settings (IT's managed values or the employee's)."""
    return Pacing(
        timedelta(minutes=min_gap_minutes),
        {ANY_NETWORK: daily_cap} if daily_cap > 0 else {},
        (QuietHours.parse(quiet_hours),) if quiet_hours.strip() else (),
    )


@dataclass(frozen=True)
class Planned:
    """Another post, as far as pacing cares."""

    post_id: str
    account_id: str
    network: str
    at: datetime


class Breach(Enum):
    TOO_CLOSE = "too_close"
    DAILY_CAP = "daily_cap"
    QUIET_HOURS = "quiet_hours"


@dataclass(frozen=True)
class PaceProblem:
    """Why a time breaks the pace, with what the explanation needs."""

    breach: Breach
    until: datetime  # the earliest instant after which this reason no longer applies
    other: datetime | None = None  # TOO_CLOSE: the neighbouring post's time
    gap: timedelta | None = None  # TOO_CLOSE: the minimum gap
    cap: int | None = None  # DAILY_CAP
    day: date | None = None  # DAILY_CAP: the local day that is full
    window: QuietHours | None = None  # QUIET_HOURS


def local_day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day in UTC; 23 or 25 hours when clocks change."""
    start = resolve(datetime.combine(day, time()), zone).instant
    end = resolve(datetime.combine(day + timedelta(days=1), time()), zone).instant
    return start, end


def check(
    pacing: Pacing,
    at: datetime,
    *,
    account_id: str,
    network: str,
    zone: str,
    planned: Sequence[Planned],
    post_id: str = "",
) -> list[PaceProblem]:
    """Every way in which a post at ``at`` would break the pace (empty: it keeps it)."""
    at = at.astimezone(UTC)
    others = [p for p in planned if p.post_id != post_id or not post_id]
    problems: list[PaceProblem] = []
    local = at.astimezone(zone_info(zone))
    for window in pacing.quiet:
        if window.contains(local.time().replace(tzinfo=None)):
            problems.append(
                PaceProblem(Breach.QUIET_HOURS, _window_end(window, local, zone), window=window)
            )
    if pacing.min_gap:
        for other in others:
            if other.account_id == account_id and abs(other.at - at) < pacing.min_gap:
                problems.append(
                    PaceProblem(
                        Breach.TOO_CLOSE,
                        other.at + pacing.min_gap,
                        other=other.at,
                        gap=pacing.min_gap,
                    )
                )
    cap = pacing.cap_for(network)
    if cap is not None:
        start, end = local_day_bounds(local.date(), zone)
        same_day = [o for o in others if o.network == network and start <= o.at < end]
        if len(same_day) >= cap:
            problems.append(PaceProblem(Breach.DAILY_CAP, end, cap=cap, day=local.date()))
    return problems


def _window_end(window: QuietHours, local: datetime, zone: str) -> datetime:
    day = local.date()
    if window.start > window.end and local.time().replace(tzinfo=None) >= window.start:
        day += timedelta(days=1)  # the window runs past midnight
    return resolve(datetime.combine(day, window.end), zone).instant


def next_allowed(
    pacing: Pacing,
    after: datetime,
    *,
    account_id: str,
    network: str,
    zone: str,
    planned: Sequence[Planned],
    count: int = 3,
    spacing: timedelta = timedelta(hours=1),
    post_id: str = "",
) -> list[datetime]:
    """The first ``count`` whole-minute instants from ``after`` on that keep the pace.

    Successive suggestions are at least ``spacing`` (or the minimum gap) apart.
    Fewer come back when nothing fits within :data:`HORIZON`.
    """
    slots: list[datetime] = []
    candidate = _whole_minute(after.astimezone(UTC))
    limit = candidate + HORIZON
    while len(slots) < count and candidate <= limit:
        problems = check(
            pacing,
            candidate,
            account_id=account_id,
            network=network,
            zone=zone,
            planned=planned,
            post_id=post_id,
        )
        if problems:
            candidate = _whole_minute(max(p.until for p in problems))
            continue
        slots.append(candidate)
        candidate = _whole_minute(candidate + max(spacing, pacing.min_gap))
    return slots


def _whole_minute(moment: datetime) -> datetime:
    rounded = moment.replace(second=0, microsecond=0)
    return rounded if rounded == moment else rounded + timedelta(minutes=1)


def planned_from(rows: Iterable[Any]) -> list[Planned]:
    """Pacing's view of stored posts (anything with id, account_id, network, due_at)."""
    return [
        Planned(r.id, r.account_id or "", r.network, from_db(r.due_at)) for r in rows if r.due_at
    ]


@dataclass(frozen=True)
class PaceReport:
    """What the picker shows for one candidate time: why not, and when instead."""

    at: datetime
    problems: tuple[PaceProblem, ...]
    slots: tuple[datetime, ...]

    @property
    def keeps_pace(self) -> bool:
        return not self.problems


ACTIVE_STATES = (
    "scheduled",
    "retry_wait",
    "publishing",
    "published",
    # handed to a server that publishes it at its time
    "handing_over",
    "held_by_server",
    "updating_server",
    # posted by the employee on a share page: it counts toward their pace too
    "handed_off",
)


def assess(
    pacing: Pacing,
    at: datetime,
    *,
    account_id: str,
    network: str,
    zone: str,
    planned: Sequence[Planned],
    post_id: str = "",
    count: int = 3,
) -> PaceReport:
    """The problems of ``at`` and, when it breaks the pace, the next times that keep it."""
    problems = check(
        pacing,
        at,
        account_id=account_id,
        network=network,
        zone=zone,
        planned=planned,
        post_id=post_id,
    )
    slots: list[datetime] = []
    if problems:
        slots = next_allowed(
            pacing,
            at,
            account_id=account_id,
            network=network,
            zone=zone,
            planned=planned,
            count=count,
            post_id=post_id,
        )
    return PaceReport(at, tuple(problems), tuple(slots))


def planning_window(pacing: Pacing, at: datetime) -> tuple[datetime, datetime]:
    """The stored posts that can matter for :func:`assess` of ``at`` lie in this window."""
    margin = max(pacing.min_gap, timedelta(days=2))
    return at - margin, at + HORIZON + margin
