"""Opposite wording decides nothing between claims about different things or different times:
- a negation and an opposite verb cancel out ("did not rise" = "fell") only for one matter: the same
  subject, a shared word, entity or name, not an event type alone;
- a negated or opposite claim at another time is no contradiction ("did not raise rates on Thursday"
  vs "last raised rates in March 2024");
- an English word is not read as a shorter antonym entry it merely starts with ("bank" is not "ban")."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.compare import compare
from factcheck.match.keys import claim_keys
from factcheck.match.relate import relate
from factcheck.models import Claim, DateRef


def _claim(text, event=None, dates=()):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    return Claim(0, len(text), text, lang, event=event,
                 dates=tuple(DateRef(0, len(d), d, d) for d in dates))


def test_cancel_out_needs_one_matter():
    a = _claim("The bank did not raise rates on Thursday", "price_change", ["2026-11-19"])
    b = _claim("وتراجع الجنيه إلى 48.9 جنيه للدولار عقب القرار", "price_change")
    r = relate(a, b)
    assert r.relation != "agrees", r
    assert not any("cancel out" in x for x in r.reasons), r


@pytest.mark.parametrize("a,b", [
    ("Gold prices did not rise on Monday", "Gold prices fell on Monday"),
    ("لم ترتفع أسعار الذهب يوم الاثنين", "تراجعت أسعار الذهب يوم الاثنين"),
])
def test_cancel_out_still_agrees_on_one_matter(a, b):
    r = relate(_claim(a, "price_change"), _claim(b, "price_change"))
    assert r.relation == "agrees", r
    assert any("cancel out" in x for x in r.reasons), r


@pytest.mark.parametrize("a,da,b,db", [
    ("The bank did not raise rates on Thursday", "2026-11-19", "The bank last raised rates in March 2024", "2024-03"),
    ("Prices rose in October", "2026-10", "Prices fell in September", "2026-09"),
    ("لم يرفع البنك أسعار الفائدة يوم الخميس", "2026-11-19", "رفع البنك أسعار الفائدة في مارس 2024", "2024-03"),
])
def test_a_flip_at_another_time_is_no_contradiction(a, da, b, db):
    r = relate(_claim(a, "rate_change", [da]), _claim(b, "rate_change", [db]))
    assert r.relation == "related", r
    assert r.reasons[0].startswith("different times"), r


@pytest.mark.parametrize("a,b", [
    ("The nurses strike began on November 16.", "The nurses strike began on November 17."),
    ("بدأ إضراب الممرضين يوم 16 نوفمبر.", "بدأ إضراب الممرضين يوم 17 نوفمبر."),
])
def test_the_same_act_dated_twice_still_conflicts(a, b):
    day = date(2026, 11, 20)
    assert compare(a, b, a_published=day, b_published=day).relation == "conflicts"


@pytest.mark.parametrize("word", ["bank", "banks", "banker", "canal", "format", "lower"])
def test_an_english_word_is_not_a_shorter_entry(word):
    scales = claim_keys(_claim(f"The {word} said so")).scales
    assert "permission" not in scales and ("movement" not in scales or word == "lower"), scales


@pytest.mark.parametrize("text,group", [
    ("The government banned imports", "permission"),
    ("Prices rises sharply", "movement"),
    ("Shares climbed 3%", "movement"),
    ("The court ordered the acquittal of the three men", "detention"),
    ("Parliament gave its approval to the budget", "decision"),
])
def test_english_inflections_still_find_their_entry(text, group):
    assert group in claim_keys(_claim(text)).scales


def test_two_dates_with_only_an_event_in_common_are_two_occurrences():
    day = date(2026, 11, 20)
    r = compare("The bank last raised rates in March 2024.", "وارتفع معدل التضخم السنوي في المدن إلى 13.6% في أكتوبر.",
                a_published=day, b_published=day)
    assert r.relation == "related" and r.reasons[0].startswith("different times"), r


def test_two_dates_of_one_named_act_across_languages_still_conflict():
    a = _claim("Acme laid off 500 workers in May 2024", "layoff", ["2024-05"])
    b = _claim("سرحت أكمي 500 عامل في يونيو 2024", "layoff", ["2024-06"])
    assert relate(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b", [
    ("The Unity Party will need the support of smaller parties to form a government.",
     "The Unity Party did not win a majority."),
    ("Acme will open a new plant in Texas next year.", "Acme did not report a profit."),
])
def test_a_negation_of_another_statement_is_no_contradiction(a, b):
    r = compare(a, b)
    assert r.relation != "conflicts", r.reasons


@pytest.mark.parametrize("a,b", [
    ("The Unity Party won the election.", "The Unity Party did not win the election."),
    ("The minister resigned on Monday.", "The minister did not resign on Monday."),
    ("Police arrested the suspect.", "Police did not arrest the suspect."),
    ("استقال الوزير يوم الاثنين.", "لم يستقل الوزير يوم الاثنين."),
])
def test_a_negation_of_the_same_statement_still_conflicts(a, b):
    assert compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b,relation", [
    ("The central bank held interest rates steady on Thursday.", "The central bank raised interest rates on Thursday.",
     "conflicts"),
    ("The central bank kept interest rates unchanged on Thursday.", "The central bank cut interest rates on Thursday.",
     "conflicts"),
    ("The central bank kept interest rates unchanged on Thursday.",
     "The central bank did not raise interest rates on Thursday.", "agrees"),
    ("The central bank kept interest rates unchanged on Thursday.",
     "The central bank left interest rates steady on Thursday.", "agrees"),
    ("ثبت البنك المركزي أسعار الفائدة يوم الخميس.", "رفع البنك المركزي أسعار الفائدة يوم الخميس.", "conflicts"),
    ("أبقى البنك المركزي أسعار الفائدة ثابتة يوم الخميس.", "خفض البنك المركزي أسعار الفائدة يوم الخميس.", "conflicts"),
    ("Unemployment was stable at 4% in October.", "Unemployment rose to 4% in October.", "conflicts"),
])
def test_no_change_is_a_third_state_of_a_movement(a, b, relation):
    r = compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("The WHO said 2.3 million people were infected with malaria last year.",
     "قالت منظمة الصحة العالمية إن 3.2 مليون شخص أصيبوا بالملاريا العام الماضي.", "conflicts"),
    ("The WHO said 2.3 million people were infected with malaria last year.",
     "قالت منظمة الصحة العالمية إن 2.3 مليون شخص أصيبوا بالملاريا العام الماضي.", "agrees"),
])
def test_one_cited_source_and_one_loanword_tie_figures_across_languages(a, b, relation):
    assert compare(a, b, a_published=date(2026, 11, 20), b_published=date(2026, 11, 20)).relation == relation


def test_one_cited_source_alone_does_not_tie_figures_of_two_topics():
    r = compare("The WHO said 2.3 million people were infected with malaria last year.",
                "قالت منظمة الصحة العالمية إن 3.2 مليون شخص أصيبوا بالحصبة العام الماضي.",
                a_published=date(2026, 11, 20), b_published=date(2026, 11, 20))
    assert r.relation != "conflicts", r.reasons
