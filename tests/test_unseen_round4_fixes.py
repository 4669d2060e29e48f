"""General fixes called for by the fourth unseen-article round: noun lists are not clause boundaries;
a reporting clause closed by a comma ("..., X said on Thursday, and Y") with its channel ("in its
report"); a title before a named source; an outlet citing another source; Arabic official titles and
counted anonymous heads; carry-over past a document source; multipliers, storage units and definite
Arabic number words after a noun."""
from datetime import date

import pytest
from conftest import attributed_claims

from factcheck.extract.clauses import clause_spans
from factcheck.extract.quantities import find_quantities
from factcheck.pipeline import analyze

PUB = date(2024, 6, 14)


def _claims(text, lang):
    return attributed_claims(text, lang, PUB)


@pytest.mark.parametrize("text,want", [
    ("The number of people displaced by war, violence and persecution rose to 123 million",
     ["The number of people displaced by war, violence and persecution rose to 123 million"]),
    ("Sanctions on Russia, Belarus and Iran were tightened in 2022",
     ["Sanctions on Russia, Belarus and Iran were tightened in 2022"]),
    ("Demand for coal, oil or gas fell by 3% last year",
     ["Demand for coal, oil or gas fell by 3% last year"]),
    # not lists: a second clause, a date before the comma, items written differently
    ("The firm cut its forecast for steel, prices fell and shares dropped 4%",
     ["The firm cut its forecast for steel", "prices fell and shares dropped 4%"]),
    ("Output rose in 2023, prices and wages fell by 2%", ["Output rose in 2023", "prices and wages fell by 2%"]),
    ("Exports rose in March, imports and investment fell in April",
     ["Exports rose in March", "imports and investment fell in April"]),
])
def test_noun_list_is_not_a_clause_boundary(text, want):
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text), "en")] == want


@pytest.mark.parametrize("text,want", [
    ("The number of people displaced by war, violence and persecution rose to 123 million, the United Nations "
     "refugee agency said on Thursday, up by about 5 million from a year earlier.",
     [("The number of people displaced by war, violence and persecution rose to 123 million", "official",
       "the United Nations refugee agency"),
      ("up by about 5 million from a year earlier", "official", "the United Nations refugee agency")]),
    ("About 117 million people were displaced at the end of 2023, UNHCR said in its mid-year report, and "
     "nearly a third were children.",
     [("About 117 million people were displaced at the end of 2023", "official", "UNHCR"),
      ("nearly a third were children", "official", "UNHCR")]),
    ("Retail sales rose 2.1% in May, the statistics office said on Friday, and online sales jumped 9%.",
     [("Retail sales rose 2.1% in May", "official", "the statistics office"),
      ("online sales jumped 9%", "official", "the statistics office")]),
    # a joiner after the reporting clause opens the writer's own clause
    ("Prices rose 4% in May, the ministry said on Monday, while the opposition disputed the figures.",
     [("Prices rose 4% in May", "official", "the ministry"),
      ("while the opposition disputed the figures", "unattributed", None)]),
])
def test_closed_reporting_clause(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,want", [
    ("UNHCR said in its annual report that 117 million people were displaced.",
     [("117 million people were displaced", "official", "UNHCR")]),
    ("Ofgem said in its latest update that bills would fall by 7%.",
     [("bills would fall by 7%", "official", "Ofgem")]),
    ("The minister said in a televised address that fuel prices would rise by 10%.",
     [("fuel prices would rise by 10%", "official", "The minister")]),
])
def test_report_channel_belongs_to_the_frame(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,want", [
    ("The chief executive, Priya Nair, said the group expected profits to rise.",
     [("the group expected profits to rise", "official", "Priya Nair")]),
    ("The company's finance chief, Tom Berg, said on Monday that sales fell 3%.",
     [("sales fell 3%", "official", "Tom Berg")]),
    ("Sales fell 3% in May, the company's finance chief, Tom Berg, said.",
     [("Sales fell 3% in May", "official", "Tom Berg")]),
    # unchanged: the name first, the title in apposition
    ("Priya Nair, the chief executive, said the group expected profits to rise by 5%.",
     [("the group expected profits to rise by 5%", "official", "Priya Nair")]),
    ("Tom Berg, a spokesman for the company, said sales fell 3% in May.",
     [("sales fell 3% in May", "official", "Tom Berg")]),
])
def test_title_before_a_named_source(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,lang,needle,source,cited", [
    ("بحسب وكالة رويترز، نقلاً عن ثلاثة مندوبين في المنظمة، فإن الإنتاج سيرتفع الشهر المقبل.", "ar", "الإنتاج",
     "وكالة رويترز", "ثلاثة مندوبين في المنظمة"),
    ("وفقاً لوكالة بلومبرغ، نقلاً عن مصادر مطلعة، فإن الشركة ستسرح 500 موظف.", "ar", "500 موظف",
     "وكالة بلومبرغ", "مصادر مطلعة"),
    ("According to Reuters, citing three delegates, the group will raise output by 5%.", "en", "raise output",
     "Reuters", "three delegates"),
    # unchanged: no cited source
    ("بحسب صحيفة الغارديان، فإن الحكومة ستخفض الضرائب بنسبة 5%.", "ar", "الضرائب", "صحيفة الغارديان", None),
])
def test_outlet_citing_another_source(text, lang, needle, source, cited):
    claims = analyze(text, lang, PUB).claims
    assert len(claims) == 1 and needle in claims[0].text
    a = claims[0].attribution
    assert (a.type, a.source_kind, a.source.text) == ("named", "media", source)
    assert (a.cited and a.cited.text) == cited


@pytest.mark.parametrize("text,lang,needle,kind,source", [
    ("وقال مدير الدفاع المدني في المحافظة، اللواء أحمد سالم، إن 12 شخصاً لقوا حتفهم في الحريق.", "ar", "12 شخصاً",
     "official", "مدير الدفاع المدني في المحافظة، اللواء أحمد سالم"),
    ("وقال مدير المستشفى إن 30 مصاباً وصلوا إلى الطوارئ.", "ar", "30 مصاباً", "official", "مدير المستشفى"),
    ("وقالت مفوضية الانتخابات إن نسبة المشاركة بلغت 45%.", "ar", "45%", "official", "مفوضية الانتخابات"),
    ("وقال ثلاثة مندوبين في أوبك إن المجموعة ستزيد الإنتاج.", "ar", "الإنتاج", "anonymous", "ثلاثة مندوبين في أوبك"),
    ("Three delegates told Reuters that the group would raise output by 5%.", "en", "raise output", "anonymous",
     "Three delegates"),
])
def test_official_titles_and_counted_heads(text, lang, needle, kind, source):
    claim = next(c for c in analyze(text, lang, PUB).claims if needle in c.text)
    assert (claim.attribution.type, claim.attribution.source.text) == (kind, source)


@pytest.mark.parametrize("text,lang,needle,source", [
    ("The ministry said exports rose 5% in May. The report said imports fell 3%. He added that the deficit "
     "narrowed to $2 billion.", "en", "deficit", "The ministry"),
    ("Dr Lena Ortiz said 40 cases were confirmed. The memo said 12 were children. She added that two clinics "
     "had closed.", "en", "clinics", "Dr Lena Ortiz"),
    # a document keeps "it" (the report itself goes on), and with no earlier speaker nothing changes
    ("The ministry said exports rose 5% in May. The report said imports fell 3%. It added that the deficit "
     "narrowed to $2 billion.", "en", "deficit", "The report"),
    ("The report said imports fell 3%. He added that the deficit narrowed to $2 billion.", "en", "deficit",
     "The report"),
    ("وقال الوزير إن الصادرات ارتفعت 5%. وذكر التقرير أن الواردات انخفضت 3%. وأضاف أن العجز تراجع إلى ملياري دولار.",
     "ar", "العجز", "الوزير"),
])
def test_carry_over_skips_documents(text, lang, needle, source):
    claim = next(c for c in analyze(text, lang, PUB).claims if needle in c.text)
    assert claim.attribution.source.text == source and claim.attribution.carried


@pytest.mark.parametrize("text,lang,want", [
    ("Profits doubled in the quarter", "en", [("doubled", 2.0, "times")]),
    ("Sales of the drug tripled last year", "en", [("tripled", 3.0, "times")]),
    ("تضاعفت الأرباح خلال الربع الثاني", "ar", [("تضاعفت", 2.0, "times")]),
    ("وتضاعف عدد الزوار", "ar", [("وتضاعف", 2.0, "times")]),
    ("The phone has 128 GB of storage", "en", [("128 GB", 128.0, "gigabyte")]),
    ("a plan with 20 gigabytes of data", "en", [("20 gigabytes", 20.0, "gigabyte")]),
    ("هاتف بسعة 256 غيغابايت", "ar", [("256 غيغابايت", 256.0, "gigabyte")]),
    ("خلال الأيام الثلاثة الماضية قتل 40 شخصاً", "ar", [("40 شخصاً", 40.0, "person")]),
    ("في الأشهر الستة الأولى من العام", "ar", []),
    ("Profits doubled, while costs rose 5%", "en", [("doubled", 2.0, "times"), ("5%", 5.0, "percent")]),
    # an explicit factor wins over the verb
    ("تضاعفت المبيعات أربعة أمثال خلال عقد", "ar", [("أربعة أمثال", 4.0, "times")]),
    ("Exports doubled to 3 times the 2019 level", "en", [("3 times", 3.0, "times")]),
    # unchanged: a definite number word that is not after a noun, a counted noun after the number
    ("قتل الثلاثة في الحادث", "ar", [("الثلاثة", 3.0, "person")]),  # round 30: the object of a verb of killing
    ("الاثني عشر لاعباً", "ar", [("الاثني عشر لاعباً", 12.0, "person")]),
    ("over the past three days", "en", [("three days", 3.0, "day")]),
])
def test_multipliers_units_and_adjectival_numbers(text, lang, want):
    got = find_quantities(text, 0, len(text), lang)
    assert all(text[q.start:q.end] == q.text for q in got)
    assert [(q.text, q.value, q.unit) for q in got] == want
