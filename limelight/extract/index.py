"""The people of one article and every mention of them: what the extractors look people up in."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import LocalPerson

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}


@dataclass
class Mention:
    start: int
    end: int
    key: str
    kind: str  # "name" | "pronoun" | "descriptor"
    sent: int


@dataclass
class PeopleIndex:
    people: list[LocalPerson] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str | None] = field(default_factory=dict)

    def person(self, key: str) -> LocalPerson:
        for p in self.people:
            if p.key == key:
                return p
        raise KeyError(key)

    def keys_in(
        self, start: int, end: int, kinds: tuple[str, ...] = ("name", "pronoun", "descriptor")
    ) -> list[str]:
        """Person keys mentioned in [start, end), in text order, each once."""
        seen: list[str] = []
        for m in self.mentions:
            if start <= m.start < end and m.kind in kinds and m.key not in seen:
                seen.append(m.key)
        return seen

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end]

    def key_at(self, start: int, end: int) -> str | None:
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m.key
        return None
