"""Editing a pack's ``policy.json``: its rules as the loader reads them, written back
without losing a field, checked one rule at a time as the app would check them.

The document is kept as JSON (dicts and lists), never as :class:`Rule` objects, so
whatever the studio does not edit (a rule's wording per reason, a term's
``"generated"`` marker, ``pacing``, fields a newer version adds) is written back as
it was.  A rule the form edits keeps its fields in their order; a field the form
leaves at the value an absent field means is not added.

Layers only tighten: a pack's rule that reuses a built-in rule's id (or any
``disclosure`` rule) is merged into the built-in one by :func:`layers.tighten`,
which notes everything that would weaken it; :func:`PolicyDocument.problems`
refuses the rule for each such note, with the same code the app and
``advocate-pack lint`` use.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from advocate_desktop.policy.inflection import (
    Inflection,
    InflectionUnavailable,
    Key,
    analogy_forms,
    inflect,
)
from advocate_desktop.policy.model import PII_TYPES, REASONS, Finding, Rule

SOURCE = "policy.json"
#: The languages the app speaks; a form edits a rule's message in each.
APP_LANGUAGES = ("en", "pl")


class Shape(StrEnum):
    """How a kind's own field is written in JSON, so a form knows which control edits it."""

    TEXT = "text"  # a string
    LINES = "lines"  # a list of strings
    OPTIONAL_LINES = "optional_lines"  # a list of strings whose absence means something else
    CHOICES = "choices"  # a list of strings out of a fixed set
    BOOL = "bool"
    PER_LANGUAGE_LINES = "per_language_lines"  # language → list of strings
    PER_NETWORK_NUMBERS = "per_network_numbers"  # network or "default" → whole number
    TERMS = "terms"  # texts or {"term", "forms", …} objects
    REPLACEMENTS = "replacements"  # [{"wrong": [...], "right": "..."}]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind: its JSON name, its shape and what a rule without it means."""

    name: str
    shape: Shape
    default: Any = None
    required: bool = False


#: The kinds in the order a form offers them, each with the fields a form edits.
#: Any other field of a rule (wording per reason, labels, ``default_phrases``) is
#: kept as written.
KIND_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "confidential": (FieldSpec("terms", Shape.TERMS, [], required=True),),
    "substitution": (FieldSpec("replacements", Shape.REPLACEMENTS, [], required=True),),
    "disclosure": (
        FieldSpec("employer", Shape.TEXT, ""),
        FieldSpec("about", Shape.LINES, []),
        FieldSpec("phrases", Shape.PER_LANGUAGE_LINES, {}),
        FieldSpec("rejected", Shape.PER_LANGUAGE_LINES, {}),
        FieldSpec("max_offset", Shape.PER_NETWORK_NUMBERS, {}),
    ),
    "pii": (
        FieldSpec("types", Shape.CHOICES, list(PII_TYPES)),
        FieldSpec("region", Shape.TEXT, "PL"),
        FieldSpec("countries", Shape.LINES, []),
        FieldSpec("typos", Shape.BOOL, False),
    ),
    "secret": (),
    "link": (
        FieldSpec("blocked_domains", Shape.LINES, []),
        FieldSpec("allowed_domains", Shape.OPTIONAL_LINES, None),
        FieldSpec("flag_plain_http", Shape.BOOL, True),
    ),
    "language": (
        FieldSpec("lists", Shape.CHOICES, []),
        FieldSpec("categories", Shape.LINES, []),
        FieldSpec("terms", Shape.TERMS, []),
        FieldSpec("category", Shape.TEXT, ""),
    ),
    "pattern": (
        FieldSpec("pattern", Shape.TEXT, "", required=True),
        FieldSpec("ignore_case", Shape.BOOL, True),
    ),
    "length": (
        FieldSpec("max_hashtags", Shape.PER_NETWORK_NUMBERS, {}),
        FieldSpec("max_mentions", Shape.PER_NETWORK_NUMBERS, {}),
    ),
}
KINDS: tuple[str, ...] = tuple(KIND_FIELDS)

#: The placeholders each kind fills in its message, for the form's hint.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "confidential": ("match",),
    "substitution": ("match", "right"),
    "disclosure": ("phrase",),
    "pii": ("type",),
    "secret": ("type",),
    "link": ("host", "reason"),
    "language": ("match", "category"),
    "pattern": ("match",),
    "length": ("network", "length", "limit", "over"),
}

# A new rule's severity: what stops a leak blocks, the rest warns.
_NEW_SEVERITY = {"confidential": "block", "pii": "block", "secret": "block", "disclosure": "block"}
# The common fields in the order a new rule writes them.
_COMMON_ORDER = ("id", "kind", "severity", "severities", "message", "link", "scope")


def choices(kind: str, name: str) -> tuple[str, ...]:
    """The values a ``CHOICES`` field may take."""
    if (kind, name) == ("pii", "types"):
        return PII_TYPES
    if (kind, name) == ("language", "lists"):
        return _language_lists()
    return ()


@functools.cache
def _language_lists() -> tuple[str, ...]:
    from advocate_desktop.policy.checks.language import available_lists

    return tuple(sorted(available_lists()))


def reasons(kind: str) -> tuple[str, ...]:
    """The reasons a rule of ``kind`` may give their own severity (``severities``)."""
    return REASONS.get(kind, ())


# -- rules as JSON ---------------------------------------------------------------------
def new_rule(kind: str, rule_id: str = "") -> dict[str, Any]:
    """A rule of ``kind`` for a form to fill: its message and required fields empty."""
    if kind not in KIND_FIELDS:
        raise ValueError(f"unknown kind {kind!r}")
    rule: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "severity": _NEW_SEVERITY.get(kind, "warn"),
        "message": {},
    }
    for spec in KIND_FIELDS[kind]:
        if spec.required:
            rule[spec.name] = copy.deepcopy(spec.default)
    return rule


def field_value(rule: Mapping[str, Any], kind: str, name: str) -> Any:
    """A kind's field as the rule gives it, or what its absence means."""
    spec = next((s for s in KIND_FIELDS.get(kind, ()) if s.name == name), None)
    default = copy.deepcopy(spec.default) if spec is not None else None
    return copy.deepcopy(rule[name]) if name in rule else default


def edited_rule(original: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, Any]:
    """``original`` with each field of ``edits`` set (``REMOVE`` deletes it), every other
    field kept in its place.  A field ``original`` lacks is not added when the edit sets it
    to what its absence means already (an empty scope, ``flag_plain_http`` on); new fields
    follow the common ones' order."""
    kind = str(edits.get("kind", original.get("kind", "")))
    result: dict[str, Any] = copy.deepcopy(dict(original))
    added: dict[str, Any] = {}
    for name, value in edits.items():
        if value is REMOVE:
            result.pop(name, None)
        elif name in original:
            if original[name] != value:
                result[name] = copy.deepcopy(value)
        elif not _means_absent(kind, name, value):
            added[name] = copy.deepcopy(value)
    last = len(_COMMON_ORDER)
    for name in sorted(added, key=lambda n: _COMMON_ORDER.index(n) if n in _COMMON_ORDER else last):
        result[name] = added[name]
    return result


def merged_list(original: Any, items: Iterable[str]) -> list[Any]:
    """``items`` as a list, or ``original`` as written when it holds the same entries."""
    wanted = _clean(items)
    if isinstance(original, list) and sorted(map(str, original)) == sorted(wanted):
        return copy.deepcopy(original)
    return wanted


def merged_scope(original: Any, networks: Iterable[str], languages: Iterable[str]) -> Any:
    """A scope with these networks and languages, keeping ``original``'s keys and order."""
    before = original if isinstance(original, Mapping) else {}
    scope = dict(copy.deepcopy(before))
    for key, values in (("networks", list(networks)), ("languages", list(languages))):
        if key in before or values:
            scope[key] = merged_list(before.get(key), values)
    return scope


def merged_message(original: Any, texts: Mapping[str, str]) -> dict[str, str]:
    """The message with each language of ``texts`` set (empty: removed); other languages
    kept as written."""
    message = dict(original) if isinstance(original, Mapping) else {}
    for language, text in texts.items():
        if text.strip():
            message[language] = text
        else:
            message.pop(language, None)
    return message


class _Remove:
    def __repr__(self) -> str:
        return "REMOVE"


#: An edit that deletes a field.
REMOVE: Any = _Remove()


def _means_absent(kind: str, name: str, value: Any) -> bool:
    if name in ("scope", "severities") and not _non_empty(value):
        return True
    if name in ("exceptions",) and not value:
        return True
    if name == "link" and not value:
        return True
    spec = next((s for s in KIND_FIELDS.get(kind, ()) if s.name == name), None)
    return spec is not None and not spec.required and value == spec.default


def _non_empty(value: Any) -> bool:
    if isinstance(value, Mapping):
        return any(_non_empty(v) for v in value.values())
    return bool(value)


# -- terms, exceptions, replacements: rows a form shows, merged back into JSON -----------
@dataclass(frozen=True)
class TermRow:
    """One term as a form lists it: its text, and the flag or category it carries."""

    term: str
    proper_name: bool = False
    category: str = ""


def term_text(entry: Any) -> str:
    if isinstance(entry, Mapping):
        return str(entry.get("term", ""))
    return str(entry)


def term_row(entry: Any) -> TermRow:
    if isinstance(entry, Mapping):
        return TermRow(
            term_text(entry),
            entry.get("proper_name") is True,
            str(entry.get("category", "") or ""),
        )
    return TermRow(str(entry))


def merged_terms(original: Sequence[Any], rows: Iterable[TermRow]) -> list[Any]:
    """The terms ``rows`` lists, each keeping what ``original`` wrote for it (forms, the
    model noun, ``"generated"``); a new term without a flag is written as plain text."""
    by_text: dict[str, Any] = {}
    for entry in original:
        by_text.setdefault(term_text(entry), entry)
    merged: list[Any] = []
    for row in rows:
        text = row.term.strip()
        if not text:
            continue
        entry = copy.deepcopy(by_text.get(text, text))
        merged.append(_with_flags(entry, row))
    return merged


def _with_flags(entry: Any, row: TermRow) -> Any:
    if isinstance(entry, str):
        if not row.proper_name and not row.category:
            return entry
        entry = {"term": entry}
    updated = dict(entry)
    if row.proper_name:
        updated["proper_name"] = True
    else:
        updated.pop("proper_name", None)
    if row.category:
        updated["category"] = row.category
    else:
        updated.pop("category", None)
    if set(updated) == {"term"}:
        return updated["term"]
    return updated


def with_proper_name(entry: Any, proper_name: bool) -> Any:
    """A term marked (or no longer marked) as a proper name: matched only capitalised."""
    row = term_row(entry)
    return _with_flags(copy.deepcopy(entry), TermRow(row.term, proper_name, row.category))


def with_forms(entry: Any, forms: Iterable[str], generated: str | None = None) -> dict[str, Any]:
    """A term listing ``forms`` (the term itself left out, duplicates dropped, in order);
    ``generated`` records how they were found, as ``advocate-pack inflect --write`` does."""
    text = term_text(entry)
    updated: dict[str, Any] = dict(entry) if isinstance(entry, Mapping) else {"term": text}
    listed: dict[str, None] = {}
    for form in forms:
        form = form.strip()
        if form and form != text:
            listed.setdefault(form, None)
    updated["forms"] = list(listed)
    if generated:
        updated["generated"] = generated
    return updated


def with_like(entry: Any, like: str) -> Any:
    """A term declined like the model noun ``like`` (none: the closest model)."""
    updated: dict[str, Any] = dict(entry) if isinstance(entry, Mapping) else {"term": entry}
    if like.strip():
        updated["like"] = like.strip()
    else:
        updated.pop("like", None)
    return updated["term"] if set(updated) == {"term"} else updated


def listed_forms(entry: Any) -> tuple[str, ...] | None:
    """The forms a term lists (None: a bare term, whose forms the build adds)."""
    if isinstance(entry, Mapping) and isinstance(entry.get("forms"), list):
        return tuple(str(f) for f in entry["forms"] if isinstance(f, str))
    return None


@dataclass(frozen=True)
class Replacement:
    wrong: tuple[str, ...]
    right: str


def replacement_rows(value: Any) -> list[Replacement]:
    rows = []
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, Mapping):
            wrong = entry.get("wrong")
            rows.append(
                Replacement(
                    tuple(str(w) for w in wrong) if isinstance(wrong, list) else (),
                    str(entry.get("right", "")),
                )
            )
    return rows


def merged_replacements(original: Any, rows: Iterable[Replacement]) -> list[dict[str, Any]]:
    """The replacements ``rows`` lists; an unchanged one keeps its object as written."""
    kept: dict[tuple[tuple[str, ...], str], Any] = {}
    for entry in original if isinstance(original, list) else []:
        for row in replacement_rows([entry]):
            kept.setdefault((row.wrong, row.right), entry)
    merged = []
    for row in rows:
        wrong = tuple(w.strip() for w in row.wrong if w.strip())
        right = row.right.strip()
        if not wrong and not right:
            continue
        merged.append(
            copy.deepcopy(kept.get((wrong, right), {"wrong": list(wrong), "right": right}))
        )
    return merged


def exception_lists(value: Any) -> tuple[list[str], list[str]]:
    """A rule's exceptions as a form shows them: phrases, and domains."""
    phrases: list[str] = []
    domains: list[str] = []
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, str):
            phrases.append(entry)
        elif isinstance(entry, Mapping) and entry.get("domain"):
            domains.append(str(entry["domain"]))
        elif isinstance(entry, Mapping):
            phrases.append(str(entry.get("text", "")))
    return phrases, domains


def merged_exceptions(original: Any, phrases: Iterable[str], domains: Iterable[str]) -> list[Any]:
    """Exceptions from a form's phrases and domains; a phrase written as an object
    (``{"text": …, "proper_name": true}``) stays one."""
    objects: dict[str, Any] = {}
    for entry in original if isinstance(original, list) else []:
        if isinstance(entry, Mapping) and entry.get("text"):
            objects.setdefault(str(entry["text"]), entry)
    merged: list[Any] = [copy.deepcopy(objects.get(p, p)) for p in _clean(phrases)]
    merged += [{"domain": d} for d in _clean(domains)]
    return merged


def _clean(lines: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for line in lines:
        if line.strip():
            seen.setdefault(line.strip(), None)
    return list(seen)


# -- checking one rule ------------------------------------------------------------------
@dataclass(frozen=True)
class RuleProblem:
    """Why a rule cannot be saved: the field it is in (``""`` for the rule as a whole),
    the JSON pointer inside the rule, and the loader's or the layer merge's sentence."""

    field: str
    pointer: str
    problem: str
    weakens: bool = False


@functools.cache
def builtin_rules() -> tuple[Rule, ...]:
    """The built-in rules, read once (they ship with the app)."""
    from advocate_desktop.policy.loader import builtin_rules as load

    return tuple(load())


@functools.cache
def builtin_documents() -> tuple[dict[str, Any], ...]:
    """The built-in rules as written, for showing them read-only."""
    from advocate_desktop.policy.loader import builtin_policy_path

    document = json.loads(builtin_policy_path().read_text(encoding="utf-8"))
    return tuple(document["rules"])


def warm_up() -> None:
    """Reads what editing needs from the app's resources (the built-in rules, the word
    lists' names, the inflection models) so later calls answer from memory: call it on
    a worker before a window shows them."""
    from advocate_desktop.policy.inflection import model_nouns

    builtin_rules()
    builtin_documents()
    choices("language", "lists")
    model_nouns()


def layered_on(rule: Mapping[str, Any]) -> Rule | None:
    """The built-in rule a pack's rule is merged into, if any: the one with its id, or
    for a ``disclosure`` rule the built-in disclosure rule."""
    if rule.get("kind") == "disclosure":
        return next((r for r in builtin_rules() if r.kind == "disclosure"), None)
    return next((r for r in builtin_rules() if r.id == rule.get("id")), None)


def rule_problems(rule: Mapping[str, Any], other_ids: Iterable[str] = ()) -> list[RuleProblem]:
    """What the loader refuses in ``rule`` (every field it refuses, not only the first),
    a taken id, and what would weaken a built-in rule (see :func:`layers.tighten`);
    empty when the rule can be saved."""
    from advocate_desktop.policy.layers import tighten
    from advocate_desktop.policy.loader import PolicyError, parse_policy

    if not isinstance(rule, Mapping):
        return [RuleProblem("", "", "a rule is a JSON object")]
    problems: list[RuleProblem] = []
    trial = copy.deepcopy(dict(rule))
    parsed: Rule | None = None
    while parsed is None:
        try:
            (parsed,) = parse_policy({"rules": [trial]}, SOURCE)
        except PolicyError as error:
            pointer = error.pointer.removeprefix("/rules/0")
            name = _field_of(pointer)
            problems.append(RuleProblem(name, pointer, error.problem))
            # The loader stops at the first fault; a stand-in for the faulty field lets
            # it go on to the next, so a form marks every field at once.
            stand_in = _stand_in(str(trial.get("kind", "")), name)
            if stand_in is None or len(problems) > len(trial) + 2:
                return problems
            if stand_in is REMOVE:
                trial.pop(name, None)
            else:
                trial[name] = stand_in
    if problems:
        return problems
    empty = [language for language, text in parsed.message.items() if not text.strip()]
    if empty:  # the loader takes it; an employee would read a finding without words
        return [RuleProblem("message", f"/message/{empty[0]}", "the message is empty")]
    if parsed.id in set(other_ids):
        return [RuleProblem("id", "/id", f"duplicate rule id {parsed.id!r}")]
    earlier = layered_on(rule)
    if earlier is None:
        return []
    prefix = f"{SOURCE}: rule {parsed.id!r}: "
    for note in tighten(earlier, parsed)[1]:
        text = note.removeprefix(prefix).removesuffix("; ignored")
        name, _, problem = text.partition(": ")
        problems.append(RuleProblem(name.split("/")[0], f"/{name}", problem, weakens=True))
    return problems


# Values the loader accepts, put in place of a refused field to find the next fault.
_STAND_INS: dict[str, Any] = {
    "id": "_",
    "severity": "warn",
    "message": {"en": "_"},
    "scope": REMOVE,
    "link": REMOVE,
    "exceptions": REMOVE,
    "severities": REMOVE,
    "terms": ["_"],
    "replacements": [{"wrong": ["_"], "right": "_"}],
    "pattern": "_",
    "lists": ["profanity"],
}


def _stand_in(kind: str, name: str) -> Any:
    """A stand-in for the field ``name``, or None when there is none (the kind itself)."""
    if name in _STAND_INS:
        return _STAND_INS[name]
    if any(spec.name == name for spec in KIND_FIELDS.get(kind, ())):
        return REMOVE  # an optional field: its absence is valid
    return None


def _field_of(pointer: str) -> str:
    return pointer.lstrip("/").split("/")[0]


# -- the document -----------------------------------------------------------------------
class PolicyDocument:
    """A pack's policy document being edited.  Rules stay JSON objects; every field the
    studio does not edit, of the document or of a rule, is written back unchanged."""

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        if document is None:
            document = {"version": 1, "rules": []}
        if not isinstance(document, Mapping):
            raise ValueError('a policy is a JSON object with a "rules" list')
        self._document: dict[str, Any] = copy.deepcopy(dict(document))
        rules = self._document.setdefault("rules", [])
        if not isinstance(rules, list):
            raise ValueError('the policy\'s "rules" is not a list')

    @classmethod
    def from_text(cls, text: str) -> PolicyDocument:
        """Raises ``ValueError`` for text that is not a JSON object with a rules list."""
        return cls(json.loads(text))

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(self._document)

    def to_text(self) -> str:
        """The document as ``policy.json`` is written (2-space indent, UTF-8 as is)."""
        return serialise(self._document)

    # rules
    @property
    def rules(self) -> list[Any]:
        rules: list[Any] = copy.deepcopy(self._document["rules"])
        return rules

    def rule(self, index: int) -> Any:
        return copy.deepcopy(self._document["rules"][index])

    def __len__(self) -> int:
        return len(self._document["rules"])

    def ids(self, *, except_index: int | None = None) -> list[str]:
        return [
            str(r.get("id"))
            for i, r in enumerate(self._document["rules"])
            if i != except_index and isinstance(r, Mapping) and isinstance(r.get("id"), str)
        ]

    def problems(self, rule: Mapping[str, Any], index: int | None = None) -> list[RuleProblem]:
        """What stops ``rule`` being saved at ``index`` (None: as a new rule)."""
        return rule_problems(rule, self.ids(except_index=index))

    def replace_rule(self, index: int, rule: Mapping[str, Any]) -> list[RuleProblem]:
        """Puts ``rule`` at ``index`` when it has no problem; returns the problems."""
        problems = self.problems(rule, index)
        if not problems:
            self._document["rules"][index] = copy.deepcopy(dict(rule))
        return problems

    def add_rule(self, rule: Mapping[str, Any]) -> list[RuleProblem]:
        problems = self.problems(rule)
        if not problems:
            self._document["rules"].append(copy.deepcopy(dict(rule)))
        return problems

    def remove_rule(self, index: int) -> None:
        del self._document["rules"][index]

    def confidential_rules(self) -> list[int]:
        return [
            i
            for i, r in enumerate(self._document["rules"])
            if isinstance(r, Mapping) and r.get("kind") == "confidential"
        ]

    def unused_id(self, stem: str) -> str:
        taken = set(self.ids()) | {r.id for r in builtin_rules()}
        if stem not in taken:
            return stem
        return next(f"{stem}-{n}" for n in range(2, len(taken) + 3) if f"{stem}-{n}" not in taken)


def serialise(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- sample posts -----------------------------------------------------------------------
@dataclass(frozen=True)
class Sample:
    """A post the communications team expects employees to write, to try the rules on.
    ``from_item``: made from one of the pack's items (the post must then disclose)."""

    text: str
    language: str = "en"
    from_item: bool = True


@dataclass(frozen=True)
class SampleCatches:
    """Which rule catches which sample: findings per sample, sample indexes per rule id
    (the id the check reports: a pack's disclosure rule reports as the built-in one)."""

    findings: tuple[tuple[Finding, ...], ...]
    by_rule: dict[str, tuple[int, ...]]
    # Pack rules left out because they cannot be loaded: index → problem.
    skipped: dict[int, str] = field(default_factory=dict)
    # Samples too long to check: their indexes.
    too_long: tuple[int, ...] = ()

    def caught_by(self, rule: Mapping[str, Any]) -> tuple[int, ...]:
        """The samples ``rule`` (as the pack writes it) catches."""
        return self.by_rule.get(reported_id(rule), ())

    def rules_catching(self, sample: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule for f in self.findings[sample]))


def reported_id(rule: Mapping[str, Any]) -> str:
    """The rule id a check reports for ``rule``: a disclosure rule is merged into the
    built-in one, whose id its findings carry."""
    earlier = layered_on(rule) if rule.get("kind") == "disclosure" else None
    return earlier.id if earlier is not None else str(rule.get("id", ""))


def sample_catches(
    rules: Sequence[Any], samples: Sequence[Sample], networks: Sequence[str] | None = None
) -> SampleCatches:
    """Checks every sample against the built-in rules and ``rules`` layered as the app
    layers them.  Slow the first time a policy lists bare terms (their lemmas are read):
    call it on a worker."""
    from advocate_desktop.policy.engine import PolicyEngine, TextTooLarge
    from advocate_desktop.policy.layers import combine
    from advocate_desktop.policy.loader import PolicyError, parse_policy
    from advocate_desktop.text.catalog import text_targets

    parsed: list[Rule] = []
    skipped: dict[int, str] = {}
    seen: set[str] = set()
    for index, raw in enumerate(rules):
        try:
            (rule,) = parse_policy({"rules": [raw]}, SOURCE)
        except PolicyError as error:
            skipped[index] = error.problem
            continue
        if rule.id in seen:
            skipped[index] = f"duplicate rule id {rule.id!r}"
            continue
        seen.add(rule.id)
        parsed.append(rule)
    engine = PolicyEngine(combine(builtin_rules(), parsed))
    chosen = tuple(networks) if networks is not None else text_targets()
    found: list[tuple[Finding, ...]] = []
    too_long: list[int] = []
    by_rule: dict[str, list[int]] = {}
    for index, sample in enumerate(samples):
        try:
            result = engine.check(
                sample.text,
                networks=chosen,
                language=sample.language,
                company_content=sample.from_item,
            )
        except TextTooLarge:
            too_long.append(index)
            found.append(())
            continue
        found.append(result.findings)
        for finding in result.findings:
            caught = by_rule.setdefault(finding.rule, [])
            if index not in caught:
                caught.append(index)
    return SampleCatches(
        tuple(found), {k: tuple(v) for k, v in by_rule.items()}, skipped, tuple(too_long)
    )


def samples_to_json(samples: Iterable[Sample]) -> list[dict[str, Any]]:
    return [{"text": s.text, "language": s.language, "from_item": s.from_item} for s in samples]


def samples_from_json(value: Any) -> list[Sample]:
    """Samples saved by :func:`samples_to_json`; entries that are not are skipped."""
    found = []
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, Mapping) and isinstance(entry.get("text"), str):
            language = entry.get("language")
            found.append(
                Sample(
                    entry["text"],
                    language if isinstance(language, str) and language else "en",
                    entry.get("from_item", True) is not False,
                )
            )
    return found


# -- forms of confidential terms --------------------------------------------------------
@dataclass(frozen=True)
class TermForms:
    """A term's generated forms for review: what inflection gives it (``generated``;
    ``method`` says how: "dictionary", "analogy:<model>" or "none") beside what the
    document lists (``listed``, None for a bare term)."""

    term: str
    like: str | None
    listed: tuple[str, ...] | None
    generated: Inflection
    dictionary: bool  # False: Morfeusz was unavailable, forms are by analogy alone

    @property
    def method(self) -> str:
        return self.generated.method

    def cases_of(self, form: str) -> tuple[Key, ...]:
        """The (number, case) cells ``form`` fills, compared case-insensitively."""
        folded = form.casefold()
        return tuple(
            key for key, forms in self.generated.paradigm if folded in {f.casefold() for f in forms}
        )

    def missing(self) -> list[tuple[Key, tuple[str, ...]]]:
        """The cases none of the listed forms covers (all generated forms count for a
        bare term, since the build adds them)."""
        if self.listed is None:
            return []
        return self.generated.missing(self.listed)

    @property
    def shown(self) -> tuple[str, ...]:
        """The forms a reviewer sees: those listed, else those the build would write."""
        if self.listed is not None:
            return self.listed
        return tuple(f for f in self.generated.forms if f != self.term)


def term_forms(entry: Any) -> TermForms:
    """Generates ``entry``'s forms (Morfeusz and SGJP; by analogy alone when Morfeusz is
    missing).  Takes up to a second or two the first time: call it on a worker."""
    text = term_text(entry)
    like = entry.get("like") if isinstance(entry, Mapping) else None
    like = like if isinstance(like, str) and like else None
    try:
        generated, dictionary = inflect(text, like), True
    except InflectionUnavailable:
        generated, dictionary = analogy_forms(text, like), False
    return TermForms(text, like, listed_forms(entry), generated, dictionary)


def tightening_rule(builtin_id: str) -> dict[str, Any]:
    """The smallest pack rule that tightens the built-in rule ``builtin_id`` and loads on
    its own: its id, kind, severity and message, and the fields its kind requires; a form
    then raises its severity or adds what it needs."""
    written = next(r for r in builtin_documents() if r.get("id") == builtin_id)
    rule = {k: copy.deepcopy(written[k]) for k in ("id", "kind", "severity", "message")}
    for spec in KIND_FIELDS.get(str(rule["kind"]), ()):
        if spec.required and spec.name in written:
            rule[spec.name] = copy.deepcopy(written[spec.name])
    if rule["kind"] == "language" and "lists" in written:
        rule["lists"] = copy.deepcopy(written["lists"])  # it needs lists or terms
    return rule


def tightens(rule: Mapping[str, Any], builtin_id: str) -> bool:
    """Whether a pack's ``rule`` is merged into the built-in rule ``builtin_id``."""
    earlier = layered_on(rule)
    return earlier is not None and earlier.id == builtin_id
