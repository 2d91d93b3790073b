"""Lexical knowledge of English: WordNet 3.0, compiled into package data.

See ``factcheck.lexicon.wordnet`` (lemmas, synonyms, antonyms, derivations, multiword
verbs, countries). Importing this package reads nothing; the table is read at the first
lookup.
"""

