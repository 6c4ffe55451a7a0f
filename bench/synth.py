"""Synthetic celebrity news, reproducible from a seed (a benchmark tool, not part of Limelight).

A world of invented people (names from syllables, birth dates, occupations) meets in real
cities; article ``i`` retells one meeting, with an age, a quote and sometimes a friendship,
in one of several phrasings. About 5% of articles are syndicated copies of an earlier one
(``duplicate_of`` known) and about 2% state a wrong age (a deliberate conflict). Everything
about article ``i`` comes from its own seeded generator, so any slice of a corpus of any
size can be made in any order, streaming.

    python bench/synth.py --articles 10000 --seed 1 -o /tmp/synth.jsonl [--gold gold.json]

writes articles in the reader's JSONL format. ``article_facts(world, i)`` gives article ``i``
directly as a cleaned ``Document`` and the ``ArticleFacts`` the extractor would read from it,
for benchmarks that skip NLP.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from limelight.models import (
    AgeFact,
    ArticleFacts,
    Block,
    Document,
    Evidence,
    LocalPerson,
    MeetingFact,
    QuoteFact,
    RelationFact,
)

ONSETS = [
    "b",
    "br",
    "c",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
CODAS = ["", "", "n", "r", "l", "s", "th", "x", "nd", "m"]
OCCUPATIONS = ["singer", "actor", "actress", "rapper", "model", "comedian", "producer", "DJ", "dancer"]
CITIES = [  # (city, region, country)
    ("London", "England", "United Kingdom"),
    ("Paris", "Île-de-France", "France"),
    ("New York City", "New York", "United States"),
    ("Los Angeles", "California", "United States"),
    ("Rome", "Lazio", "Italy"),
    ("Berlin", "Berlin", "Germany"),
    ("Toronto", "Ontario", "Canada"),
    ("Sydney", "New South Wales", "Australia"),
    ("Madrid", "Madrid", "Spain"),
    ("Tokyo", "Tokyo", "Japan"),
    ("Miami", "Florida", "United States"),
    ("Nashville", "Tennessee", "United States"),
]
VENUES = ["the Grand Hall", "the Palm Room", "the Velvet Club", "the Riverside Theatre", "the Arc Lounge"]
OCCASIONS = ["premiere", "gala", "album launch", "birthday party", "fashion show", "charity dinner"]
OUTLETS = [
    f"{a}{b}.example"
    for a in ("star", "celeb", "buzz", "glam", "pop", "gossip")
    for b in ("wire", "daily", "hub")
]
QUOTE_WORDS = "night amazing friends music always love together wonderful crowd energy show grateful".split()
FILLERS = [
    "Fans gathered outside long before the doors opened.",
    "Photographers lined the street as the guests arrived.",
    "The outing comes weeks after a busy spell of work.",
    "Neither camp has commented on future plans.",
    "Onlookers said the mood was relaxed and cheerful.",
    "Video of the evening quickly spread across social media.",
    "It was the first public appearance of the month for both.",
    "Several other famous faces were also on the guest list.",
    "Earlier in the day the venue hosted a private rehearsal.",
    "Security kept a close eye on the crowd all night.",
    "A spokesperson later confirmed the details of the event.",
    "Tickets for the evening sold out within hours.",
    "The pair posed briefly for cameras before heading inside.",
    "Music played late into the night, guests said.",
]
MONTHS = "January February March April May June July August September October November December".split()
START = date(2015, 1, 1)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    born: date
    occupation: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Meeting:
    a: int
    b: int
    day: date
    city: tuple[str, str, str]
    venue: str
    occasion: str


@dataclass(frozen=True)
class World:
    """How many articles, people and meetings, and the seed everything comes from."""

    articles: int
    seed: int = 1

    @property
    def people(self) -> int:
        return max(40, self.articles // 4)

    @property
    def meetings(self) -> int:
        return max(20, self.articles // 3)


def rng_for(world: World, kind: str, i: int) -> random.Random:
    return random.Random(f"{world.seed}:{kind}:{i}")


def word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
    ).title()


@lru_cache(maxsize=200_000)
def person(world: World, j: int) -> Person:
    rng = rng_for(world, "person", j)
    born = START - timedelta(days=rng.randrange(18 * 365, 60 * 365))
    return Person(word(rng, 2), word(rng, 2 + (j % 2)), born, rng.choice(OCCUPATIONS))


def popular(rng: random.Random, n: int) -> int:
    """A skewed pick: a few people (and meetings) are in many articles, most in few."""
    return min(n - 1, int(n * rng.random() ** 2))


@lru_cache(maxsize=200_000)
def meeting(world: World, e: int) -> Meeting:
    rng = rng_for(world, "meeting", e)
    a = popular(rng, world.people)
    b = (a + 1 + rng.randrange(world.people - 1)) % world.people
    day = START + timedelta(days=rng.randrange(9 * 365))
    return Meeting(a, b, day, rng.choice(CITIES), rng.choice(VENUES), rng.choice(OCCASIONS))


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass
class Article:
    """One generated article with the facts it states (the gold)."""

    id: str
    url: str
    published: str
    title: str
    paragraphs: list[str]
    people: list[Person]
    age: int
    meeting: Meeting
    quote: str
    friends: bool
    duplicate_of: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs])


def article(world: World, i: int) -> Article:
    """Article ``i``: a copy of an earlier article 5% of the time, else a new retelling."""
    rng = rng_for(world, "article", i)
    if i > 50 and rng.random() < 0.05:
        original = article(world, i - 1 - rng.randrange(50))
        if original.duplicate_of is None:
            outlet = rng.choice(OUTLETS)
            copy_id = f"s{i:07d}"
            title = f"{original.people[0].last} and {original.people[1].last} in {original.meeting.city[0]}"
            return Article(copy_id, f"https://www.{outlet}/{copy_id}", original.published, title,
                           original.paragraphs, original.people, original.age, original.meeting,
                           original.quote, original.friends, duplicate_of=original.id)  # fmt: skip
    m = meeting(world, popular(rng, world.meetings))
    a, b = person(world, m.a), person(world, m.b)
    published = m.day + timedelta(days=rng.randrange(0, 4))
    age = age_on(a.born, published) + (9 if rng.random() < 0.02 else 0)  # 2%: a wrong age
    quote = " ".join(rng.choice(QUOTE_WORDS) for _ in range(rng.randrange(5, 10))).capitalize()
    friends = rng.random() < 0.2
    when = rng.choice(
        [
            f"{m.day.strftime('%A')}, {MONTHS[m.day.month - 1]} {m.day.day}",
            f"{MONTHS[m.day.month - 1]} {m.day.day}, {m.day.year}",
            f"{m.day.day} {MONTHS[m.day.month - 1]}",
        ]
    )
    city = m.city[0]
    opening = rng.choice(
        [
            f"{a.name}, {age}, met up with {b.name} at {m.venue} in {city} on {when}.",
            f"{a.name} ({age}) was spotted with {b.name} at the {m.occasion} in {city} on {when}.",
            f"The {age}-year-old {a.occupation} {a.name} joined {b.name} at {m.venue} in {city} on {when}.",
            f"On {when}, {a.name}, {age}, and {b.name} were seen together at {m.venue} in {city}.",
            f"{b.name} and {a.name}, {age}, enjoyed the {m.occasion} at {m.venue} in {city} on {when}.",
        ]
    )
    fillers = rng.sample(FILLERS, 3)
    others = [person(world, rng.randrange(world.people)).name for _ in range(rng.randrange(2, 4))]
    fillers.insert(rng.randrange(4), f"Also there were {', '.join(others[:-1])} and {others[-1]}.")
    paragraphs = [opening, f'"{quote}," {a.last} said after the {m.occasion}.', " ".join(fillers)]
    if friends:
        paragraphs.append(f"{a.last} and {b.last} have been friends for years.")
    outlet = rng.choice(OUTLETS)
    ident = f"s{i:07d}"
    title = f"{a.name} and {b.name} step out in {city}"
    return Article(ident, f"https://www.{outlet}/{ident}", published.isoformat(), title, paragraphs,
                   [a, b], age, m, quote, friends)  # fmt: skip


def to_record(art: Article) -> dict:
    return {"id": art.id, "url": art.url, "title": art.title, "published": art.published, "text": art.text}


def article_facts(world: World, i: int) -> tuple[Document, ArticleFacts]:
    """Article ``i`` as the cleaner and extractor would leave it (offsets into its text)."""
    art = article(world, i)
    text = art.text
    blocks, pos = [], 0
    for kind, part in [("headline", art.title), *(("body", p) for p in art.paragraphs)]:
        blocks.append(Block(kind, pos, pos + len(part)))
        pos += len(part) + 2
    doc = Document(art.id, f"synth:{art.id}", art.url, art.url.split("/")[2].removeprefix("www."), art.title,
                   art.published, "en", text, blocks, [], text, [(0, 0, len(text))])  # fmt: skip

    def sentence(part: str) -> Evidence:
        start = text.index(part)
        return Evidence(part, start, start + len(part))

    a, b = art.people
    people = [
        LocalPerson("p0", a.name, [a.last], [], mentions(text, a)),
        LocalPerson("p1", b.name, [b.last], [], mentions(text, b)),
    ]
    opening = sentence(art.paragraphs[0])
    m = art.meeting
    facts = ArticleFacts(
        article=art.id,
        people=people,
        ages=[AgeFact("p0", art.age, art.published, opening)],
        meetings=[
            MeetingFact(["p0", "p1"], m.day.isoformat(), opening, "meeting", None, *m.city, m.occasion)
        ],
        quotes=[QuoteFact("p0", art.quote, sentence(art.paragraphs[1]))],
        relations=[RelationFact("p0", "friend_of", "p1", sentence(art.paragraphs[3]))] if art.friends else [],
    )
    return doc, facts


def mentions(text: str, p: Person) -> list[tuple[int, int]]:
    found, start = [], 0
    while (hit := text.find(p.last, start)) >= 0:
        begin = hit - len(p.first) - 1 if text[max(0, hit - len(p.first) - 1) : hit] == p.first + " " else hit
        found.append((begin, hit + len(p.last)))
        start = hit + len(p.last)
    return found


def gold(world: World) -> dict:
    """What the corpus states: people with birth dates, meetings, duplicates, wrong ages."""
    arts = [article(world, i) for i in range(world.articles)]
    people = {p.name: p.born.isoformat() for art in arts for p in art.people}
    return {
        "people": [{"name": n, "born": b} for n, b in sorted(people.items())],
        "duplicates": {a.id: a.duplicate_of for a in arts if a.duplicate_of},
        "wrong_ages": [
            a.id for a in arts if a.age != age_on(a.people[0].born, date.fromisoformat(a.published))
        ],
        "meetings": sorted(
            {
                (a.meeting.day.isoformat(), a.meeting.city[0], *sorted((a.people[0].name, a.people[1].name)))
                for a in arts
            }
        ),
    }


def pair(art: Article) -> list[str]:
    return sorted(p.name for p in art.people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True, help="JSONL file to write")
    parser.add_argument("--gold", help="also write the known facts as JSON here")
    args = parser.parse_args()
    world = World(args.articles, args.seed)
    with open(args.output, "w", encoding="utf-8") as out:
        for i in range(world.articles):
            out.write(json.dumps(to_record(article(world, i)), ensure_ascii=False) + "\n")
    if args.gold:
        with open(args.gold, "w", encoding="utf-8") as out:
            json.dump(gold(world), out, indent=1, ensure_ascii=False)
    print(f"wrote {world.articles} articles to {args.output}")


if __name__ == "__main__":
    main()
