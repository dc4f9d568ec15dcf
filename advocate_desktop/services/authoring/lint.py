"""Everything wrong with a pack folder, each problem with its file, JSON pointer and a fix.

:func:`lint_folder` runs ``feed.lint.lint_folder`` (schema, ids, images, lengths, the
app's own reading) with the policy checks below, then what only the whole pack shows:
suggested texts the employee-side policy check would block or warn about, and dates
that do not parse or contradict each other.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_desktop.feed.lint import ERROR, WARNING, LintIssue
from advocate_desktop.feed.pack import FEED_NAME, POLICY_NAME
from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.results import LintReport, Problem
from advocate_desktop.text.catalog import DEFAULT_TEXT_TARGET, text_targets

if TYPE_CHECKING:
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.model import Finding, Rule
    from advocate_desktop.services.authoring.model import PackModel

APP_LANGUAGES = ("en", "pl")
#: The item fields holding an instant the app reads (and refuses the item over).
INSTANT_FIELDS = ("not_before", "expires_at")


def lint_folder(folder: Path, *, now: datetime | None = None) -> LintReport:
    """Every problem of the pack folder ``folder`` and the release build would stamp.
    Raises :class:`BadInput` when ``folder`` is not a folder."""
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack_build import default_pack_id, default_version

    problems = lint_problems(folder, now=now)
    feed_path = folder / FEED_NAME
    try:
        pack_id = default_pack_id(feed_path.read_bytes()) if feed_path.is_file() else ""
    except OSError:
        pack_id = ""
    try:
        version: int | None = default_version(folder)
    except (ValueError, FeedError, OSError):
        version = None  # the links or special files are among the errors
    return LintReport(tuple(problems), pack_id, version)


def lint_problems(folder: Path, *, now: datetime | None = None) -> list[Problem]:
    """The problems alone (what build refuses on and lint prints)."""
    from advocate_desktop.feed.lint import lint_folder as lint_files
    from advocate_desktop.policy.loader import parse_policy
    from advocate_desktop.text.networks import measure

    if not folder.is_dir():
        raise BadInput(f"{folder} is not a folder")

    def sizes(network: str, text: str, utm: dict[str, str], url: str) -> tuple[int, int]:
        from advocate_desktop.text.utm import add_utm, site_of

        result = measure(network, add_utm(text, utm, site_of(url)))
        return result.length, result.limit

    def check_policy(document: Any, name: str) -> list[tuple[str, str, str]]:
        rules = parse_policy(document, name)
        return (
            untranslated_messages(document)
            + uninflectable_terms(document)
            + incomplete_terms(document)
            + weakening_rules(document, rules)
        )

    issues = lint_files(folder, check_policy, sizes)
    issues = _with_date_problems(folder, issues, now or datetime.now(UTC))
    if not any(i.severity == ERROR and i.file == POLICY_NAME for i in issues):
        issues += policy_findings(folder)
    return issues


def pointer_of(*parts: object) -> str:
    """A JSON pointer (RFC 6901) to ``parts``: "~" and "/" inside a key escaped."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# -- dates -------------------------------------------------------------------
def parse_instant(value: Any) -> tuple[datetime | None, str | None]:
    """(the instant in UTC, None), or (None, what is wrong) — the app's own reading of
    an RFC 3339 date and time with an offset."""
    if not isinstance(value, str):
        return None, "is not text; write an RFC 3339 date and time"
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None, f"{value[:60]!r} is not a date and time the app can read"
    if moment.tzinfo is None:
        return None, f"{value[:60]!r} has no time zone offset"
    try:
        return moment.astimezone(UTC), None
    except OverflowError:
        return None, f"{value[:60]!r} is out of range"


def _with_date_problems(folder: Path, issues: list[LintIssue], now: datetime) -> list[LintIssue]:
    """Every item's dates: one clear problem per date that does not parse (in place of
    the schema's pattern message for the same field), and dates that contradict each
    other or are already past."""
    feed = _read_document(folder / FEED_NAME)
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list):
        return issues
    found: list[LintIssue] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        extension = item.get("_advocacy")
        moments: dict[str, datetime] = {}
        if isinstance(extension, dict):
            for key in INSTANT_FIELDS:
                if key not in extension or extension[key] is None:
                    continue
                moment, wrong = parse_instant(extension[key])
                if moment is None:
                    found.append(
                        LintIssue(
                            FEED_NAME,
                            f"/items/{index}/_advocacy/{key}",
                            ERROR,
                            f"{key} {wrong}: the app leaves the whole item out.",
                            "write it as 2027-01-31T09:00:00+01:00 (date, T, time, and"
                            " Z or the offset from UTC).",
                        )
                    )
                else:
                    moments[key] = moment
        if (
            "not_before" in moments
            and "expires_at" in moments
            and moments["not_before"] >= moments["expires_at"]
        ):
            found.append(
                LintIssue(
                    FEED_NAME,
                    f"/items/{index}/_advocacy/not_before",
                    WARNING,
                    "not_before is not earlier than expires_at: nobody can ever share this item.",
                    "make not_before earlier than expires_at, or remove one of them.",
                )
            )
        if "expires_at" in moments and moments["expires_at"] <= now:
            found.append(
                LintIssue(
                    FEED_NAME,
                    f"/items/{index}/_advocacy/expires_at",
                    WARNING,
                    "expires_at has already passed: the app does not let anyone share this item.",
                    "move expires_at into the future, or remove the item.",
                )
            )
        published = item.get("date_published")
        if published is not None:
            moment, wrong = parse_instant(published)
            if moment is None:
                found.append(
                    LintIssue(
                        FEED_NAME,
                        f"/items/{index}/date_published",
                        WARNING,
                        f"date_published {wrong}; feed readers will show no date.",
                        "write it as 2027-01-31T09:00:00+01:00 (JSON Feed asks for RFC 3339).",
                    )
                )
    if not found:
        return issues
    mine = {p.pointer for p in found if p.severity == ERROR}
    # The schema's pattern error and the app's own refusal name the same field less
    # clearly: the date problem replaces them.
    kept = [i for i in issues if not (i.file == FEED_NAME and i.pointer in mine)]
    return kept + found


def _read_document(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None  # lint_folder has reported it


# -- suggested texts through the employee-side check ---------------------------
def policy_findings(folder: Path) -> list[LintIssue]:
    """Suggested texts the app would block (an error: every employee would meet the
    block) or warn about (a warning), as the employee-side check of the pack's own
    policy over the built-in rules finds them: a missing disclosure, a confidential
    name in any inflected form, a link shortener…  Lengths are lint's own check."""
    feed = _read_document(folder / FEED_NAME)
    policy_path = folder / POLICY_NAME
    try:
        engine = pack_policy_engine(_read_document(policy_path) if policy_path.is_file() else None)
    except BadInput:
        return []  # lint_folder has reported it
    if not isinstance(feed, dict):
        return []
    issues = []
    items = feed.get("items")
    for index, item in enumerate(items if isinstance(items, list) else []):
        extension = item.get("_advocacy") if isinstance(item, dict) else None
        suggested = extension.get("suggested") if isinstance(extension, dict) else None
        labels = disclosure_labels(feed, item)
        for network, texts in suggested.items() if isinstance(suggested, dict) else ():
            for language, text in texts.items() if isinstance(texts, dict) else ():
                if not isinstance(text, str):
                    continue
                issues += suggested_text_problems(
                    engine,
                    text,
                    network=str(network),
                    language=str(language),
                    labels=labels,
                    pointer=pointer_of("items", index, "_advocacy", "suggested", network, language),
                )
    return issues


def pack_policy_engine(policy: Any | None) -> PolicyEngine:
    """The employee-side check for a pack: the built-in rules with ``policy`` (the
    policy.json document, or None) layered over them as the app layers them.  Raises
    :class:`BadInput` for a policy the app would refuse."""
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy

    layers = [builtin_rules()]
    if policy is not None:
        try:
            layers.append(parse_policy(policy, POLICY_NAME))
        except (ValueError, TypeError, AttributeError) as error:
            raise BadInput(f"invalid policy: {error}") from None
    return PolicyEngine(combine(*layers))


def disclosure_labels(feed: Any, item: Any) -> dict[str, str]:
    """The disclosure phrases a text made from ``item`` may use: the feed's, then the
    item's own over them (language → phrase)."""
    sources = []
    for holder in (feed, item):
        extension = holder.get("_advocacy") if isinstance(holder, dict) else None
        sources.append(extension.get("disclosure") if isinstance(extension, dict) else None)
    return {
        str(k): str(v) for source in sources if isinstance(source, dict) for k, v in source.items()
    }


def suggested_text_problems(
    engine: PolicyEngine,
    text: str,
    *,
    network: str,
    language: str,
    labels: dict[str, str] | None = None,
    pointer: str = "",
) -> list[Problem]:
    """What lint says about one suggested text (the studio asks this as the text is
    edited): blocks are errors, warnings warnings, one problem per rule and matched
    text.  ``network`` as in the feed ("default" is checked as the default network),
    ``language`` as written ("PL" and "pl-PL" are checked as Polish; a language the
    app does not speak is not checked).  A text over the check's cap gives nothing
    here: lint reports its length."""
    from advocate_desktop.policy.engine import TextTooLarge

    name = network if network in text_targets() else DEFAULT_TEXT_TARGET
    spoken = language.lower().partition("-")[0]
    if spoken not in APP_LANGUAGES:
        return []
    try:
        result = engine.check(
            text, networks=[name], language=spoken, company_content=True, labels=labels or {}
        )
    except TextTooLarge:
        return []
    # One problem per rule and matched text, however often the text repeats it.
    seen: dict[tuple[str, str], list[Any]] = {}
    for finding in result.findings:
        if finding.kind == "length" or finding.severity == "suggest":
            continue  # lengths are lint's own check; suggestions are not problems
        same = seen.setdefault((finding.rule, finding.text.casefold()), [finding, 0])
        same[1] += 1
    return [
        _finding_problem(finding, pointer, finding in result.blocking, count)
        for finding, count in seen.values()
    ]


def _finding_problem(finding: Finding, pointer: str, blocks: bool, count: int) -> LintIssue:
    quoted = finding.text[:80]
    times = f", {count} times" if count > 1 else ""
    where = f" (at \u201c{quoted}\u201d{times})" if quoted else ""
    if not finding.suggestions:
        fix = "change the text as the message says."
    elif finding.suggestions[0] == "" and quoted:
        fix = f"remove \u201c{quoted}\u201d from the text."
    else:
        fix = f"use the suggestion {finding.suggestions[0]!r}."
    return LintIssue(
        FEED_NAME,
        pointer,
        ERROR if blocks else WARNING,
        f"the app {'blocks' if blocks else 'warns about'} this text"
        f" ({finding.rule}): {finding.message}{where}",
        fix,
    )


# -- policy.json -------------------------------------------------------------
def untranslated_messages(document: Any) -> list[tuple[str, str, str]]:
    """Rules whose message lacks a language the app speaks (readers then get English)."""
    warnings = []
    for index, rule in enumerate(document.get("rules", [])):
        missing = [code for code in APP_LANGUAGES if code not in rule.get("message", {})]
        if missing:
            warnings.append(
                (
                    f"/rules/{index}/message",
                    f"rule {rule.get('id')!r} has no message in {', '.join(missing)}; people"
                    " using the app in that language will read another one.",
                    f'add "{missing[0]}": "…" to the message.',
                )
            )
    return warnings


def weakening_rules(document: Any, rules: list[Rule]) -> list[tuple[str, str, str]]:
    """What the app will ignore because it would weaken a built-in rule."""
    from advocate_desktop.policy.layers import tighten
    from advocate_desktop.policy.loader import builtin_rules

    warnings = []
    builtin = {rule.id: rule for rule in builtin_rules()}
    disclosure = next(rule for rule in builtin.values() if rule.kind == "disclosure")
    for index, rule in enumerate(rules):
        earlier = disclosure if rule.kind == "disclosure" else builtin.get(rule.id)
        if earlier is None:
            continue
        for note in tighten(earlier, rule)[1]:
            warnings.append(
                (
                    f"/rules/{index}",
                    note.split(": ", 1)[1] + " (built-in rules can only be tightened).",
                    "remove what would weaken the built-in rule, or use another rule id.",
                )
            )
    return warnings


def uninflectable_terms(document: Any) -> list[tuple[str, str, str]]:
    """Confidential terms without forms for which build would find none either."""
    from advocate_desktop.policy.inflection import InflectionUnavailable, inflect

    warnings = []
    for index, rule in enumerate(document.get("rules", [])):
        if rule.get("kind") != "confidential":
            continue
        for number, term in enumerate(rule.get("terms", [])):
            if not isinstance(term, str):
                continue
            try:
                found = inflect(term)
            except InflectionUnavailable:
                return []
            if found.method == "none":
                warnings.append(
                    (
                        f"/rules/{index}/terms/{number}",
                        f"no Polish forms found for \u201c{term}\u201d; the app will match it"
                        " with common endings and its dictionary only.",
                        'write it as {"term": ..., "like": "<a noun it declines like>"} or'
                        ' list its "forms".',
                    )
                )
    return warnings


def incomplete_terms(document: Any) -> list[tuple[str, str, str]]:
    """Confidential terms whose listed forms leave out a case (singular or plural)."""
    from advocate_desktop.policy.inflection import (
        InflectionUnavailable,
        describe_case,
        inflect,
    )

    warnings = []
    for index, rule in enumerate(document.get("rules", [])):
        if rule.get("kind") != "confidential":
            continue
        for number, term in enumerate(rule.get("terms", [])):
            if not isinstance(term, dict) or not isinstance(term.get("forms"), list):
                continue
            like = term.get("like")
            try:
                found = inflect(str(term["term"]), like if isinstance(like, str) else None)
            except InflectionUnavailable:
                return []
            missing = found.missing(str(f) for f in term["forms"])
            if found.method == "none" or not missing:
                continue
            cases = ", ".join(f"{describe_case(key)} ({'/'.join(forms)})" for key, forms in missing)
            warnings.append(
                (
                    f"/rules/{index}/terms/{number}/forms",
                    f"\u201c{term['term']}\u201d lists no form for {len(missing)} case(s):"
                    f" {cases}; a post using them is not caught.",
                    'run advocate-pack inflect --write to add them, or add them to its "forms".',
                )
            )
    return warnings


def lint_model(model: PackModel, *, now: datetime | None = None) -> LintReport:
    """Lint a pack being edited: the model is written to a temporary folder (its bytes
    exactly as :func:`save_pack_model` writes them) and linted there; pointers and
    files are the same as for the saved folder."""
    import tempfile

    from advocate_desktop.services.authoring.model import save_pack_model

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "pack"
        copy = model.copy()
        save_pack_model(copy, folder)
        report = lint_folder(folder, now=now)
    return LintReport(report.problems, report.pack_id, None)
