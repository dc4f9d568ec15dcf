"""Turning sqlite rows into the repositories' dataclasses, field by field name."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def from_row(cls: type[T], row: sqlite3.Row, **converted: Any) -> T:
    """``cls`` built from the row's columns of the same names; ``converted`` overrides."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    columns = set(row.keys())
    values = {name: row[name] for name in names if name in columns and name not in converted}
    return cls(**values, **converted)
