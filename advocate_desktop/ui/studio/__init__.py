"""The pack studio: the communications team's window for writing, checking and signing packs."""
