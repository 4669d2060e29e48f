"""A short quotation that is a predicate («لم تتأثر»، «لن نتراجع», 'did not change') is what was said, not a name: it is
never a claim's subject. A quoted name («أرامكو») still is one."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "وقالت الشركة إن العمليات في بقية وحدات المصفاة «لم تتأثر» بالحريق الذي استمر ساعتين.",
    "وقال المدير إن الإنتاج البالغ 300 ألف برميل «لن يتأثر» بالحادث.",
])
def test_a_quoted_predicate_is_no_subject(text):
    claims = analyze("عنوان الخبر\n\n" + text, "ar", date(2025, 9, 2)).claims
    assert claims and all(c.subject is None or "تتأثر" not in c.subject.text and "يتأثر" not in c.subject.text
                          for c in claims), [(c.text, c.subject) for c in claims]


def test_a_quoted_name_is_a_subject():
    claims = analyze("عنوان الخبر\n\nوأعلنت «أرامكو» رفع سعر البروبان 5% في أكتوبر.", "ar", date(2025, 9, 2)).claims
    assert any(c.subject is not None and "أرامكو" in c.subject.text for c in claims), claims
