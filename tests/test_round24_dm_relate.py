"""Round 24 relate() lexicon additions: antonym pairs from ANS train disagree pairs (allow/close,
warn/welcome, execution/acquittal, inject/withdraw), «بلا» as a negation (not in its set phrases), and
compound nationality adjectives as entity mentions (الجنوب أفريقي, South Korean)."""
from __future__ import annotations

import pytest

from factcheck.match.keys import claim_keys
from factcheck.match.relate import relate
from factcheck.models import Claim


def _claim(text: str) -> Claim:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    return Claim(0, len(text), text, lang)


@pytest.mark.parametrize("a,b,reason", [
    # access: letting through vs closing
    ("Jordan allows Syrian refugees to cross at the Jaber border post",
     "Jordan closes the Jaber border post to Syrian refugees", "one says 'allows', the other 'closes'"),
    ("سلطات الاحتلال تسمح للمصلين بدخول المسجد الأقصى صباح الجمعة",
     "سلطات الاحتلال تغلق المسجد الأقصى أمام المصلين صباح الجمعة", "one says 'تسمح', the other 'تغلق'"),
    ("تركيا تسمح للسفن بعبور مضيق البوسفور", "تركيا تغلق مضيق البوسفور أمام السفن",
     "one says 'تسمح', the other 'تغلق'"),
    # judgement: warns of vs welcomes
    ("The European Commission warns about the merger of the two telecom groups",
     "The European Commission welcomes the merger of the two telecom groups",
     "one says 'warns', the other 'welcomes'"),
    ("صندوق النقد الدولي يحذر من خطة الحكومة التونسية لدعم الوقود",
     "صندوق النقد الدولي يرحب بخطة الحكومة التونسية لدعم الوقود", "one says 'يحذر', the other 'يرحب'"),
    # detention: execution vs acquittal
    ("The Saudi court ordered the execution of the three fishermen",
     "The Saudi court ordered the acquittal of the three fishermen", "one says 'acquittal', the other 'execution'"),
    ("محكمة الجنايات تصدر حكما بإعدام الطبيب المتهم", "محكمة الجنايات تصدر حكما ببراءة الطبيب المتهم",
     "one says 'باعدام', the other 'ببراءه'"),
    # flow: put into vs taken out of a market
    ("مصرف لبنان يضخ الدولارات في السوق عبر منصة صيرفة", "مصرف لبنان يسحب الدولارات من السوق عبر منصة صيرفة",
     "one says 'يسحب', the other 'يضخ'"),
    ("The Fed pumped liquidity into money markets on Tuesday", "The Fed drained liquidity from money markets on Tuesday",
     "one says 'drained', the other 'pumped'"),
    ("The central bank injects billions into the local market",
     "The central bank withdraws billions from the local market", "one says 'injects', the other 'withdraws'"),
    # admit vs deny (a denial verb negates), shrink vs grow
    ("النادي يعترف بمخالفة قواعد اللعب المالي النظيف", "النادي ينفي مخالفة قواعد اللعب المالي النظيف",
     "only one is negated ('ينفي')"),
    ("The club admits breaching financial fair play rules", "The club denies breaching financial fair play rules",
     "only one is negated ('denies')"),
    ("انكماش الاقتصاد الألماني خلال الربع الثالث", "نمو الاقتصاد الألماني خلال الربع الثالث",
     "one says 'انكماش', the other 'نمو'"),
    ("The German economy shrank in the third quarter", "The German economy grew in the third quarter",
     "one says 'grew', the other 'shrank'"),
    # بلا: "without" negates the noun after it, and the other side states that noun
    ("اجتماع بلا نتائج بين وزيري خارجية البلدين", "اجتماع ذو نتائج بين وزيري خارجية البلدين",
     "only one says without 'نتايج' ('بلا')"),
    ("الشركة تطرح هواتف بلا شواحن في أسواق الخليج", "الشركة تطرح هواتف مع شواحن في أسواق الخليج",
     "only one says without 'شواحن' ('بلا')"),
])
def test_opposites_conflict(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons == (reason,)


@pytest.mark.parametrize("a,b", [
    # بلا in a set phrase is no negation
    ("المنتخب المغربي فاز بلا شك بأفضل أداء في البطولة", "المنتخب المغربي فاز بأفضل أداء في البطولة"),
    ("واصل الجيش قصفه بلا هوادة على أحياء المدينة", "واصل الجيش قصفه على أحياء المدينة"),
    # the same pole on both sides, in other forms
    ("The UN warns of famine in northern Gaza", "The UN warned of famine in northern Gaza"),
    ("الأمم المتحدة تحذر من مجاعة في شمال غزة", "حذرت الأمم المتحدة من مجاعة في شمال غزة"),
    ("The ministry allowed trucks to enter and opened the crossing", "The ministry opened the crossing to trucks"),
    ("The army withdrew troops from the town", "The army withdrew its troops from the town"),
    # حذر as "cautious" is no warning
    ("الحكومة ترحب بحذر بقرار المحكمة الدستورية", "الحكومة ترحب بقرار المحكمة الدستورية"),
    # a nationality adjective names its country
    ("رئيس جنوب أفريقيا يزور الجزائر", "الرئيس الجنوب أفريقي يزور الجزائر"),
    ("وزير الخارجية السعودي يستقبل نظيره الأردني", "وزير خارجية السعودية يستقبل نظيره الأردني"),
    ("الرئيس الكوري الجنوبي يزور واشنطن", "رئيس كوريا الجنوبية يزور واشنطن"),
])
def test_same_sense_agrees(a, b):
    for x, y in ((a, b), (b, a)):
        assert relate(_claim(x), _claim(y)).relation == "agrees"


@pytest.mark.parametrize("text,entities", [
    ("الرئيس الجنوب أفريقي يزور الجزائر", {"south_africa": "place", "algeria": "place"}),
    ("المنتخب الجنوب إفريقية يتأهل", {"south_africa": "place"}),
    ("The South African rand firmed", {"south_africa": "place"}),
    ("African leaders met in Addis Ababa", {"africa": "place"}),
    ("الزعيم الكوري الشمالي يشرف على تجربة صاروخية", {"korea_north": "place"}),
    ("North Korean hackers stole crypto", {"korea_north": "place"}),
    ("The South Korean won fell", {"korea_south": "place"}),
])
def test_nationality_entities(text, entities):
    assert claim_keys(_claim(text)).entities == entities


@pytest.mark.parametrize("a,b,reason", [
    ("The South African president visits Algeria", "The Nigerian president visits Algeria",
     "different place: nigeria vs south_africa"),
    ("The South Korean president visits Washington", "The North Korean leader visits Washington",
     "different place: korea_north vs korea_south"),
])
def test_other_nationality_is_a_swap(a, b, reason):
    r = relate(_claim(a), _claim(b))
    assert r.relation == "conflicts"
    assert r.reasons == (reason,)
