"""Auditing a corpus: conflicting figures between sources, copied or rewritten articles."""
