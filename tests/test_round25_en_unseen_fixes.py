"""Round 25, general defects found on unseen English articles: a verb of saying coordinated with the main verb
('The bank held rates but said X'); a plan reported with a backshifted be-form ('said it was likely to cut rates in
December') and verbs of signalling read ahead; a release dateline with a full date and no newswire; an issuer
line and a live page's notice about its coverage are furniture; returning officers and royal colleges are official
sources; bookings, operations, outbuildings and sites are counted nouns; plural 'appointments' is no event."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from tests.span_checks import date_rows, frame_rows, quantity_rows

PUB = date(2025, 9, 14)


def _rows(sentence: str) -> list[tuple]:
    return frame_rows("Headline\n\n" + sentence, "en", PUB)


@pytest.mark.parametrize("sentence, rows", [
    ("The Reserve Bank of Tavia kept its cash rate at 3.6% on Tuesday but said further cuts were likely next year.",
     [("The Reserve Bank of Tavia kept its cash rate at 3.6% on Tuesday", "unattributed", None, None),
      ("further cuts were likely next year", "official", "The Reserve Bank of Tavia", "said")]),
    ("The ministry raised diesel prices by 8% and said subsidies would end in 2026.",
     [("The ministry raised diesel prices by 8%", "unattributed", None, None),
      ("subsidies would end in 2026", "official", "The ministry", "said")]),
    ("The Central Bank of Norland kept its rate at 4.25%, as expected by all 19 economists polled by Reuters, "
     "but said it was likely to cut borrowing costs in December.",
     [("The Central Bank of Norland kept its rate at 4.25%", "unattributed", None, None),
      ("it was likely to cut borrowing costs in December", "official", "The Central Bank of Norland", "said")]),
    # no clause after the verb, or subjects joined by 'and': nothing changes
    ("The minister smiled and said nothing.", [("The minister smiled and said nothing", "unattributed", None, None)]),
    ("Nissan and Honda said they would merge.", [("they would merge", "official", "Nissan and Honda", "said")]),
])
def test_coordinated_verb_of_saying(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("text, rows", [
    ("The bank said it was likely to cut rates in December.", [("December", "2025-12")]),
    ("The minister told reporters the plant was set to open in March.", [("March", "2026-03")]),
    ("The firm said sales were expected to recover in the fourth quarter.", [("the fourth quarter", "2025-10")]),
    ("Central bank holds rate, signals cut in December", [("December", "2025-12")]),
    ("The bank signalled two more hikes before March.", [("March", "2026-03")]),
    # a past plan with no verb of saying, or 'had': past
    ("The plant was set to open in March but never did.", [("March", "2025-03")]),
    ("The bank said it had planned to cut rates in March.", [("March", "2025-03")]),
    ("The signal failed in March.", [("March", "2025-03")]),
])
def test_reported_plans_and_signals_read_ahead(text, rows):
    assert date_rows(text, "en", PUB) == rows


_BAKERY = "Brightmoor Foods opened a 240-job bakery on Friday"
_DOCKERS = "Around 900 dockers walked out on Monday"


@pytest.mark.parametrize("article, body", [
    ("Plant opens\n\nLEEDS, England, Sept. 1, 2025 -- Brightmoor Foods opened a 240-job bakery on Friday.\n", _BAKERY),
    ("Plant opens\n\nLEEDS, 12 September 2025 — Brightmoor Foods opened a 240-job bakery on Friday.\n", _BAKERY),
    ("Count complete\n\nIssued by the Electoral Commission of Westland on 12 September 2025\n\n"
     "Turnout was 52.4%, the returning officer said.\n", "Turnout was 52.4%"),
    ("Live: Strike at the port\n\nOur live coverage of the strike has ended.\n\n"
     "Around 900 dockers walked out on Monday, the union said.\n", _DOCKERS),
    ("Live: Strike at the port\n\nWe're pausing our live coverage for now.\n\n"
     "Around 900 dockers walked out on Monday, the union said.\n", _DOCKERS),
])
def test_release_datelines_and_notices_are_furniture(article, body):
    texts = [c.text for c in analyze(article, "en", PUB).claims if c.start > article.index("\n")]
    assert texts == [body]


@pytest.mark.parametrize("sentence, rows", [
    ("Turnout was 52%, the returning officer confirmed.",
     [("Turnout was 52%", "official", "the returning officer", "confirmed")]),
    ("About 3,500 nurses walked out, the Royal College of Nursing said.",
     [("About 3,500 nurses walked out", "official", "the Royal College of Nursing", "said")]),
])
def test_official_heads(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("text, rows", [
    ("The trust postponed 1,180 outpatient appointments.",
     [("1,180 outpatient appointments", 1180.0, "appointment", "exact", None)]),
    ("Surgeons cancelled 94 planned operations.", [("94 planned operations", 94.0, "operation", "exact", None)]),
    ("The fire destroyed 12 outbuildings and 150 structures.",
     [("12 outbuildings", 12.0, "building", "exact", None), ("150 structures", 150.0, "building", "exact", None)]),
    ("Picket lines formed at 6 sites across the city.", [("6 sites", 6.0, "site", "exact", None)]),
])
def test_counted_nouns(text, rows):
    assert quantity_rows(text, "en") == rows


@pytest.mark.parametrize("text, event", [
    ("The hospital postponed 1,180 outpatient appointments on Monday.", None),
    ("The board appointed Jane Roe as chief executive on Monday.", "appointment"),
])
def test_appointments_plural_is_no_event(text, event):
    claims = analyze(text, "en", PUB).claims
    assert [c.event for c in claims] == [event]


@pytest.mark.parametrize("sentence, rows", [
    ("Revenue rose 14% to $2.7 billion, topping analysts' average estimate of $2.5 billion.",
     [("Revenue rose 14% to $2.7 billion", "unattributed", None, None)]),
    ("Net profit fell 6%, short of the consensus projection of a 2% gain.",
     [("Net profit fell 6%", "unattributed", None, None)]),
])
def test_singular_expectation_words(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("text, rows", [
    ("Corvane reported third-quarter net income of $312 million.", []),
    ("Second-quarter adjusted profit rose 9%.", []),
    ("Production rose 6% from the second quarter.", [("the second quarter", "2025-04")]),
])
def test_quarter_before_a_measure_modifier(text, rows):
    assert date_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Rationing began in three provinces.", [("three provinces", 3.0, "province", "exact", None)]),
    ("The outbreak has spread to 14 districts.", [("14 districts", 14.0, "province", "exact", None)]),
])
def test_administrative_areas_are_counted(text, rows):
    assert quantity_rows(text, "en") == rows
