"""What the Spanish/French extractors share: the text with its quotations, rule-cut sentences,
people and their references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import (
    Document,
    Evidence,
    LocalPerson,
)
from . import lexicon_foreign as lx


@dataclass
class Ref:
    start: int
    end: int
    key: str
    kind: str  # "name" | "descriptor"


@dataclass
class ForeignText:
    """What the extractors share: the text, its quotations, sentences, people and references."""

    document: Document
    regions: list[tuple[int, int]]
    sents: list[tuple[int, int]]
    people: list[LocalPerson]
    refs: list[Ref]
    genders: dict[str, str | None]

    @property
    def text(self) -> str:
        return self.document.text

    def quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.regions)

    def refs_in(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if start <= r.start < end and not self.quoted(r.start)]

    def evidence(self, pos: int) -> Evidence:
        s, e = next(((a, b) for a, b in self.sents if a <= pos < b), (pos, min(len(self.text), pos + 80)))
        return Evidence(self.text[s:e], s, e)


def sentences(document: Document, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of every block, cut after . ! ? before a capital or an opening quote mark."""
    out = []
    for block in document.blocks:
        for para in re.finditer(r"[^\n]+", document.text[block.start : block.end]):
            start, end = block.start + para.start(), block.start + para.end()
            for m in lx.BOUNDARY.finditer(document.text, start, end):
                if not any(a <= m.start(1) < b for a, b in regions):
                    out.append((start, m.start(1)))
                    start = m.end(1)
            out.append((start, end))
    return out


# ----------------------------------------------------------------- people
