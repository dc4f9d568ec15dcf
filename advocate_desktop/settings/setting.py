"""What one entry of the settings table says, and how a value is checked against it.

Labels, descriptions and problem messages are English source texts marked with
:func:`QT_TRANSLATE_NOOP` (a no-op here): ``pyside6-lupdate`` reads the markers, and
``ui/`` translates them in their context.  Nothing here imports Qt.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

TABLE_CONTEXT = "SettingsTable"  # labels, descriptions and choice labels
PROBLEMS_CONTEXT = "ManagedConfig"  # why a managed value was ignored


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged."""
    return source


class Audience(StrEnum):
    """Who may set a value."""

    EMPLOYEE = "employee"  # only in the app (IT may at most lock it)
    IT = "it"  # only in the managed configuration
    BOTH = "both"  # the employee in the app, IT as a preset or a locked value


class Page(StrEnum):
    """The Settings dialog's page a setting appears on (NONE: not shown)."""

    GENERAL = "general"
    CONTENT = "content"
    PACE = "pace"
    NONE = "none"


class Widget(StrEnum):
    """How the dialog shows a setting.  CUSTOM: the page builds its own control (a
    list, or a value read from the system), still locked by the table's lock."""

    CHECKBOX = "checkbox"
    SPINBOX = "spinbox"
    CHOICE = "choice"
    TEXT = "text"
    CUSTOM = "custom"
    NONE = "none"


class InvalidValue(ValueError):
    """Why a value does not fit its setting: a marked template with ``%1``, ``%2``…"""

    def __init__(self, template: str, *arguments: object) -> None:
        self.template = template
        self.arguments = tuple(str(a) for a in arguments)
        super().__init__(fill(template, self.arguments))


def fill(template: str, arguments: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced (from the last, so %1 spares %10)."""
    for number in range(len(arguments), 0, -1):
        template = template.replace(f"%{number}", arguments[number - 1])
    return template


EXPECTED_BOOL = QT_TRANSLATE_NOOP("ManagedConfig", "expected true or false, got %1")
EXPECTED_INT = QT_TRANSLATE_NOOP("ManagedConfig", "expected a whole number, got %1")
EXPECTED_STR = QT_TRANSLATE_NOOP("ManagedConfig", "expected text, got %1")
EXPECTED_LIST = QT_TRANSLATE_NOOP("ManagedConfig", "expected a list, got %1")
EXPECTED_OBJECT = QT_TRANSLATE_NOOP("ManagedConfig", "expected an object, got %1")
EXPECTED_CHOICE = QT_TRANSLATE_NOOP("ManagedConfig", "expected one of %1, got %2")
AT_LEAST = QT_TRANSLATE_NOOP("ManagedConfig", "expected at least %1, got %2")
AT_MOST = QT_TRANSLATE_NOOP("ManagedConfig", "expected at most %1, got %2")
ENTRY_TYPE = QT_TRANSLATE_NOOP("ManagedConfig", "every entry must be text")
AS_GIVEN = QT_TRANSLATE_NOOP("ManagedConfig", "%1")

_EXPECTED = {bool: EXPECTED_BOOL, int: EXPECTED_INT, str: EXPECTED_STR, list: EXPECTED_LIST}
_JSON_TYPES = {bool: "boolean", int: "integer", str: "string", list: "array", dict: "object"}


def shown(value: object) -> str:
    """A value as JSON-ish text for a message, kept short."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


# A cleaner checks a structured value and keeps what is good: it returns the value to
# use and the problems of the parts it left out, each as (pointer below the key, problem).
Cleaner = Callable[[Any], tuple[Any, list[tuple[str, InvalidValue]]]]


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    type: type[Any]
    default: Any
    label: str  # marked in TABLE_CONTEXT
    description: str  # marked in TABLE_CONTEXT
    audience: Audience = Audience.BOTH
    lockable: bool = True  # IT may lock it (the employee then cannot change it)
    page: Page = Page.NONE
    widget: Widget = Widget.NONE
    choices: tuple[Any, ...] = ()
    choice_labels: tuple[str, ...] = ()  # marked in TABLE_CONTEXT, one per choice
    minimum: int | None = None
    maximum: int | None = None
    item_type: builtins.type[Any] | None = None  # for lists
    suffix: str = ""  # a spin box's unit, marked in TABLE_CONTEXT
    zero_text: str = ""  # what a spin box shows for 0, marked in TABLE_CONTEXT
    # Further checks of the value's shape; raises ValueError with what is wrong.
    check: Callable[[Any], object] | None = None
    # Structured IT values (lists of objects, objects): checked part by part.
    clean: Cleaner | None = None
    # The JSON Schema of the value, when the type alone does not say it.
    schema: Mapping[str, Any] | None = None
    # Where ignoring an invalid value would loosen the app: what it does instead.
    fail_safe: str = ""  # marked in PROBLEMS_CONTEXT
    example: Any = None  # a valid value other than the default, for docs and tests
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def managed_pointer(self) -> str:
        """Where the value sits in the managed configuration."""
        return f"/{self.key}" if self.audience is Audience.IT else f"/settings/{self.key}"

    def validate(self, value: Any) -> Any:
        """The value if it fits; raises :class:`InvalidValue` (a ValueError) otherwise."""
        return self.clean_value(value)[0]

    def clean_value(self, value: Any) -> tuple[Any, list[tuple[str, InvalidValue]]]:
        """The value to use and the problems of parts left out (structured values only);
        raises :class:`InvalidValue` when nothing of it can be used."""
        if self.type is dict:
            if not isinstance(value, dict):
                raise InvalidValue(EXPECTED_OBJECT, shown(value))
        elif (self.type is int and isinstance(value, bool)) or not isinstance(value, self.type):
            raise InvalidValue(_EXPECTED.get(self.type, EXPECTED_STR), shown(value))
        if self.choices and value not in self.choices:
            raise InvalidValue(
                EXPECTED_CHOICE, ", ".join(shown(c) for c in self.choices), shown(value)
            )
        if self.minimum is not None and value < self.minimum:
            raise InvalidValue(AT_LEAST, self.minimum, shown(value))
        if self.maximum is not None and value > self.maximum:
            raise InvalidValue(AT_MOST, self.maximum, shown(value))
        if self.item_type is not None and not all(isinstance(v, self.item_type) for v in value):
            raise InvalidValue(ENTRY_TYPE)
        if self.check is not None:
            try:
                self.check(value)
            except InvalidValue:
                raise
            except ValueError as error:
                raise InvalidValue(AS_GIVEN, str(error)) from None
        if self.clean is not None:
            return self.clean(value)
        return value, []

    def json_schema(self) -> dict[str, Any]:
        """The value's JSON Schema (draft 2020-12)."""
        if self.schema is not None:
            schema = dict(self.schema)
        else:
            schema = {"type": _JSON_TYPES[self.type]}
            if self.item_type is not None:
                schema["items"] = {"type": _JSON_TYPES[self.item_type]}
            if self.choices:
                schema["enum"] = list(self.choices)
            if self.minimum is not None:
                schema["minimum"] = self.minimum
            if self.maximum is not None:
                schema["maximum"] = self.maximum
        schema["description"] = self.description
        schema["default"] = self.default
        return schema
