"""Search text the way SQLite's FTS5 sees it, for the PostgreSQL backend's full-text search.

Words are casefolded and stripped of accents (``fold``) and split (``TOKEN``) here rather
than by the server, whose idea of a letter depends on its locale; ``snippet`` picks and
marks the same window as FTS5's snippet(). So a search gives the same hits and snippets on
both backends (only the order of equally good hits may differ).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from limelight.store import SNIPPET_CLOSE, SNIPPET_OPEN

SNIPPET_WORDS = 16  # as the SQLite backend asks of snippet()
# A word as SQLite's unicode61 tokenizer sees it, as near as a pattern gets: letters, digits
# and combining marks, and the emoji Unicode added after 6.1, which its tables (from 6.1)
# count as letters.
EMOJI_AFTER_6_1 = (  # first and last code points
    (0x1F0BF, 0x1F0BF), (0x1F0E0, 0x1F10F), (0x1F12F, 0x1F12F), (0x1F16C, 0x1F16F), (0x1F19B, 0x1F1AD),
    (0x1F23B, 0x1F23B), (0x1F260, 0x1F265), (0x1F321, 0x1F32F), (0x1F336, 0x1F336), (0x1F37D, 0x1F37F),
    (0x1F394, 0x1F39F), (0x1F3C5, 0x1F3C5), (0x1F3CB, 0x1F3DF), (0x1F3F1, 0x1F3FA), (0x1F43F, 0x1F43F),
    (0x1F441, 0x1F441), (0x1F4F8, 0x1F4F8), (0x1F4FD, 0x1F4FF), (0x1F53E, 0x1F53F), (0x1F544, 0x1F54F),
    (0x1F568, 0x1F5FA), (0x1F641, 0x1F644), (0x1F650, 0x1F67F), (0x1F6C6, 0x1F6FC), (0x1F780, 0x1FBCA),
)  # fmt: skip
TOKEN = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    + "".join(f"{chr(a)}-{chr(b)}" for a, b in EMOJI_AFTER_6_1)
    + "])+"
)
QUERY_WORD = re.compile(r"[^\W_]+")  # a word of a search query


def index_text(text: str) -> str:
    """The words of ``text``, folded and split by Limelight (not by the server's parser, whose
    idea of a letter depends on its locale), one space apart: what ``to_tsvector`` gets."""
    return " ".join(TOKEN.findall(fold(text)))


def fold(text: str) -> str:
    """Casefolded and without accents: how the index and the query words compare."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text: str, words: list[str], size: int = SNIPPET_WORDS) -> str:
    """``size`` tokens of ``text`` around the query ``words`` (folded; the last one a prefix),
    matches between SNIPPET_OPEN and SNIPPET_CLOSE and "…" where the text is cut: the window
    SQLite's FTS5 snippet() picks (each distinct word 1000, a repeat 1, a window that starts a
    sentence 100 more), so both backends show the same snippets."""
    tokens = list(TOKEN.finditer(text))
    if not tokens:
        return ""
    hits = [
        (i, w)
        for i, f in enumerate(fold(t.group()) for t in tokens)
        for w, word in enumerate(words)
        if f == word or (w == len(words) - 1 and f.startswith(word))
    ]
    positions = [i for i, _ in hits]

    def score(start: int) -> tuple[int, int, int]:
        inside = hits[bisect_left(positions, start) : bisect_left(positions, start + size)]
        if not inside:
            return 0, start, start
        distinct = len({w for _, w in inside})
        return 999 * distinct + len(inside), inside[0][0], inside[-1][0] + 1

    sentences = [0] + [i for i in range(1, len(tokens)) if opens_sentence(text, tokens[i - 1], tokens[i])]
    best, first = 0, 0
    for i in positions:
        points, lo, hi = score(i)
        if points > best:  # centred on its matches, kept inside the text
            best, first = points, max(0, min(lo - (size - (hi - lo)) // 2, len(tokens) - size))
        opening = sentences[bisect_right(sentences, i) - 1]
        if len(tokens) > size and opening < i:
            points = score(opening)[0] + (120 if opening == 0 else 100)
            if points > best:
                best, first = points, opening
    last = min(first + size, len(tokens)) - 1
    matched = set(positions)
    out, pos = [], 0 if first == 0 else tokens[first].start()
    for i in range(first, last + 1):
        if i in matched:
            out += [text[pos : tokens[i].start()], SNIPPET_OPEN, tokens[i].group(), SNIPPET_CLOSE]
            pos = tokens[i].end()
    at_end = last == len(tokens) - 1
    out.append(text[pos : len(text) if at_end else tokens[last].end()])
    return ("…" if first > 0 else "") + "".join(out) + ("" if at_end else "…")


def opens_sentence(text: str, previous: re.Match, token: re.Match) -> bool:
    """Whether ``token`` follows a full stop or colon and then whitespace."""
    gap = text[previous.end() : token.start()]
    stripped = gap.rstrip(" \t\r\n")
    return len(stripped) < len(gap) and stripped.endswith((".", ":"))
