"""An outlet of more than one word after the reporting verb's subject is who was spoken to, not part of the
source: «قال مصدر أمني لفرانس برس إن …» is an unnamed security source (anonymous) speaking to AFP, as
«لرويترز» and «لوكالة رويترز» already were. A one-word name after ل that is no outlet («مصادر مقربة لحماس»)
stays in the source."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim, source, typ", [
    ("وقال مصدر أمني لفرانس برس إن 12 شخصا قتلوا في الهجوم.", "12 شخصا قتلوا في الهجوم", "مصدر أمني", "anonymous"),
    ("وقال مسؤول في الوزارة لفرانس برس، طالبا عدم ذكر اسمه، إن الحكومة ستخفض الدعم بنسبة 20 بالمئة.",
     "الحكومة ستخفض الدعم بنسبة 20 بالمئة", "مسؤول في الوزارة", "anonymous"),
    ("وقال المتحدث باسم الجيش لفرانس 24 إن 30 مسلحا قتلوا.", "30 مسلحا قتلوا", "المتحدث باسم الجيش", "official"),
    ("وقال مصدر أمني لرويترز إن 12 شخصا قتلوا في الهجوم.", "12 شخصا قتلوا في الهجوم", "مصدر أمني", "anonymous"),
])
def test_a_multi_word_outlet_spoken_to_is_no_source(text, claim, source, typ):
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert (a.type, a.source.text if a.source else None) == (typ, source)
    assert text[a.source.start:a.source.end] == source


def test_an_affiliation_after_lam_stays_in_the_source():
    text = "وقالت مصادر مقربة لحماس إن الوفد سيصل القاهرة الأحد."
    a = analyze(text, "ar", date(2025, 9, 10)).claims[0].attribution
    assert (a.type, a.source.text) == ("anonymous", "مصادر مقربة لحماس")
