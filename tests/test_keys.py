"""Matching keys: transliteration skeletons, negation cues, entities, quantities and blocking keys."""
import pytest

from factcheck.match.blocking import blocking_keys
from factcheck.match.keys import claim_keys, fuzzy_score
from factcheck.match.names import skeleton
from factcheck.match.qkeys import qkey
from factcheck.models import Claim, DateRef, Quantity


def claim(text, language=None, **kw):
    language = language or ("ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en")
    return Claim(0, len(text), text, language, **kw)


@pytest.mark.parametrize("latin, arabic", [
    ("Musk", "ماسك"), ("Reuters", "رويترز"), ("Bloomberg", "بلومبرغ"), ("Google", "جوجل"),
    ("Microsoft", "مايكروسوفت"), ("Anthropic", "أنثروبيك"), ("Tesla", "تسلا"), ("Nvidia", "إنفيديا"),
    ("Washington", "واشنطن"), ("Elon", "إيلون"), ("Trump", "ترامب"),
])
def test_skeleton_matches_across_scripts(latin, arabic):
    assert skeleton(latin) == skeleton(arabic)


@pytest.mark.parametrize("a, b", [("Musk", "Reuters"), ("ماسك", "رويترز"), ("Tesla", "Bloomberg")])
def test_skeleton_separates_different_names(a, b):
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize("text, names", [
    ("استقالة في شركة إكس إيه آي", {"ks"}),              # letter-by-letter spelling of xAI
    ("Resignations at xAI", {"ks"}),
    ("أعلن إيلون ماسك", {"ln", "msk"}),
    ("Reuters reported", {"rtrs"}),
])
def test_name_skeletons(text, names):
    assert names <= claim_keys(claim(text)).names


@pytest.mark.parametrize("text, cues", [
    ("الحكومة لم تعلن أي زيادة", ("لم",)),
    ("ولن تشارك مصر في القمة", ("لن",)),
    ("الشركة تنفي تسريح الموظفين", ("تنفي",)),
    ("لا يزال الذهب مرتفعا", ()),                     # continuity, not negation
    ("لا سيما في الصيف", ()),
    ("ما هي أسباب الأزمة", ()),
    ("ما سر انسحاب الشركة من السوق؟", ()),            # interrogative ما
    ("نشر الموقع ما قاله الوزير عن الموازنة", ()),    # relative ما
    ("The company did not cut jobs", ("not",)),
    ("Officials denied the report", ("denied",)),
    ("It is no longer profitable", ("no",)),
    ("The firm didn't confirm", ("didn",)),
    ("Prices rose sharply", ()),
    # a denial verb carrying the pronoun of what it denies
    ("وهو ما نفته السلطات الإقليمية", ("نفته",)),
    ("الأمر الذي نفاه المتحدث باسم الجيش", ("نفاه",)),
    ("وهو ما تنفيه الحكومة", ("تنفيه",)),
    # bounds and "non-" compounds are not negations (the extractor may still flag them)
    ("ارتفعت الحصيلة إلى ما لا يقل عن 80 قتيلا", ()),
    ("بلغت الصادرات غير النفطية 12 مليار دولار", ()),
    ("شاركت المنظمات غير الحكومية في الاجتماع", ()),
    ("وصل عدد الزوار إلى ما لا يقل عن ألف زائر", ()),
    ("عدد المصابين لا يتجاوز 40 شخصا", ()),
    ("التقرير غير صحيح", ("غير",)),
    ("No fewer than 40 villages were flooded", ()),
    ("The budget is not more than $2 billion", ()),
    ("Non-oil exports grew 9%", ()),
])
def test_negation_cues(text, cues):
    assert claim_keys(claim(text)).negations == cues
    assert claim_keys(claim(text, negated=True)).negations == cues or cues == ()


@pytest.mark.parametrize("text, negations", [
    ("The minister won't attend", ("won't",)),   # a contraction the cue lists miss: quoted as written
    ("Prices rose", ()),                          # a flag with no word to quote is not a negation
    ("بلغت الإيرادات غير النفطية 5 مليارات", ()),
])
def test_extractor_flag_counts_only_with_a_word_to_quote(text, negations):
    assert claim_keys(claim(text, negated=True)).negations == negations


@pytest.mark.parametrize("text, entity", [
    ("قفزة لإنتاج ليبيا من الغاز", "libya"), ("الرئيس المصري يزور باريس", "egypt"),
    ("الولايات المتحدة تفرض عقوبات", "usa"), ("Egyptian gas output jumped", "egypt"),
    ("according to Bloomberg", "bloomberg"), ("نقلا عن وكالة رويترز", "reuters"),
])
def test_entities(text, entity):
    assert entity in claim_keys(claim(text)).entities


def test_multiword_alias_hides_its_parts():
    ents = claim_keys(claim("المملكة المتحدة وكوريا الجنوبية")).entities
    assert "uk" in ents and "korea_south" in ents


@pytest.mark.parametrize("text, poles", [
    ("ارتفاع أسعار النفط", {("ar:movement", 1)}),
    ("وانخفضت أسعار النفط", {("ar:movement", -1)}),
    ("أرامكو ترفع أسعار الوقود", {("ar:movement", 1)}),
    ("حكم ببراءة المتهم", {("ar:detention", -1)}),
    ("Oil prices fell", {("en:movement", -1)}),
    ("The board approved the deal", {("en:decision", 1)}),
])
def test_antonym_poles(text, poles):
    assert poles <= {(g, s) for g, s, _ in claim_keys(claim(text)).poles}


@pytest.mark.parametrize("value, qualifier, inside, outside", [
    (120, "exact", [120, 120.5], [115, 130]),
    (120, "about", [110, 130], [100, 140]),
    # one-sided qualifiers reach ×1.5 past their bound: "at least 100" fits 150, not 300
    (100, "at_least", [100, 150], [99, 151, 300]),
    (100, "more_than", [101, 150], [100, 90, 300]),
    (100, "at_most", [67, 100], [101, 50]),
    (100, "less_than", [67, 99], [100, 120, 20]),
])
def test_qualifier_intervals(value, qualifier, inside, outside):
    q = qkey(value, "person", qualifier, None)
    assert all(q.low <= v <= q.high for v in inside)
    assert not any(q.low <= v <= q.high for v in outside)


def test_stopwords_removed_from_key_text():
    k = claim_keys(claim("قال المتحدث إن الشركة في أزمة"))
    assert "في" not in k.tokens and "ان" not in k.tokens and "قال" not in k.tokens
    assert k.text == "متحدث شرك ازم"


def test_blocking_keys_share_frame_across_languages():
    q_ar = (Quantity(0, 3, "500", 500.0, "person"),)
    q_en = (Quantity(0, 3, "500", 500.0, "person"),)
    a = claim("سرحت شركة إكس إيه آي 500 موظف", event="layoff", quantities=q_ar,
              dates=(DateRef(0, 1, "x", "2025-02"),))
    b = claim("xAI laid off 500 employees", event="layoff", quantities=q_en,
              dates=(DateRef(0, 1, "x", "2025-02-11"),))
    shared = blocking_keys(a) & blocking_keys(b)
    assert {"ev:layoff", "ent:xai", "q:person:e2", "q:person:500", "d:2025"} <= shared


def test_blocking_keys_of_unrelated_claims_hardly_overlap():
    a = blocking_keys(claim("Oil prices fell in Asia"))
    b = blocking_keys(claim("The court acquitted the director"))
    assert not a & b


@pytest.mark.parametrize("a, b, low, high", [
    ("ارتفاع اسعار النفط", "اسعار النفط ارتفاع", 99, 100),
    ("ارتفاع اسعار النفط", "هبوط الذهب", 0, 50),
    ("", "anything", 0, 0),
])
def test_fuzzy_score(a, b, low, high):
    assert low <= fuzzy_score(a, b) <= high
