"""Exports beyond the contract: GraphML, schema.org JSON-LD, Parquet and CSV tables.

Every format is built from the contract export (``limelight.export/1``, a plain dict), by
pure functions, so each is tested on a tiny hand-made graph. ``write(graph, path, format)``
picks the writer; ``format_for(path, given)`` checks the format asked for or guesses it from
the file name.
"""

from __future__ import annotations

from pathlib import Path

from limelight.errors import LimelightError

FORMATS = ("contract", "graphml", "jsonld", "parquet", "csv")
SUFFIXES = {".json": "contract", ".graphml": "graphml", ".jsonld": "jsonld"}
FOLDER_FORMATS = ("parquet", "csv")


def format_for(path: str | Path, given: str | None = None) -> str:
    """The format asked for, else the one the file name implies (the contract JSON for other
    files). A folder holds tables, so it needs the format said: parquet or csv."""
    text = str(path)
    if given:
        if given not in FORMATS:
            raise LimelightError(f"unknown export format {given!r}; choose one of {', '.join(FORMATS)}")
        if text == "-" and given != "contract":
            raise LimelightError(f"the {given} export needs a file or folder to write to (-o PATH)")
        return given
    if text == "-":
        return "contract"
    if text.endswith(("/", "\\")) or Path(text).is_dir():
        raise LimelightError(f"{text} is a folder: say which tables to write with --format parquet or csv")
    return SUFFIXES.get(Path(text).suffix.lower(), "contract")


def write(graph: dict, path: str | Path, fmt: str) -> list[Path]:
    """Write ``graph`` (a contract export) as ``fmt`` to ``path``; the files written.

    Parquet and CSV write one file per table into the folder ``path``; the contract format
    accepts ``-`` for standard output. A file that cannot be written raises LimelightError
    naming it.
    """
    fmt = format_for(path, fmt)
    target = Path(path)
    if fmt in FOLDER_FORMATS and target.exists() and not target.is_dir():
        raise LimelightError(f"{target} is a file: the {fmt} export writes a folder of tables")
    try:
        return _write(graph, target, fmt)
    except OSError as error:
        raise LimelightError(f"cannot write {error.filename or target}: {error.strerror or error}") from error


def _write(graph: dict, path: Path, fmt: str) -> list[Path]:
    if fmt == "contract":
        from limelight.export import write_json

        write_json(graph, path)
        return [] if str(path) == "-" else [path]
    if fmt == "graphml":
        from limelight.formats.graphml import write_graphml

        return [write_graphml(graph, path)]
    if fmt == "jsonld":
        from limelight.formats.jsonld import write_jsonld

        return [write_jsonld(graph, path)]
    from limelight.formats.tables import write_tables

    return write_tables(graph, path, fmt)
