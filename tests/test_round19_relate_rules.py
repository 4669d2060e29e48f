"""Round 19 relate() rules: forms of one word (``features.root``), a substitution in otherwise
identical wording, linked scales (a high level vs a fall) and a shared figure that ties a flip."""
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


@pytest.mark.parametrize("x,y", [
    ("تهديد", "يهدد"), ("اعلان", "تعلن"), ("رفضت", "ترفض"), ("اوروبا", "اوروبي"), ("اتفاق", "اتفاقا"),
    ("كيماوي", "كيمياوي"), ("مصر", "مصري"), ("ارتفاع", "يرتفع"), ("مستقر", "استقرار"), ("تخفيض", "خفض"),
    ("announc", "announcement"), ("report", "reported"),
])
def test_forms_of_one_word_share_a_root(x, y):
    assert F.root(x) == F.root(y)


@pytest.mark.parametrize("x,y", [
    ("ارتفاع", "انخفاض"), ("دعم", "عدم"), ("مستشفي", "مدرس"), ("hospital", "school"), ("رفع", "خفض"),
])
def test_different_words_keep_their_roots_apart(x, y):
    assert F.root(x) != F.root(y)


@pytest.mark.parametrize("a,b,reason", [
    ("افتتحت الوزارة مستشفى جديدا في البصرة", "افتتحت الوزارة مدرسة جديدة في البصرة",
     "worded alike but for 'مدرس' vs 'مستشفي'"),
    ("اكتشاف مقبرة أثرية جديدة في مدينة الأقصر جنوب مصر", "اكتشاف مقبرة أثرية جديدة في مدينة أسوان جنوب مصر",
     "worded alike but for 'اسوان' vs 'اقصر'"),
    ("المحكمة تقضي بسجن الناشط الحقوقي خمس سنوات بتهمة التحريض",
     "المحكمة تقضي بسجن الناشط الحقوقي خمس سنوات بتهمة التجسس", "worded alike but for 'تجسس' vs 'تحريض'"),
    ("The ministry opened a new hospital in Basra on Sunday", "The ministry opened a new school in Basra on Sunday",
     "worded alike but for 'hospital' vs 'school'"),
    ("Police arrested the former mayor of the city on corruption charges",
     "Police arrested the former mayor of the city on espionage charges",
     "worded alike but for 'corruption' vs 'espionage'"),
    ("The famous actor was accused of fraud in a Paris court", "The famous actor was accused of assault in a Paris court",
     "worded alike but for 'assault' vs 'fraud'"),
])
def test_one_word_replaced_in_the_same_wording_conflicts(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons[0] == reason


@pytest.mark.parametrize("a,b", [
    # a reporting verb replaced by another
    ("The central bank said inflation eased in the capital", "The central bank announced inflation eased in the capital"),
    ("قالت الشركة إن الأرباح تحسنت في الربع الأخير", "أعلنت الشركة أن الأرباح تحسنت في الربع الأخير"),
    # words on one antonym pole (synonyms)
    ("Oil prices rose sharply after the storm hit the coast", "Oil prices climbed sharply after the storm hit the coast"),
    # forecast words
    ("الحكومة تخطط لبناء ألف مدرسة جديدة في الريف", "الحكومة تنوي بناء ألف مدرسة جديدة في الريف"),
    # forms of one word
    ("ناتالي بورتمان ترفض جائزة إسرائيلية بسبب غزة", "ناتالي بورتمان رفضت جائزة إسرائيلية بسبب غزة"),
    ("The company reports strong demand for its new phone", "The company reported strong demand for its new phone"),
])
def test_no_substitution_for_synonyms_reporting_verbs_or_forms(a, b):
    assert M.substitution(_keys(a), _keys(b)) == []
    r = relate(_claim(a), _claim(b))
    assert r.relation == "agrees"
    assert not any(x.startswith("worded alike") for x in r.reasons)


@pytest.mark.parametrize("a,b", [
    # a scope word replaced: another scope, not another fact (the scope rules decide)
    ("The population of the city is growing fast this decade", "The population of the district is growing fast this decade"),
    ("عدد سكان المدينة ينمو بسرعة هذا العقد", "عدد سكان المحافظة ينمو بسرعة هذا العقد"),
    # a date word replaced: another time (the date rules decide)
    ("The company reported strong profit growth in the first quarter",
     "The company reported strong profit growth in the second quarter"),
    ("قيمت الشركة الناشئة بمبلغ كبير العام الماضي", "قيمت الشركة الناشئة بمبلغ كبير العام الحالي"),
    # three words replaced: more than a substitution
    ("The ministry opened a new hospital in Basra on Sunday", "The governor inaugurated a large school in Basra on Sunday"),
    # too little left the same
    ("Fire hits market", "Flood hits village"),
])
def test_substitution_needs_one_place_and_shared_wording(a, b):
    assert M.substitution(_keys(a), _keys(b)) == []


@pytest.mark.parametrize("a,b,reason", [
    ("تراجع معدل البطالة في مصر خلال الربع الأخير", "معدل البطالة في مصر عند أعلى مستوى خلال الربع الأخير",
     "one says 'اعلي', the other 'تراجع'"),
    ("هبوط إيرادات السياحة المصرية", "إيرادات السياحة المصرية لأعلى مستوى", "one says 'لاعلي', the other 'هبوط'"),
    ("Unemployment in Spain fell in the last quarter", "Unemployment in Spain hit its highest level in the last quarter",
     "one says 'fell', the other 'highest'"),
    ("Tourism revenue in Egypt dropped this year", "Tourism revenue in Egypt at its highest level this year",
     "one says 'dropped', the other 'highest'"),
])
def test_a_high_level_against_a_fall_conflicts(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert reason in r.reasons


@pytest.mark.parametrize("a,b", [
    ("Oil rose to its highest level in a month", "Oil fell"),  # one side holds both scales
    ("Oil rose", "Oil rose to its highest level in a month"),  # poles that go together
])
def test_linked_scales_need_one_scale_each_and_opposite_poles(a, b):
    assert F._linked(_keys(a), _keys(b)) == []


@pytest.mark.parametrize("a,b,reason", [
    ("ارتفاع قياسي لمؤشر نيكاي منذ ١٩٩١", "نيكاي ينخفض لأدنى مستوى منذ ١٩٩١", "one says 'ارتفاع', the other 'ينخفض'"),
    ("بتكوين تقفز 100 بالمئة بعد أن هوت لأدنى مستوى", "بتكوين تهوي 100% بعد صعودها لأعلى مستوى",
     "one says 'لادني', the other 'لاعلي'"),
    ("The index posted its biggest rise since 1991", "Tokyo index slumps to lowest since 1991",
     "one says 'rise', the other 'slumps'"),
])
def test_a_shared_figure_ties_opposite_wording(a, b, reason):
    r = relate(_claim(a), _claim(b))
    assert r.relation == "conflicts"
    assert reason in r.reasons
    assert "negation and opposite wording cancel out" not in r.reasons


@pytest.mark.parametrize("a,b,forms", [
    ("حرب تجارية تهدد علاقات أميركا وأوروبا", "اشتعال فتيل حرب تجارية أميركية أوروبية", {"اوروبا", "اوروبي"}),
    ("مصر توقع اتفاقا جديدا مع البنك الدولي", "اتفاق مصري آخر مع البنك الدولي", {"اتفاقا", "اتفاق"}),
    ("Egypt announces a new deal", "A new deal announcement from Egypt", {"announc", "announcement"}),
])
def test_forms_of_one_word_are_not_one_sided(a, b, forms):
    only_a, only_b = M._diff(_keys(a), _keys(b))
    assert not forms & (only_a | only_b)
    _, pcues = M.shipped_cues(_keys(a), _keys(b), _keys(b).tokset - _keys(a).tokset)
    assert not any(set(xy) == forms for xy, _ in pcues)


@pytest.mark.parametrize("a,b,reason", [
    ("تراجع للدولار وصعود للذهب", "صعود للدولار بالتزامن مع هبوط للذهب",
     "swapped directions: one says 'تراجع' of 'دولار', the other 'صعود'"),
    ("الذهب يصعد مع تراجع الدولار", "تراجع بالذهب مع ارتفاع الدولار",
     "swapped directions: one says 'ارتفاع' of 'دولار', the other 'تراجع'"),
    ("Gold rose as the dollar fell", "Gold fell as the dollar rose",
     "swapped directions: one says 'fell' of 'dollar', the other 'rose'"),
])
def test_opposite_moves_swapped_between_two_names_conflict(a, b, reason):
    for x, y in ((a, b), (b, a)):
        r = relate(_claim(x), _claim(y))
        assert r.relation == "conflicts"
        assert r.reasons == (reason,)


@pytest.mark.parametrize("a,b", [
    # the same moves told in another order
    ("الذهب يرتفع.. والدولار يهبط أمام العملات الرئيسية", "ارتفاع للذهب و هبوط للدولار أمام العملات الرئيسية"),
    ("Gold rose as the dollar fell", "The dollar fell and gold rose"),
    # each move could belong to either name: no reading
    ("Stocks fell in Tokyo and rose in London", "Stocks rose in Tokyo and fell in London"),
    # one name, said twice: no pair of names to swap (found by the hypothesis test of test_relate.py)
    ("النفط النفط ارتفع انخفض", "النفط ارتفع انخفض"),
])
def test_no_swap_when_moves_keep_their_names_or_are_ambiguous(a, b):
    ka, kb = _keys(a), _keys(b)
    assert not any(s.reason.startswith("swapped") for s in F.antonyms(ka, kb))
