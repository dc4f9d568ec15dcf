"""A check process pays only for what its policy and its post need, and the lazy
paths still find everything: patterns compile on first use, kinds and heavy
libraries load on first use, and cheap gates (no "@", no digit, no token prefix)
only skip work that could find nothing."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from advocate_desktop.policy.checks.secret import _patterns, required_prefixes
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy

ROOT = Path(__file__).resolve().parents[2]
PESEL = "44051401359"  # a valid PESEL (check digit and date of birth)


def run_python(code: str) -> list[str]:
    """Runs ``code`` in a fresh interpreter and returns the lines it prints."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split()


def loaded_after_check(policy: dict[str, object], text: str, *modules: str) -> dict[str, bool]:
    """Which of ``modules`` a fresh process has imported after one check of ``text``
    against the built-in rules plus ``policy``."""
    code = (
        "import json, sys\n"
        "from advocate_desktop.policy.engine import PolicyEngine\n"
        "from advocate_desktop.policy.loader import builtin_rules, combine, parse_policy\n"
        f"document = json.loads({json.dumps(policy)!r})\n"
        "policy = combine(builtin_rules(), parse_policy(document, 'test'))\n"
        f"result = PolicyEngine(policy).check({text!r}, networks=['x'], language='pl')\n"
        "print(len(result.findings))\n"
        f"for name in {list(modules)!r}: print(name in sys.modules)\n"
    )
    lines = run_python(code)
    return dict(zip(modules, (line == "True" for line in lines[1:]), strict=True))


CONFIDENTIAL = {
    "rules": [
        {
            "id": "team.names",
            "kind": "confidential",
            "severity": "block",
            "message": {"en": "{match}"},
            "terms": [{"term": "Orbis", "forms": ["Orbisu", "Orbisami"]}],
        }
    ]
}


def test_a_post_without_numbers_loads_no_number_library() -> None:
    loaded = loaded_after_check(
        CONFIDENTIAL,
        "Rozmowy z Orbisami trwają, więcej wkrótce.",
        "phonenumbers",
        "stdnum",
        "simplemma",
        "confusable_homoglyphs",
        "advocate_desktop.policy.lemmas",
        "advocate_desktop.policy.inflection",
        "advocate_desktop.policy.checks.pattern",
        "logging",
    )
    assert not any(loaded.values()), loaded


def test_a_policy_without_pii_rules_never_loads_phonenumbers() -> None:
    """Even for a post full of numbers: only a pii rule reads them."""
    code = (
        "import sys\n"
        "from advocate_desktop.policy.engine import PolicyEngine\n"
        "from advocate_desktop.policy.loader import builtin_rules, combine\n"
        "rules = [r for r in builtin_rules() if r.kind != 'pii']\n"
        "from advocate_desktop.policy.model import Policy\n"
        "engine = PolicyEngine(Policy(tuple(rules)))\n"
        f"engine.check('Zadzwoń: +48 601 234 567, PESEL {PESEL}', networks=['x'], language='pl')\n"
        "print('phonenumbers' in sys.modules, 'stdnum' in sys.modules)\n"
    )
    assert run_python(code) == ["False", "False"]


def test_a_pesel_is_found_when_the_process_first_checked_something_else() -> None:
    """The number patterns and stdnum load on the first post with a digit, even after
    posts without any (and after other kinds ran first)."""
    code = (
        "import sys\n"
        "from advocate_desktop.policy.engine import PolicyEngine\n"
        "from advocate_desktop.policy.loader import builtin_rules, combine\n"
        "engine = PolicyEngine(combine(builtin_rules()))\n"
        "engine.check('Bez numerów, bez linków.', networks=['x'], language='pl')\n"
        "before = 'stdnum' in sys.modules\n"
        f"found = engine.check('Mój PESEL to {PESEL}.', networks=['x'], language='pl')\n"
        "print(before, [f.text for f in found.findings if f.kind == 'pii'])\n"
    )
    assert run_python(code) == ["False", f"['{PESEL}']"]


def test_a_pesel_is_found_by_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "advocate_desktop.pack_cli", "check", "--json", "--lang", "pl"],
        input=f"Mój PESEL to {PESEL}, a e-mail jan@nordvik.example".encode(),
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    findings = json.loads(result.stdout)["findings"]
    assert {(f["rule"], f["text"]) for f in findings if f["kind"] == "pii"} == {
        ("builtin.pii.identifiers", PESEL),
        ("builtin.pii.contact", "jan@nordvik.example"),
    }


def test_every_kind_of_a_policy_still_finds_after_lazy_loading() -> None:
    engine = PolicyEngine(
        combine(
            builtin_rules(),
            parse_policy(
                {
                    "rules": [
                        *CONFIDENTIAL["rules"],  # type: ignore[list-item]
                        {
                            "id": "team.pattern",
                            "kind": "pattern",
                            "severity": "warn",
                            "message": {"en": "{match}"},
                            "pattern": "tajne\\w*",
                        },
                    ]
                },
                "test",
            ),
        )
    )
    text = (
        "#pracujęwNordvik Orbisami, tajnego AKIAIOSFODNN7EXAMPLE i k*rwa, "
        f"{PESEL}, https://bit.ly/x @ala@social.example 👩‍💻"
    )
    kinds = {f.kind for f in engine.check(text, networks=["x"], language="pl").findings}
    assert {"confidential", "pattern", "secret", "language", "pii", "link"} <= kinds


# -- secrets: a pattern runs only where its prefix is ----------------------------
TOKENS = [
    "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
    "github_pat_" + "a" * 82,
    "glpat-" + "x" * 20,
    "AKIAIOSFODNN7EXAMPLE",
    "A3TXIOSFODNN7EXAMPLE",
    "xoxb-123456789012-abcdefghijkl",
    "https://hooks.slack.com/services/" + "A" * 44,
    "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    "rk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "-----BEGIN OPENSSH PRIVATE KEY-----",
    "npm_" + "b" * 36,
]


def test_every_shipped_secret_format_has_a_prefix_gate() -> None:
    """Otherwise every post would compile that pattern again."""
    assert all(prefixes for _id, _label, prefixes, _pattern in _patterns())


@pytest.mark.parametrize("token", TOKENS)
def test_every_token_is_still_found(token: str) -> None:
    engine = PolicyEngine(combine(builtin_rules()))
    found = engine.check(f"oops {token} sorry", networks=[], language="en").findings
    assert [f.text for f in found if f.kind == "secret"] == [token]


def test_the_gate_never_skips_a_pattern_that_would_match() -> None:
    """On mutated tokens and random text, wherever the full pattern matches, one of
    its prefixes is in the text."""
    chooser = random.Random(9)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./: "
    for _id, _label, prefixes, pattern in _patterns():
        assert prefixes is not None
        compiled = regex.compile(pattern.compiled.pattern)
        for _ in range(300):
            token = chooser.choice(TOKENS)
            cut = chooser.randrange(len(token) + 1)
            noise = "".join(chooser.choices(alphabet, k=chooser.randint(0, 8)))
            text = token[:cut] + noise + token[cut:] if chooser.random() < 0.5 else token
            if compiled.search(text):
                assert any(prefix in text for prefix in prefixes), (_id, text)


@pytest.mark.parametrize(
    ("source", "prefixes"),
    [
        (r"\bgh[pousr]_[A-Za-z0-9]{36}\b", {"gh"}),
        (r"\b(?:A3T[A-Z0-9]|AKIA)[A-Z0-9]{16}\b", {"A3T", "AKIA"}),
        (r"ab?c", {"a"}),
        (r"ab[|]c", {"ab"}),
        (r"https://x\.y", {"https://x"}),
        (r"abc|d", None),
        (r"(?:ab|cd)e|f", None),
        (r"(?:a|b)+x", None),
        (r"(?:ab|)c", None),
        (r"(?i)abc", None),
        (r"ab(?i)c", None),
        (r"(?<=a)bc", None),
        (r"(?:ab|[^x]e)", None),
        (r"\d{11}", None),
        (r"a{2}", None),
    ],
)
def test_required_prefixes_reads_only_shapes_it_understands(
    source: str, prefixes: set[str] | None
) -> None:
    assert required_prefixes(source) == (None if prefixes is None else frozenset(prefixes))


def test_the_pack_tools_check_never_loads_the_networks() -> None:
    """It imported the network registry (and with it every publisher's base classes,
    logging and the specs) only to list the text targets: 15 ms of every check."""
    loaded = run_python(
        "import sys\n"
        "from advocate_desktop import pack_cli\n"
        "pack_cli.main(['check', '--lang', 'pl', '--text', 'Rozmowy z Orbisami'])\n"
        "print(any(m.startswith('advocate_desktop.networks') for m in sys.modules))\n"
    )
    assert loaded[-1] == "False"
