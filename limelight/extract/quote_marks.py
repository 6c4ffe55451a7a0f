"""Where the quotations of a text are: pairs of quote marks, with apostrophes told apart from
single quotes ('Rowan's', "the girls' night", "the '90s"), and a paragraph opened by a quote mark
and never closed running to its end (the next paragraph goes on with it)."""

from __future__ import annotations

import re

_PAIRS = [("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"), ("'", "'")]


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations; a paragraph opened by a quote mark and never closed runs to its end."""
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        regions.extend(_regions_in(text, para.start(), para.end()))
    return sorted(set(regions))


_BY_OPENER = {opener: (opener, closer) for opener, closer in reversed(_PAIRS)}  # the first pair wins


def _regions_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        pair = _BY_OPENER.get(ch)
        if (
            pair is None
            or (ch == "‘" and i > start and text[i - 1].isalnum())
            or _apostrophe(text, i, start, end)
        ):
            i += 1
            continue
        close = _find_close(text, i + 1, end, pair)
        if close is None:
            if ch in "“«" or i == start or text[start:i].strip() == "" or _runs_on(text, i, end):
                out.append((i + 1, end))  # a quote the next paragraph continues
                break
            i += 1
            continue
        if close > i + 1:
            out.append((i + 1, close))
        i = close + 1
    return out


def _apostrophe(text: str, i: int, start: int, end: int) -> bool:
    """A straight single quote that cannot open a quotation (British papers quote with them):
    one inside or after a word ('Rowan's', "the '90s"), or with a space after it."""
    if text[i] != "'":
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not (before.isspace() or before in ":([—–-") or after.isspace() or after.isdigit()


_NOT_A_NOUN_AFTER = re.compile(r"'\s+(?:he|she|they|we|i|it|said|says|added|told|wrote|and|but|as)\b")


def _plural_possessive(text: str, j: int) -> bool:
    """ "the girls' night out": s, apostrophe, then a lowercase word the plural owns."""
    return (
        text[j - 1] == "s"
        and bool(re.match(r"'\s+[a-z]", text[j : j + 3]))
        and not _NOT_A_NOUN_AFTER.match(text[j : j + 12])
    )


def _find_close(text: str, pos: int, end: int, pair: tuple[str, str]) -> int | None:
    opener, closer = pair
    j = pos
    plural = None  # "the girls' night": a plural's apostrophe, unless no other mark closes
    while j < end:
        if text[j] == closer:
            # an apostrophe inside a word is not a closing single quote
            if closer in "’'" and j + 1 < end and text[j + 1].isalpha():
                j += 1
                continue
            if closer == "'" and text[j - 1].isspace():
                j += 1
                continue
            if closer == "'" and _plural_possessive(text, j):
                plural = j if plural is None else plural
                j += 1
                continue
            return j
        j += 1
    return plural


def _runs_on(text: str, i: int, end: int) -> bool:
    """'She told People: "It was hard.' then a paragraph opening '"But ...': a straight (or single) quote
    opened after a colon or comma, ending its paragraph with a full stop, and taken up by a
    paragraph that opens with a quote mark, is the first paragraph of a longer quote."""
    if text[i] not in "\"‘'" or not re.search(r"[:,]\s$", text[max(0, i - 2) : i]):
        return False
    if not re.search(r"[.!?]\s*$", text[i:end]):
        return False
    following = re.match(r"\n+\s*([\"“‘'])", text[end:])
    return following is not None
