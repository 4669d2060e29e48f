"""Round 21, quantities and events on unseen articles (health, energy, courts, local transport, agriculture,
football, electricity; Arabic and English): figures with scale suffixes and signs ("1.2m", "£3.5bn", "2.4
gigawatts"), shares ("a fifth", "by a quarter", «نحو ثلث»، «نحو ثلثي»), parts of a total ("one in four",
"150 of its 1,100 staff", «3 من المتهمين العشرة», «600 عامل من أصل 2400»), multiples ("twice", «ضعفي»),
«مليار ونصف»، «ربع مليون», vague counts that stay no figure («بضعة آلاف»), events and subjects. Each claim is
checked whole: its text, event and subject (``ANY`` where this round makes no claim about them) and every
quantity with its span, value, unit, qualifier and total."""
from __future__ import annotations

import datetime

import pytest
from span_checks import article_claims

DAY = datetime.date(2025, 9, 14)
ANY = object()

ARTICLES = {
    'EN1': 'Regional health board warns of winter strain\nThe Northern Valley Health Board said on Tuesday that its hospitals treated 1.2m patients in the year to March, up from 1.05m a year earlier.\nEmergency departments saw twice as many children with respiratory infections as in 2023.\nOne in four nurses in the region is over 55, according to a workforce survey by the Royal College of Nursing.\nThe board plans to hire 450 nurses and 120 doctors before December.\nHealth minister Aoife Brennan said the government would provide £3.5bn over three years for new wards.\nWaiting lists fell by a fifth in rural districts, the board said.\nAbout 38% of beds were occupied by patients awaiting discharge.\n',
    'EN2': 'Solar developer buys stake in grid operator\nSunridge Energy has agreed to buy a 12% stake in the state grid operator Transvolt for $640 million, the companies said on Monday.\nThe deal values Transvolt at about $5.3bn.\nSunridge said it would install 2.4 gigawatts of new capacity by 2027, enough to power roughly 900,000 homes.\nTransvolt shares rose 7.5% in early trading in Johannesburg.\nThe company employs 3,800 people and operates 14,000 km of high-voltage lines.\nElectricity prices in the region have risen by a quarter since January 2024.\nSunridge will cut 150 of its 1,100 staff as part of a restructuring, a spokeswoman said.\n',
    'EN3': 'Court jails eight over cattle-rustling ring\nA court in Nakuru on Thursday sentenced eight men to a total of 96 years in prison for running a cattle-rustling ring.\nProsecutors said the gang stole more than 2,300 head of cattle worth 180 million shillings between 2021 and 2024.\nJudge Mary Wanjiru ordered the men to pay fines of 2 million shillings each.\nTwo of the 10 defendants were acquitted for lack of evidence.\nPolice arrested 14 suspects in the case last year.\nFarmers in the county lost nearly a third of their herds to theft and drought.\nLawyers for the men said they would appeal within 14 days.\n',
    'EN4': "City council approves bus fare freeze\nLeeds City Council voted 52 to 31 on Wednesday to freeze bus fares at £2 until 2027.\nThe scheme will cost the council £18.4m a year, officials said.\nBus use in the city has fallen by 14% since 2019, while car journeys rose 6%.\nOperator First Yorkshire said it carried 41 million passengers last year.\nThe council will also buy 60 electric buses and build three new depots.\nAbout half of the city's 812,000 residents live within 400 metres of a frequent bus route.\nSchools in the district will receive 1,500 free passes for pupils.\n",
    'AR1': 'وزارة الزراعة: تراجع محصول القمح بنحو الثلث\nالقاهرة - «الأهرام»\nأعلنت وزارة الزراعة المصرية أن محصول القمح تراجع هذا الموسم إلى نحو 6.3 مليون طن مقارنة بـ9.1 مليون طن العام الماضي.\nوقال المتحدث باسم الوزارة إن نحو ثلث المساحات المزروعة تضررت بسبب موجة الحر.\nوأضاف أن الحكومة ستصرف تعويضات بقيمة مليار ونصف جنيه لصالح ربع مليون مزارع.\nوارتفعت أسعار الأسمدة بنسبة 40% خلال ستة أشهر.\nوتستورد مصر ضعفي ما تنتجه من القمح تقريبا.\nوأشار إلى أن بضعة آلاف من صغار المزارعين لم يحصلوا بعد على الدعم.\n',
    'AR2': 'محكمة الجنايات تقضي بسجن 7 متهمين في قضية فساد\nعمّان - «الغد»\nقضت محكمة الجنايات الكبرى يوم الأربعاء بسجن سبعة متهمين لمدة تتراوح بين 3 و10 سنوات في قضية اختلاس أموال عامة.\nوبحسب لائحة الاتهام، اختلس المتهمون نحو 12 مليون دينار من صندوق التقاعد بين عامي 2019 و2023.\nوبرأت المحكمة 3 من المتهمين العشرة لعدم كفاية الأدلة.\nوألزمت المحكمة المدانين برد 8.5 مليون دينار وغرامة قدرها 500 ألف دينار.\nوقال محامي الدفاع إن موكليه سيستأنفون الحكم خلال 30 يوما.\nوكانت هيئة النزاهة قد أحالت 42 قضية فساد إلى القضاء العام الماضي.\n',
    'AR3': 'الاتحاد المغربي يوقع مع مدرب جديد\nالرباط - «هسبريس»\nوقع نادي الرجاء الرياضي مع المدرب البرتغالي لمدة موسمين مقابل 1.2 مليون يورو سنويا.\nوسجل الفريق 61 هدفا في 30 مباراة الموسم الماضي.\nوحضر نحو 45 ألف مشجع مباراة الافتتاح في ملعب محمد الخامس.\nوباع النادي 18 ألف تذكرة اشتراك موسمي، أي ضعفي ما باعه العام الماضي.\nوقال رئيس النادي إن ميزانية الموسم الجديد تبلغ 90 مليون درهم.\nوأضاف أن النادي سيتعاقد مع 4 لاعبين جدد قبل نهاية الشهر.\n',
    'AR4': 'شركة الكهرباء: 1.5 مليون مشترك بلا تيار\nالكويت - «القبس»\nقالت وزارة الكهرباء والماء إن انقطاع التيار طال نحو 1.5 مليون مشترك يوم الاثنين بعد ارتفاع الأحمال إلى 17 ألف ميغاواط.\nوأوضحت الوزارة أن خمس محطات توليد توقفت عن العمل لساعات.\nويستهلك القطاع السكني نحو ثلثي الكهرباء المنتجة في البلاد.\nوستنفق الحكومة 2.3 مليار دينار على مشاريع الطاقة الشمسية خلال خمس سنوات.\nوتستهدف الخطة إنتاج 15% من الكهرباء من مصادر متجددة بحلول 2030.\nوسرحت شركة المقاولات المنفذة للمشروع 600 عامل من أصل 2400.\n',
}

# (article, claim, event, subject, [(text, value, unit, qualifier, total)])
ROWS = [
    ("EN1", "its hospitals treated 1.2m patients in the year to March, up from 1.05m a year earlier", None,
     "Northern Valley Health Board",
     [("1.2m patients", 1.2e6, "person", "exact", None), ("1.05m", 1.05e6, "person", "exact", None)]),
    ("EN1", "Emergency departments saw twice as many children with respiratory infections as in 2023", None, ANY,
     [("twice", 2.0, "times", "exact", None)]),
    ("EN1", "One in four nurses in the region is over 55", None, None,
     [("One in four nurses", 1.0, "person", "exact", 4.0), ("over 55", 55.0, None, "more_than", None)]),
    ("EN1", "The board plans to hire 450 nurses and 120 doctors before December", "hiring", None,
     [("450 nurses", 450.0, "person", "exact", None), ("120 doctors", 120.0, "person", "exact", None)]),
    ("EN1", "the government would provide £3.5bn over three years for new wards", None, "the government",  # round 28: a definite institution noun opening its clause is its subject
     [("£3.5bn", 3.5e9, "GBP", "exact", None), ("three years", 3.0, "year", "exact", None)]),
    ("EN1", "Waiting lists fell by a fifth in rural districts", None, ANY, [("a fifth", 20.0, "percent", "exact", None)]),
    ("EN1", "About 38% of beds were occupied by patients awaiting discharge", None, None,
     [("About 38%", 38.0, "percent", "about", None)]),
    ("EN2", "Sunridge Energy has agreed to buy a 12% stake in the state grid operator Transvolt for $640 million",
     "acquisition", "Sunridge Energy",
     [("12%", 12.0, "percent", "exact", None), ("$640 million", 6.4e8, "USD", "exact", None)]),
    ("EN2", "it would install 2.4 gigawatts of new capacity by 2027, enough to power roughly 900,000 homes", None,
     "Sunridge", [("2.4 gigawatts", 2.4, "gigawatt", "exact", None), ("roughly 900,000 homes", 9e5, "home", "about", None)]),
    ("EN2", "Transvolt shares rose 7.5% in early trading in Johannesburg", "price_change", "Transvolt",
     [("7.5%", 7.5, "percent", "exact", None)]),
    ("EN2", "The company employs 3,800 people and operates 14,000 km of high-voltage lines", None, None,
     [("3,800 people", 3800.0, "person", "exact", None), ("14,000 km", 14000.0, "km", "exact", None)]),
    ("EN2", "Electricity prices in the region have risen by a quarter since January 2024", None, ANY,
     [("a quarter", 25.0, "percent", "exact", None)]),
    ("EN2", "Sunridge will cut 150 of its 1,100 staff as part of a restructuring", "layoff", "Sunridge",
     [("150 of its 1,100 staff", 150.0, "person", "exact", 1100.0)]),
    ("EN3", "A court in Nakuru on Thursday sentenced eight men to a total of 96 years in prison for running a "
            "cattle-rustling ring", "lawsuit", ANY,
     [("eight men", 8.0, "person", "exact", None), ("96 years", 96.0, "year", "exact", None)]),
    ("EN3", "the gang stole more than 2,300 head of cattle worth 180 million shillings between 2021 and 2024", None, None,
     [("more than 2,300 head of cattle", 2300.0, "livestock", "more_than", None),
      ("180 million shillings", 1.8e8, "KES", "exact", None)]),
    ("EN3", "Two of the 10 defendants were acquitted for lack of evidence", None, None,
     [("Two of the 10 defendants", 2.0, "person", "exact", 10.0)]),
    ("EN3", "Police arrested 14 suspects in the case last year", "arrest", "Police",
     [("14 suspects", 14.0, "person", "exact", None)]),
    ("EN3", "Farmers in the county lost nearly a third of their herds to theft and drought", None, None,
     [("nearly a third", 33.333333, "percent", "about", None)]),
    ("EN4", "The scheme will cost the council £18.4m a year", None, None, [("£18.4m", 1.84e7, "GBP/year", "exact", None)]),
    ("EN4", "Bus use in the city has fallen by 14% since 2019", None, None, [("14%", 14.0, "percent", "exact", None)]),
    ("EN4", "it carried 41 million passengers last year", None, ANY,
     [("41 million passengers", 4.1e7, "person", "exact", None)]),
    ("EN4", "About half of the city's 812,000 residents live within 400 metres of a frequent bus route", None, None,
     [("About half of the city's 812,000 residents", 406000.0, "person", "about", 812000.0),
      ("400 metres", 400.0, "metre", "exact", None)]),
    ("AR1", "محصول القمح تراجع هذا الموسم إلى نحو 6.3 مليون طن مقارنة بـ9.1 مليون طن العام الماضي", None, None,
     [("نحو 6.3 مليون طن", 6.3e6, "tonne", "about", None), ("9.1 مليون طن", 9.1e6, "tonne", "exact", None)]),
    ("AR1", "نحو ثلث المساحات المزروعة تضررت بسبب موجة الحر", None, None,
     [("نحو ثلث", 33.333333, "percent", "about", None)]),
    ("AR1", "الحكومة ستصرف تعويضات بقيمة مليار ونصف جنيه لصالح ربع مليون مزارع", None, "الحكومة",  # round 28: a definite institution noun opening its clause is its subject
     [("مليار ونصف جنيه", 1.5e9, "EGP", "exact", None), ("ربع مليون مزارع", 250000.0, "person", "exact", None)]),
    ("AR1", "وارتفعت أسعار الأسمدة بنسبة 40% خلال ستة أشهر", "price_change", None,
     [("40%", 40.0, "percent", "exact", None), ("ستة أشهر", 6.0, "month", "exact", None)]),
    ("AR1", "وتستورد مصر ضعفي ما تنتجه من القمح تقريبا", None, ANY, [("ضعفي", 2.0, "times", "exact", None)]),
    ("AR1", "وأشار إلى أن بضعة آلاف من صغار المزارعين لم يحصلوا بعد على الدعم", None, None, []),
    # round 26: the indictment is the claim's source (بحسب لائحة الاتهام), no longer part of its text
    ("AR2", "اختلس المتهمون نحو 12 مليون دينار من صندوق التقاعد بين عامي 2019 و2023", None, ANY,
     [("نحو 12 مليون دينار", 1.2e7, "JOD", "about", None)]),
    ("AR2", "وبرأت المحكمة 3 من المتهمين العشرة لعدم كفاية الأدلة", "lawsuit", None,
     [("3 من المتهمين العشرة", 3.0, "person", "exact", 10.0)]),
    ("AR2", "وألزمت المحكمة المدانين برد 8.5 مليون دينار وغرامة قدرها 500 ألف دينار", "lawsuit", None,
     [("8.5 مليون دينار", 8.5e6, "JOD", "exact", None), ("500 ألف دينار", 5e5, "JOD", "exact", None)]),
    ("AR2", "وكانت هيئة النزاهة قد أحالت 42 قضية فساد إلى القضاء العام الماضي", None, "هيئة النزاهة",
     [("42 قضية", 42.0, "case", "exact", None)]),
    ("AR3", "وقع نادي الرجاء الرياضي مع المدرب البرتغالي لمدة موسمين مقابل 1.2 مليون يورو سنويا", "transfer",
     "نادي الرجاء الرياضي", [("موسمين", 2.0, "season", "exact", None), ("1.2 مليون يورو", 1.2e6, "EUR/year", "exact", None)]),
    ("AR3", "وسجل الفريق 61 هدفا في 30 مباراة الموسم الماضي", None, None,
     [("61 هدفا", 61.0, "goal", "exact", None), ("30 مباراة", 30.0, "match", "exact", None)]),
    ("AR3", "وحضر نحو 45 ألف مشجع مباراة الافتتاح في ملعب محمد الخامس", ANY, None,
     [("نحو 45 ألف مشجع", 45000.0, "person", "about", None)]),
    ("AR3", "وباع النادي 18 ألف تذكرة اشتراك موسمي", None, None, [("18 ألف تذكرة", 18000.0, "ticket", "exact", None)]),
    ("AR3", "أي ضعفي ما باعه العام الماضي", None, None, [("ضعفي", 2.0, "times", "exact", None)]),
    ("AR3", "النادي سيتعاقد مع 4 لاعبين جدد قبل نهاية الشهر", "transfer", "النادي",  # round 28: a definite institution noun opening its clause is its subject
     [("4 لاعبين", 4.0, "person", "exact", None)]),
    ("AR4", "انقطاع التيار طال نحو 1.5 مليون مشترك يوم الاثنين بعد ارتفاع الأحمال إلى 17 ألف ميغاواط", None, None,
     [("نحو 1.5 مليون مشترك", 1.5e6, "person", "about", None), ("17 ألف ميغاواط", 17000.0, "megawatt", "exact", None)]),
    ("AR4", "خمس محطات توليد توقفت عن العمل لساعات", None, None, [("خمس محطات توليد", 5.0, "station", "exact", None)]),
    ("AR4", "ويستهلك القطاع السكني نحو ثلثي الكهرباء المنتجة في البلاد", None, None,
     [("نحو ثلثي", 66.666667, "percent", "about", None)]),
    ("AR4", "وستنفق الحكومة 2.3 مليار دينار على مشاريع الطاقة الشمسية خلال خمس سنوات", None, None,
     [("2.3 مليار دينار", 2.3e9, "KWD", "exact", None), ("خمس سنوات", 5.0, "year", "exact", None)]),
    ("AR4", "وسرحت شركة المقاولات المنفذة للمشروع 600 عامل من أصل 2400", "layoff", ANY,
     [("600 عامل من أصل 2400", 600.0, "person", "exact", 2400.0)]),
]

COUNTS = {"EN1": 8, "EN2": 8, "EN3": 8, "EN4": 8, "AR1": 7, "AR2": 7, "AR3": 8, "AR4": 7}


@pytest.fixture(scope="module")
def claims():
    langs = {k: k[:2].lower() for k in ARTICLES}
    return {k: article_claims(text, langs[k], DAY, COUNTS[k] - 1, COUNTS[k] + 1, ["هسبريس", "الأهرام", "القبس", "الغد"])
            for k, text in ARTICLES.items()}


@pytest.mark.parametrize(("article", "claim", "event", "subject", "quantities"), ROWS)
def test_article_claim(claims, article, claim, event, subject, quantities):
    got = claims[article]
    assert claim in got, list(got)
    c = got[claim]
    if event is not ANY:
        assert c.event == event
    if subject is not ANY:
        assert (c.subject.text if c.subject else None) == subject
    rows = [(q.text, q.unit, q.qualifier, q.total) for q in c.quantities]
    assert rows == [(t, u, ql, tot) for t, _, u, ql, tot in quantities]
    assert [q.value for q in c.quantities] == pytest.approx([v for _, v, *_ in quantities], rel=1e-6)
