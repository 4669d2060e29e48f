"""Round 19: eight short articles nobody tuned the rules on (a Romanian port strike, a coastal flood barrier, a chip
plant in Arizona, a measles outbreak; a building collapse in Alexandria, rice prices in Iraq, a Moroccan satellite, displacement
in Darfur), with page furniture, covering sources the attribution stage must type and bound: 'a person familiar with the
matter', 'according to a statement', 'the ministry's spokesperson', 'two diplomats who spoke on condition of anonymity',
«أفاد مصدر أمني»، «بحسب بيان صادر عن»، «نقلت وكالة ... عن مسؤول»، «قالت مصادر محلية», quotes with the speaker after them, a
title before or after a name, later short mentions of a titled speaker, a relative clause with a date on the speaker, and
sentences holding two independent facts. Per article: no furniture in a claim, a tight claim count, and per key claim its
exact text, attribution type, source span text and cue span text."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims

PUBLISHED = date(2025, 9, 14)

E1 = 'Port strike halts grain exports from Constanța\nBy Elena Marin, Bucharest correspondent\nUpdated 2 hours ago\nDockworkers at Romania\'s largest port walked off the job on Monday, halting grain exports worth about $40 million a day, a person familiar with the matter said.\nThe strike was called after talks on a 12% pay rise collapsed, according to a statement from the dockworkers\' union.\n"We will not return until the offer is on paper," union leader Mihai Popescu said.\nThe ministry\'s spokesperson said the government would meet both sides on Wednesday.\nTwo diplomats who spoke on condition of anonymity said Ukraine had asked to reroute 300,000 tonnes of wheat through Bulgaria.\nPopescu said 4,000 workers had joined the strike, and the port handled 75 million tonnes of cargo last year.\nShare this article\nRelated: Black Sea shipping rates climb\n'
E2 = 'Coastal city approves $1.2bn flood barrier\nMetro Desk | Published September 12, 2025\nThe city council voted 9-2 on Thursday to build a flood barrier along the harbour, at a cost of $1.2 billion.\nConstruction is due to start in 2027, a council spokeswoman said.\nDeputy Mayor Laura Chen, who has overseen the project since 2021, said the barrier would protect 40,000 homes.\n"This is the biggest investment in the waterfront in a century," Chen said.\nCritics say the plan ignores poorer neighbourhoods, according to a statement by the Harbour Residents Alliance.\nThe barrier will be 6 kilometres long and the first section will open in 2029.\nSign up for our newsletter\nAdvertisement\n'
E3 = 'Chipmaker to build $8bn plant in Arizona\nTech Wire Staff\nPosted 14 Sep 2025, 08:10\nNorvale Semiconductor will build an $8 billion chip plant in Arizona, chief executive Daniel Okoye said on Friday.\nThe plant will employ 2,500 people when it opens in 2028, Okoye said in a statement.\nThe company received $900 million in federal subsidies, according to a person familiar with the deal.\nNorvale, which was founded in 2009, employs 14,000 people worldwide.\nShares rose 4% in New York and the company raised its annual revenue forecast to $11 billion.\nAnalysts at Bernstein said the plant would cut costs by 15%.\nRead more: Why chipmakers are flocking to the desert\n© 2025 Tech Wire. All rights reserved.\n'
E4 = 'Measles cases triple in southern province\nHealth | 3 min read\nHealth officials reported 612 measles cases in the first eight months of the year, up from 198 in the same period of 2024.\n"Vaccination rates have fallen below 80% in some districts," said Dr Amina Yusuf, the province\'s chief medical officer.\nA nurse at a clinic in the provincial capital, who asked not to be named, said the clinic had run out of vaccine in August.\nThe health ministry said in a statement that 1.5 million doses would arrive by October.\nYusuf said two children had died since June.\nFollow us on Facebook\nMost read\n'
A1 = 'انهيار مبنى سكني في الإسكندرية\nالإسكندرية - خاص\nنشر في: 12 سبتمبر 2025\nأفاد مصدر أمني بأن مبنى سكنيا من 8 طوابق انهار فجر الجمعة في حي العطارين.\nوبحسب بيان صادر عن محافظة الإسكندرية، فإن فرق الإنقاذ انتشلت 11 جثة حتى مساء الجمعة.\nوقال المتحدث باسم المحافظة أحمد سمير إن 23 أسرة كانت تقيم في المبنى.\nوأضاف سمير أن المحافظة ستصرف تعويضات قدرها 50 ألف جنيه لكل أسرة.\n«المبنى كان مخالفا منذ عام 2019»، قال رئيس الحي محمود فتحي.\nاقرأ أيضا: ارتفاع حوادث انهيار المباني\n'
A2 = 'ارتفاع أسعار الأرز في الأسواق العراقية\nبغداد - وكالات\nنقلت وكالة الأنباء العراقية عن مسؤول في وزارة التجارة قوله إن الحكومة ستستورد 500 ألف طن من الأرز قبل نهاية العام.\nوقالت مصادر محلية إن سعر الكيس ارتفع إلى 60 ألف دينار في أسواق البصرة.\nوقال التاجر حسين الموسوي، الذي يعمل في سوق الشورجة منذ عام 2005، إن الطلب تراجع بنسبة 30 في المئة.\nوارتفعت أسعار الأرز بنسبة 25 في المئة خلال شهر أغسطس، وتراجعت واردات القمح إلى 200 ألف طن.\nتابعونا على تويتر\n'
A3 = 'إطلاق أول قمر صناعي مغربي للرصد الزراعي\nالرباط - هسبريس\nآخر تحديث: 13 سبتمبر 2025\nأعلنت الوكالة المغربية لعلوم الفضاء أن القمر الصناعي سيطلق في 20 نوفمبر المقبل من قاعدة في غويانا الفرنسية.\nوقال مدير الوكالة، كريم العلوي، إن تكلفة المشروع بلغت 900 مليون درهم.\nوأوضح العلوي أن القمر سيغطي 4 ملايين هكتار من الأراضي الزراعية.\nوقال مصدر مطلع على الملف، فضل عدم الكشف عن هويته، إن الإطلاق تأجل مرتين منذ 2023.\nشارك المقال\n'
A4 = 'السودان: نزوح آلاف الأسر من الفاشر\nالخرطوم - الجزيرة نت\nقالت مصادر محلية إن أكثر من 3 آلاف أسرة نزحت من مدينة الفاشر خلال الأسبوع الماضي.\nوأفاد مسؤول في منظمة أطباء بلا حدود، طلب عدم ذكر اسمه، بأن المستشفى الوحيد في المدينة استقبل 140 جريحا يوم الثلاثاء.\nوقال والي شمال دارفور في تصريح صحفي إن السلطات فتحت 5 مراكز للإيواء.\nوقتل 12 شخصا في قصف على سوق المدينة، وأصيب 40 آخرون.\nاقرأ أيضا\n'

ARTICLES = [
    pytest.param(E1, "en", 7, 9, [
        ("Dockworkers at Romania's largest port walked off the job on Monday, halting grain exports worth about "
         "$40 million a day", "anonymous", "a person familiar with the matter", "said"),
        ("The strike was called after talks on a 12% pay rise collapsed", "official",
         "a statement from the dockworkers' union", "according to"),
        ("We will not return until the offer is on paper", "official", "union leader Mihai Popescu", "said"),
        ("the government would meet both sides on Wednesday", "official", "The ministry's spokesperson", "said"),
        ("Ukraine had asked to reroute 300,000 tonnes of wheat through Bulgaria", "anonymous",
         "Two diplomats who spoke on condition of anonymity", "said"),
        ("4,000 workers had joined the strike", "official", "Popescu", "said"),
    ], ["Elena Marin", "Updated", "Share this", "Related"], id="en-port-strike"),
    pytest.param(E2, "en", 8, 10, [
        ("The city council voted 9-2 on Thursday to build a flood barrier along the harbour, at a cost of $1.2 billion",
         "unattributed", None, None),
        ("Construction is due to start in 2027", "official", "a council spokeswoman", "said"),
        ("Deputy Mayor Laura Chen, who has overseen the project since 2021", "unattributed", None, None),
        ("the barrier would protect 40,000 homes", "official", "Deputy Mayor Laura Chen", "said"),
        ("This is the biggest investment in the waterfront in a century", "official", "Chen", "said"),
        ("The barrier will be 6 kilometres long", "unattributed", None, None),
        ("the first section will open in 2029", "unattributed", None, None),
    ], ["Metro Desk", "Sign up", "Advertisement"], id="en-flood-barrier"),
    pytest.param(E3, "en", 7, 9, [
        ("Norvale Semiconductor will build an $8 billion chip plant in Arizona", "official",
         "chief executive Daniel Okoye", "said"),
        ("The plant will employ 2,500 people when it opens in 2028", "official", "Okoye", "said"),
        ("The company received $900 million in federal subsidies", "anonymous", "a person familiar with the deal",
         "according to"),
        ("Norvale, which was founded in 2009, employs 14,000 people worldwide", "unattributed", None, None),
        ("Shares rose 4% in New York", "unattributed", None, None),
        ("the company raised its annual revenue forecast to $11 billion", "unattributed", None, None),
    ], ["Tech Wire", "Posted", "Read more", "rights reserved"], id="en-chip-plant"),
    pytest.param(E4, "en", 4, 6, [
        ("Vaccination rates have fallen below 80% in some districts", "named", "Dr Amina Yusuf", "said"),
        ("the clinic had run out of vaccine in August", "anonymous", "A nurse at a clinic in the provincial capital",
         "said"),
        ("1.5 million doses would arrive by October", "official", "The health ministry", "said"),
        ("two children had died since June", "named", "Yusuf", "said"),
    ], ["min read", "Follow us", "Most read"], id="en-measles"),
    pytest.param(A1, "ar", 5, 6, [
        ("مبنى سكنيا من 8 طوابق انهار فجر الجمعة في حي العطارين", "anonymous", "مصدر أمني", "أفاد"),
        ("فرق الإنقاذ انتشلت 11 جثة حتى مساء الجمعة", "official", "بيان صادر عن محافظة الإسكندرية", "وبحسب"),
        ("23 أسرة كانت تقيم في المبنى", "official", "المتحدث باسم المحافظة أحمد سمير", "وقال"),
        ("المحافظة ستصرف تعويضات قدرها 50 ألف جنيه لكل أسرة", "official", "سمير", "وأضاف"),
        ("«المبنى كان مخالفا منذ عام 2019»", "official", "رئيس الحي محمود فتحي", "قال"),
    ], ["خاص", "نشر في", "اقرأ أيضا"], id="ar-building-collapse"),
    pytest.param(A2, "ar", 6, 8, [
        ("الحكومة ستستورد 500 ألف طن من الأرز قبل نهاية العام", "named", "وكالة الأنباء العراقية", "نقلت"),
        ("سعر الكيس ارتفع إلى 60 ألف دينار في أسواق البصرة", "anonymous", "مصادر محلية", "وقالت"),
        ("التاجر حسين الموسوي، الذي يعمل في سوق الشورجة منذ عام 2005", "unattributed", None, None),
        ("الطلب تراجع بنسبة 30 في المئة", "named", "التاجر حسين الموسوي", "وقال"),
        ("وارتفعت أسعار الأرز بنسبة 25 في المئة خلال شهر أغسطس", "unattributed", None, None),
        ("وتراجعت واردات القمح إلى 200 ألف طن", "unattributed", None, None),
    ], ["وكالات", "تابعونا"], id="ar-rice-prices"),
    pytest.param(A3, "ar", 4, 6, [
        ("القمر الصناعي سيطلق في 20 نوفمبر المقبل من قاعدة في غويانا الفرنسية", "official",
         "الوكالة المغربية لعلوم الفضاء", "أعلنت"),
        ("تكلفة المشروع بلغت 900 مليون درهم", "official", "مدير الوكالة، كريم العلوي", "وقال"),
        ("القمر سيغطي 4 ملايين هكتار من الأراضي الزراعية", "official", "العلوي", "وأوضح"),
        ("الإطلاق تأجل مرتين منذ 2023", "anonymous", "مصدر مطلع على الملف", "وقال"),
    ], ["هسبريس", "آخر تحديث", "شارك"], id="ar-satellite"),
    pytest.param(A4, "ar", 5, 5, [
        ("أكثر من 3 آلاف أسرة نزحت من مدينة الفاشر خلال الأسبوع الماضي", "anonymous", "مصادر محلية", "قالت"),
        ("المستشفى الوحيد في المدينة استقبل 140 جريحا يوم الثلاثاء", "anonymous", "مسؤول في منظمة أطباء بلا حدود",
         "وأفاد"),
        ("السلطات فتحت 5 مراكز للإيواء", "official", "والي شمال دارفور", "وقال"),
        ("وقتل 12 شخصا في قصف على سوق المدينة", "unattributed", None, None),
        ("وأصيب 40 آخرون", "unattributed", None, None),
    ], ["الجزيرة نت", "اقرأ أيضا"], id="ar-darfur"),
]


@pytest.mark.parametrize("text,language,lo,hi,expected,furniture", ARTICLES)
def test_article(text, language, lo, hi, expected, furniture):
    got = article_claims(text, language, PUBLISHED, lo, hi, furniture)
    for claim_text, kind, source, cue in expected:
        assert claim_text in got, (claim_text, list(got))
        c = got[claim_text]
        a = c.attribution
        assert (a.type, a.source and a.source.text, a.cue and a.cue.text) == (kind, source, cue), claim_text
        assert text.find(claim_text) == c.start and c.end == c.start + len(claim_text)
