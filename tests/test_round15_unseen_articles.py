"""Round 15: six articles nobody tuned the rules on (elections, health, a court and an energy spill in
English; football, an earthquake and a corruption trial in Arabic), each with page furniture (bylines,
wire and outlet datelines, timestamps, share/follow widgets, 'Advertisement', 'Newsletter: ...', 'Related',
'اقرأ أيضاً', photo captions with credits, copyright footers). Per article: no furniture yields a claim,
the number of claims stays in a tight range, and the key claims keep exact text, type and source."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims, typed_source

PUBLISHED = date(2025, 3, 1)
EN1 = 'Turnout hits record as Valdoria votes in snap election\nBy Maria Keller and Tom Reyes\nLISBON, March 2 (Reuters) - Voters in Valdoria turned out in record numbers on Sunday for a snap parliamentary election, with turnout reaching 71.4% by 6 p.m., the national electoral commission said.\nPublished 2 March 2025, 19:42 GMT\nShare on Facebook\nShare on X\nThe ruling Centre Alliance won 38% of the vote, according to an exit poll by the state broadcaster, down from 44% in the 2021 election.\nThe opposition Liberty Party, which holds 61 of the 230 seats in the outgoing parliament, said it expected to become the largest party.\nAdvertisement\n"We have never seen queues like this," said Ana Duarte, a polling station volunteer in the capital.\nPolice said 14 people were detained after scuffles outside a polling station in the northern city of Braga.\nAnalysts polled by Reuters said no party was likely to win a majority, making weeks of coalition talks likely.\nPrime Minister Joao Pereira called the election in January after his budget was defeated by 3 votes.\nPhoto: Voters queue outside a polling station in Lisbon. (Reuters/Pedro Nunes)\nRelated: Valdoria\'s parliament rejects budget\nReporting by Maria Keller; Editing by Tom Reyes\nOur Standards: The Thomson Reuters Trust Principles.\n'
EN2 = 'Measles cases triple in Northshire as vaccination rates fall\nHealth Correspondent Priya Shah\nUpdated 14:05, 28 February 2025\nFollow us on Instagram\nCases of measles in Northshire tripled last year to 1,240, according to official figures published on Friday.\nThe health agency said vaccination rates for the second dose of the MMR jab had fallen to 81%, well below the 95% needed to stop outbreaks.\nDr Helen Ward, the agency\'s director of public health, said the figures were "deeply worrying".\nAdvertisement\nOf the 1,240 cases, 312 children were admitted to hospital, government data showed.\nThe NHS trust, which runs four hospitals in the region, said it had opened 2 additional isolation wards.\nDoctors at the city\'s children\'s hospital said some patients had needed intensive care.\nRead more: Why are parents skipping vaccines?\nNewsletter: Sign up for our daily health briefing\nThe government plans to spend 12 million pounds on a catch-up vaccination campaign, the health minister told parliament on Thursday.\nWhich? said it had received more than 900 reports of misleading vaccine claims online since January.\nComments (34)\n© 2025 Northshire Evening Post. All rights reserved.\n'
EN3 = 'Court fines Apex Energy $45 million over pipeline spill\nBy Daniel Okoro, Energy Reporter\nHOUSTON, Feb 27 (AP) -\nA federal court on Thursday fined Apex Energy $45 million for a 2023 pipeline spill that released 6,300 barrels of crude oil into the Red River.\nJudge Linda Morales said the company had ignored repeated warnings about corrosion in the line.\nApex Energy, which operates 4,800 miles of pipelines across 9 states, said it would appeal the ruling.\n"We disagree with the court\'s findings," the company said in a statement.\nProsecutors said the spill killed more than 2,000 fish and forced the closure of 3 water intakes.\nThe fine is the largest ever imposed under the state\'s environmental law, according to the Environmental Protection Agency.\nAdvertisement - scroll to continue\nShares in Apex fell 4.2% in New York trading on Thursday.\nResidents said the river still smelled of oil months after the spill.\nImage: Clean-up crews work on the Red River in 2023. Credit: AP Photo/John Hale\nShare this article\nMost Read\nCopyright 2025 The Associated Press. All rights reserved.\n'
AR1 = 'الأهلي يتوج بلقب الدوري للمرة 44 في تاريخه\nالقاهرة - «الشرق الأوسط»\nنُشر في: 01 مارس 2025 - 22:15\nشارك\nتوج النادي الأهلي بلقب الدوري المصري الممتاز للمرة 44 في تاريخه، بعد فوزه على الزمالك بهدفين مقابل هدف، مساء السبت، على استاد القاهرة الدولي.\nوسجل المهاجم محمد شريف هدفي الأهلي في الدقيقتين 23 و78، فيما أحرز مصطفى شلبي هدف الزمالك الوحيد.\nوقال المدير الفني للأهلي مارسيل كولر في مؤتمر صحافي عقب المباراة إن الفريق قدم «موسماً استثنائياً».\nاقرأ أيضاً: الزمالك يقيل مدربه بعد الهزيمة\nوحضر المباراة نحو 50 ألف مشجع، بحسب بيانات رسمية من اتحاد الكرة.\nوأعلنت رابطة الأندية أن حفل التتويج سيقام الأسبوع المقبل.\nوأفادت مصادر في النادي بأن الإدارة ستصرف مكافأة قدرها 500 ألف جنيه لكل لاعب.\nويتصدر الأهلي جدول الترتيب برصيد 78 نقطة من 32 مباراة.\n(صورة: لاعبو الأهلي يحتفلون باللقب - أ ف ب)\nتابعونا على فيسبوك\nجميع الحقوق محفوظة © 2025\n'
AR2 = 'زلزال بقوة 6.2 درجة يضرب جنوب تركيا ومقتل 17 شخصاً\nأنقرة (رويترز) - \nآخر تحديث: 27 فبراير 2025، 08:40\nضرب زلزال بقوة 6.2 درجة على مقياس ريختر ولاية هطاي جنوب تركيا فجر الخميس، ما أسفر عن مقتل 17 شخصاً وإصابة أكثر من 300 آخرين.\nوقالت إدارة الكوارث والطوارئ التركية (آفاد) في بيان إن الزلزال وقع على عمق 10 كيلومترات.\nوأضافت أن فرق الإنقاذ انتشلت 42 شخصاً من تحت الأنقاض.\nوقال وزير الداخلية علي يرلي كايا للصحافيين إن 86 مبنى انهار بالكامل.\nإعلان\nوذكر شهود عيان أن السكان خرجوا إلى الشوارع في حالة من الذعر.\nوبحسب إحصاءات حكومية، تضرر أكثر من 1200 منزل في الولاية.\nويتوقع خبراء استطلعت «الأناضول» آراءهم أن تستمر الهزات الارتدادية لأسابيع.\nاقرأ أيضاً\nتركيا: ارتفاع حصيلة ضحايا الفيضانات\nشارك هذا المقال\n'
AR3 = 'محكمة مصرية تقضي بسجن وزير سابق 10 سنوات في قضية فساد\nالقاهرة - «المصري اليوم»:\nالأحد 02 مارس 2025 - 11:30 ص\nقضت محكمة جنايات القاهرة، اليوم الأحد، بسجن وزير الإسكان الأسبق 10 سنوات وتغريمه 20 مليون جنيه، بعد إدانته بتلقي رشى.\nوقالت النيابة العامة في بيان إن المتهم تلقى رشى بقيمة 35 مليون جنيه مقابل تخصيص أراض لشركات.\nوقال محامي المتهم، أحمد فوزي، إن موكله سيطعن على الحكم أمام محكمة النقض.\nوأوضح مصدر قضائي، طلب عدم ذكر اسمه، أن القضية شملت 7 متهمين آخرين.\nوتعد هذه ثالث قضية فساد تطال وزيراً سابقاً منذ عام 2020.\nوارتفعت قضايا الفساد المحالة إلى المحاكم بنسبة 18% خلال العام الماضي، وفقاً لأرقام رسمية.\nللمزيد: النيابة تحيل مسؤولين للمحاكمة\n(تصوير: محمد حسن)\nاشترك في النشرة البريدية\n© 2025 جميع الحقوق محفوظة\n'

ARTICLES = [
    pytest.param(EN1, 'en', 10, 12, [
        ('Voters in Valdoria turned out in record numbers on Sunday for a snap parliamentary election, with turnout reaching 71.4% by 6 p.m', 'official', 'the national electoral commission'),
        ('The ruling Centre Alliance won 38% of the vote', 'named', 'an exit poll by the state broadcaster'),
        ('The opposition Liberty Party, which holds 61 of the 230 seats in the outgoing parliament', 'unattributed', None),
        ('it expected to become the largest party', 'official', 'The opposition Liberty Party'),
        ('We have never seen queues like this', 'named', 'Ana Duarte'),
        ('no party was likely to win a majority', 'anonymous', 'Analysts polled by Reuters'),
    ], ['Photo', 'Reuters/Pedro', 'Share on', 'Advertisement', 'Related', 'Reporting by', 'Standards', 'Published'], id='en1'),
    pytest.param(EN2, 'en', 9, 11, [
        ('Cases of measles in Northshire tripled last year to 1,240', 'official', 'official figures'),  # round 32: the time is no part of the source
        ('Of the 1,240 cases, 312 children were admitted to hospital', 'official', 'government data'),
        ('The NHS trust, which runs four hospitals in the region', 'unattributed', None),
        ('it had opened 2 additional isolation wards', 'official', 'The NHS trust'),
        ('some patients had needed intensive care', 'anonymous', "Doctors at the city's children's hospital"),
        ('it had received more than 900 reports of misleading vaccine claims online since January', 'official', 'Which?'),
    ], ['Newsletter', 'Sign up', 'Follow us', 'Read more', 'Comments', '©', 'Updated', 'Correspondent'], id='en2'),
    pytest.param(EN3, 'en', 9, 11, [
        ('Apex Energy, which operates 4,800 miles of pipelines across 9 states', 'unattributed', None),
        ('it would appeal the ruling', 'official', 'Apex Energy'),
        ('the company had ignored repeated warnings about corrosion in the line', 'named', 'Judge Linda Morales'),
        ('the spill killed more than 2,000 fish and forced the closure of 3 water intakes', 'official', 'Prosecutors'),
        ('the river still smelled of oil months after the spill', 'anonymous', 'Residents'),
    ], ['Image', 'Credit', 'Advertisement', 'Share this', 'Most Read', 'Copyright', '(AP)', 'By Daniel'], id='en3'),
    pytest.param(AR1, 'ar', 7, 9, [
        ('وحضر المباراة نحو 50 ألف مشجع', 'official', 'بيانات رسمية من اتحاد الكرة'),
        ('حفل التتويج سيقام الأسبوع المقبل', 'official', 'رابطة الأندية'),
        ('الإدارة ستصرف مكافأة قدرها 500 ألف جنيه لكل لاعب', 'anonymous', 'مصادر في النادي'),
        ('ويتصدر الأهلي جدول الترتيب برصيد 78 نقطة من 32 مباراة', 'unattributed', None),
    ], ['صورة', 'أ ف ب', 'شارك', 'اقرأ', 'تابعونا', 'الحقوق', '«الشرق الأوسط»', 'نُشر'], id='ar1'),
    pytest.param(AR2, 'ar', 8, 10, [
        ('الزلزال وقع على عمق 10 كيلومترات', 'official', 'إدارة الكوارث والطوارئ التركية (آفاد)'),
        ('فرق الإنقاذ انتشلت 42 شخصاً من تحت الأنقاض', 'official', 'إدارة الكوارث والطوارئ التركية (آفاد)'),
        ('السكان خرجوا إلى الشوارع في حالة من الذعر', 'anonymous', 'شهود عيان'),
        ('تضرر أكثر من 1200 منزل في الولاية', 'official', 'إحصاءات حكومية'),
        ('تستمر الهزات الارتدادية لأسابيع', 'anonymous', 'خبراء استطلعت «الأناضول» آراءهم'),
    ], ['إعلان', 'اقرأ', 'شارك', 'تحديث', '(رويترز)', 'الفيضانات'], id='ar2'),
    pytest.param(AR3, 'ar', 6, 8, [
        ('المتهم تلقى رشى بقيمة 35 مليون جنيه مقابل تخصيص أراض لشركات', 'official', 'النيابة العامة'),
        ('القضية شملت 7 متهمين آخرين', 'anonymous', 'مصدر قضائي'),
        ('وارتفعت قضايا الفساد المحالة إلى المحاكم بنسبة 18% خلال العام الماضي', 'official', 'أرقام رسمية'),
    ], ['للمزيد', 'تصوير', 'اشترك', 'الحقوق', '«المصري اليوم»', '11:30'], id='ar3'),
]


@pytest.mark.parametrize("text, lang, lo, hi, key, furniture", ARTICLES)
def test_unseen_article(text, lang, lo, hi, key, furniture):
    got = {t: typed_source(c) for t, c in article_claims(text, lang, PUBLISHED, lo, hi, furniture).items()}
    for claim, kind, source in key:
        assert got.get(claim) == (kind, source), (claim, got.get(claim))
