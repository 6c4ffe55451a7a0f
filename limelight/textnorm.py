"""Unicode normalisation that keeps offsets: decorative letters (math alphanumerics, full-width
forms, ligatures) become plain letters and invisible characters go, with a map back to the input."""

from __future__ import annotations

import re
import unicodedata

# Math alphanumerics (𝐋𝐨𝐯𝐞, 𝑇ℎ𝑒, 𝓝𝓮𝓸𝓷), letterlike symbols (ℎ), enclosed letters,
# full-width forms and ligatures: decorative variants of plain letters.
FANCY_RANGES = ((0x1D400, 0x1D7FF), (0x2100, 0x214F), (0x2460, 0x24FF), (0xFF01, 0xFF5E), (0xFB00, 0xFB06))
DROPPED_CHARS = {"\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"}
ZWJ = "\u200d"


def is_fancy(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in FANCY_RANGES)


def normalise(original: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from in ``original``.

    Only decorative letters are folded with NFKC: a blanket NFKC would also rewrite
    "…" and "™", and curly quotes must stay as they are for quote extraction.
    """
    out: list[str] = []
    pos: list[int] = []
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        cluster = original[i:j]
        if ch == "\r":
            piece = "" if original[j : j + 1] == "\n" else "\n"
        elif ch in DROPPED_CHARS:
            piece = ""
        elif ch == ZWJ:
            # A joiner between emoji builds one emoji (❤️‍🔥); between letters it is noise.
            piece = ZWJ if out and not out[-1][-1:].isalnum() else ""
        elif ch in "\t\v\f" or (unicodedata.category(ch) == "Zs" and ch != " "):
            piece = " "
        elif is_fancy(ch):
            piece = unicodedata.normalize("NFKC", cluster)
        else:
            piece = unicodedata.normalize("NFC", cluster)
        for c in piece:
            out.append(c)
            pos.append(i)
        i = j
    return "".join(out), pos


def same_text(a: str, b: str) -> bool:
    """Equal once punctuation, spaces and case are ignored."""

    def squash(s: str) -> str:
        return re.sub(r"\W+", "", s).lower()

    return squash(a) == squash(b)
