"""Round 29: quantities and units of both languages (find_quantities on hand-written sentences; each case is
(text, [(span, value, unit, qualifier, total)])). Currencies shared by several countries, South Asian scales
and rupees, compound measures, coins, ages, counted nouns outside the unit classes, newsroom scales in a money
context, and units of agriculture, energy, health, sport, shipping, weather and demography."""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows

CURRENCIES = [
    # a currency word several countries use, in a text naming none of them: money of no country (ISO 4217's
    # XXX), so that it never looks like a count nor claims a country; the country named elsewhere picks it
    ("خسرت الشركة 500 ألف ليرة.", "ar", [("500 ألف ليرة", 5e5, "XXX", "exact", None)]),
    ("خسرت الشركة في بيروت 500 ألف ليرة.", "ar", [("500 ألف ليرة", 5e5, "LBP", "exact", None)]),
    ("خسرت الشركة 500 ألف ليرة تركية.", "ar", [("500 ألف ليرة تركية", 5e5, "TRY", "exact", None)]),
    ("The firm lost 500,000 lira.", "en", [("500,000 lira", 5e5, "XXX", "exact", None)]),
    ("The gang stole cattle worth 180 million shillings.", "en",
     [("180 million shillings", 1.8e8, "XXX", "exact", None)]),
    ("انخفض سعر الكيس إلى 1500 دينار.", "ar", [("1500 دينار", 1500, "XXX", "exact", None)]),
    ("He paid 500 pesos for the ticket.", "en", [("500 pesos", 500, "XXX", "exact", None)]),
    # rates keep their convention
    ("وتداول الشلن عند 129 شلناً مقابل الدولار.", "ar", [("129 شلناً مقابل الدولار", 129, "XXX/USD", "exact", None)]),
    # rupees: INR unless the text names the one country of another rupee; lakh and crore are scales
    ("The state spent Rs 50 crore on roads.", "en", [("Rs 50 crore", 5e8, "INR", "exact", None)]),
    ("The winner gets ₹2 lakh.", "en", [("₹2 lakh", 2e5, "INR", "exact", None)]),
    ("Some 3.5 lakh people attended the rally.", "en", [("Some 3.5 lakh people", 3.5e5, "person", "about", None)]),
    ("The fine was Rs. 500.", "en", [("Rs. 500", 500, "INR", "exact", None)]),
    ("In Karachi, the firm paid Rs 96 million.", "en", [("Rs 96 million", 9.6e7, "PKR", "exact", None)]),
    ("The Sri Lankan firm lost 5 million rupees.", "en", [("5 million rupees", 5e6, "LKR", "exact", None)]),
    ("Nepal's budget adds 40 billion rupees.", "en", [("40 billion rupees", 4e10, "NPR", "exact", None)]),
    ("دفعت الحكومة الباكستانية 5 ملايين روبية.", "ar", [("5 ملايين روبية", 5e6, "PKR", "exact", None)]),
    ("خسر المستثمرون 5 ملايين روبية.", "ar", [("5 ملايين روبية", 5e6, "INR", "exact", None)]),
]


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


@pytest.mark.parametrize(("text", "language", "expected"), CURRENCIES)
def test_currencies(text, language, expected):
    _check(text, language, expected)


COMPOUNDS = [
    # one height or duration written in two or three units is one quantity, read in the unit of its largest part
    # (2h 30m = 2.5 hour, as "two and a half hours" is), so every telling of it compares
    ("He is 5ft 10in tall.", "en", [("5ft 10in", 5 + 10 / 12, "foot", "exact", None)]),
    ("He is 5 feet 10 inches tall.", "en", [("5 feet 10 inches", 5 + 10 / 12, "foot", "exact", None)]),
    ("The flight takes 2h 30m.", "en", [("2h 30m", 2.5, "hour", "exact", None)]),
    ("It took about 2h 30m.", "en", [("about 2h 30m", 2.5, "hour", "about", None)]),
    ("The stage took 1h 2m 3s.", "en", [("1h 2m 3s", 1 + 2 / 60 + 3 / 3600, "hour", "exact", None)]),
    ("The surgery took 1 hour and 45 minutes.", "en", [("1 hour and 45 minutes", 1.75, "hour", "exact", None)]),
    ("She ran it in 29 minutes 55 seconds.", "en", [("29 minutes 55 seconds", 29 + 55 / 60, "minute", "exact", None)]),
    ("It lasted an hour and a half.", "en", [("an hour and a half", 1.5, "hour", "exact", None)]),
    ("The queue took two hours and a half.", "en", [("two hours and a half", 2.5, "hour", "exact", None)]),
    ("استغرقت الرحلة ساعتين ونصف.", "ar", [("ساعتين ونصف", 2.5, "hour", "exact", None)]),
    ("استغرقت العملية ثلاث ساعات ونصف.", "ar", [("ثلاث ساعات ونصف", 3.5, "hour", "exact", None)]),
    ("استغرق الاجتماع ساعة ونصف الساعة.", "ar", [("ساعة ونصف الساعة", 1.5, "hour", "exact", None)]),
    ("انتظر المرضى عاما ونصف.", "ar", [("عاما ونصف", 1.5, "year", "exact", None)]),
    ("قطع العداء 42 كيلومترا في ساعتين و5 دقائق.", "ar",
     [("42 كيلومترا", 42, "km", "exact", None), ("ساعتين و5 دقائق", 2 + 5 / 60, "hour", "exact", None)]),
    ("حكم عليه بالسجن 3 سنوات و6 أشهر.", "ar", [("3 سنوات و6 أشهر", 3.5, "year", "exact", None)]),
    ("استمرت الرحلة 11 ساعة و40 دقيقة.", "ar", [("11 ساعة و40 دقيقة", 11 + 40 / 60, "hour", "exact", None)]),
    ("انتظر الركاب ساعتين وربع.", "ar", [("ساعتين وربع", 2.25, "hour", "exact", None)]),
    ("She finished in 2hrs 15mins.", "en", [("2hrs 15mins", 2.25, "hour", "exact", None)]),
    ("The queue lasted 90 mins.", "en", [("90 mins", 90, "minute", "exact", None)]),
    ("بلغ السعر 5 دولارات ونصف.", "ar", [("5 دولارات ونصف", 5.5, "USD", "exact", None)]),
    # a race time written like a clock is a duration, in the unit of its first part; a clock time is none
    ("Kipchoge ran the marathon in 2:01:09.", "en", [("2:01:09", 2 + 1 / 60 + 9 / 3600, "hour", "exact", None)]),
    ("She swam the 200m freestyle in 1:52.3.", "en",
     [("200m", 200, "metre", "exact", None), ("1:52.3", 1 + 52.3 / 60, "minute", "exact", None)]),
    ("فاز العداء بالسباق بزمن 2:05:30.", "ar", [("2:05:30", 2 + 5 / 60 + 30 / 3600, "hour", "exact", None)]),
    ("Doors open at 10:30:00.", "en", []),
    ("The blast happened 10:30:00 GMT.", "en", []),
    ("انطلق السباق الساعة 10:30:00.", "ar", []),
    ("The meeting starts at 3:15.", "en", []),
    # two figures, not one: a smaller part of one or more of the larger unit, two kinds of thing, a lone letter, a
    # half of something else (a construct: «ونصف المصابين» is half of the injured; no half of a person)
    ("قتل 3 أشخاص ونصف المصابين.", "ar", [("3 أشخاص", 3, "person", "exact", None), ("نصف", 50, "percent", "exact", None)]),
    ("He spent 2 hours and 90 minutes.", "en",
     [("2 hours", 2, "hour", "exact", None), ("90 minutes", 90, "minute", "exact", None)]),
    ("قتل 5 أشخاص و3 أطفال.", "ar", [("5 أشخاص", 5, "person", "exact", None), ("3 أطفال", 3, "person", "exact", None)]),
    ("The tower is 300m tall.", "en", [("300m", 300, "metre", "exact", None)]),
    ("Fans bought 2m tickets.", "en", [("2m tickets", 2e6, "ticket", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), COMPOUNDS)
def test_compound_measures(text, language, expected):
    _check(text, language, expected)


COINS_AND_SCALES = [
    # pence glued as "p" keep the market code of "pence" (GBX, round 26), so "50p" and "50 pence" compare; a
    # resolution is no coin
    ("A first-class stamp now costs 95p.", "en", [("95p", 95, "GBX", "exact", None)]),
    ("Shares fell 6.8% to 214p.", "en", [("6.8%", 6.8, "percent", "exact", None), ("214p", 214, "GBX", "exact", None)]),
    ("The phone records 1080p video.", "en", []),
    ("A can of cola costs 99 cents.", "en", [("99 cents", 0.99, "USD", "exact", None)]),
    ("ارتفع سعر الرغيف 50 قرشا.", "ar", [("50 قرشا", 0.5, "EGP", "exact", None)]),
    ("زادت الرسوم 15 هللة.", "ar", [("15 هللة", 0.15, "SAR", "exact", None)]),
    # a fils is a thousandth of a dinar and a hundredth of a dirham: read in the currency of the clause or of the
    # article's country, else left unread
    ("بلغ سعر رغيف الخبز 50 فلسا في الكويت.", "ar", [("50 فلسا", 0.05, "KWD", "exact", None)]),
    ("ارتفعت تعرفة الحافلة 50 فلسا في دبي.", "ar", [("50 فلسا", 0.5, "AED", "exact", None)]),
    ("ارتفع السعر 250 فلسا إلى 1.2 دينار كويتي.", "ar",
     [("250 فلسا", 0.25, "KWD", "exact", None), ("1.2 دينار كويتي", 1.2, "KWD", "exact", None)]),
    ("بلغ السعر 500 فلس.", "ar", [("500", 500, None, "exact", None)]),
    # a glued m in a clause about money is a million even after a verb of covering a distance
    ("The company ran 5m in losses last year.", "en", [("5m", 5e6, None, "exact", None)]),
    ("The company ran up 5m in losses.", "en", [("5m", 5e6, None, "exact", None)]),
    ("The firm cleared 2.35m in debts.", "en", [("2.35m", 2.35e6, None, "exact", None)]),
    ("He cleared 2.35m in the high jump.", "en", [("2.35m", 2.35, "metre", "exact", None)]),
    ("The team ran 5m in the drill.", "en", [("5m", 5, "metre", "exact", None)]),
    ("Debt rose to 3bn in 2025.", "en", [("3bn", 3e9, None, "exact", None)]),
    # a race named by its distance is metres
    ("She won the 10,000m in 29 minutes 55 seconds.", "en",
     [("10,000m", 10000, "metre", "exact", None), ("29 minutes 55 seconds", 29 + 55 / 60, "minute", "exact", None)]),
    ("He holds the 400m record.", "en", [("400m", 400, "metre", "exact", None)]),
    ("The 1.2m residents left.", "en", [("1.2m residents", 1.2e6, "person", "exact", None)]),
    ("The 5m in losses was a record.", "en", [("5m", 5e6, None, "exact", None)]),
]


AGES = [
    # an age group names who is counted: its bounds are ages (year, as "a 29-year-old man" is), never a count of
    # the people before it, which keep their own figure
    ("Some 2,000 people aged 18 to 24 were surveyed.", "en",
     [("Some 2,000 people", 2000, "person", "about", None), ("18", 18, "year", "at_least", None),
      ("24", 24, "year", "at_most", None)]),
    ("About 300 women aged between 40 and 60 took part.", "en",
     [("About 300 women", 300, "person", "about", None), ("40", 40, "year", "at_least", None),
      ("60", 60, "year", "at_most", None)]),
    ("A survey of 1,200 adults aged 18-34 found 40% used the app.", "en",
     [("1,200 adults", 1200, "person", "exact", None), ("18", 18, "year", "at_least", None),
      ("34", 34, "year", "at_most", None), ("40%", 40, "percent", "exact", None)]),
    ("Unemployment among 15-24 year olds rose to 14 percent.", "en",
     [("15", 15, "year", "at_least", None), ("24 year", 24, "year", "at_most", None),
      ("14 percent", 14, "percent", "exact", None)]),
    ("He died at the age of 84.", "en", [("84", 84, "year", "exact", None)]),
    ("ارتفعت البطالة في الفئة العمرية بين 15 و24 عاماً إلى 30 في المئة.", "ar",
     [("15", 15, "year", "at_least", None), ("24 عاماً", 24, "year", "at_most", None),
      ("30 في المئة", 30, "percent", "exact", None)]),
    ("شمل المسح 2000 شاب تتراوح أعمارهم بين 18 و24 عاما.", "ar",
     [("2000 شاب", 2000, "person", "exact", None), ("18", 18, "year", "at_least", None),
      ("24 عاما", 24, "year", "at_most", None)]),
    ("شارك 500 طالب بعمر 15.", "ar", [("500 طالب", 500, "person", "exact", None), ("15", 15, "year", "exact", None)]),
    # a bound after a noun of people is an age group, no amount (round 23); "those" counts, it states no age
    ("150 children under 5 died.", "en", [("150 children", 150, "person", "exact", None)]),
    ("The scheme covers those aged over 60.", "en", []),
    ("Of those 30, 12 died.", "en", [("30", 30, None, "exact", None), ("12", 12, None, "exact", None)]),
]


NOUNS = [
    # a counted noun of no known class is its own unit, a singular lemma, so two claims counting different things
    # never share a unit; the known classes stay
    ("The navy seized 40 drums of fuel and 12 skiffs.", "en",
     [("40 drums", 40, "drum", "exact", None), ("12 skiffs", 12, "skiff", "exact", None)]),
    ("Police carried out 40 raids.", "en", [("40 raids", 40, "raid", "exact", None)]),
    ("The group owns 3 subsidiaries and 40 brands.", "en",
     [("3 subsidiaries", 3, "subsidiary", "exact", None), ("40 brands", 40, "brand", "exact", None)]),
    ("The wind farm has 300 new turbines.", "en", [("300 new turbines", 300, "turbine", "exact", None)]),
    ("The strike closed 35 ports and 400 flights.", "en",
     [("35 ports", 35, "port", "exact", None), ("400 flights", 400, "flight", "exact", None)]),
    ("Firefighters contained 30 wildfires.", "en", [("30 wildfires", 30, "fire", "exact", None)]),
    ("The navy intercepted 12 vessels.", "en", [("12 vessels", 12, "ship", "exact", None)]),
    ("Researchers found 12 species.", "en", [("12 species", 12, "species", "exact", None)]),
    ("Inspectors counted 300 boxes.", "en", [("300 boxes", 300, "box", "exact", None)]),
    ("وصلت 20 شحنة إلى الميناء.", "ar", [("20 شحنة", 20, "شحن", "exact", None)]),
    ("اشترى 40 عقاراً و3 عقارات.", "ar", [("40 عقاراً", 40, "عقار", "exact", None), ("3 عقارات", 3, "عقار", "exact", None)]),
    ("بنت الحكومة 14 سداً.", "ar", [("14 سداً", 14, "سد", "exact", None)]),
    ("وصل 1500 أردني.", "ar", [("1500 أردني", 1500, "person", "exact", None)]),
    ("وقع الحادث في 12 شتنبر.", "ar", []),
    ("وقالت إن 12 هذا العام.", "ar", [("12", 12, None, "exact", None)]),
    ("وصلت 5 شحنات إلى الميناء.", "ar", [("5 شحنات", 5, "شحن", "exact", None)]),
    ("شنت الطائرات 300 غارة.", "ar", [("300 غارة", 300, "strike", "exact", None)]),
    ("اندلع 30 حريقا في الغابات.", "ar", [("30 حريقا", 30, "fire", "exact", None)]),
    # not a counted noun: a verb, a conjunction or preposition as a clitic, a pronoun, an accusative scale, an
    # adverb, a number word in a phrase
    ("30 were killed.", "en", [("30", 30, None, "exact", None)]),
    ("Police arrested 12 people and 5 others.", "en",
     [("12 people", 12, "person", "exact", None), ("5", 5, "person", "exact", None)]),
    ("The 3 largest lenders failed.", "en", [("3 largest lenders", 3, "company", "exact", None)]),
    ("The team climbed 5 places.", "en", [("5 places", 5, "place", "exact", None)]),
    ("Windows 11 users complained.", "en", []),
    ("The 2024 elections were held.", "en", []),
    ("He was 30 when elections were held.", "en", [("30", 30, None, "exact", None)]),
    ("قتل 20 وأصيب 30.", "ar", [("20", 20, "person", "exact", None), ("30", 30, "person", "exact", None)]),  # round 30
    ("ونزح نحو 12 مليونا داخل البلاد.", "ar", [("نحو 12 مليونا", 12e6, None, "about", None)]),
    ("إن أعضاءها البالغ عددهم 45 ألفا سيضربون لمدة 48 ساعة.", "ar",
     [("45 ألفا", 45000, "person", "exact", None), ("48 ساعة", 48, "hour", "exact", None)]),
    ("وصوت 61 نائبا لصالح القرار مقابل 35 عارضوه.", "ar",
     [("61 نائبا", 61, "person", "exact", None), ("35", 35, "person", "exact", None)]),
    ("ارتفع العدد إلى 20 يوميا.", "ar", [("20", 20, None, "exact", None)]),
    ("لست متأكداً.", "ar", []),
]


DOMAINS = [
    # agriculture
    ("Egyptian farmers harvested 18 ardebs per feddan.", "en", [("18 ardebs", 18, "ardeb", "exact", None)]),
    ("بلغت إنتاجية القمح 18 إردبا للفدان.", "ar", [("18 إردبا", 18, "ardeb", "exact", None)]),
    ("زرعت الوزارة 50 ألف فدان بالأرز.", "ar", [("50 ألف فدان", 5e4, "feddan", "exact", None)]),
    ("The farm yields 4.2 tonnes of rice per hectare.", "en", [("4.2 tonnes", 4.2, "tonne", "exact", None)]),
    ("تبلغ مساحة الأرض 300 دونم.", "ar", [("300 دونم", 300, "dunam", "exact", None)]),
    # energy
    ("بلغ إنتاج الغاز 6.8 مليار قدم مكعب يوميا.", "ar", [("6.8 مليار قدم مكعب", 6.8e9, "cubic_foot/day", "exact", None)]),
    ("The US produces 100 billion cubic feet of gas a day.", "en",
     [("100 billion cubic feet", 1e11, "cubic_foot/day", "exact", None)]),
    ("The solar park will generate 1,200 GWh a year.", "en", [("1,200 GWh", 1200, "gigawatt_hour/year", "exact", None)]),
    ("تنتج المصفاة 400 ألف برميل يوميا.", "ar", [("400 ألف برميل", 4e5, "barrel/day", "exact", None)]),
    # finance
    ("Prices rose 25bp.", "en", [("25bp", 25, "basis_point", "exact", None)]),
    ("خفض البنك الفائدة بمقدار 50 نقطة أساس.", "ar", [("50 نقطة أساس", 50, "basis_point", "exact", None)]),
    # health
    ("The vaccine is given in 3 doses of 30 micrograms.", "en",
     [("3 doses", 3, "dose", "exact", None), ("30 micrograms", 30, "microgram", "exact", None)]),
    ("تلقى الطفل جرعتين من لقاح شلل الأطفال.", "ar", [("جرعتين", 2, "dose", "exact", None)]),
    # sport
    ("Kipchoge ran 42.195km in 2h 1m 9s.", "en",
     [("42.195km", 42.195, "km", "exact", None), ("2h 1m 9s", 2 + 1 / 60 + 9 / 3600, "hour", "exact", None)]),
    ("أحرز اللاعب 3 أهداف في 90 دقيقة.", "ar",
     [("3 أهداف", 3, "goal", "exact", None), ("90 دقيقة", 90, "minute", "exact", None)]),
    # shipping
    ("The ship carries 24,000 TEU.", "en", [("24,000 TEU", 24000, "container", "exact", None)]),
    ("تعامل ميناء جبل علي مع 14 مليون حاوية.", "ar", [("14 مليون حاوية", 1.4e7, "container", "exact", None)]),
    # weather, speed, area
    ("Temperatures dropped to minus 12 degrees Celsius.", "en",
     [("minus 12 degrees Celsius", -12, "celsius", "exact", None)]),
    ("هبت رياح بسرعة 90 كيلومترا في الساعة.", "ar", [("90 كيلومترا في الساعة", 90, "km_per_hour", "exact", None)]),
    ("The park spans 2,400 sq km.", "en", [("2,400 sq km", 2400, "square_km", "exact", None)]),
    ("يبلغ طول الجسر 500 قدم.", "ar", [("500 قدم", 500, "foot", "exact", None)]),
    # Arabic spellings of metric units: metric tonnes, the two-word kilometre, كلم, km², litres spelled with ي
    ("أنتج المصنع 12 طنا متريا.", "ar", [("12 طنا متريا", 12, "tonne", "exact", None)]),
    ("يبعد المخيم 40 كيلو متر عن الحدود.", "ar", [("40 كيلو متر", 40, "km", "exact", None)]),
    ("قطع المتسابقون 15 كلم.", "ar", [("15 كلم", 15, "km", "exact", None)]),
    ("تبلغ مساحة المحمية 500 كم².", "ar", [("500 كم²", 500, "square_km", "exact", None)]),
    ("يبلغ وزن الطرد 3 كيلوغرامات.", "ar", [("3 كيلوغرامات", 3, "kg", "exact", None)]),
    ("استهلكت الأسرة 200 ليتر من الماء.", "ar", [("200 ليتر", 200, "litre", "exact", None)]),
    # population
    # a population with no noun modifier is of people (round 33); "the tiger population" stays unread; سكان are inhabitants
    ("The town has a population of 45,000.", "en", [("45,000", 45000, "person", "exact", None)]),
    ("يبلغ عدد سكانها 3.5 مليون.", "ar", [("3.5 مليون", 3.5e6, "person", "exact", None)]),
    ("يبلغ سكان المدينة 45 ألفا.", "ar", [("45 ألفا", 45000, "person", "exact", None)]),
    ("يبلغ عدد سكان غزة 2.3 مليون نسمة.", "ar", [("2.3 مليون نسمة", 2.3e6, "person", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), COINS_AND_SCALES)
def test_coins_and_scales(text, language, expected):
    _check(text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), AGES)
def test_ages_are_no_counts(text, language, expected):
    _check(text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), NOUNS)
def test_counted_nouns(text, language, expected):
    _check(text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), DOMAINS)
def test_domains(text, language, expected):
    _check(text, language, expected)
