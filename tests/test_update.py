"""Updating the graph after a few articles: the part they reach, and the same graph a rebuild gives."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from backends import BACKENDS, fresh_database
from test_dedupe import corpus

import limelight
import limelight.dedupe_update as copies_module
import limelight.update as update_module
from limelight.dedupe import find_duplicates
from limelight.models import ArticleFacts, LocalPerson
from limelight.resolve import link_keys, links_to, resolve_people

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"


def local(article: str, key: str, name: str, aliases=()) -> ArticleFacts:
    return ArticleFacts(article, people=[LocalPerson(key=key, name=name, aliases=list(aliases))])


def test_a_lone_first_name_links_to_the_full_names_it_could_be():
    assert link_keys(LocalPerson("p0", "Ivy")) == ["S:ivy"]
    keys = link_keys(LocalPerson("p0", "Ivy Marr", aliases=["Marr", "Roo"]))
    assert keys == ["F:ivy marr", "P:ivy", "K:roo"]
    assert set(links_to("S:ivy")) == {"S:ivy", "P:ivy", "K:ivy"} and links_to("P:ivy") == ["S:ivy"]
    assert links_to("F:ivy marr") == ["F:ivy marr"]  # full names join only with themselves


def test_people_resolved_in_a_scope_are_those_of_the_whole_corpus():
    facts = [local("a", "p0", "Ivy Marr"), local("b", "p0", "Ivy Marr"), local("c", "p0", "Tom Oduya")]
    everyone, _ = resolve_people(facts)
    scoped, person_of = resolve_people(facts, scope={("a", "p0"), ("b", "p0")})
    assert [p.id for p in scoped] == ["ivy-marr"] and set(person_of) == {("a", "p0"), ("b", "p0")}
    assert scoped[0].members == next(p for p in everyone if p.id == "ivy-marr").members


def one_file_per_article(tmp: Path) -> list[Path]:
    files = []
    for line in (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        path = tmp / f"{json.loads(line)['id']}.jsonl"
        path.write_text(line + "\n", encoding="utf-8")
        files.append(path)
    for page in sorted((DEV / "html").glob("*.html")):
        files.append(Path(shutil.copy(page, tmp / page.name)))
    return files


@pytest.mark.skipif(not (DEV / "articles.jsonl").is_file(), reason="dev corpus not present")
@pytest.mark.parametrize("backend", BACKENDS)
def test_articles_added_one_at_a_time_give_the_rebuilt_graph(tmp_path, backend, monkeypatch):
    files = one_file_per_article(tmp_path)
    random.Random(7).shuffle(files)
    updates = []
    plan = update_module.plan_update
    monkeypatch.setattr(update_module, "plan_update", lambda *a: updates.append(a[1]) or plan(*a))
    with (
        fresh_database(backend, tmp_path / "whole.db") as whole_db,
        fresh_database(backend, tmp_path / "growing.db") as growing_db,
    ):
        with limelight.open(whole_db, n_process=1) as ll:
            ll.ingest(files)
            whole = ll.export()
        assert not updates  # a first ingest rebuilds
        with limelight.open(growing_db, n_process=1) as ll:
            ll.ingest(files[:6])
            for path in files[6:]:
                ll.ingest([path])
            ll.ingest([files[3]])  # again, unchanged: nothing to do
            growing = ll.export()
    assert len(updates) == len(files) - 6
    assert json.dumps(growing, sort_keys=True) == json.dumps(whole, sort_keys=True)


def test_new_copies_are_found_in_the_stored_buckets_without_comparing_everything(tmp_path, monkeypatch):
    docs = {d.id: d for d in corpus()}
    passes = []
    full = copies_module._all_copies
    monkeypatch.setattr(copies_module, "_all_copies", lambda store: passes.append(1) or full(store))

    def add(ll, ident: str) -> dict[str, str]:
        ll.store.save_article(docs[ident], ArticleFacts(ident))
        ll.update([ident])
        return ll.store.duplicates_among(docs)

    with limelight.open(tmp_path / "db.sqlite") as ll:
        ll.store.save_article(docs["a-orig"], ArticleFacts("a-orig"))
        ll.rebuild()
        assert add(ll, "d-other") == {} and passes == [1]  # the first update builds the buckets
        assert add(ll, "c-spin") == {"c-spin": "a-orig"}  # the latest text: one look-up
        # a text dated before one it shares buckets with: that one is compared again
        assert add(ll, "b-copy") == {"b-copy": "a-orig", "c-spin": "a-orig"}
        assert add(ll, "e-undated") == {"b-copy": "a-orig", "c-spin": "a-orig", "e-undated": "a-orig"}
        assert passes == [1]
        ll.rebuild()
        assert ll.store.duplicates_among(docs) == find_duplicates(list(docs.values()))
