"""The communications team's content: feed model, parsing, packs and storage."""
