"""IT's managed configuration: preset values, locked keys and IT's own keys.

One document shape, whatever the source::

    {"settings": {"grace_minutes": 15}, "locked": ["grace_minutes"],
     "feeds": [...], "trusted_keys": [...], "policy": {...}, ...}

Every source (the JSON file, the Windows registry, macOS managed preferences; see
:mod:`advocate_desktop.settings.sources`) becomes such a document, and
:func:`read_document` checks it against the settings table.  As browsers do with
their policies, an invalid value is ignored alone and reported with its JSON
pointer; the other values still apply.  Where ignoring would make the app less
strict (trusted keys, require_signed, the policy) the app acts as if the strictest
value were set, and the problem says so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from advocate_desktop.settings.definitions import IT_SETTINGS, SETTINGS, definition_at
from advocate_desktop.settings.it_values import escape_pointer, key_expiry
from advocate_desktop.settings.setting import (
    EXPECTED_LIST,
    EXPECTED_OBJECT,
    QT_TRANSLATE_NOOP,
    Audience,
    InvalidValue,
    fill,
    shown,
)

__all__ = [
    "ManagedConfig",
    "ManagedConfigError",
    "ManagedProblem",
    "key_expiry",
    "load_managed",
    "merge",
    "read_document",
]

log = logging.getLogger(__name__)

# The keys that fail safe, and the value that is strictest for them.
REQUIRE_SIGNED = "require_signed"
POLICY = "policy"
ALLOWED_NETWORKS = "allowed_networks"  # failing safe: no network allowed
# Keys whose entries are ignored alone without loosening anything (an unknown network
# name allows nothing): only a problem with the whole value fails safe.
WHOLE_VALUE_FAILS_SAFE = frozenset({ALLOWED_NETWORKS})

UNREADABLE = QT_TRANSLATE_NOOP("ManagedConfig", "cannot be read: %1")
NOT_JSON = QT_TRANSLATE_NOOP("ManagedConfig", "not valid JSON: %1")
TOO_DEEP = QT_TRANSLATE_NOOP("ManagedConfig", "the JSON is nested too deeply to be read")
NOT_A_DOCUMENT = QT_TRANSLATE_NOOP("ManagedConfig", "expected a JSON object, got %1")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("ManagedConfig", "unknown key")
UNKNOWN_SETTING = QT_TRANSLATE_NOOP("ManagedConfig", "unknown setting %1")
EMPLOYEE_ONLY = QT_TRANSLATE_NOOP(
    "ManagedConfig", "only the employee sets this; IT may lock it (IT's own keys: /%1)"
)
NOT_LOCKABLE = QT_TRANSLATE_NOOP("ManagedConfig", "%1 cannot be locked")
NOT_A_KEY_NAME = QT_TRANSLATE_NOOP("ManagedConfig", "expected a setting name, got %1")
UNREADABLE_FAIL_SAFE = QT_TRANSLATE_NOOP(
    "ManagedConfig",
    "None of this source's values apply. Until it is fixed, only signed content is accepted"
    " and nothing is published.",
)


class ManagedConfigError(ValueError):
    """A managed configuration that cannot be used at all (only ``advocate-pack`` and
    callers that want one file strictly raise this; the app lists problems instead)."""

    def __init__(self, source: str, pointer: str, problem: str) -> None:
        super().__init__(f"{source}: {pointer or '/'}: {problem}")
        self.source = source
        self.pointer = pointer
        self.problem = problem


@dataclass(frozen=True)
class ManagedProblem:
    """One value of one source that was ignored, and why."""

    source: str
    pointer: str  # JSON pointer in the source's document ("" for the whole of it)
    template: str  # marked in PROBLEMS_CONTEXT
    arguments: tuple[str, ...] = ()
    fail_safe: str = ""  # what the app does instead, marked in PROBLEMS_CONTEXT

    @property
    def problem(self) -> str:
        return fill(self.template, self.arguments)

    def __str__(self) -> str:
        text = f"{self.source}: {self.pointer or '/'}: {self.problem}"
        return f"{text} ({self.fail_safe})" if self.fail_safe else text


@dataclass(frozen=True)
class ManagedConfig:
    values: dict[str, Any] = field(default_factory=dict)  # the employee's settings IT sets
    locked: frozenset[str] = frozenset()
    source: str | None = None  # the first source that set anything (names IT's layers)
    extra: dict[str, Any] = field(default_factory=dict)  # IT's own top-level keys
    sources: tuple[str, ...] = ()  # every source read, in precedence order
    problems: tuple[ManagedProblem, ...] = ()
    strict: frozenset[str] = frozenset()  # keys failing safe (REQUIRE_SIGNED…)
    origins: dict[str, str] = field(default_factory=dict)  # IT key -> the source that set it

    def origin(self, key: str) -> str:
        """The source an IT key's value came from (to name it in a problem)."""
        return self.origins.get(key) or self.source or "managed"

    @property
    def policy_problem(self) -> ManagedProblem | None:
        """Why IT's policy could not be used, when it fails safe."""
        if POLICY not in self.strict:
            return None
        for problem in self.problems:
            if problem.pointer == "" or problem.pointer.startswith(f"/{POLICY}"):
                return problem
        return None

    def with_problems(self, problems: Iterable[ManagedProblem]) -> ManagedConfig:
        """This configuration with more problems found later (a key line that does not
        parse); those that fail safe tighten it as :func:`read_document` would."""
        added = tuple(problems)
        if not added:
            return self
        values, locked, strict = dict(self.values), set(self.locked), set(self.strict)
        for problem in added:
            _fail_safe(problem.pointer, values, locked, strict)
        return replace(
            self,
            values=values,
            locked=frozenset(locked),
            strict=frozenset(strict),
            problems=(*self.problems, *added),
        )


def fails_safe(pointer: str) -> str:
    """What the app does instead of the value at ``pointer`` when it is ignored, if
    ignoring it would loosen the app ("" when nothing)."""
    definition = definition_at(pointer)
    if pointer == "" or definition is None or not definition.fail_safe:
        return ""
    if definition.key in WHOLE_VALUE_FAILS_SAFE and pointer != definition.managed_pointer:
        return ""
    return definition.fail_safe


def _fail_safe(pointer: str, values: dict[str, Any], locked: set[str], strict: set[str]) -> None:
    definition = definition_at(pointer)
    if pointer != "" and fails_safe(pointer) and definition is IT_SETTINGS[ALLOWED_NETWORKS]:
        strict.add(ALLOWED_NETWORKS)
    if pointer == "" or (definition is not None and fails_safe(pointer)):
        if pointer == "" or definition in (SETTINGS[REQUIRE_SIGNED], IT_SETTINGS["trusted_keys"]):
            values[REQUIRE_SIGNED] = "on"
            locked.add(REQUIRE_SIGNED)
            strict.add(REQUIRE_SIGNED)
        if pointer == "" or definition is IT_SETTINGS[POLICY]:
            strict.add(POLICY)


def unreadable(source: str, template: str, *arguments: object) -> ManagedConfig:
    """A source none of whose values can be used: everything that fails safe does."""
    return read_document(None, source, problem=(template, tuple(str(a) for a in arguments)))


def read_document(
    document: Any,
    source: str,
    *,
    problem: tuple[str, tuple[str, ...]] | None = None,
    found: Iterable[tuple[str, InvalidValue]] = (),
) -> ManagedConfig:
    """Check one source's document against the settings table; never raises.

    ``problem``: the source could not be read at all (its template and arguments).
    ``found``: problems the source's reader already met (pointer, reason).
    """
    problems: list[ManagedProblem] = []
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    locked: set[str] = set()
    strict: set[str] = set()

    def report(pointer: str, template: str, *arguments: object) -> None:
        fail_safe = UNREADABLE_FAIL_SAFE if pointer == "" else fails_safe(pointer)
        problems.append(
            ManagedProblem(source, pointer, template, tuple(str(a) for a in arguments), fail_safe)
        )
        _fail_safe(pointer, values, locked, strict)

    for pointer, invalid in found:
        report(pointer, invalid.template, *invalid.arguments)
    if problem is not None:
        report("", problem[0], *problem[1])
        return _config(source, values, locked, extra, problems, strict)
    if not isinstance(document, Mapping):
        report("", NOT_A_DOCUMENT, shown(document))
        return _config(source, values, locked, extra, problems, strict)
    raw_settings = document.get("settings", {})
    if not isinstance(raw_settings, Mapping):
        report("/settings", EXPECTED_OBJECT, shown(raw_settings))
        raw_settings = {}
    for key, value in raw_settings.items():
        here = f"/settings/{escape_pointer(str(key))}"
        definition = SETTINGS.get(key)
        if definition is None:
            report(here, UNKNOWN_SETTING, shown(key))
        elif definition.audience is Audience.EMPLOYEE:
            report(here, EMPLOYEE_ONLY, key)
        else:
            try:
                values[key] = definition.validate(value)
            except InvalidValue as error:
                report(here, error.template, *error.arguments)
    raw_locked = document.get("locked", [])
    if not isinstance(raw_locked, list):
        report("/locked", EXPECTED_LIST, shown(raw_locked))
        raw_locked = []
    for index, key in enumerate(raw_locked):
        here = f"/locked/{index}"
        if not isinstance(key, str):
            report(here, NOT_A_KEY_NAME, shown(key))
        elif key not in SETTINGS:
            report(here, UNKNOWN_SETTING, shown(key))
        elif not SETTINGS[key].lockable:
            report(here, NOT_LOCKABLE, key)
        else:
            locked.add(key)
    for key, value in document.items():
        if key in ("settings", "locked"):
            continue
        here = f"/{escape_pointer(str(key))}"
        definition = IT_SETTINGS.get(key)
        if definition is None:
            report(here, UNKNOWN_KEY)
            continue
        try:
            kept, parts = definition.clean_value(value)
        except InvalidValue as error:
            report(here, error.template, *error.arguments)
            continue
        extra[key] = kept
        for below, part in parts:
            report(here + below, part.template, *part.arguments)
    return _config(source, values, locked, extra, problems, strict)


def _config(
    source: str,
    values: dict[str, Any],
    locked: set[str],
    extra: dict[str, Any],
    problems: list[ManagedProblem],
    strict: set[str],
) -> ManagedConfig:
    return ManagedConfig(
        values=values,
        locked=frozenset(locked),
        source=source,
        extra=extra,
        sources=(source,),
        problems=tuple(problems),
        strict=frozenset(strict),
        origins=dict.fromkeys(extra, source),
    )


def merge(configs: Iterable[ManagedConfig]) -> ManagedConfig:
    """Sources in precedence order: the first that sets a key wins; locks, problems and
    fail-safe strictness add up."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    origins: dict[str, str] = {}
    locked: set[str] = set()
    strict: set[str] = set()
    problems: list[ManagedProblem] = []
    sources: list[str] = []
    first: str | None = None
    for config in configs:
        for key, value in config.values.items():
            values.setdefault(key, value)
        for key, value in config.extra.items():
            if key not in extra:
                extra[key] = value
                origins[key] = config.origin(key)
        if first is None and (config.values or config.extra or config.locked):
            first = config.source
        locked |= config.locked
        strict |= config.strict
        problems.extend(config.problems)
        sources.extend(config.sources)
    if REQUIRE_SIGNED in strict:  # a lower source's "off" never undoes a failed-safe "on"
        values[REQUIRE_SIGNED] = "on"
    return ManagedConfig(
        values=values,
        locked=frozenset(locked),
        source=first or (sources[0] if sources else None),
        extra=extra,
        sources=tuple(sources),
        problems=tuple(problems),
        strict=frozenset(strict),
        origins=origins,
    )


def log_problems(managed: ManagedConfig) -> None:
    """Each ignored value once in the log (the app calls this when it opens the profile)."""
    for problem in managed.problems:
        log.warning("managed configuration: ignored %s", problem)


def load_managed(path: Path | None) -> ManagedConfig:
    """One JSON file (no file: nothing managed); never raises."""
    if path is None or not path.exists():
        return ManagedConfig()
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        return unreadable(source, UNREADABLE, error.strerror or str(error))
    except UnicodeDecodeError as undecodable:
        return unreadable(source, NOT_JSON, undecodable)
    try:
        document = json.loads(text)
    except ValueError as error:
        return unreadable(source, NOT_JSON, error)
    except RecursionError:
        return unreadable(source, TOO_DEEP)
    return read_document(document, source)


def load_managed_strictly(path: Path) -> ManagedConfig:
    """One JSON file, raising :class:`ManagedConfigError` for its first problem (for
    tools that check a file rather than run with it)."""
    config = load_managed(path)
    if config.problems:
        first = config.problems[0]
        raise ManagedConfigError(first.source, first.pointer, first.problem)
    return config
