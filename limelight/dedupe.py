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

from datasketch import MinHash, MinHashLSH

from limelight.models import Document

NUM_PERM = 128
# Verbatim copies share most word 3-grams; different write-ups of one event share few.
COPY_THRESHOLD = 0.5
# Spins keep names and numbers in order: consecutive anchor pairs survive the rewording.
SPIN_THRESHOLD = 0.5
SPIN_MIN_WORD_OVERLAP = 0.3  # a spin still shares many plain words with its source
MIN_SHINGLES = 8  # below this, texts are too short to call copies

# Look-alike letters that spinners and spammers swap in (Cyrillic and Greek) -> Latin.
HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁɡАВЕКМНОРСТУХІЈЅαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdgABEKMHOPCTYXIJSabeiknoptyxABEZHIKMNOPTYX",
)


@dataclass
class Features:
    words: set[str]
    shingles: set[str]  # word 3-grams
    anchors: set[str]  # consecutive pairs of capitalised words and numbers


def fold(text: str) -> str:
    """Lower-case-insensitive, accent-free, look-alike-free text."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def comparable_text(doc: Document) -> str:
    """The body paragraphs: headlines differ between copies and boilerplate is not the story."""
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "body"]
    return "\n".join(body) if body else doc.text


def features(doc: Document) -> Features:
    tokens = re.findall(r"\w+", fold(comparable_text(doc)))
    lower = [t.lower() for t in tokens]
    anchors = [t.lower() for t in tokens if t[0].isupper() or t[0].isdigit()]
    return Features(
        words=set(lower),
        shingles={" ".join(lower[i : i + 3]) for i in range(len(lower) - 2)},
        anchors={f"{a} {b}" for a, b in zip(anchors, anchors[1:], strict=False)},
    )


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@cache
def _template() -> MinHash:
    """A MinHash whose hash permutations (seed 7) every text reuses, drawn once, not per text."""
    return MinHash(num_perm=NUM_PERM, seed=7)


def minhash(items: set[str]) -> MinHash:
    template = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=template.permutations, scheme=template.scheme)
    mh.update_batch([item.encode("utf-8") for item in items])  # order-free, one numpy pass
    return mh


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
    feats = {d.id: features(d) for d in ordered}
    rank = {d.id: i for i, d in enumerate(ordered)}
    copy_index = MinHashLSH(threshold=COPY_THRESHOLD * 0.8, num_perm=NUM_PERM)
    spin_index = MinHashLSH(threshold=SPIN_THRESHOLD * 0.8, num_perm=NUM_PERM)
    duplicates: dict[str, str] = {}
    for doc in ordered:
        f = feats[doc.id]
        copy_hash, spin_hash = minhash(f.shingles), minhash(f.anchors)
        candidates = set(copy_index.query(copy_hash)) | set(spin_index.query(spin_hash))
        scored = [(similarity(f, feats[c]), c) for c in candidates]
        matches = [(score, c) for score, c in scored if score > 0]
        if matches:
            # Prefer an original over another copy, then the closest text, then the earliest.
            _, best = min(matches, key=lambda m: (m[1] in duplicates, -m[0], rank[m[1]]))
            duplicates[doc.id] = duplicates.get(best, best)
        # Only earlier articles are ever indexed, so a match always points back in time.
        if f.shingles:
            copy_index.insert(doc.id, copy_hash)
        if f.anchors:
            spin_index.insert(doc.id, spin_hash)
    return duplicates
