"""Tiny web archives for the tests, written with warcio: invented pages, never the dev corpora."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""

ARTICLES = [
    (
        "https://gazette.example/culture/harbour-gala-night",
        "Pianist Ilona Varga and chef Tomasz Brill met at the harbour gala",
        [
            "Pianist Ilona Varga, 41, met chef Tomasz Brill at the Lantern Hall in Dublin "
            "on Saturday night, where the two shared a table for most of the evening.",
            '"We talked about bread and Brahms," Varga told the Gazette afterwards.',
        ],
    ),
    (
        "https://daily-ledger.example/people/brill-new-restaurant",
        "Chef Tomasz Brill opens a second restaurant",
        [
            "Chef Tomasz Brill, 38, opened his second restaurant in Cork on Monday, "
            "a year after his first won a regional award.",
            "Brill said his sister, the architect Hanna Brill, designed the dining room.",
        ],
    ),
]
CRAWL_DATE = "2024-02-20T08:15:00Z"


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, paragraphs=body).encode("utf-8")


def response(writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str = "200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": CRAWL_DATE},
    )


def write_warc(path: Path, gzip: bool = False, broken_tail: bool = False) -> Path:
    """Two article pages, plus an image, a 404 page and a request record (none an article).

    ``broken_tail`` appends bytes that are no WARC record, after the good ones.
    """
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        first_uri, first_title, first_paras = ARTICLES[0]
        writer.write_record(
            response(writer, first_uri, page(first_title, first_paras), "text/html; charset=utf-8")
        )
        writer.write_record(
            writer.create_warc_record(
                first_uri,
                "request",
                payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                warc_content_type="application/http",
            )
        )
        writer.write_record(
            response(writer, "https://gazette.example/logo.png", b"\x89PNG\r\n\x1a\nfake", "image/png")
        )
        writer.write_record(
            response(
                writer,
                "https://gazette.example/gone",
                page("Gone", ["Nothing here."]),
                "text/html",
                "404 Not Found",
            )
        )
        uri, title, paras = ARTICLES[1]
        writer.write_record(response(writer, uri, page(title, paras), "text/html"))
        if broken_tail:
            out.write(b"this is not a WARC record\r\n\r\n")
    return path
