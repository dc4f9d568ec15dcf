"""Advocate Desktop: employee advocacy that stays on the employee's laptop."""

__version__ = "0.1.0"
APP_NAME = "Advocate Desktop"
APP_ID = "advocate-desktop"
#: The menu entry's id (and icon name): Wayland matches the window to it by this name.
DESKTOP_ID = "org.advocate_desktop.AdvocateDesktop"
ORG_DOMAIN = "advocate-desktop.org"
