"""A source's silence is no claim: 'did not immediately respond to questions', 'did not reply', 'has not
responded' (with or without an adverb in the phrase, and with the day of the silence) yield nothing, as 'declined to comment' already did. A
statement of what was not disclosed with its own fact ('Police have not said how many people were detained')
stays, in the writer's voice."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2025, 6, 10)


@pytest.mark.parametrize("text", [
    "Officials did not immediately respond to questions about the deal.",
    "The company did not immediately reply to an email seeking comment.",
    "The ministry has not responded to questions from Reuters.",
    "Representatives for the club did not reply to messages on Sunday.",
    "Lawyers for the defendants did not immediately return calls.",
], ids=["immediately-respond", "immediately-reply", "has-not-responded", "did-not-reply", "immediately-return"])
def test_silence_is_no_claim(text):
    assert frame_rows(text, "en", PUB) == []


def test_arabic_silence_on_a_day_is_no_claim():
    assert frame_rows("ولم ترد الوزارة على طلب للتعليق يوم الأحد.", "ar", PUB) == []


def test_an_undisclosed_fact_stays():
    assert frame_rows("Police have not said how many people were detained.", "en", PUB) == [
        ("Police have not said how many people were detained", "unattributed", None, None)]
