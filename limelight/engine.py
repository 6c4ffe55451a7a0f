"""Raw articles to (Document, ArticleFacts) on every core: clean, parse with spaCy, extract.

Work is cut into chunks of ``batch_size`` inputs; each worker process loads the spaCy
pipeline once (pool initializer) and runs ``nlp.pipe`` over a chunk's English texts.
Results come back in input order. A failure in one article becomes a ReadProblem for
that article and never stops the batch. ReadProblems from the readers pass straight
through, so the output lines up with what was read.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from limelight.cleaning import CleaningError, clean
from limelight.extract import FOREIGN_LANGUAGES, extract_any
from limelight.models import ArticleFacts, Document, RawArticle, ReadProblem
from limelight.nlp import DEFAULT_MODEL, load_pipeline

ENGLISH = "en"
PARSED = (ENGLISH, *FOREIGN_LANGUAGES)  # languages with extraction rules


@dataclass
class Processed:
    """One article made ready for storage."""

    document: Document
    facts: ArticleFacts


Item = RawArticle | ReadProblem
Result = Processed | ReadProblem


def process(
    items: Iterable[Item],
    model: str = DEFAULT_MODEL,
    n_process: int = 1,
    batch_size: int = 8,
) -> Iterator[Result]:
    """Every input as a Processed article or a ReadProblem, in input order."""
    chunks = chunked(items, batch_size)
    if n_process <= 1:
        for chunk in chunks:
            yield from process_chunk(chunk, model)
        return
    with pool_context().Pool(n_process, initializer=init_worker, initargs=(model,)) as pool:
        # imap keeps order; one chunk per task so both workers stay busy on small batches.
        for results in pool.imap(worker_chunk, chunks):
            yield from results


def pool_context() -> multiprocessing.context.BaseContext:
    # fork starts workers at once on Linux and copies the imported modules; spawn elsewhere.
    # The parent never loads the pipeline, so a forked worker inherits no spaCy state.
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


# ----------------------------------------------------------------- worker side

_MODEL: str = DEFAULT_MODEL


def init_worker(model: str) -> None:
    """Pool initializer: load the pipeline once per worker process."""
    global _MODEL
    _MODEL = model
    load_pipeline(model)


def worker_chunk(chunk: list[Item]) -> list[Result]:
    return process_chunk(chunk, _MODEL)


def process_chunk(chunk: list[Item], model: str) -> list[Result]:
    """Clean every article of ``chunk``, parse those with rules (en, es, fr) in one ``nlp.pipe``, extract."""
    results: list[Result | Document] = [clean_one(item) for item in chunk]
    ruled = [i for i, r in enumerate(results) if isinstance(r, Document) and r.language in PARSED]
    nlp = load_pipeline(model) if ruled else None
    docs = parse_all(nlp, [results[i].text for i in ruled]) if nlp else []
    for i, parsed in zip(ruled, docs, strict=True):
        results[i] = extract_one(results[i], parsed)
    # What is still a bare Document has no extraction rules: stored, but with no facts.
    return [Processed(r, ArticleFacts(article=r.id)) if isinstance(r, Document) else r for r in results]


def clean_one(item: Item) -> Document | ReadProblem:
    if isinstance(item, ReadProblem):
        return item
    try:
        return clean(item)
    except CleaningError as err:  # its message already names the article
        return ReadProblem(item.source, f"unusable article: {err}")
    except Exception as err:  # a bug in cleaning: skip this article only
        return ReadProblem(item.source, f"cannot clean article {item.id!r}: {reason(err)}")


def parse_all(nlp, texts: list[str]) -> list:
    """spaCy docs for ``texts``; ``None`` for a text spaCy fails on (then parsed alone)."""
    try:
        return list(nlp.pipe(texts))
    except Exception:
        return [parse_one(nlp, text) for text in texts]


def parse_one(nlp, text: str):
    try:
        return nlp(text)
    except Exception:
        return None


def extract_one(document: Document, parsed) -> Processed | ReadProblem:
    if parsed is None:
        return ReadProblem(document.source, f"spaCy could not parse article {document.id!r}")
    try:
        return Processed(document, extract_any(document, parsed))
    except Exception as err:
        return ReadProblem(document.source, f"extraction failed for {document.id!r}: {reason(err)}")


def reason(err: Exception) -> str:
    text = str(err).strip()
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
