import gzip
import json

from warc_helpers import ARTICLES, CRAWL_DATE, page, write_warc

from limelight.cleaning import clean
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


# ----------------------------------------------------------------- streamed JSONL


def test_jsonl_bad_bytes_spoil_only_their_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Head\n\nBody"}).encode()
    path.write_bytes(
        good + b"\n" + b'{"id": "caf\xe9", "text": "x"}\n' + good.replace(b"ok", b"ok2") + b"\r\n"
    )
    items = read_all(path)
    assert [getattr(i, "id", None) for i in items] == ["ok", None, "ok2"]
    assert items[1].source == f"{path}:2" and "UTF-8" in items[1].reason


def test_truncated_gzip_keeps_the_lines_before(tmp_path):
    lines = "".join(json.dumps({"id": f"r{n}", "text": "Head\n\nBody " * 50}) + "\n" for n in range(50))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read_all(path)
    assert isinstance(items[-1], ReadProblem) and "cannot read" in items[-1].reason
    assert items[0].id == "r0" and all(isinstance(i, RawArticle) for i in items[:-1])


def test_empty_jsonl_is_a_problem(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n")
    [problem] = read_all(path)
    assert problem == ReadProblem(str(path), "empty file")


# ----------------------------------------------------------------- WARC


def test_warc_html_responses_become_articles(tmp_path):
    path = write_warc(tmp_path / "crawl.warc")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle"]  # no image, 404, request
    first, second = items
    assert first.url == ARTICLES[0][0] and second.url == ARTICLES[1][0]
    assert first.html.startswith("<!doctype html>") and ARTICLES[0][1] in first.html
    assert first.crawled == CRAWL_DATE and first.published is None
    assert first.id.startswith("harbour-gala-night-") and first.id != second.id
    assert first.source == f"{path}@0" and second.source.startswith(f"{path}@")
    assert read_all(path) == items  # ids and sources are stable across reads


def test_gzipped_warc_and_folder_discovery(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", gzip=True)
    (tmp_path / "crawl.cdx").write_text("not read")
    items = read_all(tmp_path)
    assert [i.url for i in items] == [ARTICLES[0][0], ARTICLES[1][0]]


def test_malformed_warc_names_file_and_offset_and_keeps_earlier_records(tmp_path):
    path = write_warc(tmp_path / "broken.warc", broken_tail=True)
    *articles, problem = read_all(path)
    assert len(articles) == 2
    offset = path.stat().st_size - len(b"this is not a WARC record\r\n\r\n")
    assert problem.source == f"{path}@{offset}" and "malformed WARC" in problem.reason
    not_warc = tmp_path / "plain.warc"
    not_warc.write_text("hello\n")
    [problem] = read_all(not_warc)
    assert problem.source == f"{not_warc}@0" and "malformed WARC" in problem.reason


def test_warc_date_is_only_a_fallback():
    undated = RawArticle(
        id="u",
        source="s",
        url="https://x.example/a",
        html=page("Title", ["Body " * 30]).decode(),
        crawled=CRAWL_DATE,
    )
    assert clean(undated).published == "2024-02-20"
    dated = RawArticle(
        id="d",
        source="s",
        url="https://x.example/2023/05/07/a",
        html=page("Title", ["Body " * 30]).decode(),
        crawled=CRAWL_DATE,
    )
    assert clean(dated).published == "2023-05-07"


def test_jsonl_fields_as_other_scrapers_name_them(tmp_path):
    path = tmp_path / "scraped.jsonl"
    record = {
        "id": "n1",
        "maintext": "Ada met Ken.",
        "date_publish": "2021-05-06 10:00:00",
        "headline": "Met",
        "link": "https://a.example/n1",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = read_all(path)
    assert (article.text, article.published, article.title, article.url) == (
        "Ada met Ken.",
        "2021-05-06 10:00:00",
        "Met",
        "https://a.example/n1",
    )
