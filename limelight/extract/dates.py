"""Dates in a sentence, resolved against the publication date ("last night", "on Friday", "June 8").

Pure functions: each returns an ISO date string or None when the text does not pin a day down.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?:,?\s+(\d{{4}}))?")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_LAST_NIGHT = re.compile(r"\b(?:last night|yesterday|last evening)\b", re.I)
_TODAY = re.compile(r"\b(?:tonight|today|this morning|this evening|this afternoon)\b", re.I)
_WEEKEND = re.compile(r"\b(?:at|over|during) the weekend\b|\bthis (?:past )?weekend\b|\blast weekend\b", re.I)
_VAGUE = re.compile(
    r"\b(?:last week|earlier this (?:week|month)|this week|recently|the other day|last month|"
    r"days earlier|weeks? (?:ago|after|before|earlier)|months? ago|a few days ago)\b",
    re.I,
)
_OFFSET = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|a)\s+(day|week)s?\s+"
    r"(earlier|before|after|later|prior)\b",
    re.I,
)


def parse_iso(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def month_day(text: str, published: date | None) -> date | None:
    """'Friday, May 12', 'June 8', '12 May 2023', 'Aug. 1'; the year from the text or the publication."""
    for pattern, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        for m in pattern.finditer(text):
            mon_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            if mon_s == "May" and order == "md" and not re.match(r"\s*\d", text[m.start() + 3 :]):
                continue
            month = MONTHS[
                mon_s.lower().rstrip(".")[:4] if mon_s.lower().startswith("sept") else mon_s.lower()[:3]
            ]
            year = int(m.group(3)) if m.group(3) else _year_for(month, published)
            if year is None:
                continue
            try:
                return date(year, month, int(day_s))
            except ValueError:
                continue
    return None


def _year_for(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    # a month well after the publication month was last year's
    return published.year - 1 if month > published.month + 1 else published.year


def weekday_before(published: date, weekday: int) -> date:
    """The latest date on or before ``published`` that falls on ``weekday``."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


_NOT_THE_EVENT = re.compile(
    r"\b(?:turned|turns|transformed|celebrated|born|shared(?!\s+(?:a|an|their)\s+(?:[a-z]+\s+)?"
    r"(?:kiss|hug|embrace|reunion|dance|moment|peck|meal|dinner|drink|table|booth|stage|laugh|joke))|posted|uploaded|released|announced|confirmed|"
    r"revealed|premier(?:es|ed)|opens?|due)\b[^.;]{0,40}?\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# "LONDON, June 9 (Meridian Press Wire) -": when the story was filed, not when things happened
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]+,(?:\s*[A-Z][a-z]+\.)?\s*(?:[A-Z][a-z]+\.? \d{1,2}\s*)?\([^)]*\)\s*[-—–]\s*"
)


def resolve_date(text: str, published: date | None, keep_all: bool = False) -> date | None:
    """The day a sentence's event happened, when the sentence pins it down (birthdays and posting
    days set aside unless ``keep_all``)."""
    text = _DATELINE.sub(" ", text)
    if not keep_all:
        text = _NOT_THE_EVENT.sub(" ", text)
    explicit = month_day(text, published)
    if explicit:
        return explicit
    if published is None:
        return None
    if _LAST_NIGHT.search(text):
        return published - timedelta(days=1)
    ordinal = _ORDINAL_DAY.search(text)
    if ordinal:  # 'on the 8th': that day of the story's month, or of the month before
        return _last_day_numbered(int(ordinal.group(1)), published)
    holiday = _holiday(text, published)  # before weekdays: 'Easter Sunday' is no plain Sunday
    if holiday:
        return holiday
    m = _WEEKDAY.search(text)
    if m and not re.search(rf"{m.group(1)}\s*,?\s*{_MONTH}", text):
        # 'last Friday' in a Friday's paper is a week back; a bare 'Friday' is that day
        last = re.search(rf"\blast\s+{m.group(1)}", text, re.I)
        return weekday_before(published - timedelta(days=1 if last else 0), WEEKDAYS[m.group(1).lower()])
    m = _DAYS_AGO.search(text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1).lower(), 0)
        return published - timedelta(days=n) if n else None
    if _WEEKEND.search(text):
        sat = weekday_before(published, 5)
        return sat if published - sat <= timedelta(days=6) else None
    if _TODAY.search(text):
        return published
    return None


_ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|\s(?:at|in|when|and|as|after|before|with)\b))"
)


def _last_day_numbered(day: int, published: date) -> date | None:
    year, month = published.year, published.month
    for _ in range(2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= published:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


_DAYS_AGO = re.compile(r"\b(\d{1,2}|two|three|four|five|six)\s+days\s+ago\b", re.I)
# Days of the year a story names instead of a date: the last one on or before publication.
_HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14),
    "halloween": (10, 31), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
    "fourth of july": (7, 4), "independence day": (7, 4),
}  # fmt: skip


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ``weekday`` (0 = Monday) of a month; n = -1 is the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


# Days that fall on a different date each year: the same in the US and Britain, or named so
# that only one country keeps them ('Thanksgiving', 'Memorial Day').
_MOVING_HOLIDAYS = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter sunday": _easter,
    "easter": _easter,
}
_HOLIDAY = re.compile(
    r"\b(?:on\s+)?(" + "|".join(re.escape(h) for h in [*_HOLIDAYS, *_MOVING_HOLIDAYS]) + r")(?:\s+day)?"
    r"(?!\s+(?:weekend|week|break|holiday))\b",
    re.I,
)


def _holiday(text: str, published: date) -> date | None:
    """The last day of that name on or before publication ('over the Memorial Day weekend' is
    several days, so none)."""
    m = _HOLIDAY.search(text.replace("’", "'"))
    if not m:
        return None
    name = m.group(1).lower()

    def on(year: int) -> date:
        if name in _MOVING_HOLIDAYS:
            return _MOVING_HOLIDAYS[name](year)
        month, day = _HOLIDAYS[name]
        return date(year, month, day)

    this_year = on(published.year)
    return this_year if this_year <= published else on(published.year - 1)


_SAME_DAY = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:that|in\s+the)\s+(?:day|night|evening|afternoon|morning)|(?:that|the)\s+same\s+"
    r"(?:day|night|evening|afternoon))\b",
    re.I,
)


def offset_days(text: str) -> int | None:
    """'two days earlier' -> -2, 'three days later' -> 3; 'X came two days after Y' -> -2 for Y;
    'later that night', 'the same day' -> 0."""
    m = _OFFSET.search(text)
    if not m:
        return 0 if _SAME_DAY.search(text) else None
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
    if m.group(2).lower() == "week":
        n *= 7
    return n if m.group(3).lower() == "later" else -n


def is_vague(text: str) -> bool:
    return bool(_VAGUE.search(text))


# 'in March', 'last May', 'in June 2023', 'in 2021', 'last month', 'last year': a month or a year
# and no day. A meeting told so is not one on a day outside it ('The couple first sparked
# rumours in March when ...' in a June story is an earlier meeting, not the one on Tuesday).
_FULL_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ONLY = re.compile(
    rf"\b(?:in|during|last|back in)\s+(?:(?:early|late|mid-?)\s*)?{_FULL_MONTH}(?:\s+(\d{{4}}))?\b(?!\s*\d)"
)
_YEAR_ONLY = re.compile(r"\b(?:in|during|back in)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d{2})\b(?!\s*\d)")
_LAST_PERIOD = re.compile(r"\blast\s+(month|year)\b", re.I)


def period_of(text: str, published: date | None) -> tuple[int, int | None, int] | None:
    """(year, month or None, position in text) of a month or year the text names without a day."""
    m = _MONTH_ONLY.search(text)
    if m:
        month = MONTHS[m.group(1).lower()[:3]]
        year = int(m.group(2)) if m.group(2) else _year_for(month, published)
        if year is not None:
            if not m.group(2) and published and m.group(0).startswith("last") and month >= published.month:
                year = published.year - 1  # 'last June' in a June story is a year back
            return year, month, m.start()
    m = _YEAR_ONLY.search(text)
    if m:
        return int(m.group(1)), None, m.start()
    m = _LAST_PERIOD.search(text)
    if m and published:
        if m.group(1).lower() == "year":
            return published.year - 1, None, m.start()
        back = published.replace(day=1) - timedelta(days=1)
        return back.year, back.month, m.start()
    return None


def in_period(day: date, period: tuple[int, int | None] | None) -> bool:
    """Whether ``day`` falls within the month or year ``period`` names (no period: anything goes)."""
    if period is None:
        return True
    year, month = period
    return day.year == year and (month is None or day.month == month)
