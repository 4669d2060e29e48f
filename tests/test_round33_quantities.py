"""Round 33: quantities of both languages (find_quantities on hand-written sentences; each case is
(text, language, [(span, value, unit, qualifier, total)])).

- A population head gives a bare total its unit, person, as a death toll does, when no noun modifier before it
  names what it is a population of ("Egypt's population", "a population of"; not "the tiger population").
- A fraction before a bare point ("a quarter point", "half a point", "a half-point hike", «نصف نقطة») is that
  fraction of a percentage point: a fraction word never quarters an index point.
- A unit of several words joined by hyphens to its number ("a 25-basis-point cut") is read as the spaced phrase.
- After a verb of change, "N to M <unit>" with close bounds (M at most twice N: "rose 10 to 15 percent") is a range;
  far-apart numbers stay a change then a level ("fell 0.4 to 3.8%").
- Letter prefixes of Arab currencies (LE, LD, LL, TD, JD) name their currency in an article naming its country.
- Arabic deaths (وفاة، وفيات، حالة وفاة) count people.
- "to X from Y": a bare Y is the level the change started from, in X's unit.
- A fraction before a possessive ("half its value") or a possessed Arabic noun («ثلث موظفيها») is a share.
- A dashed range with a decimal bound ("3-3.5%") is no numeric date; a range of percent after "at" is no time of day.
- The و of a range of Arabic number words is a clitic of the second bound («بين عشرين وثلاثين شخصا»).
- A bare rate ("48.5 per dollar") is priced in the currency of the one country the article names, else XXX.
- "a percentage point" is one; an Arabic one after a unit phrase counts the whole phrase («نقطة مئوية واحدة»).
"""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


POPULATION = [
    ("Egypt's population reached 107 million in 2024.", "en", [("107 million", 1.07e8, "person", "exact", None)]),
    ("The country's population is estimated at 5.3 million.", "en", [("5.3 million", 5.3e6, "person", "exact", None)]),
    ("Gaza has a population of about 2.1 million.", "en", [("about 2.1 million", 2.1e6, "person", "about", None)]),
    ("وصل تعداد سكان الأردن إلى 11.5 مليون.", "ar", [("11.5 مليون", 1.15e7, "person", "exact", None)]),
    # kept: a share of the population, a census year, a unit after the number
    ("Population growth slowed to 1.4% last year.", "en", [("1.4%", 1.4, "percent", "exact", None)]),
    ("أظهر تعداد 2017 زيادة السكان.", "ar", []),
    ("The population of the herd reached 300 cattle.", "en", [("300 cattle", 300, "livestock", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), POPULATION)
def test_a_population_head_counts_people(text, language, expected):
    _check(text, language, expected)


FRACTION_POINTS = [
    ("The central bank cut rates by a quarter point on Thursday.", "en",
     [("a quarter point", 0.25, "percentage_point", "exact", None)]),
    ("The bank announced a half-point hike.", "en", [("a half-point", 0.5, "percentage_point", "exact", None)]),
    ("The Fed delivered its third quarter-point cut.", "en",
     [("quarter-point", 0.25, "percentage_point", "exact", None)]),
    ("Rates were lowered by a quarter of a point.", "en",
     [("a quarter of a point", 0.25, "percentage_point", "exact", None)]),
    ("The lead narrowed by three quarters of a point.", "en",
     [("three quarters of a point", 0.75, "percentage_point", "exact", None)]),
    ("رفع البنك المركزي الفائدة نصف نقطة.", "ar", [("نصف نقطة", 0.5, "percentage_point", "exact", None)]),
    ("خفض البنك الفائدة ربع نقطة مئوية.", "ar", [("ربع نقطة مئوية", 0.25, "percentage_point", "exact", None)]),
    # kept: whole points of an index, a quarter of something else
    ("The index lost 2.5 points.", "en", [("2.5 points", 2.5, "point", "exact", None)]),
    ("تراجع المؤشر 50 نقطة.", "ar", [("50 نقطة", 50, "point", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), FRACTION_POINTS)
def test_a_fraction_of_a_point_is_percentage_points(text, language, expected):
    _check(text, language, expected)


HYPHENATED = [
    ("The Fed approved a 25-basis-point cut.", "en", [("25-basis-point", 25, "basis_point", "exact", None)]),
    ("A 50-basis-point hike is expected in March.", "en", [("50-basis-point", 50, "basis_point", "exact", None)]),
    ("It was a 0.75-percentage-point increase.", "en",
     [("0.75-percentage-point", 0.75, "percentage_point", "exact", None)]),
    # kept: a one-word unit after a hyphen
    ("They built a 10-storey tower.", "en", [("10-storey", 10, "floor", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), HYPHENATED)
def test_a_hyphenated_unit_phrase_is_its_spaced_phrase(text, language, expected):
    _check(text, language, expected)


CHANGE_RANGES = [
    ("Prices rose 10 to 15 percent last year.", "en",
     [("10", 10, "percent", "at_least", None), ("15 percent", 15, "percent", "at_most", None)]),
    ("Wages could rise 5 to 8% next year.", "en",
     [("5", 5, "percent", "at_least", None), ("8%", 8, "percent", "at_most", None)]),
    ("Shares fell 1 to 2 percent in early trade.", "en",
     [("1", 1, "percent", "at_least", None), ("2 percent", 2, "percent", "at_most", None)]),
    ("ارتفعت الأسعار 10 إلى 15 بالمئة.", "ar",
     [("10", 10, "percent", "at_least", None), ("15 بالمئة", 15, "percent", "at_most", None)]),
    ("The company said revenue grew 20 to 25 million dollars.", "en",
     [("20", 2e7, "USD", "at_least", None), ("25 million dollars", 2.5e7, "USD", "at_most", None)]),
    # kept: a change then a level, a change from one level to another
    ("Unemployment fell 0.4 to 3.8%.", "en", [("0.4", 0.4, None, "exact", None), ("3.8%", 3.8, "percent", "exact", None)]),
    ("Sales fell 4 to 35 million.", "en", [("4", 4, None, "exact", None), ("35 million", 3.5e7, None, "exact", None)]),
    ("Output rose by 5% to 7%.", "en", [("5%", 5, "percent", "exact", None), ("7%", 7, "percent", "exact", None)]),
    ("ارتفعت الأسعار من 10 إلى 15 بالمئة.", "ar",
     [("10", 10, "percent", "exact", None), ("15 بالمئة", 15, "percent", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CHANGE_RANGES)
def test_close_bounds_after_a_verb_of_change_are_a_range(text, language, expected):
    _check(text, language, expected)


BARE_POPULATION = [
    ("The population grew to 1.4 billion.", "en", [("1.4 billion", 1.4e9, "person", "exact", None)]),
    ("The countries' population rose to 60 million.", "en", [("60 million", 6e7, "person", "exact", None)]),
    # kept: a population of animals, named by a noun before it
    ("The tiger population rose to 3,000.", "en", [("3,000", 3000, None, "exact", None)]),
    ("The country's cattle population reached 12 million.", "en", [("12 million", 1.2e7, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), BARE_POPULATION)
def test_a_population_with_a_noun_modifier_counts_no_people(text, language, expected):
    _check(text, language, expected)


REGIONAL_PREFIXES = [
    ("The bill reached LE 500 in Egypt.", "en", [("LE 500", 500, "EGP", "exact", None)]),
    ("Egyptian shoppers paid LE1,200 for the set.", "en", [("LE1,200", 1200, "EGP", "exact", None)]),
    ("In Jordan the fine is JD 50.", "en", [("JD 50", 50, "JOD", "exact", None)]),
    ("Tunisia raised the stamp duty to TD 20.", "en", [("TD 20", 20, "TND", "exact", None)]),
    ("Libya's central bank sold LD 2 billion in bonds.", "en", [("LD 2 billion", 2e9, "LYD", "exact", None)]),
    ("Lebanon set the fee at LL 150,000.", "en", [("LL 150,000", 1.5e5, "LBP", "exact", None)]),
    # kept: no country of the currency named, the letters stay unread
    ("The bill reached LE 500.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), REGIONAL_PREFIXES)
def test_letter_prefixes_of_arab_currencies(text, language, expected):
    _check(text, language, expected)


DEATHS = [
    # Arabic deaths count people, as "300 deaths" does in English
    ("سجلت الوزارة 300 وفاة.", "ar", [("300 وفاة", 300, "person", "exact", None)]),
    ("سجلت الوزارة 45 حالة وفاة جديدة.", "ar", [("45 حالة وفاة", 45, "person", "exact", None)]),
    ("ارتفع عدد الوفيات جراء الحر إلى 1200.", "ar", [("1200", 1200, "person", "exact", None)]),
    ("The flu caused 300 deaths.", "en", [("300 deaths", 300, "person", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), DEATHS)
def test_deaths_count_people(text, language, expected):
    _check(text, language, expected)


LEVEL_FROM = [
    # "to X from Y": the level a change started from, in the unit of the level it reached
    ("Inflation rose to 14% from 10.", "en", [("14%", 14, "percent", "exact", None), ("10", 10, "percent", "exact", None)]),
    ("The jobless rate fell to 6.2 per cent from 6.9.", "en",
     [("6.2 per cent", 6.2, "percent", "exact", None), ("6.9", 6.9, "percent", "exact", None)]),
    ("Its stake rose to $40 million from 25.", "en",
     [("$40 million", 4e7, "USD", "exact", None), ("25", 25, None, "exact", None)]),
    # kept: a counted noun after "from", no "to" before the figure
    ("Aid was sent to 300 families from 10 villages.", "en",
     [("300 families", 300, "household", "exact", None), ("10 villages", 10, "village", "exact", None)]),
    ("Officials counted 14% from 10 polling stations.", "en",
     [("14%", 14, "percent", "exact", None), ("10 polling stations", 10, "station", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), LEVEL_FROM)
def test_a_bare_level_after_to_and_from(text, language, expected):
    _check(text, language, expected)


POSSESSED_SHARES = [
    # a fraction before a possessive or a possessed Arabic noun is a share of what is owned, as before "the"
    ("The pound lost half its value.", "en", [("half", 50, "percent", "exact", None)]),
    ("Families spend a third of their income on rent.", "en", [("a third", 33.333333, "percent", "exact", None)]),
    ("He spent half his salary on rent.", "en", [("half", 50, "percent", "exact", None)]),
    ("خسرت الشركة ثلث موظفيها.", "ar", [("ثلث", 33.333333, "percent", "exact", None)]),
    ("خسرت الأسر ربع دخلها.", "ar", [("ربع", 25, "percent", "exact", None)]),
    # kept: a half of a year is a period
    ("Sales fell in the first half this year.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSSESSED_SHARES)
def test_a_fraction_of_what_is_owned_is_a_share(text, language, expected):
    _check(text, language, expected)


DECIMAL_BOUNDS = [
    # a dashed range with a decimal bound is no numeric date or version; a range of percent after "at" no time
    ("Growth will be 3-3.5% next year.", "en",
     [("3", 3, "percent", "at_least", None), ("3.5%", 3.5, "percent", "at_most", None)]),
    ("Growth will slow to 2.5-3%.", "en",
     [("2.5", 2.5, "percent", "at_least", None), ("3%", 3, "percent", "at_most", None)]),
    ("يتوقع البنك نموا بين 3-3.5%.", "ar",
     [("3", 3, "percent", "at_least", None), ("3.5%", 3.5, "percent", "at_most", None)]),
    ("Inflation is seen at 3-4% in 2027.", "en",
     [("3", 3, "percent", "at_least", None), ("4%", 4, "percent", "at_most", None)]),
    ("Growth is forecast at 3 to 4 percent.", "en",
     [("3", 3, "percent", "at_least", None), ("4 percent", 4, "percent", "at_most", None)]),
    # kept: numeric dates and versions with one separator, a time of day
    ("The meeting is on 12/05/2025.", "en", []),
    ("Version 1.2.3 was released.", "en", []),
    ("They met at 3 in the afternoon.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), DECIMAL_BOUNDS)
def test_decimal_bounds_and_bounds_after_at(text, language, expected):
    _check(text, language, expected)


WORD_RANGES = [
    # Arabic number words: the و of a range is a clitic of the second bound
    ("قتل ما بين عشرين وثلاثين شخصا.", "ar",
     [("عشرين", 20, "person", "at_least", None), ("ثلاثين شخصا", 30, "person", "at_most", None)]),
    ("ارتفعت الأسعار بين عشرة وعشرين بالمئة.", "ar",
     [("عشرة", 10, "percent", "at_least", None), ("عشرين بالمئة", 20, "percent", "at_most", None)]),
    ("Between twenty and thirty people were hurt.", "en",
     [("twenty", 20, "person", "at_least", None), ("thirty people", 30, "person", "at_most", None)]),
    # kept: one compound number, two clauses
    ("قتل خمسة وعشرون شخصا.", "ar", [("خمسة وعشرون شخصا", 25, "person", "exact", None)]),
    ("بلغ العدد مئة وخمسين.", "ar", [("مئة وخمسين", 150, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), WORD_RANGES)
def test_ranges_of_number_words(text, language, expected):
    _check(text, language, expected)


BARE_RATES = [
    # a bare number then "per dollar" is a rate: in the currency of the one country the article names, else XXX
    ("Egypt's currency fell to 48.5 per dollar.", "en", [("48.5 per dollar", 48.5, "EGP/USD", "exact", None)]),
    ("In Cairo, the local currency fell to 48.5 against the dollar.", "en",
     [("48.5 against the dollar", 48.5, "EGP/USD", "exact", None)]),
    ("The currency traded at 48.5 per dollar.", "en", [("48.5 per dollar", 48.5, "XXX/USD", "exact", None)]),
    ("بلغ سعر الدولار 48 جنيها في السوق الموازية.", "ar", [("48 جنيها", 48, "EGP/USD", "exact", None)]),
    ("In Egypt, the dollar traded at 48 pounds on Sunday.", "en", [("48 pounds", 48, "EGP/USD", "exact", None)]),
    # kept: a named currency
    ("The pound fell to 48.5 per dollar.", "en", [("48.5 per dollar", 48.5, "GBP/USD", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), BARE_RATES)
def test_a_bare_rate_per_dollar(text, language, expected):
    _check(text, language, expected)


ONE_POINT = [
    # one percentage point: "a percentage point", and the Arabic one after the whole unit phrase it counts
    ("The rate rose by a percentage point.", "en", [("a percentage point", 1, "percentage_point", "exact", None)]),
    ("ارتفع التضخم نقطة مئوية واحدة.", "ar", [("نقطة مئوية واحدة", 1, "percentage_point", "exact", None)]),
    ("ارتفعت الحرارة درجة مئوية واحدة.", "ar", [("درجة مئوية واحدة", 1, "celsius", "exact", None)]),
    # kept: one noun before the number, a point of a game
    ("قتل شخص واحد.", "ar", [("شخص واحد", 1, "person", "exact", None)]),
    ("He scored a point.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), ONE_POINT)
def test_one_percentage_point(text, language, expected):
    _check(text, language, expected)
