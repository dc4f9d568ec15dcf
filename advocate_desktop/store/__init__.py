"""sqlite3 persistence: connection, migrations and one repository per table group."""

from advocate_desktop.store.connection import Database, StoreError
from advocate_desktop.store.timestamps import from_db, to_db, utc_now

__all__ = ["Database", "StoreError", "from_db", "to_db", "utc_now"]
