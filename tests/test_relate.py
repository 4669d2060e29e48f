"""relate(): agreement, conflict, relatedness and unrelatedness from frames, with checkable reasons."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.match.relate import Relation, relate
from factcheck.models import Claim, DateRef, Quantity

AR = "ar"
EN = "en"


def q(value, unit="person", qualifier="exact", total=None, text="n"):
    return Quantity(0, len(text), text, float(value), unit, qualifier, total)


def d(value):
    return DateRef(0, 1, "x", value)


def c(text, language=None, **kw):
    language = language or (AR if any("\u0600" <= ch <= "\u06ff" for ch in text) else EN)
    return Claim(0, len(text), text, language, **kw)


def both_ways(a, b) -> Relation:
    r, s = relate(a, b), relate(b, a)
    assert r.relation == s.relation
    return r


QUANTITY_CASES = [
    # (a claim, b claim, relation, a reason fragment)
    (c("Acme laid off 500 workers", event="layoff", quantities=(q(500, qualifier="about"),)),
     c("Acme laid off 520 workers", event="layoff", quantities=(q(520),)), "agrees", "both say about 500 people"),
    (c("Acme laid off 120 people", event="layoff", quantities=(q(120),)),
     c("Acme laid off 300 people", event="layoff", quantities=(q(300),)), "conflicts", "120 people vs 300 people"),
    (c("Acme is valued at $4.3 billion", quantities=(q(4.3e9, "USD"),)),
     c("Acme is valued at $4,300 million", quantities=(q(4300e6, "USD"),)), "agrees", "4.3 billion USD"),
    (c("Acme cut at least 120 jobs", event="layoff", quantities=(q(120, qualifier="at_least"),)),
     c("Acme cut 150 jobs", event="layoff", quantities=(q(150),)), "agrees", "at least 120"),
    (c("Acme cut more than 100 jobs", event="layoff", quantities=(q(100, qualifier="more_than"),)),
     c("Acme cut 120 jobs", event="layoff", quantities=(q(120),)), "agrees", "both say"),
    (c("Acme cut a quarter of its 480 staff", event="layoff", quantities=(q(120, total=480),)),
     c("Acme cut 120 staff", event="layoff", quantities=(q(120),)), "agrees", "120 people of 480"),
    (c("أعلنت شركة أكمي تسريح 500 موظف", event="layoff", quantities=(q(500),)),
     c("شركة أكمي تسرح 700 موظف", event="layoff", quantities=(q(700),)), "conflicts", "500 people vs 700 people"),
    (c("أعلنت شركة أكمي تسريح نحو 500 موظف", event="layoff", quantities=(q(500, qualifier="about"),)),
     c("شركة أكمي تسرح 480 موظفا", event="layoff", quantities=(q(480),)), "agrees", "about 500 people"),
    (c("Acme cut fewer than 100 jobs", event="layoff", quantities=(q(100, qualifier="less_than"),)),
     c("Acme cut 250 jobs", event="layoff", quantities=(q(250),)), "conflicts", "less than 100 people"),
]


@pytest.mark.parametrize("a, b, relation, reason", QUANTITY_CASES)
def test_quantities(a, b, relation, reason):
    r = both_ways(a, b)
    assert r.relation == relation
    assert any(reason in x for x in r.reasons), r.reasons


def test_unit_mismatch_is_not_a_conflict():
    a = c("Acme laid off 500 workers", event="layoff", quantities=(q(500),))
    b = c("Acme laid off workers to save 500 dollars", event="layoff", quantities=(q(500, "USD"),))
    r = both_ways(a, b)
    assert r.relation != "conflicts"


DATE_CASES = [
    (c("Acme founded its lab in May 2024", event="founding", dates=(d("2024-05"),)),
     c("Acme founded its lab on 28 May 2024", event="founding", dates=(d("2024-05-28"),)),
     "agrees", "both date it May 2024"),
    (c("Acme was founded in 2021", event="founding", dates=(d("2021"),)),
     c("Acme was founded in March 2023", event="founding", dates=(d("2023-03"),)),
     "conflicts", "2021 vs March 2023"),
    (c("تأسست شركة أكمي عام 2021", event="founding", dates=(d("2021"),)),
     c("تأسست شركة أكمي في مارس 2023", event="founding", dates=(d("2023-03"),)),
     "conflicts", "2021 vs March 2023"),
    (c("Acme was valued at $10 billion last year", dates=(d("2024"),), quantities=(q(1e10, "USD"),)),
     c("Acme is valued at $25 billion this year", dates=(d("2025"),), quantities=(q(2.5e10, "USD"),)),
     "related", "different times: 2024 vs 2025"),
]


@pytest.mark.parametrize("a, b, relation, reason", DATE_CASES)
def test_dates(a, b, relation, reason):
    r = both_ways(a, b)
    assert r.relation == relation
    assert any(reason in x for x in r.reasons), r.reasons


POLARITY_CASES = [
    ("الحكومة رفعت أسعار الوقود هذا الشهر", "الحكومة لم ترفع أسعار الوقود هذا الشهر", "only one is negated ('لم')"),
    ("مصر تشارك في القمة الاقتصادية", "مصر لن تشارك في القمة الاقتصادية", "only one is negated ('لن')"),
    ("الشركة أكدت تسريح الموظفين", "الشركة نفت تسريح الموظفين", "only one is negated ('نفت')"),
    ("ارتفاع أسعار الذهب في الأسواق العالمية", "انخفاض أسعار الذهب في الأسواق العالمية", "one says 'ارتفاع', the other 'انخفاض'"),
    ("البنك المركزي يرفع سعر الفائدة", "البنك المركزي يخفض سعر الفائدة", "one says 'يخفض', the other 'يرفع'"),
    ("المنتخب فاز في المباراة النهائية", "المنتخب خسر في المباراة النهائية", "one says"),
    ("البرلمان وافق على قانون الضرائب", "البرلمان رفض قانون الضرائب", "one says"),
    ("تأجيل الانتخابات البلدية في تونس", "بدء الانتخابات البلدية في تونس", "one says"),
    ("The company confirmed the layoffs", "The company denied the layoffs", "only one is negated ('denied')"),
    ("The central bank will raise interest rates", "The central bank will cut interest rates", "one says 'cut', the other 'raise'"),
    ("Oil prices rose on Monday", "Oil prices fell on Monday", "one says 'fell', the other 'rose'"),
    ("The senate approved the budget bill", "The senate rejected the budget bill", "one says"),
    ("The team won the final", "The team lost the final", "one says"),
    ("The firm cut jobs in Texas", "The firm didn't cut jobs in Texas", "only one is negated ('didn')"),
    ("The minister will attend the summit", "The minister will never attend the summit", "only one is negated ('never')"),
]


@pytest.mark.parametrize("a, b, reason", POLARITY_CASES)
def test_negation_and_antonyms_conflict(a, b, reason):
    r = both_ways(c(a), c(b))
    assert r.relation == "conflicts"
    assert any(reason in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a, b, reason", [
    # opposite poles on two scales at once are one opposition, not two that cancel
    ("الفضة ترتفع إلى أعلى مستوى في ثلاثة أشهر", "الفضة تنخفض إلى أدنى مستوى في ثلاثة أشهر", "one says"),
    ("Copper climbed to its highest level in a month", "Copper fell to its lowest level in a month", "one says"),
    # opposites mined from ANS train (continue vs postpone, allow vs ban, announce vs deny)
    ("استمرار التصويت في انتخابات نقابة المهندسين", "تأجيل التصويت في انتخابات نقابة المهندسين", "one says"),
    ("الكويت تتيح زراعة القمح في المناطق الشمالية", "الكويت تحظر زراعة القمح في المناطق الشمالية", "one says"),
    ("The union announced a strike at the port of Antwerp", "The union denied a strike at the port of Antwerp",
     "only one is negated"),
    ("The court acquitted the former mayor of Lyon", "The court accused the former mayor of Lyon", "one says"),
])
def test_opposites_conflict(a, b, reason):
    r = both_ways(c(a), c(b))
    assert r.relation == "conflicts", r.reasons
    assert any(reason in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a, b", [
    ("Oil prices did not rise on Monday", "Oil prices fell on Monday"),
    ("أسعار النفط لم ترتفع اليوم", "أسعار النفط انخفضت اليوم"),
])
def test_negated_antonym_cancels(a, b):
    assert both_ways(c(a), c(b)).relation == "agrees"


SWAP_CASES = [
    ("إنتاج مصر من الغاز يحقق قفزة في أكتوبر", "إنتاج ليبيا من الغاز يحقق قفزة في أكتوبر", "different place: egypt vs libya"),
    ("Reuters first reported the layoffs at Acme", "Bloomberg first reported the layoffs at Acme",
     "different outlet: bloomberg vs reuters"),
    ("الأمير وليام يبدأ جولته بزيارة الأردن", "الأمير وليام يبدأ جولته بزيارة السعودية", "different place"),
]


@pytest.mark.parametrize("a, b, reason", SWAP_CASES)
def test_swapped_entities_conflict(a, b, reason):
    r = both_ways(c(a), c(b))
    assert r.relation == "conflicts"
    assert any(reason in x for x in r.reasons), r.reasons


RELATED_CASES = [
    (c("The city has 2 million residents", quantities=(q(2e6),)),
     c("The district's 300,000 residents voted", quantities=(q(3e5),))),
    (c("يبلغ عدد سكان المدينة 2 مليون نسمة", quantities=(q(2e6),)),
     c("صوت سكان الحي البالغ عددهم 300 ألف", quantities=(q(3e5),))),
    (c("Egypt's population reached 105 million", quantities=(q(1.05e8),)),
     c("Libya's population reached 7 million", quantities=(q(7e6),))),
    (c("Acme, led by Musk, employs 1,200 people", subject_key="Acme", quantities=(q(1200),)),
     c("Globex, led by Musk, employs 300 people", subject_key="Globex", quantities=(q(300),))),
]


@pytest.mark.parametrize("a, b", RELATED_CASES)
def test_different_subjects_or_times_are_related_not_conflicts(a, b):
    assert both_ways(a, b).relation == "related"


AGREE_CASES = [
    ("Oil prices rose on Monday", "Oil prices rose sharply on Monday in Asian trade"),
    ("ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية", "أسعار النفط ترتفع مع تراجع المخزونات الأمريكية"),
    ("إطلاق سراح معتقل سعودي من غوانتانامو", "الولايات المتحدة تطلق سراح معتقل سعودي من غوانتانامو"),
]


@pytest.mark.parametrize("a, b", AGREE_CASES)
def test_paraphrases_agree(a, b):
    assert both_ways(c(a), c(b)).relation == "agrees"


CROSS_CASES = [
    (c("أعلنت شركة إكس إيه آي المملوكة لإيلون ماسك تسريح 500 موظف", event="layoff", quantities=(q(500),)),
     c("Elon Musk's xAI laid off 500 employees", event="layoff", quantities=(q(500),)), "agrees"),
    (c("أعلنت شركة إكس إيه آي تسريح 500 موظف", event="layoff", quantities=(q(500),)),
     c("xAI laid off 700 employees", event="layoff", quantities=(q(700),)), "conflicts"),
    (c("استقال الرئيس التنفيذي لشركة تسلا في فبراير 2025", event="departure", dates=(d("2025-02"),)),
     c("Tesla's chief executive resigned on 12 February 2025", event="departure", dates=(d("2025-02-12"),)), "agrees"),
    (c("استقال الرئيس التنفيذي لشركة تسلا عام 2024", event="departure", dates=(d("2024"),)),
     c("Tesla's chief executive resigned in February 2025", event="departure", dates=(d("2025-02"),)), "conflicts"),
    (c("ذكرت رويترز أن أرامكو وقعت صفقة بقيمة 4.3 مليار دولار", event="deal", quantities=(q(4.3e9, "USD"),)),
     c("Aramco signed a $4,300 million deal, Reuters reported", event="deal", quantities=(q(4.3e9, "USD"),)),
     "agrees"),
    (c("ارتفاع أسعار الذهب في الأسواق"), c("The court acquitted the director of fraud"), "unrelated"),
]


@pytest.mark.parametrize("a, b, relation", CROSS_CASES)
def test_cross_lingual(a, b, relation):
    assert both_ways(a, b).relation == relation


@pytest.mark.parametrize("a, b", [
    ("Oil prices rose on Monday", "The museum opened a new wing for children"),
    ("ارتفاع أسعار النفط في الأسواق", "المنتخب الوطني يستعد لكأس العالم"),
])
def test_unrelated(a, b):
    assert both_ways(c(a), c(b)).relation == "unrelated"


def test_relation_fields():
    r = relate(c("Oil prices rose"), c("Oil prices fell"))
    assert r.relation in ("agrees", "conflicts", "related", "unrelated")
    assert 0 <= r.score <= 100 and r.reasons and all(isinstance(x, str) for x in r.reasons)


_words = st.sampled_from(["النفط", "ارتفع", "انخفض", "لم", "مصر", "ليبيا", "500", "٣٠٠", "Oil", "rose", "fell",
                          "not", "Reuters", "رويترز", "\u200f", "ال", "و", "xAI", "", "4.3", "،", "«"])
_claims = st.builds(
    lambda words, lang, ev, qs, ds, neg: c(" ".join(words), lang, event=ev, negated=neg,
                                          quantities=tuple(q(v, u, ql) for v, u, ql in qs),
                                          dates=tuple(d(x) for x in ds)),
    st.lists(_words, max_size=8), st.sampled_from([AR, EN]), st.sampled_from([None, "layoff", "deal"]),
    st.lists(st.tuples(st.floats(0, 1e10, allow_nan=False), st.sampled_from([None, "person", "USD"]),
                       st.sampled_from(["exact", "about", "at_least", "more_than", "at_most", "less_than"])),
             max_size=2),
    st.lists(st.sampled_from(["2021", "2023-03", "2023-03-05", "2024"]), max_size=2), st.booleans())


@settings(max_examples=300, deadline=None)
@given(_claims, _claims)
def test_relate_never_raises_and_is_symmetric(a, b):
    r, s = relate(a, b), relate(b, a)
    assert r.relation == s.relation and r.relation in ("agrees", "conflicts", "related", "unrelated")
    assert 0 <= r.score <= 100


@pytest.mark.parametrize("a,b,relation", [
    ("Acme cut 1,200 jobs on Monday", "Acme laid off 1,200 workers on Monday", "agrees"),
    ("Acme cut 1,200 jobs on Monday", "Acme laid off 900 workers on Monday", "conflicts"),
    ("Acme cut 1,200 jobs", "Acme paid $900 million in severance", "related"),
])
def test_jobs_and_people_are_compared_and_other_units_are_not(a, b, relation):
    from factcheck.match.compare import compare
    assert compare(a, b).relation == relation


# QA round: what must never make a conflict on its own
NEVER_CONFLICT_CASES = [
    # a word only one side has, across languages or between unrelated claims of one language
    ("قررت هيئة الرقابة المالية خفض رسوم التداول في البورصة", "Egyptian striker signs record transfer deal"),
    ("وافق مجلس إدارة نادي الزمالك على بيع مهاجمه مقابل 12 مليون دولار",
     "أقر مجلس الوزراء الأردني الموازنة العامة للعام المقبل"),
    # a dateline agency is not the actor: different outlets on different stories
    ("AMMAN, May 3 (Reuters) - Jordan's central bank kept rates unchanged on Wednesday",
     "AMMAN (AP) — Jordanian club Al Faisaly has signed a Brazilian forward"),
    # a place only: two unrelated stories in two countries
    ("Shares of Delta Cement fell 3% in Kuwait on Sunday", "Morocco's parliament approves the new budget law"),
    # a negation between claims with nothing in common but the event class
    ("لم تسجل أي وفيات في محافظة إربد", "Floods in Libya killed 40 people in Derna"),
]


@pytest.mark.parametrize("a, b", NEVER_CONFLICT_CASES)
def test_one_sided_words_places_and_outlets_never_conflict_alone(a, b):
    r = both_ways(c(a), c(b))
    assert r.relation != "conflicts", r.reasons
    assert not any("negated')" in x and "'negated'" in x for x in r.reasons)


ROLE_CASES = [
    # killed vs injured, per year vs one-off: figures of different things are related, not conflicting
    (c("Floods killed 45 people in the north", event="casualties", quantities=(q(45, text="45 people"),)),
     c("More than 900 people were injured in the floods", event="casualties",
       quantities=(q(900, qualifier="more_than", text="More than 900 people"),)), "related", "different measures"),
    (c("ارتفعت حصيلة الفيضانات إلى 45 قتيلا", event="casualties", quantities=(q(45, text="45 قتيلا"),)),
     c("أصيب 900 جريح في الفيضانات", event="casualties", quantities=(q(900, text="900 جريح"),)),
     "related", "different measures"),
    (c("Hakimi will earn 8 million euros a year at the club", quantities=(q(8e6, "EUR", text="8 million euros"),)),
     c("The club paid 60 million euros for Hakimi", quantities=(q(6e7, "EUR", text="60 million euros"),)),
     "related", "per period"),
    (c("سيتقاضى حكيمي 8 ملايين يورو سنويا", quantities=(q(8e6, "EUR", text="8 ملايين يورو"),)),
     c("Hakimi will earn 11 million euros a year", quantities=(q(1.1e7, "EUR", text="11 million euros"),)),
     "conflicts", "11 million EUR"),
    (c("Floods killed 45 people and injured 900", event="casualties",
       quantities=(q(45, text="45 people"), q(900, text="900"))),
     c("الفيضانات أودت بحياة 60 شخصا", event="casualties", quantities=(q(60, text="60 شخصا"),)),
     "conflicts", "45 people vs 60 people"),
]


@pytest.mark.parametrize("a, b, relation, reason", ROLE_CASES)
def test_figures_of_different_measures(a, b, relation, reason):
    r = both_ways(a, b)
    assert r.relation == relation, r.reasons
    assert any(reason in x for x in r.reasons), r.reasons


def test_a_shared_figure_does_not_hide_a_differing_one():
    a = c("Unemployment fell to 6.2% in March from 7.1% in February", event="price_change",
          quantities=(q(6.2, "percent", text="6.2%"), q(7.1, "percent", text="7.1%")))
    b = c("تراجعت البطالة إلى 6.8% في مارس مقارنة بـ7.1% في فبراير", event="price_change",
          quantities=(q(6.8, "percent", text="6.8%"), q(7.1, "percent", text="7.1%")))
    r = both_ways(a, b)
    assert r.relation == "conflicts", r.reasons
    assert any("6.2% vs 6.8%" in x for x in r.reasons), r.reasons
