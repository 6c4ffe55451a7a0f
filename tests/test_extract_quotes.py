"""Quotations in straight single quotes, as British papers print them, without taking
apostrophes for quote marks. Each on tiny invented texts."""

from test_extract_facts import by_name

from limelight.extract import extract_facts


def quotes(facts):
    names = by_name(facts)
    return [(names.get(q.speaker), q.text) for q in facts.quotes]


def test_straight_single_quotes_are_quotations(article):
    doc, parsed = article(
        "Lunch",
        "Nia Corvel had lunch with Bram Ostler.",
        "A source told the outlet: 'They are taking things slow but Nia's really happy.'",
        "Ostler said: 'I'm not going anywhere, it's been a great year.'",
    )
    assert quotes(extract_facts(doc, parsed)) == [
        (None, "They are taking things slow but Nia's really happy."),
        ("Bram Ostler", "I'm not going anywhere, it's been a great year."),
    ]


def test_apostrophes_of_plurals_and_decades_end_no_quote(article):
    doc, parsed = article("Party", "'It was the girls' night out,' Nia Corvel said of the '90s party.")
    assert quotes(extract_facts(doc, parsed)) == [("Nia Corvel", "It was the girls' night out,")]


def test_a_title_in_single_quotes_opening_a_headline_is_no_quote(article):
    doc, parsed = article(
        "'Harbour Glass' premieres in Oslo as Nia Corvel walks the carpet", "Nia Corvel smiled."
    )
    assert quotes(extract_facts(doc, parsed)) == []


def test_words_written_where_the_paragraph_before_shared_them(article):
    doc, parsed = article(
        "Reunion",
        "Orla Vesk shared a photo from the reunion on Instagram.",
        '"Some friendships pick up where they left off," she wrote.',
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium == "Instagram"


def test_said_a_source_after_a_named_quote_is_the_source(article):
    doc, parsed = article(
        "Romance",
        'Tom Vale tweeted: "Lucky guy."',
        '"We\'re taking it slow," added a source close to the couple.',
    )
    assert quotes(extract_facts(doc, parsed)) == [("Tom Vale", "Lucky guy."), (None, "We're taking it slow,")]


def test_words_a_couple_said_together_are_nobodys_alone(article):
    doc, parsed = article(
        "Engaged",
        "Tom Vale shared: 'Best night ever.'",
        '"We are thrilled," the couple said in a joint statement.',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Tom Vale", "Best night ever."),
        (None, "We are thrilled,"),
    ]


def test_said_someones_rep_is_the_reps(article):
    doc, parsed = article(
        "Rome",
        "Ada Brenn met Tom Vale in Rome.",
        '"No comment," said Vale\'s rep.',
        '"I adore her," said Vale.',
    )
    assert quotes(extract_facts(doc, parsed)) == [(None, "No comment,"), ("Tom Vale", "I adore her,")]


def test_took_to_x_to_write(article):
    doc, parsed = article("Post", 'Ada Brenn took to X to write: "Best night ever."')
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium == "X"


def test_platform_named_earlier_in_the_same_paragraph(article):
    doc, parsed = article(
        "Story", 'Ivo Renn shared a clip in his Instagram Story. "Back at it," he wrote alongside the clip.'
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium == "Instagram"


def test_interview_or_podcast_named_in_the_lead_in_sentence(article):
    doc, parsed = article(
        "Candid",
        'Ivo Renn opened up in an interview with Vela Weekly. "I was terrified of failing," he said.',
        'Speaking to Vela Weekly, Ivo Renn said: "I needed a break."',
    )
    assert [q.medium for q in extract_facts(doc, parsed).quotes] == ["interview", "interview"]


def test_a_long_unnamed_source_after_the_quote(article):
    doc, parsed = article(
        "Romance",
        "Ivo Renn was seen with Dara Quell.",
        '"He\'s a sweetheart," a source close to the star told Vela Weekly.',
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert (quote.speaker, quote.medium) == (None, "interview")


def test_a_comment_under_a_post_is_a_comment(article):
    doc, parsed = article(
        "Selfie", 'Dara Quell posted a selfie. "Love you," Ivo Renn commented under the post.'
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium == "social media comment"


def test_a_straight_quote_left_open_runs_into_the_next_paragraph(article):
    doc, parsed = article(
        "Candid",
        'Ivo Renn told Vela Weekly: "It was the hardest year of my life.',
        '"But I came out stronger."',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Ivo Renn", "It was the hardest year of my life."),
        ("Ivo Renn", "But I came out stronger."),
    ]


def test_a_second_speaker_after_a_closed_quote_in_the_same_paragraph(article):
    doc, parsed = article(
        "Friends",
        "Dara Quell was seen with Ivo Renn.",
        'Quell said: "We\'re just friends." Renn disagreed: "We\'re more than that."',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Dara Quell", "We're just friends."),
        ("Ivo Renn", "We're more than that."),
    ]


def test_gushed_to_an_outlet_is_an_interview(article):
    doc, parsed = article("Dream", '"It\'s been a dream," Dara Quell gushed to Vela Weekly.')
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium == "interview"


def test_a_platform_named_outright_wins_over_the_words_of_a_post(article):
    doc, parsed = article(
        "Done",
        '"I\'m done," Dara Quell said in a video posted to TikTok.',
        'Dara Quell wrote on Threads: "New music Friday."',
        '"They looked so in love," an onlooker told the Daily Post.',
        'Dara Quell accepted the trophy. "This is for my mom," she said in her acceptance speech.',
    )
    assert [q.medium for q in extract_facts(doc, parsed).quotes] == [
        "TikTok",
        "Threads",
        "interview",
        "on stage",
    ]


def test_a_stars_team_or_friend_speaks_for_themselves(article):
    doc, parsed = article(
        "Recovery",
        "Dara Quell was seen with Ivo Renn.",
        'Dara Quell\'s team said in a statement: "She is recovering."',
        "\"It's over,\" Dara Quell's friend told the Sun.",
    )
    assert quotes(extract_facts(doc, parsed)) == [(None, "She is recovering."), (None, "It's over,")]


def test_short_capitalised_words_after_wrote_colon_are_a_quote(article):
    doc, parsed = article("Proud", 'Ivo Renn wrote: "Proud of you," alongside a photo.')
    assert quotes(extract_facts(doc, parsed)) == [("Ivo Renn", "Proud of you,")]


def test_a_relative_clause_between_the_name_and_told(article):
    doc, parsed = article(
        "Gala",
        "Dara Quell attended the gala.",
        '"I\'m thrilled," Quell, who turned 30 last week, told reporters.',
    )
    assert quotes(extract_facts(doc, parsed)) == [("Dara Quell", "I'm thrilled,")]


def test_replied_with_a_smile_is_no_comment(article):
    doc, parsed = article(
        "Return", 'Dara Quell was asked if she would return. "Never say never," she replied with a smile.'
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert quote.medium is None


def test_more_speech_verbs_of_celebrity_news(article):
    doc, parsed = article(
        "Fine",
        '"I\'m fine," Dara Quell assured fans on Instagram.',
        '"Not yet," Ivo Renn teased.',
        '"Stay tuned," Dara Quell hinted.',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Dara Quell", "I'm fine,"),
        ("Ivo Renn", "Not yet,"),
        ("Dara Quell", "Stay tuned,"),
    ]


def test_told_the_host_is_an_interview(article):
    doc, parsed = article("Nervous", '"I\'ve never been this nervous," Ivo Renn told host Mara Fenwick.')
    assert [q.medium for q in extract_facts(doc, parsed).quotes] == ["interview"]


def test_a_caption_that_reads_is_the_posters(article):
    doc, parsed = article(
        "Forever",
        'Dara Quell shared a photo of Ivo Renn. The caption read: "My forever."',
        '"Date night," reads the caption on Ivo Renn\'s latest post.',
    )
    facts = extract_facts(doc, parsed)
    assert quotes(facts) == [("Dara Quell", "My forever."), ("Ivo Renn", "Date night,")]
    assert [q.medium for q in facts.quotes] == ["Instagram", "Instagram"]


def test_a_second_speaker_chimes_in_after_the_first(article):
    doc, parsed = article(
        "Dinner",
        "Ivo Renn and Dara Quell hosted a dinner.",
        '"It was lovely," Renn said, before Quell chimed in: "Too much wine, though."',
        '"Yes," Renn agreed.',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Ivo Renn", "It was lovely,"),
        ("Dara Quell", "Too much wine, though."),
        ("Ivo Renn", "Yes,"),
    ]


def test_the_medium_after_a_quote_inside_the_sentence(article):
    doc, parsed = article(
        "Love", 'Dara Quell called Ivo Renn "the love of my life" in an Instagram post on Sunday.'
    )
    ((quote,),) = [extract_facts(doc, parsed).quotes]
    assert (quote.text, quote.medium) == ("the love of my life", "Instagram")


def test_a_single_quote_left_open_runs_into_the_next_paragraph(article):
    doc, parsed = article(
        "Candid",
        "Ivo Renn told the Sun: 'It was the hardest year of my life.",
        "'But I came out stronger.'",
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Ivo Renn", "It was the hardest year of my life."),
        ("Ivo Renn", "But I came out stronger."),
    ]


def test_an_em_dash_sets_off_the_attribution(article):
    doc, parsed = article("Drama", '"I\'m done with the drama" — Dara Quell, 30, wrote on Instagram.')
    facts = extract_facts(doc, parsed)
    assert quotes(facts) == [("Dara Quell", "I'm done with the drama")]
    assert facts.quotes[0].medium == "Instagram"


def test_words_on_a_shirt_are_nobodys(article):
    doc, parsed = article("Shirt", 'Dara Quell wore a shirt that said "Not Today."')
    assert quotes(extract_facts(doc, parsed)) == [(None, "Not Today.")]


def test_unnamed_sources_beyond_the_word_list(article):
    doc, parsed = article(
        "Smitten",
        "Dara Quell met Ivo Renn.",
        '"They\'re smitten," a person familiar with the matter told Vela Weekly.',
        '"It\'s serious," someone close to Quell said.',
        '"They met in May," a Quell insider said.',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        (None, "They're smitten,"),
        (None, "It's serious,"),
        (None, "They met in May,"),
    ]


def test_her_husband_said_is_the_husband(article):
    doc, parsed = article(
        "Proud",
        "Dara Quell was joined by her husband, Ivo Renn.",
        '"I\'m so proud of her," her husband said.',
        'Her husband added: "She worked so hard."',
    )
    assert quotes(extract_facts(doc, parsed)) == [
        ("Ivo Renn", "I'm so proud of her,"),
        ("Ivo Renn", "She worked so hard."),
    ]
