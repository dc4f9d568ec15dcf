"""Reads policy documents into rules, naming the JSON pointer of anything wrong."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advocate_desktop.paths import resources_dir
from advocate_desktop.policy.layers import combine
from advocate_desktop.policy.model import PII_TYPES, REASONS, Rule, RuleException, Scope, Severity

KNOWN_KINDS = frozenset(
    {
        "confidential",
        "length",
        "disclosure",
        "pii",
        "substitution",
        "link",
        "secret",
        "pattern",
        "language",
    }
)


class PolicyError(ValueError):
    """A policy that cannot be used.  ``pointer`` is an RFC 6901 JSON pointer."""

    def __init__(self, source: str, pointer: str, problem: str) -> None:
        super().__init__(f"{source}: {pointer or '/'}: {problem}")
        self.source = source
        self.pointer = pointer
        self.problem = problem


def builtin_policy_path() -> Path:
    return resources_dir() / "policy" / "builtin.json"


def load_policy_file(path: Path, origin: str | None = None) -> list[Rule]:
    source = origin or str(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PolicyError(source, "", f"cannot read the file: {error.strerror}") from error
    except ValueError as error:
        raise PolicyError(source, "", f"not valid JSON: {error}") from error
    except RecursionError:
        raise PolicyError(source, "", "the JSON is nested too deeply to be a policy") from None
    return parse_policy(document, source)


def load_policy_text(text: str, origin: str) -> list[Rule]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise PolicyError(origin, "", f"not valid JSON: {error}") from error
    except RecursionError:
        raise PolicyError(origin, "", "the JSON is nested too deeply to be a policy") from None
    return parse_policy(document, origin)


def builtin_rules() -> list[Rule]:
    return load_policy_file(builtin_policy_path(), origin="builtin")


__all__ = ["PolicyError", "builtin_rules", "combine", "load_policy_file", "parse_policy"]


def parse_policy(document: Any, source: str) -> list[Rule]:
    if not isinstance(document, Mapping):
        raise PolicyError(source, "", 'a policy is a JSON object with a "rules" list')
    rules = document.get("rules")
    if not isinstance(rules, list):
        raise PolicyError(source, "/rules", "missing or not a list")
    parsed: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(rules):
        rule = _rule(raw, f"/rules/{index}", source)
        if rule.id in seen:
            raise PolicyError(source, f"/rules/{index}/id", f"duplicate rule id {rule.id!r}")
        seen.add(rule.id)
        parsed.append(rule)
    return parsed


def _rule(raw: Any, pointer: str, source: str) -> Rule:
    if not isinstance(raw, Mapping):
        raise PolicyError(source, pointer, "a rule is a JSON object")
    rule_id = _string(raw, "id", pointer, source)
    kind = _string(raw, "kind", pointer, source)
    if kind not in KNOWN_KINDS:
        raise PolicyError(
            source, f"{pointer}/kind", f"unknown kind {kind!r}; use one of {sorted(KNOWN_KINDS)}"
        )
    severity_text = _string(raw, "severity", pointer, source)
    try:
        severity = Severity(severity_text)
    except ValueError:
        raise PolicyError(
            source, f"{pointer}/severity", 'must be "block", "warn" or "suggest"'
        ) from None
    message = raw.get("message")
    if (
        not isinstance(message, Mapping)
        or not message
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in message.items())
    ):
        raise PolicyError(source, f"{pointer}/message", "an object of language → text")
    scope_raw = raw.get("scope", {})
    if not isinstance(scope_raw, Mapping):
        raise PolicyError(source, f"{pointer}/scope", "an object with networks and languages")
    scope = Scope(
        networks=frozenset(
            _strings(scope_raw.get("networks", []), f"{pointer}/scope/networks", source)
        ),
        languages=frozenset(
            _strings(scope_raw.get("languages", []), f"{pointer}/scope/languages", source)
        ),
    )
    link = raw.get("link")
    if link is not None and not isinstance(link, str):
        raise PolicyError(source, f"{pointer}/link", "a URL as text")
    exceptions = _exceptions(raw.get("exceptions", []), f"{pointer}/exceptions", source)
    params = {k: v for k, v in raw.items() if k not in _COMMON_FIELDS}
    rule = Rule(
        id=rule_id,
        kind=kind,
        severity=severity,
        message=dict(message),
        scope=scope,
        link=link,
        exceptions=exceptions,
        params=params,
        origin=source,
        severities=_severities(raw.get("severities", {}), kind, f"{pointer}/severities", source),
        given=frozenset(raw),
    )
    _check_params(rule, pointer, source)
    return rule


_COMMON_FIELDS = frozenset(
    {"id", "kind", "severity", "severities", "message", "scope", "link", "exceptions"}
)


def _severities(raw: Any, kind: str, pointer: str, source: str) -> dict[str, Severity]:
    """``{"blocked": "block", "not_allowed": "warn"}``: a severity per reason."""
    reasons = REASONS.get(kind, ())
    if not isinstance(raw, Mapping):
        raise PolicyError(source, pointer, "an object of reason → severity")
    found: dict[str, Severity] = {}
    for reason, value in raw.items():
        if reason not in reasons:
            known = list(reasons) or "none: this kind reports one reason"
            raise PolicyError(source, f"{pointer}/{reason}", f"unknown reason; use {known}")
        try:
            found[reason] = Severity(value)
        except ValueError:
            raise PolicyError(
                source, f"{pointer}/{reason}", 'must be "block", "warn" or "suggest"'
            ) from None
    return found


def _network_numbers(value: Any, pointer: str, source: str) -> None:
    if not isinstance(value, Mapping) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values()
    ):
        raise PolicyError(source, pointer, "an object of network → a whole number, 0 or more")


def _check_params(rule: Rule, pointer: str, source: str) -> None:
    if rule.kind == "confidential":
        terms = rule.params.get("terms")
        if not isinstance(terms, list) or not terms:
            raise PolicyError(source, f"{pointer}/terms", "a non-empty list of terms")
        _check_terms(terms, pointer, source, optional={"like": "a model noun as text"})
        for index, term in enumerate(terms):
            if isinstance(term, Mapping) and not isinstance(term.get("proper_name", False), bool):
                raise PolicyError(source, f"{pointer}/terms/{index}/proper_name", "true or false")
    elif rule.kind == "language":
        _check_language(rule, pointer, source)
    elif rule.kind == "substitution":
        entries = rule.params.get("replacements")
        if not isinstance(entries, list) or not entries:
            raise PolicyError(source, f"{pointer}/replacements", "a non-empty list")
        for index, entry in enumerate(entries):
            where = f"{pointer}/replacements/{index}"
            if not isinstance(entry, Mapping) or not isinstance(entry.get("right"), str):
                raise PolicyError(source, where, '{"wrong": [...], "right": "..."}')
            if not _strings(entry.get("wrong"), f"{where}/wrong", source):
                raise PolicyError(source, f"{where}/wrong", "at least one wrong spelling")
    elif rule.kind == "pattern":
        import regex

        text = rule.params.get("pattern")
        if not isinstance(text, str) or not text:
            raise PolicyError(source, f"{pointer}/pattern", "a regular expression as text")
        try:
            regex.compile(text, regex.V1)
        except regex.error as error:
            raise PolicyError(
                source, f"{pointer}/pattern", f"rule {rule.id!r}: invalid pattern: {error}"
            ) from None
    elif rule.kind == "link":
        for key in ("blocked_domains", "allowed_domains"):
            _strings(rule.params.get(key, []), f"{pointer}/{key}", source)
    elif rule.kind == "length":
        for key in ("max_hashtags", "max_mentions"):
            _network_numbers(rule.params.get(key, {}), f"{pointer}/{key}", source)
    elif rule.kind == "pii":
        types = _strings(rule.params.get("types", list(PII_TYPES)), f"{pointer}/types", source)
        for index, kind in enumerate(types):
            if kind not in PII_TYPES:
                raise PolicyError(
                    source, f"{pointer}/types/{index}", f"unknown type; use {list(PII_TYPES)}"
                )
        from advocate_desktop.policy.checks.pii import option_problems

        for key, problem in option_problems(rule.params):
            raise PolicyError(source, f"{pointer}/{key}", problem)
    elif rule.kind == "disclosure":
        _check_disclosure(rule, pointer, source)


def _check_disclosure(rule: Rule, pointer: str, source: str) -> None:
    from advocate_desktop.policy.checks.disclosure import too_short
    from advocate_desktop.policy.company_wording import REQUIRED as REQUIRED_PHRASES

    if REQUIRED_PHRASES in rule.params:
        raise PolicyError(
            source,
            f"{pointer}/{REQUIRED_PHRASES}",
            "the company's required wording is IT's disclosure_texts setting, not part of a policy",
        )
    employer = rule.params.get("employer", "")
    if not isinstance(employer, str):
        raise PolicyError(source, f"{pointer}/employer", "the employer's name as text")
    for key in ("phrases", "default_phrases"):
        phrases = rule.params.get(key, {})
        if not isinstance(phrases, Mapping):
            raise PolicyError(source, f"{pointer}/{key}", "an object of language → [labels]")
        for language, values in phrases.items():
            labels = _strings(values, f"{pointer}/{key}/{language}", source)
            if not labels:
                raise PolicyError(source, f"{pointer}/{key}/{language}", "at least one label")
            for index, label in enumerate(labels):
                if too_short(label):
                    raise PolicyError(
                        source,
                        f"{pointer}/{key}/{language}/{index}",
                        f"{label!r} is too short to say anything: a label needs 4 letters or more",
                    )
    _strings(rule.params.get("about", []), f"{pointer}/about", source)
    rejected = rule.params.get("rejected", {})
    if not isinstance(rejected, Mapping):
        raise PolicyError(source, f"{pointer}/rejected", "an object of language → [labels]")
    for language, labels in rejected.items():
        _strings(labels, f"{pointer}/rejected/{language}", source)
    _network_numbers(rule.params.get("max_offset", {}), f"{pointer}/max_offset", source)


def _check_terms(
    terms: list[Any], pointer: str, source: str, *, optional: Mapping[str, str]
) -> None:
    """Each term is text, or {"term", "forms"} with the ``optional`` text fields."""
    for index, term in enumerate(terms):
        where = f"{pointer}/terms/{index}"
        if isinstance(term, str) and term.strip():
            continue
        if isinstance(term, Mapping) and isinstance(term.get("term"), str):
            _strings(term.get("forms", []), f"{where}/forms", source)
            for key, problem in optional.items():
                if not isinstance(term.get(key, ""), str):
                    raise PolicyError(source, f"{where}/{key}", problem)
            continue
        raise PolicyError(source, where, 'a term as text, or {"term": …, "forms": […]}')


def _check_language(rule: Rule, pointer: str, source: str) -> None:
    from advocate_desktop.policy.checks.language import available_lists

    lists = _strings(rule.params.get("lists", []), f"{pointer}/lists", source)
    for index, name in enumerate(lists):
        if name not in available_lists():
            known = sorted(available_lists())
            raise PolicyError(source, f"{pointer}/lists/{index}", f"no list {name!r}; use {known}")
    terms = rule.params.get("terms", [])
    if not isinstance(terms, list):
        raise PolicyError(source, f"{pointer}/terms", "a list of terms")
    _check_terms(terms, pointer, source, optional={"category": "a category name as text"})
    if not lists and not terms:
        raise PolicyError(source, f"{pointer}/lists", "name at least one list or give terms")
    _strings(rule.params.get("categories", []), f"{pointer}/categories", source)
    labels = rule.params.get("category_labels", {})
    if not isinstance(labels, Mapping) or not all(
        isinstance(v, Mapping) and all(isinstance(t, str) for t in v.values())
        for v in labels.values()
    ):
        raise PolicyError(
            source, f"{pointer}/category_labels", "an object of category → {language: label}"
        )


def _exceptions(value: Any, pointer: str, source: str) -> tuple[str | RuleException, ...]:
    """Phrases as text, or {"text", "proper_name"} and {"domain"} objects."""
    if not isinstance(value, list):
        raise PolicyError(source, pointer, "a list of phrases")
    found: list[str | RuleException] = []
    for index, entry in enumerate(value):
        where = f"{pointer}/{index}"
        if isinstance(entry, str):
            found.append(entry)
            continue
        if not isinstance(entry, Mapping) or set(entry) - {"text", "proper_name", "domain"}:
            raise PolicyError(
                source, where, 'a phrase, {"text": …, "proper_name": true} or {"domain": …}'
            )
        text, domain = entry.get("text", ""), entry.get("domain", "")
        proper = entry.get("proper_name", False)
        if not isinstance(proper, bool):
            raise PolicyError(source, f"{where}/proper_name", "true or false")
        if not isinstance(text, str) or not isinstance(domain, str) or bool(text) == bool(domain):
            raise PolicyError(source, where, 'give either "text" or "domain", as text')
        if domain and not _is_domain(domain):
            raise PolicyError(source, f"{where}/domain", "a domain such as careers.example.com")
        found.append(RuleException(text=text, proper_name=proper, domain=domain.lower()))
    return tuple(found)


def _is_domain(text: str) -> bool:
    labels = text.split(".")
    return len(labels) >= 2 and all(
        label and len(label) <= 63 and label.replace("-", "").isalnum() for label in labels
    )


def _string(raw: Mapping[str, Any], key: str, pointer: str, source: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise PolicyError(source, f"{pointer}/{key}", "required text is missing")
    return value


def _strings(value: Any, pointer: str, source: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(source, pointer, "a list of texts")
    return list(value)
