"""Two tellings worded alike but for one word of the same meaning agree: the substitution rule of
relate() ("worded alike but for X vs Y") stands down for the synonym groups of
``lexicons/<lang>/relate_synonyms.json``, and a different word outside them still conflicts."""
from __future__ import annotations

import pytest

from factcheck.match.compare import compare


@pytest.mark.parametrize("a,b", [
    ("The jobless rate fell to 3.9% in October.", "The unemployment rate fell to 3.9% in October."),
    ("Apple shares rose 3% on Tuesday.", "Apple stock rose 3% on Tuesday."),
    ("Tesla sold 400,000 cars in the quarter.", "Tesla sold 400,000 vehicles in the quarter."),
    ("The court sentenced him to 5 years in prison.", "The court sentenced him to 5 years in jail."),
    ("The two sides signed a deal on Monday.", "The two sides signed an accord on Monday."),
    ("The flood damaged 120 homes in the valley.", "The flood damaged 120 houses in the valley."),
    ("ارتفعت نسبة البطالة إلى 7% في الربع الثالث.", "ارتفع معدل البطالة إلى 7% في الربع الثالث."),
    ("وقعت الشركتان اتفاقا بقيمة مليار دولار.", "وقعت الشركتان صفقة بقيمة مليار دولار."),
    ("أسفر الحريق عن تدمير 40 متجرا.", "أسفر الحريق عن تدمير 40 محلا."),
    ("يبلغ عدد سكان المدينة 20 ألف نسمة.", "يبلغ عدد سكان المدينة 20 ألف شخص."),
    ("قضت المحكمة بسجن المتهم 5 سنوات.", "قضت المحكمة بحبس المتهم 5 سنوات."),
    ("استؤنفت المفاوضات بين الطرفين يوم الأحد.", "استؤنفت المحادثات بين الطرفين يوم الأحد."),
])
def test_a_synonym_swap_agrees(a, b):
    r = compare(a, b)
    assert r.relation == "agrees", r.reasons
    assert not any("worded alike but for" in x for x in r.reasons)


@pytest.mark.parametrize("a,b", [
    ("Apple shares rose 3% on Tuesday.", "Apple bonds rose 3% on Tuesday."),
    ("وقعت الشركتان اتفاقا بقيمة مليار دولار.", "ألغت الشركتان اتفاقا بقيمة مليار دولار."),
])
def test_a_different_word_still_does_not_agree(a, b):
    assert compare(a, b).relation != "agrees"


@pytest.mark.parametrize("a,b", [
    ("The factory will close in March, cutting 800 jobs.", "The factory will close in March with the loss of 800 jobs."),
    ("Shares of the firm climbed 4% on Monday.", "Shares of the firm rose 4% on Monday."),
])
def test_words_on_one_antonym_pole_are_no_substitution(a, b):
    r = compare(a, b)
    assert r.relation == "agrees", r.reasons
