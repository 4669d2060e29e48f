"""Human losses (خسائر بشرية، خسائر في الأرواح) are casualties, not a company's losses; a clause opened by «دون أن» or
«من دون أن» after a comma (، دون أن يسفر عن خسائر بشرية) is negated: it says the thing did not happen. A company's
losses stay earnings, and «دون أن» inside a clause negates nothing."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.event, c.negated) for c in analyze("عنوان الخبر عن الحريق\n\n" + text, "ar",
                                                          date(2025, 9, 21)).claims]


@pytest.mark.parametrize("text", [
    "وتسبب الانفجار في خسائر بشرية كبيرة في الحي.",
    "وأسفر الزلزال عن خسائر في الأرواح قدرت بـ 12 قتيلا.",
])
def test_human_losses_are_casualties(text):
    got = _claims(text)
    assert [g[1] for g in got] == ["casualties"], got


def test_a_company_loss_stays_earnings():
    assert [g[1] for g in _claims("وتكبدت الشركة خسائر بقيمة 5 ملايين دولار في الربع الثالث.")] == ["earnings"]


@pytest.mark.parametrize("lead", ["دون أن", "من دون أن", "بدون أن"])
def test_a_without_clause_is_negated(lead):
    got = _claims(f"واندلع حريق كبير في سوق باب السراي ما أدى إلى احتراق 80 محلا، {lead} يسفر عن خسائر بشرية.")
    assert got[-1] == (f"{lead} يسفر عن خسائر بشرية", "casualties", True), got
    assert got[0][2] is False, got


def test_without_inside_a_clause_negates_nothing():
    got = _claims("ورفعت الحكومة أسعار الوقود 10% دون أن تعلن عن دعم جديد للأسر.")
    assert got and got[0][2] is False, got
