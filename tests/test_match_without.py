"""Prepositions of absence ("without", دون، بدون، بلا، من دون) negate only the noun after them, not the
claim: "arrested 5 protesters without warrants" tells the same arrest as "arrested 5 protesters".
Two tellings conflict on it only when the other one states what the first says was absent ("ended
without an agreement" vs "ended with an agreement")."""
from __future__ import annotations

import pytest

from factcheck.match.compare import compare
from factcheck.match.keys import claim_keys
from factcheck.match.relate import relate
from factcheck.match.stored import dump, load
from factcheck.models import Claim


def _claim(text: str) -> Claim:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    return Claim(0, len(text), text, lang)


@pytest.mark.parametrize("a,b", [
    ("Police arrested 5 protesters on Monday.", "Police arrested 5 protesters without warrants on Monday."),
    ("The company laid off 300 workers.", "The company laid off 300 workers without notice."),
    ("The minister left Cairo on Monday.", "The minister left Cairo on Monday without making a statement."),
    ("ضبطت السلطات 270 ألف شخص حاولوا أداء الحج.", "ضبطت السلطات 270 ألف شخص حاولوا أداء الحج دون تصريح."),
    ("غادر الوزير القاهرة يوم الاثنين.", "غادر الوزير القاهرة يوم الاثنين دون أن يدلي بأي تصريح."),
    ("فاز الهلال على النصر بهدفين.", "فاز الهلال على النصر بهدفين دون رد."),
    ("وزعت الجمعية 5000 وجبة على الأسر.", "وزعت الجمعية 5000 وجبة على الأسر بدون مقابل."),
    ("أفرجت السلطات عن 40 معتقلا.", "أفرجت السلطات عن 40 معتقلا من دون شروط."),
    ("أنهى العمال إضرابهم بعد 12 يوما.", "أنهى العمال إضرابهم بعد 12 يوما بلا مكاسب."),
])
def test_an_absent_circumstance_does_not_negate_the_claim(a, b):
    r = relate(_claim(a), _claim(b))
    assert r.relation != "conflicts", r.reasons
    assert not any("negated" in x for x in r.reasons)
    assert not claim_keys(_claim(b)).negated


@pytest.mark.parametrize("a,b,word", [
    ("The talks ended without an agreement.", "The talks ended with an agreement.", "agreement"),
    ("انتهت المفاوضات دون اتفاق.", "انتهت المفاوضات باتفاق.", "اتفاق"),
    ("The rally passed without violence, police said.", "The rally was marred by violence, police said.", "violence"),
    # what is absent is what the other reports happening: a light noun («سقوط», "causing") leads to it
    ("قتل 500 مواطن جراء القصف الجوي على الغوطة", "قصف جوي على الغوطة دون سقوط ضحايا", "ضحايا"),
    ("The airstrike killed 12 civilians.", "The airstrike hit the town without causing casualties.", "casualt"),
    ("الانتخابات المصرية بدون مرشحين", "تعرف على مرشحي الانتخابات المصرية", "مرشح"),
])
def test_what_one_says_was_absent_and_the_other_states_conflicts(a, b, word):
    r = compare(a, b)  # extracted claims: their events count
    assert r.relation == "conflicts", r.reasons
    assert any(word in x and "without" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a,b", [
    ("The talks ended without an agreement.", "The talks ended without any agreement."),
    ("انتهت المفاوضات دون اتفاق.", "انتهت المفاوضات من دون أي اتفاق."),
])
def test_both_without_it_agree_on_it(a, b):
    assert relate(_claim(a), _claim(b)).relation != "conflicts"


def test_a_real_negation_still_conflicts():
    r = relate(_claim("The company did not lay off 300 workers."), _claim("The company laid off 300 workers without notice."))
    assert r.relation == "conflicts"
    assert any("negated ('not')" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("text,lacks", [
    ("Police arrested 5 protesters without warrants.", {"warrant"}),
    ("غادر الوزير دون أن يدلي بأي تصريح.", {"يدلي"}),
    ("وصل الوفد بلا شك إلى القاهرة.", set()),  # an adverbial set phrase lacks nothing
    ("The mayor resigned.", set()),
])
def test_keys_hold_what_is_said_to_be_absent_and_frames_keep_it(text, lacks):
    k = claim_keys(_claim(text))
    assert {w for _, w in k.lacks} == lacks
    assert not k.negated
    assert load(dump(k)) == k
