"""Word lists the extraction rules share: general English vocabulary, never names of the corpora."""

from __future__ import annotations

# Nouns that describe a person by role or fame ("the singer", "the Top Gun icon", "rapper Zephyr").
PERSON_NOUNS = {
    "actor", "actress", "star", "singer", "rapper", "crooner", "hitmaker", "songwriter", "musician",
    "icon", "legend", "alum", "alumna", "alumnus", "host", "presenter", "comedian", "director",
    "filmmaker", "producer", "model", "dj", "footballer", "player", "athlete", "chef", "novelist",
    "author", "writer", "designer", "guitarist", "drummer", "bassist", "pianist", "dancer",
    "influencer", "personality", "performer", "artist", "artiste", "entertainer", "man", "woman",
    "princess", "prince", "queen", "king", "hero", "heroine", "diva", "sensation", "heartthrob",
    "newcomer", "veteran", "superstar", "megastar", "starlet", "frontman", "frontwoman", "vocalist",
    "daredevil", "songstress", "beauty", "mogul", "billionaire", "entrepreneur",
    "capitalist", "businessman", "businesswoman", "journalist", "anchor", "youtuber", "tiktoker",
    "socialite", "heiress", "heir", "boxer", "golfer", "cricketer", "swimmer", "skater", "gymnast",
    "politician", "photographer", "stylist", "choreographer", "screenwriter", "playwright",
    "poet", "painter", "sculptor", "composer", "conductor", "violinist", "cellist", "quarterback",
    "striker", "midfielder", "goalkeeper", "coach", "manager", "lad", "lass", "girl", "boy",
    "bandmate", "co-star", "costar", "pal", "friend", "sweetheart", "lothario", "beau", "hunk",
    "pageant", "contestant", "winner", "nominee", "mum", "mom", "dad", "father", "mother",
}

# Female / male cues in descriptors and kinship words.
FEMALE_NOUNS = {
    "actress", "woman", "princess", "queen", "heroine", "diva", "songstress", "starlet", "frontwoman",
    "businesswoman", "heiress", "lass", "girl", "wife", "girlfriend", "sister", "daughter", "mother",
    "mum", "mom", "niece", "aunt", "grandmother", "fiancee", "fiancée", "bride", "widow",
}
MALE_NOUNS = {
    "actor", "man", "prince", "king", "hero", "frontman", "businessman", "heir", "lad", "boy",
    "husband", "boyfriend", "brother", "son", "father", "dad", "nephew", "uncle", "grandfather",
    "fiance", "groom", "widower", "crooner",
}

# Nouns for creative works: a capitalised name right after one of them is a title, not a person.
WORK_NOUNS = {
    "single", "song", "track", "album", "ep", "record", "film", "movie", "show", "series", "sitcom",
    "drama", "thriller", "comedy", "documentary", "duet", "ballad", "anthem", "hit", "smash",
    "tour", "book", "novel", "memoir", "play", "musical", "franchise", "sequel", "prequel",
    "chorus", "mixtape", "trailer", "teaser", "episode", "season", "podcast", "collection",
    "fragrance", "brand", "label", "band", "group", "entry", "adaptation", "video", "campaign",
}

# Words that end an organisation or work name ("Kowalczyk Family Fund", "Magnolia Records").
ORG_TAILS = {
    "fund", "foundation", "records", "pictures", "studios", "group", "media", "news", "service",
    "press", "wire", "tribune", "daily", "tour", "festival", "awards", "center", "centre", "arena",
    "auditorium", "stadium", "hall", "theatre", "theater", "club", "hotel", "house", "bar",
    "restaurant", "street", "avenue", "road", "park", "garden", "gardens", "bowl", "square",
    "university", "college", "school", "company", "inc", "ltd", "llc", "channel", "network",
    "magazine", "show", "live", "music", "entertainment", "productions", "films", "gala", "bank",
}

# Kinship and partner words -> (predicate from the possessor's view, gender of the named person).
# "his ex-wife Katie" -> Katie ex_spouse_of him; "her sister Paloma" -> sibling_of; "their daughter
# Ivy" -> they parent_of Ivy.
KIN_WORDS = {
    "wife": "spouse_of", "husband": "spouse_of", "spouse": "spouse_of", "other half": "spouse_of",
    "ex-wife": "ex_spouse_of", "ex-husband": "ex_spouse_of", "ex-spouse": "ex_spouse_of",
    "former wife": "ex_spouse_of", "former husband": "ex_spouse_of",
    "girlfriend": "partner_of", "boyfriend": "partner_of", "partner": "partner_of",
    "fiancée": "partner_of", "fiancee": "partner_of", "fiancé": "partner_of", "fiance": "partner_of",
    "ex-girlfriend": "ex_partner_of", "ex-boyfriend": "ex_partner_of", "ex-partner": "ex_partner_of",
    "ex": "ex_partner_of", "former flame": "ex_partner_of",
    "sister": "sibling_of", "brother": "sibling_of", "sibling": "sibling_of", "twin": "sibling_of",
    "half-sister": "sibling_of", "half-brother": "sibling_of",
    "daughter": "parent_of", "son": "parent_of", "child": "parent_of", "daughters": "parent_of",
    "sons": "parent_of", "children": "parent_of", "kids": "parent_of",
    "mother": "child_of", "father": "child_of", "mom": "child_of", "mum": "child_of", "dad": "child_of",
    "friend": "friend_of", "pal": "friend_of", "bestie": "friend_of", "best friend": "friend_of",
    "buddy": "friend_of", "bff": "friend_of", "friends": "friend_of", "pals": "friend_of",
}

# Verbs (lemmas) that put two named people together in person.
MEETING_VERBS = {
    "kiss", "hug", "meet", "embrace", "greet", "pose", "snuggle", "cuddle", "reunite", "join",
    "dine", "surprise", "spot", "photograph", "snap", "see", "catch", "hang", "party", "celebrate",
    "crash", "bring", "chat", "hold", "perform", "duet", "film", "shoot", "visit", "accompany",
    "marry", "wed", "peck", "smooch", "link", "attend", "step", "arrive", "leave", "walk", "dance",
    "sing", "share", "dinner", "have", "take", "invite", "pull", "wrap", "spend", "welcome", "mark",
}

SPEECH_VERBS = {
    "say", "tell", "write", "add", "caption", "pen", "post", "share", "reply", "comment", "explain",
    "insist", "reveal", "admit", "confess", "gush", "joke", "quip", "tweet", "declare", "continue",
    "recall", "shout", "scream", "call", "describe", "note", "claim", "confirm", "announce", "laugh",
    "state", "told", "exclaim", "respond", "answer", "muse", "praise", "pay",
}

# Unnamed speakers: "a source said", "an insider told".
ANONYMOUS_SPEAKERS = {
    "source", "insider", "pal", "friend", "rep", "representative", "spokesperson", "spokesman",
    "spokeswoman", "onlooker", "witness", "fan", "fans", "eyewitness", "observer", "publicist",
    "organizer", "organiser", "organizers", "organisers", "guest", "diner", "reveller", "bystander",
    "one", "someone", "viewer", "follower", "commenter", "user", "neighbour", "neighbor", "staffer",
    "employee", "crew", "member", "relative", "confidant", "associate", "attendee", "partygoer",
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1, "a couple of": 2, "a few": 3,
}
