"""``advocate-pack``: the communications team's command line.  Never imports Qt.

A thin front end over :mod:`advocate_desktop.services.authoring`: parse the
arguments, call the service, print its result.  Subcommands: init, lint, keygen,
build, inflect, sign, verify, serve, check.  Every one takes ``--json`` and
``--help``.  Exit status: 0 success, 1 the content has problems (lint errors, a
bad signature, a blocking finding), 2 bad usage or unreadable input;
``verify --detailed-exit-codes`` answers 3 for a valid signature by a signer who
is not among the trusted keys.
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
from advocate_desktop.policy.model import MAX_CHECK_CHARACTERS

# The text rules' names only: the pack tool never loads the networks (start-up cost).
from advocate_desktop.text.catalog import PREVIEWED, label, text_targets

if TYPE_CHECKING:  # the service modules are imported where they are used: a check
    # process loads services.authoring.check alone, and a refused post (too long,
    # unreadable) is answered without loading the policy engine
    from advocate_desktop.policy.engine import CheckResult
    from advocate_desktop.services.authoring.keys import SigningKey
    from advocate_desktop.services.authoring.results import Release

DEFAULT_NETWORKS = PREVIEWED
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BLOCKED = EXIT_PROBLEMS
#: verify --detailed-exit-codes: the signature is valid, the signer is not trusted.
EXIT_NOT_TRUSTED = 3
PASSPHRASE_ENV = "ADVOCATE_PACK_PASSPHRASE"  # the same name as keys.PASSPHRASE_ENV


class UsageError(Exception):
    """Bad usage the front end itself finds (the service raises AuthoringError)."""


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

    def add_mutually_exclusive_group(self, **kwargs: Any) -> Any:
        return self


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
        "Create a signing key. The private key goes into the OS keyring (--keyring, the"
        " default without PREFIX; build and sign then take --key keyring:KEY_ID), or"
        " into PREFIX.key protected by a passphrase (--passphrase), or into a plain"
        " PREFIX.key only when asked (--plain-file). The public key is printed and,"
        " with PREFIX, written to PREFIX.pub: give it to IT. Kept for older scripts:"
        " PREFIX without an option writes a plain PREFIX.key as before (with a warning).",
    )
    keygen.add_argument("prefix", type=Path, metavar="PREFIX", nargs="?")
    keygen.add_argument("--name", default="", help="who signs, e.g. 'Nordvik Communications'")
    storage = keygen.add_mutually_exclusive_group()
    storage.add_argument(
        "--keyring", action="store_true", help="keep the private key in the OS keyring"
    )
    storage.add_argument(
        "--passphrase",
        action="store_true",
        help="write PREFIX.key encrypted with a passphrase (asked twice, or from"
        f" --passphrase-file or {PASSPHRASE_ENV})",
    )
    storage.add_argument(
        "--plain-file",
        action="store_true",
        help="write PREFIX.key unencrypted (anyone who copies it can sign as you)",
    )
    _passphrase_option(keygen)

    build = command(
        "build",
        "build a pack zip from a folder (reproducible)",
        "Lint FOLDER, then write a zip with a manifest of SHA-256 digests, the pack's id"
        " and version; the same folder and version always give the same bytes. With"
        " --key the pack is signed.",
    )
    build.add_argument("folder", type=Path, metavar="FOLDER")
    build.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    build.add_argument("--key", metavar="KEY", help=_KEY_HELP)
    _passphrase_option(build)
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
    sign.add_argument("--key", required=True, metavar="KEY", help=_KEY_HELP)
    _passphrase_option(sign)
    _release_options(sign)

    verify = command(
        "verify",
        "check a pack's signature and files",
        "Print who signed PACK, its id, version and expiry, and its files. Without a"
        " trusted key that signed it, say whether the signature is valid all the same"
        " (signer not in your trusted keys). Exit 1 on an unsigned pack, a signer not"
        " trusted, or any file that does not match the manifest.",
    )
    verify.add_argument(
        "--detailed-exit-codes",
        action="store_true",
        help=f"exit {EXIT_NOT_TRUSTED} (not 1) when the signature is valid but the signer"
        " is not among the trusted keys",
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


_KEY_HELP = (
    "sign with this key: keyring:KEY_ID (in the OS keyring) or a key file (a protected"
    " one asks its passphrase)"
)


def _passphrase_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the key file's passphrase from FILE's first line (or set {PASSPHRASE_ENV})",
    )


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


def _release(arguments: argparse.Namespace) -> Release:
    from advocate_desktop.services.authoring.results import Release

    return Release(arguments.pack_version, arguments.pack_id, arguments.expires)


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
    except Exception as error:
        # The service's AuthoringError (imported only here: check must not pay for
        # the package when nothing goes wrong) and the front end's own UsageError.
        if not isinstance(error, UsageError) and not _is_authoring_error(error):
            raise
        if arguments.json:
            out.emit({"error": str(error)}, "")
        print(f"advocate-pack: error: {error}", file=sys.stderr)
        return EXIT_USAGE


def _is_authoring_error(error: Exception) -> bool:
    from advocate_desktop.services.authoring.errors import AuthoringError

    return isinstance(error, AuthoringError)


# -- init ------------------------------------------------------------------
def run_init(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.packs import init_pack

    result = init_pack(arguments.folder)
    folder, files = result.folder, list(result.files)
    out.emit(
        {"folder": str(folder), "files": files},
        f"Created {folder} with {', '.join(files)}.\nEdit them, then: advocate-pack lint {folder}",
    )
    return EXIT_OK


# -- lint ------------------------------------------------------------------
def run_lint(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.lint import lint_folder

    report = lint_folder(arguments.folder)
    issues = report.problems
    errors = len(report.errors)
    text = "\n".join(str(i) for i in issues)
    summary = f"{errors} error(s), {len(issues) - errors} warning(s)."
    version = report.version
    release = (
        f"build would stamp pack id {report.pack_id!r}, version {version}"
        " (set them with --pack-id and --pack-version)."
        if version is not None
        else "build stamps a version once the errors above are fixed."
    )
    out.emit(
        {
            "issues": [i.to_json() for i in issues],
            "errors": errors,
            "pack_id": report.pack_id,
            "version": version,
        },
        (text + "\n" if text else "") + summary + "\n" + release,
    )
    return EXIT_PROBLEMS if errors else EXIT_OK


# -- keys and signing --------------------------------------------------------
def _passphrase_source(arguments: argparse.Namespace) -> Callable[[], str] | str | None:
    """The key file's passphrase: --passphrase-file, else the environment variable,
    else asked on the terminal when the file turns out to be protected."""
    from advocate_desktop.services.authoring.keys import read_passphrase_file

    if arguments.passphrase_file is not None:
        return read_passphrase_file(arguments.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]

    def ask() -> str:
        import getpass

        if not sys.stdin.isatty():
            raise UsageError(
                f"the key file is protected by a passphrase: give --passphrase-file or"
                f" set {PASSPHRASE_ENV}"
            )
        return getpass.getpass("Passphrase of the signing key: ")

    return ask


def _new_passphrase(arguments: argparse.Namespace) -> str:
    from advocate_desktop.services.authoring.keys import (
        check_new_passphrase,
        read_passphrase_file,
    )

    if arguments.passphrase_file is not None:
        return read_passphrase_file(arguments.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UsageError(f"give the new passphrase with --passphrase-file or {PASSPHRASE_ENV}")
    import getpass

    first = getpass.getpass("New passphrase for the signing key: ")
    check_new_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise UsageError("the two passphrases differ; nothing was written")
    return first


def _signing_key(arguments: argparse.Namespace) -> SigningKey:
    from advocate_desktop.services.authoring.keys import load_signing_key

    return load_signing_key(arguments.key, _passphrase_source(arguments))


def run_keygen(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.keys import generate_key
    from advocate_desktop.services.authoring.results import KeyStorage

    if arguments.passphrase:
        storage = KeyStorage.ENCRYPTED_FILE
    elif arguments.plain_file:
        storage = KeyStorage.PLAIN_FILE
    elif arguments.keyring or arguments.prefix is None:
        storage = KeyStorage.KEYRING
    else:  # PREFIX alone: what keygen did before it had a choice
        storage = KeyStorage.PLAIN_FILE
        print(
            "advocate-pack: warning: writing an unencrypted private key file; use"
            " --keyring or --passphrase to protect it, or --plain-file to say you mean it",
            file=sys.stderr,
        )
    if storage is not KeyStorage.KEYRING and arguments.prefix is None:
        raise UsageError("a key file needs PREFIX: where PREFIX.key and PREFIX.pub go")
    passphrase = _new_passphrase(arguments) if storage is KeyStorage.ENCRYPTED_FILE else None
    result = generate_key(
        storage=storage, name=arguments.name, prefix=arguments.prefix, passphrase=passphrase
    )
    where = {
        KeyStorage.KEYRING: f"in the OS keyring (service advocate-pack, key {result.key_id})",
        KeyStorage.ENCRYPTED_FILE: f"{result.private_path} (protected by your passphrase)",
        KeyStorage.PLAIN_FILE: f"{result.private_path} (keep it secret)",
    }[storage]
    public = f"Public key:  {result.public_path}\n" if result.public_path else ""
    out.emit(
        {
            "private_key": str(result.private_path) if result.private_path else None,
            "public_key": str(result.public_path) if result.public_path else None,
            "key_id": result.key_id,
            "line": result.public_line,
            "storage": result.storage.value,
            "key": result.reference,
        },
        f"Private key: {where}\n{public}"
        f"Key id: {result.key_id}\nSign with: --key {result.reference}\n"
        f"Give this line to IT to trust your packs:\n{result.public_line}",
    )
    return EXIT_OK


def run_build(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.errors import LintFailed
    from advocate_desktop.services.authoring.inflect import describe_inflection
    from advocate_desktop.services.authoring.packs import build_pack

    key = _signing_key(arguments) if arguments.key else None
    try:
        result = build_pack(
            arguments.folder,
            arguments.out,
            key=key,
            release=_release(arguments),
            inflect=not arguments.no_inflect,
        )
    except LintFailed as failed:
        out.emit(
            {"built": False, "issues": [i.to_json() for i in failed.problems]},
            "\n".join(str(i) for i in failed.problems) + "\nNot built: fix the errors above.",
        )
        return EXIT_PROBLEMS
    out.emit(
        {
            "built": True,
            "pack": str(result.path),
            "sha256": result.sha256,
            "signed": result.signed,
            "files": list(result.files),
            "inflected": [i.to_json() for i in result.inflections],
            "pack_id": result.pack_id,
            "version": result.version,
            "expires_at": result.expires_at.isoformat() if result.expires_at else None,
        },
        f"Built {result.path} ({result.size} bytes, {'signed' if key else 'unsigned'}), "
        f"sha256 {result.sha256}\n"
        + _release_text(result.pack_id, result.version, result.expires_at)
        + "".join(f"\n{describe_inflection(i)}" for i in result.inflections),
    )
    return EXIT_OK


# -- inflect ---------------------------------------------------------------
def run_inflect(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.inflect import describe_inflection, inflect_policy

    result = inflect_policy(arguments.policy, write=arguments.write)
    lines = [describe_inflection(i) for i in result.inflections] or [
        "  every term already lists its forms"
    ]
    verb = "Wrote the forms into" if result.written else "Forms for"
    out.emit(
        {
            "policy": str(result.policy),
            "written": result.written,
            "inflected": [i.to_json() for i in result.inflections],
        },
        f"{verb} {result.policy}:\n" + "\n".join(lines),
    )
    return EXIT_OK


def run_sign(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.packs import sign_pack

    key = _signing_key(arguments)
    result = sign_pack(arguments.pack, key, release=_release(arguments))
    out.emit(
        {
            "signed": str(result.path),
            "files": list(result.files),
            "pack_id": result.pack_id,
            "version": result.version,
            "expires_at": result.expires_at.isoformat() if result.expires_at else None,
        },
        f"Signed {result.path}: "
        + _release_text(result.pack_id, result.version, result.expires_at)
        + ".",
    )
    return EXIT_OK


def run_verify(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.results import VerifyState
    from advocate_desktop.services.authoring.verify import read_trusted_keys, verify_pack

    result = verify_pack(arguments.pack, read_trusted_keys(arguments.trust))
    if result.state in (VerifyState.VALID_AND_TRUSTED, VerifyState.VALID_SIGNER_NOT_TRUSTED):
        trusted = result.state is VerifyState.VALID_AND_TRUSTED
        assert result.pack_id is not None and result.version is not None
        document: dict[str, Any] = {
            "valid": trusted,
            "state": result.state.value,
            "signature_valid": True,
            "signer": result.signer,
            "key_id": result.key_id,
            "files": list(result.files),
            "items": result.items,
            "pack_id": result.pack_id,
            "version": result.version,
            "expires_at": result.expires_at.isoformat() if result.expires_at else None,
            "expired": result.expired,
            "refused_items": list(result.refused_items),
        }
        if not trusted:
            document["problem"] = result.problem
        heading = (
            f"Valid pack signed by {result.signer}: "
            if trusted
            else f"Signature valid, signer not in your trusted keys (key {result.key_id}): "
        )
        out.emit(
            document,
            heading
            + _release_text(result.pack_id, result.version, result.expires_at)
            + (" (EXPIRED: the app no longer lets anyone share it)" if result.expired else "")
            + ".\n"
            + (
                ""
                if trusted
                else "Trust it with --trust KEY.pub; the app accepts it only once IT (or the"
                " employee, in Settings) trusts that key.\n"
            )
            + "".join(f"Item left out: {r}\n" for r in result.refused_items)
            + "Files:\n"
            + "\n".join(f"  {f}" for f in result.files),
        )
        if trusted:
            return EXIT_OK
        return EXIT_NOT_TRUSTED if arguments.detailed_exit_codes else EXIT_PROBLEMS
    out.emit(
        {
            "valid": False,
            "state": result.state.value,
            "signature_valid": False,
            "key_id": result.key_id,
            "problem": result.problem,
        },
        f"NOT VALID: {result.problem}",
    )
    return EXIT_PROBLEMS


# -- serve -----------------------------------------------------------------
def run_serve(arguments: argparse.Namespace, out: Output) -> int:
    from advocate_desktop.services.authoring.serve import PreviewServer

    server = PreviewServer(arguments.folder, host=arguments.host, port=arguments.port)
    out.emit(
        {"url": server.url, "folder": str(arguments.folder)},
        f"Serving {arguments.folder} at {server.url} (Ctrl+C stops).",
    )
    out.stream.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return EXIT_OK


# -- check -----------------------------------------------------------------
def read_post(stdin: BinaryIO) -> str:
    """The post from standard input (see :func:`services.authoring.check.read_post`)."""
    from advocate_desktop.services.authoring.check import read_post as read

    return read(stdin)


def run_check(arguments: argparse.Namespace, stdin: BinaryIO, out: Output) -> int:
    from advocate_desktop.services.authoring.check import check_post

    text = arguments.text if arguments.text is not None else read_post(stdin)
    result = check_post(
        text,
        networks=arguments.network or DEFAULT_NETWORKS,
        language=arguments.lang,
        policy_path=arguments.policy,
        from_feed=arguments.from_feed,
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
