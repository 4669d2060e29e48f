"""An undated Arabic dateline before a verb written with a shadda or other harakat («الدوحة - وقّعت شركة قطر
للطاقة ...») is furniture as it is before a bare verb; the claim and its subject start after it."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("verb", ["وقّعت", "وقعت", "وَقَّعَت"])
def test_the_dateline_is_no_part_of_the_claim(verb):
    text = f"اتفاق للغاز\n\nالدوحة - {verb} شركة قطر للطاقة اتفاقية مع شركة سينوبك الصينية لمدة 27 عاماً."
    claims = analyze(text, "ar", date(2025, 9, 11)).claims
    body = claims[-1]
    assert body.text.startswith(verb), body.text
    assert body.subject is not None and body.subject.text == "شركة قطر للطاقة", body.subject
