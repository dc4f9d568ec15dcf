"""ICU's data for the bundle, cut to what an English and Polish app reads.

PySide6's Linux wheel links Qt against ICU 7x, whose data library (libicudata.so.NN,
32 MB) carries the locale data of some 800 locales, 200 legacy character converters
and the transliterators. Qt reads ICU for collation (sorting, QCollator), case
mapping, time-zone names and the legacy text codecs; the app speaks English and
Polish, and all its text is UTF-8, which ICU converts without data. This keeps the
root locale, every en* and pl* locale, and everything that is not per-locale (the
normalization, break and time-zone tables, the collation root), and drops the other
locales, the converters and the transliterators: a libicudata.so of about 7.5 MB,
exporting the same symbol under the same soname, built with binutils' `as` and `ld`.

A locale the data no longer has falls back to the root locale (ICU's own fallback),
so a German desktop still sorts and names time zones, by the root rules.

`advocate-desktop --check-installation` sorts Polish words with Qt's collator
(`ć` after every `c…` word: a Polish rule, not the root's) and so proves that the
slim data still carries what the app needs; the packaging tier runs it.

Used by advocate-desktop.spec; `python slim_icu.py LIB OUT_DIR` runs it alone.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "pl")
# per-locale trees of ICU's data; each also has root, pool and res_index, kept
LOCALE_TREES = frozenset(
    {"brkitr", "coll", "curr", "lang", "rbnf", "region", "unit", "zone", "translit"}
)
# a locale's resource: "de", "de_AT", "sr_Latn_BA", "es_" (ICU's alias stubs)
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
# never a locale, though shaped like one
_SHARED = frozenset({"root", "pool", "res_index"})
_SYMBOL = re.compile(r"\b(icudt\d+_dat)\b")


def wanted(item: str) -> bool:
    """Whether the ICU data item (as ``icupkg -l`` names it) stays in the slim data."""
    parts = item.split("/")
    stem, _, ending = parts[-1].rpartition(".")
    if ending == "cnv":  # legacy converters: the app's text is UTF-8 (algorithmic)
        return False
    if parts[0] == "translit":  # transliterators: Qt never calls them
        return False
    per_locale = (len(parts) == 1 or parts[0] in LOCALE_TREES) and ending == "res"
    if per_locale and _LOCALE.match(stem) and stem not in _SHARED:
        return any(stem == lang or stem.startswith(f"{lang}_") for lang in KEPT_LANGUAGES)
    return True


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, its offset in the file and its size."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in symbols.splitlines():
        match = _SYMBOL.search(line)
        if match and " OBJECT " in line:
            fields = line.split()
            name, address, size, index = (
                match.group(1),
                int(fields[1], 16),
                int(fields[2], 0),
                fields[6],
            )
            break
    else:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    for line in sections.splitlines():
        section = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if section and section.group(1) == index:
            offset = address - int(section.group(2), 16) + int(section.group(3), 16)
            return name, offset, size
    raise ValueError(f"{library}: no section {index}")


def slim_library(library: Path, out_dir: Path) -> Path:
    """Writes the slim copy of ``library`` (libicudata.so.NN) into ``out_dir``."""
    for tool in ("icupkg", "as", "ld", "readelf"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(
                f"{tool} is needed to slim ICU's data (make system-deps-package)"
            )
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    soname = library.name
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        full, slim = work / "full" / f"{package}.dat", work / "slim" / f"{package}.dat"
        full.parent.mkdir()
        slim.parent.mkdir()
        with library.open("rb") as handle:
            handle.seek(offset)
            full.write_bytes(handle.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
        ).stdout.split()
        dropped = work / "dropped.txt"
        dropped.write_text("".join(f"{item}\n" for item in items if not wanted(item)))
        # icupkg names the package after the output file: the same name as the input
        subprocess.run(["icupkg", "-r", str(dropped), str(full), str(slim)], check=True)
        source = work / "data.s"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{slim}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(source)], check=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / soname
        subprocess.run(
            [
                "ld",
                "-shared",
                "-soname",
                soname,
                "-z",
                "noexecstack",
                "-o",
                str(target),
                str(work / "data.o"),
            ],
            check=True,
        )
    return target


if __name__ == "__main__":
    print(slim_library(Path(sys.argv[1]), Path(sys.argv[2])))
