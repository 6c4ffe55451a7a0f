import random

from limelight.dedupe import find_duplicates
from limelight.models import Block, Document

STORY = [
    "Mara Quill surprised Otto Brenn on stage at the Larkspur Hall in Denver on Friday evening.",
    "The 34-year-old singer invited the Silver Pines star, 29, to join her for their 2019 duet.",
    "Quill later posted a photo of the pair and wrote: “Denver, you were wild tonight.”",
    "The two have been friends since they met at a songwriting camp in Austin in 2016.",
    "Brenn, who is married to painter Ilse Brenn, said the night was a dream come true.",
    "The concert raised more than $400,000 for the Riverbend Music School, organisers said.",
]
SPUN = [
    "Mara Quill amazed Otto Brenn on phase at the Larkspur Hall in Denver on Friday night.",
    "The 34-year-old vocalist welcomed the Silver Pines celebrity, 29, to sign up with her for a 2019 song.",
    "Quill later on uploaded a picture of the set and wrote: “Denver, you were wild tonight.”",
    "The two have actually been pals considering that they satisfied at a writing camp in Austin in 2016.",
    "Brenn, that is wed to painter Ilse Brenn, stated the evening was a desire become a reality.",
    "The show elevated greater than $400,000 for the Riverbend Music School, coordinators stated.",
]
OTHER = [
    "Otto Brenn joined Mara Quill for a surprise duet in Denver, the latest stop on her tour.",
    "Quill, 34, told fans that Brenn had been her first call when she planned the benefit show.",
    "“He is the most generous person I know,” she said from the stage at Larkspur Hall.",
    "Brenn, 29, said he flew in from Los Angeles that morning and would head back on Sunday.",
    "Organisers said the night raised money for a music school in the Riverbend district.",
    "Quill’s tour continues in Chicago next week before heading to Europe in the spring.",
]


def doc(ident, headline, paragraphs, published):
    text = headline
    blocks = [Block("headline", 0, len(headline))]
    for p in paragraphs:
        text += "\n\n"
        blocks.append(Block("body", len(text), len(text) + len(p)))
        text += p
    return Document(ident, ident, None, None, headline, published, "en", text, blocks)


def corpus():
    return [
        doc("a-orig", "Quill brings out Brenn in Denver", STORY, "2024-05-03"),
        doc("b-copy", "A completely different headline for the syndicated copy", STORY, "2024-05-03"),
        doc("c-spin", "Quill amazes Brenn on phase", SPUN, "2024-05-05"),
        doc("d-other", "Brenn and Quill team up", OTHER, "2024-05-04"),
        doc("e-undated", "Undated copy", STORY[:5], None),
    ]


def test_copies_and_spins_point_to_the_original():
    assert find_duplicates(corpus()) == {"b-copy": "a-orig", "c-spin": "a-orig", "e-undated": "a-orig"}


def test_same_event_different_wording_is_not_a_duplicate():
    docs = corpus()
    assert "d-other" not in find_duplicates(docs)


def test_order_independent():
    docs = corpus()
    expected = find_duplicates(docs)
    for seed in range(5):
        random.Random(seed).shuffle(docs)
        assert find_duplicates(docs) == expected


def test_earlier_date_wins_over_smaller_id():
    early = doc("z-early", "H1", STORY, "2024-01-01")
    late = doc("a-late", "H2", STORY, "2024-02-01")
    assert find_duplicates([late, early]) == {"a-late": "z-early"}


def test_look_alike_letters_do_not_hide_a_copy():
    disguised = [p.replace("a", "а").replace("o", "о") for p in STORY]  # Cyrillic а and о
    docs = [doc("a", "H", STORY, "2024-01-01"), doc("b", "H", disguised, "2024-01-02")]
    assert find_duplicates(docs) == {"b": "a"}


def test_short_texts_are_not_matched():
    docs = [doc("a", "H", ["Short note."], "2024-01-01"), doc("b", "H", ["Short note."], "2024-01-02")]
    assert find_duplicates(docs) == {}
