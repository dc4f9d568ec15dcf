"""Advocate Desktop: employee advocacy that stays on the employee's laptop."""

__version__ = "0.1.0"
APP_NAME = "Advocate Desktop"
APP_ID = "advocate-desktop"
ORG_DOMAIN = "advocate-desktop.org"
