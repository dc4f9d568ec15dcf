"""Fill new messages in the .ts files after ``make lupdate``, keeping lupdate's layout.

English is the source language: an unfinished English message gets its source
text.  Polish translations come from a JSON file mapping source text to
translation (a list of forms for a plural message)::

    python scripts/ts_fill.py [translations.json]

Existing translations are never changed; what is still unfinished is listed.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
MESSAGE = re.compile(
    r"<message( numerus=\"yes\")?>(\s*)<source>([^<]*)</source>(\s*)"
    r"<translation type=\"unfinished\">"
    r"((?:[^<]|<numerusform>[^<]*</numerusform>|\s)*)</translation>",
    re.DOTALL,
)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def fill(path: Path, translations: dict[str, str | list[str]], *, english: bool) -> list[str]:
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        plural = bool(match.group(1))
        source = html.unescape(match.group(3))
        value = translations.get(source)
        if english and value is None and not plural:
            value = source
        if value is None:
            missing.append(source)
            return match.group(0)
        if plural:
            forms = value if isinstance(value, list) else [value]
            indent = match.group(4)
            body = "".join(f"{indent}    <numerusform>{_escape(f)}</numerusform>" for f in forms)
            translation = f"<translation>{body}{indent}</translation>"
        else:
            assert isinstance(value, str)
            translation = f"<translation>{_escape(value)}</translation>"
        return (
            f"<message{match.group(1) or ''}>{match.group(2)}<source>{match.group(3)}</source>"
            f"{match.group(4)}{translation}"
        )

    text = path.read_text(encoding="utf-8")
    path.write_text(MESSAGE.sub(replace, text), encoding="utf-8")
    return missing


def main() -> int:
    polish: dict[str, str | list[str]] = {}
    if len(sys.argv) > 1:
        polish = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    missing = fill(ROOT / "advocate_en.ts", {}, english=True)
    missing += fill(ROOT / "advocate_pl.ts", polish, english=False)
    for source in missing:
        print("unfinished:", source.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
