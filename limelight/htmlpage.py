"""Web pages reduced to what cleaning reads: headline, main-text paragraphs (trafilatura),
figure captions with credits, the publication date and the canonical link."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from limelight.errors import CleaningError
from limelight.pubdate import first_date, iso_date
from limelight.textnorm import same_text

NON_CONTENT = "ancestor-or-self::*[self::aside or self::nav or self::footer or self::script or self::style]"


@dataclass
class Page:
    """The readable parts of a web page as plain text, one paragraph per line pair."""

    text: str
    caption_lines: dict[int, str | None]  # line index (among non-empty lines) -> raw credit
    published: str | None
    url: str | None
    shown_date: str | None = None  # printed on the page only: weaker than the text's own date lines


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
    return Page("\n\n".join(lines), hints, page_date(tree, page_html), page_link(tree), shown_date(tree))


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


# Page furniture by its class or id, for the fallback that reads every paragraph: sidebars,
# trending and related lists, comments, sign-up boxes, cookie banners, share bars, author boxes
# (not "header": an article header holds the standfirst and the lead picture).
FURNITURE_CLASS = re.compile(
    r"sidebar|related|trending|popular|recommend|\bcomments?\b|newsletter|signup|sign-up|subscribe|cookie|consent"
    r"|\bshare\b|sharing|social|promo|advert|\bads?\b|author-?bio|byline|breadcrumb|footer|menu|teaser|outbrain|taboola",
    re.IGNORECASE,
)


def is_furniture(element) -> bool:
    return any(
        FURNITURE_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        for node in element.iterancestors()
    )


def fallback_paragraphs(tree) -> list[str]:
    every = tree.xpath(f"//p[not({NON_CONTENT})]")
    found = [squash_space(p.text_content()) for p in every if not is_furniture(p)]
    found = [t for t in found if len(t.split()) >= 5]
    if not found:  # a page wrapped whole in <div class="has-sidebar"> is still a page
        found = [t for t in (squash_space(p.text_content()) for p in every) if len(t.split()) >= 5]
    return found


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
        if is_furniture(cap):
            continue  # the picture of a related-post teaser or a promo inside the article
        # credits are marked in many ways: <cite>, <small>, class="credit", "photo-source", ...
        credit_nodes = cap.xpath(
            ".//*[self::cite or self::small or contains(@class, 'credit') or contains(@class, 'source')"
            " or contains(@class, 'attribution') or contains(@class, 'copyright')"
            " or contains(@class, 'photographer')]"
        )
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
    # Each CMS names its publication-date tag its own way (Parse.ly, Sailthru, Dublin Core ...).
    names = (
        "article:published_time", "og:published_time", "article:published", "date", "pubdate", "publish-date",
        "publishdate", "publish_date", "publication_date", "date-published", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "datepublished",
    )  # fmt: skip
    wanted = " or ".join(
        f"translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='{name}'"
        for attr in ("property", "name", "itemprop")
        for name in names
    )
    meta = tree.xpath(f"//meta[{wanted}]/@content")
    times = tree.xpath(
        "//article//time/@datetime | //time[contains(@class, 'published')]/@datetime"
        " | //*[@itemprop='datePublished']/@datetime"
    )
    created = [m.group(1) for m in re.finditer(r"\"dateCreated\"\s*:\s*\"([^\"]+)\"", page_html)]
    return first_date(*(iso_date(v) for v in meta + times + created))


def shown_date(tree) -> str | None:
    """The date printed in a date element outside the main text ('Published 4 March 2025')."""
    from limelight.pubdate import date_line

    path = "//*[self::time or contains(@class, 'date') or contains(@class, 'published')][not(*)]"
    for element in tree.xpath(f"{path}[not({NON_CONTENT})]"):
        found = date_line(squash_space(element.text_content()))
        if found:
            return found
    return None


def page_link(tree) -> str | None:
    links = tree.xpath("//link[@rel='canonical']/@href") + tree.xpath("//meta[@property='og:url']/@content")
    return next((u.strip() for u in links if u.strip()), None)
