import gzip
import json

from limelight.models import RawArticle, ReadProblem
from limelight.readers import read_paths


def read_all(*paths):
    return list(read_paths(paths))


def test_txt_with_date_prefix(tmp_path):
    path = tmp_path / "a1.txt"
    path.write_text(" date 2021-03-04 A headline here\n\nBody text.\n", encoding="utf-8")
    [article] = read_all(path)
    assert article == RawArticle(id="a1", source=str(path), published="2021-03-04", text=path.read_text())


def test_txt_without_prefix_has_no_date(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("\nPlain headline\n\nBody.", encoding="utf-8")
    [article] = read_all(path)
    assert article.published is None and article.text.startswith("\nPlain")


def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"id": "x1", "url": "https://a.example/1", "text": "Head\n\nBody", "published": "2020-01-02"}
        ),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"url": "https://a.example/2", "text": "no id"}),
        json.dumps({"id": "x3"}),
        "",
        json.dumps({"id": "x4", "html": "<html><body><p>Hi</p></body></html>", "title": "T"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawArticle"] + ["ReadProblem"] * 4 + ["RawArticle"]
    assert items[0].source == f"{path}:1" and items[0].published == "2020-01-02"
    assert [p.source for p in items[1:5]] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "id" in items[3].reason and "neither text nor html" in items[4].reason
    assert items[5].html and items[5].title == "T" and items[5].source == f"{path}:7"


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"id": "z", "text": "Hello"}).encode()))
    [article] = read_all(path)
    assert article.id == "z"


def test_html_canonical_url(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><head><link rel="canonical" href="https://x.example/a/b"></head></html>')
    [article] = read_all(path)
    assert article.id == "page" and article.url == "https://x.example/a/b" and article.html


def test_folder_is_recursive_sorted_and_skips_unknown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\nbody")
    (tmp_path / "a.txt").write_text("A\n\nbody")
    (tmp_path / "notes.md").write_text("ignored")
    assert [a.id for a in read_all(tmp_path)] == ["a", "b"]


def test_bad_files_become_problems(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes("\ufeffHead\n\nBody".encode())
    explicit = tmp_path / "notes.md"
    explicit.write_text("x")
    items = read_all(tmp_path, explicit, tmp_path / "missing.txt")
    problems = {p.source.rsplit("/", 1)[-1]: p.reason for p in items if isinstance(p, ReadProblem)}
    assert "binary" in problems["binary.txt"]
    assert "empty" in problems["empty.txt"]
    assert "UTF-8" in problems["latin.txt"]
    assert "unsupported" in problems["notes.md"]
    assert "no such" in problems["missing.txt"]
    [good] = [a for a in items if isinstance(a, RawArticle)]
    assert good.id == "bom" and good.text.startswith("Head")
