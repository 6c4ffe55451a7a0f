"""The cost of one more article: an update of the graph against a full rebuild (a benchmark).

    python bench/update.py --sizes 10000 100000 [--new 20]

For each size N: N synthetic articles (``bench/synth.py``, per-article facts, no NLP) are
stored and the graph rebuilt, as a first ingest does; the rebuild is timed (the baseline).
Then ``--new`` more articles of the same world arrive one at a time, each stored and then
``Limelight.update``d, as ``limelight ingest`` does for a small batch. The first update also
builds the duplicate finder's stored buckets (one full comparison, once after a rebuild), so it
is printed apart. Printed per size: rebuild seconds, first update, and p50/max of the others,
with the speed-up of a typical update over the rebuild; finally the export is compared with a
rebuild of the same articles (they must be equal).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from limelight import api  # noqa: E402


def run_size(n: int, new: int, db: str, seed: int) -> dict:
    world = synth.World(n + new, seed)
    with api.open(db) as ll:
        for i in range(n):
            ll.store.save_article(*synth.article_facts(world, i))
        started = time.perf_counter()
        ll.rebuild()
        rebuild = time.perf_counter() - started
        updates = []
        for i in range(n, n + new):
            document, facts = synth.article_facts(world, i)
            ll.store.save_article(document, facts)
            started = time.perf_counter()
            ll.update([document.id])
            updates.append(time.perf_counter() - started)
        updated = json.dumps(ll.export(), sort_keys=True)
        ll.rebuild()
        same = updated == json.dumps(ll.export(), sort_keys=True)
    rest = updates[1:]
    return {
        "articles": n,
        "rebuild_s": rebuild,
        "first_update_s": updates[0],
        "update_p50_s": statistics.median(rest),
        "update_max_s": max(rest),
        "same_as_rebuild": same,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--new", type=int, default=20, help="articles added one at a time")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'articles':>10} {'rebuild s':>10} {'1st update s':>13} {'update p50 s':>13} "
          f"{'update max s':>13} {'speed-up':>9}  same as rebuild")  # fmt: skip
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="limelight-update-") as tmp:
            r = run_size(n, args.new, str(Path(tmp) / "update.db"), args.seed)
        print(
            f"{r['articles']:>10,} {r['rebuild_s']:>10.2f} {r['first_update_s']:>13.2f} "
            f"{r['update_p50_s']:>13.3f} {r['update_max_s']:>13.3f} "
            f"{r['rebuild_s'] / r['update_p50_s']:>8.0f}x  {r['same_as_rebuild']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
