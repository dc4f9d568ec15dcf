"""The bundled program's entry point (PyInstaller needs a script, not a console_scripts name)."""

import os
import sys

# A windowed build on Windows and macOS has no console: sys.stdout and sys.stderr are
# None there, and the log would fail on them. Its lines then go nowhere, as a GUI
# program's do.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process

from advocate_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
