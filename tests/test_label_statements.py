"""A source label before a colon and a two-word statement whose verb is an Arabic future verb by shape
(«وزير المالية الأردني: العجز سينخفض») is the source's claim; two words without a verb stay a topic line."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text,claim,source", [
    ("حوار | وزير المالية الأردني: العجز سينخفض", "العجز سينخفض", "وزير المالية الأردني"),
    ("وزير الخارجية: المفاوضات ستستأنف", "المفاوضات ستستأنف", "وزير الخارجية"),
    ("وزارة الصحة: الإصابات ستتراجع", "الإصابات ستتراجع", "وزارة الصحة"),
])
def test_a_two_word_future_statement_after_a_source_label(text, claim, source):
    claims = analyze(text, "ar", date(2026, 11, 20)).claims
    assert [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in claims] == [(claim, "official", source)]


def test_two_words_without_a_verb_are_no_labelled_statement():
    claims = analyze("وزارة الصحة: الوضع مستقر", "ar", date(2026, 11, 20)).claims
    assert all(c.attribution.type != "official" for c in claims)
