"""Exports beyond the contract: GraphML, schema.org JSON-LD, Parquet and CSV tables.

Every format is built from the contract export (``limelight.export/1``, a plain dict), by
pure functions, so each is tested on a tiny hand-made graph. ``write(graph, path, format)``
picks the writer; ``format_for(path)`` guesses the format from a file name.
"""

from __future__ import annotations

from pathlib import Path

from limelight.errors import LimelightError

FORMATS = ("contract", "graphml", "jsonld", "parquet", "csv")
SUFFIXES = {".json": "contract", ".graphml": "graphml", ".jsonld": "jsonld"}


def format_for(path: str | Path, given: str | None = None) -> str:
    """The format asked for, else the one the file name implies (JSON for anything else)."""
    if given:
        if given not in FORMATS:
            raise LimelightError(f"unknown export format {given!r}; choose one of {', '.join(FORMATS)}")
        return given
    return SUFFIXES.get(Path(str(path)).suffix.lower(), "contract")


def write(graph: dict, path: str | Path, fmt: str) -> list[Path]:
    """Write ``graph`` (a contract export) as ``fmt`` to ``path``; the files written.

    Parquet and CSV write one file per table into the folder ``path``.
    """
    path = Path(path)
    if fmt == "graphml":
        from limelight.formats.graphml import write_graphml

        return [write_graphml(graph, path)]
    if fmt == "jsonld":
        from limelight.formats.jsonld import write_jsonld

        return [write_jsonld(graph, path)]
    if fmt in ("parquet", "csv"):
        from limelight.formats.tables import write_tables

        return write_tables(graph, path, fmt)
    raise LimelightError(f"no writer for format {fmt!r}")
