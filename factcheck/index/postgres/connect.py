"""Reaching the server: PostgreSQL URLs, the driver, and errors that never show a password.

A URL is `postgresql://user:password@host:port/db` or, on a Unix socket,
`postgresql://user@/db?host=/run/postgresql`. One parameter is factcheck's own and is
taken out before connecting: `corpus=NAME`, the collection in the database (default: the
names of the corpus folders).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ...errors import IndexError_

INSTALL_HINT = 'pip install "factcheck-cli[postgres]"'
CONNECT_TIMEOUT_S = 10


def redacted(url: str) -> str:
    """The URL without its password (in the user part or a password= parameter)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/"), ""))


def split_corpus(url: str) -> tuple[str, str | None]:
    """(the URL to connect with, the corpus=NAME it names or None)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    names = [v for k, v in query if k == "corpus"]
    rest = [(k, v) for k, v in query if k != "corpus"]
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest, safe="/"),
                        parts.fragment))
    return clean, (names[-1] if names else None)


def driver() -> Any:
    """The psycopg module, or one clear error saying how to install it."""
    try:
        import psycopg
    except ImportError:
        raise IndexError_(
            f"a postgresql:// index needs the PostgreSQL driver: {INSTALL_HINT}"
        ) from None
    return psycopg


def connect(url: str, shown: str) -> Any:
    """A connection in autocommit mode (each query sees the last committed state)."""
    psycopg = driver()
    secret = password(url)
    try:
        conn = psycopg.connect(url, autocommit=True, application_name="factcheck",
                               connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise IndexError_(f"cannot connect to the index {shown}: {reason(exc, secret)}") from None
    except ValueError as exc:  # a malformed URL or parameter
        raise IndexError_(f"bad index URL {shown}: {reason(exc, secret)}") from None
    try:
        # a search of tens of thousands of candidates passes the planner's cost for JIT
        # compiling, which then takes 300-400 ms of a 100 ms query
        conn.execute("SET jit = off")
    except psycopg.Error as exc:
        conn.close()
        raise IndexError_(f"index {shown}: {reason(exc, secret)}") from None
    return conn


def password(url: str) -> str | None:
    parts = urlsplit(url)
    given = [v for k, v in parse_qsl(parts.query) if k.lower() == "password"]
    return parts.password or (given[-1] if given else None)


def reason(exc: BaseException, secret: str | None = None) -> str:
    """The informative line of a driver error, on one line, without the password."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = " ".join(lines) or type(exc).__name__
    for line in lines:  # libpq puts the server's answer after "FATAL:"
        if "FATAL:" in line:
            text = line.split("FATAL:", 1)[1].strip()
            break
    for noise in ("connection failed: ", "connection is bad: "):
        text = text.replace(noise, "")
    return text.replace(secret, "***") if secret else text
