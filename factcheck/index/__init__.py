"""The sentence index, and the `Corpus` type that opens one for a corpus's files."""
