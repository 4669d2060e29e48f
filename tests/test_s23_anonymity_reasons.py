"""The reason a source is not named is no claim: in "…, said one analyst, who asked not to be named
because he was not authorised to speak publicly", the clause opened by "because" says why the source
hides, nothing about the story. A causal clause with no figure or date, right after an anonymity
marker of its sentence (or itself saying the speaker may not speak), yields nothing; the claim it
follows keeps its anonymous source. A causal clause elsewhere, or one holding a figure, stays."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str, lang: str):
    return [(c.text, c.attribution.type) for c in analyze(text, lang, date(2025, 6, 10)).claims]


DROPPED = [
    ('"The bank will cut rates," said one analyst, who asked not to be named because he was not authorised to speak publicly.',
     "en", [("The bank will cut rates", "anonymous")]),
    ("The plan will be announced next week, two people familiar with the matter said, asking not to be identified "
     "because the information is not public.", "en", [("The plan will be announced next week", "anonymous")]),
    ("The company will cut 300 jobs, said a source who declined to be named because the talks were private.", "en",
     [("The company will cut 300 jobs", "anonymous")]),
    ("وقال مصدر طلب عدم الكشف عن هويته لأنه غير مخول بالحديث لوسائل الإعلام إن الشركة ستسرح 300 موظف.", "ar",
     [("الشركة ستسرح 300 موظف", "anonymous")]),
]


@pytest.mark.parametrize("text,lang,want", DROPPED, ids=[d[0][:40] for d in DROPPED])
def test_the_reason_for_anonymity_is_no_claim(text, lang, want):
    assert _claims(text, lang) == want


KEPT = [
    # a causal clause with a fact of its own, after no anonymity marker
    ("Orbitel cut 300 jobs because sales fell 12% in 2024, the company said.", "en", "because sales fell 12% in 2024"),
    # the reason holds a figure: kept
    ("The firm will close two plants, a source who asked not to be named said, because demand fell 30% last year.",
     "en", "because demand fell 30% last year"),
]


@pytest.mark.parametrize("text,lang,part", KEPT, ids=[k[2] for k in KEPT])
def test_other_causal_clauses_stay(text, lang, part):
    assert any(part in t for t, _ in _claims(text, lang)), _claims(text, lang)
