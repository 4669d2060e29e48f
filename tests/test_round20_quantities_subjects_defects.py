"""Round 20: parts of a total past a restrictive particle (14 مصرفاً فقط من أصل 46, "Just 14 banks out of 46"),
a total written as a definite number word after the part's noun (3 من الوزراء الاثني عشر), building counts
(floors, apartments, posts), exchange rates of a currency with no named country (XXX/USD), letter-prefixed
currencies read only in an article naming the country (R420 million, N2.5bn, KSh71 billion), and subjects: a
sentence adverb is no name, a lowercase title joined by "of" joins the name (the central bank of Kenya, the
mayor of Lyon), a possessive names its owner (Kenya's economy → Kenya), an Arabic name stops at a verb."""
from __future__ import annotations

import datetime

import pytest
from span_checks import quantity_rows

from factcheck.pipeline import analyze

PARTS = [
    ("مشيرة إلى أن 14 مصرفاً فقط من أصل 46 قادرة على الاستمرار.", "ar",
     [("14 مصرفاً فقط من أصل 46", 14.0, "company", "exact", 46.0)]),
    ("نجح 40 طالبا فقط من بين 120 تقدموا للامتحان.", "ar", [("40 طالبا فقط من بين 120", 40.0, "person", "exact", 120.0)]),
    ("حضر 3 من الوزراء الاثني عشر.", "ar", [("3 من الوزراء الاثني عشر", 3.0, "person", "exact", 12.0)]),
    ("وصوّت 5 فقط من النواب الاثني عشر ضد القرار.", "ar", [("5 فقط من النواب الاثني عشر", 5.0, "person", "exact", 12.0)]),
    ("Just 14 banks out of 46 can survive.", "en", [("14 banks out of 46", 14.0, "company", "exact", 46.0)]),
    ("Only 40 pupils out of 120 passed the test.", "en", [("40 pupils out of 120", 40.0, "person", "exact", 120.0)]),
    ("He said 12 only of the 30 buses were running.", "en", [("12 only of the 30 buses", 12.0, "vehicle", "exact", 30.0)]),
    ("Only 3 of the 11 ministers attended.", "en", [("3 of the 11 ministers", 3.0, "person", "exact", 11.0)]),
    # a one-word link before another noun is still two quantities
    ("He scored 21 goals in 87 appearances.", "en",
     [("21 goals", 21.0, "goal", "exact", None), ("87 appearances", 87.0, "appearance", "exact", None)]),
]

BUILDINGS = [
    ("انهار مبنى مؤلف من 4 طوابق.", "ar", [("4 طوابق", 4.0, "floor", "exact", None)]),
    ("هدمت البلدية 12 عمارة و300 شقة سكنية.", "ar",
     [("12 عمارة", 12.0, "building", "exact", None), ("300 شقة سكنية", 300.0, "home", "exact", None)]),
    ("A 12-storey building collapsed and 40 apartments were damaged.", "en",
     [("12-storey", 12.0, "floor", "exact", None), ("40 apartments", 40.0, "home", "exact", None)]),
    ("The tower has 30 floors.", "en", [("30 floors", 30.0, "floor", "exact", None)]),
    ("The council will cut 200 posts and fill 15 vacancies.", "en",
     [("200 posts", 200.0, "job", "exact", None), ("15 vacancies", 15.0, "job", "exact", None)]),
]

RATES = [
    ("The shilling traded at 129 per dollar.", "en", [("129 per dollar", 129.0, "XXX/USD", "exact", None)]),
    ("The shilling weakened to 131 shillings to the dollar.", "en",
     [("131 shillings to the dollar", 131.0, "XXX/USD", "exact", None)]),
    ("The shilling traded at 129 per dollar in Nairobi.", "en", [("129 per dollar", 129.0, "KES/USD", "exact", None)]),
    ("وتداول الشلن عند 129 شلناً مقابل الدولار.", "ar", [("129 شلناً مقابل الدولار", 129.0, "XXX/USD", "exact", None)]),
    ("وتراجع الشلن الأوغندي إلى 3700 شلن للدولار.", "ar", [("3700 شلن للدولار", 3700.0, "UGX/USD", "exact", None)]),
    ("وتراجع الشلن في كمبالا إلى 3700 للدولار.", "ar", [("3700 للدولار", 3700.0, "UGX/USD", "exact", None)]),
    ("وبلغ سعر الصرف 50 جنيها للدولار.", "ar", [("50 جنيها للدولار", 50.0, "EGP/USD", "exact", None)]),
]

LETTER_SIGNS = [
    ("Eskom said it would spend R420 million on repairs in South Africa.", "en",
     [("R420 million", 4.2e8, "ZAR", "exact", None)]),
    ("Dangote raised N2.5bn from Nigerian investors.", "en", [("N2.5bn", 2.5e9, "NGN", "exact", None)]),
    ("Safaricom earned KSh71 billion in Nairobi and beyond.", "en", [("KSh71 billion", 7.1e10, "KES", "exact", None)]),
    ("The firm paid Sh300 million to Kenyan farmers.", "en", [("Sh300 million", 3e8, "KES", "exact", None)]),
    ("Cocoa farmers in Ghana were paid GH₵12 billion.", "en", [("GH₵12 billion", 1.2e10, "GHS", "exact", None)]),
    # no country named: a lone letter is a road, a model or a grade, never read as money
    ("Dangote raised N2.5bn from investors.", "en", []),
    ("The R420 road was closed for 3 days.", "en", [("3 days", 3.0, "day", "exact", None)]),
]


@pytest.mark.parametrize("text, language, expected", PARTS + BUILDINGS + RATES + LETTER_SIGNS)
def test_quantities(text, language, expected):
    assert quantity_rows(text, language, ("text", "value", "unit", "qualifier", "total")) == expected


def _subjects(text: str, language: str) -> list[tuple[str, str | None]]:
    out = []
    for c in analyze(text, language, datetime.date(2025, 9, 14)).claims:
        assert c.subject is None or text[c.subject.start:c.subject.end] == c.subject.text
        out.append((c.text, c.subject.text if c.subject else None))
    return out


SUBJECTS = [
    ("Only 3 of the 11 ministers attended.", "en", [("Only 3 of the 11 ministers attended", None)]),
    ("Sources said the central bank of Kenya did not cut its rate on Tuesday.", "en",
     [("the central bank of Kenya did not cut its rate on Tuesday", "central bank of Kenya")]),
    ("The mayor of Lyon said she would cut 200 posts.", "en", [("she would cut 200 posts", "mayor of Lyon")]),
    ("The governor of Lagos said it would build 3 bridges.", "en", [("it would build 3 bridges", "governor of Lagos")]),
    ("Kenya's economy grew 4.6% in 2024.", "en", [("Kenya's economy grew 4.6% in 2024", "Kenya")]),
    ("Egypt's central bank raised rates by 200 basis points.", "en",
     [("Egypt's central bank raised rates by 200 basis points", "Egypt's central bank")]),
    ("Eskom said it would spend R420 million on repairs in South Africa.", "en",
     [("it would spend R420 million on repairs in South Africa", "Eskom")]),
    ("Separately, Ghana's cocoa output fell 12% this season.", "en",
     [("Ghana's cocoa output fell 12% this season", "Ghana")]),
    ("قال محافظ حلب إن لجنة فنية ستحقق في أسباب الانهيار خلال 48 ساعة.", "ar",
     [("لجنة فنية ستحقق في أسباب الانهيار خلال 48 ساعة", "لجنة فنية")]),
    ("وأعلنت شركة الاتصالات السعودية أنها ستوظف 500 مهندس.", "ar",
     [("أنها ستوظف 500 مهندس", "شركة الاتصالات السعودية")]),
]


@pytest.mark.parametrize("text, language, expected", SUBJECTS)
def test_subjects(text, language, expected):
    assert _subjects(text, language) == expected
