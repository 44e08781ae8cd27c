"""Settings: defaults, then environment, then flags. The only reader of os.environ."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from typing import Mapping
from urllib.parse import unquote

DEFAULT_STORE = "aipg.lbug"
#: The largest article file read (bytes; ``--max-bytes``, $AIPG_MAX_BYTES).
DEFAULT_MAX_BYTES = 5_000_000
#: The longest article text extracted (characters, after markup; ``--max-chars``, $AIPG_MAX_CHARS):
#: spaCy's own default limit, and about three minutes of extraction on one core.
DEFAULT_MAX_CHARS = 1_000_000
SERVER_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
#: Seconds to wait for a Neo4j server to connect and answer ($AIPG_NEO4J_TIMEOUT).
DEFAULT_NEO4J_TIMEOUT = 5
_URI = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://(?:([^/@]*)@)?")


@dataclass(frozen=True)
class Settings:
    """Where the graph lives and how to reach it.

    ``store`` is a LadybugDB file path, or a bolt:// / neo4j:// URI.
    """

    store: str = DEFAULT_STORE
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str = "neo4j"
    batch_size: int = 1000
    nlp_batch_size: int = 64
    n_process: int = 1
    #: the user's own knowledge-base YAML files or folders, read after the shipped ones
    kb: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    neo4j_timeout: int = DEFAULT_NEO4J_TIMEOUT
    #: rescore and filter claims with the learned scorer (loaders/scorer.py); opt-in with ``--scorer``
    scorer: bool = False

    @property
    def is_server(self) -> bool:
        return self.store.startswith(SERVER_SCHEMES)


def _int(env: Mapping[str, str], key: str, default: int) -> int:
    raw = env.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        from aipg.graph.errors import UsageError

        raise UsageError(f"{key}={raw!r} is not a whole number: set it to e.g. {default}") from None
    return value


def load_settings(env: Mapping[str, str] | None = None, **flags: object) -> Settings:
    """Build Settings from defaults, then ``env`` (default: os.environ), then non-None flags.

    >>> load_settings({"AIPG_STORE": "x.lbug"}).store
    'x.lbug'
    >>> load_settings({"AIPG_STORE": "x.lbug"}, store="y.lbug").store
    'y.lbug'
    >>> load_settings({"AIPG_KB": "mine.yaml:more/"}).kb
    ('mine.yaml', 'more/')
    """
    env = os.environ if env is None else env
    s = Settings()
    store = env.get("AIPG_STORE") or env.get("NEO4J_URI") or s.store
    s = replace(
        s,
        store=store,
        neo4j_user=env.get("NEO4J_USER", s.neo4j_user),
        neo4j_password=env.get("NEO4J_PASSWORD", s.neo4j_password),
        neo4j_database=env.get("NEO4J_DATABASE", s.neo4j_database),
        batch_size=_int(env, "AIPG_BATCH_SIZE", s.batch_size),
        n_process=_int(env, "AIPG_N_PROCESS", s.n_process),
        kb=tuple(p for p in env.get("AIPG_KB", "").split(os.pathsep) if p),
        max_bytes=_int(env, "AIPG_MAX_BYTES", s.max_bytes),
        max_chars=_int(env, "AIPG_MAX_CHARS", s.max_chars),
        neo4j_timeout=_int(env, "AIPG_NEO4J_TIMEOUT", s.neo4j_timeout),
    )
    given = {k: v for k, v in flags.items() if v is not None}
    return checked_store(replace(s, **given) if given else s)


def display_uri(store: str) -> str:
    """``store`` as it may be printed: a URI without its user and password.

    >>> display_uri("bolt://neo4j:secret@db.example.org:7687")
    'bolt://db.example.org:7687'
    """
    m = _URI.match(store)
    return store if not m else f"{m.group(1)}://{store[m.end():]}"


def checked_store(settings: Settings) -> Settings:
    """Settings whose ``store`` is a file path or a URI of a known scheme (lower-cased), with
    credentials written in the URI moved to neo4j_user / neo4j_password.

    >>> s = checked_store(Settings(store="BOLT://me:pw@host:7687"))
    >>> s.store, s.neo4j_user, s.neo4j_password
    ('bolt://host:7687', 'me', 'pw')
    """
    m = _URI.match(settings.store)
    if not m:
        return settings
    scheme = m.group(1).lower()
    if f"{scheme}://" not in SERVER_SCHEMES:
        from aipg.graph.errors import UsageError

        hint = " (bolt+routing:// is neo4j:// since Neo4j 4.0)" if scheme == "bolt+routing" else ""
        raise UsageError(
            f"store {display_uri(settings.store)}: unknown scheme {m.group(1)}://{hint}; use bolt://, bolt+s://, "
            "bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// for Neo4j, or a file path for the embedded store"
        )
    out = replace(settings, store=f"{scheme}://{settings.store[m.end():]}")
    if m.group(2) is not None:  # the driver refuses user info in a URI; it is what people write
        user, _, password = m.group(2).partition(":")
        out = replace(out, neo4j_user=unquote(user) or settings.neo4j_user,
                      neo4j_password=unquote(password) if password else settings.neo4j_password)
    return out
