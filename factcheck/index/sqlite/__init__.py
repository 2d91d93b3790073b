"""The SQLite FTS5 back end of `Index`: `FtsIndex` (index.py), split by concern into
schema.py (schema, opening, rebuilding), refresh.py, queries.py, stats.py (kept counts and
copy scores) and rows.py (what a refresh writes)."""
