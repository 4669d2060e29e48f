"""Round 18 subjects and events: a name runs on across "of"/"for" after an institution noun, a
capitalised common noun at a sentence start is no name, a place after "in" is no subject, the
adjective "ruling" is no court ruling, and a currency's devaluation is a price change."""
import datetime

import pytest
from span_checks import event_and_subject

from factcheck.pipeline import analyze

DAY = datetime.date(2024, 5, 1)

CASES = [
    # names joined across a lowercase link after an institution noun
    ('en', 'The Bank of England raised interest rates to 5.25%.', 'rate_change', 'Bank of England'),
    ('en', 'The University of Oxford will hire 300 researchers.', 'hiring', 'University of Oxford'),
    ('en', 'The Department for Education will cut 500 jobs.', 'layoff', 'Department for Education'),
    ('en', 'The Department of Health will cut 500 jobs.', 'layoff', 'Department of Health'),
    ('en', 'The Organization of the Petroleum Exporting Countries cut output by 2% as oil prices fell.', 'price_change',
     'Organization of the Petroleum Exporting Countries'),
    # not joined: no institution noun before the link
    ('en', 'Shares of Apple fell 3% on Monday.', 'price_change', 'Apple'),
    ('en', 'Shares of Tesla fell 12% after the earnings report.', 'price_change', 'Tesla'),
    # a capitalised common noun at a sentence start is no name
    ('en', 'Critics fear the plan will cost 4,000 jobs.', None, None),
    ('en', 'Consumer groups expect prices to rise 5%.', 'price_change', None),
    ('en', 'Rights groups estimate 300 people were detained.', 'arrest', None),
    ('en', 'Workers at the plant voted to strike over pay.', 'strike', None),
    # names at a sentence start stay names
    ('en', 'Apple plans to cut 600 jobs.', 'layoff', 'Apple'),
    ('en', 'Apple cut 600 jobs.', 'layoff', 'Apple'),
    ('en', 'Tesla plans to hire 3,000 engineers in Texas.', 'hiring', 'Tesla'),
    ('en', 'Siemens plans to cut 5,000 jobs worldwide.', 'layoff', 'Siemens'),
    # a place after "in" is a location; an institution noun at the start is the subject
    ('en', 'Police in Nairobi arrested 12 people.', 'arrest', 'Police'),
    ('en', 'Police in Nairobi have arrested 12 people.', 'arrest', 'Police'),
    ('en', 'A magnitude 7.4 earthquake struck Taiwan on Wednesday.', 'disaster', 'Taiwan'),
    # "ruling" as an adjective is no court ruling
    ('en', 'The ruling party won the election with 54% of the vote.', 'election', None),
    ('en', 'The ruling coalition lost 40 seats in the election.', 'election', None),
    ('en', 'A federal judge ruled that Google holds an illegal monopoly.', 'lawsuit', 'Google'),
    ("en", "A judge's ruling cost the company $2bn.", 'lawsuit', None),
    # a "department" is no departure; a departure still is
    ('en', 'The CEO departed in 2023 after 5 years.', 'departure', 'CEO'),
    # a currency's devaluation is a price change
    ('en', 'Nigeria devalued the naira by 30%.', 'price_change', 'Nigeria'),
    ('en', 'Argentina devalued the peso by 54% in December.', 'price_change', 'Argentina'),
    ('ar', 'خفض البنك المركزي قيمة الجنيه بنسبة 40%.', 'price_change', 'البنك المركزي'),
    ('ar', 'تراجعت قيمة الليرة التركية إلى مستوى قياسي أمام الدولار.', 'price_change', None),
    ('ar', 'بلغت قيمة شركة تابي السوقية 3.3 مليار دولار.', 'valuation', 'شركة تابي'),
    ('ar', 'وافق صندوق النقد الدولي على زيادة قيمة برنامج القرض إلى 8 مليارات دولار.', None, 'صندوق النقد الدولي'),
]


@pytest.mark.parametrize(("language", "text", "event", "subject"), CASES)
def test_event_and_subject(language, text, event, subject):
    assert event_and_subject(text, language, DAY) == (event, subject)


def test_common_start_lowercase_elsewhere():
    """A capitalised first word the article also writes in lower case is a common noun."""
    text = "Consumer prices rose 4% in May. The consumer index is up."
    claims = analyze(text, "en", DAY).claims
    assert claims[0].event == "price_change"
    assert claims[0].subject is None
