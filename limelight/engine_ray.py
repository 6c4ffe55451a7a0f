"""Batch processing on Ray Data: read, clean, parse and extract in Ray workers, facts to Parquet.

The pipeline: one input row per file (or per article already in memory) -> read tasks turn
each file into its articles, streamed (``readers.read_file``) -> rows regrouped into small
blocks so that every worker gets a share even of one big file -> a pool of ``workers``
actors, each loading spaCy once, runs ``engine.process_chunk`` (the plain engine's own
per-article code) -> the driver takes the results in input order and writes them to Parquet
(``factfile``) in a facts folder. Reading that folder back gives the same results, in the
same order, as ``engine.process`` on the same input, so the store and the rebuild that follow
are the plain engine's. Nothing is stored until every article is processed.

Ray is imported only here, and this module only when the Ray engine runs. A local Ray is
started (and stopped) unless one is running already or an address is given.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from limelight import factfile
from limelight.engine import Result, process_chunk
from limelight.errors import LimelightError
from limelight.models import RawArticle, ReadProblem
from limelight.nlp import DEFAULT_MODEL, load_pipeline
from limelight.readers import input_files, read_file

Input = str | Path | RawArticle | ReadProblem
Progress = Callable[[int, int | None], None]  # (done, total): total None while Ray is working

FILES_PER_BLOCK = 8  # small files read by one task; a file over BIG_FILE gets a task of its own
BIG_FILE = 4 << 20
ARTICLES_PER_BLOCK = 64  # articles given in memory, per input block
READ_CHUNK = 64  # articles per table a read task yields
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CAUSE = re.compile(r"^[\w.]*(?:Error|Exception)\b[^:]*: ")  # "OSError: [E050] Can't find model"


def process(
    inputs: Iterable[Input],
    model: str = DEFAULT_MODEL,
    workers: int = 2,
    batch_size: int = 8,
    address: str | None = None,
    facts_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> Iterator[Result]:
    """Every article of ``inputs`` (paths, RawArticles or ReadProblems) processed on Ray.

    Yields a Processed article or a ReadProblem per input article, in input order, exactly
    as ``engine.process`` does. The facts go through Parquet files in ``facts_dir`` (kept),
    or in a temporary folder removed once everything is yielded. ``progress(done, None)``
    is called while Ray works, then ``progress(done, total)`` as the results are taken.
    """
    folder = Path(facts_dir) if facts_dir else Path(tempfile.mkdtemp(prefix="limelight-facts-"))
    try:
        total = run(inputs, folder, model, workers, batch_size, address, progress)
        for done, result in enumerate(factfile.read_results(folder), start=1):
            yield result
            if progress:
                progress(done, total)
    finally:
        if not facts_dir:
            shutil.rmtree(folder, ignore_errors=True)


def run(
    inputs: Iterable[Input],
    facts_dir: str | Path,
    model: str = DEFAULT_MODEL,
    workers: int = 2,
    batch_size: int = 8,
    address: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Process ``inputs`` on Ray into Parquet files in ``facts_dir``; the number of results."""
    blocks = input_blocks(inputs)
    if not blocks:
        with factfile.FactsWriter(facts_dir):  # still a folder of this run's (no) facts
            return 0
    with ray_session(workers, address) as ray, quiet_data_context(ray):
        dataset = pipeline(ray, blocks, model, workers, batch_size)
        if progress:
            progress(0, None)  # Ray is up; the workers are loading spaCy
        with factfile.FactsWriter(facts_dir) as writer:
            try:
                for batch in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
                    writer.write(batch)
                    if progress:
                        progress(writer.rows, None)
            except ray.exceptions.RayError as err:
                raise LimelightError(f"the Ray engine failed, nothing was stored: {first_line(err)}") from err
            return writer.rows


def input_blocks(inputs: Iterable[Input]) -> list:
    """The input rows as Arrow tables, one per read task: files grouped, articles by the batch."""
    tables, rows, size, place = [], [], 0, 0

    def flush() -> None:
        nonlocal rows, size
        if rows:
            tables.append(factfile.raw_table(rows))
        rows, size = [], 0

    for given in inputs:
        found = input_files([given]) if isinstance(given, str | Path) else [given]
        for item in found:
            if isinstance(item, Path):
                bytes_ = file_size(item)
                if rows and (
                    len(rows) >= FILES_PER_BLOCK or size + bytes_ > BIG_FILE or rows[-1]["path"] is None
                ):
                    flush()
                rows.append(factfile.raw_row(item, (place, 0)))
                size += bytes_
            else:
                if rows and (len(rows) >= ARTICLES_PER_BLOCK or rows[-1].get("path") is not None):
                    flush()
                rows.append(factfile.raw_row(item, (place, 0)) | {"path": None})
            place += 1
    flush()
    return tables


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def pipeline(ray, blocks: list, model: str, workers: int, batch_size: int):
    """The lazy Ray dataset of results tables, in input order."""
    cpus = ray.cluster_resources().get("CPU", 1.0)
    # The actors keep their CPUs for the whole run; read tasks need some left over.
    actor_cpus = min(1.0, max(0.1, (cpus - 0.5) / workers))
    articles = (
        ray.data.from_arrow(blocks)
        .map_batches(read_inputs, batch_size=None, batch_format="pyarrow", num_cpus=0.5)
        .repartition(target_num_rows_per_block=batch_size * 2)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Ray is renaming its actor options
        return articles.map_batches(
            Extractor,
            fn_constructor_kwargs={"model": model},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=actor_cpus,
            **no_restarts(articles.map_batches),
        )


def no_restarts(map_batches) -> dict:
    """Actor options for no restarts, where this Ray takes them.

    A failed run stores nothing and is simply run again, so a restarted actor buys nothing;
    with restarts allowed Ray also prints an error-looking notice on every run.
    """
    params = inspect.signature(map_batches).parameters.values()
    if any(p.name == "max_restarts" or p.kind is p.VAR_KEYWORD for p in params):
        return {"max_restarts": 0}
    return {}


# ----------------------------------------------------------------- worker side


def read_inputs(table) -> Iterator:
    """Read task: every path row becomes its file's articles; other rows pass through."""
    rows: list[dict] = []
    for (place, _), item in factfile.raw_from_table(table):
        found = read_file(Path(item)) if isinstance(item, str) else [item]
        for number, article in enumerate(found):
            rows.append(factfile.raw_row(article, (place, number)) | {"path": None})
            if len(rows) >= READ_CHUNK:
                yield factfile.raw_table(rows)
                rows = []
    if rows:
        yield factfile.raw_table(rows)


class Extractor:
    """Actor: clean, parse and extract a batch of articles; spaCy is loaded once per actor."""

    def __init__(self, model: str) -> None:
        self.model = model
        load_pipeline(model)

    def __call__(self, table):
        places, items = [], []
        for place, item in factfile.raw_from_table(table):
            places.append(place)
            items.append(item)
        return factfile.results_table(process_chunk(items, self.model), places)


# ----------------------------------------------------------------- the Ray runtime


@contextmanager
def ray_session(workers: int, address: str | None = None) -> Iterator:
    """The ``ray`` module with a running Ray: the one already up, a cluster, or a local one."""
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise LimelightError(f"the Ray engine needs pip install 'limelight[ray]' ({err})") from None
    if ray.is_initialized():
        yield ray
        return
    # No usage reports: the machines this runs on may have no way out, and need none.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
        else:
            # A private Ray that lives for this run only: its warnings about securing a
            # long-lived cluster would only be noise on the terminal.
            # "local" ignores a RAY_ADDRESS in the environment: no --ray-address, no cluster.
            # One CPU more than the actors use leaves room for the read tasks.
            ray.init(
                address="local",
                num_cpus=workers + 1,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
            )
    except Exception as err:
        where = f"at {address}" if address else "locally"
        raise LimelightError(f"cannot start Ray {where}: {first_line(err)}") from err
    try:
        yield ray
    finally:
        ray.shutdown()


@contextmanager
def quiet_data_context(ray) -> Iterator[None]:
    """Input order kept, Ray's own progress bars, notices and error logs off, for the time of a run."""
    logger = logging.getLogger("ray.data")
    level = logger.level
    with warnings.catch_warnings():
        # Ray renaming its settings, and telling that a tiny input cannot keep every actor busy.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"ray\.")
        warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")
        context = ray.data.DataContext.get_current()
        saved = (context.execution_options.preserve_order, context.enable_progress_bars)
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        logger.setLevel(logging.CRITICAL)  # a failure reaches the caller as one LimelightError
        try:
            yield
        finally:
            context.execution_options.preserve_order, context.enable_progress_bars = saved
            logger.setLevel(level)


def first_line(err: BaseException) -> str:
    """The root cause of a Ray error in one line: its text carries the worker's traceback."""
    text = ANSI.sub("", str(err))
    causes = [line for line in text.splitlines() if CAUSE.match(line) and not line.startswith("ray.")]
    if causes:
        return causes[-1].strip()
    lines = text.strip().splitlines()
    return f"{type(err).__name__}: {lines[0]}" if lines else type(err).__name__
