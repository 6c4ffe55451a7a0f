"""End to end over ../shared/seeds through the CLI: the seed gold's facts come out of the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from backends import BACKENDS, fresh_database
from typer.testing import CliRunner

from limelight.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "dev" / "seeds.gold.json"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir() or not GOLD.is_file(), reason="../shared/seeds not present"
)


@pytest.fixture(scope="module", params=BACKENDS)
def export(request, tmp_path_factory):
    with fresh_database(request.param, tmp_path_factory.mktemp("seeds") / "seeds.db") as db:
        runner = CliRunner()
        ingested = runner.invoke(app, ["ingest", "--db", db, str(SEEDS)])
        assert ingested.exit_code == 0, ingested.output
        out = runner.invoke(app, ["export", "--db", db, "-o", "-"])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


def names_by_id(export):
    return {p["id"]: p["name"] for p in export["people"]}


def test_every_gold_person_and_no_other(export, gold):
    assert {p["name"] for p in export["people"]} == {p["name"] for p in gold["people"]}


def test_gold_ages(export, gold):
    names = names_by_id(export)
    got = {(names[a["person"]], a["age"], a["article"]) for a in export["ages"]}
    assert got == {(a["person"], a["age"], a["article"]) for a in gold["ages"]}


def test_gold_meetings_with_dates_and_cities(export, gold):
    names = names_by_id(export)
    got = {
        (frozenset(names[p] for p in e["participants"]), e["date"], e["place"]["city"])
        for e in export["events"]
    }
    for m in gold["meetings"]:
        if m.get("optional"):
            continue
        matches = [g for g in got if set(m["participants"]) <= g[0]]
        assert any(date == m["date"] and city in m["city"] for _, date, city in matches), m


def test_gold_relations(export, gold):
    names = names_by_id(export)
    symmetric = {"friend_of", "ex_spouse_of", "spouse_of", "partner_of", "ex_partner_of", "sibling_of"}

    def key(s, p, o):
        return (p, frozenset((s, o))) if p in symmetric else (p, s, o)

    got = {key(names[r["subject"]], r["predicate"], names[r["object"]]) for r in export["relations"]}
    assert {key(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]} <= got


def test_quotes_and_speakers(export, gold):
    names = names_by_id(export)
    got = [(names.get(q["speaker"]), q["text"]) for q in export["quotes"]]
    for g in gold["quotes"]:
        if g.get("optional"):
            continue
        words = set(g["text"].lower().split()[:6])
        said = [(spk, set(t.lower().replace("’", "'").split())) for spk, t in got]
        assert any(spk == g["speaker"] and words <= text for spk, text in said), g


def test_every_fact_keeps_its_evidence(export):
    for e in export["events"]:
        assert all(s["evidence"].strip() for s in e["sources"])
    assert all(a["evidence"].strip() for a in export["ages"])
