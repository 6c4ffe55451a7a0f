"""Across articles: stated ages, birth windows and age conflicts.

Each stated age with its as-of date allows a window of birth dates; the window most independent
outlets agree on (copies count once) is the person's birth window, and an age outside it is a
conflict rather than a reason to widen it. A sweep over sorted window edges keeps a person with
thousands of stated ages cheap.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from .models import Age, ArticleFacts, Conflict, Person

Member = tuple[str, str]  # (article id, local key)


def stated_ages(facts: list[ArticleFacts], person_of: dict[Member, str]) -> list[Age]:
    out: dict[tuple, Age] = {}
    for f in facts:
        for a in f.ages:
            pid = person_of.get((f.article, a.person))
            if pid is None:  # someone outside the people being resolved (an update's scope)
                continue
            out.setdefault((pid, a.age, f.article), Age(pid, a.age, a.as_of, f.article, a.evidence.text))
    return sorted(out.values(), key=lambda a: (a.person, a.article, a.age))


def age_window(age: int, as_of: date) -> tuple[date, date]:
    """Birth dates that make someone ``age`` on ``as_of``."""
    latest = years_before(as_of, age)
    earliest = years_before(as_of, age + 1) + timedelta(days=1)
    return earliest, latest


def years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def birth_window(ages: list[Age], duplicates: dict[str, str]) -> tuple[tuple[str, str] | None, list[Age]]:
    """The window most independent sources agree on, and the ages that fall outside it."""
    dated = [
        (a, age_window(a.age, date.fromisoformat(a.as_of[:10])))
        for a in ages
        if a.as_of and len(a.as_of) >= 10
    ]
    if not dated:
        return None, []

    _, best_points = _best_points(dated, [source_root(a.article, duplicates) for a, _ in dated])
    tied = list(
        dict.fromkeys(
            frozenset(i for i, (_, (lo, hi)) in enumerate(dated) if lo <= x <= hi) for x in best_points
        )
    )
    winners = [g for g in tied if not any(g < other for other in tied)]  # keep the widest agreement
    if len(winners) > 1:
        return None, [a for a, _ in dated]  # sources split evenly: no window can be trusted
    inside = winners[0]
    lo = max(dated[i][1][0] for i in inside)
    hi = min(dated[i][1][1] for i in inside)
    outside = [a for i, (a, _) in enumerate(dated) if i not in inside]
    return (lo.isoformat(), hi.isoformat()), outside


def _best_points(dated: list, roots: list[str]) -> tuple[int, list[date]]:
    """The most independent sources any one birth date satisfies, and the window edges where it
    does: a sweep over the sorted edges, so a person with thousands of ages stays cheap."""
    points = sorted({lo for _, (lo, _) in dated} | {hi for _, (_, hi) in dated})
    starts = sorted(range(len(dated)), key=lambda i: dated[i][1][0])
    ends = sorted(range(len(dated)), key=lambda i: dated[i][1][1])
    active: Counter[str] = Counter()
    si = ei = 0
    scores = []
    for x in points:
        while si < len(starts) and dated[starts[si]][1][0] <= x:
            active[roots[starts[si]]] += 1
            si += 1
        while ei < len(ends) and dated[ends[ei]][1][1] < x:
            active[roots[ends[ei]]] -= 1
            if not active[roots[ends[ei]]]:
                del active[roots[ends[ei]]]
            ei += 1
        scores.append(len(active))
    best = max(scores)
    return best, [x for x, n in zip(points, scores, strict=True) if n == best]


def source_root(article: str, duplicates: dict[str, str]) -> str:
    seen = set()
    while article in duplicates and article not in seen:
        seen.add(article)
        article = duplicates[article]
    return article


def age_conflict(p: Person, bad: list[Age], ages: list[Age]) -> Conflict:
    stated = sorted({(a.age, a.article) for a in ages if a.person == p.id})
    told = ", ".join(f"{age} in {art}" for age, art in stated)
    return Conflict(
        kind="age",
        description=f"No single birth date fits every age stated for {p.name} ({told}).",
        articles=sorted({a for _, a in stated}),
    )
