"""The benchmark corpus generator (bench/synth.py): reproducible from a seed, and its facts agree
with its texts."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synth  # noqa: E402


def records(world: synth.World) -> list[dict]:
    return [synth.to_record(synth.article(world, i)) for i in range(world.articles)]


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert records(synth.World(300, 5)) == records(synth.World(300, 5))
    assert records(synth.World(300, 5)) != records(synth.World(300, 6))


def test_any_article_can_be_made_alone_in_any_order():
    world = synth.World(300, 2)
    forward = records(world)
    synth.person.cache_clear()
    synth.meeting.cache_clear()
    backward = [synth.to_record(synth.article(world, i)) for i in reversed(range(world.articles))]
    assert forward == backward[::-1]


def test_facts_point_at_their_evidence_in_the_text():
    world = synth.World(300, 3)
    for i in range(world.articles):
        doc, facts = synth.article_facts(world, i)
        assert doc.id == facts.article
        evidence = [a.evidence for a in facts.ages] + [m.evidence for m in facts.meetings]
        evidence += [q.evidence for q in facts.quotes] + [r.evidence for r in facts.relations]
        for ev in evidence:
            assert doc.text[ev.start : ev.end] == ev.text
        for p in facts.people:
            assert p.mentions, p.name
            for start, end in p.mentions:
                assert doc.text[start:end] in (p.name, p.name.split()[-1])
        assert str(facts.ages[0].age) in facts.ages[0].evidence.text


def test_gold_knows_the_copies_and_the_wrong_ages():
    world = synth.World(2000, 4)
    gold = synth.gold(world)
    arts = {a.id: a for a in (synth.article(world, i) for i in range(world.articles))}
    assert gold["duplicates"] and gold["wrong_ages"]
    for copy, original in gold["duplicates"].items():
        assert original < copy
        assert arts[copy].paragraphs == arts[original].paragraphs
        assert arts[original].duplicate_of is None
    born = {p["name"]: date.fromisoformat(p["born"]) for p in gold["people"]}
    for art in arts.values():
        true_age = synth.age_on(born[art.people[0].name], date.fromisoformat(art.published))
        assert (art.age != true_age) == (art.id in gold["wrong_ages"])
    assert 0.02 < len(gold["duplicates"]) / world.articles < 0.1
