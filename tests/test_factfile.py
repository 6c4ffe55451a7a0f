"""Parquet facts files: what is written is what is read back, object for object."""

from __future__ import annotations

from conftest import make_document

from limelight import factfile
from limelight.engine import Processed, process_chunk
from limelight.models import (
    AgeFact,
    ArticleFacts,
    Block,
    CountFact,
    Document,
    Evidence,
    LocalPerson,
    MeetingFact,
    QuoteFact,
    RawArticle,
    ReadProblem,
    RelationFact,
)
from limelight.nlp import DEFAULT_MODEL


def full_article() -> Processed:
    """Every kind of field: tuples, None, empty and non-empty lists, text beyond ASCII."""
    text = "Zoë Mascarini meets Ilya Dorn\n\nZoë Mascarini, 29, met Ilya Dorn in Lyon. « Merci », she said."
    doc = Document(
        id="a-1",
        source="in/batch.jsonl:3",
        url="https://paper.example/a-1",
        outlet="paper.example",
        title="Zoë Mascarini meets Ilya Dorn",
        published=None,
        language="en",
        text=text,
        blocks=[
            Block("headline", 0, 29),
            Block("body", 31, len(text), credit=None),
            Block("caption", 5, 9, "Wire"),
        ],
        removed=["Related posts", ""],
        original="  " + text,
        offsets=[(0, 2, 29), (31, 33, len(text) - 31)],
    )
    ev = Evidence("Zoë Mascarini, 29, met Ilya Dorn in Lyon.", 31, 72)
    facts = ArticleFacts(
        article="a-1",
        people=[
            LocalPerson("p0", "Zoë Mascarini", aliases=["Zoë"], descriptors=[], mentions=[(0, 13), (31, 44)]),
            LocalPerson("p1", "Ilya Dorn", birth_names=["Ilya Dornovsky"]),
        ],
        ages=[AgeFact("p0", 29, None, ev)],
        meetings=[MeetingFact(["p0", "p1"], "2024-05-01", ev, city="Lyon", country="France")],
        quotes=[QuoteFact(None, "Merci", ev), QuoteFact("p0", "Merci", ev, medium="radio")],
        relations=[RelationFact("p0", "friend_of", "p1", ev)],
        counts=[CountFact("p0", "children", 2, "2024-05-01", ev)],
    )
    return Processed(doc, facts)


def test_round_trip_is_lossless(tmp_path):
    results = [
        full_article(),
        ReadProblem("in/batch.jsonl:4", "invalid JSON (Expecting value)"),
        Processed(make_document("Plain headline", "One paragraph."), ArticleFacts(article="t1")),
    ]
    assert factfile.write_results(tmp_path, results) == 3
    assert factfile.count_results(tmp_path) == 3
    back = list(factfile.read_results(tmp_path))
    assert back == results
    assert isinstance(back[0].document.offsets[0], tuple) and isinstance(
        back[0].facts.people[0].mentions[0], tuple
    )


def test_engine_output_round_trips(tmp_path, nlp):  # nlp: the pipeline, loaded once per session
    raw = RawArticle(
        id="r1",
        source="test",
        text="Sculptor Nell Abernathy, 52, meets poet Lio Santos\n\n"
        "Sculptor Nell Abernathy, 52, met poet Lio Santos at a gallery in Boston on March 3, 2024.\n\n"
        '"It was a long talk," Abernathy said.',
    )
    results = process_chunk([raw, ReadProblem("x.txt", "empty file")], DEFAULT_MODEL)
    assert isinstance(results[0], Processed) and results[0].facts.people
    factfile.write_results(tmp_path, results)
    assert list(factfile.read_results(tmp_path)) == results


def test_many_files_keep_their_order(tmp_path, monkeypatch):
    monkeypatch.setattr(factfile, "ROWS_PER_FILE", 2)
    problems = [ReadProblem(f"f{n}.txt", "empty file") for n in range(7)]
    with factfile.FactsWriter(tmp_path) as writer:
        for n in range(0, 7, 2):
            writer.write(
                factfile.results_table(problems[n : n + 2], [(k, 0) for k in range(n, min(n + 2, 7))])
            )
    assert writer.files == 4 and len(list(tmp_path.glob(factfile.FACTS_GLOB))) == 4
    assert list(factfile.read_results(tmp_path)) == problems
    factfile.write_results(tmp_path, problems[:1])  # a new run replaces the old files
    assert list(factfile.read_results(tmp_path)) == problems[:1]


def test_text_arrow_cannot_hold_becomes_a_problem():
    bad = Processed(make_document("Broken \ud800 text", "Body."), ArticleFacts(article="t1"))
    table = factfile.results_table([full_article(), bad], [(0, 0), (1, 0)])
    good, problem = factfile.results_from_table(table)
    assert good == full_article()
    assert isinstance(problem, ReadProblem) and problem.source == "test" and "cannot keep" in problem.reason


def test_missing_fields_of_older_files_get_defaults():
    plain = factfile.to_plain(Document, full_article().document)
    del plain["offsets"], plain["removed"]
    doc = factfile.from_plain(Document, plain)
    assert doc.offsets == [] and doc.removed == [] and doc.text == full_article().document.text


def test_raw_rows_round_trip():
    items = [
        RawArticle(id="a", source="s", html="<p>x</p>", crawled="2024-01-01T00:00:00Z"),
        ReadProblem("p", "r"),
    ]
    rows = [factfile.raw_row(item, (n, 0)) for n, item in enumerate(items)] + [
        factfile.raw_row("in/x.warc", (2, 0))
    ]
    back = list(factfile.raw_from_table(factfile.raw_table(rows)))
    assert back == [((0, 0), items[0]), ((1, 0), items[1]), ((2, 0), "in/x.warc")]
