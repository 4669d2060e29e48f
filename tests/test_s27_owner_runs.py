""""Ireland's Data Protection Commission on Friday fined TikTok" is about the commission: a name's possessive before a
capitalised institution owns it only when a lowercase noun follows the run ("Nissan's Sunderland factory", "Pfizer's
RSV vaccine" are the owner's); a preposition, article or other function word after the run ends the noun phrase, so
the whole run is the subject (it was 'Ireland')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _subject(text: str):
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    assert len(claims) == 1, [c.text for c in claims]
    s = claims[0].subject
    return s.text if s else None


@pytest.mark.parametrize("text, want", [
    ("Ireland's Data Protection Commission on Friday fined TikTok 530 million euros.",
     "Ireland's Data Protection Commission"),
    ("Kenya's Competition Authority in March fined Safaricom 40 million shillings.", "Kenya's Competition Authority"),
    ("Nissan's Sunderland factory will cut 250 jobs.", "Nissan"),
])
def test_an_owner_run_before_a_function_word_is_whole(text, want):
    assert _subject(text) == want
