"""``python -m advocate_desktop`` and the ``advocate-desktop`` command."""

from __future__ import annotations

import sys


def main() -> int:
    from advocate_desktop.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
