"""NLP-stage throughput: plain engine vs Ray (1 and 2 workers) vs bare spaCy (a benchmark).

    python bench/nlp_throughput.py --articles 10000

Generates the articles with ``bench/synth.py`` (seeded), cleans them once, then times in
the same run, over the same articles and pipeline:

1. bare ``nlp.pipe(texts, n_process=2)`` over the cleaned texts (the baseline);
2. the plain engine (clean, parse, extract) with 2 processes, as ``limelight ingest`` runs it;
3. the Ray engine with 1 worker and with 2 workers, inside one local Ray session (so Ray's
   start-up is timed apart, not in each figure).

Nothing is stored: this is the per-article stage that Ray distributes. Prints articles/s
and the ratio to bare spaCy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from limelight import engine, engine_ray  # noqa: E402
from limelight.cleaning import clean  # noqa: E402
from limelight.models import RawArticle  # noqa: E402
from limelight.nlp import DEFAULT_MODEL, load_pipeline  # noqa: E402

BATCH = 8


def raw_articles(n: int, seed: int) -> list[RawArticle]:
    world = synth.World(n, seed)
    out = []
    for i in range(n):
        r = synth.to_record(synth.article(world, i))
        out.append(RawArticle(r["id"], f"synth:{r['id']}", r["url"], r["title"], r["published"], r["text"]))
    return out


def timed(label: str, n: int, run, baseline: float | None = None) -> float:
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    rate = n / seconds
    ratio = f"  {rate / baseline:.2f}x bare spaCy" if baseline else ""
    print(f"{label:<34} {seconds:8.1f} s  {rate:8.1f} articles/s{ratio}", flush=True)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    items = raw_articles(args.articles, args.seed)
    texts = [clean(item).text for item in items]
    n = len(items)
    size = sum(map(len, texts)) / n
    print(f"{n:,} synthetic articles, {size:.0f} characters each on average; model {DEFAULT_MODEL}")

    nlp = load_pipeline()
    bare = timed(
        "bare spaCy nlp.pipe, 2 processes", n, lambda: list(nlp.pipe(texts, n_process=2, batch_size=BATCH))
    )  # noqa: E501
    timed("plain engine, 2 processes", n, lambda: list(engine.process(items, DEFAULT_MODEL, 2, BATCH)), bare)
    started = time.perf_counter()
    with engine_ray.ray_session(2):
        print(f"{'(local Ray start-up)':<34} {time.perf_counter() - started:8.1f} s", flush=True)
        for workers in (1, 2):
            timed(
                f"Ray engine, {workers} worker{'s' * (workers > 1)}",
                n,
                lambda w=workers: list(engine_ray.process(items, DEFAULT_MODEL, w, BATCH)),
                bare,
            )


if __name__ == "__main__":
    main()
