"""User settings, declared once, with IT's managed overlay and locked keys."""
