"""Counting and entities.  Imports nothing else from the app."""
