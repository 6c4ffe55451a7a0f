"""Where a quote was said or written (Instagram, X, an interview, a statement...): read from the
attribution, else from the sentences that lead into the quote."""

from __future__ import annotations

import re

_MEDIA = [
    # 'she commented under the post', 'replied in the comments': a comment, though on a post
    (re.compile(r"\bcommented\b|\bin the comments?\b|\bcomments? section\b", re.I), "social media comment"),
    # a platform named outright wins over the words of a post ('in a video posted to TikTok',
    # 'posted on X'); a lowercase 'post' only, as 'told the Daily Post' names a paper
    (re.compile(r"instagram", re.I), "Instagram"),
    (re.compile(r"\btweet|\b(?:on|to)\s+(?-i:X)\b|twitter", re.I), "X"),  # 'took to X to write'
    (re.compile(r"tiktok", re.I), "TikTok"),
    (re.compile(r"facebook", re.I), "Facebook"),
    (re.compile(r"youtube", re.I), "YouTube"),
    (re.compile(r"\b(?:on|to)\s+(?-i:Threads)\b"), "Threads"),
    (re.compile(r"caption|carousel|(?-i:\bpost(?:ed)?\b)|\bstor(?:y|ies)\b|\bsnaps?\b", re.I), "Instagram"),
    # 'replied to a fan', 'replied under the clip' are comments; 'she replied with a smile' is not
    (
        re.compile(r"comment(?:s|ed)?\b|replied\s+(?:to\s+(?:a|an|the|one)\s+\w+|under|beneath|below)", re.I),
        "social media comment",
    ),
    (
        re.compile(
            r"\bcrowd\b|on stage|audience|the room during a (?:short )?speech|acceptance speech", re.I
        ),
        "on stage",
    ),
    (re.compile(r"\bpodcast\b", re.I), "podcast"),
    (re.compile(r"\bstatement\b", re.I), "statement"),
    (
        re.compile(
            r"\b(?:told|tells)\s+(?:the\s+)?(?-i:[A-Z])|\btold\s+the\s+(?:outlet|magazine|paper|newspaper|publication)\b|"
            # 'Speaking to Rolling Stone, she said:' is an interview as much as 'told Rolling Stone'
            r"interview|reporters|on the carpet|"
            r"\b(?:gushed|revealed|confessed|opened up|admitted|explained)\s+to\s+(?-i:[A-Z])|"
            r"\bspeaking\s+(?:to|with)\s+(?-i:[A-Z])|\btold\s+(?:the\s+)?(?:host|presenter|interviewer)\b",
            re.I,
        ),
        "interview",
    ),
]


def medium_of(context: str) -> str | None:
    for pattern, medium in _MEDIA:
        if pattern.search(context):
            return medium
    return None


_WROTE = re.compile(r"\b(?:wrote|writes|writing|captioned|posted)\b", re.I)


def platform_told_before(text: str, context: str, para_start: int, lead: str = "") -> str | None:
    """'She shared a photo on Instagram.' then '"...," she wrote.': written where the paragraph
    before says it was shared, or where the sentences leading into the quote in its own
    paragraph say so ('She shared a clip in her Instagram Story. "...," she wrote alongside it.')."""
    if not _WROTE.search(context):
        return None
    head = text[:para_start].rstrip("\n")
    previous = head[head.rfind("\n") + 1 :]
    for place in (lead, previous):
        for pattern, medium in _MEDIA[1:7]:  # the platforms named outright: Instagram ... Threads
            if pattern.search(place):
                return medium
    return None


# The sentence before the quote sets the scene: 'He opened up in an interview with Vanity Fair.
# "...," he said.' or 'She appeared on the podcast Late Light. "...," she said.'
_SETTING = [(re.compile(r"\bpodcast\b", re.I), "podcast"), (re.compile(r"\binterview\b", re.I), "interview")]


def setting_before(lead: str) -> str | None:
    """The medium the same paragraph's lead-in sentences name, when the attribution names none."""
    for pattern, medium in _SETTING:
        if pattern.search(lead):
            return medium
    return None
