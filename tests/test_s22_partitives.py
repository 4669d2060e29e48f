"""Session 22, partitives: a number tied by "of them", "including" or «منهم»/«بينهم» to the figure before it is a
part of that figure's whole. It takes the whole's unit and its total is the whole's value. Before, «بينهم 1.2
مليون من دول الخليج» counted countries (the place the part comes from was read as its counted noun) and "1.2
million of them" had no unit."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 11, 23)


def _rows(text: str, language: str) -> list[tuple[str, float, str | None, float | None]]:
    out = []
    for c in analyze(text, language, PUB).claims:
        for q in c.quantities:
            assert text[q.start:q.end] == q.text
            out.append((q.text, q.value, q.unit, q.total))
    return out


@pytest.mark.parametrize("text, language, expected", [
    ("Morocco received 14.5 million tourists last year, 1.2 million of them from the Gulf states.", "en",
     [("14.5 million tourists", 14.5e6, "person", None), ("1.2 million", 1.2e6, "person", 14.5e6)]),
    ("Some 45 people were killed, including 12 from the same family.", "en",
     [("Some 45 people", 45, "person", None), ("12", 12, "person", 45)]),
    ("The firm cut 300 jobs, 120 of which were in Ohio.", "en",
     [("300 jobs", 300, "job", None), ("120", 120, "job", 300)]),
    ("زار المغرب 14.5 مليون سائح العام الماضي، بينهم 1.2 مليون من دول الخليج.", "ar",
     [("14.5 مليون سائح", 14.5e6, "person", None), ("1.2 مليون", 1.2e6, "person", 14.5e6)]),
    ("استقبلت المستشفيات 800 مصاب، منهم 150 من خارج المدينة.", "ar",
     [("800 مصاب", 800, "person", None), ("150", 150, "person", 800)]),
])
def test_a_part_takes_the_unit_and_total_of_its_whole(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a part counting its own noun of the whole's class keeps noun and span, and takes the total
    ("قتل 45 شخصا، بينهم 12 طفلا.", "ar", [("45 شخصا", 45, "person", None), ("12 طفلا", 12, "person", 45)]),
    ("Some 45 people were killed, including 12 children.", "en",
     [("Some 45 people", 45, "person", None), ("12 children", 12, "person", 45)]),
    ("ارتفع الدخل السياحي إلى 5.6 مليار دولار، منها 1.9 مليار دولار خلال الربع الثالث.", "ar",
     [("5.6 مليار دولار", 5.6e9, "USD", None), ("1.9 مليار دولار", 1.9e9, "USD", 5.6e9)]),
    ("استقبلت المستشفيات 800 مصاب، منهم 150 من الأطفال.", "ar",
     [("800 مصاب", 800, "person", None), ("150 من الأطفال", 150, "person", 800)]),
])
def test_a_part_of_its_own_noun_keeps_it_and_takes_the_total(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a part of another class stays as it is
    ("The firm cut 300 jobs, including 20 managers.", "en",
     [("300 jobs", 300, "job", None), ("20 managers", 20, "manager", None)]),
    # no lead: a second figure is no part
    ("Exports reached $4 billion, while 200 firms left the market.", "en",
     [("$4 billion", 4e9, "USD", None), ("200 firms", 200, "company", None)]),
    # a part no smaller than the whole is none
    ("Turnout was 40%, including 55 from the capital.", "en", [("40%", 40, "percent", None), ("55", 55, None, None)]),
])
def test_what_is_no_part(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The government will borrow 400 billion shillings ($3.1 billion) this year, down from 600 billion.", "en",
     ("600 billion", 6e11, "XXX")),
    ("Revenue rose to 12 billion pesos ($700 million), up from 10 billion.", "en", ("10 billion", 1e10, "XXX")),
    ("بلغت الإيرادات 5 مليارات جنيه (100 مليون دولار) مقارنة بـ4 مليارات العام الماضي.", "ar",
     ("4 مليارات", 4e9, "EGP")),
])
def test_a_bare_figure_compares_with_the_main_figure_not_its_conversion(text, language, expected):
    """A figure in brackets right after another is its conversion; a bare figure after a comparison lead
    counts in the main figure's unit (session 22, from a Kenyan budget story)."""
    assert _rows(text, language)[-1][:3] == expected
