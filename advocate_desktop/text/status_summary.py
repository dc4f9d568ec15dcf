"""A message short enough for the status bar, and free of file paths.

Errors carry what their code knew: ``[Errno 2] No such file or directory:
'/tmp/pytest-…/x.png'``, tracebacks' last lines, several sentences.  The status bar
shows one line of about a hundred characters, so the window shows the first line
with paths shortened to their file name, and the whole text behind a *Details…*
button.  Nothing here imports Qt.
"""

from __future__ import annotations

import re

#: About what the status bar of a 1024-pixel window shows beside its permanent parts.
STATUS_LENGTH = 110

# A POSIX path of two parts or more, or a Windows one, possibly quoted; never a web
# address's path (a "/" after a letter, a colon or another "/" starts none).
_PATH = re.compile(r"""(?:\b[A-Za-z]:\\|(?<![\w:/.])/)(?:[^\s'"/\\]+[/\\])+([^\s'"/\\]+)""")


def status_summary(text: str, limit: int = STATUS_LENGTH) -> tuple[str, bool]:
    """(what the status bar shows, whether the whole text says more)."""
    whole = text.strip()
    first = whole.splitlines()[0] if whole else ""
    short = _PATH.sub(lambda match: match.group(1), first)
    if len(short) > limit:
        cut = short[: limit - 1]
        space = cut.rfind(" ")
        short = (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"
    return short, short != whole
