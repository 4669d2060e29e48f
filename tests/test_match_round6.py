"""Round 6: recall at scale — frame-weighted candidate ranking and no false conflicts between stories
that share only a subject (one side dated, the other not, nothing else in common)."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import assert_counterpart_kept

from factcheck.match import rank
from factcheck.match.relate import relate
from factcheck.models import ArticleInput
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store import matching


def _claim(text: str, published: date = date(2025, 8, 20)):
    return analyze(text, published=published).claims[0]


@pytest.mark.parametrize("a, b, relation, reason", [
    # another round of layoffs of the same company: figures differ, only one is dated, nothing else shared
    ("Northwind Mills laid off 1,199 employees from its support team on 19 August 2025.",
     "Northwind Mills cut about 500 jobs.", "related", "nothing places them at one time or occurrence"),
    ("Orion Freight cut 2,300 jobs on 3 March 2025.", "Orion Freight will lay off 800 workers.",
     "related", "nothing places them at one time or occurrence"),
    # a second party ties them to one deal: the figures conflict
    ("Delta Air agreed to buy Nova Telecom for $34.1 billion on 19 August 2025.",
     "Delta Air agreed to buy Nova Telecom for $30 billion.", "conflicts", None),
    # both dated, same day: one occurrence, the figures conflict
    ("Northwind Mills laid off 1,199 employees on 19 August 2025.",
     "Northwind Mills laid off 900 employees on 19 August 2025.", "conflicts", None),
    # both undated, one wording: the same report, the figures conflict
    ("Floods in Mosul killed 140 people.", "Floods in Mosul killed 78 people.", "conflicts", None),
])
def test_undated_figure_conflicts_only_when_tied(a, b, relation, reason):
    rel = relate(_claim(a), _claim(b))
    assert rel.relation == relation, rel
    if reason:
        assert rel.reasons[0] == reason
    assert relate(_claim(b), _claim(a)).relation == relation  # symmetric


@pytest.mark.parametrize("key, weight", [
    ("q:USD:3.41e+10", 2.5), ("q:person:1199", 2.5), ("q:USD:e10", 1.0), ("q:-:e-1", 1.0),
    ("ev:layoff", 1.0), ("subj:dlt", 1.0), ("tr:dltr", 0.8), ("w:telecom", 0.6), ("d:2024", 1.0),
])
def test_key_class_weights(key, weight):
    assert rank.key_weight(key) == weight


@pytest.mark.parametrize("a, b, expected", [
    ("delta air buy nova", "دلتا طيران شراء نوفا", 50.0),  # two scripts: neutral, not 0
    ("delta air buy nova", "delta air buy nova", 100.0),
    ("", "delta", 0.0),
])
def test_similarity_is_neutral_across_scripts(a, b, expected):
    assert rank.similarity(a, b) == expected


def test_exact_figure_outweighs_shared_company_words():
    """One shared exact figure (rare) must outrank a few shared company words (each more common)."""
    total = 10_000
    figure = matching.math.log(1 + total / 3) * rank.key_weight("q:USD:3.41e+10")
    words = sum(matching.math.log(1 + total / 220) * rank.key_weight(k) for k in ("w:delta", "w:air", "tr:dltr"))
    assert figure > words


# a fresh article and its counterpart in the other language, among distractors about the same company
# from other stories (other figures, undated, same wording about the company)
_STORIES = [
    ("en", "Helios Energy agreed to buy CityMarket for $35.6 billion on January 31, 2025.",
     "ar", "وافقت هيليوس للطاقة على شراء سيتي ماركت مقابل 35.6 مليار دولار في 31 يناير 2025.",
     ["Helios Energy cut about {n} jobs in its sales team.", "Helios Energy revenue rose to {n} million dollars.",
      "Helios Energy said {n} engineers joined the company."]),
    ("ar", "ارتفعت أرباح الخليج للأسمنت الفصلية إلى 613 مليون ريال في 5 سبتمبر 2025.",
     "en", "Gulf Cement quarterly profit rose to 613 million riyals on September 5, 2025.",
     ["ارتفعت أرباح الخليج للأسمنت إلى {n} مليون ريال.", "سرحت الخليج للأسمنت {n} موظفا من فريق المبيعات.",
      "قالت الخليج للأسمنت إن {n} مهندسا انضموا إليها."]),
]


@pytest.mark.parametrize("fresh_lang, fresh, mate_lang, mate, distractors", _STORIES)
def test_ingest_keeps_the_cross_lingual_counterpart(store_db, fresh_lang, fresh, mate_lang, mate, distractors):
    db = store_db
    stored, _ = ingest(db, ArticleInput(text=mate, language=mate_lang, published_date=date(2025, 9, 6)))
    for i, pattern in enumerate(distractors * 5):
        ingest(db, ArticleInput(text=pattern.format(n=100 + 37 * i), published_date=date(2025, 9, 6)))
    art, _ = ingest(db, ArticleInput(text=fresh, language=fresh_lang, published_date=date(2025, 9, 6)))
    assert_counterpart_kept(db, art, stored)
