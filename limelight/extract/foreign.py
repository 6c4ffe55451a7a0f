"""Facts from Spanish and French articles, by rule: people, ages, quotes, meetings and relations.

This module owns extraction for ``es`` and ``fr`` documents. spaCy's English tagger is no use on
them, so everything here is pattern work over the text (lexicon in ``lexicon_foreign.py``): people
are capitalised runs with evidence (a known first name, a role noun, an age, a speech verb or a
kinship noun beside them); "la artista" / "l'actrice" stand for the last person named who fits;
sentences are split by rule, never inside quotation marks. Every fact keeps its evidence.
"""

from __future__ import annotations

from ..models import (
    ArticleFacts,
    Document,
)
from .foreign_facts import extract_ages, extract_meetings, extract_quotes
from .foreign_people import find_people
from .foreign_relations import extract_relations
from .foreign_text import ForeignText, sentences
from .quote_marks import quote_regions


def extract_foreign(document: Document, doc=None) -> ArticleFacts:
    """Every fact one Spanish or French article states. ``doc`` (spaCy's English parse) is accepted
    for the dispatcher's sake; its sentence boundaries split quotations, so sentences are cut here."""
    regions = quote_regions(document.text)
    sents = sentences(document, regions)
    people, refs, genders = find_people(document, regions)
    t = ForeignText(document, regions, sents, people, refs, genders)
    quotes = extract_quotes(t)
    return ArticleFacts(
        article=document.id,
        people=people,
        ages=extract_ages(t),
        meetings=extract_meetings(t),
        quotes=quotes,
        relations=extract_relations(t),
    )
