"""The Ray engine gives what the plain engine gives: same export, same report, same problems.

One local Ray for the whole module (started by the fixture, reused by every ingest).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warc_helpers import ARTICLES, write_warc

import limelight
from limelight import engine, engine_ray
from limelight.cli import app
from limelight.models import RawArticle, ReadProblem

pytest.importorskip("ray.data")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_INPUTS = [SHARED / "dev" / "articles.jsonl", SHARED / "dev" / "html", SHARED / "seeds"]


@pytest.fixture(scope="module")
def ray_running():
    with engine_ray.ray_session(workers=2) as ray:
        yield ray


def ingest(db: Path, inputs: list, **settings) -> tuple[dict, limelight.api.IngestReport]:
    with limelight.open(db, **settings) as ll:
        report = ll.ingest(inputs)
        return ll.export(), report


def same_report(a, b) -> None:
    assert (a.read, a.new, a.changed, a.unchanged, a.facts_added, a.knowledge) == (
        b.read,
        b.new,
        b.changed,
        b.unchanged,
        b.facts_added,
        b.knowledge,
    )
    assert a.skipped == b.skipped


@pytest.mark.skipif(not DEV_INPUTS[0].is_file(), reason="dev corpora not present")
def test_dev_corpora_give_the_plain_engines_export(tmp_path, ray_running):
    plain, plain_report = ingest(tmp_path / "plain.db", DEV_INPUTS, engine="local")
    steps: list[tuple[int, int | None]] = []
    with limelight.open(
        tmp_path / "ray.db", engine="ray", n_process=2, facts_dir=str(tmp_path / "facts")
    ) as ll:
        ray_report = ll.ingest(DEV_INPUTS, progress=lambda done, total: steps.append((done, total)))
        on_ray = ll.export()
    assert json.dumps(on_ray, sort_keys=True) == json.dumps(plain, sort_keys=True)
    same_report(ray_report, plain_report)
    assert plain_report.new > 20 and not plain_report.skipped
    # Progress: results counted while Ray works, then every stored one out of the total.
    assert steps[0][1] is None and steps[-1] == (plain_report.read, plain_report.read)
    assert list((tmp_path / "facts").glob("facts-*.parquet"))  # --facts-dir keeps the Parquet


def bad_and_warc_inputs(tmp: Path) -> list[Path]:
    write_warc(tmp / "crawl.warc.gz", gzip=True, broken_tail=False)
    write_warc(tmp / "broken.warc", broken_tail=True)
    (tmp / "batch.jsonl").write_text(
        json.dumps(
            {
                "id": "j1",
                "text": "Painter Ines Okafor meets Rui Tan\n\nPainter Ines Okafor met "
                "Rui Tan in Porto on June 2, 2024.",
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    return [tmp / "crawl.warc.gz", tmp / "broken.warc", tmp / "batch.jsonl", tmp / "missing.txt"]


def test_warc_and_bad_inputs_on_both_engines_and_the_cli(tmp_path, ray_running):
    inputs = bad_and_warc_inputs(tmp_path)
    plain, plain_report = ingest(tmp_path / "plain.db", inputs, engine="local")
    db = tmp_path / "ray.db"
    args = ["ingest", "--engine", "ray", "-j", "2", "--db", str(db), "--json", *map(str, inputs)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # exit 1: some inputs were skipped
    assert json.loads(result.stdout) == plain_report.to_dict()
    with limelight.open(db) as ll:
        assert json.dumps(ll.export(), sort_keys=True) == json.dumps(plain, sort_keys=True)
    urls = {a["url"] for a in plain["articles"]}
    assert {ARTICLES[0][0], ARTICLES[1][0]} <= urls
    skipped = dict(plain_report.skipped)
    assert any(s.startswith(f"{tmp_path / 'broken.warc'}@") for s in skipped)
    assert f"{tmp_path / 'batch.jsonl'}:2" in skipped and str(tmp_path / "missing.txt") in skipped


def test_process_takes_articles_and_keeps_their_order(ray_running):
    items = [
        RawArticle(
            id=f"m{n}",
            source=f"mem:{n}",
            text=f"Singer Ada Vos meets Kai Lund\n\nSinger Ada Vos met Kai Lund in Oslo on May {n + 1}.",
        )
        for n in range(9)
    ]
    items.insert(7, ReadProblem("mem:bad", "record has no id"))
    on_ray = list(engine_ray.process(items, workers=2, batch_size=4))
    assert on_ray == list(engine.process(items, batch_size=4))
    assert on_ray[7] == items[7] and len(on_ray) == len(items)


def test_unknown_engine_is_a_clear_error(tmp_path):
    with pytest.raises(limelight.LimelightError, match="engine must be one of"):
        limelight.open(tmp_path / "x.db", engine="spark")


def test_a_failing_worker_is_one_clear_error_and_stores_nothing(tmp_path, ray_running):
    path = tmp_path / "one.txt"
    path.write_text("Headline\n\nA body paragraph long enough to keep.\n", encoding="utf-8")
    with limelight.open(tmp_path / "x.db", engine="ray", model="no_such_model_here") as ll:
        with pytest.raises(limelight.LimelightError, match="nothing was stored.*no_such_model_here"):
            ll.ingest([path])
        assert ll.stats()["articles"] == 0
