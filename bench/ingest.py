"""Ingest throughput against bare spaCy (a benchmark, not a test): ``make bench``.

Builds at least 300 articles by repeating the dev corpora (each copy with a new id and a
slightly different text, so nothing is a no-op), then times, with two processes:

1. the engine alone (clean, parse, extract), as ``limelight ingest`` runs it;
2. a full ingest into a fresh database (engine + storage + duplicates + resolution);
3. bare ``nlp.pipe(texts, n_process=2, batch_size=...)`` over the same cleaned English texts
   with the same pipeline.

and prints articles/s, tokens/s and the ratio to bare spaCy (target: at least 0.7x).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from limelight import api, engine
from limelight.cleaning import clean
from limelight.config import Settings
from limelight.models import RawArticle
from limelight.nlp import load_pipeline
from limelight.readers import read_paths

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"


def corpus_records() -> list[dict]:
    """The dev articles as JSONL records (web pages under "html")."""
    records = []
    for item in read_paths([DEV / "articles.jsonl", DEV / "html"]):
        if isinstance(item, RawArticle):
            records.append({"id": item.id, "url": item.url, "text": item.text, "html": item.html})
    return records


def variant(record: dict, copy: int) -> dict:
    """Copy number ``copy`` of a record: new id, one sentence changed."""
    out = dict(record, id=f"{record['id']}-copy{copy}")
    marker = f" (Update {copy}: this story has been revised.)"
    if out.get("text"):
        out["text"] = out["text"].rstrip() + marker + "\n"
    else:
        out["html"] = out["html"].replace("</p>", marker + "</p>", 1)
    return {k: v for k, v in out.items() if v is not None}


def build_input(folder: Path, minimum: int) -> Path:
    base = corpus_records()
    copies = -(-minimum // len(base))
    path = folder / "bench.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for record in base:
                out.write(json.dumps(variant(record, copy), ensure_ascii=False) + "\n")
    return path


def line(label: str, articles: int, tokens: int, seconds: float, bare: float | None = None) -> str:
    ratio = f"{bare / seconds:5.2f}x" if bare else "     "
    return f"{label:<34}{articles / seconds:9.1f}{tokens / seconds:12.0f}{seconds:9.2f}  {ratio}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=None, help="articles per worker task")
    args = parser.parse_args()
    settings = Settings.from_env(n_process=args.processes, batch_size=args.batch_size)

    with tempfile.TemporaryDirectory() as tmp:
        source = build_input(Path(tmp), args.articles)
        items = list(read_paths([source]))
        documents = [clean(item) for item in items]
        texts = [d.text for d in documents if d.language == engine.ENGLISH]
        nlp = load_pipeline(settings.model)

        start = time.perf_counter()
        tokens = sum(
            len(doc) for doc in nlp.pipe(texts, n_process=args.processes, batch_size=settings.batch_size)
        )
        bare = time.perf_counter() - start

        start = time.perf_counter()
        done = list(engine.process(items, settings.model, settings.n_process, settings.batch_size))
        engine_time = time.perf_counter() - start
        failed = [r for r in done if not isinstance(r, engine.Processed)]

        start = time.perf_counter()
        with api.open(Path(tmp) / "bench.db", n_process=args.processes, batch_size=settings.batch_size) as ll:
            report = ll.ingest([source])
        ingest_time = time.perf_counter() - start

    n = len(items)
    print(f"{n} articles ({len(texts)} English, {tokens} tokens), {args.processes} processes, "
          f"batch size {settings.batch_size}, model {settings.model}")  # fmt: skip
    print(f"{'':<34}{'articles/s':>9}{'tokens/s':>12}{'seconds':>9}  vs bare")
    print(line(f"bare nlp.pipe (n_process={args.processes})", n, tokens, bare))
    print(line("engine (clean + parse + extract)", n, tokens, engine_time, bare))
    print(line("full ingest (+ store + resolve)", n, tokens, ingest_time, bare))
    if failed or report.skipped:
        print(
            f"warning: {len(failed)} engine failures, {len(report.skipped)} skipped in ingest",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
