"""Finding copies among a few new articles without comparing every stored article again.

``find_duplicates`` meets articles in chronological order and gives each the earlier text it
copies, among the first ``BUCKET_CAP`` texts of each LSH bucket it falls in. The store keeps
those buckets (``article_bands``: the first texts of every band key, in chronological order),
so a new article finds its candidates by look-up. A new article dated before stored texts of
its buckets may become what they copy: those are compared again, and so on down the line, in
chronological order, as ``find_duplicates`` would. Only when a new text would push a text out
of a full bucket, or a text changed, or the buckets are not built yet, are all articles compared
again (and the buckets rebuilt): the statuses are always those ``find_duplicates`` gives.
"""

from __future__ import annotations

import heapq

from limelight.dedupe import (
    BANDS_VERSION,
    BUCKET_CAP,
    Features,
    band_keys,
    best_original,
    chrono_text,
    find_duplicates,
)
from limelight.models import Document
from limelight.store import Store


class _Redo(Exception):
    """The look-ups cannot tell what a full comparison would: compare everything."""


def changed_copies(store: Store, new: list[str], changed: list[str]) -> dict[str, str | None]:
    """Articles whose copy status differs now that ``new`` articles are stored (and ``changed``
    ones stored again with other text): article -> its original, or None for an original again."""
    if changed or not store.bands_ready(BANDS_VERSION):
        return _all_copies(store)
    try:
        return _Lookup(store).run(new)
    except _Redo:
        return _all_copies(store)


class _Lookup:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.texts: dict[str, tuple[Features, list[int], list[int], str]] = {}
        self.status: dict[str, str | None] = {}  # recomputed: article -> original or None

    def run(self, new: list[str]) -> dict[str, str | None]:
        queue: list[tuple[str, str]] = []
        for chrono, article in sorted((self._text(a)[3], a) for a in new):
            heapq.heappush(queue, (chrono, article))
            for later in self._index(article):
                heapq.heappush(queue, later)
        done: set[str] = set()
        while queue:
            chrono, article = heapq.heappop(queue)
            if article in done:
                continue
            done.add(article)
            was = self._stored_status(article) if article not in new else None
            now = self._compare(article)
            self.status[article] = now
            if now != was:  # texts after it that match it prefer an original over a copy
                for later in self._later_in_buckets(article):
                    heapq.heappush(queue, later)
        stored = {a: self._stored_status(a) for a in self.status if a not in new}
        return {
            a: s
            for a, s in self.status.items()
            if a in new and s is not None or a in stored and s != stored[a]
        }

    def _text(self, article: str) -> tuple[Features, list[int], list[int], str]:
        if article not in self.texts:
            docs: list[Document] = self.store.load_documents(originals=False, ids=[article])
            f, keys, indexed = band_keys(docs[0])
            self.texts[article] = (f, keys, indexed, chrono_text(docs[0]))
        return self.texts[article]

    def _index(self, article: str) -> list[tuple[str, str]]:
        """Put a new article into the stored buckets where it is among the first texts; returns
        the stored texts dated after it in those buckets."""
        _, _, indexed, chrono = self._text(article)
        buckets = self.store.band_members(indexed, BUCKET_CAP)
        rows, later = [], []
        for key in dict.fromkeys(indexed):
            members = buckets[key]
            if len(members) < BUCKET_CAP:
                rows.append((key, chrono, article))
                later += [m for m in members if m[0] > chrono]
            elif members[-1][0] > chrono:
                raise _Redo  # it would push a text out of a full bucket
        self.store.add_bands(rows)
        return later

    def _later_in_buckets(self, article: str) -> list[tuple[str, str]]:
        """Texts dated after ``article`` that can have it as a candidate."""
        _, _, indexed, chrono = self._text(article)
        buckets = self.store.band_members(indexed, BUCKET_CAP)
        held = [members for members in buckets.values() if any(a == article for _, a in members)]
        if any(len(members) >= BUCKET_CAP for members in held):
            raise _Redo  # texts past a full bucket's first ones may have it as a candidate
        return [m for members in held for m in members if m[0] > chrono]

    def _compare(self, article: str) -> str | None:
        """What ``article`` copies, given the statuses of the texts before it."""
        f, keys, _, chrono = self._text(article)
        buckets = self.store.band_members(keys, BUCKET_CAP)
        earlier = {a: c for members in buckets.values() for c, a in members if c < chrono}
        candidates = {a: self._text(a)[0] for a in earlier}
        best = best_original(f, candidates, lambda a: self._current(a) is not None, earlier.__getitem__)
        return None if best is None else self._current(best) or best

    def _current(self, article: str) -> str | None:
        return self.status[article] if article in self.status else self._stored_status(article)

    def _stored_status(self, article: str) -> str | None:
        return self.store.duplicates_among([article]).get(article)


def _all_copies(store: Store) -> dict[str, str | None]:
    """Every article compared again (and the buckets rebuilt): statuses that differ from the stored."""
    rows: list[tuple[int, str, str]] = []
    docs = store.load_documents(originals=False)
    found = find_duplicates(docs, rows)
    store.replace_bands(rows, BANDS_VERSION)
    stored = store.duplicates_among(d.id for d in docs)
    return {a: found.get(a) for a in set(found) | set(stored) if found.get(a) != stored.get(a)}
