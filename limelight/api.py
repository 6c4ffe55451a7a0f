"""The library API: ``limelight.open(db)`` gives a ``Limelight`` to ingest into and query.

Ingest reads files, runs the engine on every core (or on Ray, ``engine="ray"``), stores
each article in its own transaction, then rebuilds the knowledge graph (duplicates,
resolution) over everything stored. The query methods return plain dicts shaped like the
export's records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from limelight import engine, export
from limelight.config import Settings
from limelight.dedupe import find_duplicates
from limelight.errors import LimelightError, NotFound, StoreError
from limelight.models import ArticleFacts, Knowledge, RawArticle, ReadProblem
from limelight.readers import read_paths
from limelight.resolve import resolve
from limelight.store import Store, connect

Progress = Callable[[int, int | None], None]  # (inputs done, in total); None: not known yet (Ray)

SYMMETRIC = {"spouse_of", "ex_spouse_of", "partner_of", "ex_partner_of", "friend_of", "sibling_of"}
INVERSE = {"parent_of": "child_of", "child_of": "parent_of"} | {p: p for p in SYMMETRIC}
DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FACT_KINDS = ("people", "ages", "meetings", "quotes", "relations")
# An ingest that changes more than one article in this many rebuilds the graph instead of updating it.
UPDATE_SHARE = 5


@dataclass
class IngestReport:
    """What one ingest did. ``read == stored + unchanged + len(skipped)``."""

    read: int = 0  # inputs seen: articles, and files or lines that could not be read
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    facts_added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FACT_KINDS, 0))
    knowledge: dict[str, int] | None = None  # totals after the rebuild; None when not rebuilt

    @property
    def stored(self) -> int:
        return self.new + self.changed

    def to_dict(self) -> dict:
        return asdict(self) | {"stored": self.stored, "skipped": [list(s) for s in self.skipped]}


def open(db: str | Path | None = None, *, create: bool = True, **settings: object) -> Limelight:
    """A Limelight on database ``db`` (default: $LIMELIGHT_DB or limelight.db).

    ``settings`` override Settings fields (model, n_process, batch_size, engine, ray_address,
    facts_dir). With ``create=False`` a missing database raises StoreError instead of being
    created.
    """
    return Limelight(Settings.from_env(db=None if db is None else str(db), **settings), create=create)


class Limelight:
    """One knowledge base: a database plus the settings to ingest into it."""

    def __init__(self, settings: Settings, create: bool = True) -> None:
        self.settings = settings
        self.store: Store = connect(settings.db, create=create)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Limelight:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- ingest

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        """Read, process and store every article under ``paths``, then rebuild the knowledge."""
        if self.settings.engine == "ray":
            return self._ingest_on_ray(paths, progress)
        return self.ingest_articles(read_paths(paths), progress)

    def ingest_articles(
        self, articles: Iterable[RawArticle | ReadProblem], progress: Progress | None = None
    ) -> IngestReport:
        """Process and store articles already read (``RawArticle``), then rebuild the knowledge.

        Always on the local engine: articles in memory (the web's POST) are too few for Ray.
        """
        items = list(articles)  # a total for the progress bar
        s = self.settings
        results = engine.process(items, s.model, s.n_process, s.batch_size)
        return self._store_all(results, progress and (lambda done: progress(done, len(items))))

    def _ingest_on_ray(self, inputs: Iterable[str | Path], progress: Progress | None) -> IngestReport:
        try:
            from limelight import engine_ray  # Ray is imported only by the Ray engine
        except ImportError as err:
            raise LimelightError(f"the Ray engine needs pip install 'limelight[ray]' ({err})") from None

        s = self.settings
        results = engine_ray.process(
            inputs, s.model, s.n_process, s.batch_size, s.ray_address, s.facts_dir, progress
        )
        return self._store_all(results, None)  # engine_ray reports the progress itself

    def _store_all(
        self, results: Iterable[engine.Result], stored: Callable[[int], None] | None
    ) -> IngestReport:
        report = IngestReport()
        left_stale = self.store.knowledge_stale()  # by a run that stopped before its rebuild
        changed: dict[str, str] = {}  # article -> "new" or "changed"
        for done, result in enumerate(results, start=1):
            report.read = done
            self._store_result(result, report, changed)
            if stored:
                stored(done)
        if left_stale or (changed and not self.store.updatable()):
            report.knowledge = self.rebuild()
        elif changed:
            report.knowledge = self._update_or_rebuild(changed)
        return report

    def _store_result(self, result: engine.Result, report: IngestReport, changed: dict[str, str]) -> None:
        if isinstance(result, ReadProblem):
            report.skipped.append((result.source, result.reason))
            return
        try:
            outcome = self.store.save_article(result.document, result.facts)
        except StoreError as err:
            report.skipped.append((result.document.source, str(err)))
            return
        setattr(report, outcome, getattr(report, outcome) + 1)
        if outcome != "unchanged":
            changed[result.document.id] = "changed" if changed.get(result.document.id) else outcome
            for kind, count in fact_counts(result.facts).items():
                report.facts_added[kind] += count

    def _update_or_rebuild(self, changed: dict[str, str]) -> dict[str, int]:
        """A batch that changes a small share of the articles updates the part of the graph it
        reaches; a large one (a first ingest, a re-ingest after new rules) rebuilds it all."""
        if len(changed) * UPDATE_SHARE > self.store.knowledge_counts()["articles"]:
            return self.rebuild()
        return self.update(
            [a for a, how in changed.items() if how == "new"],
            [a for a, how in changed.items() if how != "new"],
        )

    def update(self, new: Iterable[str], changed: Iterable[str] = ()) -> dict[str, int]:
        """Bring the knowledge up to date after the ``new`` articles were stored (and ``changed``
        ones stored again with other facts), recomputing only the people, events and copies they
        can reach (``update.py``): the graph ``rebuild`` would give, at a fraction of its cost."""
        from limelight.dedupe_update import changed_copies
        from limelight.update import plan_update

        new, changed = list(dict.fromkeys(new)), list(dict.fromkeys(changed))
        try:
            duplicates = changed_copies(self.store, new, changed)
            plan = plan_update(self.store, new + changed, duplicates)
        except Exception as err:
            raise LimelightError(
                f"updating the knowledge graph failed ({type(err).__name__}: {err}); "
                "the articles are stored, run `limelight rebuild` once this is fixed"
            ) from err
        self.store.apply_update(plan)
        counts = self.store.knowledge_counts()
        counts.pop("articles")
        return counts

    def rebuild(self) -> dict[str, int]:
        """Recompute duplicates and the knowledge graph from every stored article."""
        documents = self.store.load_documents(originals=False)
        facts = self.store.load_facts()
        try:
            duplicates = find_duplicates(documents)
            knowledge = resolve(documents, facts, duplicates)
        except Exception as err:
            raise LimelightError(
                f"building the knowledge graph failed ({type(err).__name__}: {err}); "
                "the articles are stored, run ingest again once this is fixed"
            ) from err
        if not knowledge.duplicates:
            knowledge.duplicates = dict(duplicates)
        self.store.replace_knowledge(knowledge)
        return knowledge_counts(knowledge)

    # ------------------------------------------------------------- queries

    def export(self) -> dict:
        """The whole knowledge graph in the ``limelight.export/1`` format."""
        return export.to_export(self.store.articles(), self.store.load_knowledge())

    def export_to(self, path: str | Path, format: str | None = None) -> dict:
        """Write the export to ``path`` as ``format`` (contract, graphml, jsonld, parquet, csv;
        default from the file name, see ``formats.format_for``); returns the export written."""
        from limelight import formats

        fmt = formats.format_for(path, format)
        data = self.export()
        formats.write(data, path, fmt)
        return data

    def person(self, name: str) -> dict | None:
        """The profile of the person called ``name`` (or with that alias), or None."""
        ids = self.store.find_people(name)
        if not ids:
            return None
        profile = self.profile(ids[0])
        names = self.store.names()
        profile["also_matches"] = [{"id": i, "name": names[i]} for i in ids[1:]]
        return profile

    def top_person(self) -> dict | None:
        """The profile of the most-connected person, or None when nobody is known."""
        top = self.store.top_people(1)
        return self.profile(top[0]["id"]) if top else None

    def profile(self, person_id: str) -> dict:
        """Everything known about one person, with sources, by person id."""
        person = self.store.person(person_id)
        if person is None:
            raise NotFound(f"no person with id {person_id!r}")
        relations = self.store.relations(person_id)
        meetings = self.store.events(person=person_id)
        # Only the names and articles this profile shows: cheap on a large database.
        names = self.store.names(
            [person_id, *(p for r in relations for p in (r.subject, r.object))]
            + [p for e in meetings for p in e.participants]
        )
        sources = [s.article for r in relations for s in r.sources] + [
            s.article for e in meetings for s in e.sources
        ]
        count = self._corroboration(person.articles + sources)
        return (
            export.person_dict(person)
            | count(person.articles)
            | {
                "ages": [export.age_dict(a) for a in self.store.ages(person_id)],
                "relations": [
                    relation_view(r, person_id, names) | count([s.article for s in r.sources])
                    for r in relations
                ],
                "meetings": [
                    event_view(e, names, exclude=person_id) | count([s.article for s in e.sources])
                    for e in meetings
                ],
                "quotes": [export.quote_dict(q) for q in self.store.quotes(speaker=person_id)],
            }
        )

    def events(
        self,
        person: str | None = None,
        since: str | None = None,
        until: str | None = None,
        city: str | None = None,
    ) -> list[dict]:
        """Events in date order, filtered by a person's name, an ISO date range and a city."""
        for label, value in (("since", since), ("until", until)):
            if value is not None and not DATE_PREFIX.match(value):
                raise LimelightError(
                    f"{label} must be a date like 2024, 2024-06 or 2024-06-08, not {value!r}"
                )
        person_id = None
        if person is not None:
            ids = self.store.find_people(person)
            if not ids:
                raise NotFound(f"no person called {person!r}")
            person_id = ids[0]
        names = self.store.names()
        count = self._corroboration()
        found = self.store.events(person=person_id, since=since, until=until, city=city)
        return [event_view(e, names) | count([s.article for s in e.sources]) for e in found]

    def conflicts(self) -> list[dict]:
        """Where sources disagree (ages no birth date allows, an event's dates or cities)."""
        return [export.conflict_dict(c) for c in self.store.load_knowledge().conflicts]

    def _corroboration(self, ids: list[str] | None = None):
        articles = self.store.articles(ids)
        copies = {a["id"]: a["duplicate_of"] for a in articles if a.get("duplicate_of")}
        return export.corroboration(articles, copies)

    def stats(self) -> dict:
        """Counts of articles, facts and knowledge, and the most-connected person."""
        top = self.store.top_people(1)
        return (
            {"database": self.store.description}
            | self.store.stats()
            | {"top_person": top[0] if top else None}
        )


# ----------------------------------------------------------------- views


def event_view(event, names: dict[str, str], exclude: str | None = None) -> dict:
    """An export event plus the participants' names (``with``: everyone but ``exclude``)."""
    view = export.event_dict(event)
    view["participant_names"] = [names.get(p, p) for p in event.participants]
    if exclude is not None:
        view["with"] = [names.get(p, p) for p in event.participants if p != exclude]
    return view


def relation_view(relation, person_id: str, names: dict[str, str]) -> dict:
    """A relation read from ``person_id``'s side: "spouse_of Marta Quell"."""
    if relation.subject == person_id:
        predicate, other = relation.predicate, relation.object
    else:
        predicate, other = (
            INVERSE.get(relation.predicate, f"inverse of {relation.predicate}"),
            relation.subject,
        )
    return {
        "predicate": predicate,
        "person": {"id": other, "name": names.get(other, other)},
        "sources": [export.source_dict(s) for s in relation.sources],
    }


def fact_counts(facts: ArticleFacts) -> dict[str, int]:
    return {kind: len(getattr(facts, kind)) for kind in FACT_KINDS}


def knowledge_counts(knowledge: Knowledge) -> dict[str, int]:
    kinds = ("people", "ages", "events", "quotes", "relations", "conflicts", "duplicates")
    return {kind: len(getattr(knowledge, kind)) for kind in kinds}
