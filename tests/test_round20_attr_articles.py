"""Round 20: four short articles nobody tuned the rules on (a cholera outbreak, steel job cuts; a factory fire,
Iraqi date exports), with page furniture, checking whole-article attribution: a role after a name on either side of
the verb (a director or spokesperson official; an analyst, a doctor, a former minister named), present-tense 'report'
/ 'estimate' after a fronted subject, a first-name-only speaker, a statement relaying a frame, an institute, and long
Arabic anonymity insertions. Per article: no furniture in a claim, a tight claim count, and per key claim its exact
text, attribution type, source, cue and cited span text."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims

PUBLISHED = date(2025, 9, 14)

EN1 = 'World | Health\nCholera cases climb in coastal province\nBy Staff Reporter | September 10, 2025\nHealth authorities report 1,240 cholera cases in the province since August.\n"We have opened 6 treatment centres," said Dr Ines Duarte, the provincial health director.\nThe outbreak has killed 31 people, according to Rui Santos, a spokesman for the health ministry.\nAid workers estimate that 400,000 people lack clean water.\nOne mother, who gave only her first name, Celia, said her village had no doctor for 3 weeks.\nRead more: Health news\nShare this article\n'
EN2 = "Markets\nSteelmaker cuts 900 jobs\nUpdated 3 hours ago\nNordsteel will cut 900 jobs at its two plants, said Erik Lund, the company's chief executive.\nThe cuts will save about $120 million a year, Lund said.\nDemand for steel fell 14% in the first half, said Mia Holm, an analyst at Fjord Securities.\nUnions say the plan breaks a 2023 agreement, according to a statement by the metalworkers' union.\nThe company employs 5,600 people.\nAdvertisement\n"
AR1 = 'أخبار محلية\nارتفاع عدد المصابين في حريق مصنع\nنشر في 12 سبتمبر 2025\nقال يوسف الحداد، مدير الدفاع المدني، إن 23 شخصا أصيبوا في الحريق.\nوقال عامل في المصنع، طلب عدم الكشف عن هويته خوفا من فقدان عمله في الشركة، إن أبواب الطوارئ كانت مغلقة.\nوقالت ليلى منصور، الطبيبة في مستشفى المدينة، إن 5 من المصابين في حالة حرجة.\nوأعلن المعهد الوطني للسلامة المهنية أن المصنع لم يخضع للتفتيش منذ 2021.\nشارك الخبر\n'
AR2 = 'اقتصاد\nتراجع صادرات التمور\nقال حسن العبيدي، وزير الزراعة الأسبق، إن الصادرات تراجعت 30 في المئة خلال عامين.\nوأكدت منى الكبيسي، المتحدثة باسم وزارة التجارة، أن العراق صدر 600 ألف طن في 2024.\nوبحسب مصدر في الوزارة، فضل عدم الكشف عن اسمه لأنه غير مخول بالتصريح لوسائل الإعلام، فإن الحكومة ستدعم المزارعين بـ50 مليار دينار.\nتابعونا على فيسبوك\n'


@pytest.mark.parametrize("text,language,lo,hi,expected,furniture", [
    pytest.param(EN1, 'en', 5, 6, [
        ('1,240 cholera cases in the province since August', 'official', 'Health authorities', 'report', None),
        ('We have opened 6 treatment centres', 'official', 'Dr Ines Duarte', 'said', None),
        ('The outbreak has killed 31 people', 'official', 'Rui Santos', 'according to', None),
        ('400,000 people lack clean water', 'anonymous', 'Aid workers', 'estimate', None),
        ('her village had no doctor for 3 weeks', 'anonymous', 'One mother', 'said', None),
    ], ['Read more', 'Share this', 'Staff Reporter'], id='en-cholera'),
    pytest.param(EN2, 'en', 5, 6, [
        ('Nordsteel will cut 900 jobs at its two plants', 'official', 'Erik Lund', 'said', None),
        ('The cuts will save about $120 million a year', 'official', 'Lund', 'said', None),
        ('Demand for steel fell 14% in the first half', 'named', 'Mia Holm', 'said', None),
        ('the plan breaks a 2023 agreement', 'official', "a statement by the metalworkers' union", 'according to', 'Unions'),
        ('The company employs 5,600 people', 'unattributed', None, None, None),
    ], ['Advertisement', 'Updated'], id='en-steel-jobs'),
    pytest.param(AR1, 'ar', 4, 5, [
        ('23 شخصا أصيبوا في الحريق', 'official', 'يوسف الحداد', 'قال', None),
        ('أبواب الطوارئ كانت مغلقة', 'anonymous', 'عامل في المصنع', 'وقال', None),
        ('5 من المصابين في حالة حرجة', 'named', 'ليلى منصور', 'وقالت', None),
        ('المصنع لم يخضع للتفتيش منذ 2021', 'official', 'المعهد الوطني للسلامة المهنية', 'وأعلن', None),
    ], ['شارك الخبر', 'نشر في'], id='ar-factory-fire'),
    pytest.param(AR2, 'ar', 3, 4, [
        ('الصادرات تراجعت 30 في المئة خلال عامين', 'named', 'حسن العبيدي', 'قال', None),
        ('العراق صدر 600 ألف طن في 2024', 'official', 'منى الكبيسي', 'وأكدت', None),
        ('الحكومة ستدعم المزارعين بـ50 مليار دينار', 'anonymous', 'مصدر في الوزارة', 'وبحسب', None),
    ], ['تابعونا'], id='ar-date-exports'),
])
def test_article(text, language, lo, hi, expected, furniture):
    got = article_claims(text, language, PUBLISHED, lo, hi, furniture)
    for claim_text, kind, source, cue, cited in expected:
        assert claim_text in got, (claim_text, list(got))
        a = got[claim_text].attribution
        assert (a.type, a.source and a.source.text, a.cue and a.cue.text, a.cited and a.cited.text) == (
            kind, source, cue, cited), claim_text
