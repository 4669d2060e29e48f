"""Round 24, English defects: verbs of saying that also take a plain object ('admitted 612 children',
'denied 2,300 applications') frame nothing then; an expectation adjunct ('..., as expected by 24 economists
polled by Reuters', '..., in line with expectations') is neither a claim nor part of one; 'as estimated by X'
attributes; a company's legal form after a comma ('Kestrel Analytics, Inc.') stays in its name."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from tests.span_checks import frame_rows

PUB = date(2025, 9, 14)


def _rows(sentence: str) -> list[tuple]:
    return frame_rows("Headline\n\n" + sentence, "en", PUB)


@pytest.mark.parametrize("sentence, rows", [
    # a plain object: the verb is not a reporting one, a trailing frame reports the whole clause
    ("Clinics in Karachi admitted 612 children with measles last week, the provincial health department said.",
     [("Clinics in Karachi admitted 612 children with measles last week", "official",
       "the provincial health department", "said")]),
    ("St Mary's College admitted 1,150 first-year students in September.",
     [("St Mary's College admitted 1,150 first-year students in September", "unattributed", None, None)]),
    ("Three firefighters were admitted to hospital with smoke inhalation, the fire service said.",
     [("Three firefighters were admitted to hospital with smoke inhalation", "official", "the fire service", "said")]),
    ("The ministry denied 2,300 asylum applications in the first half of the year.",
     [("The ministry denied 2,300 asylum applications in the first half of the year", "unattributed", None, None)]),
    ("The landslide claimed 23 lives in the village of Kalimpong.",
     [("The landslide claimed 23 lives in the village of Kalimpong", "unattributed", None, None)]),
    ("The registry acknowledged receipt of 86 objections to the plan.",
     [("The registry acknowledged receipt of 86 objections to the plan", "unattributed", None, None)]),
    # a reported clause: that-clause, bare clause with a pronoun or an auxiliary, a quote, reports as object
    ("The airline admitted that 40 flights had been cancelled on Monday.",
     [("40 flights had been cancelled on Monday", "official", "The airline", "admitted")]),
    ("The defence minister admitted the army had underestimated the number of recruits needed.",
     [("the army had underestimated the number of recruits needed", "official", "The defence minister", "admitted")]),
    ('"We got the timing wrong," the chief executive admitted.',
     [("We got the timing wrong", "official", "the chief executive", "admitted")]),
    ("The spokesman denied the company had paid any bribes.",
     [("the company had paid any bribes", "official", "The spokesman", "denied")]),
    ("The club denied it had breached spending rules.",
     [("it had breached spending rules", "official", "The club", "denied")]),
    ("The bank acknowledged that 12,000 customers had been overcharged.",
     [("12,000 customers had been overcharged", "official", "The bank", "acknowledged")]),
    ("The utility denied reports that it would raise tariffs by 9%.",
     [("it would raise tariffs by 9%", "official", "The utility", "denied")]),
])
def test_plain_object_or_reported_clause(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, rows, values", [
    ("Inflation rose to 3.2% in October, as expected by 24 economists polled by Reuters.",
     [("Inflation rose to 3.2% in October", "unattributed", None, None)], [3.2]),
    ("Japan's core consumer prices rose 2.8% in August, as economists had predicted.",
     [("Japan's core consumer prices rose 2.8% in August", "unattributed", None, None)], [2.8]),
    ("The Reserve Bank held its cash rate at 3.6%, as widely expected.",
     [("The Reserve Bank held its cash rate at 3.6%", "unattributed", None, None)], [3.6]),
    ("Retail sales fell 0.4% in August, in line with expectations.",
     [("Retail sales fell 0.4% in August", "unattributed", None, None)], [0.4]),
    ("Nordhavn Shipping's quarterly profit rose 18% to $2.1 billion, beating analysts' forecasts of $1.9 billion.",
     [("Nordhavn Shipping's quarterly profit rose 18% to $2.1 billion", "unattributed", None, None)], [18.0, 2.1e9]),
    ("Factory output grew 1.1% in July, below economists' expectations of 1.5%.",
     [("Factory output grew 1.1% in July", "unattributed", None, None)], [1.1]),
    ("The trade surplus widened to $9.4 billion in June, compared with forecasts of $8.7 billion.",
     [("The trade surplus widened to $9.4 billion in June", "unattributed", None, None)], [9.4e9]),
    ("Exports rose 4%, as expected, and imports fell 2%.",
     [("Exports rose 4%", "unattributed", None, None), ("and imports fell 2%", "unattributed", None, None)], [4.0, 2.0]),
    ("Turnout reached 64%, as the commission had forecast, officials said.",
     [("Turnout reached 64%", "anonymous", "officials", "said")], [64.0]),
    ("Officials said turnout reached 64%, as the commission had forecast.",
     [("turnout reached 64%", "anonymous", "Officials", "said")], [64.0]),
    # 'as estimated by X' is X's figure: an attribution, not an expectation
    ("Damage was put at $3 billion, as estimated by the insurers' association.",
     [("Damage was put at $3 billion", "official", "the insurers' association", "as estimated by")], [3e9]),
])
def test_expectation_adjunct_is_no_claim(sentence, rows, values):
    assert _rows(sentence) == rows
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [q.value for c in claims for q in c.quantities] == values


@pytest.mark.parametrize("sentence, rows", [
    ("Kestrel Analytics, Inc. today reported revenue of $48.2 million for the third quarter.",
     [("revenue of $48.2 million for the third quarter", "official", "Kestrel Analytics, Inc", "reported")]),
    ("Marlow Freight Holdings, LLC said it would close 3 depots.",
     [("it would close 3 depots", "official", "Marlow Freight Holdings, LLC", "said")]),
    ("The insurer today announced that it had settled 4,000 claims.",
     [("it had settled 4,000 claims", "official", "The insurer", "announced")]),
])
def test_company_legal_form_and_release_adverb(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    # a share of a group saying something is the survey's finding: the whole sentence is the claim
    ("Some 61% of respondents said they would accept a pay cut of 5% for a shorter week.",
     [("Some 61% of respondents said they would accept a pay cut of 5% for a shorter week", "unattributed", None, None)]),
    ("About two thirds of voters said the economy was their main concern.",
     [("About two thirds of voters said the economy was their main concern", "unattributed", None, None)]),
    ("Some 61 per cent of respondents said they backed the plan.",
     [("Some 61 per cent of respondents said they backed the plan", "unattributed", None, None)]),
    # a number inside an insertion or a partitive of people is not a share: the frame stays
    ("The opposition Liberty Party, which holds 61 of the 230 seats in the outgoing parliament, said it expected to win.",
     [("The opposition Liberty Party, which holds 61 of the 230 seats in the outgoing parliament", "unattributed",
       None, None), ("it expected to win", "official", "The opposition Liberty Party", "said")]),
    ("One of the officials said 30 people had been arrested.",
     [("30 people had been arrested", "anonymous", "One of the officials", "said")]),
])
def test_share_of_group_as_subject(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The hospital opened a new ward on Monday, admitting 300 patients in its first week.",
     [("The hospital opened a new ward on Monday, admitting 300 patients in its first week", "unattributed", None, None)]),
    ("The group claimed responsibility for the attack on a convoy near Gao.",
     [("The group claimed responsibility for the attack on a convoy near Gao", "unattributed", None, None)]),
])
def test_participle_and_plain_object_frames_nothing(sentence, rows):
    assert _rows(sentence) == rows
