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


LUNCH = [
    "Singer Nell Ostrow was seen having lunch with actor Arlo Vance at a cafe in Lisbon on Tuesday.",
    "The pair arrived separately but left together an hour later, witnesses said.",
    "Ostrow, 27, wore sunglasses and a long grey coat.",
    "Vance, 31, is in the city shooting the third season of his crime drama.",
    "It is the second time they have been seen together this month.",
    "A friend of the singer said they were only old friends.",
    "Ostrow split from her boyfriend of five years in March.",
    "Neither star has commented.",
]
# Word-spun ("third" -> "3rd", "five" -> "5"), sentences shuffled into two paragraphs, a Cyrillic а.
LUNCH_SPUN = [
    "The duo got here individually however exited with each other a hr later on, witnesses stated. "
    "Vocalist Nell Ostrow was viewed having lunch with star Arlo Vance at a coffee shop in Lisbon "
    "on Tuesday. "
    "Ostrow, 27, used sunglasses and a lengthy grey layer.",
    "A buddy of the vocаlist stated they were just old pals. "
    "Vance, 31, remains in the city firing the 3rd period of his criminal offense dramatization. "
    "It is the 2nd time they have actually been viewed with each other this month. "
    "Not either celebrity has actually commented. "
    "Ostrow divided from her sweetheart of 5 years in March.",
]
# Another outlet's write-up: the same people, places and numbers, in sentences of its own.
LUNCH_OTHER = [
    "Nell Ostrow and Arlo Vance were photographed at a Lisbon cafe on Tuesday.",
    "The 27-year-old singer and the 31-year-old actor stayed for about an hour.",
    "Vance is in Portugal filming season three of his crime series.",
    "This is the second sighting of the two this month.",
    "Ostrow ended a five-year relationship in March.",
    "Representatives for both did not respond to requests for comment.",
]


def test_spin_with_shuffled_and_merged_sentences_is_a_copy():
    docs = [doc("a", "Ostrow and Vance", LUNCH, "2024-03-01"), doc("b", "Vance", LUNCH_SPUN, "2024-03-02")]
    assert find_duplicates(docs) == {"b": "a"}


def test_other_write_up_with_the_same_names_and_numbers_is_not_a_copy():
    docs = [doc("a", "Ostrow and Vance", LUNCH, "2024-03-01"), doc("c", "Lisbon", LUNCH_OTHER, "2024-03-01")]
    assert find_duplicates(docs) == {}


def test_invisible_characters_do_not_hide_a_copy():
    # soft hyphens and zero-width spaces
    hidden = [p.replace("e", "e\u00ad").replace(" ", " \u200b") for p in LUNCH]
    docs = [doc("a", "H", LUNCH, "2024-01-01"), doc("b", "H", hidden, "2024-01-02")]
    assert find_duplicates(docs) == {"b": "a"}
