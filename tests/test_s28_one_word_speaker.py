"""A one-word capitalised subject opening the main clause speaks for a participle of saying after it ('Chakwera
conceded defeat on Tuesday, saying he had called Mutharika') when the article also writes that word as a name inside a
sentence ('incumbent Lazarus Chakwera'); a capitalised first word the article never writes so ('Prices') is no
speaker."""
from __future__ import annotations

from datetime import date

from factcheck.pipeline import analyze

ARTICLE = ("Mutharika wins Malawi vote\n\nFormer President Peter Mutharika won the election with 56.1% of the vote, unseating incumbent Lazarus "
           "Chakwera, who got 33%.\n\nChakwera conceded defeat on Tuesday evening, saying he had called Mutharika to "
           "congratulate him.")


def test_a_named_one_word_subject_speaks_for_its_participle():
    claims = analyze(ARTICLE, "en", date(2026, 9, 24)).claims
    said = [c for c in claims if c.text.startswith("he had called")]
    assert said and said[0].attribution.source is not None, [(c.text, c.attribution.type) for c in claims]
    assert said[0].attribution.source.text == "Chakwera"
    assert said[0].attribution.type == "named"


def test_a_capitalised_common_noun_speaks_for_nothing():
    claims = analyze("Prices rose 5% in May, saying more about demand than supply.", "en", date(2026, 9, 24)).claims
    assert all(c.attribution.source is None for c in claims), [(c.text, c.attribution) for c in claims]
