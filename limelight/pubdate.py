"""Publication dates: written dates in many forms, date lines, datelines and dates in URLs."""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "janvier": 1, "février": 2,
    "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}  # fmt: skip
MONTH = r"(?P<month>[A-Za-zéûä]{3,10})\.?"
DATE_PREFIX = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\s+")
# Weekdays before a date, in the languages the engine reads: "Sunday", "Sat", "Domingo", "Sonntag".
WEEKDAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]"
    r"|venerd[ìi]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
WRITTEN_DATE = (
    rf"(?:{WEEKDAY}\.?,?\s+)?"
    rf"(?:{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+|-)(?:de\s+)?(?P<month2>[A-Za-zéûä]{{3,10}})\.?,?(?:\s+|-)"
    rf"(?:de\s+)?(?P<year2>\d{{4}})"
    rf"|(?P<n1>\d{{1,2}})(?P<sep>[/.-])(?P<n2>\d{{1,2}})(?P=sep)(?P<year3>\d{{4}})"
    # ISO and its slashed or dotted forms, with a time when a CMS prints its timestamp raw
    rf"|(?P<iso>\d{{4}}(?P<isep>[-/.])\d{{2}}(?P=isep)\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
)
# A line that is only a date: "May 14, 2023", "Published June 11, 2024, 9:14 AM EDT",
# "15/07/2024 • 4 min read", "Posted on July 16, 2024 by admin".
DATE_LABEL = (
    r"(?:first\s+|originally\s+)?"
    r"(?:published|posted|updated|last updated|(?:last\s+)?modified|publicado|publié|pubblicato"
    r"|veröffentlicht|actualizado|aggiornato|mis à jour|aktualisiert)"
    r"(?:\s+(?:on|el|le|il|am))?"
)
_CLOCK = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?"
DATE_LINE = re.compile(
    rf"^(?P<label>{DATE_LABEL}:?\s*)?"
    rf"(?:{_CLOCK},?\s+)?"  # 'Updated: 09:14 EST, 12 May 2026'
    rf"{WRITTEN_DATE}"
    rf"(?:(?:,?\s*(?:(?:at|à|às|a las|alle|um)\s+)?|\s*[-–—/]\s*){_CLOCK}(?:\s*uhr)?)?"
    r"(?:\s+by\s+[^.]{1,60})?"
    r"(?:\s*[•·|–-]\s*\d+\s*(?:min|minute)s?\s+read)?\s*$",
    re.IGNORECASE,
)
READ_TIME_LINE = re.compile(r"^\d+\s*(?:min|minute)s?\s+read$", re.IGNORECASE)
# "3 days ago", "Posted 2 hrs ago", "Just now": a relative time dates nothing once scraped.
RELATIVE_TIME_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s+)?(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?"
    r"|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)\s+ago|just now|yesterday|today)"
    r"(?:\s+by\s+[^.]{1,60})?$",
    re.IGNORECASE,
)
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
        return make_date(*re.split(r"[-/.]", g["iso"]))
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
    """For a line that is only a date or read time: the date ("" if none); else None. A line of
    several ('Published: 18:02 BST, 11 May 2026 | Updated: 09:14 EST, 12 May 2026') gives the
    publication date."""
    parts = date_line_parts(text)
    found = [_one_date_line(p) for p in parts]
    if any(f is None for f in found) and not READ_TIME_LINE.match(parts[-1]):
        return None
    return next((f for f in found if f), "")


# The parts of a date line: split at " | " or " • ", before an unseparated 'Updated ...'
# ('Published 2 July 2025 Updated 3 July 2025'); a byline part ('July 2, 2025 | By Jo Bay')
# is no date and no story either.
PART_SPLIT = re.compile(
    r"\s[|•·]\s|(?<!last)\s+"
    r"(?=(?:updated|last updated|(?:last\s+)?modified|actualizado|aggiornato|mis à jour|aktualisiert)\b)",
    re.IGNORECASE,
)
BYLINE_PART = re.compile(r"^(?i:by|words by|written by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def date_line_parts(text: str) -> list[str]:
    parts = [p.strip() for p in PART_SPLIT.split(text) if p.strip()] or [text]
    if len(parts) > 1:
        parts = [p for p in parts if not BYLINE_PART.match(p)] or parts
    return parts


CLOCK_LINE = re.compile(
    r"^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:\s*[A-Z]{2,5})?$"
)


def _one_date_line(text: str) -> str | None:
    if READ_TIME_LINE.match(text) or RELATIVE_TIME_LINE.match(text) or CLOCK_LINE.match(text):
        return ""  # a clock alone is the time part of a date line ("Sunday 28 June 2025 • 10:42 BST")
    match = DATE_LINE.match(text)
    if not match:
        return None
    label = (match.group("label") or "").lower()
    found = date_from_match(match) or ""
    # An "Updated ..." line says when it was edited, not published.
    return "" if label.startswith(UPDATED_LABELS) else found


UPDATED_LABELS = ("updated", "last", "modified", "actualizado", "aggiornato", "mis à jour", "aktualisiert")


def updated_line(text: str) -> str | None:
    """The date of an 'Updated ...' line: when nothing else dates an article, the day it was
    last edited is the nearest clue to when it was published."""
    match = DATE_LINE.match(date_line_parts(text)[-1])
    label = (match.group("label") or "").lower() if match else ""
    return date_from_match(match) if match and label.startswith(UPDATED_LABELS) else None


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
