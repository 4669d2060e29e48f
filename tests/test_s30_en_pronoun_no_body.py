"""'He added' in a paragraph whose sources are all bodies or documents goes back to the last person who spoke
before, in an earlier paragraph ('UN High Commissioner for Refugees Filippo Grandi said …' / 'The agency said …' /
'He added that …'); a title names a person speaking for a body ('the party's spokesman Tilvin Silva')."""
from __future__ import annotations

from datetime import date

from factcheck.pipeline import analyze


def _claims(body: str):
    return [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text)
            for c in analyze(f"Election result\n\n{body}", "en", date(2025, 9, 22)).claims]


def test_he_goes_back_to_the_last_person():
    got = _claims("\"Behind each one is a family,\" UN High Commissioner for Refugees Filippo Grandi said in a "
                  "statement.\nThe agency said its budget was only 38% funded.\nSudan remained the largest crisis, "
                  "the report said.\nHe added that returns to Syria had picked up sharply.")
    assert ("returns to Syria had picked up sharply", "official",
            "UN High Commissioner for Refugees Filippo Grandi") in got, got


def test_he_is_the_person_who_spoke_before():
    got = _claims("Turnout was 75%, the commission said. Dissanayake thanked voters, the party's spokesman Tilvin "
                  "Silva said. \"This victory belongs to all of us,\" he said.")
    assert ("This victory belongs to all of us", "official", "the party's spokesman Tilvin Silva") in got, got


def test_it_still_takes_the_body():
    got = _claims("Turnout was 75%, the commission said. \"The count was orderly,\" it said.")
    assert ("The count was orderly", "official", "the commission") in got, got
