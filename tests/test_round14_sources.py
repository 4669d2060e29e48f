"""Sources, round 14: a generic group of people (managers, executives, doctors, مسؤولون، أطباء، مصدران) is
anonymous wherever it stands, after a passive 'told/informed by' too; the recipient of a verb of telling
(told, informed, warned, أبلغ، أخبر, with or without 'that'/أن) belongs to the reporting frame, never to
the claim or the source; an organisation is recognised by general features (a legal-form or sector word
in its name, an apposition naming a firm, 'which', a later 'the company' anaphor, a formal report), while
the context of a person ('Mr', an age, an earlier full name) keeps a one-word source named; and varied
reporting phrasings in both languages (statements, spokespeople, outlets spoken to, relays, reports,
quotes in «» and “”, bidi controls around names) keep their source, cue and content."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2024, 6, 4)


def _frames(text: str, language: str) -> list[tuple]:
    return frame_rows(text, language, PUBLISHED)


@pytest.mark.parametrize("text, want", [
    # 1. a generic group after a passive 'told/informed by' is anonymous, like 'people familiar with the matter'
    ("Staff were told by managers that 200 jobs would go.",
     [("200 jobs would go", "anonymous", "managers", "told")]),
    ("Staff were informed by executives that 200 jobs would go.",
     [("200 jobs would go", "anonymous", "executives", "informed")]),
    ("Staff were told by people familiar with the matter that 200 jobs would go.",
     [("200 jobs would go", "anonymous", "people familiar with the matter", "told")]),
    ("Employees were informed by the firm's managers that the plant would close.",
     [("the plant would close", "anonymous", "the firm's managers", "informed")]),
    ("The player was told by doctors that he would miss 3 months.",
     [("he would miss 3 months", "anonymous", "doctors", "told")]),
    # ... and as a subject, before or after its content
    ("Managers told staff that 200 jobs would go.", [("200 jobs would go", "anonymous", "Managers", "told")]),
    ("Executives at the bank said profits would fall 10%.",
     [("profits would fall 10%", "anonymous", "Executives at the bank", "said")]),
    ("Doctors at the hospital said 15 patients were in critical condition.",
     [("15 patients were in critical condition", "anonymous", "Doctors at the hospital", "said")]),
    ("Lawyers for the defendant said the trial would resume on 3 July.",
     [("the trial would resume on 3 July", "anonymous", "Lawyers for the defendant", "said")]),
    ("Two senior investigators said 4 suspects were arrested.",
     [("4 suspects were arrested", "anonymous", "Two senior investigators", "said")]),
    ("Profits would fall 10%, a bank manager said.", [("Profits would fall 10%", "anonymous", "a bank manager", "said")]),
    # must not change: a named or titled agent, an official plural, a known group ('the founders')
    ("Staff were told by the chief executive that 200 jobs would go.",
     [("200 jobs would go", "official", "the chief executive", "told")]),
    ("Staff were told by John Smith that 200 jobs would go.", [("200 jobs would go", "named", "John Smith", "told")]),
    ("Prosecutors said the company paid $5 million in bribes.",
     [("the company paid $5 million in bribes", "official", "Prosecutors", "said")]),
    ("The chief executive said profits would fall 10%.",
     [("profits would fall 10%", "official", "The chief executive", "said")]),
])
def test_generic_groups_are_anonymous(text, want):
    assert _frames(text, "en") == want


@pytest.mark.parametrize("text, want", [
    # 2. the recipient of told/informed/warned is part of the frame, with or without 'that'
    ("The CEO told the company's board exports rose 5%.", [("exports rose 5%", "official", "The CEO", "told")]),
    ("The minister told parliament's budget committee the deficit would narrow to 4%.",
     [("the deficit would narrow to 4%", "official", "The minister", "told")]),
    ("The chairman told the annual meeting it would raise the dividend by 10%.",
     [("it would raise the dividend by 10%", "official", "The chairman", "told")]),
    ("The club's president told his players the club would sign 3 strikers.",
     [("the club would sign 3 strikers", "official", "The club's president", "told")]),
    ("The CEO told shareholders at the annual meeting that exports rose 5%.",
     [("exports rose 5%", "official", "The CEO", "told")]),
    ("The minister informed parliament that exports rose 5%.",
     [("exports rose 5%", "official", "The minister", "informed")]),
    ("The minister informed parliament exports rose 5%.",
     [("exports rose 5%", "official", "The minister", "informed")]),
    ("The regulator informed investors that trading would resume on Monday.",
     [("trading would resume on Monday", "official", "The regulator", "informed")]),
    ("The IMF warned governments that debt would rise to 100% of GDP.",
     [("debt would rise to 100% of GDP", "official", "The IMF", "warned")]),
    ("The minister, informing parliament of the figures, said exports rose 5%.",
     [("exports rose 5%", "official", "The minister", "said")]),
    ("Exports rose 5%, the minister said, telling reporters that imports fell 3%.",
     [("Exports rose 5%", "official", "the minister", "said"), ("imports fell 3%", "official", "the minister", "said")]),
    ("The minister said exports rose 5%, warning investors that imports would fall 3%.",
     [("exports rose 5%", "official", "The minister", "said"),
      ("imports would fall 3%", "official", "The minister", "warning")]),
    ("The union told its members the strike would last 3 days.",
     [("the strike would last 3 days", "official", "The union", "told")]),
    ("The company told investors in a statement that profits rose 12%.",
     [("profits rose 12%", "official", "The company", "told")]),
    ("The minister told Parliament on Tuesday the deficit would narrow to 4%.",
     [("the deficit would narrow to 4%", "official", "The minister", "told")]),
    ("The regulator warned banks the rules would change in 2025.",
     [("the rules would change in 2025", "official", "The regulator", "warned")]),
    ("The bank informed customers via email that fees would rise 5%.",
     [("fees would rise 5%", "official", "The bank", "informed")]),
    # ... an order ('told X to leave') reports no clause
    ("Officials told residents to leave their homes by 6 pm.",
     [("Officials told residents to leave their homes by 6 pm", "unattributed", None, None)]),
    # must not change: a trailing told-clause, an audience, 'that' after a possessive recipient
    ("Sales rose 5%, the CEO told the company's board.", [("Sales rose 5%", "official", "the CEO", "told")]),
    ("The minister told reporters exports rose 5%.", [("exports rose 5%", "official", "The minister", "told")]),
    ("The minister told the company's board that exports rose 5%.",
     [("exports rose 5%", "official", "The minister", "told")]),
])
def test_english_recipient_is_frame(text, want):
    assert _frames(text, "en") == want


@pytest.mark.parametrize("text, want", [
    # 2. Arabic: the recipient after the source of أبلغ/أخبر (or لـ + an audience after قال) is not the source
    ("أبلغ الوزير البرلمان أن العجز سيتراجع إلى 4%.", [("العجز سيتراجع إلى 4%", "official", "الوزير", "أبلغ")]),
    ("أبلغ الوزير البرلمان بأن العجز سيتراجع إلى 4%.", [("العجز سيتراجع إلى 4%", "official", "الوزير", "أبلغ")]),
    ("أخبر المدير الموظفين أن الشركة ستسرح 200 عامل.",
     [("الشركة ستسرح 200 عامل", "official", "المدير", "أخبر")]),
    ("أبلغت الشركة موظفيها أنها ستغلق المصنع في يوليو.",
     [("أنها ستغلق المصنع في يوليو", "official", "الشركة", "أبلغت")]),
    ("أبلغ رئيس الوزراء الصحفيين أن الحكومة ستبني 100 مدرسة.",
     [("الحكومة ستبني 100 مدرسة", "official", "رئيس الوزراء", "أبلغ")]),
    ("أخبرت الوزيرة «الشرق الأوسط» أن الميزانية ستزيد 10%.",
     [("الميزانية ستزيد 10%", "official", "الوزيرة", "أخبرت")]),
    ("أبلغ مسؤولون الموظفين بأن 200 وظيفة ستلغى.", [("200 وظيفة ستلغى", "anonymous", "مسؤولون", "أبلغ")]),
    ("وقال الوزير للصحفيين إن الصادرات ارتفعت 5%.", [("الصادرات ارتفعت 5%", "official", "الوزير", "وقال")]),
    ("أبلغ مصدر رويترز أن الشركة ستسرح 300 موظف.", [("الشركة ستسرح 300 موظف", "anonymous", "مصدر", "أبلغ")]),
    ("وأبلغت الحكومة الأمم المتحدة أن 40 ألف لاجئ عبروا الحدود.",
     [("40 ألف لاجئ عبروا الحدود", "official", "الحكومة", "وأبلغت")]),
    ("أبلغ رئيس مجلس النواب الأعضاء أن الجلسة ستعقد يوم الأحد.",
     [("الجلسة ستعقد يوم الأحد", "official", "رئيس مجلس النواب", "أبلغ")]),
    ("وأبلغ محمد العلي الصحفيين أن المبيعات ارتفعت 5%.", [("المبيعات ارتفعت 5%", "named", "محمد العلي", "وأبلغ")]),
    ("أبلغ الوزير نظيره الفرنسي أن بلاده ستشتري 12 طائرة.",
     [("بلاده ستشتري 12 طائرة", "official", "الوزير", "أبلغ")]),
    # must not change: a verb of telling with its object only after a ل, and a verb with no object
    ("ارتفعت الصادرات 5%، قالت الوزارة للصحفيين.", [("ارتفعت الصادرات 5%", "official", "الوزارة", "قالت")]),
    ("تبلغ قيمة الصفقة 3 مليارات دولار.", [("تبلغ قيمة الصفقة 3 مليارات دولار", "unattributed", None, None)]),
    # must not change: a title's genitive with ل stays in the source
    ("وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت 12%.",
     [("الأرباح ارتفعت 12%", "official", "الرئيس التنفيذي للشركة", "وقال")]),
    ("وقال وزير المالية محمد معيط إن العجز تراجع إلى 6%.",
     [("العجز تراجع إلى 6%", "official", "وزير المالية محمد معيط", "وقال")]),
])
def test_arabic_recipient_is_frame(text, want):
    assert _frames(text, "ar") == want


@pytest.mark.parametrize("text, want", [
    # 3. an unseen organisation by general features: an apposition naming a firm, a legal-form or sector word
    ("Bayer, the German drugmaker, said it would cut 300 jobs.",
     [("it would cut 300 jobs", "official", "Bayer", "said")]),
    ("Zentiva, the Czech drugmaker, said sales rose 8% in the quarter.",
     [("sales rose 8% in the quarter", "official", "Zentiva", "said")]),
    ("Exports rose 5%, Zentiva, the Czech drugmaker, said.", [("Exports rose 5%", "official", "Zentiva", "said")]),
    ("Zentiva AG said revenue rose 4%.", [("revenue rose 4%", "official", "Zentiva AG", "said")]),
    ("Zentiva Corp. said revenue rose 4%.", [("revenue rose 4%", "official", "Zentiva Corp", "said")]),
    ("Kestrel Partners said revenue rose 4%.", [("revenue rose 4%", "official", "Kestrel Partners", "said")]),
    ("Holt & Partners LLP said fees rose 12%.", [("fees rose 12%", "official", "Holt & Partners LLP", "said")]),
    ("Amnesty International said 300 people were detained.",
     [("300 people were detained", "official", "Amnesty International", "said")]),
    ("Human Rights Watch said 40 journalists were detained.",
     [("40 journalists were detained", "official", "Human Rights Watch", "said")]),
    ("Kestrel Holdings, based in Oslo, said revenue rose 4%.",
     [("revenue rose 4%", "official", "Kestrel Holdings", "said")]),
    # ... 'which' (not 'who'), a formal report, a later 'the company' / 'the firm' anaphor
    ("Zentiva, which makes generic drugs, said revenue rose 4%.",
     [("revenue rose 4%", "official", "Zentiva", "said")]),
    ("Greenpeace said in a report that 40% of the reef was bleached.",
     [("40% of the reef was bleached", "official", "Greenpeace", "said")]),
    ("Zentiva said it would cut 300 jobs. The company employs 5,000 people.",
     [("it would cut 300 jobs", "official", "Zentiva", "said"),
      ("The company employs 5,000 people", "unattributed", None, None)]),
    ("Zentiva said revenue rose 4%. The firm also said it would cut 300 jobs.",
     [("revenue rose 4%", "official", "Zentiva", "said"), ("it would cut 300 jobs", "official", "The firm", "said")]),
    # ... the context of a person keeps a one-word source named, even a listed organisation's name
    ("Mr Roche said sales rose 8% in the quarter.", [("sales rose 8% in the quarter", "named", "Mr Roche", "said")]),
    ("Roche, 54, said it would cut 300 jobs.", [("it would cut 300 jobs", "named", "Roche", "said")]),
    ("Roche, who joined in 2019, said it would cut 300 jobs.",
     [("Roche, who joined in 2019", "unattributed", None, None), ("it would cut 300 jobs", "named", "Roche", "said")]),
    ("Mr Roche ran the lab for a decade. Roche said it would cut 300 jobs.",
     [("Mr Roche ran the lab for a decade", "unattributed", None, None),
      ("it would cut 300 jobs", "named", "Roche", "said")]),
    ("Zentiva, 54, said the company would cut 300 jobs.",
     [("the company would cut 300 jobs", "named", "Zentiva", "said")]),
    # must not change: a listed organisation with no person context, an unknown surname with no signal
    ("Roche said it would cut 300 jobs.", [("it would cut 300 jobs", "official", "Roche", "said")]),
    ("Osei said it would take years to rebuild the plant.",
     [("it would take years to rebuild the plant", "named", "Osei", "said")]),
])
def test_organisation_features(text, want):
    assert _frames(text, "en") == want


_EN_VARIED = [
    ("According to a statement from the health ministry, 40 people died in the outbreak.",
     [("40 people died in the outbreak", "official", "a statement from the health ministry", "According to")]),
    ("A spokesperson for the electoral commission said turnout reached 62%.",
     [("turnout reached 62%", "official", "A spokesperson for the electoral commission", "said")]),
    ("The club confirmed to AFP that the striker would miss 6 weeks.",
     [("the striker would miss 6 weeks", "official", "The club", "confirmed")]),
    ("The election commission confirmed to Reuters that 62% of voters took part.",
     [("62% of voters took part", "official", "The election commission", "confirmed")]),
    ("Sources close to the prime minister said the cabinet would meet on Sunday.",
     [("the cabinet would meet on Sunday", "anonymous", "Sources close to the prime minister", "said")]),
    ("Two people briefed on the talks said the deal was worth $3 billion.",
     [("the deal was worth $3 billion", "anonymous", "Two people briefed on the talks", "said")]),
    ("The ministry said in a statement on its website that 120 schools would close.",
     [("120 schools would close", "official", "The ministry", "said")]),
    ("Inflation slowed to 3.1% in May, the central bank said in a statement.",
     [("Inflation slowed to 3.1% in May", "official", "the central bank", "said")]),
    ("“We expect growth of 4% this year,” the governor said.",
     [("We expect growth of 4% this year", "official", "the governor", "said")]),
    ("“Turnout was 58%,” said Maria Lopez, a spokeswoman for the commission.",
     [("Turnout was 58%", "official", "Maria Lopez", "said")]),
    ("The governor said: “We expect growth of 4% this year.”",
     [("We expect growth of 4% this year", "official", "The governor", "said")]),
    ("Officials at the ministry, who spoke on condition of anonymity, said 200 jobs would go.",
     [("200 jobs would go", "anonymous", "Officials at the ministry", "said")]),
    ("A senior military official, speaking on condition of anonymity, said 40 drones were destroyed.",
     [("40 drones were destroyed", "anonymous", "A senior military official", "said")]),
    ("The health ministry said on its website that 45 new cases were recorded.",
     [("45 new cases were recorded", "official", "The health ministry", "said")]),
    ("According to sources close to the investigation, 4 suspects were arrested.",
     [("4 suspects were arrested", "anonymous", "sources close to the investigation", "According to")]),
    ("Norwind Airlines cut 300 jobs, the carrier said.",
     [("Norwind Airlines cut 300 jobs", "official", "the carrier", "said")]),
    ("The National Election Authority said turnout was 45%.",
     [("turnout was 45%", "official", "The National Election Authority", "said")]),
    ("Residents said the shelling lasted 5 hours.", [("the shelling lasted 5 hours", "anonymous", "Residents", "said")]),
    ("The federation informed the clubs that the season would start on 10 August.",
     [("the season would start on 10 August", "official", "The federation", "informed")]),
    ("The minister was informed by officials that 20 villages had been flooded.",
     [("20 villages had been flooded", "anonymous", "officials", "informed")]),
    ("A report by Amnesty International said 300 people were detained.",
     [("300 people were detained", "official", "A report by Amnesty International", "said")]),
    ("The Norwegian Refugee Council said 2 million people were displaced.",
     [("2 million people were displaced", "official", "The Norwegian Refugee Council", "said")]),
    ("The striker will miss the final, the club confirmed to AFP.",
     [("The striker will miss the final", "official", "the club", "confirmed")]),
    ("Turnout reached 62%, the electoral commission said in a statement on its website.",
     [("Turnout reached 62%", "official", "the electoral commission", "said")]),
    ("The central bank kept rates at 5.25%, a spokesperson for the bank said.",
     [("The central bank kept rates at 5.25%", "official", "a spokesperson for the bank", "said")]),
    ("“The deal is worth $3 billion,” one of the people said.",
     [("The deal is worth $3 billion", "anonymous", "one of the people", "said")]),
    ("“We will not raise rates this year,” Governor Ana Silva told reporters in Lisbon.",
     [("We will not raise rates this year", "official", "Governor Ana Silva", "told")]),
    ("The court sentenced 3 men to 10 years in prison, a judicial source told AFP.",
     [("The court sentenced 3 men to 10 years in prison", "anonymous", "a judicial source", "told")]),
    ("Two people briefed on the talks told the Financial Times that the deal was worth $3 billion.",
     [("the deal was worth $3 billion", "anonymous", "Two people briefed on the talks", "told")]),
    ("Police told reporters that 3 people were arrested.",
     [("3 people were arrested", "official", "Police", "told")]),
    ("Election officials said turnout was 58%.", [("turnout was 58%", "anonymous", "Election officials", "said")]),
    ("Rescuers said 20 people were pulled from the rubble.",
     [("20 people were pulled from the rubble", "anonymous", "Rescuers", "said")]),
    ("Researchers at Oxford University said the vaccine was 90% effective.",
     [("the vaccine was 90% effective", "anonymous", "Researchers at Oxford University", "said")]),
    ("Exports rose 5%, said Dr Jane Ahmed, an economist at Capital Economics.",
     [("Exports rose 5%", "named", "Dr Jane Ahmed", "said")]),
    ("Prosecutors told the court that the company paid $5 million in bribes.",
     [("the company paid $5 million in bribes", "official", "Prosecutors", "told")]),
    ("Sales rose 5%, Zentiva, which makes generic drugs, said.", [("Sales rose 5%", "official", "Zentiva", "said")]),
    ("People informed of the plan said 300 jobs would go.",
     [("300 jobs would go", "anonymous", "People informed of the plan", "said")]),
    ("The minister told of 300 deaths in the floods.",
     [("The minister told of 300 deaths in the floods", "unattributed", None, None)]),
]


@pytest.mark.parametrize("text, want", _EN_VARIED)
def test_english_varied_phrasings(text, want):
    assert _frames(text, "en") == want


_AR_VARIED = [
    ("قال مصدر حكومي رفض الكشف عن اسمه إن الحكومة سترفع أسعار الوقود 10% الشهر المقبل.",
     [("الحكومة سترفع أسعار الوقود 10% الشهر المقبل", "anonymous", "مصدر حكومي رفض الكشف عن اسمه", "قال")]),
    ("أفادت مصادر مطلعة لـ«الشرق» بأن المفاوضات ستستأنف الأسبوع المقبل.",
     [("المفاوضات ستستأنف الأسبوع المقبل", "anonymous", "مصادر مطلعة", "أفادت")]),
    ("صرّح الناطق باسم وزارة الصحة بأن عدد الإصابات بلغ 450 حالة.",
     [("عدد الإصابات بلغ 450 حالة", "official", "الناطق باسم وزارة الصحة", "صرّح")]),
    ("نقلت وكالة الأنباء الرسمية عن الوزير قوله إن الصادرات ارتفعت 7%.",
     [("الصادرات ارتفعت 7%", "named", "وكالة الأنباء الرسمية", "نقلت")]),
    ("أكد بيان صادر عن البنك المركزي أن التضخم تراجع إلى 3.5% في مايو.",
     [("التضخم تراجع إلى 3.5% في مايو", "official", "بيان صادر عن البنك المركزي", "أكد")]),
    ("كشف تقرير لمنظمة العفو الدولية أن 300 شخص اعتقلوا خلال الاحتجاجات.",
     [("300 شخص اعتقلوا خلال الاحتجاجات", "official", "منظمة العفو الدولية", "كشف")]),
    ("أكد المتحدث باسم الجيش لوكالة فرانس برس أن 12 جنديا قتلوا في الهجوم.",
     [("12 جنديا قتلوا في الهجوم", "official", "المتحدث باسم الجيش", "أكد")]),
    ("وقالت اللجنة العليا للانتخابات في بيان على موقعها الإلكتروني إن نسبة المشاركة بلغت 62%.",
     [("نسبة المشاركة بلغت 62%", "official", "اللجنة العليا للانتخابات", "وقالت")]),
    ("قال مصدران مطلعان على المحادثات إن قيمة الصفقة تبلغ 3 مليارات دولار.",
     [("قيمة الصفقة تبلغ 3 مليارات دولار", "anonymous", "مصدران مطلعان على المحادثات", "قال")]),
    ("ذكرت مصادر مقربة من رئيس الوزراء أن الحكومة ستجتمع يوم الأحد.",
     [("الحكومة ستجتمع يوم الأحد", "anonymous", "مصادر مقربة من رئيس الوزراء", "ذكرت")]),
    ("قال الاتحاد المصري لكرة القدم إن الموسم سيبدأ في 10 أغسطس.",
     [("الموسم سيبدأ في 10 أغسطس", "official", "الاتحاد المصري لكرة القدم", "قال")]),
    ("أعلنت وزارة الصحة على موقعها الرسمي تسجيل 45 إصابة جديدة.",
     [("أعلنت وزارة الصحة على موقعها الرسمي تسجيل 45 إصابة جديدة", "official", "وزارة الصحة", "أعلنت")]),
    ("«سننمو بنسبة 4% هذا العام»، قال محافظ البنك المركزي.",
     [("«سننمو بنسبة 4% هذا العام»", "official", "محافظ البنك المركزي", "قال")]),
    ("وأوضح الدكتور أحمد سالم، رئيس الجمعية الطبية، أن 30% من المرضى تحسنوا.",
     [("30% من المرضى تحسنوا", "official", "الدكتور أحمد سالم", "وأوضح")]),
    ("قال شهود عيان إن القصف استمر 5 ساعات.", [("القصف استمر 5 ساعات", "anonymous", "شهود عيان", "قال")]),
    ("وقال أطباء في المستشفى إن 15 مريضا في حالة حرجة.",
     [("15 مريضا في حالة حرجة", "anonymous", "أطباء في المستشفى", "وقال")]),
    ("وقال محامون عن المتهمين إن المحاكمة ستستأنف في 3 يوليو.",
     [("المحاكمة ستستأنف في 3 يوليو", "anonymous", "محامون عن المتهمين", "وقال")]),
    ("قالت محكمة النقض إن الغرامة تبلغ 5 ملايين جنيه.",
     [("الغرامة تبلغ 5 ملايين جنيه", "official", "محكمة النقض", "قالت")]),
    ("وأشارت منظمة هيومن رايتس ووتش في تقرير إلى أن 40 صحفيا اعتقلوا.",
     [("40 صحفيا اعتقلوا", "official", "منظمة هيومن رايتس ووتش", "وأشارت")]),
    ("قال \u200fمحمد العلي\u200f إن المبيعات ارتفعت 5%.", [("المبيعات ارتفعت 5%", "named", "محمد العلي", "قال")]),
    ("قال \u202bمحمد العلي\u202c إن المبيعات ارتفعت 5%.", [("المبيعات ارتفعت 5%", "named", "محمد العلي", "قال")]),
    ("أفادت وكالة الأنباء السعودية (واس) بأن المملكة استقبلت 1.8 مليون حاج.",
     [("المملكة استقبلت 1.8 مليون حاج", "named", "وكالة الأنباء السعودية (واس)", "أفادت")]),
    ("وقال مسؤول عسكري طلب عدم الكشف عن هويته إن 40 طائرة مسيرة أسقطت.",
     [("40 طائرة مسيرة أسقطت", "anonymous", "مسؤول عسكري طلب عدم الكشف عن هويته", "وقال")]),
    ("نقلت رويترز عن مصادر مطلعة أن الشركة ستسرح 300 موظف.",
     [("الشركة ستسرح 300 موظف", "named", "رويترز", "نقلت")]),
    ("وقالت الشركة، في بيان نشرته على موقعها، إن أرباحها ارتفعت 12%.",
     [("أرباحها ارتفعت 12%", "official", "الشركة", "وقالت")]),
    ("بلغت نسبة التضخم 4% في أبريل، بحسب بيان للبنك المركزي.",
     [("بلغت نسبة التضخم 4% في أبريل", "official", "بيان للبنك المركزي", "بحسب")]),
    ("وقال مسؤولان في الوزارة لرويترز إن المحادثات ستستأنف الأسبوع المقبل.",
     [("المحادثات ستستأنف الأسبوع المقبل", "anonymous", "مسؤولان في الوزارة", "وقال")]),
    ("ونقلت صحيفة «الأهرام» عن مصادر مطلعة أن الحكومة ستطرح 4 مناقصات.",
     [("الحكومة ستطرح 4 مناقصات", "named", "صحيفة «الأهرام»", "ونقلت")]),
    ("قضت محكمة جنايات القاهرة بسجن 3 متهمين 10 سنوات، بحسب مصدر قضائي.",
     [("قضت محكمة جنايات القاهرة بسجن 3 متهمين 10 سنوات", "anonymous", "مصدر قضائي", "بحسب")]),
    ("ارتفعت الصادرات 5% خلال مايو، بحسب ما أعلنه الجهاز المركزي للإحصاء.",
     [("ارتفعت الصادرات 5% خلال مايو", "official", "الجهاز المركزي للإحصاء", "بحسب ما أعلنه")]),
    ("وقال مسعفون إن 20 شخصا انتشلوا من تحت الأنقاض.",
     [("20 شخصا انتشلوا من تحت الأنقاض", "anonymous", "مسعفون", "وقال")]),
    ("وقال أحد المحامين إن المحاكمة ستستأنف في 3 يوليو.",
     [("المحاكمة ستستأنف في 3 يوليو", "anonymous", "أحد المحامين", "وقال")]),
    ("وقال محامو الدفاع إن المحاكمة ستستأنف في 3 يوليو.",
     [("المحاكمة ستستأنف في 3 يوليو", "anonymous", "محامو الدفاع", "وقال")]),
    ("وأكدت مصادر أمنية لـ«العربية» أن 4 مشتبه بهم اعتقلوا.",
     [("4 مشتبه بهم اعتقلوا", "anonymous", "مصادر أمنية", "وأكدت")]),
    ("وصرح وزير الخارجية للصحفيين بأن 40 دولة وقعت على التعهد.",
     [("40 دولة وقعت على التعهد", "official", "وزير الخارجية", "وصرح")]),
    ("كشف تقرير لصحيفة الغارديان أن 300 شخص اعتقلوا.",
     [("300 شخص اعتقلوا", "named", "صحيفة الغارديان", "كشف")]),
    ("نقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري قوله إن 12 صاروخا أسقطت.",
     [("12 صاروخا أسقطت", "named", "وكالة الأنباء السورية (سانا)", "نقلت")]),
    ("أخبر مصدر دبلوماسي «الشرق الأوسط» بأن 3 سفراء سيستدعون.",
     [("3 سفراء سيستدعون", "anonymous", "مصدر دبلوماسي", "أخبر")]),
    ("الوزير أبلغ البرلمان أن العجز سيتراجع إلى 4%.", [("العجز سيتراجع إلى 4%", "official", "الوزير", "أبلغ")]),
    ("أبلغ رئيس مجلس إدارتها المساهمين أن الأرباح ارتفعت 12%.",
     [("الأرباح ارتفعت 12%", "official", "رئيس مجلس إدارتها", "أبلغ")]),
    ("وأبلغ رئيس البرلمان النواب أن الجلسة ستعقد يوم الأحد.",
     [("الجلسة ستعقد يوم الأحد", "official", "رئيس البرلمان", "وأبلغ")]),
    ("قال ‫الوزير‬ إن الصادرات ارتفعت 5%.", [("الصادرات ارتفعت 5%", "official", "الوزير", "قال")]),
]


@pytest.mark.parametrize("text, want", _AR_VARIED)
def test_arabic_varied_phrasings(text, want):
    assert _frames(text, "ar") == want
