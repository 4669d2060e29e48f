"""Round-6 QA fixes: Arabic person names through ال-surnames, reporting periods as non-subjects,
English statement channels with a recipient after the reporting verb."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 3, 10)


def _claims(text: str, language: str):
    return analyze(text, language=language, published=PUB).claims


def _subjects(text: str, language: str) -> list[str | None]:
    return [c.subject.text if c.subject else None for c in _claims(text, language)]


@pytest.mark.parametrize("text, subject", [
    ("التقى الرئيس عبد الفتاح السيسي 30 نائبا في القاهرة.", "عبد الفتاح السيسي"),
    ("استقبل الملك عبد الله الثاني وفدا من 30 شخصا.", "عبد الله الثاني"),
    ("استقبل الملك محمد السادس 12 سفيرا في الرباط.", "محمد السادس"),
    ("التقى الأمير محمد بن سلمان 40 مستثمرا في الرياض.", "محمد بن سلمان"),
    ("وصل الوزير وليد المصري إلى عمّان مع 25 مرافقا.", "وليد المصري"),
    ("أعلن الوزير مازن الفراية، وزير الداخلية، وصول 25 شخصا.", "مازن الفراية"),
    ("زار السفير أبو الغيط 3 مدن خلال أسبوع.", "أبو الغيط"),
])
def test_arabic_name_runs_through_surnames(text, subject):
    assert _subjects(text, "ar")[0] == subject


@pytest.mark.parametrize("text, subject", [
    ("زار الوزير محمد المدينة مع 40 مرافقا.", "محمد"),  # an ordinary definite noun is not a surname
    ("استقبل الرئيس ماكرون الوفد مع 12 مستشارا.", "ماكرون"),
    ("قال الرئيس التنفيذي سامي عادل إن الأرباح بلغت 5 ملايين دولار.", None),  # source, not the claim
    ("زار محمد المدينة مع 40 مرافقا.", None),  # no title, no name by form
])
def test_arabic_name_runs_must_not_change(text, subject):
    assert _subjects(text, "ar")[0] == subject


@pytest.mark.parametrize("text, language, bad", [
    ("Revenue rose 10% in Q3 2026, the company said.", "en", "Q3"),
    ("Profit fell 4% in H1, Acme said.", "en", "H1"),
    ("In the Third Quarter, sales rose 12%, Acme said.", "en", "Third Quarter"),
    ("ارتفعت أرباح شركة نوفا بنسبة 10% في الربع الثالث من العام.", "ar", "الربع الثالث"),
])
def test_reporting_period_is_never_subject(text, language, bad):
    subjects = _subjects(text, language)
    assert subjects and all(s is None or bad not in s for s in subjects)


@pytest.mark.parametrize("text, subject", [
    ("Q3 revenue at Acme Corp rose 10% to $5 million.", "Acme Corp"),
    ("ارتفعت أرباح شركة «نوفا» بنسبة 10% في الربع الثالث.", "نوفا"),
])
def test_period_stop_keeps_real_subject(text, subject):
    language = "ar" if text[0] > "\u0600" else "en"
    assert subject in _subjects(text, language)


@pytest.mark.parametrize("text, content, source", [
    ("Revenue rose 10% in the third quarter, the company said in a statement to the London Stock Exchange.",
     "Revenue rose 10% in the third quarter", "the company"),
    ("Orbis shipped 2 million units, the firm said in a filing with the Securities and Exchange Commission.",
     "Orbis shipped 2 million units", "the firm"),
    ("Rates will fall 50 basis points by June, the bank said in a note to clients.",
     "Rates will fall 50 basis points by June", "the bank"),
    ("Acme Corp sold 5 million units, the CEO said in a post on X.", "Acme Corp sold 5 million units", "the CEO"),
])
def test_channel_after_verb_belongs_to_frame(text, content, source):
    main = _claims(text, "en")[0]
    assert main.text == content
    assert main.attribution.source is not None and main.attribution.source.text == source


@pytest.mark.parametrize("text, content", [
    ("Revenue rose 10% in the third quarter, the company said in a statement to the London Stock Exchange.",
     ["Revenue rose 10% in the third quarter"]),
    ("Orbis shipped 2 million units, the firm said in a filing with the Securities and Exchange Commission.",
     ["Orbis shipped 2 million units"]),
    ("Exports fell 4% in May, the chief executive, Priya Nair, told analysts on a conference call.",
     ["Exports fell 4% in May"]),
    # a closed reporting clause: the content after it is a claim of its own, reported by the same source
    ("Output rose 7% in June, the ministry said in its monthly bulletin, and exports rose 3% in May.",
     ["Output rose 7% in June", "exports rose 3% in May"]),
])
def test_trailing_reporting_clause_is_not_a_claim(text, content):
    """The whole trailing reporting clause (source, cue, channel and recipient) belongs to the frame."""
    claims = _claims(text, "en")
    assert [c.text for c in claims] == content
    assert all(c.attribution.type != "unattributed" for c in claims)


@pytest.mark.parametrize("text, n", [
    ("Acme sold 5 million units, the company said in a statement.", 1),
    ("Acme sold 5 million units, the company said on Monday.", 1),
])
def test_channel_must_not_change(text, n):
    claims = _claims(text, "en")
    assert len(claims) == n and all(c.attribution.type != "unattributed" for c in claims)


@pytest.mark.parametrize("text, content, source", [
    ('"We have not paid any ransom," Chief Executive Sarah Lindqvist told reporters, adding that the probe '
     'was continuing.', "We have not paid any ransom", "Chief Executive Sarah Lindqvist"),
    ("About 2 million customers were affected, the company told investors on Monday, adding that it would not pay.",
     "About 2 million customers were affected", "the company"),
    ("Inflation will ease to 3% next year, the governor told a news conference, and rates will stay on hold.",
     "Inflation will ease to 3% next year", "the governor"),
    ("The port handled 4 million containers in 2024, its director told Reuters, citing customs data.",
     "The port handled 4 million containers in 2024", "its director"),
])
def test_audience_after_told_closes_the_reporting_clause(text, content, source):
    """'X told reporters/a news conference/Reuters, …': the audience belongs to the reporting clause."""
    main = _claims(text, "en")[0]
    assert main.text == content
    assert main.attribution.source is not None and main.attribution.source.text == source


def test_audience_continuation_keeps_the_source():
    text = "Inflation will ease to 3% next year, the governor told a news conference, and rates will stay on hold."
    assert [(c.text, c.attribution.source.text) for c in _claims(text, "en")] == [
        ("Inflation will ease to 3% next year", "the governor"), ("rates will stay on hold", "the governor")]


@pytest.mark.parametrize("text, expected", [
    ('"We have not paid any ransom," Chief Executive Sarah Lindqvist told reporters, adding that the probe was '
     'continuing.', [("We have not paid any ransom", "Chief Executive Sarah Lindqvist"),
                     ("the probe was continuing", "Chief Executive Sarah Lindqvist")]),
    ("Prices rose 5% in May, the agency said, warning that 300 jobs were at risk.",
     [("Prices rose 5% in May", "the agency"), ("300 jobs were at risk", "the agency")]),
    ("Prices rose 5% in May, the agency said on Thursday, saying demand had slowed.",
     [("Prices rose 5% in May", "the agency"), ("demand had slowed", "the agency")]),
    # citing names another source: not a continuation of the speaker's own words
    ("Prices rose 5% in May, the agency said, citing customs data.", [("Prices rose 5% in May", "the agency")]),
])
def test_participle_after_a_closed_reporting_clause_keeps_the_source(text, expected):
    """', adding that Z' / ', warning that Z' after 'X said': Z is reported by X too."""
    assert [(c.text, c.attribution.source.text if c.attribution.source else None)
            for c in _claims(text, "en")] == expected
