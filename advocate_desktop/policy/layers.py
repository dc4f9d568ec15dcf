"""Policy layers that can only tighten the check.

The built-in rules come first, then each pack's, then IT's.  A later rule whose
id is already taken does not replace the earlier one: it may raise its severity,
add terms, labels, domains or languages and narrow its exceptions, and whatever
else it asks for is ignored with a note (``advocate-pack lint`` shows the notes).
Every disclosure rule, whatever its id, tightens the first one (the built-in
``builtin.disclosure``), so a post is never asked for two different labels.

Each field of each kind has a merge below; a field without one keeps the
earlier value, so a new field can never become a way to loosen a rule.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from advocate_desktop.policy.model import Policy, Rule, RuleException, Scope, Severity, strictest


class _Missing:
    """A field the rule's document does not give."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
Merge = Callable[[Any, Any, list[str]], Any]


def _key(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)  # an exception written as an object
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def union(earlier: Any, later: Any, notes: list[str]) -> Any:
    """Lists: everything either gives, earlier entries first (terms, domains, types)."""
    if earlier is MISSING or later is MISSING:
        return later if earlier is MISSING else earlier
    seen = {_key(v) for v in earlier}
    return [*earlier, *(v for v in later if _key(v) not in seen)]


def union_per_key(earlier: Any, later: Any, notes: list[str]) -> Any:
    """Objects of lists: per key, everything either gives (labels per language)."""
    if earlier is MISSING or later is MISSING:
        return later if earlier is MISSING else earlier
    merged = {k: list(v) for k, v in earlier.items()}
    for key, values in later.items():
        merged[key] = union(merged.get(key, MISSING), list(values), notes)
    return merged


def earlier_first(earlier: Any, later: Any, notes: list[str]) -> Any:
    """Wording (messages, labels, reasons): the earlier text stays; a later one only
    fills a language or key the earlier lacks."""
    if earlier is MISSING:
        return later
    if later is MISSING or not isinstance(earlier, Mapping) or not isinstance(later, Mapping):
        return earlier
    merged = dict(earlier)
    for key, value in later.items():
        merged[key] = earlier_first(merged.get(key, MISSING), value, notes)
    return merged


def either_true(default: bool) -> Merge:
    """A switch that makes the rule stricter when on (``flag_plain_http``)."""

    def merge(earlier: Any, later: Any, notes: list[str]) -> Any:
        if later is MISSING:  # not given: the earlier value stands
            return earlier
        before = default if earlier is MISSING else bool(earlier)
        after = bool(later)
        if before and not after:
            notes.append("cannot switch it off")
        return before or after

    return merge


def same(earlier: Any, later: Any, notes: list[str]) -> Any:
    """A definition that cannot change (a pattern): only the earlier counts."""
    if earlier is MISSING:
        return later
    if later is not MISSING and later != earlier:
        notes.append("cannot be redefined")
    return earlier


def _within(domain: str, domains: Iterable[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def allowed_sites(earlier: Any, later: Any, notes: list[str]) -> Any:
    """An allow-list only narrows: a site stays allowed when both lists allow it."""
    if earlier is MISSING or later is MISSING:
        return later if earlier is MISSING else earlier
    before = [d.lower() for d in earlier]
    after = [d.lower() for d in later]
    kept = [d for d in before if _within(d, after)] + [
        d for d in after if _within(d, before) and d not in before
    ]
    if any(not _within(d, before) for d in after):
        notes.append("cannot allow sites the earlier list does not")
    return kept


def all_or_union(earlier: Any, later: Any, notes: list[str]) -> Any:
    """A filter where "not given" means everything (``categories``)."""
    if earlier is MISSING or not earlier:
        if later is not MISSING and later:
            notes.append("cannot narrow it to fewer categories")
        return MISSING
    if later is MISSING or not later:
        return earlier
    return union(earlier, later, notes)


def lowest_per_network(earlier: Any, later: Any, notes: list[str]) -> Any:
    """Per network a limit (``default`` for the rest): the lower of the two wins."""
    if earlier is MISSING or later is MISSING:
        return later if earlier is MISSING else earlier
    merged: dict[str, int] = {}
    for network in {*earlier, *later}:
        values = [
            v
            for v in (
                earlier.get(network, earlier.get("default")),
                later.get(network, later.get("default")),
            )
            if isinstance(v, int)
        ]
        if values:
            merged[network] = min(values)
    return merged


def later_name(earlier: Any, later: Any, notes: list[str]) -> Any:
    """The employer's name: IT's (the last layer) over a pack's; the earlier name
    still counts as naming the employer (see :func:`tighten`)."""
    return earlier if later is MISSING or not later else later


# Every field of every kind, and how two layers' values of it combine.
MERGES: dict[str, Merge] = {
    # confidential, language
    "terms": union,
    "lists": union,
    "categories": all_or_union,
    "category_labels": earlier_first,
    # substitution
    "replacements": union,
    # pattern
    "pattern": same,
    "ignore_case": either_true(True),
    # link
    "blocked_domains": union,
    "allowed_domains": allowed_sites,
    "flag_plain_http": either_true(True),
    "reasons": earlier_first,
    "utm_message": earlier_first,
    # pii
    "types": union,
    "labels": earlier_first,
    "countries": union,  # more national identifiers checked
    "typos": either_true(True),  # reporting likely typos reports more
    "typo_message": earlier_first,
    "region": earlier_first,  # where a number is read as a phone: the first layer's
    # disclosure
    "phrases": union_per_key,
    "default_phrases": earlier_first,
    "rejected": union_per_key,
    # IT's wording (disclosure_texts); no policy document may give it (loader.py)
    "required_phrases": union_per_key,
    "about": union,
    "employer": later_name,
    "max_offset": lowest_per_network,
    "messages": earlier_first,
    # length
    "max_hashtags": lowest_per_network,
    "max_mentions": lowest_per_network,
}


def _scope(earlier: Scope, later: Scope, notes: list[str]) -> Scope:
    """A rule applies wherever either layer says; an empty list means everywhere."""

    def widen(before: frozenset[str], after: frozenset[str], what: str) -> frozenset[str]:
        if not before:
            if after:
                notes.append(f"cannot narrow its {what}")
            return before
        return before | after if after else frozenset()

    return Scope(
        networks=widen(earlier.networks, later.networks, "networks"),
        languages=widen(earlier.languages, later.languages, "languages"),
    )


def _exceptions(earlier: Rule, later: Rule, notes: list[str]) -> tuple[str | RuleException, ...]:
    """Exceptions only narrow: those both layers list stay."""
    if "exceptions" not in later.given:
        return earlier.exceptions
    wanted = {_key(e) for e in later.exceptions}
    if any(_key(e) not in {_key(x) for x in earlier.exceptions} for e in later.exceptions):
        notes.append("cannot add exceptions")
    return tuple(e for e in earlier.exceptions if _key(e) in wanted)


def _severities(earlier: Rule, later: Rule) -> tuple[Severity, dict[str, Severity]]:
    """Per reason, the stricter of what the two layers give it."""
    reasons = sorted({*earlier.severities, *later.severities})
    return strictest(earlier.severity, later.severity), {
        r: strictest(earlier.severity_for(r), later.severity_for(r)) for r in reasons
    }


def tighten(earlier: Rule, later: Rule) -> tuple[Rule, list[str]]:
    """``earlier`` with everything in ``later`` that makes it stricter, and a note for
    each thing ``later`` asked for that would have made it weaker."""
    notes: list[str] = []

    def note(field: str, found: list[str]) -> None:
        notes.extend(
            f"{later.origin}: rule {later.id!r}: {field}: {problem}; ignored" for problem in found
        )

    if later.kind != earlier.kind:
        note("kind", [f"cannot change from {earlier.kind!r} to {later.kind!r}"])
        return earlier, notes
    if later.severity.rank > earlier.severity.rank:
        note("severity", [f"cannot lower {earlier.severity.value!r} to {later.severity.value!r}"])
    severity, per_reason = _severities(earlier, later)
    for reason, value in later.severities.items():
        if value.rank > earlier.severity_for(reason).rank:
            note(f"severities/{reason}", [f"cannot lower {earlier.severity_for(reason).value!r}"])
    found: list[str] = []
    scope = _scope(earlier.scope, later.scope, found)
    note("scope", found)
    found = []
    exceptions = _exceptions(earlier, later, found)
    note("exceptions", found)
    params: dict[str, Any] = {}
    for name in {*earlier.params, *later.params}:
        before = earlier.params.get(name, MISSING)
        after = later.params.get(name, MISSING)
        merge = MERGES.get(name)
        found = []
        if merge is None:  # unknown to the merge table: the earlier value stands
            value = before
            if after is not MISSING and after != before:
                found.append("this field cannot be changed by a later layer")
        else:
            value = merge(before, after, found)
        note(name, found)
        if value is not MISSING:
            params[name] = value
    renamed = earlier.params.get("employer")
    if earlier.kind == "disclosure" and renamed and renamed != params.get("employer"):
        params["about"] = union(params.get("about", []), [renamed], [])  # still the employer
    merged = dataclasses.replace(
        earlier,
        severity=severity,
        severities=per_reason,
        message=earlier_first(earlier.message, later.message, []),
        scope=scope,
        link=earlier.link or later.link,
        exceptions=exceptions,
        params=params,
        given=earlier.given | later.given,
    )
    return merged, notes


def combine(*layers: Iterable[Rule]) -> Policy:
    """Built-in rules first, then the packs', then IT's: a later rule with a taken id,
    and every disclosure rule after the first, only tightens the earlier one."""
    merged: dict[str, Rule] = {}
    notes: list[str] = []
    for layer in layers:
        for rule in layer:
            target = rule.id
            if rule.kind == "disclosure":
                target = next((r.id for r in merged.values() if r.kind == "disclosure"), rule.id)
            previous = merged.get(target)
            if previous is None:
                merged[target] = rule
                continue
            merged[target], found = tighten(previous, rule)
            notes.extend(found)
    return Policy(rules=tuple(merged.values()), notes=tuple(notes))
