"""Round 23 relate() rules from the ANS train error analysis: opposite moves swapped between two
movers (a currency, a commodity, a company) and one act with its two parties in the other order."""
from __future__ import annotations

import pytest

from factcheck.match import features as F
from factcheck.match import model as M
from factcheck.match.keys import claim_keys
from factcheck.match.relate import relate
from factcheck.models import Claim


def _claim(text: str) -> Claim:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    return Claim(0, len(text), text, lang)


def _keys(text: str):
    return claim_keys(_claim(text))


# 1. swapped directions: the poles attach to the movers both name, not to the words around them
@pytest.mark.parametrize("a,b,reason", [
    ("ارتفاع سعر الذهب مع تراجع طفيف لليورو", "تراجع سعر الذهب مع ارتفاع طفيف لليورو",
     "swapped directions: one says 'ارتفاع' of 'يورو', the other 'تراجع'"),
    ("ارتفاع أسهم أرامكو مع انخفاض أسعار النفط", "انخفاض أسهم أرامكو مع ارتفاع أسعار النفط",
     "swapped directions: one says 'ارتفاع' of 'ارامكو', the other 'انخفاض'"),
    ("صعود الجنيه الإسترليني وهبوط الدولار بعد قرار المركزي",
     "صعود الدولار وهبوط الجنيه الإسترليني بعد قرار المركزي",
     "swapped directions: one says 'صعود' of 'دولار', the other 'وهبوط'"),
    ("A rise in oil prices as the dollar falls sharply", "A sharp fall in oil prices as the dollar rises",
     "swapped directions: one says 'falls' of 'dollar', the other 'rises'"),
    ("Higher euro and a lower pound after the vote", "Higher pound and a lower euro after the vote",
     "swapped directions: one says 'higher' of 'euro', the other 'lower'"),
])
def test_moves_swapped_between_two_movers_conflict(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons == (reason,)


@pytest.mark.parametrize("a,b", [
    # the same moves in another order or wording
    ("الذهب يرتفع والدولار يتراجع أمام العملات", "تراجع للدولار وارتفاع للذهب أمام العملات"),
    ("Gold gains as the dollar slips", "The dollar slips while gold gains"),
    ("ارتفاع سعر الذهب مع تراجع طفيف لليورو", "تراجع طفيف لليورو يقابله ارتفاع سعر الذهب"),
])
def test_moves_kept_by_their_movers_are_no_swap(a, b):
    assert not any(s.reason.startswith("swapped") for s in F.antonyms(_keys(a), _keys(b)))
    assert relate(_claim(a), _claim(b)).relation != "conflicts"


# 2. swapped roles: "X <act> Y" vs "Y <act> X"
@pytest.mark.parametrize("a,b,reason", [
    ("السعودية تتهم إيران بدعم الهجمات على الناقلات", "إيران تتهم السعودية بدعم الهجمات على الناقلات",
     "swapped roles: one says 'ايران تتهم سعودي', the other 'سعودي تتهم ايران'"),
    ("بريطانيا تطالب فرنسا بتعويضات عن الصيد", "فرنسا تطالب بريطانيا بتعويضات عن الصيد",
     "swapped roles: one says 'بريطانيا تطالب فرنسا', the other 'فرنسا تطالب بريطانيا'"),
    # the second party after a word both say there
    ("الهند تحظر منتجات صينية جديدة", "الصين تحظر منتجات هندية جديدة",
     "swapped roles: one says 'صين تحظر منتج هندي', the other 'هند تحظر منتج صيني'"),
    ("الجزائر تستدعي سفير المغرب", "المغرب يستدعي سفير الجزائر",
     "swapped roles: one says 'جزاير تستدعي سفير مغرب', the other 'مغرب يستدعي سفير جزاير'"),
])
def test_parties_swapped_around_one_act_conflict(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons == (reason,)


@pytest.mark.parametrize("a,b", [
    # English keys keep no voice: a passive with its agent reads like the active in the other order,
    # so English claims get no role reversal (polarity.VOICED)
    ("Merkel warns Trump over the trade war", "Trump is warned by Merkel over the trade war"),
    ("Seoul accuses Pyongyang of cyber attacks", "Pyongyang is accused by Seoul of cyber attacks"),
    # acts that go both ways (relate_synonyms.json "reciprocal")
    ("بوتين يلتقي ماكرون في باريس", "ماكرون يلتقي بوتين في باريس"),
    ("مصر تتفاوض مع إثيوبيا حول السد", "إثيوبيا تتفاوض مع مصر حول السد"),
    ("Biden meets Macron in Paris", "Macron meets Biden in Paris"),
    ("Egypt talks with Ethiopia over the dam", "Ethiopia talks with Egypt over the dam"),
    # two parties joined, no act between them
    ("Egypt and Ethiopia sign a deal on the dam", "Ethiopia and Egypt sign a deal on the dam"),
    ("Apple and Samsung settle their patent dispute", "Samsung and Apple settle their patent dispute"),
    # a move between two names belongs to one of them, it is no act of one on the other
    ("الذهب يرتفع والدولار يتراجع أمام العملات", "تراجع للدولار وارتفاع للذهب أمام العملات"),
])
def test_no_role_swap(a, b):
    assert not F.reversal(_keys(a), _keys(b))
    assert relate(_claim(a), _claim(b)).relation != "conflicts"


# 3. learned contradiction words on both sides, each its own, in claims that share their wording
@pytest.mark.parametrize("a,b,reason", [
    ("النقابة ترفض عرض الحكومة لإنهاء الإضراب في الموانئ", "تأييد عمالي لعرض إنهاء الإضراب",
     "one says 'تاييد', the other 'ترفض'"),
    ("الوزير يشيد بأداء الشرطة في الاحتجاجات", "تجاهل رسمي لشكاوى المحتجين من أداء الشرطة",
     "one says 'تجاهل', the other 'يشيد'"),
])
def test_learned_words_on_both_sides_conflict(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons[0] == reason


@pytest.mark.parametrize("a,b", [
    # two stories that name one actor: each side's word is about another matter
    ("الحكومة اللبنانية ترفض خطة الإصلاح المالي الجديدة",
     "تأييد شعبي لزيارة الرئيس الفرنسي إلى بيروت لدعم الحكومة اللبنانية"),
    ("النقابة ترفض عرض الحكومة في الموانئ", "تأييد عمالي واسع للحكومة بعد أزمة الوقود والكهرباء والخبز والمياه"),
])
def test_learned_words_on_both_sides_of_different_stories_do_not_conflict(a, b):
    assert relate(_claim(a), _claim(b)).relation != "conflicts"


# 4. an Arabic adjective of relation (ـي) is no reporting verb met by its root (علني/أعلن, عربي/أعرب)
@pytest.mark.parametrize("a,b,reason", [
    ("البرلمان يعقد جلسة علنية لمناقشة قانون الموازنة", "البرلمان يعقد جلسة سرية لمناقشة قانون الموازنة",
     "worded alike but for 'سري' vs 'علني'"),
    ("مؤتمر عربي في القاهرة لدعم اللاجئين السوريين", "مؤتمر دولي في القاهرة لدعم اللاجئين السوريين",
     "worded alike but for 'دولي' vs 'عربي'"),
])
def test_adjective_of_relation_is_no_reporting_verb(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons[0] == reason


@pytest.mark.parametrize("a,b", [
    ("الوزير يعلن خطة لدعم المزارعين في الجنوب", "الوزير يكشف خطة لدعم المزارعين في الجنوب"),
    ("The minister announced a plan to support farmers", "The minister unveiled a plan to support farmers"),
])
def test_reporting_verbs_replaced_still_agree(a, b):
    assert relate(_claim(a), _claim(b)).relation == "agrees"


# 5. a learned word the other side says with a one-letter proclitic (برغم, لمصر) is said by both
@pytest.mark.parametrize("a,b,word", [
    ("الليرة تتماسك برغم ضغوط التضخم", "تماسك الليرة رغم ضغوط التضخم", "رغم"),
])
def test_learned_word_with_a_proclitic_is_not_one_sided(a, b, word):
    ka, kb = _keys(a), _keys(b)
    assert word not in {w for w, _ in M._one_sided_cues(ka, kb)}
    assert word not in {w for w, _ in M.shipped_cues(ka, kb, kb.tokset - ka.tokset)[0]}
    for x, y in ((a, b), (b, a)):
        assert relate(_claim(x), _claim(y)).relation == "agrees"
