"""Project exceptions: messages a person can act on; only the CLI turns them into exit 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class for every error factcheck reports to a user."""


class UsageError(FactcheckError):
    """The request itself is wrong: an empty claim, a bad option value."""


class CorpusError(FactcheckError):
    """The corpus cannot be found or read."""


class IndexError_(FactcheckError):
    """The index file cannot be created or used."""


class ConfigError(FactcheckError):
    """A configuration file is malformed or has unknown keys."""
