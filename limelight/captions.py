"""Photo captions and their credits: "Credit: Instagram" labels, captions glued to the text
with their credits, and trailing "(Getty Images)" credits."""

from __future__ import annotations

import re

CREDIT_LABELS = r"(?:Credits?|CREDITS?|Photo credit|Picture credit|Image credit)\s*:\s*"
CAPTION_LABELS = r"(?:Credits?|CREDITS?|Photos?|Pictures?|Images?|Source|Photo credit|Picture credit)\s*:\s*"
# "Photo:" labels glued to the caption before them ("The pair smiledPhoto: InstagramThe actor
# waved"): only glued, since "Photo:" also opens a paragraph with the credit first.
GLUED_PHOTO_LABELS = r"(?<=[a-z0-9.!?)])(?:Photos?|Pictures?|Images?|PHOTOS?|PICTURES?|IMAGES?)\s*:\s*"
CREDIT_ONLY = re.compile(rf"^\W*{CREDIT_LABELS}\S.{{0,60}}$")
# Credits written in camel case must not be split where a glued caption would be.
CAMEL_CREDITS = ("YouTube", "TikTok", "WireImage", "FilmMagic", "iStock", "LinkedIn", "NurPhoto", "BackGrid")
MAX_CREDIT_WORDS = 6
# After a sentence, or right after a caption's last word (a caption need not end with a stop).
PAREN_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"’])|(?<=\w)(?=\s))\s*\((?:(?:Photo|Image|Picture|Credit)s?\s*:\s*)?"
    r"(?P<credit>[A-Z@][\w.&'’@-]*(?:\s*/\s*[\w.&'’@-]+|\s+[A-Z@][\w.&'’@-]*){0,4})\)\s*$"
)


def credit_value(text: str) -> str:
    """ "Credit: Instagram / @x" -> "Instagram / @x"."""
    text = re.sub(rf"^\W*{CAPTION_LABELS}", "", text.strip())
    text = re.sub(r"^\s*(?:©|\(c\)|copyright\b)\s*", "", text, flags=re.IGNORECASE)  # "© Pix Agency"
    return re.sub(r"\s+", " ", text).strip(" .;,")


# A copyright sign closing a caption: "Ada and Bo in Rome © Pix Agency".
COPYRIGHT_TAIL = re.compile(r"\s*(?:©|\(c\))\s*(?P<credit>[^©()]{1,60})$")


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
            continue  # a caption has words; "@RosiLema" at the end is just a handle
        if region[token_start] != "@":
            return i
        candidate = i  # in a @handle the last capital starts the caption ("@kitRosiLema ...")
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


# A photo credit that opens a paragraph and is glued to it ("Photo: Jo Bay/Getty ImagesThe
# singer, 29, ..."): the credit of a picture whose caption was not scraped. "Credit:" is left
# out: on these sites it follows its caption ("The pair smiledCredit: Getty").
LEADING_LABEL = re.compile(r"^\W*(?:photo|picture|image)s?(?: credit)?\s*:\s*", re.IGNORECASE)
# Without glue the credit ends at the agency that closes it ("Image: Reuters Emery arrived").
AGENCIES = (
    r"Getty Images|Getty|Reuters|AFP|AP Photo|AP|PA Images|PA Wire|PA|Shutterstock|Alamy|BACKGRID|Backgrid"
    r"|Instagram|Twitter|TikTok|Rex Features|Rex|Splash News|Splash|WireImage|FilmMagic"
    r"|GC Images|Mega|Supplied"
)
AGENCY_END = re.compile(rf"^[^.!?:]{{0,40}}?\b(?:{AGENCIES})\b(?=\s+[A-Z\"“])")
MIN_PROSE_WORDS = 8


def leading_credit(text: str) -> tuple[int, int] | None:
    """For a paragraph that starts with a labelled photo credit: where the credit starts and
    where the paragraph proper starts."""
    label = LEADING_LABEL.match(text)
    if not label or re.search(CAPTION_LABELS, text[label.end() :]):
        return None
    region = text[label.end() :]
    cut = credit_end(region)
    if cut == len(region):
        agency = AGENCY_END.match(region)
        cut = agency.end() if agency else cut
    rest = region[cut:].strip()
    if not credit_value(region[:cut]) or len(region[:cut].split()) > MAX_CREDIT_WORDS:
        return None
    if len(rest.split()) < MIN_PROSE_WORDS:
        return None
    return label.start(), label.end() + cut + len(region[cut:]) - len(region[cut:].lstrip())


# A caption and its credit glued to the paragraph after them, the picture itself gone: "Nia at
# the gala (Photo: Pix)The actress, 44, ...", "Nia arrives. Image: Kappa PressThe couple ...",
# "Nia on the carpet | Getty ImagesShe told ...". ("Credit:" runs are split_glued_captions'.)
MID_CREDIT = re.compile(
    r"\s*\(\s*(?:photos?|images?|pictures?)\s*(?::|by\b)\s*(?P<paren>[^()]{1,60})\)\s*(?=(?-i:[A-Z\"“]))"
    r"|(?<=[.!?])\s+(?:photos?|images?|pictures?)\s*:\s*(?=\S)"
    rf"|\s+\|\s+(?=(?-i:{AGENCIES}))",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 40


def glued_caption(text: str) -> tuple[int, str, int] | None:
    """For a caption + credit glued to prose: where the caption ends, its credit and where the
    prose starts."""
    for mark in MID_CREDIT.finditer(text):
        if mark.start() == 0:
            continue
        if mark.group("paren"):
            credit, prose_start = credit_value(mark.group("paren")), mark.end()
        else:
            region = text[mark.end() :]
            cut = credit_end(region)
            if cut == len(region):
                continue  # not glued: no telling where the credit ends
            credit, prose_start = credit_value(region[:cut]), mark.end() + cut
        caption = text[: mark.start()].rstrip()
        if not credit or len(credit.split()) > MAX_CREDIT_WORDS or len(caption.split()) > MAX_CAPTION_WORDS:
            continue
        if len(text[prose_start:].split()) >= 5:
            return len(caption), credit, prose_start
    return None


# A caption that says so ("Pictured: Nia and Ivo in Vienna", "Above: ..."): the label goes.
CAPTION_PREFIX = re.compile(
    r"^\W*(?:pictured|above|below|top|left|right|inset|main picture)\s*:\s*", re.IGNORECASE
)
# A short paragraph ending with a credit sentence: "... linked in 2022. Photo by Pix Agency."
CREDIT_SENTENCE = re.compile(
    r"(?<=[.!?])\s+(?:photos?|images?|pictures?)\s*(?:by\b|:)\s*(?P<credit>(?-i:[A-Z@])[^.!?]{0,50}?)\.?$",
    re.IGNORECASE,
)


# ... or with a bare credit after its last stop: "Mirela in Rome. Kappa Press/Backgrid",
# "The pair in Lyon. Getty Images": a "sentence" of an agency or a slashed pair of names.
# Scrapers often glue it on: "... on Friday.Getty Images", "The pair in RomeGetty Images".
CREDIT_TAIL = re.compile(
    rf"(?<=[.!?])\s*(?P<credit>(?:[A-Z@][\w.&'’@-]*\s*){{1,4}}/\s*[A-Z@][\w.&'’@ -]{{1,30}}"
    rf"|(?:[A-Z][\w.&'’-]*\s+){{0,2}}(?:{AGENCIES}))\.?$"
    rf"|(?<=[a-z])(?P<glued>{AGENCIES})$"
)


def labelled_caption(text: str) -> tuple[int, int, str | None] | None:
    """(start, end, credit) of a caption marked by a 'Pictured:' label or a closing credit."""
    if len(text.split()) > MAX_CAPTION_WORDS:
        return None
    prefix = CAPTION_PREFIX.match(text)
    sentence = CREDIT_SENTENCE.search(text) or CREDIT_TAIL.search(text)
    if not prefix and not sentence:
        return None
    end = sentence.start() if sentence else len(text)
    found = sentence.groupdict() if sentence else {}
    credit = found.get("credit") or found.get("glued")
    return (prefix.end() if prefix else 0), end, credit_value(credit) if credit else None


def trailing_paren_credit(text: str) -> tuple[int, str] | None:
    """For a short paragraph ending "… (Shutterstock)": where the caption ends and its credit."""
    match = PAREN_CREDIT.search(text)
    if not match or len(text.split()) > 60 or match.group("credit").isdigit():
        return None
    if text[match.start() - 1].isalnum() and len(text.split()) > 30:
        return None  # a long paragraph without a stop is prose ending in an aside, not a caption
    return len(text[: match.start()].rstrip()), credit_value(match.group("credit"))


# ----------------------------------------------------------------- web pages
