"""Resolution, storage and queries as the corpus grows (a benchmark, not a test).

    python bench/scale.py --sizes 10000 100000 1000000 [--db-url postgresql://...]

For each size N, in a fresh process (so peak memory is its own): N synthetic articles
(``bench/synth.py``, per-article facts, skipping NLP) are stored one transaction each with
``Store.save_article``, exactly as an ingest stores them; then the knowledge is rebuilt as
``Limelight.rebuild`` does (load, duplicates, resolution, replace); then the person page
(profile + neighbourhood graph, what the web page reads) and people search (a name prefix)
are timed over 200 random people. Printed per size: seconds per stage, seconds per 100k
articles, peak RSS, database size, p50/p95 of both queries; then the growth of time per
100k from each size to the next (the baseline is the smaller size, measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from limelight import api, queries  # noqa: E402
from limelight.dedupe import find_duplicates  # noqa: E402
from limelight.resolve import resolve  # noqa: E402


def run_size(n: int, db: str, seed: int) -> dict:
    world = synth.World(n, seed)
    out: dict = {"articles": n}
    with api.open(db) as ll:
        store = ll.store
        started = time.perf_counter()
        for i in range(n):
            store.save_article(*synth.article_facts(world, i))
        out["store_s"] = time.perf_counter() - started
        synth.person.cache_clear()
        synth.meeting.cache_clear()

        t = time.perf_counter()
        documents, facts = store.load_documents(originals=False), store.load_facts()
        out["load_s"] = time.perf_counter() - t
        t = time.perf_counter()
        duplicates = find_duplicates(documents)
        out["duplicates_s"] = time.perf_counter() - t
        t = time.perf_counter()
        knowledge = resolve(documents, facts, duplicates)
        out["resolve_s"] = time.perf_counter() - t
        del documents, facts
        t = time.perf_counter()
        store.replace_knowledge(knowledge)
        out["replace_s"] = time.perf_counter() - t
        out["people"], out["events"] = len(knowledge.people), len(knowledge.events)
        out["duplicates_found"] = len(knowledge.duplicates)
        out["conflicts"] = len(knowledge.conflicts)
        names = [(p.id, p.name) for p in knowledge.people]
        del knowledge

        total = sum(out[k] for k in ("store_s", "load_s", "duplicates_s", "resolve_s", "replace_s"))
        out["total_s"] = total
        out["per_100k_s"] = total / n * 100_000
        out.update(time_queries(ll, names, seed))
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["db_mb"] = db_size(db)
    return out


def time_queries(ll: api.Limelight, names: list[tuple[str, str]], seed: int) -> dict:
    rng = random.Random(seed)
    sample = [rng.choice(names) for _ in range(200)]
    page, search = [], []
    for pid, name in sample:
        t = time.perf_counter()
        ll.profile(pid)
        queries.neighbourhood(ll.store, pid, 30)
        page.append((time.perf_counter() - t) * 1000)
        word = rng.choice(name.split())
        prefix = word[: rng.randrange(3, len(word) + 1)]
        t = time.perf_counter()
        queries.search_people(ll.store, prefix, 0, 20)
        search.append((time.perf_counter() - t) * 1000)
    return {
        "person_page_p50_ms": statistics.median(page),
        "person_page_p95_ms": p95(page),
        "search_p50_ms": statistics.median(search),
        "search_p95_ms": p95(search),
    }


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def db_size(db: str) -> float:
    if "://" in db:
        with api.open(db) as ll:
            return ll.store.query("SELECT pg_database_size(current_database()) AS n")[0]["n"] / 2**20
    return sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 2**20


def fresh_pg_database(admin_url: str, n: int) -> str:
    """A new empty database on the server of ``admin_url`` for this size."""
    import psycopg

    name = f"limelight_scale_{n}_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


def report(results: list[dict], backend: str) -> None:
    print(f"\n== {backend}: resolution, storage and queries (synthetic per-article facts) ==")
    cols = ["articles", "store_s", "load_s", "duplicates_s", "resolve_s", "replace_s", "total_s",
            "per_100k_s", "peak_rss_mb", "db_mb", "person_page_p95_ms", "search_p95_ms"]  # fmt: skip
    print(" ".join(f"{c:>12}" for c in cols))
    for r in results:
        print(" ".join(f"{r[c]:>12.1f}" if isinstance(r[c], float) else f"{r[c]:>12}" for c in cols))
    for small, big in zip(results, results[1:], strict=False):
        growth = big["per_100k_s"] / small["per_100k_s"]
        print(f"time per 100k: {small['per_100k_s']:.1f} s at {small['articles']:,} -> "
              f"{big['per_100k_s']:.1f} s at {big['articles']:,}: "
              f"growth {growth:.2f}x (target < 1.5x)")  # fmt: skip
    for r in results:
        print(f"{r['articles']:,}: {r['people']:,} people, {r['events']:,} events, "
              f"{r['duplicates_found']:,} copies, {r['conflicts']:,} conflicts; person page p50 "
              f"{r['person_page_p50_ms']:.1f} ms, search p50 {r['search_p50_ms']:.1f} ms "
              "(target p95 <= 20 ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db-url", help="a PostgreSQL server URL (admin database); default SQLite files")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.db, args.seed)))
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="limelight-scale-") as tmp:
        for n in args.sizes:
            db = fresh_pg_database(args.db_url, n) if args.db_url else str(Path(tmp) / f"scale-{n}.db")
            cmd = [sys.executable, __file__, "--one", str(n), "--db", db, "--seed", str(args.seed)]
            started = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"size {n} failed:\n{done.stderr}")
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(
                f"{n:,} articles done in {time.perf_counter() - started:.0f} s: {json.dumps(results[-1])}",
                flush=True,
            )
            if not args.db_url:
                for f in Path(tmp).glob(f"scale-{n}.db*"):
                    f.unlink()
    report(results, "PostgreSQL" if args.db_url else "SQLite")


if __name__ == "__main__":
    main()
