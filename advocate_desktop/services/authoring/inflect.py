"""The Polish forms of a policy's confidential terms: shown, or written into the file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.results import InflectResult

if TYPE_CHECKING:
    from advocate_desktop.policy.inflection import Inflection


def inflect_policy_bytes(data: bytes) -> tuple[bytes, tuple[Inflection, ...]]:
    """A policy (or IT's managed configuration holding one under "policy") with the
    forms of its confidential terms added, and what was added.  Raises :class:`BadInput`
    for JSON that is not a policy or when the dictionary is unavailable."""
    from advocate_desktop.policy.inflection import InflectionUnavailable, expand_policy

    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict):
            raise BadInput("not a policy: a JSON object with rules is expected")
        if "rules" not in document and isinstance(document.get("policy"), dict):
            # IT's managed configuration: its local policy sits under "policy".
            policy, inflections = expand_policy(document["policy"])
            expanded = {**document, "policy": policy}
        else:
            expanded, inflections = expand_policy(document)
    except InflectionUnavailable as error:
        raise BadInput(f"{error}, or build with --no-inflect") from None
    except ValueError as error:
        raise BadInput(f"the policy is not valid JSON: {error}") from None
    text = json.dumps(expanded, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8"), tuple(inflections)


def inflect_policy(path: Path, *, write: bool = False) -> InflectResult:
    """The forms for ``path`` (a pack folder, a policy.json or a managed configuration);
    with ``write`` they are saved into the file (atomically)."""
    if path.is_dir():
        path = path / "policy.json"
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror}") from None
    expanded, inflections = inflect_policy_bytes(data)
    if write:
        write_atomically(path, expanded)
    return InflectResult(path, write, inflections)


def describe_inflection(inflection: Inflection) -> str:
    """One line for people: the term, how its forms were found, and the forms."""
    if inflection.method == "none":
        return (
            f"  {inflection.term}: no forms found; the app will match it with common"
            ' endings and its dictionary (add "like" or "forms" to be exact)'
        )
    how = (
        "from the dictionary"
        if inflection.method == "dictionary"
        else f"like \u201c{inflection.method.partition(':')[2]}\u201d"
    )
    added = "added " if inflection.added else ""
    return f"  {inflection.term} ({how}): {added}{', '.join(inflection.forms)}"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new file, never
    half of one: write a temporary sibling, flush it to disk, then rename."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
