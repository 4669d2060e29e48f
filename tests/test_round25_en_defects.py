"""Round 25, English defects: an expectation adjunct after a lead-in reporting clause ('In a statement, X said
Y, in line with expectations') and one followed by a coordinated clause; a participle cue after a plain noun
phrase subject ('The chief executive resigned on Friday, saying that X'); 'up to' after a verb of change; lives
and containers as counted nouns; a yearless quarter before results nouns; a background relative clause with
nothing to check on a titled speaker; a yearless day-month naming one incident ('since the October 7 attack')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from tests.span_checks import date_rows, frame_rows, quantity_rows

PUB = date(2025, 9, 14)


def _rows(sentence: str) -> list[tuple]:
    return frame_rows("Headline\n\n" + sentence, "en", PUB)


@pytest.mark.parametrize("sentence, rows", [
    # 1. the adjunct after a lead-in clause: neither a claim nor part of one
    ("In a statement, the ministry said exports grew 7%, in line with expectations.",
     [("exports grew 7%", "official", "the ministry", "said")]),
    ("On Tuesday, the central bank said inflation eased to 2.4%, as economists had predicted.",
     [("inflation eased to 2.4%", "official", "the central bank", "said")]),
    ("In its monthly bulletin, the agency said output rose 3%, above the consensus forecast of 2.5%.",
     [("output rose 3%", "official", "the agency", "said")]),
    # ... the adjunct ends at its phrase: a coordinated clause after it is a claim of the same voice
    ("Exports grew 7%, ahead of forecasts for a 5% rise while imports fell 2%.",
     [("Exports grew 7%", "unattributed", None, None), ("while imports fell 2%", "unattributed", None, None)]),
    ("Quarterly profit rose 9%, beating analysts' estimates and the company raised its dividend to 40 cents.",
     [("Quarterly profit rose 9%", "unattributed", None, None),
      ("and the company raised its dividend to 40 cents", "unattributed", None, None)]),
    ("The statistics office said unemployment rose to 5.1%, above the 4.9% consensus while wages grew 3%.",
     [("unemployment rose to 5.1%", "official", "The statistics office", "said"),
      ("while wages grew 3%", "official", "The statistics office", "said")]),
    # must not change: an adjunct closed by a comma, or running to the end of the sentence
    ("Exports rose 4%, as expected, and imports fell 2%.",
     [("Exports rose 4%", "unattributed", None, None), ("and imports fell 2%", "unattributed", None, None)]),
    ("Inflation rose to 3.2% in October, as expected by 24 economists polled by Reuters and Bloomberg.",
     [("Inflation rose to 3.2% in October", "unattributed", None, None)]),
])
def test_expectation_adjunct(sentence, rows):
    assert _rows(sentence) == rows


# the main clause is the subject's own claim; what the participle reports is credited to the subject
@pytest.mark.parametrize("sentence, rows", [
    ("The chief executive resigned on Friday, saying that the board had lost confidence in him.",
     [("The chief executive resigned on Friday", "unattributed", None, None),
      ("the board had lost confidence in him", "official", "The chief executive", "saying")]),
    ("The health minister stepped down on Monday, saying the ministry had failed to buy enough vaccines.",
     [("The health minister stepped down on Monday", "unattributed", None, None),
      ("the ministry had failed to buy enough vaccines", "official", "The health minister", "saying")]),
    ("Coach Lena Ortiz resigned after the defeat, arguing that the club had broken its promises.",
     [("Coach Lena Ortiz resigned after the defeat", "unattributed", None, None),
      ("the club had broken its promises", "named", "Coach Lena Ortiz", "arguing")]),
    ("The regional police chief has resigned, saying 14 officers had been suspended.",
     [("The regional police chief has resigned", "unattributed", None, None),
      ("14 officers had been suspended", "official", "The regional police chief", "saying")]),
    # no source-like subject: no frame
    ("Prices rose 5% in August, adding to pressure on the central bank.",
     [("Prices rose 5% in August", "unattributed", None, None)]),
])
def test_participle_after_plain_subject(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("text, rows", [
    ("Prices edged up to 4.3% in May.", [("4.3%", 4.3, "percent", "exact", None)]),
    ("Inflation ticked up to 2.9% in August.", [("2.9%", 2.9, "percent", "exact", None)]),
    ("Growth was revised up to 1.8% for the second quarter.", [("1.8%", 1.8, "percent", "exact", None)]),
    ("Up to 500 jobs could go.", [("Up to 500 jobs", 500.0, "job", "at_most", None)]),
    ("Offenders face fines of up to $1 million.", [("up to $1 million", 1e6, "USD", "at_most", None)]),
    ("The quake claimed 23 lives.", [("23 lives", 23.0, "person", "exact", None)]),
    ("The crash cost at least 9 lives.", [("at least 9 lives", 9.0, "person", "at_least", None)]),
    ("The port handled 3.1 million containers.", [("3.1 million containers", 3.1e6, "container", "exact", None)]),
    ("The terminal moved 12.4 million TEUs last year.", [("12.4 million TEUs", 12.4e6, "container", "exact", None)]),
])
def test_change_targets_and_counted_nouns(text, rows):
    assert quantity_rows(text, "en") == rows


@pytest.mark.parametrize("text, published, rows", [
    ("Kestrel Analytics Reports Second-Quarter Results", PUB, []),
    ("Fourth-quarter earnings fell 3%.", PUB, []),
    ("Q2 revenue rose 11%.", PUB, []),
    # a year or a year phrase dates it; a bare quarter elsewhere keeps the publication year's
    ("Second-quarter 2025 results beat forecasts.", PUB, [("Second-quarter 2025", "2025-04")]),
    ("Revenue rose 12% in the second quarter.", PUB, [("the second quarter", "2025-04")]),
    ("Growth will pick up in the fourth quarter.", date(2025, 2, 10), [("the fourth quarter", "2025-10")]),
])
def test_quarter_dates(text, published, rows):
    assert date_rows(text, "en", published) == rows


def test_background_relative_without_fact_is_no_claim():
    text = "Headline\n\nDr Amina Yusuf, who leads the vaccination campaign, said 40,000 children were vaccinated."
    assert frame_rows(text, "en", PUB) == [("40,000 children were vaccinated", "named", "Dr Amina Yusuf", "said")]


@pytest.mark.parametrize("text, language, rows", [
    ("Israeli forces have killed 12 people since the October 7 attack.", "en", []),
    ("The August 4 blast destroyed 300 homes in the port district.", "en", [("August 4", "2025-08-04")]),
    ("Police arrested two men after the September 3 attack.", "en", [("September 3", "2025-09-03")]),
    ("The factory reopened on October 7.", "en", [("October 7", "2024-10-07")]),
    ("Thousands marched on the anniversary of the September 11 attacks.", "en", []),
    ("قتلت القوات 12 شخصا منذ هجوم 7 أكتوبر.", "ar", []),
    ("اعتقلت الشرطة رجلين بعد هجوم 3 سبتمبر.", "ar", [("3 سبتمبر", "2025-09-03")]),
])
def test_yearless_incident_dates(text, language, rows):
    assert date_rows(text, language, PUB) == rows


def test_incident_date_left_out_of_claim():
    claims = analyze("Israeli forces have killed 12 people since the October 7 attack.", "en", PUB).claims
    assert [(c.text, [d.value for d in c.dates], [(q.value, q.unit) for q in c.quantities]) for c in claims] == [
        ("Israeli forces have killed 12 people since the October 7 attack", [], [(12.0, "person")])]
