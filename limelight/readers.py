"""Reading input files into RawArticle records.

Owns file discovery (files and folders, recursively, in sorted order), decoding,
and the per-format parsing of ``.txt``, ``.jsonl`` (optionally gzipped) and
``.html``/``.htm`` inputs. Anything that cannot be read becomes a ReadProblem so
that one bad file never stops a batch. Cleaning happens later (``cleaning.py``).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from limelight.models import RawArticle, ReadProblem

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm")

# Scraped text files may start with " date 2023-05-14 Headline...".
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
CANONICAL_LINK = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
OG_URL = re.compile(r"<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*>", re.IGNORECASE)
HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadProblem]:
    """Every article in the given files and folders, or a problem for each bad input."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if input_kind(child) is not None:
                    yield from read_file(child)
        elif path.exists():
            if input_kind(path) is None:
                yield ReadProblem(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
            else:
                yield from read_file(path)
        else:
            yield ReadProblem(str(path), "no such file or folder")


def input_kind(path: Path) -> str | None:
    """ "txt", "jsonl" or "html" from the file name, None for files we do not read."""
    name = path.name.lower()
    if name.endswith(TEXT_SUFFIXES):
        return "txt"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


def article_id(path: Path) -> str:
    """The file name without its (possibly double) extension."""
    name = path.name
    for suffix in JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_file(path: Path) -> Iterator[RawArticle | ReadProblem]:
    """The articles of one supported file."""
    source = str(path)
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError) as err:
        yield ReadProblem(source, f"cannot read file: {err.strerror or err}")
        return
    text = decode(data)
    if isinstance(text, ReadProblem):
        text.source = source
        yield text
        return
    kind = input_kind(path)
    if kind == "jsonl":
        yield from parse_jsonl(text, source)
    elif kind == "html":
        yield parse_html_file(text, article_id(path), source)
    else:
        yield parse_text_file(text, article_id(path), source)


def decode(data: bytes) -> str | ReadProblem:
    """UTF-8 text (a BOM is dropped), or a problem saying why the bytes are not usable text."""
    if b"\x00" in data:
        return ReadProblem("", "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return ReadProblem("", f"not UTF-8 text (bad byte at offset {err.start})")
    if not text.strip():
        return ReadProblem("", "empty file")
    return text


def parse_text_file(text: str, ident: str, source: str) -> RawArticle:
    """A plain-text article; the date prefix of the first line sets ``published``."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    match = DATE_PREFIX.match(first_line)
    return RawArticle(id=ident, source=source, published=match.group(1) if match else None, text=text)


def parse_html_file(html: str, ident: str, source: str) -> RawArticle:
    """A web page; its URL comes from the canonical link (or og:url) when it has one."""
    return RawArticle(id=ident, source=source, url=page_url(html), html=html)


def page_url(html: str) -> str | None:
    """The canonical URL a page declares, else its og:url."""
    for pattern in (CANONICAL_LINK, OG_URL):
        tag = pattern.search(html)
        if tag:
            href = HREF.search(tag.group(0))
            if href and href.group(1).strip():
                return href.group(1).strip()
    return None


def parse_jsonl(text: str, path: str) -> Iterator[RawArticle | ReadProblem]:
    """One article per non-blank line; a bad line is reported and skipped."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadProblem(source, f"invalid JSON ({err.msg})")
            continue
        yield record_to_article(record, source)


def record_to_article(record: object, source: str) -> RawArticle | ReadProblem:
    """A RawArticle from one JSON object, or the reason it is not one."""
    if not isinstance(record, dict):
        return ReadProblem(source, "record is not a JSON object")
    ident = record.get("id")
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str) or not ident.strip():
        return ReadProblem(source, "record has no id")
    text, html = optional_str(record.get("text")), optional_str(record.get("html"))
    if not (text and text.strip()) and not (html and html.strip()):
        return ReadProblem(source, f"record {ident!r} has neither text nor html")
    published = optional_str(record.get("published"))
    return RawArticle(
        id=ident.strip(),
        source=source,
        url=optional_str(record.get("url")) or (page_url(html) if html else None),
        title=optional_str(record.get("title")),
        published=published.strip() if published and published.strip() else None,
        text=text if text and text.strip() else None,
        html=html if html and html.strip() else None,
    )


def optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None
