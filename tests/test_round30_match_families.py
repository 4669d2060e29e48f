"""Round 30 of matching, part 2: families of articles from different outlets, in English and Arabic,
telling one story each (a wildfire evacuation, an election turnout, a tanker seizure, a minister's aid
pledge, a night of air raids, a cup final) with other figures, qualifiers, dates, negations and subjects.
Each family is ingested through the API and every expected pair must be stored with its relation and a
reason a reader can check.

What the families exercise: a count given "at least" or "about" in one report and exactly in another; a
one-off event dated another day; a share (turnout) in two languages; a denial verb reporting the claim;
a bare title («وزير الخارجية») and its named holder (Foreign Minister Badr Abdelatty) against another
minister; a counted noun of no unit class (raids, «ضربة جوية») compared in its class (strike) across
languages; a score told from either side (3-1 / 1-3) against a draw, another score and the sides reversed.
"""
from __future__ import annotations

import pytest
from family_checks import check_family

FAMILIES = [
    {
        "name": "wildfire-evacuation",
        "articles": [
            ("en", "2025-08-22", "Athens Wire",
             "Wildfires near Alexandroupolis forced authorities to evacuate 1,200 people on 21 August, the fire service said."),
            ("ar", "2025-08-22", "الشرق الإخباري",
             "أجلت السلطات 1200 شخص من قرى قرب ألكسندروبوليس بسبب حرائق الغابات في 21 أغسطس 2025، بحسب الدفاع المدني."),
            ("ar", "2025-08-22", "أخبار اليونان",
             "أجلت السلطات نحو 3000 شخص من قرى قرب ألكسندروبوليس بسبب حرائق الغابات في 21 أغسطس 2025."),
            ("en", "2025-08-23", "Balkan Times",
             "Wildfires near Alexandroupolis forced authorities to evacuate at least 1,000 people on 21 August."),
            ("en", "2025-08-23", "Aegean Post",
             "Authorities did not evacuate anyone near Alexandroupolis during the wildfires on 21 August."),
            ("en", "2025-08-23", "Fire Desk",
             "Wildfires near Alexandroupolis forced authorities to evacuate 1,200 people on 17 August."),
        ],
        "expect": [
            ((0, "1,200"), (1, "1200 شخص"), "agrees", "both say 1200 people"),
            ((1, "1200 شخص"), (2, "3000"), "conflicts", "1200 people vs about 3000 people"),
            ((0, "1,200"), (3, "at least 1,000"), "agrees", "both say at least 1000 people"),
            ((2, "3000"), (3, "at least 1,000"), "conflicts", "about 3000 people vs at least 1000 people"),
            ((0, "1,200"), (4, "did not"), "conflicts", "only one is negated ('not')"),
            ((1, "1200 شخص"), (4, "did not"), "conflicts", "only one is negated ('not')"),
            ((1, "1200 شخص"), (5, "17 August"), "conflicts", "17 August 2025 vs 21 August 2025"),
        ],
    },
    {
        "name": "election-turnout",
        "articles": [
            ("en", "2025-12-18", "Maghreb Today",
             "Turnout in Tunisia's parliamentary election was 11.4% on 17 December, the electoral commission said."),
            ("ar", "2025-12-18", "تونس الآن",
             "بلغت نسبة المشاركة في الانتخابات التشريعية في تونس 11.4% في 17 ديسمبر 2025، بحسب هيئة الانتخابات."),
            ("ar", "2025-12-18", "الصباح",
             "بلغت نسبة المشاركة في الانتخابات التشريعية في تونس 8.8% في 17 ديسمبر 2025."),
            ("en", "2025-12-19", "North Africa Post",
             "Turnout in Tunisia's parliamentary election was about 11% on 17 December."),
            ("en", "2025-12-19", "Sahara Wire",
             "Turnout in Algeria's parliamentary election was 23% on 12 June."),
        ],
        "expect": [
            ((0, "11.4%"), (1, "11.4%"), "agrees", "both say 11.4%"),
            ((0, "11.4%"), (2, "8.8%"), "conflicts", "11.4% vs 8.8%"),
            ((1, "11.4%"), (2, "8.8%"), "conflicts", "11.4% vs 8.8%"),
            ((1, "11.4%"), (3, "about 11%"), "agrees", "both say about 11%"),
            ((2, "8.8%"), (3, "about 11%"), "conflicts", "8.8% vs about 11%"),
            ((0, "11.4%"), (4, "Algeria"), "related", "different times: 12 June 2025 vs 17 December 2025"),
        ],
    },
    {
        "name": "tanker-seizure",
        "articles": [
            ("en", "2025-11-15", "Gulf Shipping",
             "Iran seized the oil tanker Talara with 21 crew members in the Strait of Hormuz on 14 November."),
            ("ar", "2025-11-15", "الخليج اليوم",
             "احتجزت إيران ناقلة النفط تالارا وعلى متنها 21 بحارا في مضيق هرمز في 14 نوفمبر 2025."),
            ("ar", "2025-11-15", "البحار",
             "احتجزت إيران ناقلة النفط تالارا وعلى متنها 25 بحارا في مضيق هرمز في 14 نوفمبر 2025."),
            ("en", "2025-11-16", "Tehran Echo",
             "Iran denied seizing the oil tanker Talara in the Strait of Hormuz on 14 November."),
            ("en", "2025-11-20", "Maritime Daily",
             "Iran released the oil tanker Talara and its 21 crew members on 19 November."),
        ],
        "expect": [
            ((0, "21 crew"), (1, "21 بحارا"), "agrees", "both say 21 people"),
            ((0, "21 crew"), (2, "25 بحارا"), "conflicts", "21 people vs 25 people"),
            ((1, "21 بحارا"), (2, "25 بحارا"), "conflicts", "21 people vs 25 people"),
            ((0, "21 crew"), (3, "denied"), "conflicts", "('denied')"),
            ((2, "25 بحارا"), (3, "denied"), "conflicts", "('denied')"),
            # the release five days later is another act of the story
            ((0, "21 crew"), (4, "released"), "related", "different times: 14 November 2025 vs 19 November 2025"),
        ],
    },
    {
        "name": "minister-aid",
        "articles": [
            ("en", "2025-03-04", "Cairo Post",
             "Foreign Minister Badr Abdelatty announced 500 tonnes of aid for Sudan on 3 March."),
            ("ar", "2025-03-04", "المصري اليوم",
             "أعلن وزير الخارجية تقديم 500 طن من المساعدات إلى السودان في 3 مارس 2025."),
            ("ar", "2025-03-04", "الشروق",
             "أعلن وزير الخارجية بدر عبد العاطي تقديم 800 طن من المساعدات إلى السودان في 3 مارس 2025."),
            ("en", "2025-03-04", "Nile News",
             "Health Minister Khaled Abdel Ghaffar announced 500 tonnes of aid for Sudan on 3 March."),
            ("en", "2025-03-05", "Delta Daily",
             "The foreign minister announced 800 tonnes of aid for Sudan on 3 March."),
        ],
        "expect": [
            ((0, "500 tonnes"), (1, "500 طن"), "agrees", "both say 500 tonne"),
            ((0, "500 tonnes"), (2, "800 طن"), "conflicts", "500 tonne vs 800 tonne"),
            ((1, "500 طن"), (2, "800 طن"), "conflicts", "500 tonne vs 800 tonne"),
            ((2, "800 طن"), (4, "800 tonnes"), "agrees", "both say 800 tonne"),
            ((0, "500 tonnes"), (4, "800 tonnes"), "conflicts", "500 tonne vs 800 tonne"),
            # another minister: the shared word "minister" names two holders
            ((0, "500 tonnes"), (3, "Health Minister"), "related", "different subjects"),
            ((3, "Health Minister"), (4, "800 tonnes"), "related", "different subjects"),
        ],
    },
    {
        "name": "air-raids",
        "articles": [
            ("en", "2025-10-03", "Levant Wire",
             "Israeli jets carried out 30 raids on southern Lebanon on 2 October, the army said."),
            ("ar", "2025-10-03", "النهار",
             "شنت الطائرات الإسرائيلية 30 غارة على جنوب لبنان في 2 أكتوبر 2025."),
            ("ar", "2025-10-03", "الأخبار",
             "شنت الطائرات الإسرائيلية 45 ضربة جوية على جنوب لبنان في 2 أكتوبر 2025."),
            ("en", "2025-10-03", "Beirut Times",
             "Israeli jets carried out more than 40 airstrikes on southern Lebanon on 2 October."),
            ("en", "2025-10-04", "Border Watch",
             "Israeli jets did not strike southern Lebanon on 2 October, the army said."),
        ],
        "expect": [
            ((0, "30 raids"), (1, "30 غارة"), "agrees", "both say 30 strike"),
            ((0, "30 raids"), (2, "45 ضربة"), "conflicts", "30 strike vs 45 strike"),
            ((1, "30 غارة"), (2, "45 ضربة"), "conflicts", "30 strike vs 45 strike"),
            ((2, "45 ضربة"), (3, "more than 40"), "agrees", "both say more than 40 strike"),
            ((0, "30 raids"), (3, "more than 40"), "conflicts", "30 strike vs more than 40 strike"),
            ((1, "30 غارة"), (4, "did not"), "conflicts", "only one is negated ('not')"),
        ],
    },
    {
        "name": "cup-final",
        "articles": [
            ("en", "2025-05-18", "Pitch Report", "Al Ahly beat Zamalek 3-1 in the Egypt Cup final on 17 May 2025."),
            ("ar", "2025-05-18", "الأهرام الرياضي", "خسر الزمالك أمام الأهلي 1-3 في نهائي كأس مصر في 17 مايو 2025."),
            ("ar", "2025-05-18", "في الجول", "تعادل الأهلي مع الزمالك 1-1 في نهائي كأس مصر في 17 مايو 2025."),
            ("en", "2025-05-18", "Goal Africa", "Zamalek beat Al Ahly 3-1 in the Egypt Cup final on 17 May 2025."),
            ("en", "2025-05-18", "Score Line", "Al Ahly beat Zamalek 2-1 in the Egypt Cup final on 17 May 2025."),
        ],
        "expect": [
            ((0, "3-1"), (1, "1-3"), "agrees", "both give the result 3-1"),
            ((0, "3-1"), (2, "1-1"), "conflicts", "the results differ: 1-1 vs 3-1"),
            ((1, "1-3"), (2, "1-1"), "conflicts", "the results differ: 1-1 vs 3-1"),
            ((0, "3-1"), (3, "3-1"), "conflicts", "one says ahly beat zamalek, the other zamalek beat ahly"),
            ((1, "1-3"), (4, "2-1"), "conflicts", "the results differ: 2-1 vs 3-1"),
            ((2, "1-1"), (4, "2-1"), "conflicts", "the results differ: 1-1 vs 2-1"),
        ],
    },
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f["name"] for f in FAMILIES])
def test_family_through_the_api(client, family):
    check_family(client, family)
