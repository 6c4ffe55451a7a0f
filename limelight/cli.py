"""The ``limelight`` command: a thin Typer layer over ``limelight.api``.

Readable Rich output by default, ``--json`` for programs. Library errors become one-line
messages (exit code 2); set LIMELIGHT_DEBUG=1 to see the traceback instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from limelight import api, render
from limelight.errors import LimelightError

app = typer.Typer(
    name="limelight",
    help="Scraped celebrity news in, a sourced knowledge graph out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database file or postgresql:// URL (default: $LIMELIGHT_DB or limelight.db).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for programs.")]


@app.callback()
def cli(ctx: typer.Context, db: DbOption = None) -> None:
    """Scraped celebrity news in, a sourced knowledge graph out."""
    ctx.obj = {"db": db}


def db_of(ctx: typer.Context, db: str | None) -> str | None:
    """The command's --db, else the global one; None lets the settings read $LIMELIGHT_DB."""
    return db or (ctx.obj or {}).get("db")


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn a LimelightError into a one-line message and exit code 2."""
    try:
        yield
    except LimelightError as error:
        if os.environ.get("LIMELIGHT_DEBUG"):
            raise
        err.print(f"[bold red]Error:[/] {render.esc(str(error))}")
        raise typer.Exit(2) from None


def print_json(data: object) -> None:
    # Plain print, not Rich: JSON must not be wrapped or styled.
    print(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path], typer.Argument(help="Files and folders (.txt, .jsonl[.gz], .html, .warc[.gz]).")
    ],
    db: DbOption = None,
    processes: Annotated[
        int | None, typer.Option("--processes", "-j", min=1, help="Worker processes (default 2).")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option("--engine", help="local (a process pool) or ray (Ray Data; -j is its worker count)."),
    ] = None,
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", help="Ray cluster to run on (auto, ray://host:10001); default local."),
    ] = None,
    facts_dir: Annotated[
        Path | None, typer.Option("--facts-dir", help="Keep the Ray engine's Parquet facts in this folder.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Read articles, extract their facts and rebuild the knowledge graph.

    Exits with code 1 when any input was skipped (each is listed with the reason).
    """
    options = {"n_process": processes, "engine": engine, "ray_address": ray_address}
    options["facts_dir"] = str(facts_dir) if facts_dir else None
    with library_errors(), api.open(db_of(ctx, db), **options) as ll:
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=as_json,
        ) as bar:
            task = bar.add_task("Reading articles", total=None)

            def progress(done: int, total: int | None) -> None:
                # The Ray engine counts its results before it knows the total, then stores them.
                stage = "Ingesting" if total is not None else "Extracting on Ray"
                bar.update(task, completed=done, total=total, description=stage)

            report = ll.ingest(paths, progress=progress)
    if as_json:
        print_json(report.to_dict())
    else:
        render.ingest_report(out, report)
    if report.skipped:
        raise typer.Exit(1)


@app.command("export")
def export_command(
    ctx: typer.Context,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File (or folder) to write; - for stdout.")
    ] = "-",
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="contract (JSON), graphml, jsonld, parquet or csv (a folder of tables); "
            "default from the file name, else contract.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Write the knowledge graph: limelight.export/1 JSON, GraphML, JSON-LD, Parquet or CSV."""
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        data = ll.export_to(output, fmt)
    if output != "-":
        err.print(
            f"Wrote {len(data['articles'])} articles, {len(data['people'])} people to {render.esc(output)}"
        )


@app.command()
def person(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="A name or alias, any case.")] = None,
    top: Annotated[bool, typer.Option("--top", help="The most-connected person instead.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show what is known about one person: aliases, ages, relations, meetings."""
    if (name is None) == (not top):
        err.print("[bold red]Error:[/] give a NAME or --top")
        raise typer.Exit(2)
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        profile = ll.top_person() if top else ll.person(name or "")
    if profile is None and top:
        err.print("Nobody is known yet.")
        raise typer.Exit(0)
    if profile is None:
        err.print(f"[bold red]Error:[/] no person called {render.esc(repr(name))}")
        raise typer.Exit(2)
    if as_json:
        print_json(profile)
    else:
        render.person_profile(out, profile)


@app.command()
def events(
    ctx: typer.Context,
    person: Annotated[str | None, typer.Option("--person", help="Only events with this person.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this date (2024, 2024-06, 2024-06-08).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")] = None,
    city: Annotated[str | None, typer.Option("--city", help="Only events in this city.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List events (meetings) in date order, with their sources."""
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        found = ll.events(person=person, since=since, until=until, city=city)
    if as_json:
        print_json(found)
    else:
        render.events_table(out, found)


@app.command()
def stats(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of articles, facts and knowledge."""
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        figures = ll.stats()
    if as_json:
        print_json(figures)
    else:
        render.stats_table(out, figures)


@app.command()
def conflicts(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Where the sources disagree: impossible ages, an event's dates or cities."""
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        found = ll.conflicts()
    if as_json:
        print_json(found)
    else:
        render.conflicts_table(out, found)


@app.command()
def rebuild(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Recompute people, events, windows and conflicts from the stored articles (after rule changes)."""
    with library_errors(), api.open(db_of(ctx, db), create=False) as ll:
        counts = ll.rebuild()
    if as_json:
        print_json(counts)
    else:
        out.print("Rebuilt: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


def main() -> None:
    app()


@app.command()
def serve(
    ctx: typer.Context,
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the JSON API (/api/, docs at /docs); POST /api/articles needs $LIMELIGHT_TOKEN."""
    from limelight.config import Settings
    from limelight.web.app import run

    path = Settings.from_env(db=db_of(ctx, db)).db
    with library_errors():
        run(path, host=host, port=port)
