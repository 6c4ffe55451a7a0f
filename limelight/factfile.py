"""Processed articles as Arrow tables and Parquet files: one row per Document + ArticleFacts.

The Arrow types come from the type hints of the ``models.py`` dataclasses (str, int, lists,
tuples, optional values, nested dataclasses), so a field added there travels without a change
here, and reading a row back rebuilds exactly the objects that were written (tuples stay
tuples). A row holds either a processed article (``document`` + ``facts``) or a ReadProblem
(``problem``), plus its place in the input: ``input`` (which file or given article) and
``item`` (which article of that file). Raw articles (``RawArticle`` or ReadProblem, before
processing) have a table shape of their own for the Ray engine's read stage.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from limelight.engine import Processed, Result
from limelight.models import ArticleFacts, Document, RawArticle, ReadProblem

FACTS_GLOB = "facts-*.parquet"
ROWS_PER_FILE = 20_000  # a new Parquet file every so many rows keeps each one easy to handle

# ----------------------------------------------------------------- dataclasses <-> Arrow


@cache
def arrow_type(hint: object) -> pa.DataType:
    """The Arrow type of a dataclass field's type hint (every field is nullable)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"cannot store a union of {inner} in Arrow")
        return arrow_type(inner[0])
    if hint in SCALARS:
        return SCALARS[hint]
    if origin is list:
        return pa.list_(arrow_type(args[0]))
    if origin is tuple:
        if args[-1] is Ellipsis:
            return pa.list_(arrow_type(args[0]))
        if len(set(args)) == 1:
            return pa.list_(arrow_type(args[0]), len(args))
        return pa.struct([pa.field(f"f{i}", arrow_type(a)) for i, a in enumerate(args)])
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(hint)])
    raise TypeError(f"no Arrow type for {hint!r}")


SCALARS: dict[object, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def to_plain(hint: object, value: object) -> object:
    """``value`` as the lists and dicts Arrow builds ``arrow_type(hint)`` from."""
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return to_plain(next(a for a in args if a is not type(None)), value)
    if origin is list:
        return [to_plain(args[0], v) for v in value]  # type: ignore[union-attr]
    if origin is tuple:
        if args[-1] is Ellipsis or len(set(args)) == 1:
            return [to_plain(args[0], v) for v in value]  # type: ignore[union-attr]
        return {f"f{i}": to_plain(a, v) for i, (a, v) in enumerate(zip(args, value, strict=True))}  # type: ignore[arg-type]
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return {f.name: to_plain(hints[f.name], getattr(value, f.name)) for f in dataclasses.fields(hint)}
    return value


def from_plain(hint: object, value: object) -> object:
    """The object ``to_plain(hint, ...)`` was made from; fields missing from old files get defaults."""
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return from_plain(next(a for a in args if a is not type(None)), value)
    if origin is list:
        return [from_plain(args[0], v) for v in value]  # type: ignore[union-attr]
    if origin is tuple:
        if isinstance(value, dict):
            return tuple(from_plain(a, value[f"f{i}"]) for i, a in enumerate(args))
        return tuple(from_plain(args[0], v) for v in value)  # type: ignore[union-attr]
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        given = {
            f.name: from_plain(hints[f.name], value[f.name])  # type: ignore[index]
            for f in dataclasses.fields(hint)
            if f.name in value  # type: ignore[operator]
        }
        return hint(**given)  # type: ignore[operator]
    return value


# ----------------------------------------------------------------- table shapes


@cache
def results_schema() -> pa.Schema:
    """Processed articles: place in the input, then a problem or a document with its facts."""
    return pa.schema(
        [
            ("input", pa.int64()),
            ("item", pa.int64()),
            ("problem", arrow_type(ReadProblem)),
            ("document", arrow_type(Document)),
            ("facts", arrow_type(ArticleFacts)),
        ]
    )


@cache
def raw_schema() -> pa.Schema:
    """Inputs to process: a file to read (``path``), a RawArticle, or a ReadProblem."""
    return pa.schema(
        [
            ("input", pa.int64()),
            ("item", pa.int64()),
            ("path", pa.string()),
            ("problem", arrow_type(ReadProblem)),
            ("article", arrow_type(RawArticle)),
        ]
    )


def result_row(result: Result, place: tuple[int, int]) -> dict:
    if isinstance(result, ReadProblem):
        return {"input": place[0], "item": place[1], "problem": to_plain(ReadProblem, result)}
    return {
        "input": place[0],
        "item": place[1],
        "document": to_plain(Document, result.document),
        "facts": to_plain(ArticleFacts, result.facts),
    }


def results_table(results: list[Result], places: list[tuple[int, int]]) -> pa.Table:
    """A table of processed articles; an article Arrow cannot hold becomes a ReadProblem row."""
    rows = [result_row(r, p) for r, p in zip(results, places, strict=True)]
    try:
        return pa.Table.from_pylist(rows, schema=results_schema())
    except (pa.ArrowException, UnicodeError):
        safe = [safe_row(row, r) for row, r in zip(rows, results, strict=True)]
        return pa.Table.from_pylist(safe, schema=results_schema())


def safe_row(row: dict, result: Result) -> dict:
    """``row`` if Arrow can hold it, else a problem row saying why (text that is not valid UTF-8)."""
    try:
        pa.Table.from_pylist([row], schema=results_schema())
        return row
    except (pa.ArrowException, UnicodeError) as err:
        source = result.source if isinstance(result, ReadProblem) else result.document.source
        problem = ReadProblem(source, f"cannot keep the article's facts: {type(err).__name__}: {err}")
        return {"input": row["input"], "item": row["item"], "problem": to_plain(ReadProblem, problem)}


def results_from_table(table: pa.Table | pa.RecordBatch) -> Iterator[Result]:
    """The Processed articles and ReadProblems of a results table, in row order."""
    for row in table.to_pylist():
        if row["problem"] is not None:
            yield from_plain(ReadProblem, row["problem"])  # type: ignore[misc]
        else:
            yield Processed(from_plain(Document, row["document"]), from_plain(ArticleFacts, row["facts"]))  # type: ignore[arg-type]


def raw_row(item: RawArticle | ReadProblem | Path | str, place: tuple[int, int]) -> dict:
    row: dict = {"input": place[0], "item": place[1]}
    if isinstance(item, ReadProblem):
        row["problem"] = to_plain(ReadProblem, item)
    elif isinstance(item, RawArticle):
        row["article"] = to_plain(RawArticle, item)
    else:
        row["path"] = str(item)
    return row


def raw_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=raw_schema())


def raw_from_table(table: pa.Table) -> Iterator[tuple[tuple[int, int], str | RawArticle | ReadProblem]]:
    """(place, item) per row: a path to read, a RawArticle or a ReadProblem."""
    for row in table.to_pylist():
        place = (row["input"], row["item"])
        if row["path"] is not None:
            yield place, row["path"]
        elif row["problem"] is not None:
            yield place, from_plain(ReadProblem, row["problem"])  # type: ignore[misc]
        else:
            yield place, from_plain(RawArticle, row["article"])  # type: ignore[misc]


# ----------------------------------------------------------------- Parquet files


class FactsWriter:
    """Writes results tables, in the order given, to ``facts-00000.parquet``, ... in a folder.

    Files of an earlier run in the same folder are removed first, so the folder holds one run.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob(FACTS_GLOB):
            old.unlink()
        self.rows = 0
        self.files = 0
        self._writer: pq.ParquetWriter | None = None
        self._in_file = 0

    def write(self, table: pa.Table | pa.RecordBatch) -> None:
        if table.num_rows == 0:
            return
        if isinstance(table, pa.RecordBatch):
            table = pa.Table.from_batches([table])
        if self._writer is None or self._in_file >= ROWS_PER_FILE:
            self._roll()
        assert self._writer is not None
        self._writer.write_table(table.cast(results_schema()))
        self.rows += table.num_rows
        self._in_file += table.num_rows

    def _roll(self) -> None:
        if self._writer is not None:
            self._writer.close()
        path = self.folder / f"facts-{self.files:05d}.parquet"
        self._writer = pq.ParquetWriter(path, results_schema(), compression="zstd")
        self.files += 1
        self._in_file = 0

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def __enter__(self) -> FactsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_results(folder: str | Path, results: Iterable[Result], batch: int = 256) -> int:
    """Every result, in order, as Parquet in ``folder``; the number of rows written."""
    with FactsWriter(folder) as writer:
        pending: list[Result] = []
        for result in results:
            pending.append(result)
            if len(pending) >= batch:
                writer.write(results_table(pending, [(writer.rows + i, 0) for i in range(len(pending))]))
                pending = []
        if pending:
            writer.write(results_table(pending, [(writer.rows + i, 0) for i in range(len(pending))]))
        return writer.rows


def count_results(folder: str | Path) -> int:
    """How many rows the facts files in ``folder`` hold (from their footers; nothing is decoded)."""
    return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted(Path(folder).glob(FACTS_GLOB)))


def read_results(folder: str | Path, batch: int = 256) -> Iterator[Result]:
    """The results written by FactsWriter in ``folder``, in the order they were written, streamed."""
    for path in sorted(Path(folder).glob(FACTS_GLOB)):
        with pq.ParquetFile(path) as parquet:
            for record_batch in parquet.iter_batches(batch_size=batch):
                yield from results_from_table(record_batch)
