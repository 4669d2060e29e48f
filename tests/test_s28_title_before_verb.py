"""A title with no name after it, right before the verb of its clause (الرئيس يعتزم، المدير تعهد، المؤسسة تستهدف), names
nobody by that verb: a listed verb (tense and reporting lexicons) is never the first word of a name. A name after
the title stays, a given name spelt like a verb (أمل) included."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _subjects(text: str) -> list[str | None]:
    claims = analyze(text, "ar", date(2025, 9, 12)).claims
    assert claims, text
    return [c.subject.text if c.subject else None for c in claims]


@pytest.mark.parametrize("text, verb", [
    ("قال مسؤول إن الرئيس يعتزم رفع الإنتاج إلى أربعة ملايين برميل يومياً.", "يعتزم"),
    ("قال مسؤول إن المدير تعهد بتسريح 300 موظف.", "تعهد"),
    ("وأضاف أن المؤسسة تستهدف رفع الطاقة الإنتاجية إلى أربعة ملايين برميل يومياً بحلول عام 2035.", "تستهدف"),
    ("قال مسؤول إن الوزير توقع ارتفاع الصادرات بنسبة 8 في المئة.", "توقع"),
    ("وذكر التقرير أن الرئيس التنفيذي يتوقع نمو الإيرادات 12 في المئة العام المقبل.", "يتوقع"),
])
def test_a_verb_after_a_title_is_no_name(text, verb):
    assert verb not in [s for s in _subjects(text) if s]


@pytest.mark.parametrize("text, name", [
    ("قالت الوزيرة أمل الحمد إن الحكومة ستنفق 300 مليون دينار على الطرق.", "أمل الحمد"),
    ("وقال الرئيس التنفيذي توماس مولر إن الشركة ستسرح 500 موظف.", "توماس مولر"),
    ("وأعلن الرئيس تبون رفع الأجور بنسبة 10 في المئة.", "تبون"),
])
def test_a_name_after_a_title_stays(text, name):
    claims = analyze(text, "ar", date(2025, 9, 12)).claims
    assert claims
    names = [c.subject.text for c in claims if c.subject] + [
        c.attribution.source.text for c in claims if c.attribution.source]
    assert any(name in n for n in names), names
