"""Unicode normalisation that keeps offsets: decorative letters (math alphanumerics, full-width
forms, ligatures) become plain letters and invisible characters go, with a map back to the input."""

from __future__ import annotations

import re
import unicodedata

# Math alphanumerics (𝐋𝐨𝐯𝐞, 𝑇ℎ𝑒, 𝓝𝓮𝓸𝓷), letterlike symbols (ℎ), enclosed letters,
# full-width forms and ligatures: decorative variants of plain letters.
FANCY_RANGES = (
    (0x1D400, 0x1D7FF), (0x2100, 0x214F), (0x2460, 0x24FF), (0xFF01, 0xFF5E), (0xFB00, 0xFB06),
    (0x1F130, 0x1F189),  # squared and negative circled / squared letters
)  # fmt: skip
DROPPED_CHARS = {"\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"}
# More invisibles: invisible operators, the Mongolian vowel separator, the grapheme joiner.
DROPPED_CHARS |= {"\u2061", "\u2062", "\u2063", "\u2064", "\u180e", "\u034f"}
# Overlays that strike or underline letters (M̶i̶r̶e̶l̶a̶, M̲i̲r̲): decoration, not accents.
OVERLAYS = {"\u0332", "\u0331", "\u0333", "\u0335", "\u0336", "\u0337", "\u0338", "\u035f", "\u20e5"}
# Letters with no compatibility form that decorative text generators use: small capitals
# (ᴍɪʀᴇʟᴀ) and the negative circled and squared letters (🅼🅸🆁🅴🅻🅰, 🅜🅘🅡).
SMALL_CAPS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz", strict=True))
LINE_BREAKS = {"\u2028", "\u2029", "\u0085"}
HYPHENS = {"\u2010", "\u2011"}  # (non-breaking) hyphens inside names: "Jean‑Luc" is "Jean-Luc"


def decorative_letter(ch: str, following: str) -> str | None:
    code = ord(ch)
    if ch in SMALL_CAPS:
        return SMALL_CAPS[ch]
    for first in (0x1F150, 0x1F170):
        if first <= code < first + 26 and following != "\ufe0f":  # 🅰️ with VS16 is an emoji
            return chr(ord("A") + code - first)
    return None


# Mojibake: UTF-8 read as Windows-1252 ("donâ€™t", "BeyoncÃ©"). Lead byte then continuation
# bytes as they look in Windows-1252 (or as C1 controls where it has no character).
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}")


def unmangle(seq: str) -> str | None:
    """The character a mojibake sequence stands for, or None when it is none."""
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in seq)
        fixed = raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if len(fixed) == 1 else None


ZWJ = "\u200d"


def is_fancy(ch: str) -> bool:
    code = ord(ch)
    if code < _FIRST_FANCY:
        return False  # ASCII and Latin letters, nearly every character read
    return any(lo <= code <= hi for lo, hi in FANCY_RANGES) or ch in SMALL_CAPS


_FIRST_FANCY = min(min(lo for lo, _ in FANCY_RANGES), min(map(ord, SMALL_CAPS)))


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
        if j == i + 1 and ch < "\x80" and ch not in "\r\t\v\f":
            out.append(ch)  # plain ASCII, most of any text: nothing to fold
            pos.append(i)
            i = j
            continue
        cluster = "".join(c for c in original[i:j] if c not in OVERLAYS)
        if j - i > 3:
            cluster = ch  # "Zalgo" text piles marks on a letter; no language needs more than two
        mangled = MOJIBAKE.match(original, i) if "\u00c2" <= ch <= "\u00f4" else None
        fixed = unmangle(mangled.group()) if mangled else None
        if fixed:
            j = mangled.end()
            piece = normalise(fixed)[0]
        elif ch == "\r":
            piece = "" if original[j : j + 1] == "\n" else "\n"
        elif ch in DROPPED_CHARS:
            piece = ""
        elif ch in LINE_BREAKS:
            piece = "\n"
        elif ch in HYPHENS:
            piece = "-"
        elif decorative_letter(ch, original[j : j + 1]):
            piece = decorative_letter(ch, original[j : j + 1]) + cluster[1:]
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
