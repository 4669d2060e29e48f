"""Session-19 relate() rules, each found by probing /v1/compare with new pairs:

- a forecast or expectation against the reported act is no contradiction of the act, for an opposite
  wording as for a figure ("economists had expected a hike" vs "held rates steady");
- an organisation named by a multiword alias in each script (International Monetary Fund, صندوق
  النقد الدولي) is one subject: its name words are met by the registry entity the other side names.
"""
from __future__ import annotations

import pytest

from factcheck.match.compare import compare


@pytest.mark.parametrize("a,b", [
    ("Economists had expected the bank to raise rates by 50 basis points.",
     "The central bank held interest rates steady on Thursday."),
    ("Analysts predicted that the company would cut its dividend.",
     "The company raised its dividend on Tuesday."),
    ("توقع محللون أن يرفع البنك المركزي أسعار الفائدة.", "ثبت البنك المركزي أسعار الفائدة يوم الخميس."),
])
def test_a_forecast_against_the_act_is_related(a, b):
    r = compare(a, b)
    assert r.relation == "related", r.reasons
    assert "one is a forecast or plan, the other a report" in r.reasons


@pytest.mark.parametrize("a,b", [
    ("The central bank held interest rates steady on Thursday.",
     "The central bank raised interest rates by 25 basis points on Thursday."),
    ("The government plans to raise fuel prices in January.",
     "The government denied it plans to raise fuel prices in January."),
])
def test_two_reports_or_two_plans_still_conflict(a, b):
    assert compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b,relation", [
    ("The International Monetary Fund expects growth of 3.2% in 2026.",
     "يتوقع صندوق النقد الدولي نموا بنسبة 3.2% في 2026.", "agrees"),
    ("The International Monetary Fund expects growth of 3.2% in 2026.",
     "يتوقع صندوق النقد الدولي نموا بنسبة 2.8% في 2026.", "conflicts"),
    ("The World Bank approved a loan of $500 million for Egypt.",
     "وافق البنك الدولي على قرض بقيمة 500 مليون دولار لمصر.", "agrees"),
    ("The World Bank approved a loan of $500 million for Egypt.",
     "وافق البنك الدولي على قرض بقيمة 300 مليون دولار لمصر.", "conflicts"),
    ("The World Health Organization recorded 1,200 cholera cases in October.",
     "سجلت منظمة الصحة العالمية 1200 إصابة بالكوليرا في أكتوبر.", "agrees"),
])
def test_a_multiword_registry_name_is_one_subject_across_scripts(a, b, relation):
    r = compare(a, b)
    assert r.relation == relation, r.reasons
    assert "different subjects" not in r.reasons


@pytest.mark.parametrize("a,b,reason", [
    ("The court sentenced the former minister to seven years in prison.",
     "The court sentenced the businessman to three years in prison.",
     "different things: 'businessman' vs 'former minister'"),
    ("قضت المحكمة بسجن وزير الصناعة سبع سنوات.", "قضت المحكمة بسجن رجل الأعمال ثلاث سنوات.",
     "different things: 'رجل اعمال' vs 'وزير صناع'"),
    ("The strike killed 12 soldiers.", "The strike killed 20 civilians.",
     "different groups counted: 'civilians' vs 'soldiers'"),
    ("قتل 12 جنديا في الهجوم.", "قتل 20 مدنيا في الهجوم.", "different groups counted: 'جنديا' vs 'مدنيا'"),
])
def test_figures_of_different_things_are_related(a, b, reason):
    """Differing figures of one act done to different people (two defendants, soldiers and
    civilians) are two facts, not a contradiction."""
    r = compare(a, b)
    assert r.relation == "related", r.reasons
    assert reason in r.reasons


@pytest.mark.parametrize("a,b", [
    ("The strike killed 12 people.", "The strike killed 20 civilians."),  # a general noun: one count
    ("The company laid off 500 workers.", "The company laid off 300 employees."),  # one group, two words
    ("The court sentenced Ahmed Saleh to seven years in prison.", "The court sentenced Ahmed Saleh to three years in prison."),
    ("Prices rose 5% in October.", "Prices fell 3% in October."),  # replaced words with poles
    ("The quake killed 2,200 people in Afghanistan.", "The quake killed 1,400 people in Afghanistan."),
])
def test_figures_of_one_thing_still_conflict(a, b):
    assert compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b,relation", [
    ("The minister resigned on Monday.", "The minister was sacked on Monday.", "conflicts"),
    ("The CEO was ousted by the board on Monday.", "The CEO resigned on Monday.", "conflicts"),
    ("استقال الوزير يوم الاثنين.", "أقيل الوزير يوم الاثنين.", "conflicts"),
    ("أقالت الحكومة وزير المالية.", "قدم وزير المالية استقالته.", "conflicts"),
    ("The minister resigned on Monday.", "The minister quit on Monday.", "agrees"),
    ("The minister resigned on Monday.", "The minister stepped down on Monday.", "agrees"),
    ("Militants fired 40 rockets at the town.", "Militants fired 40 rockets at the city.", "agrees"),
])
def test_resigning_and_being_dismissed_are_opposite_departures(a, b, relation):
    r = compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("a,b", [
    ("Inflation rose more than expected to 4.1% in October.", "Inflation rose to 3.8% in October."),
    ("ارتفع التضخم بأكثر من المتوقع إلى 4.1% في أكتوبر.", "ارتفع التضخم إلى 3.8% في أكتوبر."),
    ("Exports beat expectations, reaching $12 billion in 2025.", "Exports reached $9 billion in 2025."),
])
def test_a_fact_compared_with_a_forecast_is_no_forecast(a, b):
    """A comparison word right before the forecast word ("more than expected", "beat
    expectations") measures the fact: the figures still conflict."""
    assert compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b", [
    ("من المتوقع أن يرتفع التضخم إلى 4.1% في أكتوبر.", "ارتفع التضخم إلى 3.8% في أكتوبر."),
    ("Inflation is expected to reach 4.1% in October.", "Inflation reached 3.8% in October."),
])
def test_a_forecast_figure_against_a_reported_one_is_related(a, b):
    assert compare(a, b).relation == "related"


@pytest.mark.parametrize("a,b,reason", [
    ("Turnout was 44% in the first round.", "Turnout was 52% in the second round.",
     "different occurrences: first vs second"),
    ("بلغت نسبة المشاركة 44% في الجولة الأولى.", "بلغت نسبة المشاركة 52% في الجولة الثانية.",
     "different occurrences: الأولى vs الثانية"),
    ("The first phase of the deal freed 33 hostages.", "The second phase of the deal freed 25 hostages.",
     "different occurrences: first vs second"),
])
def test_figures_of_two_numbered_occurrences_are_related(a, b, reason):
    r = compare(a, b)
    assert r.relation == "related", r.reasons
    assert reason in r.reasons


def test_figures_of_one_numbered_occurrence_still_conflict():
    assert compare("Turnout was 44% in the first round.", "Turnout was 52% in the first round.").relation == "conflicts"


@pytest.mark.parametrize("a,b,reason", [
    ("The UN said 1.9 million people have been displaced in Gaza.",
     "قالت الأمم المتحدة إن 1.9 مليون شخص نزحوا في السودان.", "different places: palestine vs sudan"),
    ("The UN said 2,000 homes were destroyed in Libya.", "قالت الأمم المتحدة إن 2000 منزل دمرت في المغرب.",
     "different places: libya vs morocco"),
])
def test_one_figure_in_two_places_is_no_agreement(a, b, reason):
    """Across languages the claims may not be anchored enough for a swap; the places each side names
    alone still keep a shared figure from being an agreement."""
    r = compare(a, b)
    assert r.relation == "related", r.reasons
    assert reason in r.reasons


def test_one_figure_in_one_place_named_two_ways_agrees():
    r = compare("The UN said 1.9 million people have been displaced in Gaza.",
                "قالت الأمم المتحدة إن 1.9 مليون شخص نزحوا في غزة.")
    assert r.relation == "agrees", r.reasons


def test_one_figure_in_two_places_of_one_event_is_a_swap():
    """With one event to anchor them, the place is swapped in one frame: a conflict, as before."""
    r = compare("Floods destroyed 2,000 homes in Libya in September.", "دمرت الفيضانات 2000 منزل في المغرب في سبتمبر.")
    assert r.relation == "conflicts"
    assert "different place: libya vs morocco" in r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("Oil prices will rise next year.", "ستنخفض أسعار النفط العام المقبل.", "conflicts"),
    ("سترتفع أسعار الكهرباء في يناير.", "ستنخفض أسعار الكهرباء في يناير.", "conflicts"),
    ("سيرفع البنك المركزي أسعار الفائدة.", "سيخفض البنك المركزي أسعار الفائدة.", "conflicts"),
    ("Electricity prices will rise in January.", "سترتفع أسعار الكهرباء في يناير.", "agrees"),
])
def test_the_arabic_future_prefix_keeps_a_verbs_pole(a, b, relation):
    """سـ before a present verb (سيرتفع، ستنخفض) is the future of the same verb, on the same pole."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("رفعت الحكومة الحد الأدنى للأجور إلى 7000 جنيه.", "خفضت الحكومة الحد الأدنى للأجور إلى 7000 جنيه.", "conflicts"),
    ("سيرتفع الحد الأدنى للأجور إلى 7000 جنيه في يناير.", "سيرتفع الحد الأدنى للأجور إلى 7000 جنيه في يناير المقبل.", "agrees"),
    ("The lower house approved the bill on Monday.", "The lower house rejected the bill on Monday.", "conflicts"),
    ("The lower house approved the bill on Monday.", "The parliament's lower house passed the bill on Monday.", "agrees"),
])
def test_a_pole_word_inside_a_fixed_name_is_no_pole(a, b, relation):
    """«الحد الأدنى» (the minimum wage), "the lower house": the pole word names a thing, it does
    not move, so it neither opposes a rise nor decides between the two claims."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons
    assert not any("الادني" in x or "'lower'" in x for x in r.reasons)


@pytest.mark.parametrize("a,b,relation", [
    ("Gulf Foods to buy Nile Dairy for $1.2 billion",
     "Gulf Foods has not received approval from Egypt's competition authority for its $1.2 billion purchase of Nile Dairy.",
     "related"),
    ("Kenya's central bank held its rate at 10.75%.", "Kenya's central bank did not hold its rate at 10.75%.", "conflicts"),
    ("The company did not cut 500 jobs.", "The company cut 500 jobs.", "conflicts"),
])
def test_a_negation_tied_by_a_figure_needs_the_negated_word(a, b, relation):
    """A figure both give ties a negated claim to the other, but it conflicts only when the other says
    what is negated, or shares a word besides names and figures (not just a scale)."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("Gulf Foods to buy Nile Dairy for $1.2 billion", "جلف فودز تستحوذ على نايل ديري مقابل 1.4 مليار دولار", "conflicts"),
    ("Gulf Foods shares rose 4% in Dubai trading after the announcement.",
     "Gulf Foods has not received approval from Egypt's competition authority for its $1.2 billion purchase of Nile Dairy.",
     "related"),
    ("Egypt raised fuel prices by 15% on Friday.", "Libya raised fuel prices by 15% on Friday.", "conflicts"),
    ("Saudi Arabia will cut its oil output by 500,000 barrels per day.",
     "Iraq will cut its oil output by 500,000 barrels per day.", "conflicts"),
])
def test_a_place_word_in_a_company_name_is_no_place(a, b, relation):
    """"Gulf" of Gulf Foods names the company, not where the deal happens: no scope of its own, no
    swap; a subject that is a place (Egypt, Saudi Arabia) still swaps."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons
    assert not any("gulf" in x for x in r.reasons)


@pytest.mark.parametrize("a,b", [
    ("Twenty-five survivors were brought back to shore.", "Rescuers recovered 12 bodies from the sea."),
    ("At least 61 migrants are feared dead after their boat capsized.", "The boat was carrying 86 people."),
    ("At least 61 migrants are feared dead after their boat capsized.", "انتشل خفر السواحل 12 جثة بعد غرق القارب."),
    ("أنقذت فرق الإنقاذ 25 مهاجرا.", "انتشلت فرق الإنقاذ 12 جثة."),
])
def test_survivors_bodies_and_people_aboard_are_different_measures(a, b):
    r = compare(a, b)
    assert r.relation not in ("agrees", "conflicts"), r.reasons


@pytest.mark.parametrize("a,b", [
    ("رفضت محكمة سعودية زواج امرأة من رجل بسبب عزفه للعود", "محكمة سعودية تقبل زواج امرأة من رجل رغم عزفه للعود"),
    ("دافعت رئيسة الوزراء عن علاقة بلادها بالمملكة خلال الزيارة", "رئيسة الوزراء تنتقد علاقة بلادها بالمملكة خلال الزيارة"),
    ("The prime minister defended the deal with the union.", "The prime minister criticised the deal with the union."),
])
def test_accepting_and_defending_have_opposites(a, b):
    """قبول/رفض (accept/reject; the bare قبل is also "before" and is left out) and defending vs
    criticising are antonym poles."""
    assert compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b,relation", [
    ("أقارب الزوج المقتول يرفضون الصفح كي لا تتشجع النساء على رفض الرجال", "أهل الزوج المقتول يقبلون الصفح", "conflicts"),
    ("The company cut prices in order not to lose customers.", "The company raised prices.", "conflicts"),
    ("لم يرفض البرلمان الميزانية", "رفض البرلمان الميزانية", "conflicts"),
])
def test_a_negation_of_a_purpose_clause_does_not_negate_the_claim(a, b, relation):
    """كي لا / حتى لا / "in order not to" negate the purpose, so they neither conflict with the act nor
    cancel an opposite word out."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons
    assert not any("only one is negated" in x for x in r.reasons[:1]) or "لم" in a


@pytest.mark.parametrize("a,b,relation", [
    ("Voter turnout reached 48.3%, the electoral commission said.", "قالت الهيئة الانتخابية إن نسبة المشاركة بلغت 48.3%.", "agrees"),
    ("Officials counted 3,517 displaced families in the camps.", "أحصى المسؤولون 3517 أسرة نازحة في المخيمات.", "agrees"),
])
def test_a_precise_figure_both_give_ties_two_languages(a, b, relation):
    """With no word in common across the scripts, a precise figure (a fraction written, four
    significant digits) in one unit is enough to compare the claims."""
    r = compare(a, b)
    assert r.relation == relation, r.reasons


def test_a_round_figure_alone_does_not_tie_two_languages():
    r = compare("The ministry hired 200 teachers.", "أعلن النادي التعاقد مع 200 مشجع.")
    assert r.relation == "unrelated", r.reasons


def test_two_rates_in_an_unknown_currency_neither_agree_nor_conflict():
    """"48.5 per dollar" with no country named is in an unknown currency (XXX/USD): two such rates may
    be in two currencies."""
    for b in ("The currency traded at 48.5 per dollar on Monday.", "The currency traded at 52 per dollar on Monday."):
        r = compare("The currency traded at 48.5 per dollar on Monday.", b)
        assert r.relation not in ("agrees", "conflicts"), r.reasons
