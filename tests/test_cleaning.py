import pytest

from limelight.cleaning import CleaningError, clean, normalise, outlet_of
from limelight.language import detect_language
from limelight.models import RawArticle


def make(text, **kw):
    return clean(RawArticle(id="t1", source="mem", text=text, **kw))


def blocks(doc, kind=None):
    return [doc.text[b.start : b.end] for b in doc.blocks if kind is None or b.kind == kind]


def test_headline_date_prefix_and_body():
    doc = make(" date 2022-02-03 Star meets star\n\nThe singer, 40, met the actor on Friday.\n")
    assert blocks(doc, "headline") == ["Star meets star"]
    assert blocks(doc, "body") == ["The singer, 40, met the actor on Friday."]
    assert doc.published == "2022-02-03" and doc.title == "Star meets star"
    assert doc.text == "Star meets star\n\nThe singer, 40, met the actor on Friday."


def test_offsets_point_back_to_the_original():
    original = "Head line\n\n \n𝐁𝐨𝐥𝐝 words\u00a0and “quotes” here.\n"
    doc = make(original)
    for i, ch in enumerate(doc.text):
        j = doc.to_original(i)
        if ch == "\n":
            continue
        assert j is not None
        assert ch == original[j] or normalise(original[j])[0] == ch or (ch == " " and original[j] == "\u00a0")
    assert blocks(doc, "body") == ["Bold words and “quotes” here."]


def test_normalise_keeps_curly_quotes_and_emoji_drops_zero_width():
    text, pos = normalise("𝑇ℎ𝑒 “star’s” \u200bnight ❤️\u200d🔥")
    assert text == "The “star’s” night ❤️\u200d🔥"
    assert len(pos) == len(text)


def test_glued_captions_are_split_with_credits():
    doc = make(
        "Head\n\nBody paragraph that is long enough to count.\n\n"
        "The pair smiled backstageCredit: InstagramThe actor waved at fansCredit: Instagram / @someone\n\n"
        "Another shot of the starCredit: Getty ImagesHe looked happyCredit: Splash\n"
    )
    caps = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert caps == [
        ("The pair smiled backstage", "Instagram"),
        ("The actor waved at fans", "Instagram / @someone"),
        ("Another shot of the star", "Getty Images"),
        ("He looked happy", "Splash"),
    ]
    assert (
        doc.blocks[-1].kind == "caption" and blocks(doc)[1] == "Body paragraph that is long enough to count."
    )


def test_parenthesised_credit_marks_a_caption():
    doc = make("Head\n\nBody text here.\n\nThe two stars posed for a photo at the show. (Rex Features)\n")
    [cap] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[cap.start : cap.end] == "The two stars posed for a photo at the show."
    assert cap.credit == "Rex Features"


def test_boilerplate_is_removed():
    doc = make(
        "Head\n\nPublished March 3, 2021, 10:00 AM EST\n\nReal body line one.\n\nAdvertisement\n\n"
        "Sign up to the Example Daily newsletter for more gossip\n\n#OneTag #TwoTags\n\n"
        "(Reporting by A Desk; editing by B Desk)\n\nTags: one, two\n\n──────\n\n"
        "Copyright 2021 Example Media. All rights reserved.\n\nReal body line two.\n\n"
        "Related Posts\n\nSome teaser headline\n\nA teaser that trails off…\n"
    )
    assert blocks(doc, "body") == ["Real body line one.", "Real body line two."]
    assert doc.published == "2021-03-03"
    assert "Some teaser headline" in doc.removed and "Advertisement" in doc.removed


def test_fancy_teasers_after_related_header_are_dropped():
    doc = make("Head\n\nBody text.\n\nYou might also like\n\n𝐒𝐨𝐦𝐞 𝐒𝐭𝐚𝐫 𝐒𝐩𝐞𝐚𝐤𝐬\n\n𝑆ℎ𝑒 𝑠𝑎𝑖𝑑 𝑠𝑜𝑚𝑒𝑡ℎ𝑖𝑛𝑔…\n")
    assert blocks(doc, "body") == ["Body text."]
    assert "Some Star Speaks" in doc.removed


def test_dates_from_lines_datelines_and_urls():
    assert make("H\n\n15/07/2023 • 4 min read\n\nBody.").published == "2023-07-15"
    dateline = "H\n\nROME, March 9 (Some Wire) - A star arrived.\n"
    assert make(dateline, url="https://w.example/news/20230309/x").published == "2023-03-09"
    assert make(dateline).published is None
    assert make("H\n\nBody.", url="https://w.example/2021/05/06/story").published == "2021-05-06"
    assert make("H\n\nBody.", published="2020-01-02T10:00:00Z").published == "2020-01-02"


def test_outlet_is_registered_domain_offline():
    assert outlet_of("https://dailyglare.example/x") == "dailyglare.example"
    assert outlet_of("https://www.news.example.co.uk/a") == "example.co.uk"
    assert outlet_of(None) is None


def test_language_detection():
    assert (
        detect_language(
            "Le film sortira en salles le 20 novembre, a déclaré la chanteuse à notre journaliste."
        )
        == "fr"
    )
    assert detect_language("Hola") == "en"


def test_nothing_left_raises():
    with pytest.raises(CleaningError):
        make("Only a headline\n\nAdvertisement\n")
    with pytest.raises(CleaningError):
        clean(RawArticle(id="x", source="mem"))


PAGE = """<html><head><title>Star Headline – Some Site</title>
<link rel="canonical" href="https://site.example/2023/01/02/story">
<script type="application/ld+json">{"datePublished": "2023-01-02T08:00:00+00:00"}</script></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Star Headline</h1>
<figure><img src="a.jpg">
<figcaption>The star on stage<span class="credit">Credit: Getty Images</span></figcaption></figure>
<p>The star, 30, performed a surprise set in the city on Saturday night for thousands of fans.</p>
<p>She later thanked the crowd and said the show had been the best of the whole tour so far.</p>
</article>
<aside class="related"><h2>Related Posts</h2>
<ul><li><a href="/x">Decoy person does a thing</a></li></ul></aside>
<footer>© 2023 Some Site. All rights reserved.</footer></body></html>"""


def test_html_page():
    doc = clean(RawArticle(id="p", source="mem", html=PAGE))
    assert blocks(doc, "headline") == ["Star Headline"]
    assert len(blocks(doc, "body")) == 2 and "Decoy" not in doc.text and "Home" not in doc.text
    [cap] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[cap.start : cap.end] == "The star on stage" and cap.credit == "Getty Images"
    assert doc.published == "2023-01-02" and doc.url == "https://site.example/2023/01/02/story"
    assert doc.outlet == "site.example" and doc.original.startswith("Star Headline")


@pytest.mark.parametrize(
    "html", ["", "<html", "\x00\x01garbage", "<html><body><nav>menu</nav></body></html>"]
)
def test_broken_html_raises_cleaning_error(html):
    with pytest.raises(CleaningError):
        clean(RawArticle(id="p", source="mem", html=html or " "))


def test_embedded_post_attributions_are_boilerplate():
    doc = make(
        "Head\n\nThe actor, 41, married Lia Dorn on Saturday.\n\n"
        "Best day ever 💍— Shared by Wendel Pruitt (@wpruitt) on June 2, 2024\n\n"
        "so happy for them 😭 — Gus Farrant (@gusf_77) June 3, 2024\n\n"
        "View this post on Instagram A post shared by Tova Reyes (@tovareyes)\n\n"
        "The pair met in 2019.\n"
    )
    body = blocks(doc, "body")
    assert body == [
        "The actor, 41, married Lia Dorn on Saturday.",
        "Best day ever 💍",
        "so happy for them 😭",
        "The pair met in 2019.",
    ]
    assert not any(name in doc.text for name in ("Wendel", "Gus Farrant", "Tova"))


def test_a_handle_inside_prose_is_not_an_attribution():
    line = "Fans flocked to see Ana Quist (@anaquist) at the gallery on Sunday."
    assert blocks(make(f"Head\n\n{line}\n"), "body") == [line]


def test_bylines_and_reporting_credits_are_removed_but_prose_stays():
    credits = [
        "By Dora Kells, Entertainment Editor",
        "Additional reporting by Hal Brenner.",
        "Photos: Ivo Santos / Pix Agency",
        "Follow Dora on Instagram @dorakells",
    ]
    prose = [
        "By Friday, the couple had left the island.",
        "Reporting by the magazine suggested the pair had split.",
        "The singer, 30, arrived with Milo Tern.",
    ]
    doc = make("Head\n\n" + "\n\n".join(credits[:2] + prose + credits[2:]) + "\n")
    assert blocks(doc, "body") == prose
    assert all(c in doc.removed for c in credits)


def test_a_run_of_credits_does_not_make_the_paragraph_above_a_caption():
    lead = "Nia Corvo and Basil Thorne hugged on the red carpet in Rome on Friday."
    credits = "Credit: Pix AgencyCredit: Pix AgencyCredit: Lens Wire"
    doc = make(f"Head\n\n{lead}\n\n{credits}\n\nThe pair co-star in a new film.\n")
    assert blocks(doc, "body") == [lead, "The pair co-star in a new film."]
    assert blocks(doc, "caption") == []


def test_a_caption_without_a_stop_keeps_its_credit_apart():
    doc = make(
        "Head\n\nThe pair met in Rome.\n\nNia Corvo and Basil Thorne at the premiere on Friday (Pix Agency)\n"
    )
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end] == "Nia Corvo and Basil Thorne at the premiere on Friday"
    assert caption.credit == "Pix Agency"


def test_html_figcaption_with_labelled_paren_credit():
    page = PAGE.replace(
        '<figcaption>The star on stage<span class="credit">Credit: Getty Images</span></figcaption>',
        "<figcaption>The star on stage in Lisbon (Image: Pix Agency)</figcaption>",
    )
    doc = clean(RawArticle(id="p", source="mem", html=page))
    [cap] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[cap.start : cap.end] == "The star on stage in Lisbon" and cap.credit == "Pix Agency"


def test_date_lines_with_the_time_first_and_an_updated_date_as_last_resort():
    both = make(
        "Star meets star\n\nPublished: 18:02 BST, 11 May 2026 | Updated: 09:14 EST, 12 May 2026\n\n"
        "The singer met the actor.\n"
    )
    assert both.published == "2026-05-11" and "EST" not in both.text
    updated = make("Star meets star\n\nUpdated: 09:14 EST, 12 May 2026\n\nThe singer met the actor.\n")
    assert updated.published == "2026-05-12" and "Updated" not in updated.text


def test_short_texts_by_their_little_words():
    assert (
        detect_language("Ada Brenn and Tom Vale dine in Rome. They had dinner at Da Enzo on Saturday.")
        == "en"
    )
    assert detect_language("La cantante italiana ha cenato con il suo fidanzato a Roma sabato sera.") == "it"
    assert detect_language("La actriz cenó con el futbolista en Madrid el sábado por la noche.") == "es"


def test_page_furniture_cookie_banners_and_inbox_pitches_are_removed():
    noise = [
        "Share this article",
        "Share on Facebook",
        "Scroll down for video",
        "Story continues after advertisement",
        "Click to expand",
        "Comments (12)",
        "142 comments",
        "Join the conversation",
        "We use cookies to improve your experience. Accept all cookies",
        "This website uses cookies. Manage cookie settings | Accept",
        "Get our free showbiz newsletter delivered to your inbox every morning!",
    ]
    prose = ["Tilda Varnock, 31, shared a video of the party.", "She said the comments had hurt her."]
    doc = make("Head\n\n" + "\n\n".join(noise[:5] + prose + noise[5:]) + "\n")
    assert blocks(doc, "body") == prose
    assert all(n in doc.removed for n in noise)


def test_relative_times_and_clock_after_a_dash_are_date_lines():
    doc = make("Head\n\n3 days ago\n\n14.06.2025 - 18:30\n\nThe singer met the actor.\n")
    assert blocks(doc, "body") == ["The singer met the actor."] and doc.published == "2025-06-14"


def test_a_photo_credit_opening_a_paragraph_is_cut_from_it():
    doc = make(
        "Head\n\nPhoto: Jo Bay/Pix AgencyThe singer, 29, held hands with Tam Oree in Lisbon on Friday.\n\n"
        "PICTURE: Reuters Tam Oree later thanked fans for their kind words online.\n\n"
        "Image: the red carpet\n"
    )
    assert blocks(doc, "body") == [
        "The singer, 29, held hands with Tam Oree in Lisbon on Friday.",
        "Tam Oree later thanked fans for their kind words online.",
        "Image: the red carpet",  # too short to be a paragraph with a credit before it
    ]
    assert "Photo: Jo Bay/Pix Agency" in doc.removed and "PICTURE: Reuters" in doc.removed


def test_author_bios_are_removed():
    story = [
        "Nell Halvey, 33, dined with Oskar Lume in Nice.",
        "Oskar Lume is a reporter's dream, fans joked.",
    ]
    doc = make(
        "Head\n\nBy Pella Skarsgrove | 3 min read\n\n"
        + "\n\n".join(story)
        + "\n\nPella Skarsgrove has covered showbiz since 2015 and once interviewed Dane Ivo.\n\n"
        "About the author\n\nShe lives in Leeds with her dog and writes for Glimmerpost and Teal Daily.\n\n"
        "Mara Quill is a senior showbiz reporter at Glimmerpost.\n"
    )
    assert blocks(doc, "body") == story
    assert not any(n in doc.text for n in ("Dane Ivo", "Teal Daily", "Mara Quill"))


def test_fancy_teasers_more_teaser_headers_and_trailing_links():
    doc = make(
        "Head\n\nNell Orrick, 27, wed Piet Vance in Ghent on Sunday.\n\n"
        "𝐓𝐡𝐞 𝐬𝐭𝐚𝐫'𝐬 𝐞𝐱 𝐃𝐨𝐫𝐚𝐧 𝐊𝐞𝐥𝐥𝐨 𝐬𝐩𝐞𝐚𝐤𝐬 𝐨𝐮𝐭\n\n"
        "ICYMI: Tova Brisk reveals baby name\n\n"
        "so proud of them 😍 pic.twitter.com/x1Yz\n\n— Fan Page (@fanpage) June 2, 2025\n\n"
        "𝘚𝘩𝘦 𝘴𝘢𝘪𝘥 𝘪𝘵 𝘸𝘢𝘴 𝘵𝘩𝘦 𝘣𝘦𝘴𝘵 𝘥𝘢𝘺.\n"
    )
    assert blocks(doc, "body") == [
        "Nell Orrick, 27, wed Piet Vance in Ghent on Sunday.",
        "so proud of them 😍",
        "She said it was the best day.",  # a sentence in fancy letters is still prose
    ]
    assert not any(n in doc.text for n in ("Doran", "Tova", "twitter"))


def test_tip_line_pitches_are_removed():
    noise = [
        "Do you have a story? Email tips@glint.example",
        "Got a celebrity story? Get in touch with our showbiz team by calling 0800 000 000.",
        "For the latest news visit our homepage.",
        "Join the debate: 57 comments",
    ]
    prose = "Ezra Pollen, 40, said he had a story to tell about his late father."
    doc = make("Head\n\n" + prose + "\n\n" + "\n\n".join(noise) + "\n")
    assert blocks(doc, "body") == [prose] and all(n in doc.removed for n in noise)


def test_players_galleries_paywalls_affiliate_notes_and_bare_credits_are_removed():
    noise = [
        "Listen to this article",
        "Reading time: 3 minutes",
        "Image 1 of 12",
        "1/12",
        "Now playing",
        "Duration 2:31",
        "We may earn commission from links on this page.",
        "Already a subscriber? Log in",
        "Create a free account to continue reading",
        "Getty Images",
        "Instagram/@junoh",
        "Privacy Policy | Terms of Use | Contact",
        "Back to top",
    ]
    doc = make(
        "Head\n\n"
        + "\n\n".join(noise[:6])
        + "\n\nIvo Strand, 35, wore a linen suit, £45, Shopwell. Shop now\n\n"
        "He said: “I feel at home here.”\n\n" + "\n\n".join(noise[6:]) + "\n"
    )
    assert blocks(doc, "body") == [
        "Ivo Strand, 35, wore a linen suit, £45, Shopwell.",
        "He said: “I feel at home here.”",
    ]
    assert all(n in doc.removed for n in noise)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2025/07/02", "2025-07-02"),
        ("Posted: 2025-07-02T09:00:00+00:00", "2025-07-02"),
        ("Originally published July 2, 2025", "2025-07-02"),
        ("July 2, 2025 | By Jo Bayle", "2025-07-02"),
        ("Published 2 July 2025 Updated 3 July 2025", "2025-07-02"),
        ("Published Tue, 1 Jul 2025 10:42:13 GMT", "2025-07-01"),
        ("Last modified on Tue 1 Jul 2025 10.42 BST", "2025-07-01"),  # only as a last resort
    ],
)
def test_more_date_line_formats(line, published):
    doc = make(f"Head\n\n{line}\n\nThe singer met the actor.\n")
    assert blocks(doc, "body") == ["The singer met the actor."] and doc.published == published


def test_the_frame_of_social_embeds_is_removed():
    noise = [
        "Instagram post by Lark Mendel • Jun 28, 2025 at 5:12pm UTC",
        "See this Instagram post by @larkmendel",
        "Lark Mendel (@larkmendel) • Instagram photos and videos",
        "12,345 likes",
        "Add a comment...",
        "@orlaquince ♬ original sound - Orla Quince",
        "Tweet by Gossip Hound @gossiphound",
        "@gossiphound · Jun 28",
        "Reply Retweet Like",
        "See more on X",
        "This content is not available due to your privacy preferences.",
    ]
    prose = ["Lark Mendel, 38, married Orla Quince near Bordeaux on Saturday.", "so happy for you both"]
    doc = make(
        "Head\n\n"
        + prose[0]
        + "\n\n"
        + "\n\n".join(noise)
        + "\n\nso happy for you both ♬ Love Song - Bo Vey\n"
    )
    assert blocks(doc, "body") == prose
    assert all(n in doc.removed for n in noise) and "Bo Vey" not in doc.text


def test_captions_glued_to_prose_labelled_captions_and_credit_lines():
    doc = make(
        "Head\n\n"
        "Nell Ostby and Idris Kallow at the gala (Photo: Lensfield/Pix)The actress, 44, wore a red gown.\n\n"
        "Idris Kallow arrives at the ball. Image: Kappa PressThe couple later danced until midnight.\n\n"
        "Nell poses on the red carpet | Getty ImagesShe told reporters: “We are so grateful.”\n\n"
        "Pictured: Nell and Idris in Vienna\n\n"
        "Nell and Idris were first linked in 2022. Photo by Pix Agency.\n\n"
        "(Photo by Jo Bay/Getty Images for Some Ball)\n\nPHOTO: GETTY IMAGES\n\nSource: Instagram\n"
    )
    assert blocks(doc, "body") == [
        "The actress, 44, wore a red gown.",
        "The couple later danced until midnight.",
        "She told reporters: “We are so grateful.”",
    ]
    caps = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert caps == [
        ("Nell Ostby and Idris Kallow at the gala", "Lensfield/Pix"),
        ("Idris Kallow arrives at the ball.", "Kappa Press"),
        ("Nell poses on the red carpet", "Getty Images"),
        ("Nell and Idris in Vienna", None),
        ("Nell and Idris were first linked in 2022.", "Pix Agency"),
    ]
    assert "Source: Instagram" in doc.removed and "PHOTO: GETTY IMAGES" in doc.removed


def test_numbered_most_read_headlines_and_a_possessive_staff_bio_are_removed():
    doc = make(
        "Head\n\nNadia Ameling, 30, and Rafe Tolly sailed off Capri on Sunday.\n\n"
        "1. Ola Brinkley quits show\n\n2. Sven Haldor's new look\n\n"
        "Her three tips:\n\n1. Drink water every day.\n\n"
        "Mette Rasmo is Starbeat's celebrity editor. Follow her on Twitter @metter.\n"
    )
    assert blocks(doc, "body") == [
        "Nadia Ameling, 30, and Rafe Tolly sailed off Capri on Sunday.",
        "Her three tips:",
        "1. Drink water every day.",
    ]


def test_normalise_folds_more_decoration_and_repairs_mojibake():
    assert normalise("🅼🅸🆁🅰 ᴍɪʀᴀ M\u0336i\u0336r\u0336a\u0336 x\u2063y Jean\u2011Luc a\u2028b")[0] == (
        "MIRA mira Mira xy Jean-Luc a\nb"
    )
    text, pos = normalise("donâ€™t tell BeyoncÃ© â€œnowâ€\x9d 🅰️")
    assert text == "don’t tell Beyoncé “now” 🅰️" and len(pos) == len(text)
    doc = make("Head\n\nZoÃ« Brandl said: â€œWe are happy.â€\x9d\n")
    assert blocks(doc, "body") == ["Zoë Brandl said: “We are happy.”"]
    assert doc.original[doc.to_original(doc.text.index("ë"))] == "Ã"


@pytest.mark.parametrize(
    "above",
    [
        "Home › Celebrity › Couples\nBy Una Fessel",
        "EXCLUSIVE",
        "Skip to main content\nMenu\nSearch",
        "June 3, 2025",
    ],
)
def test_navigation_above_the_headline_is_not_the_headline(above):
    doc = make(f"{above}\nHalla Strub and Noel Pirk split\nHalla Strub, 41, and Noel Pirk have split.\n")
    assert doc.title == "Halla Strub and Noel Pirk split"
    assert blocks(doc, "body") == ["Halla Strub, 41, and Noel Pirk have split."]
    assert doc.published == ("2025-06-03" if above == "June 3, 2025" else None)


def test_a_teaser_label_opening_the_headline_stays():
    assert (
        make("WATCH: Halla Strub dances\n\nHalla Strub, 41, danced.\n").title == "WATCH: Halla Strub dances"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="parsely-pub-date" content="2025-03-04T10:00:00Z">',
        '<meta name="sailthru.date" content="2025-03-04 10:00:00">',
        '<meta name="DC.date.issued" content="2025-03-04">',
        '<script type="application/ld+json">{"dateCreated": "2025-03-04"}</script>',
        "",  # only the date printed on the page
    ],
)
def test_html_publication_dates_under_other_names(head):
    page = (
        f"<html><head>{head}</head><body><div><h1>Ada Venn weds Bo Larkin</h1>"
        '<span class="date">Published 4 March 2025</span>'
        "<p>Ada Venn, 30, married Bo Larkin in a small ceremony in Rome on Saturday with friends.</p>"
        "</div></body></html>"
    )
    assert clean(RawArticle(id="p", source="mem", html=page)).published == "2025-03-04"


def test_ad_slots_promos_syndication_notes_and_sign_up_forms_are_removed():
    noise = [
        "Advertisement - Continue Reading Below",
        "Article continues below this ad",
        "AD",
        "Related video",
        "This article originally appeared on Glossline.",
        "Download the Daily Glint app for the latest gossip.",
        "Want more? Follow us on Instagram and TikTok.",
        "Read our editorial guidelines.",
        "What do you think? Let us know in the comments below.",
        "Enter your email address",
        "Submit",
        "Thanks for subscribing!",
        "We use your sign-up to provide content in ways you've consented to.",
        "For more celebrity news, head to our homepage.",
    ]
    prose = [
        "Fenja Rusk, 33, stepped out with Caspian Veldt in Oslo on Wednesday.",
        "“Follow us on our journey,” she wrote.",
    ]
    doc = make(
        "Head\n\n"
        + prose[0]
        + "\n\n"
        + "\n\n".join(noise)
        + "\n\n"
        + prose[1]
        + "\n\nMore On\n\nCaspian Veldt\n"
    )
    assert blocks(doc, "body") == prose
    assert all(n in doc.removed for n in noise) and "Caspian Veldt" in doc.removed


def test_teasers_and_ad_slots_inside_a_paragraph_are_cut():
    doc = make(
        "Head\n\nSigne Holm wore red in Rome. ADVERTISEMENT The couple left at midnight.\n\n"
        "They were all smiles. READ MORE: Signe's shock split from Aldo Brisk\n"
    )
    assert blocks(doc, "body") == [
        "Signe Holm wore red in Rome.",
        "The couple left at midnight.",
        "They were all smiles.",
    ]
    assert "Aldo" not in doc.text and "ADVERTISEMENT" in doc.removed


def test_more_tweet_frames_are_removed():
    noise = [
        "Fan Page (@fanpage) June 28, 2025",
        "- Fan Page (@fanpage) 28 June 2025",
        "Fan Page @fanpage · 28 Jun 2025",
        "Posted by Fan Page (@fanpage) on June 28, 2025",
        "Replying to @fanpage",
        "Show this thread",
        "9:14 PM · Jun 28, 2025",
        "1,024 Reposts 5,210 Likes",
    ]
    prose = "Ana Quist (@anaquist) married Bo Lind on June 28, 2025"
    doc = make("Head\n\n" + prose + "\n\n" + "\n\n".join(noise) + "\n")
    assert blocks(doc, "body") == [prose] and "Fan Page" not in doc.text


@pytest.mark.parametrize(
    "byline",
    [
        "Author: Jo Baye",
        "Story by Jo Baye",
        "Edited by: Jo Baye",
        "Jo Baye | Celebrity Editor",
        "Jo Baye, Senior Showbiz Reporter",
        "By Jo Baye Published June 3, 2025",
    ],
)
def test_more_bylines_and_their_author_bios(byline):
    doc = make(f"Head\n\n{byline}\n\nThe star, 30, wed in Rome.\n\nJo Baye has covered showbiz since 2010.\n")
    assert blocks(doc, "body") == ["The star, 30, wed in Rome."]
    assert doc.published == ("2025-06-03" if "June" in byline else None)


def test_noise_in_spanish_french_italian_and_german():
    noise = [
        "Por Carla Ruizo",
        "Actualizado: 03/06/2025 10:15",
        "Foto: Getty Images",
        "Anuncio",
        "Sigue leyendo",
        "Compartir",
        "Comentarios (3)",
        "Suscríbete a nuestra newsletter",
        "Leggi anche: Mira e il nuovo amore",
        "Partager",
        "Bild: Getty Images",
    ]
    prose = "La cantante, de 30 años, se casó en Roma el sábado con su novio."
    doc = make(
        "Titular\n\n" + "\n\n".join(noise[:4]) + "\n\n" + prose + "\n\n" + "\n\n".join(noise[4:]) + "\n"
    )
    assert blocks(doc, "body") == [prose] and all(n in doc.removed for n in noise)
    assert doc.published == "2025-06-03"  # the last-updated day, nothing better being known
    assert make("T\n\nPubblicato il 3 giugno 2025\n\nCiao.\n").published == "2025-06-03"
    assert make("T\n\nVeröffentlicht am 3. Juni 2025, 10:15 Uhr\n\nHallo.\n").published == "2025-06-03"


def test_runs_of_captions_glued_with_photo_labels_or_paren_credits():
    doc = make(
        "Head\n\nThe pair wed in Rome on Saturday.\n\n"
        "The pair smiled backstagePhoto: InstagramThe actor waved at fansPhoto: Pix Agency\n\n"
        "The singer in Rome (Image: Pix)The actor in Paris (Image: Lens Wire)\n"
    )
    caps = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert caps == [
        ("The pair smiled backstage", "Instagram"),
        ("The actor waved at fans", "Pix Agency"),
        ("The singer in Rome", "Pix"),
        ("The actor in Paris", "Lens Wire"),
    ]
    assert blocks(doc, "body") == ["The pair wed in Rome on Saturday."]


@pytest.mark.parametrize(
    "figcaption",
    [
        'The star on stage <span class="photo-source">Pix Agency</span>',
        'The star on stage <p class="attribution">Pix Agency</p>',
        'The star on stage <span class="copyright">© Pix Agency</span>',
        "The star on stage <small>Photo: Pix Agency</small>",
        "The star on stage | Photo: Pix Agency",
        "The star on stage © Pix Agency",
    ],
)
def test_html_figcaption_credits_marked_in_other_ways(figcaption):
    page = PAGE.replace(
        '<figcaption>The star on stage<span class="credit">Credit: Getty Images</span></figcaption>',
        f"<figcaption>{figcaption}</figcaption>",
    )
    doc = clean(RawArticle(id="p", source="mem", html=page))
    [cap] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[cap.start : cap.end], cap.credit) == ("The star on stage", "Pix Agency")


def test_a_bare_credit_after_the_last_stop_marks_a_caption():
    doc = make(
        "Head\n\nThe pair wed in Rome.\n\nMira in Rome. Kappa Press/Backgrid\n\n"
        "The pair in Lyon. Getty Images\n\n"
        "She told the agency. Reuters reported it.\n"
    )
    caps = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert caps == [("Mira in Rome.", "Kappa Press/Backgrid"), ("The pair in Lyon.", "Getty Images")]
    assert blocks(doc, "body") == ["The pair wed in Rome.", "She told the agency. Reuters reported it."]


def test_pointer_teasers_and_picture_teaser_labels_are_removed():
    noise = [
        "👉 Mira's shock split from Dane Holte",
        ">> Mira's new look",
        "Click here for more",
        "PICS: Mira's wedding",
    ]
    kept = ["Mira Quell, 30, wed in Rome.", "• Her dress was by a friend", "👉 She wore red to the party."]
    doc = make("Head\n\n" + "\n\n".join(kept[:1] + noise + kept[1:]) + "\n")
    assert blocks(doc, "body") == kept and all(n in doc.removed for n in noise)


def test_a_reader_comments_section_is_dropped_to_the_end():
    story = [
        "Tam Orlo, 29, married Jory Blakey in Bath on Friday.",
        "“They are thrilled,” a spokesperson said.",
    ]
    comments = "Comments (3)\nlulu_88\n2 hours ago\n“She looks amazing,” wrote one fan.\n"
    comments += "Reply\nKenna Vail\nShe deserves it!\n"
    doc = make("Head\n\n" + "\n\n".join(story) + "\n\n" + comments)
    assert blocks(doc, "body") == story and "Kenna" not in doc.text
    # a comment count beside the byline opens nothing
    top = make("Head\n\n12 comments\n\nShare\n\n" + "\n\n".join(story) + "\n")
    assert blocks(top, "body") == story


@pytest.mark.parametrize(
    "line",
    [
        "Sunday 28 June 2025 • 10:42 BST",
        "Jun 28, 2025 / 10:42 AM",
        "Domingo, 28 de junio de 2025",
        "Dimanche 28 juin 2025",
        "Sonntag, 28. Juni 2025",
        "28/06/2025 às 10h42",
        "28-Jun-2025",
    ],
)
def test_date_lines_with_weekdays_in_other_languages_and_more_separators(line):
    doc = make(f"Head\n\n{line}\n\nLast updated 3 mins ago\n\nThe singer met the actor.\n")
    assert blocks(doc, "body") == ["The singer met the actor."] and doc.published == "2025-06-28"


def test_zalgo_marks_go_but_real_accents_stay():
    assert (
        normalise("M\u0338\u0322\u0301i\u0337\u0315\u0300\u0316ra Zoe\u0308 Nguy\u1ec5n")[0]
        == "Mira Zoë Nguyễn"
    )


def test_the_html_fallback_skips_sidebars_comments_and_sign_up_boxes():
    from lxml import html as lxml_html

    from limelight.htmlpage import fallback_paragraphs

    page = (
        "<html><body><h1>Ada Venn weds Bo Larkin</h1>"
        '<div class="story"><p>Ada Venn, 30, married Bo Larkin in Rome on Saturday.</p></div>'
        '<div class="sidebar trending"><p>Cora Pell shows off her new haircut in Milan</p></div>'
        '<div id="comments"><p>lulu_88: She looks amazing in that dress wow</p></div>'
        '<div class="newsletter-signup"><p>Get the best celebrity gossip every single day</p></div>'
        "</body></html>"
    )
    assert fallback_paragraphs(lxml_html.document_fromstring(page)) == [
        "Ada Venn, 30, married Bo Larkin in Rome on Saturday."
    ]
    wrapped = page.replace("<body>", '<body><div class="has-sidebar">').replace('class="story"', "")
    wrapped = wrapped.replace('class="sidebar trending"', "").replace('id="comments"', "")
    assert len(fallback_paragraphs(lxml_html.document_fromstring(wrapped))) == 4


def test_figcaptions_of_teasers_inside_the_article_are_not_captions():
    page = PAGE.replace(
        "</article>",
        '<div class="related-posts"><figure><img src="b.jpg"><figcaption>Decoy Person in Milan'
        "</figcaption></figure></div></article>",
    )
    doc = clean(RawArticle(id="p", source="mem", html=page))
    assert "Decoy" not in doc.text and len(blocks(doc, "caption")) == 1


def test_a_closing_bio_of_someone_the_story_names_stays():
    story = ["Editor Mara Vint said the interview was “a joy”.", "Mara Vint is the editor of Vogue Lumen."]
    assert blocks(make("Head\n\n" + "\n\n".join(story) + "\n"), "body") == story


def test_an_agency_glued_to_the_end_of_a_caption():
    doc = make(
        "Head\n\nThe pair wed.\n\nIvo Lark in Rome on Friday.Getty Images\n\n"
        "Ivo Lark and Mira in RomeGetty Images\n"
    )
    caps = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert caps == [
        ("Ivo Lark in Rome on Friday.", "Getty Images"),
        ("Ivo Lark and Mira in Rome", "Getty Images"),
    ]


def test_the_story_resumes_after_a_related_box_with_short_paragraphs():
    doc = make(
        "Head\n\nMira Quell, 30, wed Ivo Lark in Rome on Saturday.\n\nRelated\n\n"
        "Mira's shock split from Dane Holte\n\n"
        "Ivo Lark: 'I'm done with fame'\n\n\"We are so happy together,\" Mira said on Sunday.\n\n"
        "The pair met on a film set in 2021.\n"
    )
    assert blocks(doc, "body") == [
        "Mira Quell, 30, wed Ivo Lark in Rome on Saturday.",
        '"We are so happy together," Mira said on Sunday.',
        "The pair met on a film set in 2021.",
    ]


def test_a_watch_label_before_a_sentence_of_the_story_keeps_the_sentence():
    doc = make(
        "Star meets star\n\nPublished March 3, 2025\n\nNia Corvel dined with Bram Ostler in Oslo.\n\n"
        "WATCH: Corvel, 31, laughed as Ostler, 35, whispered in her ear.\n\nWATCH: Corvel's cosy dinner\n"
    )
    assert "laughed as Ostler" in doc.text and "cosy dinner" not in doc.text
