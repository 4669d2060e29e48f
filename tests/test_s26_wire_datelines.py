"""A wire dateline with a day and month but no agency and no year ('ISTANBUL, Sept 11 - ', 'LONDON, March 3 – ',
'NEW DELHI, Aug. 4 — ') opens the paragraph as furniture: the claim starts after it, and the dateline's date is
no date of the claim. The place must be written in capitals, as wire copy writes it; a sentence opening with a
title-case place and a date ('Paris, March 3 - a day to remember') is left alone."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

HEAD = "Rates held\n\n"


@pytest.mark.parametrize("dateline, body, dates", [
    ("ISTANBUL, Sept 11 - ", "Turkey's central bank kept its benchmark rate unchanged at 46 percent on Thursday.",
     [("Thursday", "2025-09-11")]),
    ("LONDON, March 3 – ", "Unemployment rose to 4.5% in January, official figures showed.",
     [("January", "2025-01")]),
    ("NEW DELHI, Aug. 4 — ", "India's exports rose 7% in July from a year earlier.", [("July", "2025-07")]),
    ("SAO PAULO, Brazil, Oct 2 - ", "Petrobras raised diesel prices by 6% on Wednesday.", [("Wednesday", "2025-09-10")]),
])
def test_a_dateline_without_agency_or_year_is_furniture(dateline, body, dates):
    text = HEAD + dateline + body
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    body_claims = [c for c in claims if c.start >= len(HEAD)]
    assert body_claims, "the body gives a claim"
    first = body_claims[0]
    assert first.start == len(HEAD) + len(dateline)
    assert text[first.start:first.end] == first.text
    assert [(d.text, d.value) for c in body_claims for d in c.dates] == dates


@pytest.mark.parametrize("dateline", ["NAIROBI - ", "NEW DELHI – ", "SAO PAULO, Brazil — "])
def test_a_capitals_place_and_dash_alone_is_a_dateline(dateline):
    body = "A measles outbreak has spread to 11 of Kenya's 47 counties, killing at least 23 children."
    text = HEAD + dateline + body
    claims = [c for c in analyze(text, "en", date(2025, 9, 12)).claims if c.start >= len(HEAD)]
    assert claims and claims[0].start == len(HEAD) + len(dateline)
    assert all(c.subject is None or c.subject.text not in dateline for c in claims)


@pytest.mark.parametrize("line", ["UPDATE 2 - Shares fell 5% on Monday.", "EU - China trade rose 12% in March, customs data showed."])
def test_a_capitals_label_before_a_dash_is_not_read_as_a_place(line):
    # 'UPDATE 2 -' holds a figure and 'EU - China' pairs two places of two letters: no dateline
    text = HEAD + "Body.\n\n" + line
    claims = [c for c in analyze(text, "en", date(2025, 9, 12)).claims if c.start >= len(HEAD) + 7]
    assert claims and text[claims[0].start:claims[0].end] == claims[0].text


def test_a_title_case_place_is_no_dateline():
    text = HEAD + "Paris, March 3 - the city council voted 31 to 12 to ban rental scooters."
    claims = [c for c in analyze(text, "en", date(2025, 9, 12)).claims if c.start >= len(HEAD)]
    assert claims and claims[0].start == len(HEAD)
