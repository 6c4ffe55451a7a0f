"""Across articles: figures stated differently for one person become ``number`` conflicts.

A count ("her 24-date tour", "the mother of three") is compared only with the same quantity
for the same resolved person. Counts change with time (dates are added to a tour, a child is
born), so two values disagree only when stated within ``SAME_TIME_DAYS`` of each other. A
child's age grows, so ages are compared as birth windows: they disagree when no single birth
date fits all of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from .models import ArticleFacts, Conflict
from .resolve_ages import age_window

SAME_TIME_DAYS = 90
Stated = tuple[int, date | None, str]  # (value, as-of date, article)


def count_conflicts(
    facts: list[ArticleFacts], person_of: dict[tuple[str, str], str], names: dict[str, str]
) -> list[Conflict]:
    """One conflict per (person, quantity) whose stated values cannot all be true."""
    stated: dict[tuple[str, str], set[Stated]] = defaultdict(set)
    for f in facts:
        for c in f.counts:
            pid = person_of.get((f.article, c.person))
            if pid is not None:
                stated[(pid, c.quantity)].add((c.value, as_date(c.as_of), f.article))
    conflicts = []
    for (pid, quantity), values in sorted(stated.items()):
        clash = ages_clash(values, quantity) if quantity.startswith("age of") else counts_clash(values)
        if clash:
            conflicts.append(replace(number_conflict(names.get(pid, pid), quantity, values), owner=pid))
    return conflicts


def counts_clash(values: set[Stated]) -> bool:
    """Two different figures stated at about the same time (or with no date to tell)."""
    for v1, d1, _ in values:
        for v2, d2, _ in values:
            if v1 < v2 and (d1 is None or d2 is None or abs((d1 - d2).days) <= SAME_TIME_DAYS):
                return True
    return False


def ages_clash(values: set[Stated], quantity: str) -> bool:
    """No birth date makes the child every stated age on the day it was stated."""
    months = quantity.endswith("(months)")
    windows = [child_birth_window(v, d, months) for v, d, _ in values if d is not None]
    if len(windows) < 2:
        return len({v for v, d, _ in values if d is None}) > 1
    return max(lo for lo, _ in windows) > min(hi for _, hi in windows)


def child_birth_window(age: int, as_of: date, months: bool = False) -> tuple[date, date]:
    """Birth dates that make someone ``age`` (years, or months) old on ``as_of``."""
    if months:
        return as_of - timedelta(days=round((age + 1) * 30.44)), as_of - timedelta(days=round(age * 30.44))
    return age_window(age, as_of)


def as_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def number_conflict(name: str, quantity: str, values: set[Stated]) -> Conflict:
    by_value: dict[int, list[str]] = defaultdict(list)
    for value, _, article in sorted(values):
        by_value[value].append(article)
    told = "; ".join(f"{value} in {', '.join(arts)}" for value, arts in sorted(by_value.items()))
    what = quantity.replace(" (months)", " in months")
    if what.startswith("age of "):
        what = f"the age of {name}'s {what[len('age of ') :]}"
    else:
        what = f"the number of {what} for {name}"
    return Conflict(
        kind="number",
        description=f"Sources disagree on {what}: {told}.",
        articles=sorted({a for _, _, a in values}),
    )
