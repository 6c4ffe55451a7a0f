"""Two outlets giving one tour a different number of dates: a ``number`` conflict, end to end."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from limelight.cli import app

ARTICLES = [
    {
        "id": "t1",
        "url": "https://one.example.com/tour",
        "published": "2024-05-01",
        "text": "Tour news\n\nPop singer Nadia Ferro announced her 24-date arena tour on Monday.",
    },
    {
        "id": "t2",
        "url": "https://two.example.org/ferro",
        "published": "2024-05-02",
        "text": "Ferro hits the road\n\nSinger Nadia Ferro will play a 26-date arena tour, her label said.",
    },
    {
        "id": "t3",
        "url": "https://three.example.net/ferro",
        "published": "2024-05-03",
        "text": "Ferro dates\n\nSinger Nadia Ferro confirmed her 24-date arena tour to fans.",
    },
]


def test_a_count_stated_differently_is_listed_with_its_articles(tmp_path, db_url):
    source = tmp_path / "tour.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", db_url, str(source)]).exit_code == 0
    result = runner.invoke(app, ["conflicts", "--db", db_url, "--json"])
    conflicts = json.loads(result.stdout)
    assert [c["kind"] for c in conflicts] == ["number"]
    assert conflicts[0]["articles"] == ["t1", "t2", "t3"]
    assert "24 in t1, t3; 26 in t2" in conflicts[0]["description"]
