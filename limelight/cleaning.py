"""Cleaning a RawArticle into a Document the extractors can read.

Owns Unicode normalisation, headline / body / caption segmentation (including photo
captions glued together with their credits), boilerplate removal, the publication
date, the outlet and the language. Every character of ``Document.text`` that comes
from the input keeps its offset back to ``Document.original``. Web pages are first
reduced to plain text (headline, main-text paragraphs, figure captions) and then
cleaned like any text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from lxml import etree
from lxml import html as lxml_html

from limelight.errors import LimelightError
from limelight.language import detect_language
from limelight.models import Block, Document, RawArticle

__all__ = ["CleaningError", "clean", "normalise", "outlet_of"]

# Math alphanumerics (𝐋𝐨𝐯𝐞, 𝑇ℎ𝑒, 𝓝𝓮𝓸𝓷), letterlike symbols (ℎ), enclosed letters,
# full-width forms and ligatures: decorative variants of plain letters.
FANCY_RANGES = ((0x1D400, 0x1D7FF), (0x2100, 0x214F), (0x2460, 0x24FF), (0xFF01, 0xFF5E), (0xFB00, 0xFB06))
DROPPED_CHARS = {"\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"}
ZWJ = "\u200d"


def is_fancy(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in FANCY_RANGES)


def normalise(original: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from in ``original``.

    Only decorative letters are folded with NFKC: a blanket NFKC would also rewrite
    "…" and "™", and curly quotes must stay as they are for quote extraction.
    """
    out: list[str] = []
    pos: list[int] = []
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        cluster = original[i:j]
        if ch == "\r":
            piece = "" if original[j : j + 1] == "\n" else "\n"
        elif ch in DROPPED_CHARS:
            piece = ""
        elif ch == ZWJ:
            # A joiner between emoji builds one emoji (❤️‍🔥); between letters it is noise.
            piece = ZWJ if out and not out[-1][-1:].isalnum() else ""
        elif ch in "\t\v\f" or (unicodedata.category(ch) == "Zs" and ch != " "):
            piece = " "
        elif is_fancy(ch):
            piece = unicodedata.normalize("NFKC", cluster)
        else:
            piece = unicodedata.normalize("NFC", cluster)
        for c in piece:
            out.append(c)
            pos.append(i)
        i = j
    return "".join(out), pos


class CleaningError(LimelightError, ValueError):
    """Nothing usable is left of an article (the CLI reports it in one line)."""


# ----------------------------------------------------------------- dates

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "janvier": 1, "février": 2,
    "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
MONTH = r"(?P<month>[A-Za-zéû]{3,10})\.?"
DATE_PREFIX = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\s+")
WRITTEN_DATE = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<month2>[A-Za-zéû]{{3,10}})\.?,?\s+(?:de\s+)?(?P<year2>\d{{4}})"
    rf"|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<year3>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
)
# A line that is only a date: "May 14, 2023", "Published June 11, 2024, 9:14 AM EDT",
# "15/07/2024 • 4 min read", "Posted on July 16, 2024 by admin".
DATE_LABEL = r"(?:first\s+)?(?:published|posted|updated|last updated|publicado|publié)(?:\s+(?:on|el|le))?"
DATE_LINE = re.compile(
    rf"^(?P<label>{DATE_LABEL}:?\s*)?"
    rf"{WRITTEN_DATE}"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
    r"(?:\s+by\s+[^.]{1,60})?"
    r"(?:\s*[•·|–-]\s*\d+\s*(?:min|minute)s?\s+read)?\s*$",
    re.IGNORECASE,
)
READ_TIME_LINE = re.compile(r"^\d+\s*(?:min|minute)s?\s+read$", re.IGNORECASE)
# Newswire dateline: "LONDON, June 9 (Meridian Press Wire) -" (no year).
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+,(?:\s*[A-Z][a-z]+\.,)?\s*" + MONTH + r"\s+(?P<day>\d{1,2})\b[^-–—]{0,60}[-–—]"
)
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?:/|[-_]|$)")
URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?:/|[01]\d[0-3]\d)")


def make_date(year: int | str, month: int | str | None, day: int | str) -> str | None:
    """An ISO date, or None when the parts are not a calendar date."""
    from datetime import date

    try:
        return date(int(year), int(month or 0), int(day)).isoformat()
    except (TypeError, ValueError):
        return None


def iso_date(value: str | None) -> str | None:
    """The ISO date prefix of a metadata value such as "2024-06-09T11:05:00-07:00"."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return make_date(*match.groups())
    written = re.search(WRITTEN_DATE, value, re.IGNORECASE)
    return date_from_match(written) if written else None


def date_from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("iso"):
        return iso_date(g["iso"])
    if g.get("year"):
        return make_date(g["year"], MONTHS.get(g["month"].lower()), g["day"])
    if g.get("year2"):
        return make_date(g["year2"], MONTHS.get(g["month2"].lower()), g["day2"])
    first, second = int(g["n1"]), int(g["n2"])
    # Day first unless that is impossible: numeric dates on these sites are mostly DD/MM.
    if first <= 12 < second:
        return make_date(g["year3"], first, second)
    return make_date(g["year3"], second, first)


def date_line(text: str) -> str | None:
    """For a line that is only a date or read time: the date ("" if none); else None."""
    if READ_TIME_LINE.match(text):
        return ""
    match = DATE_LINE.match(text)
    if not match:
        return None
    label = (match.group("label") or "").lower()
    found = date_from_match(match) or ""
    # An "Updated ..." line says when it was edited, not published.
    return "" if label.startswith(("updated", "last")) else found


def date_prefix(first_line: str) -> str | None:
    match = DATE_PREFIX.match(first_line)
    return iso_date(match.group(1)) if match else None


def url_date(url: str | None) -> str | None:
    match = URL_DATE.search(url or "")
    return make_date(match["y"], match["m"], match["d"]) if match else None


def dateline_date(first_paragraph: str, url: str | None) -> str | None:
    """The date of a newswire dateline, with the year taken from the URL (datelines have none)."""
    match = DATELINE.match(first_paragraph)
    year = URL_YEAR.search(url or "")
    if not match or not year:
        return None
    return make_date(year.group(1), MONTHS.get(match["month"].lower()), match["day"])


def first_date(*candidates: str | None) -> str | None:
    return next((c for c in candidates if c), None)


# ----------------------------------------------------------------- boilerplate

HEADER_WORDS = (
    r"related(?: posts?| articles?| stories| content| reading)?|read more(?: on [^:|]{1,40})?|read next"
    r"|more (?:from|on) [^:|]{1,40}|more stories|you (?:might|may) also like|recommended(?: for you)?"
    r"|most read|most popular|trending(?: now)?|also read|see also|don'?t miss|lee también"
    r"|te puede interesar|à lire aussi|lire aussi|à voir aussi|leia também|mehr zum thema|watch"
)
SECTION_HEADER = re.compile(rf"^[^\w]*(?:{HEADER_WORDS})[^\w]*$", re.IGNORECASE)
INLINE_HEADER = re.compile(rf"^[^\w]*(?:{HEADER_WORDS})\s*[:|]\s*\S", re.IGNORECASE)
BOILERPLATE_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\W*(?:advertisements?|advertising|publicidad|publicité|anzeige|pubblicità|sponsored(?: content)?"
        r"|paid content|story continues below(?: advertisement)?|scroll to continue(?: with content)?)\W*$",
        r"^\W*(?:sign up|subscribe|register)\b.{0,200}\b(?:newsletter|inbox|e-?mails?|subscription|access)\b",
        r"^\W*subscribe (?:to|for|now)\b",
        r"^\W*newsletters?\s*:",
        r"^\W*(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved|^\W*distributed by\b",
        r"^\W*(?:this|the) (?:story|article|report) (?:was|is) (?:distributed|syndicated|provided) by\b",
        r"^.{0,120}\bcopyright (?:©\s*)?\d{4}",
        r"^[\w .&'’-]{2,60} is (?:a )?(?:part|member|division|brand) of (?:the )?[\w .&'’-]{2,60}\.?$",
        r"^\W*(?:tags|tagged|topics|filed under|categories|posted in)\s*:",
        r"^[\s\-–—―─━═_*~=•·.+]{3,}$",
        r"^\(\s*(?:reporting|writing|editing|additional reporting|compiled|produced) by\b.*\)\s*$",
        r"^(?:#\w+[\s,]*)+$",
    )
]


def is_section_header(text: str) -> bool:
    """A header that opens a trailing block of related-post teasers or links."""
    return bool(SECTION_HEADER.match(text))


def is_boilerplate_line(text: str) -> bool:
    return bool(INLINE_HEADER.match(text)) or any(p.search(text) for p in BOILERPLATE_LINES)


def same_text(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\W+", "", s).lower()

    return squash(a) == squash(b)


# ----------------------------------------------------------------- captions

CREDIT_LABELS = r"(?:Credits?|CREDITS?|Photo credit|Picture credit|Image credit)\s*:\s*"
CAPTION_LABELS = r"(?:Credits?|CREDITS?|Photos?|Pictures?|Images?|Source|Photo credit|Picture credit)\s*:\s*"
CREDIT_ONLY = re.compile(rf"^\W*{CREDIT_LABELS}\S.{{0,60}}$")
# Credits written in camel case must not be split where a glued caption would be.
CAMEL_CREDITS = ("YouTube", "TikTok", "WireImage", "FilmMagic", "iStock", "LinkedIn", "NurPhoto", "BackGrid")
MAX_CREDIT_WORDS = 6
PAREN_CREDIT = re.compile(
    r"(?<=[.!?”\"’])\s*\((?:(?:Photo|Image|Picture|Credit)s?\s*:\s*)?"
    r"(?P<credit>[A-Z@][\w.&'’@-]*(?:\s*/\s*[\w.&'’@-]+|\s+[A-Z@][\w.&'’@-]*){0,4})\)\s*$"
)


def credit_value(text: str) -> str:
    """ "Credit: Instagram / @x" -> "Instagram / @x"."""
    text = re.sub(rf"^\W*{CAPTION_LABELS}", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .;,")


def credit_end(region: str) -> int:
    """Where a credit ends inside ``region``: at the capital that starts a glued next caption."""
    token_start = 0
    candidate = None
    for i in range(1, len(region)):
        ch, prev = region[i], region[i - 1]
        if prev in " /":
            if candidate is not None:
                return candidate
            token_start = i
            continue
        glued = prev.isalnum() and ((ch.isupper() and region[i + 1 : i + 2].islower()) or ch in '“"‘')
        if not glued or inside_camel_credit(region[token_start:], i - token_start):
            continue
        if " " not in region[i:].strip():
            continue  # a caption has words; "@LuxMoreno" at the end is just a handle
        if region[token_start] != "@":
            return i
        candidate = i  # in a @handle the last capital starts the caption ("@kitLuxMoreno ...")
    return candidate if candidate is not None else len(region)


def inside_camel_credit(token: str, i: int) -> bool:
    return any(token.lower().startswith(name.lower()) and i < len(name) for name in CAMEL_CREDITS)


def split_glued_captions(text: str, labels: str = CREDIT_LABELS) -> list[tuple[int, int, str | None]]:
    """(start, end, credit) of each caption in a line of captions glued to their credits."""
    marks = list(re.finditer(labels, text))
    if not marks:
        return []
    pieces: list[tuple[int, int, str | None]] = []
    start = 0
    for k, mark in enumerate(marks):
        limit = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        if mark.start() < start:
            continue
        end = mark.end() + credit_end(text[mark.end() : limit])
        credit = credit_value(text[mark.end() : end])
        if not credit or len(credit.split()) > MAX_CREDIT_WORDS:
            return []  # "Credit:" inside prose, not a photo credit
        caption = text[start : mark.start()]
        if caption.strip():
            left = start + len(caption) - len(caption.lstrip())
            pieces.append((left, start + len(caption.rstrip()), credit))
        start = end
    tail = text[start:]
    if tail.strip():
        pieces.append((start + len(tail) - len(tail.lstrip()), len(text.rstrip()), None))
    return pieces


def trailing_paren_credit(text: str) -> tuple[int, str] | None:
    """For a short paragraph ending "… (Shutterstock)": where the caption ends and its credit."""
    match = PAREN_CREDIT.search(text)
    if not match or len(text.split()) > 60 or match.group("credit").isdigit():
        return None
    return len(text[: match.start()].rstrip()), credit_value(match.group("credit"))


# ----------------------------------------------------------------- web pages

NON_CONTENT = "ancestor-or-self::*[self::aside or self::nav or self::footer or self::script or self::style]"


@dataclass
class Page:
    """The readable parts of a web page as plain text, one paragraph per line pair."""

    text: str
    caption_lines: dict[int, str | None]  # line index (among non-empty lines) -> raw credit
    published: str | None
    url: str | None


def read_page(page_html: str) -> Page:
    """Headline, main text (trafilatura) and figure captions of a web page."""
    try:
        tree = lxml_html.document_fromstring(page_html)
    except (etree.ParserError, ValueError) as err:
        raise CleaningError(f"cannot parse HTML: {err}") from err
    paragraphs = main_paragraphs(page_html) or fallback_paragraphs(tree)
    if not paragraphs:
        raise CleaningError("no main text found in the HTML page")
    headline = page_headline(tree)
    captions = page_captions(tree)
    caption_texts = {squash_space(c) for c, _ in captions}
    body = [p for p in paragraphs if p not in caption_texts and not (headline and same_text(p, headline))]
    lines = ([headline] if headline else []) + body
    hints = {}
    for caption, credit in captions:
        hints[len(lines)] = credit
        lines.append(caption if not credit else f"{caption} {credit}")
    return Page("\n\n".join(lines), hints, page_date(tree, page_html), page_link(tree))


def squash_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main_paragraphs(page_html: str) -> list[str]:
    import trafilatura

    try:
        xml = trafilatura.extract(
            page_html, output_format="xml", include_comments=False, include_tables=False,
            include_images=False, favor_precision=True,
        )  # fmt: skip
        root = etree.fromstring(xml.encode("utf-8")) if xml else None
    except Exception:  # trafilatura and lxml raise many kinds of errors on garbage pages
        return []
    main = root.find("main") if root is not None else None
    if main is None:
        return []
    blocks = ("p", "head", "item", "quote")
    elements = [e for e in main.iter(*blocks) if next(e.iterancestors(*blocks), None) is None]
    found = [squash_space("".join(e.itertext())) for e in elements]
    if not elements and main.text:
        found = [squash_space(t) for t in main.text.split("\n")]
    return [t for t in found if t]


def fallback_paragraphs(tree) -> list[str]:
    found = [squash_space(p.text_content()) for p in tree.xpath(f"//p[not({NON_CONTENT})]")]
    return [t for t in found if len(t.split()) >= 5]


def page_headline(tree) -> str | None:
    for h1 in tree.xpath(f"//h1[not({NON_CONTENT})]"):
        text = squash_space(h1.text_content())
        if text:
            return text
    for value in tree.xpath("//meta[@property='og:title']/@content") + tree.xpath("//title/text()"):
        text = squash_space(value)
        # Drop a " – Site Name" / " | Site Name" suffix.
        text = re.sub(r"\s+[|–—-]\s+[^|–—-]{1,40}$", "", text)
        if text:
            return text
    return None


def page_captions(tree) -> list[tuple[str, str | None]]:
    """Figure captions of the article itself (not of related-post teasers), with raw credits."""
    scope = tree.xpath("//article") or tree.xpath("//main") or [tree]
    found = []
    for cap in scope[0].xpath(f".//figcaption[not({NON_CONTENT})]"):
        credit_nodes = cap.xpath(".//*[self::cite or contains(@class, 'credit')]")
        credit = squash_space(credit_nodes[0].text_content()) if credit_nodes else None
        text = squash_space(cap.text_content())
        if credit and text.endswith(credit):
            text = squash_space(text[: -len(credit)])
        if text:
            found.append((text, credit or None))
    return found


def page_date(tree, page_html: str) -> str | None:
    for match in re.finditer(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", page_html):
        if iso_date(match.group(1)):
            return iso_date(match.group(1))
    meta = tree.xpath(
        "//meta[@property='article:published_time' or @name='date' or @name='pubdate'"
        " or @itemprop='datePublished' or @name='publish-date']/@content"
    )
    times = tree.xpath("//article//time/@datetime | //time[contains(@class, 'published')]/@datetime")
    return first_date(*(iso_date(v) for v in meta + times))


def page_link(tree) -> str | None:
    links = tree.xpath("//link[@rel='canonical']/@href") + tree.xpath("//meta[@property='og:url']/@content")
    return next((u.strip() for u in links if u.strip()), None)


@dataclass
class Line:
    """One non-empty line of the normalised text, as a span of it."""

    start: int
    end: int
    text: str
    fancy: bool = False  # written mostly in decorative letters


@dataclass
class Span:
    kind: str
    start: int
    end: int
    credit: str | None = None


@dataclass
class Sections:
    """The result of classifying every line."""

    headline: Span | None = None
    body: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # from standalone date lines, best first


def split_lines(norm: str, original: str, pos: list[int]) -> list[Line]:
    """Non-empty, whitespace-trimmed lines of ``norm``."""
    lines = []
    offset = 0
    for raw_line in norm.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            start = offset + raw_line.index(stripped)
            end = start + len(stripped)
            source = original[pos[start] : pos[end - 1] + 1]
            fancy_letters = sum(is_fancy(c) for c in source)
            letters = sum(c.isalpha() for c in stripped) or 1
            lines.append(Line(start, end, stripped, fancy_letters / letters > 0.5))
        offset += len(raw_line) + 1
    return lines


def classify(lines: list[Line], caption_hints: dict[int, str | None], title: str | None) -> Sections:
    """Sort lines into headline, body, captions and removed boilerplate."""
    out = Sections()
    if not lines:
        return out
    first = lines[0]
    prefix = DATE_PREFIX.match(first.text)
    if title is None or same_text(first.text[prefix.end() if prefix else 0 :], title):
        skip = prefix.end() if prefix else 0
        out.headline = Span("headline", first.start + skip, first.end)
        rest = list(enumerate(lines))[1:]
    else:
        rest = list(enumerate(lines))
    in_trailer = False
    for index, line in rest:
        text = line.text
        if index in caption_hints:
            out.captions.extend(hinted_caption(line, caption_hints[index]))
            continue
        if in_trailer and not looks_like_prose(line):
            out.removed.append(text)
            continue
        in_trailer = False
        if is_section_header(text):
            in_trailer = True
            out.removed.append(text)
            continue
        date = date_line(text)
        if date is not None:
            out.removed.append(text)
            if date:
                out.dates.append(date)
            continue
        if is_boilerplate_line(text):
            out.removed.append(text)
            continue
        if CREDIT_ONLY.match(text):
            # "Credit: Getty" on its own line credits the paragraph above it.
            out.removed.append(text)
            if out.body and len(text_of(lines, out.body[-1]).split()) <= 60:
                last = out.body.pop()
                out.captions.append(Span("caption", last.start, last.end, credit_value(text)))
            continue
        pieces = split_glued_captions(text)
        if pieces:
            for start, end, credit in pieces:
                out.captions.append(Span("caption", line.start + start, line.start + end, credit))
            continue
        paren = trailing_paren_credit(text)
        if paren:
            cut, credit = paren
            out.captions.append(Span("caption", line.start, line.start + cut, credit))
            continue
        out.body.append(Span("body", line.start, line.end))
    return out


def text_of(lines: list[Line], span: Span) -> str:
    for line in lines:
        if line.start <= span.start < line.end:
            return line.text[span.start - line.start : span.end - line.start]
    return ""


def looks_like_prose(line: Line) -> bool:
    """A real paragraph (long, ends like a sentence), not a teaser in a related-posts list."""
    text = line.text
    if line.fancy or text.endswith(("…", "...")):
        return False
    return len(text.split()) >= 20 and text[-1] in '.!?"”’)'


def hinted_caption(line: Line, credit_raw: str | None) -> list[Span]:
    """A caption known from page structure, split from its credit."""
    text = line.text
    if credit_raw and text.endswith(credit_raw) and len(text) > len(credit_raw):
        cut = len(text[: -len(credit_raw)].rstrip())
        return [Span("caption", line.start, line.start + cut, credit_value(credit_raw))]
    pieces = split_glued_captions(text, labels=CAPTION_LABELS)
    if pieces:
        return [Span("caption", line.start + s, line.start + e, c) for s, e, c in pieces]
    return [Span("caption", line.start, line.end)]


Runs = list[tuple[int, int, int]]


def assemble(norm: str, pos: list[int], spans: list[Span]) -> tuple[str, list[Block], Runs]:
    """The clean text, its blocks and the aligned runs back to the original."""
    parts: list[str] = []
    blocks: list[Block] = []
    runs: Runs = []
    cursor = 0
    for span in spans:
        if parts:
            parts.append("\n\n")
            cursor += 2
        piece = norm[span.start : span.end]
        blocks.append(Block(span.kind, cursor, cursor + len(piece), span.credit))
        for k in range(len(piece)):
            orig = pos[span.start + k]
            if runs and runs[-1][0] + runs[-1][2] == cursor + k and runs[-1][1] + runs[-1][2] == orig:
                runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + 1)
            else:
                runs.append((cursor + k, orig, 1))
        parts.append(piece)
        cursor += len(piece)
    return "".join(parts), blocks, runs


def clean(raw: RawArticle) -> Document:
    """A Document from a RawArticle; CleaningError when nothing usable is left."""
    caption_hints: dict[int, str | None] = {}
    page_date = None
    url, title = raw.url, raw.title
    if raw.text and raw.text.strip():
        original = raw.text
    elif raw.html and raw.html.strip():
        page = read_page(raw.html)
        original, caption_hints, page_date = page.text, page.caption_lines, page.published
        url = url or page.url
        title = None  # the page text starts with the page's own headline
    else:
        raise CleaningError(f"{raw.id}: article has no text")

    norm, pos = normalise(original)
    lines = split_lines(norm, original, pos)
    sections = classify(lines, caption_hints, normalise(title)[0].strip() if title else None)
    if not sections.body and not sections.captions:
        raise CleaningError(f"{raw.id}: no article text left after cleaning")

    spans = ([sections.headline] if sections.headline else []) + sections.body + sections.captions
    text, blocks, runs = assemble(norm, pos, spans)
    if sections.headline is None and title:
        # The headline came only from metadata: it is not part of ``original``.
        head = normalise(title)[0].strip()
        shift = len(head) + 2
        text = f"{head}\n\n{text}"
        blocks = [Block("headline", 0, len(head))] + [
            Block(b.kind, b.start + shift, b.end + shift, b.credit) for b in blocks
        ]
        runs = [(c + shift, o, n) for c, o, n in runs]

    headline = next((text[b.start : b.end] for b in blocks if b.kind == "headline"), None)
    body_text = "\n".join(text[b.start : b.end] for b in blocks if b.kind == "body")
    first_body = body_text.split("\n", 1)[0]
    published = first_date(
        iso_date(raw.published),
        date_prefix(lines[0].text) if lines else None,
        page_date,
        sections.dates[0] if sections.dates else None,
        dateline_date(first_body, url),
        url_date(url),
        iso_date(raw.crawled),
    )
    language = detect_language(body_text if len(body_text) >= 200 else text)
    return Document(
        id=raw.id,
        source=raw.source,
        url=url,
        outlet=outlet_of(url),
        title=headline,
        published=published,
        language=language,
        text=text,
        blocks=blocks,
        removed=sections.removed,
        original=original,
        offsets=runs,
    )


@cache
def suffix_extractor():
    import tldextract

    # No suffix_list_urls and no cache: the bundled public-suffix snapshot, never the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_of(url: str | None) -> str | None:
    """The registered domain of ``url`` ("dailyglare.example"), offline; None without a URL."""
    if not url:
        return None
    match = re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/?#:@]+)", url.strip(), re.IGNORECASE)
    host = (match.group(1) if match else url.strip().split("/")[0]).lower().rstrip(".")
    if not host or "." not in host:
        return host or None
    parts = suffix_extractor()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    # Unlisted suffixes (".example", ".local"): the last two labels.
    labels = [p for p in host.split(".") if p]
    if labels and labels[0] == "www":
        labels = labels[1:]
    return ".".join(labels[-2:])
