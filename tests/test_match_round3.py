"""Matching QA round 3: readings on different days, recurring figures of another period, antonyms and
shared direction across languages, learned one-language cues kept out of cross-lingual pairs, and
claims about different subjects that share no figures."""
from datetime import date

import pytest
from conftest import compare_both

from factcheck.match import features as F
from factcheck.match.keys import claim_keys
from factcheck.match.relate import relate
from factcheck.models import Claim, DateRef

PUB = date(2025, 7, 15)


def both(a: str, b: str):
    return compare_both(a, b, PUB)


@pytest.mark.parametrize("a, b, relation, reason", [
    # a toll without a unit (bare numbers) on different days: a later reading, not a contradiction
    ("ارتفعت حصيلة القتلى إلى 120 يوم الاثنين.", "ارتفعت حصيلة القتلى إلى 150 يوم الثلاثاء.",
     "related", "different times: 14 July 2025 vs 15 July 2025"),
    ("وارتفعت حصيلة الوفيات إلى 40 يوم الاثنين.", "وارتفعت حصيلة الوفيات إلى ٥٥ يوم الأربعاء.",
     "related", "the numbers differ: 40 vs 55"),
    # the same toll on the same day still contradicts
    ("ارتفعت حصيلة القتلى إلى 120 يوم الاثنين.", "ارتفعت حصيلة القتلى إلى 150 يوم الاثنين.",
     "conflicts", "the numbers differ: 120 vs 150"),
    # numbers that are the dates themselves are no other figures: a founding date still conflicts
    ("Acme was founded in 2021.", "Acme was founded in March 2023.", "conflicts", "2021 vs March 2023"),
    ("تأسست شركة أكمي عام 2019.", "تأسست شركة أكمي عام 2022.", "conflicts", "2019 vs 2022"),
])
def test_bare_numbers_on_different_days(a, b, relation, reason):
    r = both(a, b)
    assert r.relation == relation, r.reasons
    assert any(reason in x for x in r.reasons), r.reasons


def _claim(text, dates=()):
    return Claim(0, len(text), text, "en", dates=tuple(DateRef(0, 1, "x", v) for v in dates))


@pytest.mark.parametrize("a, da, b, db, differ", [
    ("the toll reached 120 on 14 July", ("2025-07-14",), "the toll reached 150 on 15 July", ("2025-07-15",), True),
    ("founded in 2021", ("2021",), "founded in 2023", ("2023",), False),
    ("opened on 14 July 2025", ("2025-07-14",), "opened on 15 July 2025", ("2025-07-15",), False),
    ("the toll reached 120 on 14 July", ("2025-07-14",), "the toll reached 120 on 15 July", ("2025-07-15",), False),
])
def test_other_numbers_differ(a, da, b, db, differ):
    ka, kb = claim_keys(_claim(a, dates=da)), claim_keys(_claim(b, dates=db))
    assert F.other_numbers_differ(ka, kb) is differ
    assert F.other_numbers_differ(kb, ka) is differ


@pytest.mark.parametrize("a, b, relation, reason", [
    # results recur per period: the same quarter of another year is another reading
    ("Emirates posted a profit of 1.5 billion dirhams in the first quarter.",
     "Emirates posted a profit of 1.5 billion dirhams in the first quarter of last year.",
     "related", "different times: January 2024 vs January 2025"),
    ("Falcon Air posted a net profit of $1.3 billion in the second quarter.",
     "Falcon Air posted a net profit of $1.1 billion in the second quarter of last year.",
     "related", "different times"),
    # one-off events of one date still conflict on another date
    ("The cyclone hit the coast on March 14, 2024.", "The cyclone hit the coast on March 15, 2024.",
     "conflicts", "14 March 2024 vs 15 March 2024"),
    ("Acme was founded in 2021.", "Acme was founded in March 2023.", "conflicts", "2021 vs March 2023"),
])
def test_recurring_figures_of_another_period_are_related(a, b, relation, reason):
    r = both(a, b)
    assert r.relation == relation, r.reasons
    assert any(reason in x for x in r.reasons), r.reasons


def test_periodic_events_are_data():
    assert {"earnings", "budget"} <= F.periodic_events()
    assert "founding" not in F.periodic_events() and "disaster" not in F.periodic_events()


@pytest.mark.parametrize("a, b, relation, reason", [
    ("Its revenue rose 12% in the second quarter.", "وانخفضت إيراداتها بنسبة 12% في الربع الثاني.",
     "conflicts", "one says 'rose', the other 'وانخفضت'"),
    ("Oil prices rose on Monday.", "انخفضت أسعار النفط يوم الاثنين.", "conflicts", "'انخفضت'"),
    ("The central bank raised interest rates.", "خفض البنك المركزي أسعار الفائدة.", "conflicts", "'raised'"),
    # the same direction across languages is agreement, and the reason names both words
    ("Oil prices rose on Monday.", "ارتفعت أسعار النفط يوم الاثنين.", "agrees", "both say 'rose' / 'ارتفعت'"),
    ("Egypt won the match.", "فازت مصر بالمباراة.", "agrees", "both say 'won' / 'فازت'"),
])
def test_antonyms_and_direction_across_languages(a, b, relation, reason):
    r = both(a, b)
    assert r.relation == relation, r.reasons
    assert any(reason in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a, b", [
    ("Oil prices rose on Monday.", "ارتفعت أسعار النفط يوم الاثنين."),
    ("Oil prices rose on Monday.", "ارتفعت أسعار الذهب يوم الاثنين."),
    ("Gold prices fell in Cairo on Sunday.", "تراجعت أسعار الذهب في القاهرة يوم الأحد."),
])
def test_learned_one_language_words_give_no_cross_lingual_reason(a, b):
    # the learned cues compare words: across languages every word is "only on one side"
    r = both(a, b)
    assert not any(x.startswith("only one says") for x in r.reasons), r.reasons
    assert r.relation != "conflicts"


@pytest.mark.parametrize("a, b, relation", [
    # no figures, and the named subjects differ (oil vs gold): the same story of another subject
    ("Oil prices rose on Monday.", "ارتفعت أسعار الذهب يوم الاثنين.", "related"),
    ("Oil prices fell on Sunday.", "تراجعت أسعار الذهب يوم الأحد.", "related"),
    # the same subject on the same day still agrees
    ("Gold prices rose on Monday.", "ارتفعت أسعار الذهب يوم الاثنين.", "agrees"),
    ("ارتفعت أسعار الذهب يوم الاثنين.", "صعدت أسعار الذهب يوم الاثنين في التعاملات الآسيوية.", "agrees"),
])
def test_different_subjects_without_figures_do_not_agree(a, b, relation):
    r = both(a, b)
    assert r.relation == relation, r.reasons
    if relation == "related":
        assert "different subjects" in r.reasons, r.reasons


def test_relate_is_symmetric_on_the_new_rules():
    a = Claim(0, 10, "ارتفعت حصيلة القتلى إلى 120 يوم الاثنين", "ar", event="casualties",
              dates=(DateRef(0, 1, "x", "2025-07-14"),))
    b = Claim(0, 10, "ارتفعت حصيلة القتلى إلى 150 يوم الثلاثاء", "ar", event="casualties",
              dates=(DateRef(0, 1, "x", "2025-07-15"),))
    assert relate(a, b) == relate(b, a)
    assert relate(a, b).relation == "related"
