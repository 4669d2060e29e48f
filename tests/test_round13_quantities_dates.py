"""Round 13 quantity and date fixes: a bare "pound" / "lira" / "dinar" takes the country the article names
(else its lexicon default: GBP for a pound, INR for a rupee); an exchange rate with no link word ("The
dollar fetched 150 yen", سجل الدولار 48.5 جنيه) is the amount's currency per the subject's; fiscal years
("next fiscal year", العام المالي المقبل, "FY2025") are dated at year precision; a verb of promising
("vowed to", "pledged to", وعد ب…، تعهدت بأن) reads a bare month ahead. Past statements, scaled sums and
earlier conventions do not move."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, quantity_rows

from factcheck.pipeline import analyze

JUN4 = date(2024, 6, 4)


def _quantities(text: str, language: str):
    return quantity_rows(text, language)


def _dates(text: str, language: str, published: date | None = JUN4):
    return date_rows(text, language, published)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a bare rupee in a rate takes its default, INR; a Pakistani rupee is PKR
    ("The rupee fell to 83.2 per dollar.", "en", [("83.2 per dollar", 83.2, "INR/USD", "exact", None)]),
    ("The Pakistani rupee fell to 280 per dollar.", "en", [("280 per dollar", 280.0, "PKR/USD", "exact", None)]),
    # a bare pound: the country the article names, else GBP (the documented default)
    ("Egypt's central bank raised rates. The pound fell to 48.5 per dollar.", "en",
     [("48.5 per dollar", 48.5, "EGP/USD", "exact", None)]),
    ("Lebanon's banks reopened. The pound traded at 89,500 to the dollar.", "en",
     [("89,500 to the dollar", 89500.0, "LBP/USD", "exact", None)]),
    ("The pound fell to 1.25 per dollar.", "en", [("1.25 per dollar", 1.25, "GBP/USD", "exact", None)]),
    ("The Egyptian pound fell to 48.5 per dollar.", "en", [("48.5 per dollar", 48.5, "EGP/USD", "exact", None)]),
    ("Britain and Egypt signed a deal worth 40 million pounds.", "en",
     [("40 million pounds", 40e6, "GBP", "exact", None)]),
    ("Cairo exporters said the deal was worth 3 million pounds sterling.", "en",
     [("3 million pounds sterling", 3e6, "GBP", "exact", None)]),
    ("Turkey's central bank said the lira fell to 32 per dollar.", "en",
     [("32 per dollar", 32.0, "TRY/USD", "exact", None)]),
    ("تراجع الجنيه المصري إلى 48.5 للدولار.", "ar", [("48.5 للدولار", 48.5, "EGP/USD", "exact", None)]),
    # must not change: a pound of weight, an amount in an article naming no country
    ("He bought 3 pounds of rice in Cairo.", "en", [("3 pounds", 3.0, "lb", "exact", None)]),
    ("Campaigners say the plan will cost 4 billion pounds.", "en", [("4 billion pounds", 4e9, "GBP", "exact", None)]),
])
def test_currency_by_country(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a rate with no link word: the amount's currency per the subject currency
    ("The dollar fetched 150 yen.", "en", [("150 yen", 150.0, "JPY/USD", "exact", None)]),
    ("The dollar bought 150 yen.", "en", [("150 yen", 150.0, "JPY/USD", "exact", None)]),
    ("The euro traded at 1.08 dollars.", "en", [("1.08 dollars", 1.08, "USD/EUR", "exact", None)]),
    ("The US dollar was trading at about 150 yen.", "en", [("about 150 yen", 150.0, "JPY/USD", "about", None)]),
    ("Sterling rose to 1.27 dollars.", "en", [("1.27 dollars", 1.27, "USD/GBP", "exact", None)]),
    ("Egypt's central bank raised rates. The dollar fetched 48.5 pounds.", "en",
     [("48.5 pounds", 48.5, "EGP/USD", "exact", None)]),
    ("سجل الدولار 48.5 جنيه", "ar", [("48.5 جنيه", 48.5, "EGP/USD", "exact", None)]),
    ("استقر الدولار عند 48.5 جنيه في البنوك.", "ar", [("48.5 جنيه", 48.5, "EGP/USD", "exact", None)]),
    ("ارتفع سعر الدولار الأمريكي إلى 48.5 جنيه مصري.", "ar",
     [("48.5 جنيه مصري", 48.5, "EGP/USD", "exact", None)]),
    # must not change: scaled sums, no currency subject, a link word already naming the second currency
    ("بلغ احتياطي الدولار 48.5 مليار جنيه.", "ar", [("48.5 مليار جنيه", 48.5e9, "EGP", "exact", None)]),
    ("The dollar hit 5 billion euros.", "en", [("5 billion euros", 5e9, "EUR", "exact", None)]),
    ("Dollar deposits rose to 50 million euros.", "en", [("50 million euros", 50e6, "EUR", "exact", None)]),
    ("The euro zone lost 5 billion dollars.", "en", [("5 billion dollars", 5e9, "USD", "exact", None)]),
    ("The company paid 150 yen.", "en", [("150 yen", 150.0, "JPY", "exact", None)]),
    ("The Egyptian pound traded at 48.5 to the dollar.", "en",
     [("48.5 to the dollar", 48.5, "EGP/USD", "exact", None)]),
])
def test_rate_without_link_word(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # fiscal years relative to publication (2024-06-04), span = the phrase
    ("The company expects sales to double next fiscal year.", "en", [("next fiscal year", "2025")]),
    ("Profit rose in the current fiscal year.", "en", [("the current fiscal year", "2024")]),
    ("Profit rose this fiscal year.", "en", [("this fiscal year", "2024")]),
    ("Profit fell last fiscal year.", "en", [("last fiscal year", "2023")]),
    ("Exports will grow next financial year.", "en", [("next financial year", "2025")]),
    ("تتوقع الشركة ارتفاع المبيعات في العام المالي المقبل.", "ar", [("العام المالي المقبل", "2025")]),
    ("تتوقع الشركة ارتفاع المبيعات في السنة المالية المقبلة.", "ar", [("السنة المالية المقبلة", "2025")]),
    ("ارتفعت الأرباح في العام المالي الماضي.", "ar", [("العام المالي الماضي", "2023")]),
    ("ارتفعت الأرباح خلال العام المالي الجاري.", "ar", [("العام المالي الجاري", "2024")]),
    # explicit fiscal years
    ("Sales will double in fiscal 2025.", "en", [("fiscal 2025", "2025")]),
    ("Sales will double in FY2025.", "en", [("FY2025", "2025")]),
    ("Sales will double in fiscal year 2025.", "en", [("fiscal year 2025", "2025")]),
    ("تتضاعف المبيعات في العام المالي 2025.", "ar", [("العام المالي 2025", "2025")]),
    ("Sales will double in the 2025 fiscal year.", "en", [("the 2025 fiscal year", "2025")]),
    ("Profit rose in its 2023 financial year.", "en", [("its 2023 financial year", "2023")]),
    # a quarter of a fiscal year stays one quarter ref
    ("Profit fell in the first quarter of next fiscal year.", "en",
     [("the first quarter of next fiscal year", "2025-01")]),
    ("Growth slowed in the current year.", "en", [("the current year", "2024")]),
])
def test_fiscal_years(text, language, expected):
    assert _dates(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a verb of promising reads the month of the promised event ahead
    ("The minister vowed to cut prices by October.", "en", [("October", "2024-10")]),
    ("The minister pledged to cut prices by October.", "en", [("October", "2024-10")]),
    ("The minister promised to cut prices in October.", "en", [("October", "2024-10")]),
    ("The government vowed to raise wages in January.", "en", [("January", "2025-01")]),
    ("The government plans to cut prices by October.", "en", [("October", "2024-10")]),
    ("تعهد الوزير بخفض الأسعار بحلول أكتوبر.", "ar", [("أكتوبر", "2024-10")]),
    ("وعد الوزير بخفض الأسعار في أكتوبر.", "ar", [("أكتوبر", "2024-10")]),
    ("تعهدت الحكومة بأن تخفض الأسعار في أكتوبر.", "ar", [("أكتوبر", "2024-10")]),
    # must not change: past events, the promise's own date, a past perfect promise
    ("Prices were cut in October.", "en", [("October", "2023-10")]),
    ("The government pledged in October to cut prices.", "en", [("October", "2023-10")]),
    ("The minister had promised to cut prices in October.", "en", [("October", "2023-10")]),
    ("خفضت الحكومة الأسعار في أكتوبر.", "ar", [("أكتوبر", "2023-10")]),
    ("وعدت الحكومة في أكتوبر بخفض الأسعار.", "ar", [("أكتوبر", "2023-10")]),
    ("كان الوزير قد وعد بخفض الأسعار في أكتوبر.", "ar", [("أكتوبر", "2023-10")]),
])
def test_promise_reads_ahead(text, language, expected):
    assert _dates(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # fractions of a total and shares
    ("The firm cut a third of its 900 staff.", "en", [("a third of its 900 staff", 300.0, "person", "exact", 900.0)]),
    ("A quarter of the 1,200 workers were laid off.", "en",
     [("A quarter of the 1,200 workers", 300.0, "person", "exact", 1200.0)]),
    ("Two-thirds of voters backed the plan.", "en", [("Two-thirds", 66.666667, "percent", "exact", None)]),
    ("أكد أن ربع الموظفين فقدوا وظائفهم.", "ar", [("ربع", 25.0, "percent", "exact", None)]),
    # points, basis points and scales
    ("ارتفع التضخم بنسبة 3.5 نقطة مئوية.", "ar", [("3.5 نقطة مئوية", 3.5, "percentage_point", "exact", None)]),
    ("The central bank raised rates by 50 basis points.", "en",
     [("50 basis points", 50.0, "basis_point", "exact", None)]),
    ("Unemployment fell 0.4 percentage points to 3.8%.", "en",
     [("0.4 percentage points", 0.4, "percentage_point", "exact", None), ("3.8%", 3.8, "percent", "exact", None)]),
    ("Half a million people fled the city.", "en", [("Half a million people", 5e5, "person", "exact", None)]),
    ("نحو نصف مليون شخص نزحوا.", "ar", [("نحو نصف مليون شخص", 5e5, "person", "about", None)]),
    ("The company lost $1.2bn.", "en", [("$1.2bn", 1.2e9, "USD", "exact", None)]),
    ("The company lost 1.2bn dollars.", "en", [("1.2bn dollars", 1.2e9, "USD", "exact", None)]),
    ("بلغت الصادرات ٣٫٥ مليار دولار.", "ar", [("٣٫٥ مليار دولار", 3.5e9, "USD", "exact", None)]),
    # ranges: the first bound takes the second's unit, also when "Between" opens the sentence
    ("Between 200 and 300 people were hurt.", "en",
     [("200", 200.0, "person", "at_least", None), ("300 people", 300.0, "person", "at_most", None)]),
    ("Police said between 200 and 300 people were hurt.", "en",
     [("200", 200.0, "person", "at_least", None), ("300 people", 300.0, "person", "at_most", None)]),
    ("أصيب من 200 إلى 300 شخص.", "ar",
     [("200", 200.0, "person", "at_least", None), ("300 شخص", 300.0, "person", "at_most", None)]),
    # a year naming a year noun is no count of years (round 31: "will double" is a multiplier)
    ("Sales will double in the 2025 fiscal year.", "en", [("double", 2.0, "times", "exact", None)]),
    ("Profit rose in the 2023 financial year.", "en", []),
    ("The 2000 years of history ended.", "en", [("2000 years", 2000.0, "year", "exact", None)]),
])
def test_varied_quantities(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # precision words, relative months and years, quarters
    ("The plant will open in mid-2025.", "en", [("mid-2025", "2025")]),
    ("ستنخفض الأسعار في أواخر العام الجاري.", "ar", [("أواخر العام الجاري", "2024")]),
    ("The deal will close early next month.", "en", [("early next month", "2024-07")]),
    ("Sales rose in the first quarter of 2025.", "en", [("the first quarter of 2025", "2025-01")]),
    ("ارتفعت المبيعات في الربع الأول من 2025.", "ar", [("الربع الأول من 2025", "2025-01")]),
    # round 29: a past verb reads a quarter not yet begun at publication (4 June) back, as it reads a month
    ("Sales rose in Q3.", "en", [("Q3", "2023-07")]),
    ("The bank will cut rates by 25 basis points in September.", "en", [("September", "2024-09")]),
])
def test_varied_dates(text, language, expected):
    assert _dates(text, language) == expected


def test_analyze_carries_fiscal_year_and_rate():
    text = "The company expects sales to double next fiscal year. The dollar fetched 150 yen on Tuesday."
    claims = analyze(text, "en", JUN4).claims
    dates = [(d.text, d.value) for c in claims for d in c.dates]
    units = [(q.text, q.unit) for c in claims for q in c.quantities]
    assert ("next fiscal year", "2025") in dates
    assert ("150 yen", "JPY/USD") in units
    for c in claims:
        for span in (*c.quantities, *c.dates):
            assert text[span.start:span.end] == span.text


# the article's countries are found in one scan of the folded text: clitics, لل forms, whole words only
@pytest.mark.parametrize("text, want", [
    ("ارتفعت الأسعار في دبي والشارقة", {"AED"}),
    ("وصل الوفد إلى الرباط وبالدار البيضاء", {"MAD"}),
    ("صادرات للكويت وللمغرب", {"KWD", "MAD"}),
    ("قال مسؤول إماراتي إن الأسعار ارتفعت", {"AED"}),
    ("الكويتيون يعودون", set()),  # a longer word is not the place
    ("Prices rose in Egypt and in Lebanon.", {"EGP", "LBP"}),
    ("", set()),
])
def test_places_an_article_names(text, want):
    from factcheck.extract.quantity_places import _named
    assert _named(text) == want
