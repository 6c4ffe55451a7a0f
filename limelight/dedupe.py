"""Finding articles that copy an earlier one.

Owns duplicate detection across cleaned Documents: verbatim syndicated copies (caught
by word shingles) and machine-spun paraphrases (caught by the sequence of names and
numbers, which spinners leave alone while they swap the words around them). MinHash
LSH proposes candidate pairs so the work stays near-linear; candidates are then
verified exactly.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from limelight.models import Document

# Bump whenever the features or the band layout change: stored buckets of another version are
# rebuilt before an update looks anything up in them.
BANDS_VERSION = "2"
NUM_PERM = 128
# Verbatim copies share most word 3-grams; different write-ups of one event share few.
COPY_THRESHOLD = 0.5
# Spins keep names and numbers in order within each sentence: consecutive anchor pairs survive
# the rewording and a reordering of sentences; write-ups of one event by other outlets share
# the names but join them in other sentences (under 0.5 on invented pairs; spins 0.75 and up).
SPIN_THRESHOLD = 0.6
SPIN_MIN_WORD_OVERLAP = 0.3  # a spin still shares many plain words with its source
MIN_SHINGLES = 8
MIN_ANCHORS = 5  # names run together are one anchor, so short stories have few pairs
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
    anchors: np.ndarray  # consecutive pairs of names and numbers within a sentence


def fold(text: str) -> str:
    """Accent-free, look-alike-free text without invisible characters (zero-width, soft hyphens)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS))
    if text.isascii():
        return text
    return "".join(
        ch
        for ch in text
        if ch.isascii() or not (unicodedata.combining(ch) or unicodedata.category(ch) == "Cf")
    )


def comparable_text(doc: Document) -> str:
    """The body paragraphs: headlines differ between copies and boilerplate is not the story."""
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "body"]
    return "\n".join(body) if body else doc.text


def features(doc: Document) -> tuple[Features, MinHash, MinHash]:
    """The text's compact word sets, and MinHashes of its shingles and of its anchors."""
    text = fold(comparable_text(doc))
    tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    lower = [t.lower() for t, _, _ in tokens]
    shingles = {" ".join(lower[i : i + 3]) for i in range(len(lower) - 2)}
    anchors = anchor_pairs(text, tokens)
    feats = Features(hashed(set(lower)), hashed(shingles), hashed(anchors))
    return feats, minhash(shingles), minhash(anchors)


WORD = re.compile(r"\w+")
SENTENCE_GAP = re.compile(r"[.!?][^\w\s]*\s|\n")
ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
# Spinners write small numbers as digits ("five" -> "5", "third" -> "3rd"): both are one anchor.
# ("one" and "first" stay words: they are too often no number at all.)
NUMBER_WORDS = {
    word: str(n)
    for n, words in enumerate(
        [
            (),
            (),
            ("two", "second"),
            ("three", "third"),
            ("four", "fourth"),
            ("five", "fifth"),
            ("six", "sixth"),
            ("seven", "seventh"),
            ("eight", "eighth"),
            ("nine", "ninth"),
            ("ten", "tenth"),
            ("eleven", "eleventh"),
            ("twelve", "twelfth"),
        ]
    )
    for word in words
}


def anchor_pairs(text: str, tokens: list[tuple[str, int, int]]) -> set[str]:
    """Consecutive anchors of each sentence, in order. An anchor is a name or number: a run of
    capitalised words or digits (a full name is one anchor, so two write-ups naming the same
    people do not share its inner pairs). A sentence's first word is one only when the text
    also writes it capitalised inside a sentence and never in lower case (a name, not "The",
    "It" or "Neither"). Pairs never cross sentences, so reordered or merged sentences keep them."""
    starts = sentence_starts(text, tokens)
    plain = {t for t, _, _ in tokens if t[0].islower()}
    named = {t for i, (t, _, _) in enumerate(tokens) if t[0].isupper() and not starts[i]} - {
        t.capitalize() for t in plain
    }
    pairs: set[str] = set()
    previous: str | None = None  # the sentence's last finished anchor
    current: list[str] = []  # the anchor being read
    end = 0
    for i, (word, start, stop) in enumerate(tokens):
        number = NUMBER_WORDS.get(word.lower()) or (m.group(1) if (m := ORDINAL.fullmatch(word)) else None)
        if word[0].isdigit() or number:
            anchor = number or word
        elif word[0].isupper() and (not starts[i] or word in named):
            anchor = word.lower()
        else:
            anchor = None
        if current and (anchor is None or starts[i] or text[end:start] != " "):
            run = " ".join(current)
            if previous is not None:
                pairs.add(f"{previous}|{run}")
            previous, current = run, []
        if starts[i]:
            previous = None
        if anchor is not None:
            current.append(anchor)
        end = stop
    if current and previous is not None:
        pairs.add(f"{previous}|{' '.join(current)}")
    return pairs


def sentence_starts(text: str, tokens: list[tuple[str, int, int]]) -> list[bool]:
    """Whether each token begins a sentence (or a line)."""
    starts, end = [], 0
    for _, start, stop in tokens:
        starts.append(end == 0 or SENTENCE_GAP.search(text, end, start) is not None)
        end = stop
    return starts


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
    """MinHash LSH (the band layouts datasketch picks for the copy and the spin threshold): a
    text is a candidate when any band of either MinHash equals that of an indexed text. Each
    band is one stable 64-bit key (its layout, its place and its values hashed, so both layouts
    share one index and keys can be stored); each bucket is a plain int until it holds two
    texts: a tenth of the memory of datasketch's index, for the same candidates."""

    def __init__(self) -> None:
        self.buckets: dict[int, int | list[int]] = {}

    def query(self, keys: list[int]) -> set[int]:
        found: set[int] = set()
        for key in keys:
            hit = self.buckets.get(key)
            if hit is not None:
                found.update(hit) if isinstance(hit, list) else found.add(hit)
        return found

    def insert(self, item: int, keys: list[int]) -> list[int]:
        """Index ``item`` under ``keys``; returns the keys whose buckets had room for it."""
        kept = []
        for key in keys:
            hit = self.buckets.get(key)
            if hit is None:
                self.buckets[key] = item
            elif isinstance(hit, list):
                if len(hit) >= BUCKET_CAP:
                    continue
                hit.append(item)
            else:
                self.buckets[key] = [hit, item]
            kept.append(key)
        return kept


@cache
def _layout(threshold: float) -> list[tuple[int, int]]:
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]


def layout_keys(mh: MinHash, kind: bytes, threshold: float) -> list[int]:
    values = mh.hashvalues
    return [
        stable_hash(kind + bytes([i]) + values[lo:hi].tobytes())
        for i, (lo, hi) in enumerate(_layout(threshold))
    ]


def similarity(a: Features, b: Features) -> float:
    """How strongly one text copies the other (0 when they are independent write-ups)."""
    if min(len(a.shingles), len(b.shingles)) >= MIN_SHINGLES:
        copy = jaccard(a.shingles, b.shingles)
        if copy >= COPY_THRESHOLD:
            return 1.0 + copy
    if min(len(a.anchors), len(b.anchors)) >= MIN_ANCHORS:
        spin = jaccard(a.anchors, b.anchors)
        if spin >= SPIN_THRESHOLD and jaccard(a.words, b.words) >= SPIN_MIN_WORD_OVERLAP:
            return spin
    return 0.0


def chronological_key(doc: Document) -> tuple[bool, str, str]:
    """Earlier first; undated articles count as later than dated ones; ties by id."""
    return (doc.published is None, doc.published or "", doc.id)


def stable_hash(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def band_keys(doc: Document) -> tuple[Features, list[int], list[int]]:
    """A text's features, the band keys to look its originals up by, and those to index it by
    (none for an index whose words the text lacks)."""
    f, copy_hash, spin_hash = features(doc)
    copy_keys = layout_keys(copy_hash, b"c", COPY_THRESHOLD * 0.8)
    spin_keys = layout_keys(spin_hash, b"s", SPIN_THRESHOLD * 0.8)
    indexed = (copy_keys if f.shingles.size else []) + (spin_keys if f.anchors.size else [])
    return f, copy_keys + spin_keys, indexed


def best_original(f: Features, candidates: dict[object, Features], is_copy, rank) -> object | None:
    """Of earlier texts, the one ``f`` copies: an original over another copy, then the closest
    text, then the earliest (None when it copies none)."""
    matches = [(score, c) for c, other in candidates.items() if (score := similarity(f, other)) > 0]
    if not matches:
        return None
    return min(matches, key=lambda m: (is_copy(m[1]), -m[0], rank(m[1])))[1]


def find_duplicates(documents: list[Document], bands: list | None = None) -> dict[str, str]:
    """Article id -> id of the earlier article it copies or spins. With ``bands`` (a list), also
    every (band key, chronological key, article id) its index kept, to store (``update.py``)."""
    ordered = sorted({d.id: d for d in documents}.values(), key=chronological_key)
    ids = [d.id for d in ordered]
    index = BandIndex()
    feats: list[Features] = []
    found: dict[int, int] = {}  # rank -> rank of the original
    for rank, doc in enumerate(ordered):
        f, keys, indexed = band_keys(doc)
        feats.append(f)
        candidates = {c: feats[c] for c in index.query(keys)}
        best = best_original(f, candidates, lambda c: c in found, lambda c: c)
        if best is not None:
            found[rank] = found.get(best, best)
        # Only earlier articles are ever indexed, so a match always points back in time.
        kept = index.insert(rank, indexed)
        if bands is not None:
            bands.extend((key, chrono_text(doc), doc.id) for key in kept)
    return {ids[r]: ids[o] for r, o in found.items()}


def chrono_text(doc: Document) -> str:
    """``chronological_key`` as one string that sorts the same way (for the database)."""
    undated, published, article = chronological_key(doc)
    return f"{int(undated)}{published}\x1f{article}"
