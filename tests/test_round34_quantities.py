"""Round 34: quantities of both languages (find_quantities on hand-written sentences; each case is
(text, language, [(span, value, unit, qualifier, total)])).

- A verb setting the level of its object ("put the death toll at 112", "estimated the crowd at 800") makes the
  number after "at" that level, not a time of day, as a verb of a level right before "at" does ("stood at 312");
  a preposition between them ("put the children to bed at 9") leaves a time.
- An ordinal of occurrence counts: "for the 12th time" is 12 times (as "12 times" is), "a record fifth title" 5
  title, "a third term" 3 term; «للمرة الثانية عشرة»، «للمرة الـ45»، «لقبه الخامس عشر»، «بولايته الثالثة» alike.
  "first" («الأولى») stays an idiom of novelty, any other ordinal a position, «مرة ثانية» "once more".
- A shared currency word (pound, جنيه) takes the country of the city the article names: more cities of Egypt,
  Sudan, Lebanon, Syria and South Sudan in both languages.
- Bare "degrees" in a clause about the weather is a temperature (Celsius; Fahrenheit above 60).
- Dates: a bare date right after "since" («منذ») began before publication: never the next year's.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import approx_rows, date_rows, quantity_rows


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


LEVELS_OF_AN_OBJECT = [
    ("The health ministry put the death toll at 112.", "en", [("112", 112, "person", "exact", None)]),
    ("Rescuers put the toll at 37 on Sunday.", "en", [("37", 37, "person", "exact", None)]),
    ("Police estimated the crowd at 800.", "en", [("800", 800, None, "exact", None)]),
    ("Analysts valued the stake at 450.", "en", [("450", 450, None, "exact", None)]),
    ("The agency put the number of displaced people at 40,000.", "en", [("40,000", 40000, "person", "exact", None)]),
    ("وضعت الوزارة الحصيلة عند 112 قتيلا.", "ar", [("112 قتيلا", 112, "person", "exact", None)]),
    # kept: a preposition between verb and "at", no verb of a level: a time of day
    ("They put the children to bed at 9.", "en", []),
    ("The meeting is at 3.", "en", []),
    ("The minister arrived at 11.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), LEVELS_OF_AN_OBJECT)
def test_a_verb_setting_its_objects_level_before_at(text, language, expected):
    _check(text, language, expected)


OCCURRENCES = [
    ("The club won the league for the 12th time.", "en", [("12th time", 12, "times", "exact", None)]),
    ("She won a record fifth title.", "en", [("fifth title", 5, "title", "exact", None)]),
    ("He won his 24th Grand Slam title.", "en", [("24th Grand Slam title", 24, "title", "exact", None)]),
    ("Liverpool won a record 20th league title.", "en", [("20th league title", 20, "title", "exact", None)]),
    ("The team reached the final for the third straight time.", "en",
     [("third straight time", 3, "times", "exact", None)]),
    ("The river burst its banks for the twenty-first time.", "en", [("twenty-first time", 21, "times", "exact", None)]),
    ("The president won a third term.", "en", [("third term", 3, "term", "exact", None)]),
    ("فاز النادي باللقب للمرة الثانية عشرة.", "ar", [("للمرة الثانية عشرة", 12, "times", "exact", None)]),
    ("وفاز الأهلي بلقب الدوري للمرة الـ45 في تاريخه.", "ar", [("للمرة الـ45", 45, "times", "exact", None)]),
    ("فاز الأهلي بالدوري للمرة 44 في تاريخه.", "ar", [("للمرة 44", 44, "times", "exact", None)]),
    ("فاض النهر للمرة الحادية والعشرين.", "ar", [("للمرة الحادية والعشرين", 21, "times", "exact", None)]),
    ("رفع البنك الفائدة للمرة العاشرة.", "ar", [("للمرة العاشرة", 10, "times", "exact", None)]),
    ("حققت اللاعبة لقبها الخامس عشر.", "ar", [("لقبها الخامس عشر", 15, "title", "exact", None)]),
    ("فاز الرئيس بولايته الثالثة.", "ar", [("بولايته الثالثة", 3, "term", "exact", None)]),
    # kept: the same count in a cardinal; the first time; a position; once more
    ("The club has won the league 12 times.", "en", [("12 times", 12, "times", "exact", None)]),
    ("For the first time since 2019, prices fell.", "en", []),
    ("فاز الفريق للمرة الأولى منذ 2019.", "ar", []),
    ("He scored in the 89th minute.", "en", []),
    ("The 5th branch opened in May.", "en", []),
    ("فاز الفريق مرة ثانية.", "ar", []),
    ("زار الرئيس ولاية 3 مرات.", "ar", [("3 مرات", 3, "times", "exact", None)]),
    ("Oil rose for the fourth consecutive session.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), OCCURRENCES)
def test_an_ordinal_of_occurrence_counts(text, language, expected):
    _check(text, language, expected)


CITY_CURRENCIES = [
    ("Port Said traders sold a kilo of fish for 90 pounds.", "en", [("90 pounds", 90, "EGP", "exact", None)]),
    ("Bread in Homs costs 4,000 pounds.", "en", [("4,000 pounds", 4000, "SYP", "exact", None)]),
    ("A bag of flour costs 30,000 pounds in El Fasher.", "en", [("30,000 pounds", 30000, "SDG", "exact", None)]),
    ("Generators in Sidon charge 900,000 pounds a month.", "en",
     [("900,000 pounds", 900000, "LBP/month", "exact", None)]),
    ("بلغ سعر الخبز في كسلا 1000 جنيه.", "ar", [("1000 جنيه", 1000, "SDG", "exact", None)]),
    ("بيعت الشقة في حمص بـ200 مليون ليرة.", "ar", [("200 مليون ليرة", 2e8, "SYP", "exact", None)]),
    # kept: two countries named, a nationality adjective, the city of a country with no shared currency word
    ("Egypt and Britain traded goods worth 3 billion pounds.", "en", [("3 billion pounds", 3e9, "GBP", "exact", None)]),
    ("Each ticket costs 30 Egyptian pounds.", "en", [("30 Egyptian pounds", 30, "EGP", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CITY_CURRENCIES)
def test_a_shared_currency_takes_the_named_citys_country(text, language, expected):
    _check(text, language, expected)


WEATHER_DEGREES = [
    # bare "degrees" in a clause about the weather is a temperature, as «درجة» after الحرارة is: Celsius, Fahrenheit
    # above 60 (no air temperature reaches 60 °C); elsewhere an angle or a grade, no unit
    ("Temperatures hit 49 degrees in Basra.", "en", [("49 degrees", 49, "celsius", "exact", None)]),
    ("The mercury rose to 51.2 degrees on Sunday.", "en", [("51.2 degrees", 51.2, "celsius", "exact", None)]),
    ("The heat index hit 110 degrees in Phoenix.", "en", [("110 degrees", 110, "fahrenheit", "exact", None)]),
    ("Temperatures ranged between 30 and 35 degrees.", "en",
     [("30", 30, "celsius", "at_least", None), ("35 degrees", 35, "celsius", "at_most", None)]),
    ("سجلت الحرارة 48 درجة في البصرة.", "ar", [("48 درجة", 48, "celsius", "exact", None)]),
    # kept: an angle, a named scale
    ("The ship turned 90 degrees.", "en", [("90", 90, None, "exact", None)]),
    ("It reached 118 degrees Fahrenheit.", "en", [("118 degrees Fahrenheit", 118, "fahrenheit", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), WEATHER_DEGREES)
def test_bare_degrees_of_the_weather(text, language, expected):
    _check(text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Some 1.2 million people have fled since April 15.", "en", [("April 15", "2026-04-15")]),
    ("The agency said on Thursday that 40,000 people had fled since March 3.", "en",
     [("Thursday", "2026-11-19"), ("March 3", "2026-03-03")]),
    ("نزح مليون شخص منذ 15 أبريل.", "ar", [("15 أبريل", "2026-04-15")]),
    ("The curfew has been in force since December.", "en", [("December", "2025-12")]),
    # kept: a bare date with no cue, a future one
    ("The talks will resume on April 15.", "en", [("April 15", "2027-04-15")]),
])
def test_a_date_after_since_is_behind_publication(text, language, expected):
    assert date_rows(text, language, date(2026, 11, 20)) == expected
