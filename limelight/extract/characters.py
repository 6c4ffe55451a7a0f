"""Fictional characters in an article ('plays X', 'X, played by Y', 'Jess (Ada Brenn)', names
inside a synopsis paragraph) and the actors named for them, who are real people."""

from __future__ import annotations

import re

from .names import NameSpan

_CHARACTER_BEFORE = re.compile(
    r"(?:\bplays?|\bplaying|\bplayed|\brole of|\bcharacter|\bportrays?|\bportraying|"
    r"\b(?:is|was|back|returns?|returning|starring|stars?|cast|role|appears?|debuts?) as)"
    r"\s+(?:(?:special|secret|agent|detective|officer|doctor|captain|the|a|an|spy)\s+)*$"
    r"|\bas\s+(?:(?:special|secret|agent|detective|officer|doctor|captain|spy|inspector|sheriff|"
    r"lieutenant|sergeant|professor|queen|king|prince|princess)\s+)+$",
    re.I,
)
_CHARACTER_AFTER = re.compile(
    # 'X is played by Y', 'X, played by Y', 'Jess (Ada Brenn)'
    r"^,?\s*(?:(?:is|was)\s+(?:once again\s+|again\s+)?)?(?:played|portrayed|voiced)\s+by\b"
    r"|^\s*\((?:played\s+by\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\)"
)
# 'played by Ada Brenn', 'Jess (Ada Brenn)': the actor named for a character is a real person
_ACTOR_BEFORE = re.compile(
    r"(?:\b(?:played|portrayed|voiced)\s+by\s+|[A-Z][\w’'-]+\s+\((?:played\s+by\s+)?)$"
)
_FICTION_PARAGRAPH = re.compile(
    r"^(?:In|Inside)\s+the\s+(?:(?:new|latest|final|first|second|third|season|series)\s+)*"
    r"(?:film|movie|series|show|sequel|drama|novel|book|play|episode|finale|premiere|trailer|clip|scene)\b"
)


def character_names(text: str, spans: list[NameSpan]) -> set[str]:
    """Fictional characters: 'plays X', 'as X', 'X is played by', or named only inside a synopsis
    paragraph ('In the film, ...')."""
    chars: set[str] = set()
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    fiction = [(a, b) for a, b in paragraphs if _FICTION_PARAGRAPH.match(text[a:b])]
    outside: set[str] = set()
    for s in spans:
        before = text[max(0, s.start - 40) : s.start]
        if _CHARACTER_BEFORE.search(before) or _CHARACTER_AFTER.match(text[s.end : s.end + 40]):
            chars.add(s.norm)
        elif (
            not any(a <= s.start < b for a, b in fiction)
            or _has_real_role(text, s)
            or _ACTOR_BEFORE.search(before)
        ):
            outside.add(s.norm)
    for a, b in fiction:
        chars |= {s.norm for s in spans if a <= s.start < b and s.norm not in outside}
    # parts of a character's name ("Mercer", "Varn") are the character too
    chars |= {w for c in list(chars) for w in c.split() if len(c.split()) > 1 and w not in outside}
    return chars


def _has_real_role(text: str, s: NameSpan) -> bool:
    """In a synopsis, 'Vasseur plays X': the subject of 'plays' is the actor."""
    return bool(re.match(r"^[’']?s?\s+(?:plays|stars|portrays|voices|is [A-Z])", text[s.end : s.end + 20]))
