#!/usr/bin/env python3
"""Fill in the Polish forms of the language lists in resources/policy/language/.

Entries without ``forms`` (or whose forms this script generated before, marked
``generated``) get them from Morfeusz 2 with the SGJP dictionary: every form of
a swear word (verbs included: pierdolić → pierdolę, spierdalaj …), and the
agreeing noun phrase forms of a sensitive topic (zwolnienia grupowe →
zwolnień grupowych).  Hand-written forms are kept.  Run it after editing a list:

    .venv/bin/python scripts/make_language_lists.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advocate_desktop.policy.inflection import _morfeusz, inflect  # noqa: E402

FOLDER = ROOT / "resources" / "policy" / "language"


def every_form(term: str) -> tuple[list[str], str]:
    """All forms of a single word, whatever its part of speech."""
    if " " not in term:
        forms = [str(entry[0]) for entry in _morfeusz().generate(term)]
        if forms:
            return sorted(set(forms) - {term}), "dictionary"
    inflection = inflect(term)
    return [f for f in inflection.forms if f != term], inflection.method


def main() -> int:
    for path in sorted(FOLDER.glob("*.pl.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for entry in document["entries"]:
            if "forms" in entry and "generated" not in entry:
                continue
            term = entry["term"]
            if document["list"] == "profanity":
                forms, method = every_form(term)
            else:
                inflection = inflect(term)
                forms = [f for f in inflection.forms if f != term]
                method = inflection.method
            entry["forms"] = forms
            entry["generated"] = method
            if method == "none":
                print(f"{path.name}: {term}: no forms found; add them by hand", file=sys.stderr)
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        path.write_text(text, encoding="utf-8")
        count = sum(1 + len(e.get("forms", [])) for e in document["entries"])
        print(f"{path.name}: {len(document['entries'])} entries, {count} forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
