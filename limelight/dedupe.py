"""Finding articles that copy an earlier one.

Owns duplicate detection across cleaned Documents: verbatim syndicated copies (caught
by word shingles) and machine-spun paraphrases (caught by the sequence of names and
numbers, which spinners leave alone while they swap the words around them). MinHash
LSH proposes candidate pairs so the work stays near-linear; candidates are then
verified exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from limelight.models import Document

NUM_PERM = 128
# Verbatim copies share most word 3-grams; different write-ups of one event share few.
COPY_THRESHOLD = 0.5
# Spins keep names and numbers in order: consecutive anchor pairs survive the rewording.
SPIN_THRESHOLD = 0.5
SPIN_MIN_WORD_OVERLAP = 0.3  # a spin still shares many plain words with its source
MIN_SHINGLES = 8
# An LSH bucket keeps its first texts only: a band that hundreds of texts share is common
# phrasing, not a copy, and an unbounded bucket would make every new text a candidate of all
# of them (quadratic). The earliest texts stay, so a copy still finds its original.
BUCKET_CAP = 8  # below this, texts are too short to call copies

# Look-alike letters that spinners and spammers swap in (Cyrillic and Greek) -> Latin.
HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁɡАВЕКМНОРСТУХІЈЅαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdgABEKMHOPCTYXIJSabeiknoptyxABEZHIKMNOPTYX",
)


@dataclass
class Features:
    """A text's word sets as sorted arrays of 64-bit hashes: a few bytes per word, so a million
    articles' features fit in memory (the sets of strings they replace did not)."""

    words: np.ndarray
    shingles: np.ndarray  # word 3-grams
    anchors: np.ndarray  # consecutive pairs of capitalised words and numbers


def fold(text: str) -> str:
    """Lower-case-insensitive, accent-free, look-alike-free text."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def comparable_text(doc: Document) -> str:
    """The body paragraphs: headlines differ between copies and boilerplate is not the story."""
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "body"]
    return "\n".join(body) if body else doc.text


def features(doc: Document) -> tuple[Features, MinHash, MinHash]:
    """The text's compact word sets, and MinHashes of its shingles and of its anchors."""
    tokens = re.findall(r"\w+", fold(comparable_text(doc)))
    lower = [t.lower() for t in tokens]
    caps = [t.lower() for t in tokens if t[0].isupper() or t[0].isdigit()]
    shingles = {" ".join(lower[i : i + 3]) for i in range(len(lower) - 2)}
    anchors = {f"{a} {b}" for a, b in zip(caps, caps[1:], strict=False)}
    feats = Features(hashed(set(lower)), hashed(shingles), hashed(anchors))
    return feats, minhash(shingles), minhash(anchors)


def hashed(items: set[str]) -> np.ndarray:
    return np.unique(np.fromiter((hash(i) for i in items), dtype=np.int64, count=len(items)))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not (a.size and b.size):
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


@cache
def _template() -> MinHash:
    """A MinHash whose hash permutations (seed 7) every text reuses, drawn once, not per text."""
    return MinHash(num_perm=NUM_PERM, seed=7)


def minhash(items: set[str]) -> MinHash:
    template = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=template.permutations, scheme=template.scheme)
    mh.update_batch([item.encode("utf-8") for item in items])  # order-free, one numpy pass
    return mh


class BandIndex:
    """MinHash LSH (the band layout datasketch picks for ``threshold``): a text is a candidate
    when any band of its MinHash equals that of an indexed text. Each band key is kept as one
    64-bit hash and each bucket as a plain int until it holds two texts: a tenth of the memory
    of datasketch's index, for the same candidates."""

    def __init__(self, threshold: float) -> None:
        layout = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.bands = [(i * layout.r, (i + 1) * layout.r) for i in range(layout.b)]
        self.buckets: list[dict[int, int | list[int]]] = [{} for _ in self.bands]

    def keys(self, mh: MinHash) -> list[int]:
        values = mh.hashvalues
        return [hash(values[lo:hi].tobytes()) for lo, hi in self.bands]

    def query(self, keys: list[int]) -> set[int]:
        found: set[int] = set()
        for bucket, key in zip(self.buckets, keys, strict=True):
            hit = bucket.get(key)
            if hit is not None:
                found.update(hit) if isinstance(hit, list) else found.add(hit)
        return found

    def insert(self, item: int, keys: list[int]) -> None:
        for bucket, key in zip(self.buckets, keys, strict=True):
            hit = bucket.get(key)
            if hit is None:
                bucket[key] = item
            elif isinstance(hit, list):
                if len(hit) < BUCKET_CAP:
                    hit.append(item)
            else:
                bucket[key] = [hit, item]


def similarity(a: Features, b: Features) -> float:
    """How strongly one text copies the other (0 when they are independent write-ups)."""
    if min(len(a.shingles), len(b.shingles)) >= MIN_SHINGLES:
        copy = jaccard(a.shingles, b.shingles)
        if copy >= COPY_THRESHOLD:
            return 1.0 + copy
    if min(len(a.anchors), len(b.anchors)) >= MIN_SHINGLES:
        spin = jaccard(a.anchors, b.anchors)
        if spin >= SPIN_THRESHOLD and jaccard(a.words, b.words) >= SPIN_MIN_WORD_OVERLAP:
            return spin
    return 0.0


def chronological_key(doc: Document) -> tuple[bool, str, str]:
    """Earlier first; undated articles count as later than dated ones; ties by id."""
    return (doc.published is None, doc.published or "", doc.id)


def find_duplicates(documents: list[Document]) -> dict[str, str]:
    """Article id -> id of the earlier article it copies or spins."""
    ordered = sorted({d.id: d for d in documents}.values(), key=chronological_key)
    ids = [d.id for d in ordered]
    copy_index = BandIndex(COPY_THRESHOLD * 0.8)
    spin_index = BandIndex(SPIN_THRESHOLD * 0.8)
    feats: list[Features] = []
    found: dict[int, int] = {}  # rank -> rank of the original
    for rank, doc in enumerate(ordered):
        f, copy_hash, spin_hash = features(doc)
        feats.append(f)
        copy_keys, spin_keys = copy_index.keys(copy_hash), spin_index.keys(spin_hash)
        candidates = copy_index.query(copy_keys) | spin_index.query(spin_keys)
        scored = [(similarity(f, feats[c]), c) for c in candidates]
        matches = [(score, c) for score, c in scored if score > 0]
        if matches:
            # Prefer an original over another copy, then the closest text, then the earliest.
            _, best = min(matches, key=lambda m: (m[1] in found, -m[0], m[1]))
            found[rank] = found.get(best, best)
        # Only earlier articles are ever indexed, so a match always points back in time.
        if f.shingles.size:
            copy_index.insert(rank, copy_keys)
        if f.anchors.size:
            spin_index.insert(rank, spin_keys)
    return {ids[r]: ids[o] for r, o in found.items()}
