"""A month named as the period a figure is for («سعر البروبان لشهر ديسمبر»، «مبيعات الشركة لشهر أكتوبر», 'the price for
the month of December') is the occurrence of that month nearest publication, whatever the tense of the verb: an
article of 2 November 2025 that says Aramco raised its price for December means December 2025 (it was 2024), and one
that gives October's sales means October 2025."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates


def _dates(text: str, lang: str, pub: date):
    return [(d.text, d.value) for d in find_dates(text, 0, len(text), lang, pub)]


@pytest.mark.parametrize("text, lang, pub, want", [
    ("رفعت أرامكو سعر البروبان لشهر ديسمبر إلى 630 دولارا للطن.", "ar", date(2025, 11, 2), [("شهر ديسمبر", "2025-12")]),
    ("أرامكو ترفع سعر البروبان لشهر ديسمبر إلى 630 دولارا للطن", "ar", date(2025, 11, 2), [("شهر ديسمبر", "2025-12")]),
    ("بلغت مبيعات الشركة لشهر أكتوبر 3 ملايين دولار.", "ar", date(2025, 11, 2), [("شهر أكتوبر", "2025-10")]),
    ("بلغت مبيعات الشركة لشهر ديسمبر 3 ملايين دولار.", "ar", date(2025, 2, 10), [("شهر ديسمبر", "2024-12")]),
    ("Aramco raised its propane price for the month of December to $630 a tonne.", "en", date(2025, 11, 2),
     [("December", "2025-12")]),
])
def test_a_month_a_figure_is_for_is_the_nearest(text, lang, pub, want):
    assert _dates(text, lang, pub) == want


def test_a_month_without_for_keeps_its_rule():
    # a bare month after a past verb is the last one not after publication
    assert _dates("رفعت أرامكو الأسعار في ديسمبر.", "ar", date(2025, 11, 2)) == [("ديسمبر", "2024-12")]


@pytest.mark.parametrize("text, lang, want", [
    # a number after a month that counts the word after it is no day: the month stands alone
    ("قتل في أكتوبر 12 شخصا.", "ar", [("أكتوبر", "2025-10")]),
    ("بلغت مبيعات الشركة لشهر أكتوبر 3 ملايين دولار.", "ar", [("شهر أكتوبر", "2025-10")]),
    ("The company sold in October 3 million cars.", "en", [("October", "2025-10")]),
    ("In October 12 people were killed in the region.", "en", [("October", "2025-10")]),
    # a day after its month stays one
    ("On October 12 the plant closed.", "en", [("October 12", "2025-10-12")]),
    ("The strike began on October 3 and 4.", "en", [("October 3", "2025-10-03"), ("4", "2025-10-04")]),
])
def test_a_count_after_a_month_is_no_day(text, lang, want):
    assert _dates(text, lang, date(2025, 11, 2)) == want
