"""Rich rendering of the CLI's results: ingest summary, person profile, events, stats.

Everything printed from the data goes through ``esc``: names and evidence may contain
square brackets, which Rich would otherwise read as markup.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from limelight.api import IngestReport

EVIDENCE_WIDTH = 110


def esc(value: object) -> str:
    return escape(str(value))


def short(text: str, width: int = EVIDENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def place_of(event: dict) -> str:
    place = event["place"]
    return ", ".join(place[k] for k in ("venue", "city", "region", "country") if place.get(k))


def ingest_report(console: Console, report: IngestReport) -> None:
    table = Table(title="Ingest", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("articles read", str(report.read))
    table.add_row("stored", f"{report.stored} ({report.new} new, {report.changed} changed)")
    table.add_row("unchanged", str(report.unchanged))
    table.add_row("skipped", str(len(report.skipped)))
    added = ", ".join(f"{n} {kind}" for kind, n in report.facts_added.items())
    table.add_row("facts added", added)
    if report.knowledge is not None:
        table.add_row("knowledge now", ", ".join(f"{n} {kind}" for kind, n in report.knowledge.items()))
    console.print(table)
    if report.skipped:
        console.print(f"[bold yellow]Skipped {len(report.skipped)}:[/]")
        for source, reason in report.skipped:
            # One line each, never wrapped: paths stay whole for copying and grepping.
            console.print(f"  {esc(source)}: {esc(reason)}", soft_wrap=True)


def person_profile(console: Console, p: dict) -> None:
    console.print(f"[bold]{esc(p['name'])}[/]  [dim](id {esc(p['id'])}, {len(p['articles'])} articles)[/]")
    if p["aliases"]:
        console.print(f"[bold]Aliases:[/] {esc(', '.join(p['aliases']))}")
    if p["descriptors"]:
        console.print(f"[bold]Described as:[/] {esc(', '.join(p['descriptors']))}")
    birth = p["birth"]
    if birth:
        console.print(f"[bold]Born:[/] between {esc(birth['earliest'])} and {esc(birth['latest'])}")
    for age in p["ages"]:
        as_of = f" as of {age['as_of']}" if age["as_of"] else ""
        console.print(f"[bold]Age:[/] {age['age']}{esc(as_of)}  [dim]{esc(age['article'])}[/]")
    if p["relations"]:
        console.print("[bold]Relations:[/]")
        for r in p["relations"]:
            articles = ", ".join(dict.fromkeys(s["article"] for s in r["sources"]))
            console.print(
                f"  {esc(r['predicate'])} [bold]{esc(r['person']['name'])}[/]  {independence(r)}"
                f"  [dim]{esc(articles)}[/]"
            )
    if p["meetings"]:
        console.print("[bold]Meetings:[/]")
        for e in p["meetings"]:
            where = f" at {place_of(e)}" if place_of(e) else ""
            occasion = f" ({e['occasion']})" if e["occasion"] else ""
            console.print(
                f"  [cyan]{esc(e['date'] or 'date unknown')}[/]  {esc(e['kind'])} with "
                f"[bold]{esc(', '.join(e['with']) or '?')}[/]{esc(occasion + where)}  {independence(e)}"
            )
            for s in e["sources"]:
                console.print(f"      [dim]{esc(s['article'])}:[/] {esc(short(s['evidence']))}")
    if p["quotes"]:
        console.print(f"[bold]Quotes:[/] {len(p['quotes'])}")
        for q in p["quotes"][:5]:
            console.print(f"  “{esc(short(q['text'], 90))}”  [dim]{esc(q['article'])}[/]")
    others = p.get("also_matches") or []
    if others:
        names = ", ".join(f"{o['name']} ({o['id']})" for o in others)
        console.print(f"[dim]Also matching: {esc(names)}[/]")


def events_table(console: Console, events: list[dict]) -> None:
    if not events:
        console.print("No events.")
        return
    table = Table(title=f"{len(events)} events", title_justify="left")
    for column in ("date", "kind", "people", "place", "occasion", "sources"):
        table.add_column(column)
    for e in events:
        counts = (
            f"{e['source_count']} ({e['independent_sources']} independent): " if "source_count" in e else ""
        )
        sources = counts + ", ".join(dict.fromkeys(s["article"] for s in e["sources"]))
        table.add_row(
            esc(e["date"] or "?"),
            esc(e["kind"]),
            esc(", ".join(e["participant_names"])),
            esc(place_of(e)),
            esc(e["occasion"] or ""),
            esc(sources),
        )
    console.print(table)


def independence(fact: dict) -> str:
    """'3 sources, 2 independent' for a fact that carries its corroboration counts."""
    if "source_count" not in fact:
        return ""
    n, k = fact["source_count"], fact["independent_sources"]
    return f"[green]{n} source{'s' * (n != 1)}, {k} independent[/]"


def conflicts_table(console: Console, conflicts: list[dict]) -> None:
    if not conflicts:
        console.print("No conflicts: the sources agree.")
        return
    table = Table(title=f"{len(conflicts)} conflicts", title_justify="left")
    for column in ("kind", "what the sources disagree on", "articles"):
        table.add_column(column)
    for c in conflicts:
        table.add_row(esc(c["kind"]), esc(c["description"]), esc(", ".join(c["articles"])))
    console.print(table)


def stats_table(console: Console, s: dict) -> None:
    table = Table(title=f"Limelight: {esc(s['database'])}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    languages = ", ".join(f"{n} {lang}" for lang, n in s["languages"].items())
    table.add_row("articles", f"{s['articles']} ({esc(languages) or 'none'})")
    table.add_row("duplicates", str(s["duplicates"]))
    for kind in ("people", "ages", "events", "quotes", "relations", "conflicts"):
        table.add_row(kind, str(s[kind]))
    top = s["top_person"]
    if top:
        table.add_row(
            "most connected", f"{esc(top['name'])} ({top['connections']} people, {top['articles']} articles)"
        )
    if s["knowledge_stale"]:
        table.add_row("note", "articles changed since the last rebuild: run ingest again")
    console.print(table)
