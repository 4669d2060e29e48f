"""Sources, round 15: a number's thousands separators close no clause ('employs more than 11,000 people,
said'); a non-restrictive relative clause on the speaker ('SkyJet, which operates 214 aircraft, said X')
is background the outlet states in its own voice: an unattributed claim when it carries an amount, never
part of the source or of what the speaker said (one describing how the speaker spoke, 'who asked not to
be named', stays in the reporting clause); official statistics (official figures, government data,
بيانات رسمية، أرقام رسمية، إحصاءات حكومية, data from a state body) are official sources; people polled by an
outlet ('analysts polled by Reuters', محللون استطلعت «رويترز» آراءهم) are anonymous, not the outlet; the
plural of a one-word outlet name is a common noun ('Economists'); a name ending in ? or ! ('Which?',
'Yahoo!') is an organisation and its mark ends no sentence before a lower-case word."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

from factcheck.text.segment import segment

PUBLISHED = date(2025, 3, 1)


def _frames(text: str, language: str) -> list[tuple]:
    return frame_rows(text, language, PUBLISHED)


@pytest.mark.parametrize("text, want", [
    # 1. the relative clause on the speaker is the outlet's background; the speaker says only what follows
    ("SkyJet, which operates 214 aircraft and employs more than 11,000 people, said it would appeal.",
     [("SkyJet, which operates 214 aircraft and employs more than 11,000 people", "unattributed", None, None),
      ("it would appeal", "official", "SkyJet", "said")]),
    ("The airline, which carried 12 million passengers last year, said fares would rise 5%.",
     [("The airline, which carried 12 million passengers last year", "unattributed", None, None),
      ("fares would rise 5%", "official", "The airline", "said")]),
    # ... thousands separators are no commas in a source phrase or a trailing frame
    ("Exports rose to 1,250,000 tonnes, the ministry said.",
     [("Exports rose to 1,250,000 tonnes", "official", "the ministry", "said")]),
    ("Officials, who counted 12,000 ballots, said turnout was 61%.",
     [("Officials, who counted 12,000 ballots", "unattributed", None, None),
      ("turnout was 61%", "anonymous", "Officials", "said")]),
    # must not change: a relative clause with nothing to check, or describing how the speaker spoke
    ("Zentiva, which makes generic drugs, said revenue rose 4%.", [("revenue rose 4%", "official", "Zentiva", "said")]),
    ("A police officer, who asked not to be named, said 12 people were arrested.",
     [("12 people were arrested", "anonymous", "A police officer", "said")]),
])
def test_relative_clause_on_the_speaker(text, want):
    assert _frames(text, "en") == want


@pytest.mark.parametrize("text, lang, want", [
    # 2. official statistics are official sources
    ("وارتفع احتياطي النقد الأجنبي إلى 46.9 مليار دولار بنهاية الشهر الماضي، وهو أعلى مستوى في تاريخه، بحسب بيانات رسمية.",
     "ar", [("وارتفع احتياطي النقد الأجنبي إلى 46.9 مليار دولار بنهاية الشهر الماضي", "official", "بيانات رسمية", "بحسب"),
            ("وهو أعلى مستوى في تاريخه", "official", "بيانات رسمية", "بحسب")]),
    ("وتراجعت الصادرات 3% خلال مايو، وفقاً لأرقام رسمية.", "ar",
     [("وتراجعت الصادرات 3% خلال مايو", "official", "أرقام رسمية", "وفقاً ل")]),
    ("وبلغ عدد السكان 107 ملايين نسمة، بحسب الإحصاءات الحكومية.", "ar",
     [("وبلغ عدد السكان 107 ملايين نسمة", "official", "الإحصاءات الحكومية", "بحسب")]),
    ("وارتفع التضخم إلى 5.2% في مارس، بحسب بيانات صادرة عن الجهاز المركزي للتعبئة العامة والإحصاء.", "ar",
     [("وارتفع التضخم إلى 5.2% في مارس", "official", "بيانات صادرة عن الجهاز المركزي للتعبئة العامة والإحصاء",
       "بحسب")]),
    ("Exports rose 4% last year, according to official figures.", "en",
     [("Exports rose 4% last year", "official", "official figures", "according to")]),
    ("Unemployment fell to 5.2% in March, government data showed.", "en",
     [("Unemployment fell to 5.2% in March", "official", "government data", "showed")]),
    ("Data from the statistics office showed inflation eased to 2.4% in April.", "en",
     [("inflation eased to 2.4% in April", "official", "Data from the statistics office", "showed")]),
    # must not change: 'show' frames only data, documents and reports, never people or pictures
    ("The video showed police beating protesters in the square.", "en",
     [("The video showed police beating protesters in the square", "unattributed", None, None)]),
])
def test_official_statistics(text, lang, want):
    assert _frames(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    # 3. people polled by an outlet are anonymous: the outlet polled them, it does not speak
    ("ويتوقع محللون استطلعت «رويترز» آراءهم أن يبدأ البنك في خفض الفائدة خلال الربع الأول من العام المقبل.", "ar",
     [("يبدأ البنك في خفض الفائدة خلال الربع الأول من العام المقبل", "anonymous", "محللون استطلعت «رويترز» آراءهم",
       "ويتوقع")]),
    ("وقال خبراء شملهم استطلاع أجرته «بلومبرغ» إن النمو سيبلغ 2.1% هذا العام.", "ar",
     [("النمو سيبلغ 2.1% هذا العام", "anonymous", "خبراء شملهم استطلاع أجرته «بلومبرغ»", "وقال")]),
    ("Analysts polled by Reuters said the bank would cut rates by 50 basis points in March.", "en",
     [("the bank would cut rates by 50 basis points in March", "anonymous", "Analysts polled by Reuters", "said")]),
    ("Economists surveyed by Bloomberg predicted growth of 2.1% this year.", "en",
     [("growth of 2.1% this year", "anonymous", "Economists surveyed by Bloomberg", "predicted")]),
    ("Growth will slow to 2.1% this year, according to economists surveyed by Bloomberg.", "en",
     [("Growth will slow to 2.1% this year", "anonymous", "economists surveyed by Bloomberg", "according to")]),
    # must not change: the outlet itself speaking
    ("Reuters reported that 40 people died in the fire.", "en",
     [("40 people died in the fire", "named", "Reuters", "reported")]),
])
def test_polled_groups_are_anonymous(text, lang, want):
    assert _frames(text, lang) == want


@pytest.mark.parametrize("text, want", [
    # 4. a name ending in ? or ! is one organisation and ends no sentence
    ("Which? said it had received more than 5,000 complaints about the scheme.",
     [("it had received more than 5,000 complaints about the scheme", "official", "Which?", "said")]),
    ("Yahoo! said it would cut 1,000 jobs.", [("it would cut 1,000 jobs", "official", "Yahoo!", "said")]),
])
def test_names_ending_in_marks(text, want):
    assert len(segment(text)) == 1
    assert _frames(text, "en") == want


@pytest.mark.parametrize("text, n", [
    ("Which? said it had received 5,000 complaints. The scheme closed in May.", 2),
    ("Is the scheme over? Not yet, the minister said.", 2),
    ("What happened? The report does not say.", 2),
])
def test_question_and_exclamation_marks_still_end_sentences(text, n):
    assert len(segment(text)) == n
