"""``advocate-pack``: the communications team's command line.  Never imports Qt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from advocate_desktop import __version__
from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import CheckResult, PolicyEngine
from advocate_desktop.policy.loader import PolicyError, builtin_rules, combine, load_policy_file
from advocate_desktop.text.networks import NETWORKS

DEFAULT_NETWORKS = ("x", "linkedin", "mastodon", "bluesky", "threads")
EXIT_OK, EXIT_BLOCKED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocate-pack",
        description="Build, check and publish Advocate Desktop content packs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    check = commands.add_parser(
        "check",
        help="check a post against a policy and every network's length rules",
        description=(
            "Check a post (from --text or standard input) against a policy. Exit status: 0 when"
            " nothing blocks, 1 when a finding blocks, 2 on bad usage or unreadable input."
        ),
    )
    check.add_argument("--text", help="the post; read from standard input when omitted")
    check.add_argument(
        "--network",
        action="append",
        metavar="NAME",
        choices=sorted(NETWORKS),
        help=f"a network to check for (repeatable; default: {', '.join(DEFAULT_NETWORKS)})",
    )
    check.add_argument("--lang", choices=("pl", "en"), default="en", help="the post's language")
    check.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="a policy.json (default: the bundled demo pack's policy); built-in rules always apply",
    )
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return run_check(arguments, sys.stdin.buffer, sys.stdout)
    except UsageError as error:
        print(f"advocate-pack: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    parser.error(f"unknown command {arguments.command!r}")
    return EXIT_USAGE


def run_check(arguments: argparse.Namespace, stdin: BinaryIO, stdout: TextIO) -> int:
    text = arguments.text
    if text is None:
        # Decode strictly: a post that is not UTF-8 must not reach the check as
        # surrogate-escaped garbage with wrong offsets.
        try:
            text = stdin.read().decode("utf-8")
        except (UnicodeDecodeError, OSError) as error:
            raise UsageError(f"cannot read the post from standard input: {error}") from None
    policy_path = arguments.policy or demo_pack_dir() / "policy.json"
    try:
        policy = combine(builtin_rules(), load_policy_file(policy_path))
    except PolicyError as error:
        raise UsageError(f"invalid policy: {error}") from None
    networks = tuple(dict.fromkeys(arguments.network or DEFAULT_NETWORKS))
    result = PolicyEngine(policy).check(text, networks=networks, language=arguments.lang)
    if arguments.json:
        json.dump(result_to_json(result), stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        stdout.write(format_result(result))
    return EXIT_BLOCKED if result.blocking else EXIT_OK


def result_to_json(result: CheckResult) -> dict[str, object]:
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
        lines.append(f"  {NETWORKS[m.network].label:<10} {m.length:>5} / {m.limit:<6} {state}")
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


if __name__ == "__main__":
    sys.exit(main())
