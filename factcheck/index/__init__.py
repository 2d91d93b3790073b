"""The sentence index: the `Index` protocol every caller uses (interface.py), its back ends
(sqlite/, chosen in backends.py), the words it counts (terms.py), and the `Corpus` type
that opens one for a corpus's files (corpus.py)."""
