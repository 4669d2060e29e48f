"""Round 7 of matching: language-independent blocking keys, so a telling in the other language becomes
a candidate (bare count ``q:#:``, whole ``q:of:``, full dates ``d:YYYY-MM[-DD]``, soft c in skeletons)."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import assert_counterpart_kept

from factcheck.match import rank
from factcheck.match.blocking import blocking_keys
from factcheck.match.names import skeleton
from factcheck.match.qkeys import is_count
from factcheck.models import ArticleInput, Claim, DateRef, Quantity
from factcheck.pipeline import analyze
from factcheck.services import ingest

_PUBLISHED = date(2025, 6, 4)


def _keys(text: str) -> set[str]:
    claims = analyze(text, published=_PUBLISHED).claims
    assert claims, text
    return set().union(*(blocking_keys(c) for c in claims))


def _claim(text: str, quantities=(), dates=()) -> Claim:
    return Claim(0, len(text), text, "en", quantities=tuple(quantities), dates=tuple(dates))


@pytest.mark.parametrize("key, weight", [
    ("q:#:11", 2.0), ("q:of:16", 1.0), ("d:2025-01-31", 2.5), ("d:2025-01", 1.2), ("d:2025", 1.0),
    ("q:person:11", 2.5), ("q:person:e1", 1.0), ("q:-:e-1", 1.0), ("q:USD:3.41e+10", 2.5),
])
def test_key_class_weights(key, weight):
    assert rank.key_weight(key) == weight


@pytest.mark.parametrize("unit, counts", [
    (None, True), ("person", True), ("vehicle", True), ("times", True),
    ("USD", False), ("EGP", False), ("percent", False), ("percentage_point", False),
])
def test_is_count(unit, counts):
    assert is_count(unit) is counts


@pytest.mark.parametrize("quantity, present, absent", [
    (Quantity(0, 2, "11", 11.0, None, "exact", 16.0), {"q:#:11", "q:of:16", "q:-:11", "q:-:e1"}, set()),
    (Quantity(0, 2, "11", 11.0, "person", "exact", None), {"q:#:11", "q:person:11"}, {"q:of:16"}),
    (Quantity(0, 2, "11", 11.0, "job", "about", None), {"q:#:11", "q:person:11"}, set()),  # jobs are people
    (Quantity(0, 2, "$11m", 11e6, "USD", "exact", None), {"q:USD:1.1e+07"}, {"q:#:1.1e+07"}),
    (Quantity(0, 2, "11%", 11.0, "percent", "exact", None), {"q:percent:11"}, {"q:#:11"}),
])
def test_figure_keys(quantity, present, absent):
    keys = blocking_keys(_claim("x" * 40 + " figure", quantities=[quantity]))
    assert present <= keys
    assert not absent & keys


@pytest.mark.parametrize("value, present, absent", [
    ("2025-01-31", {"d:2025", "d:2025-01-31"}, {"d:2025-01"}),
    ("2025-01", {"d:2025", "d:2025-01"}, set()),
    ("2025", {"d:2025"}, {"d:2025-"}),
])
def test_date_keys_at_their_precision(value, present, absent):
    keys = blocking_keys(_claim("y" * 40 + " dated", dates=[DateRef(0, 4, "yyyy", value)]))
    assert present <= keys
    assert not absent & keys
    assert not {k for k in keys if k.startswith("d:")} - present


@pytest.mark.parametrize("latin, arabic", [
    ("Cement", "أسمنت"), ("Cedar", "سيدار"), ("Mercedes", "مرسيدس"), ("Cisco", "سيسكو"),
    ("Pacific", "باسيفيك"), ("Vince", "فينس"),
])
def test_soft_c_skeleton_meets_arabic(latin, arabic):
    assert skeleton(latin) == skeleton(arabic)


@pytest.mark.parametrize("latin, other", [("Coca", "سيسكو"), ("Cedar", "كيدار")])
def test_hard_c_stays_k(latin, other):
    assert skeleton(latin) != skeleton(other)


# one fact told in English and in Arabic: the language-independent keys both tellings carry
@pytest.mark.parametrize("en, ar, shared", [
    ("Seven of the 20 founders of Nimbus Logistics have left on March 3, 2025.",
     "غادر سبعة من أصل 20 من مؤسسي نيمبوس للخدمات اللوجستية في 3 مارس 2025.",
     {"q:#:7", "q:of:20", "d:2025-03-03", "tr:nmbs"}),
    ("Three of the 11 board members of Orion Textiles resigned in May 2025.",
     "استقال ثلاثة من أصل 11 من أعضاء مجلس إدارة أوريون للنسيج في مايو 2025.",
     {"q:#:3", "q:of:11", "d:2025-05"}),
    ("Floods in Mosul killed 63 people on 12 April 2024.",
     "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في 12 أبريل 2024.", {"q:#:63", "d:2024-04-12"}),
    ("Exports of dates from Basra grew four times in October 2024.",
     "تضاعفت صادرات البصرة من التمور أربع مرات في أكتوبر 2024.", {"q:#:4", "d:2024-10"}),
    ("Cedar Cement laid off 412 workers on Tuesday.",
     "سرحت سيدار للأسمنت 412 عاملا يوم الثلاثاء.", {"q:#:412", "d:2025-06-03", "tr:sdr", "tr:smnt"}),
    ("Mercedes recalled 9,300 cars in Kenya on 2 June 2025.",
     "استدعت مرسيدس ٩٣٠٠ سيارة في كينيا في ٢ يونيو ٢٠٢٥.", {"q:#:9300", "d:2025-06-02", "tr:mrsds"}),
])
def test_counterparts_share_language_independent_keys(en, ar, shared):
    mine, theirs = _keys(en), _keys(ar)
    assert shared <= mine & theirs, sorted(mine & theirs)


@pytest.mark.parametrize("a, b, not_shared", [
    ("Seven of the 20 founders of Nimbus Logistics have left on March 3, 2025.",
     "غادر سبعة من أصل 12 من مؤسسي نيمبوس للخدمات اللوجستية في 4 مارس 2025.", {"q:of:20", "d:2025-03-03"}),
    ("Prices in Mosul rose 63% on 12 April 2024.",
     "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في 12 أبريل 2024.", {"q:#:63"}),
])
def test_other_figures_and_days_do_not_meet(a, b, not_shared):
    assert not not_shared & _keys(a) & _keys(b)


# a fresh article, its counterpart in the other language, and same-language distractors that share the
# fresh article's wording and company (other figures, other days): the counterpart must be kept
_STORIES = [
    ("en", "Seven of the 20 founders of Nimbus Logistics have left on March 3, 2025.",
     "ar", "غادر سبعة من أصل 20 من مؤسسي نيمبوس للخدمات اللوجستية في 3 مارس 2025.",
     ["Seven of the {n} founders of Nimbus Logistics have left on April {d}, 2025.",
      "{k} of the 20 founders of Nimbus Logistics have left on May {d}, 2025."]),
    ("ar", "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في 12 أبريل 2024.",
     "en", "Floods in Mosul killed 63 people on 12 April 2024.",
     ["أسفرت الفيضانات في الموصل عن مقتل {n} شخصا في {d} مايو 2024.",
      "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في {d} يونيو 2023."]),
    ("en", "Orion Textiles cut 1,240 jobs in Tunis on 9 October 2025.",
     "ar", "سرحت أوريون للنسيج ١٢٤٠ موظفا في تونس يوم 9 أكتوبر 2025.",
     ["Orion Textiles cut {n} jobs in Tunis on {d} November 2025.",
      "Orion Textiles cut 1,240 jobs in Sfax on {d} December 2024."]),
]


@pytest.mark.parametrize("fresh_lang, fresh, mate_lang, mate, distractors", _STORIES)
def test_ingest_keeps_the_cross_lingual_counterpart(store_db, fresh_lang, fresh, mate_lang, mate, distractors):
    db = store_db
    stored, _ = ingest(db, ArticleInput(text=mate, language=mate_lang, published_date=date(2025, 10, 10)))
    for i in range(12):
        for pattern in distractors:
            text = pattern.format(n=21 + 3 * i, d=1 + 2 * i, k=("Eight", "Nine", "Ten", "Five")[i % 4])
            ingest(db, ArticleInput(text=text, language=fresh_lang, published_date=date(2025, 10, 10)))
    art, _ = ingest(db, ArticleInput(text=fresh, language=fresh_lang, published_date=date(2025, 10, 10)))
    assert_counterpart_kept(db, art, stored)
