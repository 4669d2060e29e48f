"""English 'she'/'he' after a named person whose title stands in apposition ("The trust's chief executive,
Louise Barnett, said"): the source is a person speaking for a body, so the pronoun goes back to her, not to an
earlier speaker of another paragraph."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _sources(text: str) -> dict[str, tuple[str, str | None]]:
    claims = analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims
    return {c.text: (c.attribution.type, c.attribution.source and c.attribution.source.text) for c in claims}


@pytest.mark.parametrize("text,claim,expected", [
    ('District Judge Kevin Grego said the failures were "serious and sustained". '
     "The trust's chief executive, Louise Barnett, said: \"We are deeply sorry for the pain we have caused.\" "
     "She said the trust had recruited 120 additional midwives since 2020.",
     "the trust had recruited 120 additional midwives since 2020", ("official", "Louise Barnett")),
    ("Union leader Maria Okafor said 3,000 workers had joined the strike.\n\n"
     "Daniel Weiss, the company's chief financial officer, said the plant would reopen in March. "
     "He said output would recover to 90% of capacity by June.",
     "output would recover to 90% of capacity by June", ("official", "Daniel Weiss")),
])
def test_pronoun_goes_back_to_a_person_titled_in_apposition(text, claim, expected):
    assert _sources(text)[claim] == expected


def test_it_still_goes_back_to_a_body():
    text = ("Analyst Sam Reed said demand was weak. Shell, the oil major, said profits fell 20% to $5 billion. "
            "It said it would cut 500 jobs.")
    assert _sources(text)["it would cut 500 jobs"][1] == "Shell"
