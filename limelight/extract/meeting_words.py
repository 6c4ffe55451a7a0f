"""The words that tell a meeting: verbs and nouns that put people together by themselves
(kissed, hugged, dinner), ones that need 'with' or 'together' (spotted, arrived), and the
words around them that make them something else (a shared photo, a newborn, a possessor)."""

from __future__ import annotations

# Meeting words that put people together by themselves, and ones that need "with"/"together".
STRONG = {
    "kiss",
    "hug",
    "embrace",
    "greet",
    "meet",
    "reunite",
    "snuggle",
    "cuddle",
    "pose",
    "surprise",
    "join",
    "dine",
    "din",  # the parser's lemma for 'dined'
    "chat",
    "peck",
    "smooch",
    "party",
    "hang",
    "hung",
    "cosie",
    "cozie",
    "cosy",
    "cozy",
    "canoodle",
    "marry",
    "wed",
    "propose",
    "duet",
    "duetted",  # the parser's lemma is 'duette'
}
# A wedding puts the couple together on its day; 'married in 2019' as background is no meeting.
WEDDING = {"marry", "wed", "tie", "exchange"}
# Nouns that name a get-together ("a backstage hangout with", "dinner with").
STRONG_NOUNS = {
    "hug",
    "kiss",
    "embrace",
    "peck",
    "hangout",
    "reunion",
    "catch-up",
    "dinner",
    "supper",
    "lunch",
    "brunch",
    "date",
    "selfie",
    "duet",
    "party",
    "surprise",
    "cuddle",
    "pda",
    "coffee",
    "drinks",
    "breakfast",
    "shopping",
    "getaway",
    "holiday",
    "vacation",
    "trip",
    "outing",
    "stroll",
}
WEAK = {
    "spot",
    "see",
    "photograph",
    "snap",
    "perform",
    "sing",
    "dance",
    "leave",
    "arrive",
    "celebrate",
    "crash",
    "bring",
    "invite",
    "pull",
    "wrap",
    "spend",
    "visit",
    "accompany",
    "photo",
    "picture",
    "step",
    "walk",
    "catch",
    "take",
    "welcome",
    "team",
    "attend",
    "shop",
    "present",  # 'presented X with the award'
    "host",  # 'X and Y co-hosted the afterparty'
    "co-host",
    "cohost",
    "sit",  # 'sat courtside next to'
    "seat",  # 'was seated next to X'
    "debut",  # 'made their red carpet debut as a couple'
    "watch",  # 'as they watched the final at Wimbledon', 'X and Y watched from the stands'
    "stroll",
    "wander",
    "coordinate",  # 'X and Y coordinated in matching white'
    "jet",  # 'jetted off to Cabo with her boyfriend'
    "fly",
    "holiday",
    "vacation",
    "travel",
    "escape",
    "head",  # 'headed to dinner with'
}
SHARING = {"share", "post", "upload", "publish", "repost"}
# 'shared a kiss', 'shared an emotional reunion': what two people share in person
SHARED_ACTS = {"kiss", "hug", "embrace", "peck", "reunion", "duet", "cuddle", "dance", "dinner", "lunch",
                "brunch", "breakfast", "drink", "drinks", "coffee"}  # fmt: skip
NEWBORN = {"child", "baby", "son", "daughter", "twin", "twins", "boy", "girl", "newborn", "bundle"}
# 'during X's set', 'X's former bandmate Y': the possessor is not thereby at the meeting.
NOT_WITH_POSSESSOR = {
    "set", "gig", "concert", "performance", "residency", "act", "fans", "team", "rep", "representative",
    "bandmate", "co-star", "costar", "manager", "agent", "publicist", "assistant", "bodyguard",
    "stylist", "producer", "lawyer", "spokesperson", "spokesman", "spokeswoman",
    # relatives the contract has no relation for ('X's grandmother Y was also there': X was not)
    "grandmother", "grandfather", "grandma", "grandpa", "gran", "granny", "nan", "aunt", "uncle",
    "cousin", "niece", "nephew", "stepmother", "stepfather", "stepmom", "stepdad", "mother-in-law",
    "father-in-law", "brother-in-law", "sister-in-law", "godmother", "godfather", "godson", "goddaughter",
}  # fmt: skip
# How two people were seen together: 'were inseparable at the party', 'looked loved-up'.
FOND_STATES = {"inseparable", "loved-up", "smitten", "cosy", "cozy", "affectionate", "flirty", "touchy-feely"}
