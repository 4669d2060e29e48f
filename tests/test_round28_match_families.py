"""Round 28 of matching, part 2: families of articles from different outlets, in English and Arabic,
telling one story each (a phone maker's sales, a car recall, a football transfer, cancelled flights)
with other figures, qualifiers, dates, negations and subjects. Each family is ingested through the API
and every expected pair must be stored with its relation and a reason a reader can check.

What the families exercise: names whose Latin spelling is read otherwise than in English (pinyin x:
Xiaomi/شاومي; French silent finals: Peugeot/بيجو, Renault/رينو), an initialism and the name it
spells (PSG/باريس سان جيرمان), a clipped name (Man City), a translated airline name (EgyptAir/مصر
للطيران), and sources named only by a title and a pronoun ("its spokesman", «متحدث باسمها») that tie
nothing together.
"""
from __future__ import annotations

import pytest
from family_checks import check_family

FAMILIES = [
    {
        "name": "phone-sales",
        "articles": [
            ("en", "2025-10-20", "Tech Ledger",
             "Xiaomi sold 42 million smartphones in the third quarter of 2025, the company said."),
            ("ar", "2025-10-20", "البوابة التقنية", "باعت شاومي 42 مليون هاتف ذكي في الربع الثالث من 2025."),
            ("en", "2025-10-21", "Market Watchers",
             "Xiaomi sold about 35 million smartphones in the third quarter of 2025, analysts said."),
            ("ar", "2025-10-21", "عالم الهواتف", "باعت شاومي أكثر من 50 مليون هاتف ذكي في الربع الثالث من 2025."),
        ],
        "expect": [
            ((0, "42 million"), (1, "42 مليون"), "agrees", "both say 42 million"),
            ((0, "42 million"), (2, "about 35"), "conflicts", "42 million phone vs about 35 million phone"),
            ((1, "42 مليون"), (2, "about 35"), "conflicts", "42 million phone vs about 35 million phone"),
            ((1, "42 مليون"), (3, "50"), "conflicts", "42 million phone vs more than 50 million phone"),
        ],
    },
    {
        "name": "car-recall",
        "articles": [
            ("en", "2025-11-03", "Auto Wire",
             "Peugeot recalled 40,000 cars over faulty airbags on 3 November 2025."),
            ("ar", "2025-11-03", "سيارات اليوم",
             "استدعت بيجو 40 ألف سيارة بسبب عيوب في الوسائد الهوائية في 3 نوفمبر 2025."),
            ("ar", "2025-11-04", "المحرك", "استدعت بيجو 65 ألف سيارة بسبب عيوب في الوسائد الهوائية في 3 نوفمبر 2025."),
            ("en", "2025-11-04", "Motor Desk", "Renault recalled 40,000 cars over faulty airbags on 3 November 2025."),
            ("ar", "2025-11-04", "عالم السيارات",
             "استدعت رينو 40 ألف سيارة بسبب عيوب في الوسائد الهوائية في 3 نوفمبر 2025."),
        ],
        "expect": [
            ((0, "40,000"), (1, "40 ألف"), "agrees", "both say 40,000 vehicle"),
            ((0, "40,000"), (2, "65 ألف"), "conflicts", "40,000 vehicle vs 65,000 vehicle"),
            ((1, "40 ألف"), (2, "65 ألف"), "conflicts", "40,000 vehicle vs 65,000 vehicle"),
            ((3, "40,000"), (4, "40 ألف"), "agrees", "both say 40,000 vehicle"),
            ((0, "40,000"), (3, "40,000"), "related", "different subjects"),
        ],
    },
    {
        "name": "transfer",
        "articles": [
            ("en", "2025-09-02", "Le Foot Daily",
             "PSG paid 180 million euros for the Brazilian striker, the club said."),
            ("ar", "2025-09-02", "ملاعب", "دفع باريس سان جيرمان 180 مليون يورو للتعاقد مع المهاجم البرازيلي."),
            ("ar", "2025-09-03", "الكرة العالمية", "دفع باريس سان جيرمان 220 مليون يورو للتعاقد مع المهاجم البرازيلي."),
            ("en", "2025-09-03", "Sky Blues News", "Man City paid 180 million euros for the Brazilian striker."),
            ("en", "2025-09-03", "Etihad Post", "Manchester City paid 180 million euros for the Brazilian striker."),
        ],
        "expect": [
            ((0, "180"), (1, "180"), "agrees", "both say 180 million EUR"),
            ((0, "180"), (2, "220"), "conflicts", "180 million EUR vs 220 million EUR"),
            ((1, "180"), (2, "220"), "conflicts", "180 million EUR vs 220 million EUR"),
            ((3, "180"), (4, "180"), "agrees", "both say 180 million EUR"),
            ((0, "180"), (3, "180"), "related", "different subjects"),
        ],
    },
    {
        "name": "flights",
        "articles": [
            ("en", "2025-11-05", "Nile Business",
             "EgyptAir cancelled 40 flights on 4 November because of a sandstorm, its spokesman said."),
            ("ar", "2025-11-05", "الأهرام الاقتصادي",
             "قال متحدث باسم مصر للطيران إن الشركة ألغت 40 رحلة في 4 نوفمبر بسبب عاصفة رملية."),
            ("ar", "2025-11-05", "المسافر", "ألغت مصر للطيران 25 رحلة في 4 نوفمبر بسبب عاصفة رملية."),
            ("en", "2025-11-06", "Air Report",
             "EgyptAir did not cancel any flights on 4 November, its spokeswoman said."),
        ],
        "expect": [
            ((0, "40 flights"), (1, "40 رحلة"), "agrees", "both say 40 flight"),
            ((0, "40 flights"), (2, "25 رحلة"), "conflicts", "25 flight vs 40 flight"),
            ((1, "40 رحلة"), (2, "25 رحلة"), "conflicts", "25 flight vs 40 flight"),
            ((0, "40 flights"), (3, "did not"), "conflicts", "only one is negated"),
        ],
    },
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f["name"] for f in FAMILIES])
def test_family_through_the_api(client, family):
    check_family(client, family)


@pytest.mark.parametrize("a, b", [
    ("Its spokesman said 300 workers were laid off.", "Its spokesman said the plant will close in May."),
    ("قال متحدث باسمها إن 40 شخصا أصيبوا.", "قال متحدث باسمه إن المصنع سيغلق في مايو."),
])
def test_compare_endpoint_ties_nothing_to_a_pronoun_source(client, a, b):
    r = client.post("/v1/compare", json={"a": a, "b": b})
    body = r.get_json()
    assert r.status_code == 200 and body["relation"] == "unrelated", body
