"""Settings: defaults, then environment, then flags. The only reader of os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Mapping

DEFAULT_STORE = "aipg.lbug"
SERVER_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


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
    )
    given = {k: v for k, v in flags.items() if v is not None}
    return replace(s, **given) if given else s
