"""Settings: where the database lives, which spaCy model to run, how many processes, on which engine.

Defaults come from the environment (``LIMELIGHT_DB``, ``LIMELIGHT_MODEL``,
``LIMELIGHT_PROCESSES``, ``LIMELIGHT_ENGINE``, ``LIMELIGHT_RAY_ADDRESS``) so that the CLI,
the library and the Makefile agree.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from limelight.errors import SettingsError
from limelight.nlp import DEFAULT_MODEL

DEFAULT_DB = "limelight.db"
# Two workers use both cores of the target machine; more would only fight over them.
MAX_DEFAULT_PROCESSES = 2
# Articles per worker task: small enough to keep both workers busy on a few dozen
# articles, large enough that nlp.pipe still batches.
DEFAULT_BATCH_SIZE = 8
# "local": a process pool on this machine (engine.py); "ray": Ray Data, local or a cluster.
ENGINES = ("local", "ray")


def default_processes() -> int:
    return max(1, min(MAX_DEFAULT_PROCESSES, os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB  # a path, or a URL: sqlite:///path, postgresql://user@host/dbname
    model: str = DEFAULT_MODEL
    n_process: int = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    engine: str = "local"
    ray_address: str | None = None  # None: a local Ray; "auto" or ray://host:10001 for a cluster
    facts_dir: str | None = None  # where the Ray engine keeps its Parquet facts (None: a temp dir)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from the environment, then ``overrides`` (``None`` values are ignored)."""
        env = os.environ if env is None else env
        settings = cls(
            db=env.get("LIMELIGHT_DB") or DEFAULT_DB,
            model=env.get("LIMELIGHT_MODEL") or DEFAULT_MODEL,
            n_process=_positive_int(env.get("LIMELIGHT_PROCESSES"), "LIMELIGHT_PROCESSES")
            or default_processes(),
            engine=env.get("LIMELIGHT_ENGINE") or "local",
            ray_address=env.get("LIMELIGHT_RAY_ADDRESS") or None,
        )
        return settings.with_overrides(**overrides)

    def with_overrides(self, **overrides: object) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
        changes = {k: v for k, v in overrides.items() if v is not None}
        for name in ("n_process", "batch_size"):
            if name in changes:
                changes[name] = _positive_int(changes[name], name)
        settings = replace(self, **changes)
        if settings.engine not in ENGINES:
            raise SettingsError(f"engine must be one of {', '.join(ENGINES)}, not {settings.engine!r}")
        return settings


def _positive_int(value: object, name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
    if number < 1:
        raise SettingsError(f"{name} must be at least 1, not {number}")
    return number
