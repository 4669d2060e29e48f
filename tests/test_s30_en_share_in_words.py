"""'Six of nine analysts polled by Reuters had expected X': a share written in words, with the whole after 'of', is
the poll's checkable fact, as '3 of the 5 judges' is; the whole sentence is the claim. 'One of the people familiar
with the matter said X' is still a source."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("share", ["Six of nine analysts polled by Reuters", "Three of the five judges",
                                   "6 of 9 analysts polled by Reuters"])
def test_a_share_in_words_is_the_claim(share):
    text = f"Rates\n\n{share} had expected the bank to keep rates on hold."
    claims = analyze(text, "en", date(2025, 11, 25)).claims
    assert claims[-1].text == f"{share} had expected the bank to keep rates on hold", claims[-1].text


@pytest.mark.parametrize("source", ["One of the people familiar with the matter", "Two of the three people"])
def test_people_of_a_group_still_speak(source):
    text = f"Deal\n\n{source} said the deal was worth $2 billion."
    c = analyze(text, "en", date(2025, 11, 25)).claims[-1]
    assert (c.text, c.attribution.type) == ("the deal was worth $2 billion", "anonymous"), c
