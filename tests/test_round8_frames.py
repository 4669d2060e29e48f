"""Round 8: frames and claim boundaries — dated trailing reporting clauses, hyphenated source names,
complementizers left at the start of reported content, Arabic formal channels (في بيان)."""
from datetime import date

import pytest
from conftest import attributed_claims

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 7, 10)


def _claims(text, language):
    return attributed_claims(text, language, PUBLISHED)


@pytest.mark.parametrize("text,want", [
    ("Orbit Foods will close 12 stores, it said on March 3, 2024.",
     [("Orbit Foods will close 12 stores", "official", "it")]),
    ("Harbor Bank cut 90 jobs, it said yesterday.", [("Harbor Bank cut 90 jobs", "official", "Harbor Bank")]),
    ("Ticket sales fell 8%, the league said on 14 February 2025.",
     [("Ticket sales fell 8%", "official", "the league")]),
    ("Harbor Bank cut 90 jobs, the lender said in a statement on June 4, 2025.",
     [("Harbor Bank cut 90 jobs", "official", "the lender")]),
])
def test_dated_trailing_reporting_clause_is_not_a_claim(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,want", [  # two reporting clauses in a row: neither is a claim of its own
    ("Port traffic rose 6% in May, it said on June 2, 2025, Bloomberg reported.", ["Port traffic rose 6% in May"]),
    ("Grain imports doubled, it said on Monday, people familiar with the talks said.", ["Grain imports doubled"]),
    ("Fares rose 9%, the operator said on Tuesday, the ministry said in a statement.", ["Fares rose 9%"]),
])
def test_stacked_reporting_clauses(text, want):
    assert [c[0] for c in _claims(text, "en")] == want


@pytest.mark.parametrize("text,want", [  # must not change: a leading frame, a continued report
    ("The agency said on July 9 that exports fell 4%.", [("exports fell 4%", "official", "The agency")]),
    ("Exports fell 4%, the ministry said in May, and imports rose 2%.",
     [("Exports fell 4%", "official", "the ministry"), ("imports rose 2%", "official", "the ministry")]),
    ("Prices rose 5% on March 3, 2024, the ministry said.",
     [("Prices rose 5% on March 3, 2024", "official", "the ministry")]),
])
def test_dates_in_content_stay(text, want):
    assert _claims(text, "en") == want


def test_dated_reporting_clause_does_not_date_the_claim():
    a = analyze("Orbit Foods will close 12 stores, it said on March 3, 2024.", "en", PUBLISHED)
    assert [c.dates for c in a.claims] == [()]


@pytest.mark.parametrize("text,want", [
    ("Rail freight grew 7% last year, Al-Ahram reported.",
     [("Rail freight grew 7% last year", "named", "Al-Ahram")]),
    ("Exports fell 4%, Karim Abdel-Rahman told reporters.", [("Exports fell 4%", "named", "Karim Abdel-Rahman")]),
    ("Leila Ben-Ali, head of research at Vantage, said inflation hit 9% in April.",
     [("inflation hit 9% in April", "named", "Leila Ben-Ali")]),
    ("Mobile data use rose 30% year-on-year, Reuters reported.",
     [("Mobile data use rose 30% year-on-year", "named", "Reuters")]),
])
def test_hyphenated_source_names(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,want", [
    ("أفاد مصدر بأن نفت الشركة شراء 5 طائرات جديدة.", [("نفت الشركة شراء 5 طائرات جديدة", "anonymous", "مصدر")]),
    ("ذكرت وكالة الأنباء أن انخفضت الصادرات 3% في مايو.",
     [("انخفضت الصادرات 3% في مايو", "named", "وكالة الأنباء")]),
    ("وقالت مصادر إن سجل العجز 4% في 2024.", [("سجل العجز 4% في 2024", "anonymous", "مصادر")]),
    ("وأكد الوزير أن الحكومة ستبني 200 مدرسة.", [("الحكومة ستبني 200 مدرسة", "official", "الوزير")]),
])
def test_arabic_claim_starts_after_complementizer(text, want):
    assert _claims(text, "ar") == want


@pytest.mark.parametrize("text,want", [  # must not change: own voice, a suffixed complementizer
    ("إن الاقتصاد نما 3% العام الماضي.", ["إن الاقتصاد نما 3% العام الماضي"]),
    ("وأكدت الشركة أنها ستوظف 150 مهندساً.", ["أنها ستوظف 150 مهندساً"]),
])
def test_arabic_complementizer_kept_outside_frames(text, want):
    assert [c[0] for c in _claims(text, "ar")] == want


def test_english_and_that_continuation():
    text = "The minister said prices rose 5% in May, and that exports fell 3% in June."
    assert [c[0] for c in _claims(text, "en")] == ["prices rose 5% in May", "exports fell 3% in June"]


@pytest.mark.parametrize("text,kind", [
    ("وقالت بترولينا في بيان إن الإنتاج ارتفع 8% خلال العام.", "official"),
    ("وقالت بترولينا، في بيان صحفي، إن الإنتاج ارتفع 8% خلال العام.", "official"),
    ("وقال خالد عمر في بيان إن الإنتاج ارتفع 8% خلال العام.", "named"),  # a person's statement stays named
    ("وقالت بترولينا في مقابلة إن الإنتاج ارتفع 8% خلال العام.", "named"),  # an interview is not formal
])
def test_arabic_formal_channel_makes_an_organisation(text, kind):
    assert [c[1] for c in _claims(text, "ar")] == [kind]
