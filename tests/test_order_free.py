"""The export does not depend on the order in which articles arrive, nor on ingesting in halves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from backends import BACKENDS, fresh_database

import limelight

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CORPUS = DEV if (DEV / "articles.jsonl").is_file() else SAMPLES

pytestmark = pytest.mark.skipif(not (CORPUS / "articles.jsonl").is_file(), reason="dev corpus not present")


def export_after(db: str, *batches: list[Path]) -> str:
    with limelight.open(db) as ll:
        for batch in batches:
            ll.ingest(batch)
        return json.dumps(ll.export(), sort_keys=True)


def reversed_copy(tmp: Path) -> Path:
    """The JSONL records in reverse order, in a file of their own."""
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    out = tmp / "reversed.jsonl"
    out.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_orders_and_two_halves_give_one_export(tmp_path, backend):
    jsonl, html = CORPUS / "articles.jsonl", CORPUS / "html"
    with (
        fresh_database(backend, tmp_path / "a.db") as a,
        fresh_database(backend, tmp_path / "b.db") as b,
        fresh_database(backend, tmp_path / "c.db") as c,
    ):
        forward = export_after(a, [jsonl, html])
        backward = export_after(b, [html, reversed_copy(tmp_path)])
        halves = export_after(c, [html], [jsonl])
    assert forward == backward
    assert forward == halves
