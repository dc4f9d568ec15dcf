"""``advocate-pack``: the communications team's command line.  Never imports Qt.

Subcommands: init, lint, keygen, build, inflect, sign, verify, serve, check.  Every one
takes ``--json`` and ``--help``.  Exit status: 0 success, 1 the content has
problems (lint errors, a bad signature, a blocking finding), 2 bad usage or
unreadable input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from advocate_desktop import __version__
from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.model import MAX_CHECK_CHARACTERS

# The text rules' names only: the pack tool never loads the networks (start-up cost).
from advocate_desktop.text.catalog import DEFAULT_TEXT_TARGET, PREVIEWED, label, text_targets

if TYPE_CHECKING:  # the policy engine is imported where it is used: a refused
    # post (too long, unreadable) is answered without loading it
    from advocate_desktop.policy.engine import CheckResult
    from advocate_desktop.policy.inflection import Inflection

DEFAULT_NETWORKS = PREVIEWED
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BLOCKED = EXIT_PROBLEMS


class UsageError(Exception):
    pass


class Output:
    """Readable text by default, one JSON document with ``--json``."""

    def __init__(self, as_json: bool, stream: TextIO) -> None:
        self.as_json = as_json
        self.stream = stream

    def emit(self, document: dict[str, Any], text: str) -> None:
        if self.as_json:
            json.dump(document, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        else:
            self.stream.write(text if text.endswith("\n") else text + "\n")


COMMANDS = ("init", "lint", "keygen", "build", "inflect", "sign", "verify", "serve", "check")


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, sized as ``shutil.get_terminal_size`` would size it,
    without importing shutil (and its compression modules) for every parser."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "0"))
        except ValueError:
            columns = 0
        if columns <= 0:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                columns = 0
        super().__init__(prog, width=(columns or 80) - 2)


class _Unneeded(argparse.ArgumentParser):
    """Stands in for the parser of a subcommand this run does not use: its
    arguments are never added, which saves a check process a few milliseconds."""

    def __init__(self) -> None:  # no state: nothing parses with it
        pass

    def add_argument(self, *args: Any, **kwargs: Any) -> Any:
        return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, just that subcommand's parser is
    built (every other name stays unknown), for a run that names it."""
    parser = argparse.ArgumentParser(
        prog="advocate-pack",
        description="Build, check, sign and preview Advocate Desktop content packs.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        if only is not None and name != only:
            return _Unneeded()
        sub = commands.add_parser(
            name, help=summary, description=description, formatter_class=_Formatter
        )
        sub.add_argument("--json", action="store_true", help="print machine-readable JSON")
        return sub

    init = command(
        "init",
        "create a pack folder with an example feed and policy",
        "Create FOLDER with an example feed.json, policy.json and media/.",
    )
    init.add_argument("folder", type=Path, metavar="FOLDER")

    lint = command(
        "lint",
        "find every problem in a pack folder",
        "Check feed.json and policy.json: schema, duplicate ids, missing images or"
        " alt texts, suggested texts over a network's limit, policy errors. Exit 1"
        " when there are errors (warnings alone exit 0).",
    )
    lint.add_argument("folder", type=Path, metavar="FOLDER")

    keygen = command(
        "keygen",
        "create a signing key pair",
        "Write PREFIX.key (private, keep it secret) and PREFIX.pub (give it to IT).",
    )
    keygen.add_argument("prefix", type=Path, metavar="PREFIX")
    keygen.add_argument("--name", default="", help="who signs, e.g. 'Nordvik Communications'")

    build = command(
        "build",
        "build a pack zip from a folder (reproducible)",
        "Lint FOLDER, then write a zip with a manifest of SHA-256 digests, the pack's id"
        " and version; the same folder and version always give the same bytes. With"
        " --key the pack is signed.",
    )
    build.add_argument("folder", type=Path, metavar="FOLDER")
    build.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    build.add_argument("--key", type=Path, metavar="PREFIX.key", help="sign with this key")
    _release_options(build)
    build.add_argument(
        "--no-inflect",
        action="store_true",
        help="keep policy.json as written instead of adding the Polish forms of its terms",
    )

    inflect = command(
        "inflect",
        "show (or write) the Polish forms of a policy's confidential terms",
        "List the inflected forms that build adds to each confidential term of"
        " FOLDER/policy.json (or a policy file, or IT's managed configuration with"
        " its policy): from the SGJP"
        " dictionary through Morfeusz 2, or by analogy with a model noun for"
        " codenames and foreign names. Terms that already list forms keep them and get"
        " the forms of the cases they miss (each added form is shown). With --write"
        " they are saved into the file, where you can edit them.",
    )
    inflect.add_argument("policy", type=Path, metavar="FOLDER|POLICY.json|MANAGED.json")
    inflect.add_argument("--write", action="store_true", help="save the forms into the file")

    sign = command(
        "sign",
        "sign a pack zip or folder",
        "Write a fresh manifest and an Ed25519 signature into PACK (a zip or a folder).",
    )
    sign.add_argument("pack", type=Path, metavar="PACK")
    sign.add_argument("--key", type=Path, required=True, metavar="PREFIX.key")
    _release_options(sign)

    verify = command(
        "verify",
        "check a pack's signature and files",
        "Print who signed PACK, its id, version and expiry, and its files. Exit 1 on an"
        " unsigned pack, an untrusted key, or any file that does not match the manifest.",
    )
    verify.add_argument("pack", type=Path, metavar="PACK")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="KEY.pub",
        help="a public key to trust (repeatable)",
    )

    serve = command(
        "serve",
        "serve a pack folder on loopback for previewing",
        "Serve FOLDER over HTTP on this computer only, so the app can subscribe"
        " to http://127.0.0.1:PORT/feed.json.",
    )
    serve.add_argument("folder", type=Path, metavar="FOLDER")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--host", default="127.0.0.1", help="a loopback address")

    check = command(
        "check",
        "check a post against a policy and every network's length rules",
        "Check a post (from --text or standard input) against a policy. A post"
        f" longer than {MAX_CHECK_CHARACTERS:,} characters is refused unread. Exit"
        " status: 0 when nothing blocks, 1 when a finding blocks, 2 on bad usage or"
        " unreadable input.",
    )
    check.add_argument("--text", help="the post; read from standard input when omitted")
    check.add_argument(
        "--network",
        action="append",
        metavar="NAME",
        choices=sorted(text_targets()),
        help=f"a network to check for (repeatable; default: {', '.join(DEFAULT_NETWORKS)})",
    )
    check.add_argument("--lang", choices=("pl", "en"), default="en", help="the post's language")
    check.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="a policy.json (default: the bundled demo pack's policy); built-in rules always apply",
    )
    check.add_argument(
        "--from-feed",
        action="store_true",
        help="the post is made from a feed item (as the pack's suggested texts are), so it"
        " must carry a disclosure even when it does not name the company",
    )
    return parser


def _release_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--pack-version",
        type=int,
        metavar="N",
        help="the release number; every release needs a higher one (default:"
        " SOURCE_DATE_EPOCH if set, else the newest modification time of the files)",
    )
    sub.add_argument(
        "--pack-id",
        metavar="ID",
        help="what names this pack across releases (default: feed.json's feed_url, else its title)",
    )
    sub.add_argument(
        "--expires",
        metavar="DATE",
        help="after this date (2027-01-31) or time (2027-01-31T12:00:00Z) the app no longer"
        " lets anyone share the pack's content",
    )


def _release(arguments: argparse.Namespace, folder: Path | None) -> dict[str, Any]:
    """The manifest's pack id, version and expiry from the options and their defaults."""
    from advocate_desktop.feed.pack_build import default_version
    from advocate_desktop.settings.managed import key_expiry

    try:
        expires_at = key_expiry(arguments.expires)
        version = arguments.pack_version
        if version is None:
            if folder is not None:
                version = default_version(folder)
            else:
                epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
                if epoch and not epoch.isdigit():
                    raise ValueError("SOURCE_DATE_EPOCH is a whole number of seconds")
                version = int(epoch) if epoch else int(arguments.pack.stat().st_mtime)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if version < 0:
        raise UsageError("--pack-version is a whole number, 0 or more")
    return {"version": version, "pack_id": arguments.pack_id, "expires_at": expires_at}


def _release_text(pack_id: str, version: int, expires: Any) -> str:
    until = f", expires {expires.isoformat()}" if expires is not None else ", no expiry"
    return f"pack id {pack_id!r}, version {version}{until}"


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # A run that starts with a subcommand builds only that one's parser.
    only = given[0] if given and given[0] in COMMANDS else None
    arguments = build_parser(only).parse_args(given)
    out = Output(arguments.json, sys.stdout)
    handlers: dict[str, Callable[[argparse.Namespace, Output], int]] = {
        "init": run_init,
        "lint": run_lint,
        "keygen": run_keygen,
        "build": run_build,
        "inflect": run_inflect,
        "sign": run_sign,
        "verify": run_verify,
        "serve": run_serve,
        "check": lambda a, o: run_check(a, sys.stdin.buffer, o),
    }
    try:
        return handlers[arguments.command](arguments, out)
    except UsageError as error:
        if arguments.json:
            out.emit({"error": str(error)}, "")
        print(f"advocate-pack: error: {error}", file=sys.stderr)
        return EXIT_USAGE


# -- init ------------------------------------------------------------------
def run_init(arguments: argparse.Namespace, out: Output) -> int:
    import shutil

    folder: Path = arguments.folder
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder} exists and is not empty; choose a new folder")
    demo = demo_pack_dir()
    feed = json.loads((demo / "feed.json").read_text(encoding="utf-8"))
    feed["title"] = "Our newsroom"
    feed["items"] = feed["items"][:2]
    (folder / "media").mkdir(parents=True, exist_ok=True)
    for item in feed["items"]:
        shutil.copyfile(demo / item["image"], folder / item["image"])
    (folder / "feed.json").write_text(
        json.dumps(feed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    shutil.copyfile(demo / "policy.json", folder / "policy.json")
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    out.emit(
        {"folder": str(folder), "files": files},
        f"Created {folder} with {', '.join(files)}.\nEdit them, then: advocate-pack lint {folder}",
    )
    return EXIT_OK


# -- lint ------------------------------------------------------------------
def _lint(folder: Path) -> list[Any]:
    from advocate_desktop.feed.lint import lint_folder
    from advocate_desktop.policy.loader import parse_policy
    from advocate_desktop.text.networks import measure

    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")

    def sizes(network: str, text: str, utm: dict[str, str], url: str) -> tuple[int, int]:
        from advocate_desktop.text.utm import add_utm, site_of

        result = measure(network, add_utm(text, utm, site_of(url)))
        return result.length, result.limit

    def check_policy(document: Any, name: str) -> list[tuple[str, str, str]]:
        rules = parse_policy(document, name)
        return (
            _untranslated_messages(document)
            + _uninflectable_terms(document)
            + _incomplete_terms(document)
            + _weakening_rules(document, rules)
        )

    issues = lint_folder(folder, check_policy, sizes)
    if not any(i.severity == "error" and i.file == "policy.json" for i in issues):
        issues += _blocked_suggestions(folder)
    return issues


def _blocked_suggestions(folder: Path) -> list[Any]:
    """Suggested texts the app would refuse to publish (a missing disclosure, a
    confidential name…): every employee would meet the block, so lint says it first.
    Lengths are lint's own check already."""
    from advocate_desktop.feed.lint import ERROR, LintIssue
    from advocate_desktop.feed.pack import FEED_NAME
    from advocate_desktop.policy.engine import PolicyEngine, TextTooLarge
    from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy

    try:
        feed = json.loads((folder / FEED_NAME).read_text(encoding="utf-8"))
        policy_path = folder / "policy.json"
        layers = [builtin_rules()]
        if policy_path.is_file():
            layers.append(parse_policy(json.loads(policy_path.read_text("utf-8")), "policy.json"))
    except (OSError, ValueError, RecursionError):
        return []  # lint_folder has reported it
    engine = PolicyEngine(combine(*layers))
    issues = []
    items = feed.get("items") if isinstance(feed, dict) else None
    feed_extension = feed.get("_advocacy") if isinstance(feed, dict) else None
    feed_labels = feed_extension.get("disclosure") if isinstance(feed_extension, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        extension = item.get("_advocacy") if isinstance(item, dict) else None
        suggested = extension.get("suggested") if isinstance(extension, dict) else None
        own = extension.get("disclosure") if isinstance(extension, dict) else None
        labels = {
            str(k): str(v)
            for source in (feed_labels, own)
            if isinstance(source, dict)
            for k, v in source.items()
        }
        for network, texts in (suggested or {}).items() if isinstance(suggested, dict) else ():
            name = network if network in text_targets() else DEFAULT_TEXT_TARGET
            for language, text in texts.items() if isinstance(texts, dict) else ():
                if not isinstance(text, str) or language not in APP_LANGUAGES:
                    continue
                try:
                    result = engine.check(
                        text,
                        networks=[name],
                        language=language,
                        company_content=True,
                        labels=labels,
                    )
                except TextTooLarge:
                    continue  # lint_folder reports the length
                for finding in result.blocking:
                    if finding.kind == "length":
                        continue
                    issues.append(
                        LintIssue(
                            FEED_NAME,
                            f"/items/{index}/_advocacy/suggested/{network}/{language}",
                            ERROR,
                            f"the app blocks this text ({finding.rule}): {finding.message}",
                            f"use the suggestion {finding.suggestions[0]!r}."
                            if finding.suggestions
                            else "change the text as the message says.",
                        )
                    )
    return issues


def run_lint(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack_build import default_pack_id, default_version

    issues = _lint(arguments.folder)
    errors = sum(1 for i in issues if i.severity == "error")
    text = "\n".join(str(i) for i in issues)
    summary = f"{errors} error(s), {len(issues) - errors} warning(s)."
    feed_path = arguments.folder / "feed.json"
    pack_id = default_pack_id(feed_path.read_bytes()) if feed_path.is_file() else ""
    try:
        version: int | None = default_version(arguments.folder)
    except (ValueError, FeedError):
        version = None  # the links or special files are among the errors
    release = (
        f"build would stamp pack id {pack_id!r}, version {version}"
        " (set them with --pack-id and --pack-version)."
        if version is not None
        else "build stamps a version once the errors above are fixed."
    )
    out.emit(
        {
            "issues": [i.to_json() for i in issues],
            "errors": errors,
            "pack_id": pack_id,
            "version": version,
        },
        (text + "\n" if text else "") + summary + "\n" + release,
    )
    return EXIT_PROBLEMS if errors else EXIT_OK


# -- keys and signing --------------------------------------------------------
def _private_key(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the key {path}: {error.strerror}") from None


def run_keygen(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.feed.signing import generate_private_key, key_id, public_key_line

    private_path = arguments.prefix.with_name(arguments.prefix.name + ".key")
    public_path = arguments.prefix.with_name(arguments.prefix.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(f"{path} exists; never overwrite a key")
    pem, raw = generate_private_key()
    private_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(pem)
    line = public_key_line(raw, arguments.name)
    public_path.write_text(line + "\n", encoding="utf-8")
    out.emit(
        {
            "private_key": str(private_path),
            "public_key": str(public_path),
            "key_id": key_id(raw),
            "line": line,
        },
        f"Private key: {private_path} (keep it secret)\nPublic key:  {public_path}\n"
        f"Key id: {key_id(raw)}\nGive this line to IT to trust your packs:\n{line}",
    )
    return EXIT_OK


def run_build(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest

    issues = _lint(arguments.folder)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        out.emit(
            {"built": False, "issues": [i.to_json() for i in errors]},
            "\n".join(str(i) for i in errors) + "\nNot built: fix the errors above.",
        )
        return EXIT_PROBLEMS
    key = _private_key(arguments.key) if arguments.key else None
    release = _release(arguments, arguments.folder)
    contents = folder_contents(arguments.folder)
    inflections: list[Inflection] = []
    if not arguments.no_inflect and "policy.json" in contents:
        policy_bytes, inflections = _inflected_policy(contents["policy.json"])
        contents = {**contents, "policy.json": policy_bytes}
    try:
        contents = with_manifest(contents, key, **release)
    except ValueError as error:
        raise UsageError(str(error)) from None
    data = build_zip(contents)
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_bytes(data)
    from advocate_desktop.feed.signing import digest, read_manifest

    manifest = read_manifest(contents["manifest.json"])

    out.emit(
        {
            "built": True,
            "pack": str(arguments.out),
            "sha256": digest(data),
            "signed": bool(key),
            "files": sorted(contents),
            "inflected": [i.to_json() for i in inflections],
            "pack_id": manifest.pack_id,
            "version": manifest.version,
            "expires_at": manifest.expires_at.isoformat() if manifest.expires_at else None,
        },
        f"Built {arguments.out} ({len(data)} bytes, {'signed' if key else 'unsigned'}), "
        f"sha256 {digest(data)}\n"
        + _release_text(manifest.pack_id, manifest.version, manifest.expires_at)
        + "".join(f"\n{_describe(i)}" for i in inflections),
    )
    return EXIT_OK


APP_LANGUAGES = ("en", "pl")


def _untranslated_messages(document: Any) -> list[tuple[str, str, str]]:
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


def _weakening_rules(document: Any, rules: list[Any]) -> list[tuple[str, str, str]]:
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


def _uninflectable_terms(document: Any) -> list[tuple[str, str, str]]:
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


def _incomplete_terms(document: Any) -> list[tuple[str, str, str]]:
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


# -- inflect ---------------------------------------------------------------
def _inflected_policy(data: bytes) -> tuple[bytes, list[Inflection]]:
    from advocate_desktop.policy.inflection import InflectionUnavailable, expand_policy

    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict):
            raise UsageError("not a policy: a JSON object with rules is expected")
        if "rules" not in document and isinstance(document.get("policy"), dict):
            # IT's managed configuration: its local policy sits under "policy".
            policy, inflections = expand_policy(document["policy"])
            expanded = {**document, "policy": policy}
        else:
            expanded, inflections = expand_policy(document)
    except InflectionUnavailable as error:
        raise UsageError(f"{error}, or build with --no-inflect") from None
    except ValueError as error:
        raise UsageError(f"the policy is not valid JSON: {error}") from None
    text = json.dumps(expanded, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8"), inflections


def _describe(inflection: Inflection) -> str:
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


def run_inflect(arguments: argparse.Namespace, out: Output) -> int:
    path: Path = arguments.policy
    if path.is_dir():
        path = path / "policy.json"
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    expanded, inflections = _inflected_policy(data)
    if arguments.write:
        _write_atomically(path, expanded)
    lines = [_describe(i) for i in inflections] or ["  every term already lists its forms"]
    verb = "Wrote the forms into" if arguments.write else "Forms for"
    out.emit(
        {
            "policy": str(path),
            "written": bool(arguments.write),
            "inflected": [i.to_json() for i in inflections],
        },
        f"{verb} {path}:\n" + "\n".join(lines),
    )
    return EXIT_OK


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def run_sign(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.feed.pack_build import build_zip, folder_contents, read_zip, with_manifest
    from advocate_desktop.feed.signing import MANIFEST_NAME, SIGNATURE_NAME, read_manifest

    key = _private_key(arguments.key)
    pack: Path = arguments.pack
    if not pack.exists():
        raise UsageError(f"{pack} does not exist")
    release = _release(arguments, pack if pack.is_dir() else None)
    try:
        if pack.is_dir():
            contents = with_manifest(folder_contents(pack), key, **release)
            for name in (MANIFEST_NAME, SIGNATURE_NAME):
                (pack / name).write_bytes(contents[name])
        else:
            contents = with_manifest(read_zip(pack), key, **release)
            pack.write_bytes(build_zip(contents))
    except ValueError as error:
        raise UsageError(str(error)) from None
    manifest = read_manifest(contents[MANIFEST_NAME])
    out.emit(
        {
            "signed": str(pack),
            "files": sorted(contents),
            "pack_id": manifest.pack_id,
            "version": manifest.version,
            "expires_at": manifest.expires_at.isoformat() if manifest.expires_at else None,
        },
        f"Signed {pack}: "
        + _release_text(manifest.pack_id, manifest.version, manifest.expires_at)
        + ".",
    )
    return EXIT_OK


def run_verify(arguments: argparse.Namespace, out: Output) -> int:
    import tempfile
    from datetime import UTC, datetime

    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack import Trust, load_pack, pack_files
    from advocate_desktop.feed.signing import KeyFormatError, parse_public_key
    from advocate_desktop.policy.loader import PolicyError, load_policy_text

    keys = []
    for path in arguments.trust:
        try:
            keys.append(parse_public_key(path.read_text(encoding="utf-8")))
        except (OSError, KeyFormatError) as error:
            raise UsageError(f"{path}: {error}") from None
    if not arguments.pack.exists():
        raise UsageError(f"{arguments.pack} does not exist")
    with tempfile.TemporaryDirectory() as scratch:
        try:
            loaded = load_pack(arguments.pack, Path(scratch), Trust(tuple(keys), True))
            if loaded.policy_json is not None:  # the app refuses a pack whose policy fails
                try:
                    load_policy_text(loaded.policy_json, f"{arguments.pack}/policy.json")
                except PolicyError as error:
                    raise FeedError(
                        str(arguments.pack), f"policy.json{error.pointer}", error.problem
                    ) from None
        except FeedError as error:
            problem = str(error).replace(scratch, str(arguments.pack))
            out.emit({"valid": False, "problem": problem}, f"NOT VALID: {problem}")
            return EXIT_PROBLEMS
        root = arguments.pack if arguments.pack.is_dir() else Path(loaded.media_root).parent
        files = sorted(pack_files(root))
    release = loaded.release
    assert release is not None  # verify trusts no unsigned pack
    expired = release.expires_at is not None and release.expires_at <= datetime.now(UTC)
    out.emit(
        {
            "valid": True,
            "signer": loaded.signer,
            "files": files,
            "items": len(loaded.feed.items),
            "pack_id": release.pack_id,
            "version": release.version,
            "expires_at": release.expires_at.isoformat() if release.expires_at else None,
            "expired": expired,
            "refused_items": list(loaded.feed.refused),
        },
        f"Valid pack signed by {loaded.signer}: "
        + _release_text(release.pack_id, release.version, release.expires_at)
        + (" (EXPIRED: the app no longer lets anyone share it)" if expired else "")
        + ".\n"
        + "".join(f"Item left out: {r}\n" for r in loaded.feed.refused)
        + "Files:\n"
        + "\n".join(f"  {f}" for f in files),
    )
    return EXIT_OK


# -- serve -----------------------------------------------------------------
def run_serve(arguments: argparse.Namespace, out: Output) -> int:
    import ipaddress
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    try:
        loopback = ipaddress.ip_address(arguments.host).is_loopback
    except ValueError:
        loopback = arguments.host == "localhost"
    if not loopback:
        raise UsageError("serve listens on this computer only: use 127.0.0.1, ::1 or localhost")
    if not arguments.folder.is_dir():
        raise UsageError(f"{arguments.folder} is not a folder")
    handler = partial(SimpleHTTPRequestHandler, directory=str(arguments.folder))
    try:
        server = ThreadingHTTPServer((arguments.host, arguments.port), handler)
    except OSError as error:
        raise UsageError(f"cannot listen on port {arguments.port}: {error.strerror}") from None
    port = server.server_address[1]
    url = f"http://{arguments.host}:{port}/feed.json"
    out.emit(
        {"url": url, "folder": str(arguments.folder)},
        f"Serving {arguments.folder} at {url} (Ctrl+C stops).",
    )
    out.stream.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


# -- check -----------------------------------------------------------------
def _too_large(length: str) -> UsageError:
    return UsageError(
        f"the post has {length} characters; the check accepts at most"
        f" {MAX_CHECK_CHARACTERS:,} (no network takes a post nearly this long)"
    )


def read_post(stdin: BinaryIO) -> str:
    """The post from standard input, strictly UTF-8, refused early when over the cap:
    at most four bytes a character, so more bytes than that is too long unread."""
    limit = MAX_CHECK_CHARACTERS * 4
    try:
        data = stdin.read(limit + 1)
    except OSError as error:
        raise UsageError(f"cannot read the post from standard input: {error}") from None
    if len(data) > limit:
        raise _too_large("more than " + f"{MAX_CHECK_CHARACTERS:,}")
    # Decode strictly: a post that is not UTF-8 must not reach the check as
    # surrogate-escaped garbage with wrong offsets.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"cannot read the post from standard input: {error}") from None


def run_check(arguments: argparse.Namespace, stdin: BinaryIO, out: Output) -> int:
    text = arguments.text if arguments.text is not None else read_post(stdin)
    if len(text) > MAX_CHECK_CHARACTERS:
        raise _too_large(f"{len(text):,}")
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.loader import (
        PolicyError,
        builtin_rules,
        combine,
        load_policy_file,
    )

    policy_path = arguments.policy or demo_pack_dir() / "policy.json"
    try:
        policy = combine(builtin_rules(), load_policy_file(policy_path))
    except PolicyError as error:
        raise UsageError(f"invalid policy: {error}") from None
    networks = tuple(dict.fromkeys(arguments.network or DEFAULT_NETWORKS))
    result = PolicyEngine(policy).check(
        text, networks=networks, language=arguments.lang, company_content=arguments.from_feed
    )
    out.emit(result_to_json(result), format_result(result))
    return EXIT_BLOCKED if result.blocking else EXIT_OK


def result_to_json(result: CheckResult) -> dict[str, Any]:
    return {
        "networks": {
            m.network: {"length": m.length, "limit": m.limit, "fits": m.fits}
            for m in result.measures
        },
        "findings": [f.to_json() for f in result.findings],
    }


def format_result(result: CheckResult) -> str:
    lines = ["Lengths:"]
    for m in result.measures:
        state = "fits" if m.fits else "TOO LONG"
        lines.append(f"  {label(m.network):<10} {m.length:>5} / {m.limit:<6} {state}")
    if not result.findings:
        lines.append("No findings.")
    else:
        lines.append("Findings:")
        for f in result.findings:
            lines.append(f"  {f.severity.value:<7} {f.rule} [{f.start}:{f.end}] {f.text!r}")
            lines.append(f"          {f.message}")
            for suggestion in f.suggestions:
                lines.append(f"          suggestion: {suggestion!r}")
    verdict = "Blocked: fix the findings marked block." if result.blocking else "Nothing blocks."
    lines.append(verdict)
    return "\n".join(lines) + "\n"


def run() -> None:
    """The ``advocate-pack`` command: :func:`main`, then the process ends.

    ``check`` runs in every editor's save hook and CI step, so it leaves as soon as
    its answer is printed: tearing the interpreter down (every module's objects freed
    one by one, then a garbage collection) cost it about a tenth of its time, and it
    holds nothing that needs closing (the lemma cache is written and closed before).
    The other commands write files and end the usual way.
    """
    code = main()
    if sys.argv[1:2] != ["check"]:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = 120  # what Python itself exits with when the output cannot be flushed
    os._exit(code)


if __name__ == "__main__":
    run()
