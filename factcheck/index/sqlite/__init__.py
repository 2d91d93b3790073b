"""The SQLite FTS5 back end of the index (`FtsIndex`), split by concern."""
