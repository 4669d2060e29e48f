"""'But' with a pronoun after a comma (، غير أنها أوضحت، إلا أنه، بيد أنهم، لكنهم) opens a new clause, as the bare forms
(غير أن، إلا أن، لكن) do: the clause before ends at the comma, without the particle."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _texts(text: str):
    return [c.text for c in analyze("عنوان الخبر عن الصادرات\n\n" + text, "ar", date(2025, 9, 21)).claims]


@pytest.mark.parametrize("but", ["غير أنها", "إلا أنها", "بيد أنها", "غير أنه", "إلا أنهم", "لكنهم"])
def test_the_clause_before_ends_at_the_comma(but):
    got = _texts(f"وقالت الوزارة إن الصادرات ارتفعت 5% في أغسطس، {but} أوضحت أن الواردات زادت 8%.")
    assert got[0] == "الصادرات ارتفعت 5% في أغسطس", got
    assert got[-1] == "الواردات زادت 8%", got


def test_a_fact_after_the_particle_is_a_claim_of_its_own():
    got = _texts("وارتفعت الأسعار 5% في أغسطس، غير أنها بقيت دون مستوى 12% المسجل العام الماضي.")
    assert got == ["وارتفعت الأسعار 5% في أغسطس", "غير أنها بقيت دون مستوى 12% المسجل العام الماضي"], got
