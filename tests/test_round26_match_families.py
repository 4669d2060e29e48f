"""Round 26 of matching, part 2: families of articles from different outlets, in English and Arabic,
telling one story each (a mine blast, a round of layoffs, a derby, a vaccine trial) with other figures,
qualifiers, dates, negations and subjects. Each family is ingested through the API and every expected
pair must be stored with its relation and a reason a reader can check.

What the families exercise: casualty idioms (أودى بحياة, claimed the lives of) as events; a privative
verb that is the event's own trigger (ألغت 1200 وظيفة: a layoff, not a failure); transliterated names
(Vantora/فانتورا, Pfizer/فايزر) that meet when the claim's own words share nothing across languages;
two clubs sharing a city's name (Manchester City / Manchester United) as two sides and two subjects.
"""
from __future__ import annotations

import pytest
from family_checks import check_family

FAMILIES = [
    {
        "name": "mine-blast",
        "articles": [
            ("en", "2025-09-09", "Sudan Monitor",
             "A mine blast killed 4 soldiers near the town of Kassala on Monday, the army said. "
             "Officials said an investigation had been opened."),
            ("ar", "2025-09-09", "صحيفة الشرق",
             "أودى انفجار لغم بحياة 4 جنود قرب بلدة كسلا يوم الاثنين، بحسب الجيش. "
             "وقال مسؤولون إن تحقيقا فتح في الحادث."),
            ("en", "2025-09-10", "Horn Wire",
             "At least 9 soldiers were killed by a mine blast near Kassala on Monday, local sources said."),
            ("ar", "2025-09-10", "وكالة النيل",
             "نفى الجيش مقتل أي جندي في انفجار اللغم قرب كسلا يوم الاثنين."),
        ],
        "expect": [
            ((0, "4 soldiers"), (1, "أودى"), "agrees", "same event: casualties"),
            ((0, "4 soldiers"), (1, "أودى"), "agrees", "both say 4 people"),
            ((0, "4 soldiers"), (2, "At least 9"), "conflicts", "4 people vs at least 9 people"),
            ((1, "أودى"), (2, "At least 9"), "conflicts", "4 people vs at least 9 people"),
            ((1, "أودى"), (3, "نفى"), "conflicts", "only one is denied"),
            ((2, "At least 9"), (3, "نفى"), "conflicts", "only one is denied"),
        ],
    },
    {
        "name": "layoffs",
        "articles": [
            ("en", "2025-09-10", "Iberia Business",
             "Vantora laid off 1,200 workers at its Porto plant on Tuesday. The company blamed weak demand."),
            ("ar", "2025-09-10", "الاقتصادية اليوم", "سرحت فانتورا 1200 عامل في مصنعها في بورتو يوم الثلاثاء."),
            ("ar", "2025-09-11", "أرقام", "ألغت فانتورا 1200 وظيفة في مصنع بورتو يوم الثلاثاء."),
            ("en", "2025-09-11", "Labour Line",
             "Vantora laid off about 2,000 workers at its Porto plant on Tuesday, union officials said."),
            ("en", "2025-09-12", "Porto Daily",
             "Vantora did not lay off any workers at its Porto plant on Tuesday, a spokesman said."),
        ],
        "expect": [
            ((0, "1,200"), (1, "1200"), "agrees", "both say 1200 people"),
            ((0, "1,200"), (2, "ألغت"), "agrees", "same event: layoff"),
            ((1, "1200"), (2, "ألغت"), "agrees", "both date it 9 September 2025"),
            ((0, "1,200"), (3, "about 2,000"), "conflicts", "1200 people vs about 2000 people"),
            ((2, "ألغت"), (3, "about 2,000"), "conflicts", "1200 people vs about 2000 people"),
            ((1, "1200"), (4, "did not"), "conflicts", "only one is negated"),
        ],
    },
    {
        "name": "derby",
        "articles": [
            ("en", "2025-09-14", "Northern Sport", "Manchester City beat Manchester United 2-0 at the Etihad on Sunday."),
            ("ar", "2025-09-14", "كووورة", "فاز مانشستر سيتي على مانشستر يونايتد 2-0 يوم الأحد."),
            ("en", "2025-09-15", "Football Weekly", "Manchester United lost to Manchester City 2-0 on Sunday."),
            ("en", "2025-09-15", "Fan Pages", "Manchester United beat Manchester City 2-0 on Sunday, according to a report."),
            ("en", "2025-09-15", "Transfer Desk", "Manchester City signed Danish striker Lars Holm for 50 million pounds."),
            ("en", "2025-09-16", "Red Devils Daily",
             "Manchester United signed Danish striker Lars Holm for 50 million pounds."),
        ],
        "expect": [
            ((0, "beat"), (1, "فاز"), "agrees", "both say city beat united"),
            ((0, "beat"), (2, "lost"), "agrees", "both say city beat united"),
            ((1, "فاز"), (2, "lost"), "agrees", "both date it 14 September 2025"),
            ((0, "beat"), (3, "beat"), "conflicts", "one says city beat united, the other united beat city"),
            ((1, "فاز"), (3, "beat"), "conflicts", "one says"),
            ((4, "signed"), (5, "signed"), "related", "different subjects"),
        ],
    },
    {
        "name": "vaccine-trial",
        "articles": [
            ("en", "2025-11-03", "Health Desk",
             "Pfizer said on Monday that its new RSV vaccine was 91% effective in a trial of 30,000 adults."),
            ("ar", "2025-11-03", "الصحة اليوم",
             "قالت فايزر يوم الاثنين إن لقاحها الجديد فعال بنسبة 91% في تجربة شملت 30 ألف بالغ."),
            ("en", "2025-11-04", "Pharma Ledger",
             "Pfizer's new RSV vaccine was 84% effective in the trial, according to data seen by reporters."),
        ],
        "expect": [
            ((0, "91%"), (1, "91%"), "agrees", "both say 91%"),
            ((0, "91%"), (2, "84%"), "conflicts", "84% vs 91%"),
            ((1, "91%"), (2, "84%"), "conflicts", "84% vs 91%"),
        ],
    },
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f["name"] for f in FAMILIES])
def test_family_through_the_api(client, family):
    check_family(client, family)


def test_compare_endpoint_reads_a_casualty_idiom(client):
    r = client.post("/v1/compare", json={"a": "A mine blast killed 4 soldiers.", "b": "انفجار لغم أودى بحياة 4 جنود."})
    body = r.get_json()
    assert r.status_code == 200 and body["relation"] == "agrees", body
    assert body["a"]["event"] == body["b"]["event"] == "casualties"
