"""Web latency over a large database (a benchmark, not a test): ``python bench/web.py``.

1. Runs the real pipeline once over the dev corpora (and seeds) into a template database.
2. Builds a database of at least 5,000 articles from it: copy k of every article has its
   people renamed (a length-keeping letter substitution on every name word, applied to the
   text, title and every fact, so all evidence offsets stay right), its own id, and its
   knowledge resolved like the original (per copy, then merged, with ids made unique).
   Articles go through ``Store.save_article`` (facts, FTS index) and the knowledge through
   ``Store.replace_knowledge``, exactly as an ingest stores them.
3. Starts ``limelight serve`` on a free loopback port and times, over HTTP with keep-alive,
   the person page (HTML), the person API, people search (API) and the HTML search page;
   prints p50/p95/max in milliseconds. Target: p95 <= 50 ms for the person page and search.
"""

from __future__ import annotations

import argparse
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx

from limelight import api
from limelight.dedupe import find_duplicates
from limelight.models import ArticleFacts, Document, Knowledge
from limelight.resolve import resolve
from limelight.store import connect

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VOWELS, CONSONANTS = "aeiou", "bcdfghjklmnprstvz"


def cipher(k: int) -> dict[str, str]:
    """A letter substitution for copy ``k``: vowels to vowels, consonants to consonants."""
    rng = random.Random(k)
    table = {}
    for group in (VOWELS, CONSONANTS):
        shuffled = list(group)
        rng.shuffle(shuffled)
        table |= dict(zip(group, shuffled, strict=True))
    return table


def renamer(facts: ArticleFacts, k: int):
    """A function renaming, in any string, every word of a person's name in this article."""
    words = {
        w
        for p in facts.people
        for name in [p.name, *p.aliases, *p.birth_names]
        for w in re.findall(r"[A-Za-z]{2,}", name)
    }
    if not words:
        return lambda s: s
    table = cipher(k)

    def swap(word: str) -> str:
        out = []
        for ch in word:
            low = ch.lower()
            new = table.get(low, low)
            out.append(new.upper() if ch.isupper() else new)
        return "".join(out)

    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    pattern = re.compile(rf"\b({alternatives})\b", re.I)
    return lambda s: pattern.sub(lambda m: swap(m.group(0)), s) if s else s


def copy_article(doc: Document, facts: ArticleFacts, k: int) -> tuple[Document, ArticleFacts]:
    ren = renamer(facts, k)
    new_id = f"{doc.id}-c{k}"
    d = replace(doc, id=new_id, source=f"bench:{new_id}", text=ren(doc.text), original=ren(doc.original),
                title=ren(doc.title))  # fmt: skip
    f = ArticleFacts(article=new_id)
    for p in facts.people:
        f.people.append(replace(p, name=ren(p.name), aliases=[ren(a) for a in p.aliases],
                                birth_names=[ren(b) for b in p.birth_names]))  # fmt: skip
    ev = lambda e: replace(e, text=ren(e.text))  # noqa: E731
    f.ages = [replace(a, evidence=ev(a.evidence)) for a in facts.ages]
    f.meetings = [replace(m, evidence=ev(m.evidence)) for m in facts.meetings]
    f.quotes = [replace(q, text=ren(q.text), evidence=ev(q.evidence)) for q in facts.quotes]
    f.relations = [replace(r, evidence=ev(r.evidence)) for r in facts.relations]
    return d, f


def suffix_knowledge(kn: Knowledge, k: int) -> Knowledge:
    """Make person and event ids unique to copy ``k``."""
    pid = lambda i: None if i is None else f"{i}-c{k}"  # noqa: E731
    for p in kn.people:
        p.id = pid(p.id)
    for a in kn.ages:
        a.person = pid(a.person)
    for e in kn.events:
        e.id, e.participants = f"{e.id}-c{k}", [pid(x) for x in e.participants]
    for q in kn.quotes:
        q.speaker = pid(q.speaker)
    for r in kn.relations:
        r.subject, r.object = pid(r.subject), pid(r.object)
    return kn


def build(db: Path, target: int) -> None:
    template = db.with_name("template.db")
    candidates = (SHARED / "dev" / "articles.jsonl", SHARED / "dev" / "html", SHARED / "seeds")
    inputs = [p for p in candidates if p.exists()]
    print(f"ingesting the dev corpora through the pipeline: {', '.join(map(str, inputs))}")
    with api.open(template, n_process=2) as ll:
        ll.ingest(inputs)
        documents, facts = ll.store.load_documents(originals=False), ll.store.load_facts()
    copies = -(-target // len(documents))
    print(f"building {copies} renamed copies of {len(documents)} articles ...")
    started = time.perf_counter()
    store = connect(str(db))
    total = Knowledge()
    for k in range(copies):
        pairs = [copy_article(d, f, k) for d, f in zip(documents, facts, strict=True)]
        docs = [d for d, _ in pairs]
        for d, f in pairs:
            store.save_article(d, f)
        kn = suffix_knowledge(resolve(docs, [f for _, f in pairs], dups := find_duplicates(docs)), k)
        for attr in ("people", "ages", "events", "quotes", "relations", "conflicts"):
            getattr(total, attr).extend(getattr(kn, attr))
        total.duplicates |= kn.duplicates or dups
    store.replace_knowledge(total)
    stats = store.stats()
    store.close()
    print(
        f"built in {time.perf_counter() - started:.0f} s: {stats['articles']} articles, "
        f"{stats['people']} people, "
        f"{stats['events']} events, {stats['quotes']} quotes, {stats['relations']} relations"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def measure(db: Path, requests: int) -> bool:
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("limelight")), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(200):
                try:
                    http.get("/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            everyone = http.get("/api/people?limit=200").json()["items"]
            rng = random.Random(7)
            sample = [p for p in everyone if p["articles"]] or everyone
            people = [rng.choice(sample) for _ in range(requests)]
            prefixes = [p["name"][: rng.randint(2, 6)] for p in people]
            cases = {
                "person page (HTML)": [f"/people/{p['id']}" for p in people],
                "person (API)": [f"/api/people/{p['id']}" for p in people],
                "people search (API)": [f"/api/people?q={q}" for q in prefixes],
                "search page (HTML, people + FTS)": [f"/search?q={q}" for q in prefixes],
            }
            ok = True
            print(f"\n{requests} requests each over HTTP on loopback ({base}), keep-alive, after warm-up")
            print(f"{'endpoint':36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for name, urls in cases.items():
                for url in urls[:20]:
                    http.get(url)
                times = []
                for url in urls:
                    t0 = time.perf_counter()
                    response = http.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200, (url, response.status_code)
                p50, p95, worst = percentiles(times)
                print(f"{name:36} {p50:8.1f} {p95:8.1f} {worst:8.1f}")
                if name in ("person page (HTML)", "people search (API)"):
                    ok &= p95 <= 50
            print("target p95 <= 50 ms (person page, people search):", "met" if ok else "NOT met")
            return ok
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="at least this many articles")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this database file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="limelight-web-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            build(db, args.articles)
        else:
            print(f"reusing {db}")
        measure(db, args.requests)


if __name__ == "__main__":
    main()
