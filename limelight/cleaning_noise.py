"""Noise lines of scraped articles: related-post headers, boilerplate, bylines and credits,
author bios and the attributions of embedded social posts. ``cleaning`` classifies lines with
these."""

from __future__ import annotations

import re

from limelight.captions import AGENCIES, CREDIT_LABELS, split_glued_captions

HEADER_WORDS = (
    r"related(?: posts?| articles?| stories| content| reading)?|read more(?: on [^:|]{1,40})?|read next"
    r"|more (?:from|on) [^:|]{1,40}|more stories|you (?:might|may) also like|recommended(?: for you)?"
    r"|most read|most popular|trending(?: now)?|also read|see also|don'?t miss|lee también"
    r"|te puede interesar|à lire aussi|lire aussi|à voir aussi|leia também|mehr zum thema|watch"
    r"|icymi|in case you missed it|more like this|up next|what to read next|editor'?s picks|popular now"
    r"|people (?:also )?read|you might be interested in|latest(?: news| stories)?|read(?: this)?|see more"
    r"|more (?:celebrity|showbiz|entertainment|royal|tv|music|film) (?:news|stories)"
    r"|more (?:on|about)|tags|topics|related topics|people in this (?:article|story)"
    r"|see it|pics|see the (?:pics|pictures|photos)"
    # the same teaser headers in the other languages the engine reads
    r"|leggi anche|ti potrebbe interessare|potrebbe interessarti|te recomendamos|m[aá]s noticias"
    r"|noticias relacionadas|art[ií]culos relacionados|lo m[aá]s le[ií]do|m[aá]s le[ií]das|articoli correlati"
    r"|i più letti|lire la suite|à lire également|les plus lus|das könnte sie auch interessieren"
    r"|auch interessant|weitere artikel|meistgelesen"
)
SECTION_HEADER = re.compile(rf"^[^\w]*(?:{HEADER_WORDS})[^\w]*$", re.IGNORECASE)
INLINE_HEADER = re.compile(rf"^[^\w]*(?:{HEADER_WORDS})\s*[:|]\s*\S", re.IGNORECASE)
NETWORKS = r"instagram|tiktok|twitter|x|facebook|youtube|threads|bluesky|snapchat"
BOILERPLATE_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # ad slots, alone or with their prompt: "Advertisement - Continue Reading Below", "AD"
        r"^(?=.*\w)\W*(?:(?:advertisements?|advertising|advert|ad|publicidad|publicité|anzeige|pubblicità"
        r"|sponsored(?: content)?|paid content|anuncio|publicidade|contenido patrocinado"
        r"|contenu sponsoris[ée]"
        r"|contenuto sponsorizzato|gesponsert)(?:\W+|$))?"
        r"(?:(?:(?:story|article|content) continues (?:below|after)(?: this| the)?"
        r"(?: ad(?:vert(?:isement)?)?)?"
        r"|continue reading(?: below)?|scroll to continue(?: with content)?|sigue leyendo|contin[uú]a leyendo"
        r"|la nota sigue abajo|continua a leggere|la suite après (?:cette )?publicit[ée]|weiterlesen)\W*)?$",
        # share buttons, comment counts and newsletter pitches in the other languages
        r"^\W*(?:compartir|partager|condividi|teilen|comentarios?|commentaires?|commenti|kommentare)"
        r"(?:\s*\(\d+\)|\s+\d+)?\W*$"
        r"|^\W*(?:suscr[ií]bete|inscr[ií]bete|reg[ií]strate|abonnez-vous|inscrivez-vous|iscriviti|abonnieren?)"
        r"\b.{0,200}\b(?:newsletter|bolet[ií]n|lettre)\b",
        # video and app promos: "Related video", "More videos", "Download the X app"
        r"^\W*(?:related|more|latest|featured|top|trending) videos?\W*$|^\W*video of the day\W*$"
        r"|^\W*(?:download|get) (?:the|our) [\w' ]{0,30}\bapp\b",
        # syndication notes, editorial policy, comment and reaction prompts, sign-up form text
        r"^\W*(?:this|the) (?:article|story|post|piece) (?:originally |first )?(?:appeared|was published|ran)"
        r" (?:on|in)\b|\beditorial (?:guidelines|standards|policy)\b|\bstrive for accuracy\b"
        r"|\blet us know in the comments\b|\b(?:share|leave|post) your (?:thoughts|comments?|views)\b"
        r"|^\W*(?:want more\W+)?follow us\b(?!.*[”\"])"
        r"|^\W*(?:like|liked|enjoyed|love|loved) this (?:story|article)\?"
        r"|^\W*(?:enter your e-?mail(?: address)?|e-?mail address|submit"
        r"|thanks? (?:you )?for (?:subscribing|signing up)"
        r"|invalid e-?mail(?: address)?|you(?:'re|’re| are) (?:now )?subscribed)\W*$"
        r"|\bwe use your sign-?up\b|\bways you(?:'ve|’ve| have) consented to\b"
        r"|^\W*for (?:more|all the latest) [\w ]{0,30}(?:news|gossip|stories)\b.{0,40}"
        r"\b(?:head|visit|go|click|follow|sign|check)\b|\b(?:head|go) to our (?:homepage|website|site)\b",
        r"^\W*(?:sign up|subscribe|register)\b.{0,200}\b(?:newsletter|inbox|e-?mails?|subscription|access)\b",
        r"^\W*subscribe (?:to|for|now)\b",
        r"^\W*newsletters?\s*:",
        r"^\W*(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved|^\W*distributed by\b",
        r"^\W*(?:this|the) (?:story|article|report) (?:was|is) (?:distributed|syndicated|provided) by\b",
        r"^.{0,120}\bcopyright (?:©\s*)?\d{4}",
        r"^[\w .&'’-]{2,60} is (?:a )?(?:part|member|division|brand) of (?:the )?[\w .&'’-]{2,60}\.?$",
        r"^\W*(?:tags|tagged|topics|filed under|categories|posted in)\s*:",
        r"^[\s\-–—―─━═_*~=•·.+]{3,}$",
        r"^\(\s*(?:reporting|writing|editing|additional reporting|compiled|produced) by\b.*\)\s*$",
        r"^(?:#\w+[\s,]*)+$",
        # what is left of an embedded Instagram or TikTok post
        r"^\W*(?:view (?:this|more) (?:post|posts|profile|video|reel) on \w+"
        r"|a (?:post|video|reel|photo) shared by\b)",
        r"^\W*follow\s+[^.!?]{1,60}?\s+on\s+(?:instagram|twitter|x|tiktok|facebook|threads|bluesky|youtube)\b"
        r"[^.!?]{0,60}[.!]?$",
        # the frame of other embeds: "Instagram post by X • Jun 28", "See this Instagram post by
        # @x", "X (@x) • Instagram photos and videos", "Tweet by X @x", "@x · Jun 28", like and
        # reply counts and buttons, a TikTok sound credit, blocked-embed notices
        rf"^\W*(?:{NETWORKS}) (?:post|video|reel|photo|tweet)s? (?:by|from)\b"
        rf"|^\W*(?:see|view|watch)(?: this| the| more)?(?: \w+)?(?: post| posts| video| tweet| reel)?"
        rf"\s*(?:by @[\w.]+|on (?:{NETWORKS}))\W*$"
        r"|\(@[\w.]+\)\s*[•·|-]\s*instagram photos and videos"
        r"|^\W*(?:tweet|post)s? by\b[^.!?]{0,60}@[\w.]+\W*$"
        r"|^\W*(?:[\d.,]+\s*[km]?\s+(?:likes?|views?|retweets?|reposts?|quotes?|shares?|replies|bookmarks?)\W*)+$"
        # the rest of a tweet's frame: "Quote Tweet", "Replying to @x", "9:14 PM · Jun 28, 2025",
        # "Fan Page @fanpage · 28 Jun 2025", "Fan Page (@fanpage) June 28, 2025" (no dash)
        r"|^\W*(?:quote tweet|show this thread|translate (?:post|tweet)|replying to @[\w.]+.{0,40})\W*$"
        r"|^\W*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*[·•]\s*[\w ,]{3,20}$"
        r"|^[^@\n]{0,60}@[\w.]+\s*[·•]\s*(?:\d|[a-z]{3})[\w ,:]{0,24}$"
        r"|^\W*(?:(?:posted|shared) by\s+)?[^()\n—–-]{1,60}?\s*\(\s*@[\w.]+\s*\)\s*(?:on\s+)?"
        r"(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})[^.!?]{0,40}$"
        r"|^\W*(?:add a comment|load more(?: comments| replies)?)\W*$"
        r"|^\W*(?:(?:reply|retweet|repost|like)\W*){2,4}$"
        r"|^\W*@[\w.]+\s*(?:[·•]\s*[\w ,:]{0,24})?$|^\W*(?:@[\w.]+\s*)*♬"
        r"|^\W*embedded (?:content|video|tweet|post|media)\b|\bcontent is (?:not|no longer) available\b"
        r"|^\W*click (?:here )?to view (?:this|the) (?:content|post|video|tweet|embed)",
        # page furniture scraped as lines: share and comment buttons, video and "continue
        # reading" prompts, comment counts; they tell nothing and carry site or network names
        r"^\W*(?:share(?: this| the)?(?: article| story| post| page| gallery| video)?(?: on (?:\w+ ?){1,2})?"
        r"|(?:like|follow) us on \w+|scroll (?:down )?(?:for|to) (?:video|more|continue)\b.{0,30}"
        r"|(?:continue|keep) reading(?: below| after the ad(?:vert(?:isement)?)?)?"
        r"|story continues (?:below|after)(?: the)?(?: ad(?:vert(?:isement)?)?)?"
        r"|click (?:here )?to (?:expand|play|watch|enlarge|read more|see more)"
        r"|(?:play|watch) (?:the )?video(?: below)?"
        r"|copy link|print(?: this)?(?: article| page)?|email|whatsapp|pinterest"
        r"|join the (?:conversation|discussion|debate)\b.{0,30}"
        r"|have your say\b.{0,40}|leave a comment\b.{0,30}"
        r"|(?:view|show|load|read|see|add)(?: all)?(?: \d+)? comments?(?: \(\d+\))?|\d+\s+comments?"
        r"|comments?(?:\s*\(\d+\)|\s+\d+)?)\W*$",
        # the outlet asking for tips or sending readers elsewhere: "Got a celebrity story? Email
        # tips@...", "Get in touch with our showbiz team", "... visit our homepage"
        r"^\W*(?:do you have|have you got|got) (?:a|any) (?:[\w-]+ )?(?:story|stories|tips?|news)\b"
        r"|\bget in touch with (?:our|the) [\w ]{1,30}(?:team|desk)\b|\bvisit our (?:homepage|website|site)\b"
        r"|^\W*e-?mail (?:us )?(?:at |on )?[\w.+-]+@[\w-]+\.",
        # audio, gallery and video players and the site's own links: "Listen to this article",
        # "Image 1 of 12", "1/12", "Now playing", "Duration 2:31", "Back to top", "Privacy Policy"
        r"^\W*(?:listen to (?:this|the) (?:article|story)|reading time\W*\d+\s*min\w*|save (?:this )?article"
        r"|gift (?:this )?article|bookmark(?: this)?(?: article)?|(?:image|photo|picture|slide) \d+ of \d+"
        r"|\d+\s*/\s*\d+|(?:open|view|launch) (?:the )?gallery"
        r"|(?:see|view) (?:all )?\d+ (?:photos|pictures|images)"
        r"|now playing|video (?:unavailable|loading|is loading|player)|duration\W*\d+:\d{2}|\d{1,2}:\d{2}"
        r"|your browser does not support\b.*|report an? (?:error|typo|correction)|contact us|back to top"
        r"|(?:privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie policy)\b.*"
        r"|(?:shop|buy) now)\W*$",
        # affiliate disclaimers: "We may earn commission from links on this page."
        r"\b(?:may|might|can) (?:earn|receive|get|collect) (?:a )?(?:small )?"
        r"(?:commission|share of (?:the )?sales)\b"
        r"|\bcontains? affiliate links?\b|^\W*affiliate links?\b",
        # the paywall: "Already a subscriber? Log in", "Create a free account to continue reading"
        r"^\W*already (?:a subscriber|a member|have an account)\b|^\W*create (?:a|your) (?:free )?account\b"
        r"|^\W*(?:log|sign) in to (?:continue|read|comment)\b|^.{0,40}\bto (?:continue|keep) reading\W*$",
        # cookie and consent banners: "We use cookies to ...", "Manage cookie settings | Accept"
        r"\b(?:we|this (?:web)?site|our (?:web)?site|our partners) uses? cookies\b"
        r"|\bcookie (?:settings|policy|preferences|consent)\b"
        r"|^\W*(?:accept|reject|allow|manage)(?: all)? cookies\b",
        # newsletter pitches after the sign-up line: "... delivered to your inbox every morning!"
        r"\b(?:straight|direct(?:ly)?|delivered|sent|right) (?:in)?to your inbox\b",
    )
]
# A bare credit on its own line ("Getty Images", "Instagram/@junoh"): the picture above it
# was dropped; its agency or handle is nobody in the story.
# So is a labelled or parenthesised credit line in any case and language: "Source: Instagram",
# "PHOTO: GETTY IMAGES", "(Photo by Jo Bay/Getty Images for Orsolya Ball)", "Foto: Getty Images".
PHOTO_LABEL = r"(?:photos?|images?|pictures?|credits?|fotos?|imagen|imagem|bild|cr[ée]dits?|cr[ée]ditos?)"
BARE_CREDIT = re.compile(
    rf"^\W*(?:(?:source|via|fuente|fonte|quelle|{PHOTO_LABEL})\s*:\s*)?(?:{AGENCIES})"
    r"(?:\s*(?:/|via|for|[|,])\s*[\w@.'’ -]{1,40})?\W*$"
    rf"|^\(\s*{PHOTO_LABEL}\s*(?:by\b|:)\s*[^()]{{1,80}}\)\W*$"
    rf"|^\W*(?:fotos?|imagen|bild|fotograf[ií]a)\s*(?::|de|di|von|par)\s+(?-i:[A-Z@])[^.!?]{{0,60}}$",
    re.IGNORECASE,
)
# Credit lines whose names are credits (case-sensitive: the names are capitalised).
NAME = r"[A-Z@][\w.'’@-]*"
JOBS = r"reporter|writer|editor|journalist|correspondent|columnist|contributor|critic|freelancer"
# "By", "Story by", "Edited by:", "Author:" ...
BYLINE_LABEL = (
    r"(?:By|BY|Por|POR|Par|PAR|Di|Von|VON|(?:[Ww]ords|[Ww]ritten|[Rr]eporting|[Ii]nterview|[Ss]tory|[Pp]osted|[Rr]eviewed|[Ee]dited"
    r"|[Ff]act[- ]checked) by:?|[Aa]uthors?:|AUTHORS?:)"
)
CREDIT_LINES = [
    # a byline: "By Jo Bloggs, Entertainment Editor", "Words by Jo Bloggs | 3 min read", "Author: Jo
    # Bloggs", "By Jo Bloggs Published June 3, 2025"
    re.compile(
        rf"^\W*{BYLINE_LABEL}\s+{NAME}(?:\s+{NAME}){{0,3}}"
        r"(?:\s*(?:,|\||•|·|-|–|—|and|&)\s*[^.!?]{0,60}|\s+(?i:published|posted|updated)\b.{0,60})?\s*$"
    ),
    # a name and a job and nothing else: "Jo Bloggs | Celebrity Editor", "Jo Bloggs, Senior Reporter"
    re.compile(rf"^{NAME}(?:\s+{NAME}){{1,3}}\s*[,|•·–—-]\s*(?:[A-Za-z&]+\s+){{0,4}}(?i:{JOBS})s?\s*$"),
    # "Photos: Jo Bloggs / Agency", "Additional reporting by Jo Bloggs and Sam Lee."
    re.compile(
        r"^\W*(?:[Aa]dditional |[Ee]xtra )?(?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Pp]hotography|[Rr]eporting"
        r"|[Ww]riting|[Ee]diting|[Rr]esearch|[Ww]ords|[Tt]ext|[Ii]nterviews?|[Ss]tyling|[Vv]ideo)"
        rf"\s*(?:by\b|:)\s*{NAME}(?:\s*(?:/|,|and|&|\s)\s*{NAME}){{0,6}}\s*\.?$"
    ),
]
# The writer's bio under an article ("Cara Lind is a senior showbiz reporter at ...", "About
# the author"): its names are the outlet's staff and its past employers, never the story's.
BIO_HEADER = re.compile(
    r"^\W*(?:about the (?:author|writer|reporter)s?|author bio(?:graphy)?)\W*$", re.IGNORECASE
)
AUTHOR_BIO = re.compile(
    rf"^{NAME}(?:\s+{NAME}){{1,3}}\s+(?:is|was|has been|joined)\s+(?:a|an|the|our|{NAME}['’]s?)\s"
    rf"[^.!?]{{0,60}}?\b(?:{JOBS})s?\b(?:\s+(?:at|for|with|of|on)\b|\.\s+(?i:follow (?:him|her|them))\b)"
)
BYLINE_NAME = re.compile(
    rf"^\W*{BYLINE_LABEL}\s+({NAME}(?:\s+(?!(?i:published|posted|updated|for)\b){NAME}){{0,3}})|^({NAME}(?:\s+{NAME}){{1,3}})\s*[,|•·–—-]"
)


def is_author_bio(text: str, authors: set[str]) -> bool:
    """A line about the article's own writer: it opens with a byline name, or it is worded like
    a staff bio."""
    starts_with_author = any(re.match(rf"{re.escape(a)}\b(?!['’])", text) for a in authors)
    return starts_with_author or bool(AUTHOR_BIO.match(text))


# The attribution that ends an embedded social post: "— Jo Bloggs (@jo) May 20, 2024",
# "— Shared by Jo Bloggs (@jo) on May 20, 2024": its name is no one the article is about.
SOCIAL_ATTRIBUTION = re.compile(
    r"\s*(?:[—–―]|--|(?:(?<=\s)|^)-)\s*(?:(?:a\s+)?(?:post\s+)?shared\s+by\s+)?[^\s()—–][^()—–\n]{0,60}?"
    r"\s*\(\s*@[\w.]+\s*\)\s*(?:on\s+)?[\w ,.:•·|]{0,40}$",
    re.IGNORECASE,
)


def is_section_header(text: str) -> bool:
    """A header that opens a trailing block of related-post teasers or links."""
    return bool(SECTION_HEADER.match(text))


# Site navigation scraped above the headline (and sometimes between paragraphs): "Skip to main
# content", "Menu", section labels ("SHOWBIZ", "EXCLUSIVE") and breadcrumbs ("Home › Celebrity").
NAV_LINE = re.compile(
    r"^\W*(?:skip to (?:main )?content|(?:open |close )?menu|search|sign in|log ?in|home|toggle navigation"
    r"|exclusive|breaking(?: news)?|live|news|celebrity(?: news)?|celebs|showbiz|entertainment|royals?"
    r"|tv(?: & radio)?|music|film|movies|lifestyle|gossip|couples|style|fashion)\W*$"
    r"|^[^›»>\n]{1,30}(?:\s[›»>]\s[^›»>\n]{1,30}){1,5}$",
    re.IGNORECASE,
)


def is_leading_chrome(text: str) -> bool:
    """A line above the headline that is not it: navigation, a byline, furniture. (Teaser
    headers are left: "WATCH: ..." opens many a headline.)"""
    return (
        bool(NAV_LINE.match(text))
        or any(p.search(text) for p in BOILERPLATE_LINES)
        or any(p.match(text) for p in CREDIT_LINES)
    )


# 'WATCH: Corvel, 31, laughed as Ostler whispered in her ear.': a labelled sentence of the story
# (a teaser is a headline: short, and with no full stop)
LABELLED_PROSE = re.compile(
    r"^[^\w]*(?:watch|pics|see it|see the (?:pics|pictures|photos))\s*:\s*(?=(?:\S+\s+){7,}).*[.!?”\"]$", re.I
)


def is_boilerplate_line(text: str) -> bool:
    return (
        bool(INLINE_HEADER.match(text) and not LABELLED_PROSE.match(text))
        or bool(NAV_LINE.match(text))
        or any(p.search(text) for p in BOILERPLATE_LINES)
        or any(p.match(text) for p in CREDIT_LINES)
        or bool(BARE_CREDIT.match(text))
    )


def is_credit_run(text: str) -> bool:
    """A line of photo credits only ("Credit: GettyCredit: Rex"): credits of pictures without
    captions, so the paragraph above is no caption of theirs."""
    marks = list(re.finditer(CREDIT_LABELS, text))
    if len(marks) < 2 or text[: marks[0].start()].strip(" \t-–—•·|"):
        return False
    return not [piece for piece in split_glued_captions(text) if piece[2] is None]


# The link an embedded tweet or post ends with ("... so proud 😍 pic.twitter.com/x1"): a bare
# address at the end of a line is no words of the story.
# A shopping prompt ("... £45, Shopwell. Shop now") or a TikTok sound credit ("♬ original
# sound - X") closing a line is cut the same way.
TRAILING_LINK = re.compile(
    r"\s*(?:pic\.twitter\.com/\S+|https?://\S+|www\.\S+"
    r"|(?<=[.!?])\s*(?:shop|buy) (?:now|it here|the look)\W*|♬.*)\s*$",
    re.IGNORECASE,
)


def end_before_link(text: str) -> int:
    """Where ``text`` ends once the bare links closing it are cut."""
    end = len(text)
    while match := TRAILING_LINK.search(text[:end]):
        end = match.start()
    return end


# A short line in decorative letters (𝐁𝐨𝐥𝐝, 𝘐𝘵𝘢𝘭𝘪𝘤) that does not end like a sentence is a
# teaser headline for another story ("𝐓𝐡𝐞 𝐬𝐭𝐚𝐫'𝐬 𝐞𝐱 𝐃𝐨𝐫𝐢𝐚𝐧 𝐊𝐞𝐥𝐥𝐲 𝐬𝐩𝐞𝐚𝐤𝐬 𝐨𝐮𝐭"), whose
# names are not the article's.
def is_fancy_teaser(text: str, fancy: bool) -> bool:
    return fancy and len(text.split()) <= 20 and text.rstrip()[-1:] not in '.!?"”’)'


# A numbered headline in a most-read list ("1. Ola Brink quits show"): short, no closing stop.
NUMBERED_TEASER = re.compile(r"^\W*\d{1,2}[.)]\s+\S[^.!?]{0,80}$")


def is_numbered_teaser(text: str) -> bool:
    return bool(NUMBERED_TEASER.match(text)) and len(text.split()) <= 14 and text[-1] not in '"”’)'


# Noise inside a paragraph, after a sentence: a teaser glued to its end ("... in Rome. READ
# MORE: Star's shock split") runs to the end of the line; an ad slot or video prompt between
# two sentences ("... in red. ADVERTISEMENT The couple ...") is cut out.
INLINE_TEASER = re.compile(
    r"(?<=[.!?”\"’])\s+(?:READ MORE|Read more|READ NEXT|Read next|RELATED|Related|SEE ALSO|See also"
    r"|MORE|ICYMI|WATCH|Watch|DON'T MISS|Don't miss)\s*[:|]\s*\S.*$"
)
INLINE_AD = re.compile(
    r"(?<=[.!?”\"’])\s+(?:\[\s*)?(?:ADVERTISEMENT|Advertisement|\(?Scroll down for video\)?"
    r"|SCROLL DOWN FOR VIDEO|(?:Story|Article) continues below(?: advertisement)?)(?:\s*\])?\s+(?=[A-Z“\"])"
)


def clean_pieces(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The (start, end) pieces of a paragraph once inline noise is cut, and the noise."""
    noise = []
    end = len(text)
    teaser = INLINE_TEASER.search(text)
    if teaser:
        end = teaser.start()
        noise.append(text[end:].strip())
    pieces, start = [], 0
    for ad in INLINE_AD.finditer(text, 0, end):
        pieces.append((start, ad.start()))
        noise.append(ad.group().strip())
        start = ad.end()
    pieces.append((start, end))
    return pieces, noise


# A link to another story behind a pointing symbol ("👉 Star's shock split from X", "► ...",
# ">> ...", "Click here for more"): short, no closing stop. Plain bullets ("• ...") are left:
# articles use them for their own lists.
POINTER_TEASER = re.compile(
    r"^\s*(?:👉|👇|➡️?|→|►|▶️?|➤|⮕|»|>>|🔗)\s*\S[^.!?]{0,100}$|^\W*click here\b.{0,60}$", re.IGNORECASE
)


def is_pointer_teaser(text: str) -> bool:
    return bool(POINTER_TEASER.match(text)) and len(text.split()) <= 16


# A reader-comments section: its header ("Comments (3)", "Join the conversation") followed
# within a few lines by at least two pieces of comment furniture (usernames like lulu_88,
# "Reply", "2 hours ago"); a count alone near the byline opens nothing.
COMMENT_HEADER = re.compile(
    r"^\W*(?:(?:reader |user )?comments?|\d+\s+comments?|comments?\s*\(\d+\)"
    r"|join the (?:conversation|discussion|debate)\b.{0,30}|have your say\b.{0,40}"
    r"|most (?:liked|recent|popular) comments|what (?:readers|people) (?:are )?saying)\W*$",
    re.IGNORECASE,
)
COMMENT_UI = re.compile(
    r"^\W*(?:reply|replies|report|flag|upvote|downvote"
    r"|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|(?:show|showing|load|view)\b.{0,30}\bcomments?"
    r"|@?[a-z]*[_.]?[a-z]*\d+[a-z0-9_.]*|@?[a-z0-9]+_[a-z0-9_]+)\W*$",
    re.IGNORECASE,
)


def opens_comments(text: str, following: list[str]) -> bool:
    return bool(COMMENT_HEADER.match(text)) and sum(bool(COMMENT_UI.match(t)) for t in following) >= 2
