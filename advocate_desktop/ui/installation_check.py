"""``advocate-desktop --check-installation``: whether this installation has every part
the app loads only when it needs it.

An installer that left out a part (an image decoder, the Polish translation, a module
imported by name) would otherwise fail only later, in front of an employee. This reads
an image of each format the app accepts with both decoders the app uses (Qt's, to show
it; Pillow, to check and shrink it), loads the Polish translations and sorts Polish
words with Qt's collator (ICU's Polish rules), and imports what the app imports by
name. No display is needed and nothing is written outside a temporary folder. IT can
run it after deploying; the packaging tier runs it on the installed .deb.
"""

from __future__ import annotations

import importlib
import io
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QImage

WIDTH, HEIGHT = 4, 3
#: A string of Qt's own (a standard button), which qtbase_pl.qm translates.
QT_SAMPLE = ("QPlatformTheme", "Cancel")


def _image(kind: str) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (WIDTH, HEIGHT), (200, 30, 60))
    if kind == "GIF":
        image = image.convert("P")
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def check_image(kind: str, ending: str, folder: Path) -> str:
    from PIL import Image

    from advocate_desktop.schedule.own_images import check_image as accepted

    path = folder / f"sample{ending}"
    path.write_bytes(_image(kind))
    content, found = accepted(path)  # the check an employee's own image goes through
    if found != ending:
        raise ValueError(f"taken as {found}")
    shown = QImage.fromData(content)  # how the app shows it
    if shown.isNull() or (shown.width(), shown.height()) != (WIDTH, HEIGHT):
        raise ValueError("Qt cannot decode it (no image format plugin?)")
    with Image.open(io.BytesIO(content)) as decoded:  # how Bluesky's publisher shrinks it
        decoded.load()
        if decoded.size != (WIDTH, HEIGHT):
            raise ValueError("Pillow decodes it at the wrong size")
    return f"Qt and Pillow decode it ({WIDTH}×{HEIGHT})"


def check_translations(app: QCoreApplication) -> str:
    from advocate_desktop.ui.i18n import install_translators

    installed = install_translators(app, "pl")
    try:
        files = [Path(t.filePath()).name for t in installed if isinstance(t, QTranslator)]
        if not any(name.startswith("advocate_pl") for name in files):
            raise ValueError("no advocate_pl.qm")
        if not any(name.startswith("qtbase_pl") for name in files):
            raise ValueError("no qtbase_pl.qm (Qt's own Polish strings)")
        if QCoreApplication.translate(*QT_SAMPLE) == QT_SAMPLE[1]:
            raise ValueError("Qt's Polish strings do not translate")
        return ", ".join(t.filePath() for t in installed)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def check_collation() -> str:
    # In Polish "ć" is a letter of its own, after every "c…" word; ICU's root rules
    # would put "ća" first (a before z). Needs ICU's Polish collation data.
    words = sorted(["ća", "cz"], key=QCollator(QLocale("pl_PL")).sortKey)
    if words != ["cz", "ća"]:
        raise ValueError(f"sorted as {words}")
    return "Polish words sort by Polish rules"


def check_named_imports() -> str:
    from advocate_desktop.policy.checks import COMPILERS
    from advocate_desktop.policy.checks.pii import iban_valid, stdnum_modules

    for kind in COMPILERS:
        COMPILERS[kind]  # imports the kind's module
    for name in stdnum_modules():
        importlib.import_module(f"stdnum.{name}")
    if not iban_valid("PL61109010140000071219812874"):  # reads python-stdnum's iban.dat
        raise ValueError("a valid IBAN is not recognized")
    for name in ("keyring.backends.SecretService", "secretstorage", "jeepney", "truststore"):
        importlib.import_module(name)
    return (
        f"{len(COMPILERS)} policy check kinds, {len(stdnum_modules())} identifier validators,"
        " the Secret Service keyring and truststore"
    )


def check_signing() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"pack"), b"pack")  # raises when it does not verify
    return "Ed25519 signatures verify"


def run() -> int:
    """Prints one line per check; 0 when every one passed, 1 if not."""
    from advocate_desktop.schedule.own_images import ACCEPTED_FORMATS

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    failed = 0
    with tempfile.TemporaryDirectory(prefix="advocate-check-") as scratch:
        checks: list[tuple[str, Callable[[], str]]] = [
            (f"image {kind}", partial(check_image, kind, ending, Path(scratch)))
            for kind, ending in ACCEPTED_FORMATS.items()
        ]
        checks += [
            ("Polish translation", lambda: check_translations(app)),
            ("collation", check_collation),
            ("modules imported by name", check_named_imports),
            ("signatures", check_signing),
        ]
        for name, check in checks:
            try:
                print(f"ok: {name}: {check()}")
            except Exception as error:  # every failure is reported, the others still run
                failed += 1
                print(f"FAILED: {name}: {type(error).__name__}: {error}")
    return 1 if failed else 0
