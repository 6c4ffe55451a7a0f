"""Cleaning a RawArticle into a Document the extractors can read.

Owns headline / body / caption segmentation, boilerplate removal and the assembly of the
clean text with its offsets back to ``Document.original``, choosing the publication date,
the outlet and the language. The parts live beside it: ``textnorm`` (Unicode, offsets),
``captions`` (credits, glued captions), ``cleaning_noise`` (noise lines), ``pubdate`` (dates)
``htmlpage`` (web pages reduced to headline, paragraphs and captions first) and
``cleaning_outlet`` (the outlet of a URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from limelight.captions import (
    CAPTION_LABELS,
    COPYRIGHT_TAIL,
    CREDIT_ONLY,
    GLUED_PHOTO_LABELS,
    credit_value,
    glued_caption,
    labelled_caption,
    leading_credit,
    split_glued_captions,
    trailing_paren_credit,
)
from limelight.cleaning_noise import (
    AUTHOR_BIO,
    BIO_HEADER,
    BYLINE_NAME,
    SOCIAL_ATTRIBUTION,
    clean_pieces,
    end_before_link,
    is_author_bio,
    is_boilerplate_line,
    is_credit_run,
    is_fancy_teaser,
    is_leading_chrome,
    is_numbered_teaser,
    is_pointer_teaser,
    is_section_header,
    opens_comments,
)
from limelight.cleaning_outlet import outlet_of
from limelight.errors import CleaningError
from limelight.htmlpage import read_page
from limelight.language import detect_language
from limelight.models import Block, Document, RawArticle
from limelight.pubdate import (
    DATE_PREFIX,
    date_line,
    date_prefix,
    dateline_date,
    first_date,
    iso_date,
    updated_line,
    url_date,
)
from limelight.textnorm import is_fancy, normalise, same_text

__all__ = ["CleaningError", "clean", "normalise", "outlet_of"]


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
    updated: list[str] = field(default_factory=list)  # from 'Updated ...' lines


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
    lead = 0
    if title is None and not DATE_PREFIX.match(lines[0].text):
        # Navigation, bylines and date lines scraped above the headline are not it.
        while lead + 1 < len(lines) and lead not in caption_hints:
            text = lines[lead].text
            date = date_line(text)
            if date is None and not is_leading_chrome(text):
                break
            out.removed.append(text)
            out.dates.extend([date] if date else [])
            lead += 1
    first = lines[lead]
    prefix = DATE_PREFIX.match(first.text)
    if title is None or same_text(first.text[prefix.end() if prefix else 0 :], title):
        skip = prefix.end() if prefix else 0
        out.headline = Span("headline", first.start + skip, first.end)
        rest = list(enumerate(lines))[lead + 1 :]
    else:
        rest = list(enumerate(lines))
    in_trailer = in_bio = in_comments = False
    authors: set[str] = set()
    for index, line in rest:
        text = line.text
        if in_comments or opens_comments(text, [later.text for later in lines[index + 1 : index + 6]]):
            # Reader comments run to the end of the page: their names and words are not the story's.
            in_comments = True
            out.removed.append(text)
            continue
        if index in caption_hints:
            out.captions.extend(hinted_caption(line, caption_hints[index]))
            continue
        byline = BYLINE_NAME.match(text)
        author = byline and (byline.group(1) or byline.group(2))
        if author and is_boilerplate_line(text) and len(author.split()) >= 2:
            authors.add(author)
            # "By Jo Bloggs Published June 3, 2025": the date is still the article's.
            published = re.search(r"(?i:published|posted)\b.*", text)
            out.dates.extend(d for d in [date_line(published.group()) if published else None] if d)
        if BIO_HEADER.match(text):
            in_bio = True
            out.removed.append(text)
            continue
        if in_bio or (authors and is_author_bio(text, authors)):
            in_bio = False
            out.removed.append(text)
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
            elif updated_line(text):
                out.updated.append(updated_line(text))
            continue
        if (
            is_boilerplate_line(text)
            or is_credit_run(text)
            or is_fancy_teaser(text, line.fancy)
            or is_numbered_teaser(text)
            or is_pointer_teaser(text)
        ):
            out.removed.append(text)
            continue
        social = SOCIAL_ATTRIBUTION.search(text)
        if social:
            out.removed.append(text[social.start() :].strip())
            end = end_before_link(text[: social.start()])
            if end:
                out.body.append(Span("body", line.start, line.start + end))
            continue
        end = end_before_link(text)
        if end < len(text):
            out.removed.append(text[end:].strip())
            if not end:
                continue
            text, line = text[:end], Line(line.start, line.start + end, text[:end], line.fancy)
        if CREDIT_ONLY.match(text):
            # "Credit: Getty" on its own line credits the paragraph above it.
            out.removed.append(text)
            if out.body and len(text_of(lines, out.body[-1]).split()) <= 60:
                last = out.body.pop()
                out.captions.append(Span("caption", last.start, last.end, credit_value(text)))
            continue
        lead = leading_credit(text)
        if lead:
            out.removed.append(text[lead[0] : lead[1]].strip())
            out.body.append(Span("body", line.start + lead[1], line.end))
            continue
        pieces = split_glued_captions(text) or split_glued_captions(text, labels=GLUED_PHOTO_LABELS)
        if pieces:
            for start, end, credit in pieces:
                out.captions.append(Span("caption", line.start + start, line.start + end, credit))
            continue
        glued = glued_caption(text)
        if glued:
            offset = 0  # several captions may be glued in a row before the prose
            while glued:
                cut, credit, prose = glued
                out.captions.append(Span("caption", line.start + offset, line.start + offset + cut, credit))
                offset += prose
                glued = glued_caption(text[offset:])
            paren = trailing_paren_credit(text[offset:])
            if paren:
                out.captions.append(
                    Span("caption", line.start + offset, line.start + offset + paren[0], paren[1])
                )
            else:
                out.body.append(Span("body", line.start + offset, line.end))
            continue
        labelled = labelled_caption(text)
        if labelled:
            start, end, credit = labelled
            out.captions.append(Span("caption", line.start + start, line.start + end, credit))
            continue
        paren = trailing_paren_credit(text)
        if paren:
            cut, credit = paren
            out.captions.append(Span("caption", line.start, line.start + cut, credit))
            continue
        pieces, noise = clean_pieces(text)
        out.removed.extend(noise)
        out.body.extend(Span("body", line.start + a, line.start + b) for a, b in pieces)
    while out.body and is_closing_bio(
        text_of(lines, out.body[-1]), [text_of(lines, b) for b in out.body[:-1]]
    ):
        out.removed.append(text_of(lines, out.body.pop()))  # a staff bio closing the article
    return out


def is_closing_bio(text: str, earlier: list[str]) -> bool:
    """A staff bio at the end, about someone the story itself never names ("Mara Vint is the
    editor of Vogue Lumen" after "Editor Mara Vint said ..." is the story's)."""
    bio = AUTHOR_BIO.match(text)
    name = " ".join(text.split()[:2])
    return bool(bio) and not any(name in paragraph for paragraph in earlier)


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
    if len(text.split()) >= 20 and text[-1] in '.!?"”’)':
        return True
    # A shorter paragraph that ends on a plain stop or closes a quote with one ('"We are happy,"
    # she said.') is the story resuming after a related-posts box: teaser headlines end bare.
    return len(text.split()) >= 8 and (text.endswith(".") or bool(re.search(r"[.!?][”\"’]$", text)))


def hinted_caption(line: Line, credit_raw: str | None) -> list[Span]:
    """A caption known from page structure, split from its credit."""
    text = line.text
    spans = [Span("caption", line.start, line.end)]
    copyright_tail = COPYRIGHT_TAIL.search(text)
    paren = trailing_paren_credit(text)  # "… in Rome (Image: Getty)"
    pieces = split_glued_captions(text, labels=CAPTION_LABELS)
    if credit_raw and text.endswith(credit_raw) and len(text) > len(credit_raw):
        cut = len(text[: -len(credit_raw)].rstrip())
        spans = [Span("caption", line.start, line.start + cut, credit_value(credit_raw))]
    elif copyright_tail and copyright_tail.start():
        spans = [
            Span("caption", line.start, line.start + copyright_tail.start(), copyright_tail["credit"].strip())
        ]
    elif paren and paren[0]:
        spans = [Span("caption", line.start, line.start + paren[0], paren[1])]
    elif pieces:
        spans = [Span("caption", line.start + s, line.start + e, c) for s, e, c in pieces]
    for span in spans:  # "Ada in Rome | Photo: Pix": the separator before a credit goes with it
        while span.end > span.start and text[span.end - 1 - line.start] in " |–—-/•·:":
            span.end -= 1
    return [span for span in spans if span.end > span.start]


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
    page_date = shown_date = None
    url, title = raw.url, raw.title
    if raw.text and raw.text.strip():
        original = raw.text
    elif raw.html and raw.html.strip():
        page = read_page(raw.html)
        original, caption_hints, page_date = page.text, page.caption_lines, page.published
        shown_date = page.shown_date
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
        shown_date,
        sections.updated[0] if sections.updated else None,
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
