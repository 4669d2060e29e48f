"""Round 30, the integrator's own probes: people released and fire opened are no product launch, in the passive
and in Arabic VSO («أطلقت إسرائيل سراح»), while a product launch stays one."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _events(text: str, language: str) -> list[str | None]:
    return [c.event for c in analyze(text, language, date(2025, 10, 13)).claims]


@pytest.mark.parametrize("text, language", [
    ("All 20 living hostages have been released, the army said.", "en"),
    ("The prisoners were released on Monday.", "en"),
    ("Three detainees were later released without charge.", "en"),
    ("أطلقت إسرائيل سراح 90 أسيراً فلسطينياً.", "ar"),
    ("أطلق مسلحون النار على دورية للشرطة فقتلوا 3 عناصر.", "ar"),
    ("وتم إطلاق سراح الصحفيين الثلاثة مساء الأحد.", "ar"),
], ids=["en-hostages", "en-prisoners", "en-detainees", "ar-release", "ar-fire", "ar-journalists"])
def test_people_released_or_fire_opened_is_no_launch(text, language):
    assert "launch" not in _events(text, language)


@pytest.mark.parametrize("text, language", [
    ("Apple released a new iPhone on Monday.", "en"),
    ("The new model was released in 12 countries on Monday.", "en"),
    ("أطلقت الشركة هاتفاً جديداً في 12 دولة يوم الاثنين.", "ar"),
], ids=["en-product", "en-passive-product", "ar-product"])
def test_a_product_launch_stays_a_launch(text, language):
    assert "launch" in _events(text, language)


# A year-like figure after a two-word total link ("out of", «من أصل») is the total, not a year; after "in" it
# stays a year.
@pytest.mark.parametrize("text, language, value, total", [
    ("سرحت الشركة 500 موظف من أصل 2000.", "ar", 500, 2000),
    ("سرحت الشركة ٥٠٠ موظف من أصل ٢٠٠٠ في المصنع.", "ar", 500, 2000),
    ("The firm cut 500 jobs out of 2000.", "en", 500, 2000),
    ("Only 300 out of 1950 applicants were accepted.", "en", 300, 1950),
], ids=["ar", "ar-indic", "en", "en-1950"])
def test_a_year_like_total_after_a_total_link(text, language, value, total):
    qs = [q for c in analyze(text, language, date(2025, 10, 13)).claims for q in c.quantities]
    assert [(q.value, q.total) for q in qs] == [(value, total)]


def test_a_year_after_in_stays_a_year():
    claims = analyze("The firm cut 500 jobs in 2000.", "en", date(2025, 10, 13)).claims
    assert [(q.value, q.total) for c in claims for q in c.quantities] == [(500, None)]
    assert [d.value for c in claims for d in c.dates] == ["2000"]


def test_a_year_after_in_the_stays_a_year():
    claims = analyze("The firm cut 500 jobs in the 2008 crisis.", "en", date(2025, 10, 13)).claims
    assert [(q.value, q.total) for c in claims for q in c.quantities] == [(500, None)]


# 'without' heads a phrase ('homes without power', 'closed without paying staff'): the claim itself is not denied.
@pytest.mark.parametrize("text", [
    "More than 180,000 homes were without power on Friday, the utility said.",
    "The plant closed in May without paying 300 workers.",
])
def test_without_does_not_negate_the_claim(text):
    claims = analyze(text, "en", date(2025, 10, 13)).claims
    assert claims and not any(c.negated for c in claims)


def test_not_still_negates():
    claims = analyze("The plant did not close in May, the company said.", "en", date(2025, 10, 13)).claims
    assert claims and all(c.negated for c in claims)


# A benchmark's or a futures contract's move is a price move (Brent, futures, برنت, العقود الآجلة), and the imperfect
# «تقفز/يصعد» are rise verbs; a commodity's name alone is no price word ('copper exports dropped').
@pytest.mark.parametrize("text, language", [
    ("Brent gained $1.20, or 1.8%, to $66.50 on Tuesday.", "en"),
    ("Copper futures climbed 2% to $9,800 on Tuesday.", "en"),
    ("أسعار النفط تقفز 4% بعد هجوم على منشأة سعودية", "ar"),
    ("وصعد خام برنت 2.85 دولار أو 4.1% إلى 72.40 دولار.", "ar"),
], ids=["en-brent", "en-futures", "ar-imperfect", "ar-brent"])
def test_benchmark_moves_are_price_changes(text, language):
    assert "price_change" in _events(text, language)
