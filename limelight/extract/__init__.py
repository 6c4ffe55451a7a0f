"""Per-article fact extraction: people, ages, meetings, quotes, relations and counts.

Each stage is a plain function over the cleaned Document, spaCy's parse of its text and the
people index built first; every fact keeps the sentence it was read from.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import ArticleFacts, Document
from .ages import extract_ages
from .counts import extract_counts
from .foreign import extract_foreign
from .meetings import extract_meetings
from .people import find_people
from .quote_marks import quote_regions
from .quotes import extract_quotes
from .relations import extract_relations


def extract_facts(document: Document, doc: Doc) -> ArticleFacts:
    """Every fact one English article states, with its evidence. ``doc`` is spaCy's parse of
    ``document.text``."""
    regions = quote_regions(document.text)
    people = find_people(document, doc, regions)
    quotes = extract_quotes(document, doc, people, regions)
    return ArticleFacts(
        article=document.id,
        people=people.people,
        ages=extract_ages(document, doc, people),
        meetings=extract_meetings(document, doc, people, regions),
        quotes=quotes,
        relations=extract_relations(doc, people, quotes, regions),
        counts=extract_counts(document, doc, people),
    )


FOREIGN_LANGUAGES = ("es", "fr")


def extract_any(document: Document, doc: Doc) -> ArticleFacts:
    """Facts by the document's language: English rules, Spanish/French rules, else none."""
    if document.language == "en":
        return extract_facts(document, doc)
    if document.language in FOREIGN_LANGUAGES:
        return extract_foreign(document, doc)
    return ArticleFacts(article=document.id)
