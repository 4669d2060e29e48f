"""Round 22: common capitalised first words and role nouns are no subject; the counted noun after
"number of"/عدد gives a bare count its unit; an opening match or ceremony names no launch."""
import datetime

import pytest

from factcheck.pipeline import analyze

_DAY = datetime.date(2025, 9, 14)


def _claim(text, language):
    claims = analyze(text, language, _DAY).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def _subject(claim):
    return None if claim.subject is None else (claim.subject.text, claim.subject.start, claim.subject.end)


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun modifying a measured thing opens the sentence capitalised: no name
    ("Waiting lists grew to 7.6 million in August, NHS England said.", None),
    # must not change: a commodity before "prices" is the subject (tests/data/claims_en.jsonl pins "Oil")
    ("Oil prices rose 3% to $85 a barrel.", ("Oil", 0, 3)),
    ("Energy bills rose 9% in June.", None),
    # a company's trade before its name is no part of it; a capitalised stop word then opens the name
    ("Operator First Yorkshire cut 40 routes.", ("First Yorkshire", 9, 24)),
    ("Developer Emaar posted a profit of 2 billion dirhams.", ("Emaar", 10, 15)),
    ("Lender Barclays posted a profit of 2 billion pounds.", ("Barclays", 7, 15)),
    ("Mortgage rates fell to 4.1% in August.", None),
    ("Rescue teams pulled 40 people from the rubble.", None),
    ("Carmaker Toyota recalled 1 million vehicles.", ("Toyota", 9, 15)),
    # must not change: real names before a verb or a company's own shares
    ("Microsoft cut 500 jobs.", ("Microsoft", 0, 9)),
    ("Emaar posted a profit of 2 billion dirhams.", ("Emaar", 0, 5)),
    ("Samsung shares fell 3%.", ("Samsung", 0, 7)),
    ("Aramco lists 1.5% of its shares in Riyadh.", ("Aramco", 0, 6)),
])
def test_sentence_initial_subjects(text, expected):
    assert _subject(_claim(text, "en")) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The number of pupils doubled to 48,000.", "en",
     [("doubled", 2.0, "times"), ("48,000", 48000.0, "person")]),
    ("The number of visitors reached 2 million last year.", "en", [("2 million", 2000000.0, "person")]),
    ("The number of unemployed people rose to 1.6 million.", "en", [("1.6 million", 1600000.0, "person")]),
    ("بلغ عدد القتلى 300.", "ar", [("300", 300.0, "person")]),
    ("بلغ عدد الإصابات مليوناً ونصف.", "ar", [("مليوناً ونصف", 1500000.0, "case")]),
    ("وارتفع عدد الموظفين في الشركة إلى 4500.", "ar", [("4500", 4500.0, "person")]),
    ("ارتفع عدد السياح إلى 3 ملايين في أغسطس.", "ar", [("3 ملايين", 3000000.0, "person")]),
    ("وصل عدد الشركات المدرجة إلى 230.", "ar", [("230", 230.0, "company")]),
    ("بلغ عدد المعتقلين 45.", "ar", [("45", 45.0, "person")]),
    ("The number of homeless families rose to 120,000.", "en", [("120,000", 120000.0, "household")]),
    # must not change: "a number of" (عدد من) counts nothing named
    ("بلغ عدد من القتلى 30.", "ar", [("30", 30.0, None)]),
])
def test_count_after_number_of(text, language, expected):
    claim = _claim(text, language)
    got = [(claim_text[q.start:q.end], q.value, q.unit) for q in claim.quantities for claim_text in (text,)]
    assert got == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("أقيمت مباراة الافتتاح في الرياض يوم 3 سبتمبر.", "ar", None),
    ("أقيم حفل الافتتاح في الرياض يوم 3 سبتمبر.", "ar", None),
    ("أقيمت المباراة الافتتاحية في الرياض يوم 3 سبتمبر.", "ar", None),
    ("وشهد حفل افتتاح البطولة حضور 60 ألف مشجع.", "ar", None),
    ("The opening ceremony was held in Riyadh on September 3.", "en", None),
    # must not change: an opening of a factory or branch is a launch
    ("افتتحت الشركة مصنعاً جديداً في الرياض يوم 3 سبتمبر.", "ar", "launch"),
    ("أعلنت الشركة افتتاح فرعها الجديد في جدة يوم 3 سبتمبر.", "ar", "launch"),
    ("IKEA opened a store in Riyadh on September 3.", "en", "launch"),
])
def test_opening_occasions(text, language, expected):
    assert _claim(text, language).event == expected
