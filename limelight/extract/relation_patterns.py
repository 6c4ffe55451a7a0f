"""The phrasings relations are read from: kinship phrases, verbs that tie or part two people, a
pair's state ('the couple, who married in 2019'), and children shared. Patterns only; what they
mean for whom is ``relations.py``.
"""

from __future__ import annotations

import re

from .lexicon import KIN_WORDS

# Tabloid words for a partner the shared lexicon does not hold: 'Rolf's new love, Gran', 'her new
# man Eskil Gran', 'his sweetheart X' (each only with an owner: 'the love of her life' gives nothing)
KIN_EXTRA = {"love": "partner_of", "new man": "partner_of", "new woman": "partner_of",
             "sweetheart": "partner_of", "toyboy": "partner_of",
             # plurals: 'her sisters X and Y', 'brothers X and Y' (siblings of the owner and each other)
             "sisters": "sibling_of", "brothers": "sibling_of", "siblings": "sibling_of"}  # fmt: skip
RELATION_KIN = {**KIN_WORDS, **KIN_EXTRA}
KIN = "|".join(sorted((re.escape(k) for k in RELATION_KIN), key=len, reverse=True))
KIN_PHRASE = re.compile(
    rf"(?P<det>\b(?i:the|a|an|my|his|her|their|our|your)\s+|[’']s\s+|\b)"
    rf"(?P<mods>(?:(?:longtime|long-time|old|best|close|closest|oldest|younger|older|little|big|"
    rf"baby|model|new|late|former|estranged|twin|eldest|youngest|childhood|dear|real-life|good|Good|"
    rf"first|second|third|fourth|newborn|only|one-time|onetime|erstwhile|"
    rf"Close|Best|Longtime|Former)\s+)*)"
    rf"(?P<kin>{KIN}|{KIN.upper()})\b"
    rf"(?P<tenure>\s+of\s+(?:[\w-]+\s+){{1,2}}?(?:years?|months?|decades?)"  # 'wife of 20 years'
    rf"|-of-(?:\w+-){{1,2}}?(?:years?|months?|decades?))?"  # 'wife-of-ten-years'
    # 'his wife, actress X': role words, never a preposition ('his first child with ex-girlfriend X'
    # names the child's other parent, not the child)
    rf"(?P<gap>(?:\s+and\s+co-?parent"  # "X's ex-husband and co-parent Y"
    # "X's ex-girlfriend and the mother of his son, Y": Y is the ex (and not a son)
    rf"|\s+and\s+(?:the\s+)?(?:mother|father)\s+of\s+(?:his|her|their)\s+(?:\w+\s+)?"
    rf"(?:son|daughter|child|children|kids|twins|sons|daughters))?"
    # ('her boyfriend, 25-year-old model X': an age may open the role words)
    rf",?\s+(?:(?:the|a|an)\s+)?(?:\d{{1,3}}-year-old\s+)?"
    # (never another owner: in 'I love my sister X' the kin of X is 'sister', not 'love')
    rf"(?:(?!(?:with|by|from|to|for|of|and|my|his|her|their|our|your)\s)[a-z][\w-]*\s+){{0,3}}?)"
    rf"(?=[A-Z])",
)
# 'her longtime boyfriend, guitarist ': words (and a comma) between a verb and the name it governs
ROLE_WORDS = (
    r"(?:(?:his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:(?:boyfriend|girlfriend|partner|husband|wife|fianc\w+|beau)"
    r"(?:\s+of\s+[\w-]+\s+(?:years?|months?|decades?))?,\s+(?:[a-z][\w-]*\s+){0,2})?"
)
VERBAL = [
    (
        re.compile(r"\b(?:previously|formerly|once)\s+married to\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"),
        "ex_spouse_of",
    ),
    (
        re.compile(
            r"(?<!previously )(?<!formerly )(?<!once )\b(?:married to|wed to|husband of|wife of)\s+"
            r"(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "spouse_of",
    ),
    (
        re.compile(
            r"\b(?:divorce from|divorced)\s+"
            r"(?:(?:his|her) (?:ex-)?(?:wife|husband)(?:\s+of\s+[\w-]+\s+(?:years?|decades?))?,?\s+)?"
            r"(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "ex_spouse_of",
    ),
    (  # a split ends a couple; 'split from his wife' makes it a marriage (_ended_in_the_same_breath)
        re.compile(
            r"\b(?:split from|separated from)\s+"
            r"(?:(?:his|her) (?:ex-)?(?:wife|husband)(?:\s+of\s+[\w-]+\s+(?:years?|decades?))?,?\s+)?"
            rf"{ROLE_WORDS}(?=[A-Z])"
        ),
        "ex_partner_of",
    ),
    (
        re.compile(
            r"\b(?:broke up with|breaking up with|break-up with|split with|parted ways with|"
            rf"called it quits with)\s+(?:(?:his|her) ex-\w+,?\s+)?{ROLE_WORDS}(?=[A-Z])"
        ),
        "ex_partner_of",
    ),
    (  # 'Tilda married producer Ben Ocampo', 'who wed Ben'
        re.compile(
            r"(?<!previously )(?<!formerly )(?<!once )\b(?:married|wed)\s+"
            rf"(?:(?:[a-z][\w-]*\s+){{0,2}}|{ROLE_WORDS})(?=[A-Z])"  # 'married his longtime partner, X'
        ),
        "spouse_of",
    ),
    (
        re.compile(r"\b(?:previously|formerly|once)\s+engaged\s+to\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"),
        "ex_partner_of",
    ),
    (
        re.compile(
            r"(?<!previously )(?<!formerly )(?<!once )\bengaged\s+to\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "partner_of",
    ),
    (  # 'is currently dating actor X', 'has been seeing X'
        re.compile(
            r"\b(?:has been|have been|is|are|was|were|had been|[’']s)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?"
            r"(?:dating|seeing)\s+"
            r"(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "partner_of",
    ),
    (  # 'was previously in a relationship with singer X for four years': over, by its tense
        re.compile(
            r"\b(?:was|were)\s+(?:previously\s+|formerly\s+|once\s+)?in an?\s+(?:[a-z]+\s+)?relationship\s+"
            r"with\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "ex_partner_of",
    ),
    (  # 'has been in a relationship with footballer X since 2022'
        re.compile(
            r"\b(?:has been|have been|is|are|[’']s)\s+(?:\w+ly\s+)?in an?\s+(?:[a-z]+\s+)?relationship\s+"
            r"with\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
        ),
        "partner_of",
    ),
    (
        re.compile(r"\bmoved on with\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=(?:DJ|[a-z])))*?(?=[A-Z])"),
        "partner_of",
    ),
    (re.compile(r"\bdated\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"), "ex_partner_of"),  # 'dated model Ivy Lowe'
]
PAIR_STATE = [
    (
        re.compile(
            r"\b(?:have been|are|were|'re|’re)\s+(?:just\s+|only\s+)?"
            # 'have been pals since school', 'are best buddies': friends in other words
            r"(?:close\s+|good\s+|old\s+|best\s+)?(?:friends|pals|buddies|besties|BFFs|mates)\b",
            re.I,
        ),
        "friend_of",
    ),
    (re.compile(r"\b(?:have been|are)\s+married\b|\bhave been wed\b", re.I), "spouse_of"),
    (  # 'X and Y tied the knot in Las Vegas', 'got married', 'exchanged vows' (not 'will', not 'plan to')
        re.compile(
            r"(?<!will )(?<!to )\b(?:tied the knot|got married|exchanged (?:their )?vows|said [\"“]?I do)\b",
            re.I,
        ),
        "spouse_of",
    ),
    (  # 'the couple, who have been dating since January'
        re.compile(
            r"\b(?:have been|are|'re|’re)\s+(?:secretly\s+|quietly\s+)?dating\b(?!\s+(?-i:[A-Z]))", re.I
        ),
        "partner_of",
    ),
    (  # 'The couple, who married in 2019, ...' (unless the sentence goes on to their split)
        re.compile(
            r"\b(?:couple|pair|two),?\s+who\s+(?:married|wed|tied the knot)\b"
            r"(?!.*\b(?:split|divorc\w*|separated|broke up)\b)",
            re.I,
        ),
        "spouse_of",
    ),
    (  # 'Gry Holt, 27, and Stian Vik, 30, wed in Bergen in 2021': a pair as the subject of an
        # intransitive 'wed'/'married' (read at 'at', after both names; not 'will', not 'plan to')
        re.compile(
            r"(?:\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s*\d{1,3},)?|\b(?i:couple|pair|duo))\s+"
            r"(?P<at>(?:(?i:secretly|quietly|finally)\s+)?(?:wed|married))\s+"
            r"(?i:in|on|at|last|earlier|back|this|during|after|before)\b"
            r"(?!.*\b(?:split|divorc\w*|separated|broke up)\b)"
        ),
        "spouse_of",
    ),
    (re.compile(r"\bdated for\b.*\b(?:split|splitting|broke up)\b", re.I), "ex_partner_of"),
    (  # 'X and Y, who divorced in 2018': a pair's past marriage, read at 'who' past both names
        re.compile(
            r"(?:\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\b(?i:couple|pair|two|duo)),?\s+(?P<at>who)\s+"
            r"(?:(?i:later|eventually|quietly|finally)\s+)?(?i:(?:have |had )?divorced)\b(?!\s+[A-Z])"
        ),
        "ex_spouse_of",
    ),
    (  # 'X and Y married in 2010 but divorced in 2015': a pair's marriage ended in the same sentence
        re.compile(
            r"(?:\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s*\d{1,3},)?|\b(?i:couple|pair|duo))\s+"
            r"(?P<at>(?:wed|married|tied the knot))\b.*\b(?:divorced|split|separated)\b"
        ),
        "ex_spouse_of",
    ),
    (  # 'Tess Ulven, 42, and Hugo Brink split in 2022': a pair as the subject of a bare 'split'
        re.compile(
            r"(?:\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s*\d{1,3},)?|\b(?i:couple|pair|duo))\s+"
            r"(?P<at>split|separated)\s+(?i:in|on|last|earlier|back|this|after|amid|following)\b"
        ),
        "ex_partner_of",
    ),
    (  # 'X and Y, who dated in 2019', 'the pair, who briefly dated': a past tense with no one named
        # after it is the two before it, and over ('who dated Y' is a verb with an object, VERBAL's).
        # The state is read at 'who' (group 'at'), so both names stand before it
        re.compile(
            r"(?:\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\b(?i:couple|pair|two|duo)),?\s+(?P<at>who)\s+"
            r"(?:(?i:briefly|once|previously|famously|secretly)\s+)?(?i:dated)\b(?!\s+[A-Z])"
        ),
        "ex_partner_of",
    ),
    (  # 'X and Y have called off their engagement', 'broke up last month', 'have called it quits'
        re.compile(
            r"\b(?:called off|broke off|ended)\s+their\s+engagement\b|"
            r"\b(?:broke up|split up|(?:have|has|had) split|called it quits|parted ways)\b(?!\s+with\b)",
            re.I,
        ),
        "ex_partner_of",
    ),
    (  # 'X and Y are divorcing', 'have divorced', 'are separating' (married people parting)
        re.compile(
            r"\b(?:are|were|have been|is)\s+(?:divorcing|separating)\b|\bhave\s+(?:divorced|separated)\b",
            re.I,
        ),
        "ex_spouse_of",
    ),
    (  # 'the couple, who confirmed their relationship in May', 'who have been together since 2020'
        re.compile(
            r"\b(?:couple|pair|two),?\s+who\s+(?:(?:confirmed|went public with|made)\s+their\s+"
            r"(?:relationship|romance)|have been together|started dating|began dating)\b",
            re.I,
        ),
        "partner_of",
    ),
    (  # 'have been an item since March', 'went public with their romance', 'made their red-carpet
        # debut as a couple': a pair's romance stated as theirs
        re.compile(
            r"\b(?:have been|are|'re|’re)\s+(?:officially\s+|now\s+)?an\s+item\b|"
            r"\b(?:went public with|confirmed|made official)\s+their\s+(?:relationship|romance)\b|"
            r"\bmade\s+their\s+(?:[\w-]+\s+)?debut\s+as\s+a\s+couple\b",
            re.I,
        ),
        "partner_of",
    ),
    (  # 'X and Y announced their engagement', 'got engaged in Paris', 'are engaged', 'are expecting
        # their first child': a couple (engaged to someone named after is VERBAL's)
        re.compile(
            r"\b(?:announced|confirmed|revealed)\s+their\s+engagement\b|"
            r"\b(?:got|are|'re|’re|have\s+got|have\s+become)\s+engaged\b(?!\s+to\b)|"
            r"\b(?:are|'re|’re)\s+expecting\s+(?:their\s+)?(?:(?:first|second|third|fourth)\s+)?"
            r"(?:child|baby|twins)\b",
            re.I,
        ),
        "partner_of",
    ),
    (re.compile(r"\b(?:the )?(?:unlikely |surprise |long |close )?friendship\b", re.I), "friend_of"),
]
SHARE_CHILD = re.compile(
    r"\b(?:share|shares|sharing|have|has|had|welcomed|welcome|welcomes|welcoming)\s+"
    # 'welcomed their first child, a son'
    r"(?:their\s+(?:first|second|third|fourth|fifth)\s+(?:child|baby),?\s+)?"
    r"(?:(?:a|one|two|three|four|\d)\s+)?"
    r"(?:[\w]+-year-old\s+|young\s+|little\s+|teenage\s+|adult\s+|baby\s+)?"
    r"(?:daughters?|sons?|children|kids|twins|boy|girl)\b(?:,?\s*(?:named|called)\s+|,?\s*)"
)
# '... with his ex-wife, model ': the other parent named after the children
CO_PARENT = re.compile(r"(?:,\s*\d{1,2})?,?\s+with\s+(?:(?:his|her)\s+)?(?:[a-z][\w-]*,?\s+){0,3}(?=[A-Z])")
ONE_OF_FRIENDS = re.compile(r"\bis (?:one of )?(?P<owner>[A-Z][\w-]+)[’']s (?:\w+ )?(?:friends?|pals?)\b")
# "Jolie's parents, Inga and Lars Tarn", "Britt and Oskar's proud parents Inga and Lars": 'parents'
# is not a kin word of one person, so its owners (one or a pair) and the two named are read here
PARENTS = re.compile(
    r"[’']s\s+(?:(?:proud|doting|famous|adoptive)\s+)?parents,?\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])"
)
# 'denied he was dating X', 'laughed off claims she had married X': the tie is refuted or hearsay
REFUTED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|laugh(?:s|ed|ing)? off|shut(?:s|ting)? down|"
    r"quash(?:es|ed|ing)?|rubbish(?:es|ed|ing)?|hit(?:s|ting)? back at|"
    # hearsay: 'sources claim X has married Y', 'X is said to be dating Y', 'believed to have wed'
    r"claim(?:s|ed|ing)?|(?:said|believed|thought|tipped|rumou?red)\s+to|hint(?:s|ed|ing)?|"
    r"(?:insiders?|sources?)\s+(?:say|says|said|claim|reveal\w*))\b",
    re.I,
)
# 'is not engaged to X', "isn't married to X", 'has never dated X': a verb negated just before it
NOT_BEFORE = re.compile(r"(?:\b(?:not|never|no longer)|n[’']t)\s+(?:\w+\s+)?$", re.I)
# 'the mother of his son, Y': the kin word that follows names whose child Y had, not Y's kin
CHILDS_PARENT_BEFORE = re.compile(r"\b(?:mother|father|mum|dad)\s+of\s+$", re.I)
