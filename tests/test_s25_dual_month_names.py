"""A month named twice, Gregorian and Levantine («مارس/آذار», «يوليو (تموز)», «أيلول/سبتمبر»), is one month
wherever a single name is read: with a relative year after it («من العام الماضي»), after an ordinal day
(«الخامس من مارس/آذار»), and alone, its span covering both names."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates

PUBLISHED = date(2025, 9, 12)


@pytest.mark.parametrize("text, value, span", [
    ("تم توسيع البرنامج في مارس/آذار من العام الماضي.", "2024-03", "مارس/آذار من العام الماضي"),
    ("سيبدأ التطبيق في يناير/كانون الثاني من العام المقبل.", "2026-01", "يناير/كانون الثاني من العام المقبل"),
    ("بدأ الإضراب في الخامس من مارس/آذار من العام الماضي.", "2024-03-05", "الخامس من مارس/آذار من العام الماضي"),
    ("بدأ الإضراب في الخامس من مارس/آذار 2024.", "2024-03-05", "الخامس من مارس/آذار 2024"),
    ("مقارنة بـ 14.9% في يوليو/تموز.", "2025-07", "يوليو/تموز"),
    ("مقارنة بـ 14.9% في يوليو (تموز).", "2025-07", "يوليو (تموز)"),
    ("وقع الحادث في شهر آب/أغسطس الماضي.", "2025-08", "شهر آب/أغسطس الماضي"),
    ("بلغ التضخم ذروته في سبتمبر/أيلول 2023.", "2023-09", "سبتمبر/أيلول 2023"),
])
def test_a_month_named_twice_is_one_date(text, value, span):
    found = find_dates(text, 0, len(text), "ar", PUBLISHED)
    assert [(d.value, d.text) for d in found] == [(value, span)]
    assert text[found[0].start:found[0].end] == span
