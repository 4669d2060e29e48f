"""Round 23, unseen articles: election counts, weather, public health, ranges, sports scores, yields, fuel
prices per litre and exam results, in both languages; every quantity checked whole (text, value, unit,
qualifier, total), then the events and subjects of the claims."""
import datetime

import pytest

from factcheck.pipeline import analyze
from tests.span_checks import quantity_rows

_DAY = datetime.date(2025, 9, 14)


@pytest.mark.parametrize(("text", "language", "rows"), [
    # elections: turnout, seats of a total, ranges sharing a scale, polling stations
    ("The Democratic Progressive Party won 214 of the 450 seats in parliament, up from 172 in 2019.", "en",
     [("214 of the 450 seats", 214.0, "seat", "exact", 450.0), ("172", 172.0, "seat", "exact", None)]),
    ("Between 2 and 3 million ballots were counted by hand in rural districts.", "en",
     [("2", 2e6, "vote", "at_least", None), ("3 million ballots", 3e6, "vote", "at_most", None)]),
    ("Vote buying in the Philippines cost candidates between 500 million and 1 billion pesos.", "en",
     [("500 million", 5e8, "PHP", "at_least", None), ("1 billion pesos", 1e9, "PHP", "at_most", None)]),
    ("Mexico raised the daily minimum wage to 278 pesos.", "en", [("278 pesos", 278.0, "MXN", "exact", None)]),
    ("The ruling coalition took 19 of the 24 Senate seats.", "en",
     [("19 of the 24 Senate seats", 19.0, "seat", "exact", 24.0)]),
    ("وحصد حزب جبهة العمل الإسلامي 35 مقعداً من أصل 120.", "ar",
     [("35 مقعداً من أصل 120", 35.0, "seat", "exact", 120.0)]),
    ("وتراوحت كلفة العملية الانتخابية بين 2 و3 مليارات دولار.", "ar",
     [("2", 2e9, "USD", "at_least", None), ("3 مليارات دولار", 3e9, "USD", "at_most", None)]),
    ("وبلغ عدد الناخبين المسجلين نحو 9.7 مليون ناخب.", "ar",
     [("نحو 9.7 مليون ناخب", 9.7e6, "person", "about", None)]),
    # weather
    ("Typhoon Yagi dumped up to 300 mm of rain on northern Vietnam over two days.", "en",
     [("up to 300 mm", 300.0, "mm", "at_most", None), ("two days", 2.0, "day", "exact", None)]),
    ("Parts of Rajasthan recorded temperatures of 48°C on Monday.", "en", [("48°C", 48.0, "celsius", "exact", None)]),
    ("Wind speeds reached 90 km/h along the coast of Gujarat.", "en",
     [("90 km/h", 90.0, "km_per_hour", "exact", None)]),
    ("سجلت درجة الحرارة في البصرة 48 درجة مئوية يوم الاثنين.", "ar",
     [("48 درجة مئوية", 48.0, "celsius", "exact", None)]),
    ("وهطلت أمطار غزيرة بلغت 80 ملم في أقل من ثلاث ساعات على مدينة جدة.", "ar",
     [("80 ملم", 80.0, "mm", "exact", None), ("أقل من ثلاث ساعات", 3.0, "hour", "less_than", None)]),
    ("وبلغت سرعة الرياح 90 كيلومتراً في الساعة على سواحل عمان.", "ar",
     [("90 كيلومتراً في الساعة", 90.0, "km_per_hour", "exact", None)]),
    # ranges with a dash
    ("Power demand rose 2-3% a day as air conditioners ran around the clock.", "en",
     [("2", 2.0, "percent", "at_least", None), ("3%", 3.0, "percent", "at_most", None)]),
    ("وارتفعت أسعار الوقود بنسبة 2-3% خلال موجة الحر.", "ar",
     [("2", 2.0, "percent", "at_least", None), ("3%", 3.0, "percent", "at_most", None)]),
    # a bare first bound larger than the second is no range: a fuel grade, then a price
    ("رفعت لجنة التسعير سعر لتر البنزين 95 إلى 21 جنيهاً.", "ar",
     [("95", 95.0, None, "exact", None), ("21 جنيهاً", 21.0, "EGP/litre", "exact", None)]),
    ("وتسعى الشركة لتوظيف 200 إلى 300 موظف.", "ar",
     [("200", 200.0, "person", "at_least", None), ("300 موظف", 300.0, "person", "at_most", None)]),
    # yields and fuel prices per unit keep the bare unit; an Arabic dual of a currency counts two
    ("Farmers in Punjab harvested 4.2 tonnes of wheat per hectare, up 6% on last year.", "en",
     [("4.2 tonnes", 4.2, "tonne", "exact", None), ("6%", 6.0, "percent", "exact", None)]),
    ("وبلغ إنتاج القمح 4.2 طن للهكتار في سهل الغاب.", "ar", [("4.2 طن", 4.2, "tonne", "exact", None)]),
    ("Petrol will cost 1.52 euros a litre from Wednesday.", "en", [("1.52 euros", 1.52, "EUR/litre", "exact", None)]),
    ("وارتفع سعر لتر السولار بنسبة 10% ليصل إلى 15.5 جنيه للتر.", "ar",
     [("10%", 10.0, "percent", "exact", None), ("15.5 جنيه", 15.5, "EGP/litre", "exact", None)]),
    ("وزاد سعر السولار في القاهرة بمقدار جنيهين للتر.", "ar", [("جنيهين", 2.0, "EGP/litre", "exact", None)]),
    ("وارتفع سعر رغيف الخبز في الخرطوم جنيهين.", "ar", [("جنيهين", 2.0, "SDG", "exact", None)]),
    ("ودفع المسافرون دولارين إضافيين للتذكرة.", "ar", [("دولارين", 2.0, "USD", "exact", None)]),
    ("وتراوح سعر أسطوانة الغاز بين 150 و200 جنيه في الأسواق.", "ar",
     [("150", 150.0, "EGP", "at_least", None), ("200 جنيه", 200.0, "EGP", "at_most", None)]),
    # exam results
    ("Matric results released on Monday showed a pass rate of 87.3%, up from 82.9% a year earlier.", "en",
     [("87.3%", 87.3, "percent", "exact", None), ("82.9%", 82.9, "percent", "exact", None)]),
    ("Only 3 in 10 pupils achieved a bachelor pass.", "en", [("3 in 10 pupils", 3.0, "person", "exact", 10.0)]),
    ("The Western Cape's pass rate fell by 1.2 percentage points.", "en",
     [("1.2 percentage points", 1.2, "percentage_point", "exact", None)]),
    ("وتقدم للامتحانات أكثر من 650 ألف طالب وطالبة.", "ar",
     [("أكثر من 650 ألف طالب", 650000.0, "person", "more_than", None)]),
    # sports scores are no quantities
    ("Manchester United won 3-1 against Brentford on Saturday.", "en", []),
    ("وفاز الأهلي على الزمالك 3-1 في مباراة القمة.", "ar", []),
    # codes that are also names of other things stay unread
    ("Leaders met at COP 29 in Baku.", "en", []),
])
def test_unseen_quantities(text, language, rows):
    assert quantity_rows(text, language) == rows


def _claims(text, language):
    out = []
    for c in analyze(text, language, _DAY).claims:
        assert text[c.start:c.end] == c.text
        assert c.subject is None or text[c.subject.start:c.subject.end] == c.subject.text
        out.append((c.event, c.subject and c.subject.text))
    return out


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Matric results released on Monday showed a pass rate of 87.3%.", "en", [(None, "Matric")]),
    ("About 1,200 polling stations opened late in the north.", "en", [(None, None)]),
    ("Apple released a new iPhone on Tuesday.", "en", [("launch", "iPhone")]),
    ("Temperatures in Hanoi dropped to 18°C on Friday.", "en", [(None, "Hanoi")]),
    ("Egypt doubles the price of subsidised bread.", "en", [("price_change", "Egypt")]),
    ("The Philippine Commission on Elections said turnout reached 81.6% in the May polls.", "en",
     [("election", None)]),
    ("وتضاعفت أسعار الخبز في السودان منذ يونيو.", "ar", [("price_change", None)]),
    ("رفعت لجنة التسعير سعر لتر البنزين 95 إلى 21 جنيهاً.", "ar", [("price_change", "لجنة التسعير")]),
    ("وأغلقت نحو 1200 مركز اقتراع أبوابها في الموعد المحدد.", "ar", [("election", None)]),
])
def test_unseen_events_and_subjects(text, language, rows):
    assert _claims(text, language) == rows


# a bound and a bare whole number after a noun of people or an age word is an age group, not an amount
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Vaccination coverage among children under five stands at 87.3%.", "en",
     [("87.3%", 87.3, "percent", "exact", None)]),
    ("People over 65 will get a booster this winter.", "en", []),
    ("The scheme covers those aged over 60.", "en", []),
    ("Firms with fewer than 50 employees are exempt.", "en",
     [("fewer than 50 employees", 50.0, "person", "less_than", None)]),
    ("Protesters numbered over 300 in the capital.", "en", [("over 300", 300.0, None, "more_than", None)]),
    ("وتستهدف الحملة الأطفال دون 12 في المدارس.", "ar", []),
    ("ويشمل اللقاح الأطفال دون 5 سنوات.", "ar", [("دون 5 سنوات", 5.0, "year", "less_than", None)]),
    ("وبلغ عدد المصابين أكثر من 40.", "ar", [("أكثر من 40", 40.0, "person", "more_than", None)]),
])
def test_age_groups(text, language, rows):
    assert quantity_rows(text, language) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("وارتفعت أسعار الأرز في بنغلاديش إلى المثلين منذ مارس.", [("المثلين", 2.0, "times", "exact", None)]),
    ("وزادت صادرات التمور مثلين خلال عامين.", [("مثلين", 2.0, "times", "exact", None),
                                             ("عامين", 2.0, "year", "exact", None)]),
])
def test_arabic_twice_as_much(text, rows):
    assert quantity_rows(text, "ar") == rows


# weather: signed numbers keep their sign (in the span too); centimetres; Arabic shorthand for degrees
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Temperatures fell to -5°C in Kabul on Friday.", "en", [("-5°C", -5.0, "celsius", "exact", None)]),
    ("Temperatures fell to −12 °C in Ulaanbaatar.", "en", [("−12 °C", -12.0, "celsius", "exact", None)]),
    ("Growth was -0.3% in the second quarter.", "en", [("-0.3%", -0.3, "percent", "exact", None)]),
    ("Power demand rose 2-3% a day.", "en", [("2", 2.0, "percent", "at_least", None), ("3%", 3.0, "percent", "at_most", None)]),
    ("From 2020 -2024 sales rose.", "en", []),
    ("Snowfall reached 40 cm in the Alps.", "en", [("40 cm", 40.0, "cm", "exact", None)]),
    ("وانخفضت الحرارة إلى -5 درجات مئوية في كابول.", "ar", [("-5 درجات مئوية", -5.0, "celsius", "exact", None)]),
    ("وسجل الاقتصاد نمواً بنسبة -0.3% في الربع الثاني.", "ar", [("-0.3%", -0.3, "percent", "exact", None)]),
    ("وبلغت درجة الحرارة 48 مئوية في البصرة.", "ar", [("48 مئوية", 48.0, "celsius", "exact", None)]),
    ("وسجلت درجة الحرارة في فينيكس 118 فهرنهايت.", "ar", [("118 فهرنهايت", 118.0, "fahrenheit", "exact", None)]),
    ("وتراكمت الثلوج بسمك 40 سنتيمتراً في إفران.", "ar", [("40 سنتيمتراً", 40.0, "cm", "exact", None)]),
    ("واحتفلت الجامعة بالذكرى المئوية لتأسيسها.", "ar", []),
])
def test_weather_units(text, language, rows):
    assert quantity_rows(text, language) == rows


@pytest.mark.parametrize(("text", "rows", "subject"), [
    ("About 145,000 growers registered this season.", [("About 145,000 growers", 145000.0, "person", "about", None)],
     None),
    ("Sales fell 4% in July.", [("4%", 4.0, "percent", "exact", None)], None),
    ("Exports rose 5 percent in the first half.", [("5 percent", 5.0, "percent", "exact", None)], None),
    ("Output at the Rumaila field fell 12% in June.", [("12%", 12.0, "percent", "exact", None)], "Rumaila"),
])
def test_common_first_words_of_trade(text, rows, subject):
    assert quantity_rows(text, "en") == rows
    c = analyze(text, "en", _DAY).claims[0]
    assert (c.subject and c.subject.text) == subject
