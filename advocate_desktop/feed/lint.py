"""Everything wrong with a pack folder, each problem with its file, JSON pointer and a fix.

Unlike the app's parser, which stops at the first error, lint collects them all:
JSON Schema errors first, then what a schema cannot say (duplicate ids, missing
images and alt texts, suggested texts too long for their network).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.pack import FEED_NAME, POLICY_NAME, pack_files
from advocate_desktop.feed.parse import checked_object, parse_json_feed
from advocate_desktop.paths import resources_dir

ERROR, WARNING = "error", "warning"
# Raises with .pointer/.problem on a bad policy; returns (pointer, problem, fix) warnings.
PolicyCheck = Callable[[Any, str], list[tuple[str, str, str]]]


@dataclass(frozen=True)
class LintIssue:
    file: str
    pointer: str
    severity: str
    message: str
    fix: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.severity}: {self.file}:{self.pointer or '/'}: {self.message} Fix: {self.fix}"


@lru_cache(maxsize=2)
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((resources_dir() / "schema" / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _pointer(path: Any) -> str:
    return "".join(f"/{str(p).replace('~', '~0').replace('/', '~1')}" for p in path)


def _read_json(folder: Path, name: str, issues: list[LintIssue], required: bool) -> Any:
    path = folder / name
    if not path.is_file():
        if required:
            issues.append(
                LintIssue(
                    name,
                    "",
                    ERROR,
                    "the file is missing.",
                    f"create {name} (advocate-pack init makes an example).",
                )
            )
        return None
    try:
        # The app's own reader: it refuses lone surrogates as the app does.
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=checked_object)
    except UnicodeDecodeError:
        issues.append(LintIssue(name, "", ERROR, "not UTF-8 text.", "save the file as UTF-8."))
    except UnicodeEncodeError as error:
        issues.append(
            LintIssue(
                name,
                "",
                ERROR,
                f"a \\u{ord(error.object[error.start]):04x} escape after"
                f" {error.object[max(0, error.start - 20) : error.start]!r} is half of a UTF-16"
                " pair, not valid text.",
                "write the character itself, or both halves of the pair.",
            )
        )
    except RecursionError:
        issues.append(
            LintIssue(
                name,
                "",
                ERROR,
                "the JSON is nested too deeply to be read.",
                "a feed or policy is a few levels deep; check how the file was generated.",
            )
        )
    except json.JSONDecodeError as error:
        issues.append(
            LintIssue(
                name,
                "",
                ERROR,
                f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}.",
                "correct the JSON syntax there (a missing comma or quote?).",
            )
        )
    return None


Measure = Callable[[str, str, dict[str, str], str], tuple[int, int]]


def lint_folder(folder: Path, check_policy: PolicyCheck, measure: Measure) -> list[LintIssue]:
    """Problems of a pack folder.  ``measure(network, text, utm, url)`` gives (length,
    limit) of a suggested text as the editor will show it: with the item's campaign
    parameters on the links to its site."""
    issues: list[LintIssue] = []
    try:
        pack_files(folder)
    except FeedError as refused:
        issues.append(
            LintIssue(
                refused.pointer,
                "",
                ERROR,
                refused.problem + ".",
                "replace it with a plain file; the app refuses a pack that holds one.",
            )
        )
        return issues
    feed = _read_json(folder, FEED_NAME, issues, required=True)
    if feed is not None:
        for error in sorted(_schema_errors("feed.schema.json", feed, FEED_NAME, issues), key=str):
            issues.append(
                LintIssue(
                    FEED_NAME,
                    _pointer(error.absolute_path),
                    ERROR,
                    error.message + ".",
                    "see docs/feed-format.md for this field.",
                )
            )
        if isinstance(feed, dict) and isinstance(feed.get("items"), list):
            extension = feed.get("_advocacy")
            utm = _utm_of(extension)
            _lint_items(folder, feed["items"], issues, measure, utm)
            _lint_left_out(feed, issues)
    policy = _read_json(folder, POLICY_NAME, issues, required=False)
    if policy is not None:
        schema_errors = _schema_errors("policy.schema.json", policy, POLICY_NAME, issues)
        for error in sorted(schema_errors, key=str):
            issues.append(
                LintIssue(
                    POLICY_NAME,
                    _pointer(error.absolute_path),
                    ERROR,
                    error.message + ".",
                    "see docs/policy-format.md for this field.",
                )
            )
        if not schema_errors:
            try:
                for pointer, problem, fix in check_policy(policy, POLICY_NAME):
                    issues.append(LintIssue(POLICY_NAME, pointer, WARNING, problem, fix))
            except ValueError as error:
                issues.append(
                    LintIssue(
                        POLICY_NAME,
                        str(getattr(error, "pointer", "")),
                        ERROR,
                        str(getattr(error, "problem", error)) + ".",
                        "see docs/policy-format.md.",
                    )
                )
    if feed is not None and not any(i.severity == ERROR for i in issues):
        _app_reads(folder, issues)
    return issues


def _schema_errors(name: str, document: Any, file: str, issues: list[LintIssue]) -> list[Any]:
    try:
        return list(_validator(name).iter_errors(document))
    except RecursionError:
        issues.append(
            LintIssue(
                file,
                "",
                ERROR,
                "the JSON is nested too deeply to be checked.",
                "a feed or policy is a few levels deep; check how the file was generated.",
            )
        )
        return []


def _app_reads(folder: Path, issues: list[LintIssue]) -> None:
    """The app's own reading of the feed, so lint never passes what the app refuses."""
    root = folder.resolve()

    def resolve(reference: str) -> str | None:
        if "://" in reference:
            return reference
        candidate = (root / reference).resolve()
        return str(candidate) if candidate.is_relative_to(root) and candidate.is_file() else None

    try:
        parse_json_feed((folder / FEED_NAME).read_bytes(), FEED_NAME, resolve)
    except FeedError as error:
        issues.append(
            LintIssue(
                FEED_NAME,
                error.pointer,
                ERROR,
                error.problem + ".",
                "see docs/feed-format.md for this field.",
            )
        )


def _lint_items(
    folder: Path,
    items: list[Any],
    issues: list[LintIssue],
    measure: Measure,
    feed_utm: dict[str, str],
) -> None:
    seen: dict[str, int] = {}
    root = folder.resolve()
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        where = f"/items/{index}"
        item_id = str(item.get("id", ""))
        if item_id in seen:
            issues.append(
                LintIssue(
                    FEED_NAME,
                    f"{where}/id",
                    ERROR,
                    f"duplicate id {item_id!r} (also item {seen[item_id]}).",
                    "give every item its own stable id.",
                )
            )
        seen.setdefault(item_id, index)
        raw_extension = item.get("_advocacy")
        extension: dict[str, Any] = raw_extension if isinstance(raw_extension, dict) else {}
        references = []
        if isinstance(item.get("image"), str):
            references.append((f"{where}/image", item["image"], bool(extension.get("image_alt"))))
        for number, image in enumerate(extension.get("images") or []):
            if isinstance(image, dict) and isinstance(image.get("url"), str):
                references.append(
                    (f"{where}/_advocacy/images/{number}/url", image["url"], bool(image.get("alt")))
                )
        for pointer, reference, has_alt in references:
            if "://" in reference:
                from advocate_desktop.feed.parse import remote_image

                try:
                    remote_image(reference, pointer, FEED_NAME)
                except FeedError as error:
                    issues.append(
                        LintIssue(
                            FEED_NAME,
                            pointer,
                            ERROR,
                            error.problem + ".",
                            "use an https:// address, or put the image under media/.",
                        )
                    )
            elif "\\" in reference or reference.startswith("/") or ":" in reference:
                issues.append(
                    LintIssue(
                        FEED_NAME,
                        pointer,
                        ERROR,
                        f"the image {reference[:200]!r} is not a path inside the pack.",
                        "put the image under media/ and write its path as media/name.png.",
                    )
                )
            else:
                target = (root / reference).resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    issues.append(
                        LintIssue(
                            FEED_NAME,
                            pointer,
                            ERROR,
                            f"the image {reference!r} is not in the pack.",
                            "add the file under media/ or correct the path.",
                        )
                    )
            if not has_alt:
                issues.append(
                    LintIssue(
                        FEED_NAME,
                        pointer,
                        WARNING,
                        "the image has no alternative text.",
                        "describe the image in _advocacy.image_alt (or images[].alt) for people "
                        "who cannot see it.",
                    )
                )
        suggested = extension.get("suggested")
        utm = {**feed_utm, **_utm_of(extension)}
        if isinstance(suggested, dict):
            for network, texts in suggested.items():
                if not isinstance(texts, dict):
                    continue
                checked = [network] if network != "default" else ["linkedin"]
                for language, text in texts.items():
                    if not isinstance(text, str):
                        continue
                    for name in checked:
                        try:
                            length, limit = measure(name, text, utm, str(item.get("url") or ""))
                        except KeyError:
                            continue
                        if length > limit:
                            issues.append(
                                LintIssue(
                                    FEED_NAME,
                                    f"{where}/_advocacy/suggested" + _pointer((network, language)),
                                    ERROR,
                                    f"{length} characters as {name} counts them; the limit "
                                    f"is {limit}.",
                                    f"shorten it by {length - limit} or more.",
                                )
                            )


def _lint_left_out(feed: dict[str, Any], issues: list[LintIssue]) -> None:
    """Items the app would leave out for their size, as the app's own parser decides
    (the schema cannot state the cap on an item's text in all)."""
    from advocate_desktop.feed.parse import feed_from_document

    try:
        parsed = feed_from_document(feed, FEED_NAME, lambda reference: reference)
    except FeedError:
        return  # the schema and the checks above already name what is wrong
    reported = {i.pointer for i in issues}
    for refusal in parsed.refused:
        pointer, _, problem = refusal.partition(": ")
        if pointer not in reported:
            issues.append(
                LintIssue(
                    FEED_NAME,
                    pointer,
                    ERROR,
                    problem + ".",
                    "shorten it; see the size limits in docs/feed-format.md.",
                )
            )


def _utm_of(extension: Any) -> dict[str, str]:
    utm = extension.get("utm") if isinstance(extension, dict) else None
    if not isinstance(utm, dict):
        return {}
    return {str(k): str(v) for k, v in utm.items() if isinstance(v, str)}
