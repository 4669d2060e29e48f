"""A quotation's closing mark before its trailing source ('"The gates were open," a factory manager, Abdul Karim,
told local television') is no part of the source's type: the named manager is named, as without the quotation."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.attribution.cues import lexicon, tokenize
from factcheck.attribution.kinds import source_type
from factcheck.pipeline import analyze


@pytest.mark.parametrize("verb", ["said", "told local television"])
def test_the_named_manager_after_a_quote_is_named(verb):
    text = f'Headline words here\n\n"The gates were open," a factory manager, Abdul Karim, {verb}.'
    got = [(c.text, c.attribution.type, c.attribution.source.text) for c in analyze(text, "en", date(2025, 9, 21)).claims]
    assert got == [("The gates were open", "named", "Abdul Karim")], got


@pytest.mark.parametrize("phrase", ['" a factory manager, Abdul Karim', "” a factory manager, Abdul Karim"])
def test_a_stray_closing_mark_does_not_type_the_phrase(phrase):
    lex = lexicon("en")
    assert source_type(lex, tokenize(phrase, 0, len(phrase)), phrase) == ("named", "person")

