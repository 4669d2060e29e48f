"""Round 29 of matching, part 2: families of articles from different outlets, in English and Arabic,
telling one story each (an earthquake toll rising over a day, a central bank's rate decision, a
football transfer fee given in two currencies, a court sentence, football results) with other figures, qualifiers,
dates, negations and subjects. Each family is ingested through the API and every expected pair must
be stored with its relation and a reason a reader can check.

What the families exercise: place and person names whose Arabic spelling the skeleton rules of round
29 meet (Sichuan/سيتشوان: تش is "ch"; Barcelona/برشلونة: a soft c said "sh"; Alonso/ألونسو: a
hamza-alef's lam), a toll given "at least" in one report and exactly in another, a figure that
differs on another day, a rate held vs a rate raised, a fee in euros and the same deal in pounds.
"""
from __future__ import annotations

import pytest
from family_checks import check_family

FAMILIES = [
    {
        "name": "earthquake",
        "articles": [
            ("en", "2025-08-12", "Asia Wire",
             "A 6.1-magnitude earthquake in Sichuan killed at least 40 people on 11 August, officials said."),
            ("ar", "2025-08-12", "الشرق اليوم",
             "قال مسؤولون إن زلزالا بقوة 6.1 درجة في سيتشوان أودى بحياة 40 شخصا في 11 أغسطس 2025."),
            ("en", "2025-08-12", "Pacific Times",
             "A 6.1-magnitude earthquake in Sichuan killed 74 people on 11 August, state media said."),
            ("ar", "2025-08-13", "أخبار الصين",
             "ارتفعت حصيلة زلزال سيتشوان إلى 74 قتيلا في 11 أغسطس 2025 بحسب وسائل إعلام رسمية."),
            ("en", "2025-08-13", "Quake Watch",
             "The earthquake in Sichuan did not kill anyone on 11 August, a local official said."),
        ],
        "expect": [
            ((0, "at least 40"), (1, "40 شخصا"), "agrees", "both say at least 40 people"),
            ((0, "at least 40"), (2, "74 people"), "conflicts", "74 people vs at least 40 people"),
            # one language, few words alike but for their forms (زلزالا/زلزال): the same quake
            ((1, "40 شخصا"), (3, "74 قتيلا"), "conflicts", "40 people vs 74 people"),
            ((2, "74 people"), (3, "74 قتيلا"), "agrees", "both say 74 people"),
            ((2, "74 people"), (4, "did not"), "conflicts", "only one is negated"),
            ((3, "74 قتيلا"), (4, "did not"), "conflicts", "only one is negated"),
        ],
    },
    {
        "name": "rate-decision",
        "articles": [
            ("en", "2025-10-03", "Cairo Markets",
             "The Central Bank of Egypt cut its overnight deposit rate by 100 basis points to 22% on 2 October."),
            ("ar", "2025-10-03", "البورصة نيوز",
             "خفض البنك المركزي المصري سعر عائد الإيداع لليلة واحدة بمقدار 100 نقطة أساس إلى 22% في 2 أكتوبر."),
            ("ar", "2025-10-03", "المال",
             "خفض البنك المركزي المصري سعر عائد الإيداع لليلة واحدة بمقدار 200 نقطة أساس إلى 21% في 2 أكتوبر."),
            ("en", "2025-10-03", "Nile Finance",
             "The Central Bank of Egypt did not change its overnight deposit rate on 2 October."),
            ("en", "2025-10-03", "Gulf Rates",
             "The Central Bank of Jordan cut its main rate by 100 basis points to 22% on 2 October."),
        ],
        "expect": [
            ((0, "100 basis"), (1, "100 نقطة"), "agrees", "both say 100 basis_point"),
            ((0, "100 basis"), (2, "200 نقطة"), "conflicts", "100 basis_point vs 200 basis_point"),
            ((1, "100 نقطة"), (2, "200 نقطة"), "conflicts", "21% vs 22%"),
            ((0, "100 basis"), (3, "did not"), "conflicts", "only one is negated"),
            ((1, "100 نقطة"), (4, "Jordan"), "related", "different subjects"),
        ],
    },
    {
        "name": "transfer-fee",
        "articles": [
            ("en", "2025-07-15", "Catalan Sport",
             "Barcelona signed Alonso from Leverkusen for 60 million euros on 14 July."),
            ("ar", "2025-07-15", "الملاعب اليوم",
             "تعاقد برشلونة مع ألونسو من ليفركوزن مقابل 60 مليون يورو في 14 يوليو 2025."),
            ("ar", "2025-07-15", "كورة",
             "تعاقد برشلونة مع ألونسو من ليفركوزن مقابل 75 مليون يورو في 14 يوليو 2025."),
            ("en", "2025-07-15", "London Football",
             "Barcelona signed Alonso from Leverkusen for 51 million pounds on 14 July."),
            ("en", "2025-07-16", "Madrid Post",
             "Real Madrid signed Alonso from Leverkusen for 60 million euros on 14 July."),
        ],
        "expect": [
            ((0, "60 million"), (1, "60 مليون"), "agrees", "both say 60 million EUR"),
            ((0, "60 million"), (2, "75 مليون"), "conflicts", "60 million EUR vs 75 million EUR"),
            ((1, "60 مليون"), (2, "75 مليون"), "conflicts", "60 million EUR vs 75 million EUR"),
            # one fee told in euros and in pounds: no swapped currency, nothing to compare
            ((0, "60 million"), (3, "51 million"), "related", "different units: EUR vs GBP"),
            ((0, "60 million"), (4, "Real Madrid"), "related", "different subjects"),
            ((3, "51 million"), (4, "Real Madrid"), "related", "different subjects"),
        ],
    },
    {
        "name": "court-sentence",
        "articles": [
            ("en", "2025-05-21", "Court Reporter",
             "A Cairo court sentenced 12 defendants to 5 years in prison on 20 May."),
            ("ar", "2025-05-21", "اليوم السابع",
             "قضت محكمة في القاهرة بسجن 12 متهما 5 سنوات في 20 مايو."),
            ("ar", "2025-05-21", "الوطن",
             "قضت محكمة في القاهرة بسجن 12 متهما 7 سنوات في 20 مايو."),
            ("en", "2025-05-22", "Justice Daily",
             "A Cairo court sentenced 15 defendants to 5 years in prison on 20 May."),
            ("en", "2025-05-22", "Legal Wire",
             "A Cairo court did not sentence the 12 defendants on 20 May."),
            ("en", "2025-05-22", "Nile Courts",
             "A Cairo court sentenced 12 defendants to 5 years in prison on 13 May."),
        ],
        "expect": [
            ((0, "12 defendants"), (1, "12 متهما 5"), "agrees", "both say 5 year"),
            ((0, "12 defendants"), (2, "7 سنوات"), "conflicts", "5 year vs 7 year"),
            ((1, "12 متهما 5"), (3, "15 defendants"), "conflicts", "12 people vs 15 people"),
            ((0, "12 defendants"), (4, "did not"), "conflicts", "only one is negated"),
            ((2, "7 سنوات"), (4, "did not"), "conflicts", "only one is negated"),
            ((0, "12 defendants"), (5, "13 May"), "conflicts", "13 May 2025 vs 20 May 2025"),
        ],
    },
    {
        # an Arabic verb-first agent is the claim's subject (فاز بايرن ميونخ على): its words meet the
        # Latin name by a reading (Munich, ميونخ) or by the registry (Germany, ألمانيا; Egypt, مصر)
        "name": "match-result",
        "articles": [
            ("en", "2025-10-27", "Bundesliga Today", "Bayern Munich beat Dortmund 3-1 on 26 October 2025."),
            ("ar", "2025-10-27", "هاي كورة", "فاز بايرن ميونخ على دورتموند 3-1 في 26 أكتوبر 2025."),
            ("ar", "2025-10-27", "الرياضية", "فاز دورتموند على بايرن ميونخ 3-1 في 26 أكتوبر 2025."),
            ("en", "2025-10-27", "Ruhr Sport", "Bayern Munich beat Dortmund 2-1 on 26 October 2025."),
            ("ar", "2025-10-27", "كووورة", "فازت ألمانيا على إسبانيا 2-0 في 26 أكتوبر 2025."),
            ("en", "2025-10-27", "Euro Football", "Germany beat Spain 2-0 on 26 October 2025."),
            ("ar", "2025-10-27", "سبورت 360", "فازت مصر على غانا 2-0 في 26 أكتوبر 2025."),
            ("en", "2025-10-27", "Cairo Sport", "Egypt beat Ghana 2-0 on 26 October 2025."),
        ],
        "expect": [
            ((0, "3-1"), (1, "فاز بايرن"), "agrees", "both say bayern beat dortmund"),
            ((0, "3-1"), (2, "فاز دورتموند"), "conflicts", "one says bayern beat dortmund"),
            ((1, "فاز بايرن"), (2, "فاز دورتموند"), "conflicts", "one says"),
            # (round 30: a score is compared whole, as a tally, not as its bare numbers)
            ((1, "فاز بايرن"), (3, "2-1"), "conflicts", "the results differ: 2-1 vs 3-1"),
            ((4, "ألمانيا"), (5, "Germany"), "agrees", "both say germany beat spain"),
            ((6, "مصر"), (7, "Egypt"), "agrees", "both say egypt beat ghana"),
            ((1, "فاز بايرن"), (4, "ألمانيا"), "related", "different contests"),
        ],
    },
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f["name"] for f in FAMILIES])
def test_family_through_the_api(client, family):
    check_family(client, family)
