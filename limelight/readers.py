"""Reading input files into RawArticle records.

Owns file discovery (files and folders, recursively, in sorted order), decoding,
and the per-format parsing of ``.txt``, ``.jsonl`` (optionally gzipped), ``.html``/``.htm``
and web archives (``.warc``, ``.warc.gz``). Anything that cannot be read becomes a
ReadProblem so that one bad file never stops a batch. JSONL and WARC files are streamed,
so a large shard is never held in memory whole. Cleaning happens later (``cleaning.py``).

A problem's ``source`` is the file, ``file:line`` for a JSONL line, or ``file@offset``
for a WARC record (its byte offset in the file).
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from limelight.models import RawArticle, ReadProblem

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")

# Scraped text files may start with " date 2023-05-14 Headline...".
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
CANONICAL_LINK = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
OG_URL = re.compile(r"<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*>", re.IGNORECASE)
HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
SLUG_CHARS = re.compile(r"[^a-z0-9]+")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadProblem]:
    """Every article in the given files and folders, or a problem for each bad input."""
    for found in input_files(paths):
        if isinstance(found, ReadProblem):
            yield found
        else:
            yield from read_file(found)


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """The readable files under ``paths`` in reading order, or a problem for each bad path."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if input_kind(child) is not None:
                    yield child
        elif path.exists():
            if input_kind(path) is None:
                yield ReadProblem(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
            else:
                yield path
        else:
            yield ReadProblem(str(path), "no such file or folder")


def input_kind(path: Path) -> str | None:
    """ "txt", "jsonl", "html" or "warc" from the file name, None for files we do not read."""
    name = path.name.lower()
    for kind, suffixes in (
        ("txt", TEXT_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("warc", WARC_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
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
    kind = input_kind(path)
    if kind == "jsonl":
        yield from read_jsonl(path)
        return
    if kind == "warc":
        yield from read_warc(path)
        return
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield ReadProblem(source, f"cannot read file: {err.strerror or err}")
        return
    text = decode(data)
    if isinstance(text, ReadProblem):
        text.source = source
        yield text
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


# ----------------------------------------------------------------- JSONL


def open_binary(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def read_jsonl(path: Path) -> Iterator[RawArticle | ReadProblem]:
    """One article per non-blank line, streamed; a bad line is reported and skipped."""
    source, number, seen = str(path), 0, False
    try:
        with open_binary(path) as stream:
            for number, data in enumerate(stream, start=1):
                if number == 1:
                    data = data.removeprefix(codecs.BOM_UTF8)
                if not data.strip():
                    continue
                if not seen and b"\x00" in data:
                    yield ReadProblem(source, "binary file (contains NUL bytes)")
                    return
                seen = True
                yield parse_jsonl_line(data, f"{source}:{number}")
    except (OSError, EOFError, zlib.error) as err:
        where = f"{source}:{number + 1}" if number else source
        yield ReadProblem(where, f"cannot read file: {getattr(err, 'strerror', None) or err}")
        return
    if not seen:
        yield ReadProblem(source, "empty file")


def parse_jsonl_line(data: bytes, source: str) -> RawArticle | ReadProblem:
    try:
        line = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return ReadProblem(source, f"not UTF-8 text (bad byte at offset {err.start})")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return ReadProblem(source, f"invalid JSON ({err.msg})")
    return record_to_article(record, source)


def record_to_article(record: object, source: str) -> RawArticle | ReadProblem:
    """A RawArticle from one JSON object, or the reason it is not one."""
    if not isinstance(record, dict):
        return ReadProblem(source, "record is not a JSON object")
    ident = record.get("id")
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str) or not ident.strip():
        return ReadProblem(source, "record has no id")
    text, html = first_str(record, TEXT_FIELDS), first_str(record, HTML_FIELDS)
    if not (text and text.strip()) and not (html and html.strip()):
        return ReadProblem(source, f"record {ident!r} has neither text nor html")
    published = first_str(record, PUBLISHED_FIELDS)
    return RawArticle(
        id=ident.strip(),
        source=source,
        url=first_str(record, URL_FIELDS) or (page_url(html) if html else None),
        title=first_str(record, TITLE_FIELDS),
        published=published.strip() if published and published.strip() else None,
        text=text if text and text.strip() else None,
        html=html if html and html.strip() else None,
    )


# The names scrapers give these fields (news-please, trafilatura, newspaper, schema.org, our own).
TEXT_FIELDS = ("text", "maintext", "content", "body", "article_text", "articleBody")
HTML_FIELDS = ("html", "raw_html")
PUBLISHED_FIELDS = ("published", "date_publish", "date_published", "datePublished", "publish_date", "date")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source_url")


def first_str(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of several field names the record has a non-empty string for."""
    return next((v for v in map(record.get, names) if isinstance(v, str) and v.strip()), None)


# ----------------------------------------------------------------- WARC


def read_warc(path: Path) -> Iterator[RawArticle | ReadProblem]:
    """The HTML pages of a web archive: response (or resource) records with status 200.

    Other records (requests, metadata, images, redirects) are skipped without a word; a
    malformed record ends the file with a problem naming its offset, keeping what came before.
    """
    from warcio.archiveiterator import ArchiveIterator  # only WARC input pays for the import

    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as err:
        yield ReadProblem(source, f"cannot read file: {err.strerror or err}")
        return
    with stream:
        records = ArchiveIterator(stream)
        while True:
            offset = records.offset  # where the next record starts
            try:
                record = next(records, None)
                if record is None:
                    return
                article = warc_article(record, f"{source}@{offset}")
                records.read_to_end()
            except Exception as err:  # warcio raises many kinds on broken input
                yield ReadProblem(f"{source}@{offset}", f"malformed WARC record: {reason(err)}")
                return
            if article is not None:
                yield article


def warc_article(record, source: str) -> RawArticle | None:
    """A RawArticle for an HTML page record, None for every other record."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if not uri:
        return None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.content_type or ""
    if content_type.split(";", 1)[0].strip().lower() not in HTML_TYPES:
        return None
    html = decode_page(record.content_stream().read(), content_type)
    if not html.strip():
        return None
    return RawArticle(
        id=warc_article_id(uri),
        source=source,
        url=uri,
        html=html,
        crawled=record.rec_headers.get_header("WARC-Date"),
    )


def decode_page(body: bytes, content_type: str) -> str:
    """A page's text in the charset its header names (else UTF-8); bad bytes become U+FFFD."""
    match = CHARSET.search(content_type)
    charset = match.group(1) if match else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return body.decode(charset, errors="replace").removeprefix("\ufeff")


def warc_article_id(uri: str) -> str:
    """A stable, readable id for a captured page: its last path segment plus a hash of its URL.

    The same URL captured twice is one article (a later capture replaces the earlier one).
    """
    path = uri.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    slug = SLUG_CHARS.sub("-", path.rsplit("/", 1)[-1].lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}" if slug else digest


def reason(err: Exception) -> str:
    text = " ".join(str(err).split())[:200]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
