"""The employee's mode: the main window, the editor, the Queue, accounts and settings."""
