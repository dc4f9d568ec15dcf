#!/usr/bin/env python3
"""Store the paradigms of the model nouns in resources/policy/inflection-models.json.

Codenames the dictionary does not know are declined by analogy with a model noun
that ends the same way.  The app does this for terms a policy lists bare, and it
does not load Morfeusz, so each model's forms are kept in the file.  Edit the
"models" list, then regenerate the paradigms from Morfeusz 2 (SGJP):

    .venv/bin/python scripts/make_inflection_models.py

tests/unit/test_inflection.py fails while the stored paradigms differ from the
dictionary's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advocate_desktop.policy.inflection import (  # noqa: E402
    models_document_from_dictionary,
    models_path,
)


def render(document: dict[str, object]) -> str:
    """One model per line: the file stays reviewable in a diff."""
    lines = ["{"]
    lines.append(f'  "about": {json.dumps(document["about"], ensure_ascii=False)},')
    models = document["models"]
    assert isinstance(models, list)
    lines.append('  "models": [')
    for start in range(0, len(models), 10):
        chunk = ", ".join(json.dumps(m, ensure_ascii=False) for m in models[start : start + 10])
        comma = "," if start + 10 < len(models) else ""
        lines.append(f"    {chunk}{comma}")
    lines.append("  ],")
    lines.append('  "paradigms": {')
    paradigms = document["paradigms"]
    assert isinstance(paradigms, dict)
    items = list(paradigms.items())
    for index, (model, table) in enumerate(items):
        comma = "," if index + 1 < len(items) else ""
        lines.append(
            f"    {json.dumps(model, ensure_ascii=False)}: "
            f"{json.dumps(table, ensure_ascii=False)}{comma}"
        )
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    document = models_document_from_dictionary()
    models_path().write_text(render(document), encoding="utf-8")
    print(f"{len(document['paradigms'])} model paradigms written to {models_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
