"""A pronoun fused with لكن as the subject of a reporting verb («، لكنهم يحذرون من أن»، «لكنه أشار إلى أن») is the
speaker of the clause before, not a source named «لكنهم». Unnamed economists, farmers and traders (اقتصاديون،
مزارعون، تجار) are an unnamed group, as analysts (محللون) are."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _attributions(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze("عنوان الخبر عن الأسعار\n\n" + text, "ar", date(2025, 9, 21)).claims]


@pytest.mark.parametrize(("text", "want"), [
    ("ويرى محللون أن برامج التوطين ساهمت في التراجع، لكنهم يحذرون من أن جزءا كبيرا من الوظائف الجديدة منخفض الأجر.",
     ("anonymous", "محللون")),
    ("وقال وزير المالية محمد معيط إن العجز تراجع إلى 6%، لكنه أشار إلى أن الدين ارتفع إلى 90%.",
     ("official", "وزير المالية محمد معيط")),
    ("وقالت الوزارة إن الصادرات ارتفعت 5%. ولكنها أوضحت أن الواردات زادت 8%.", ("official", "الوزارة")),
], ids=["lakinnahum", "lakinnahu", "wa-lakinnaha"])
def test_the_pronoun_after_lakin_speaks_for_the_clause_before(text, want):
    got = _attributions(text)
    assert len(got) == 2 and all(g[1:] == want for g in got), got


@pytest.mark.parametrize("group", ["اقتصاديون", "مزارعون", "تجار"])
def test_unnamed_groups_are_anonymous(group):
    got = _attributions(f"ويقول {group} إن الأسعار سترتفع 10% الشهر المقبل.")
    assert got == [("الأسعار سترتفع 10% الشهر المقبل", "anonymous", group)], got
