"""A source's relative clause naming whom it relied on ("according to the Financial Times, which cited two people
close to the talks", «بحسب وكالة بلومبرغ التي نقلت عن أشخاص مطلعين») is the cited source of the frame, not a
claim of its own; a trailing ", citing Y." or «، نقلا عن Y.» closing the sentence is cited too, and the claim
is only what was reported. A cause after a relative pronoun ("which cited repeated safety violations",
«الذي استند إلى مخالفات») is no source."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

# sentence, language, the one claim's text, source, cited source, rests_on
CASES = [
    ("According to the Financial Times, which cited two sources close to the talks, the deal is worth $3 billion.",
     "en", "the deal is worth $3 billion", "the Financial Times", "two sources close to the talks", "anonymous"),
    ("The deal is worth $3 billion, according to the Financial Times, which cited two sources close to the talks.",
     "en", "The deal is worth $3 billion", "the Financial Times", "two sources close to the talks", "anonymous"),
    ("According to Bloomberg, which spoke to three people involved in the talks, the deal is worth $3 billion.",
     "en", "the deal is worth $3 billion", "Bloomberg", "three people involved in the talks", "anonymous"),
    ("Prices rose 4% in May, according to Reuters, citing three delegates.",
     "en", "Prices rose 4% in May", "Reuters", "three delegates", "anonymous"),
    ("The ceasefire will start on Friday, according to a report by Al Jazeera, which quoted a senior diplomat.",
     "en", "The ceasefire will start on Friday", "a report by Al Jazeera", "a senior diplomat", "anonymous"),
    ("The Financial Times, which cited two people close to the talks, said the deal is worth $3 billion.",
     "en", "the deal is worth $3 billion", "The Financial Times", "two people close to the talks", "anonymous"),
    ("وبحسب صحيفة فايننشال تايمز، التي نقلت عن مصدرين مطلعين، فإن الصفقة تبلغ قيمتها 3 مليارات دولار.",
     "ar", "الصفقة تبلغ قيمتها 3 مليارات دولار", "صحيفة فايننشال تايمز", "مصدرين مطلعين", "anonymous"),
    ("ستغلق الشركة ثلاثة مصانع، بحسب وكالة بلومبرغ، نقلا عن أشخاص مطلعين.",
     "ar", "ستغلق الشركة ثلاثة مصانع", "وكالة بلومبرغ", "أشخاص مطلعين", "anonymous"),
    ("ستغلق الشركة ثلاثة مصانع، بحسب وكالة بلومبرغ التي نقلت عن أشخاص مطلعين.",
     "ar", "ستغلق الشركة ثلاثة مصانع", "وكالة بلومبرغ", "أشخاص مطلعين", "anonymous"),
    ("سجلت الوزارة 40 إصابة جديدة، بحسب وكالة الأنباء الرسمية، نقلا عن وزارة الصحة.",
     "ar", "سجلت الوزارة 40 إصابة جديدة", "وكالة الأنباء الرسمية", "وزارة الصحة", "official"),
]


@pytest.mark.parametrize("text, language, claim, source, cited, rests_on", CASES)
def test_relative_or_closing_cited_source(text, language, claim, source, cited, rests_on):
    claims = analyze(text, language, date(2025, 6, 10)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert a.source is not None and a.source.text == source
    assert a.cited is not None and a.cited.text == cited
    assert text[a.cited.start:a.cited.end] == cited
    assert a.rests_on == rests_on


@pytest.mark.parametrize("text, language, claim", [
    ("The court fined the company $2 million, according to the ruling, which cited repeated safety violations.",
     "en", "The court fined the company $2 million"),
    ("وغرمت المحكمة الشركة مليوني دولار بحسب الحكم الذي استند إلى مخالفات متكررة.",
     "ar", "وغرمت المحكمة الشركة مليوني دولار"),
])
def test_a_cause_after_a_relative_pronoun_is_no_cited_source(text, language, claim):
    claims = analyze(text, language, date(2025, 6, 10)).claims
    assert [c.text for c in claims] == [claim]
    assert claims[0].attribution.cited is None
