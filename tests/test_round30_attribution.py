"""Round 30, attribution in both languages.

- A denial with a bare nominal object (نفت الوزارة وجود نقص، 'denied any shortage of food') is the body's claim:
  the whole clause, denial verb kept, so the claim stays denied for matching; the cue is the verb. English needs an
  object naming existence ('any', 'the existence of'): 'denied 12 visas' is a plain object, no report.
- A place after a definite body (وزارة الصحة في غزة، ... في المناطق (كوغات)) is part of its name; the noun after a
  verbal noun is its genitive (هيئة تنسيق أعمال الحكومة), not the announced object.
- A pronoun speaker (وقالت) after such a denial takes the body as its source.
- A definite anaphor that is the head of an earlier construct name (البرنامج after برنامج الأغذية العالمي) takes the
  earlier source, its type and its full name.
- An Arabic indefinite head in the accusative (لكن متحدثاً عسكرياً قال، مسؤولاً كبيراً) is typed as its nominative.
- '<Org> analysts/economists' speak for the org, as 'analysts at <Org>' do; a place or demonym before them does not.
- "<Name>'s lawyers/spokesman/family" is the person's side: named, the whole phrase the source.
- 'Monday night' after a weekday closes the time adjunct between the verb and 'that'.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

from factcheck.pipeline import analyze

PUB = date(2026, 11, 20)


@pytest.mark.parametrize("text, rows", [
    # a fact-checker needs whose denial it is: the body, official, the claim keeping its denial verb
    ("في المقابل، نفت هيئة تنسيق أعمال الحكومة في المناطق (كوغات) وجود نقص في المواد الغذائية.",
     [("نفت هيئة تنسيق أعمال الحكومة في المناطق (كوغات) وجود نقص في المواد الغذائية", "official",
       "هيئة تنسيق أعمال الحكومة في المناطق (كوغات)", "نفت")]),
    ("ونفت وزارة الاقتصاد حدوث أي نقص في 3 أصناف من الأدوية.",
     [("ونفت وزارة الاقتصاد حدوث أي نقص في 3 أصناف من الأدوية", "official", "وزارة الاقتصاد", "ونفت")]),
    ("نفى الجيش مقتل أي جندي في انفجار اللغم قرب كسلا يوم الاثنين.",
     [("نفى الجيش مقتل أي جندي في انفجار اللغم قرب كسلا يوم الاثنين", "official", "الجيش", "نفى")]),
    ("في المقابل، نفت الشركة تسريح 200 عامل.", [("نفت الشركة تسريح 200 عامل", "official", "الشركة", "نفت")]),
    ("The ministry denied any shortage of food in the 3 camps.",
     [("The ministry denied any shortage of food in the 3 camps", "official", "The ministry", "denied")]),
    ("The army denied the existence of a second camp holding 300 prisoners.",
     [("The army denied the existence of a second camp holding 300 prisoners", "official", "The army", "denied")]),
    # kept: a complement clause is the content; a plain object is no report
    ("ونفت الوزارة أن 40 جنديا اعتقلوا.", [("40 جنديا اعتقلوا", "official", "الوزارة", "ونفت")]),
    ("The hospital denied 12 visas.", [("The hospital denied 12 visas", "unattributed", None, None)]),
    # the body announcing, with where it sits in its name
    ("أعلنت وزارة الصحة في غزة تسجيل 40 إصابة جديدة.",
     [("أعلنت وزارة الصحة في غزة تسجيل 40 إصابة جديدة", "official", "وزارة الصحة في غزة", "أعلنت")]),
    # a definite verbal noun with its preposition is the announced object, also right before عن
    ("أعلنت الشرطة في دبي القبض على 5 أشخاص.",
     [("أعلنت الشرطة في دبي القبض على 5 أشخاص", "official", "الشرطة في دبي", "أعلنت")]),
    ("أعلنت الوزارة الإفراج عن 40 معتقلا.", [("أعلنت الوزارة الإفراج عن 40 معتقلا", "official", "الوزارة", "أعلنت")]),
    ("أعلنت الوزارة في الأسبوع الماضي إغلاق 5 مدارس.",
     [("أعلنت الوزارة في الأسبوع الماضي إغلاق 5 مدارس", "official", "الوزارة", "أعلنت")]),
    ("أعلنت الحكومة في مرسوم إغلاق 5 مدارس.", [("أعلنت الحكومة في مرسوم إغلاق 5 مدارس", "official", "الحكومة", "أعلنت")]),
    ("أعلنت الوزارة في 15 مارس إغلاق 20 مدرسة.", [("أعلنت الوزارة في 15 مارس إغلاق 20 مدرسة", "official", "الوزارة", "أعلنت")]),
])
def test_denial_with_a_nominal_object(text, rows):
    lang = "en" if text.isascii() else "ar"
    assert frame_rows(text, lang, PUB) == rows


def test_english_denial_stays_negated():
    claims = analyze("The ministry denied any shortage of food in the 3 camps.", "en", PUB).claims
    assert [c.negated for c in claims] == [True]


@pytest.mark.parametrize("text, rows", [
    # the pronoun speaker after a denial: the body that denied
    ("في المقابل، نفت وزارة الاقتصاد وجود نقص في المواد الغذائية. وقالت إن 1200 شاحنة دخلت الأسبوع الماضي.",
     [("نفت وزارة الاقتصاد وجود نقص في المواد الغذائية", "official", "وزارة الاقتصاد", "نفت"),
      ("1200 شاحنة دخلت الأسبوع الماضي", "official", "وزارة الاقتصاد", "وقالت")]),
    # the definite head of an earlier construct name: the earlier source's type; the span stays its own mention, as
    # the seed gold marks «لكن الشركة أوضحت» (earlier rounds: 'the agency', «الوزارة» keep their own span)
    ("وقال برنامج الأغذية العالمي إن 40% من السكان يعانون الجوع. وأضاف البرنامج أن 300 شاحنة تنتظر على الحدود.",
     [("40% من السكان يعانون الجوع", "official", "برنامج الأغذية العالمي", "وقال"),
      ("300 شاحنة تنتظر على الحدود", "official", "البرنامج", "وأضاف")]),
    ("وقال صندوق الأمم المتحدة للسكان إن 12 مستشفى توقفت. وفي وقت لاحق، أوضح الصندوق أن 40 طبيبا قتلوا.",
     [("12 مستشفى توقفت", "official", "صندوق الأمم المتحدة للسكان", "وقال"),
      ("40 طبيبا قتلوا", "official", "الصندوق", "أوضح")]),
    # the pronoun speaker agrees in gender: the feminine verb goes back past a masculine source to the feminine one
    ("قالت وزيرة المالية إن العجز بلغ 5%. وقال محافظ البنك المركزي إن التضخم تراجع إلى 3%. وأضافت أن الدين سيبلغ 90%.",
     [("العجز بلغ 5%", "official", "وزيرة المالية", "قالت"),
      ("التضخم تراجع إلى 3%", "official", "محافظ البنك المركزي", "وقال"),
      ("الدين سيبلغ 90%", "official", "وزيرة المالية", "وأضافت")]),
    ("وقالت مصادر إن 40 مدرسة أغلقت. وقال الوزير إن 12 فتحت. وأضافت أن 300 معلم غادروا.",
     [("40 مدرسة أغلقت", "anonymous", "مصادر", "وقالت"), ("12 فتحت", "official", "الوزير", "وقال"),
      ("300 معلم غادروا", "anonymous", "مصادر", "وأضافت")]),
    ("قال مسؤولون إن 40 مدرسة أغلقت، فيما قالت الوزارة إن 12 مدرسة فتحت. وأضافوا أن 300 معلم غادروا.",
     [("40 مدرسة أغلقت", "anonymous", "مسؤولون", "قال"), ("12 مدرسة فتحت", "official", "الوزارة", "قالت"),
      ("300 معلم غادروا", "anonymous", "مسؤولون", "وأضافوا")]),
    ("وقال وزير الصحة إن 40 مستشفى توقفت، فيما قالت منظمة الصحة العالمية إن 12 مستشفى فقط تعمل. "
     "وأضاف أن 300 طبيب غادروا البلاد.",
     [("40 مستشفى توقفت", "official", "وزير الصحة", "وقال"),
      ("12 مستشفى فقط تعمل", "official", "منظمة الصحة العالمية", "قالت"),
      ("300 طبيب غادروا البلاد", "official", "وزير الصحة", "وأضاف")]),
])
def test_speaker_carried_to_a_pronoun_or_anaphor(text, rows):
    """A pronoun speaker takes the nearest earlier source of the paragraph whose gender and number its verb agrees
    with: the head's ة or sound plural, else the verb the writer gave that source (قالت مصادر)."""
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # 'He' is a person, not the agency named since; 'She' likewise
    ("The health minister said 40 hospitals had closed. The WHO said only 12 were working. He added that 300 doctors "
     "had left.",
     [("40 hospitals had closed", "official", "The health minister", "said"),
      ("only 12 were working", "official", "The WHO", "said"),
      ("300 doctors had left", "official", "The health minister", "added")]),
    ("Maria Lopez said 40 schools closed. The ministry said 12 had reopened. She added that 300 teachers had left.",
     [("40 schools closed", "named", "Maria Lopez", "said"), ("12 had reopened", "official", "The ministry", "said"),
      ("300 teachers had left", "named", "Maria Lopez", "added")]),
    # kept: the nearest agreeing source
    ("The ministry said 40 schools closed. It added that 300 teachers had left.",
     [("40 schools closed", "official", "The ministry", "said"),
      ("300 teachers had left", "official", "The ministry", "added")]),
    # a time opening the sentence is the saying's, not the source's
    ("On Friday the agency said 12 more batches were tested.",
     [("12 more batches were tested", "official", "the agency", "said")]),
])
def test_english_pronoun_agrees_with_its_speaker(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # typed as 'متحدث عسكري' and 'A military spokesman' (official), 'مسؤول كبير' and 'A senior official' (anonymous)
    ("لكن متحدثاً عسكرياً قال إن 5 جنود قتلوا.", [("5 جنود قتلوا", "official", "متحدثاً عسكرياً", "قال")]),
    ("لكن مسؤولا كبيرا قال إن 5 جنود قتلوا.", [("5 جنود قتلوا", "anonymous", "مسؤولا كبيرا", "قال")]),
    ("غير أن مصدراً أمنياً قال إن 7 عناصر أصيبوا.", [("7 عناصر أصيبوا", "anonymous", "مصدراً أمنياً", "قال")]),
    ("وقال متحدث عسكري إن 5 جنود قتلوا.", [("5 جنود قتلوا", "official", "متحدث عسكري", "وقال")]),
])
def test_accusative_indefinite_role(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Goldman Sachs analysts expect inflation to reach 3%.",
     [("inflation to reach 3%", "named", "Goldman Sachs", "expect")]),
    ("JPMorgan economists said growth would slow to 2%.", [("growth would slow to 2%", "named", "JPMorgan", "said")]),
    ("Bank of America strategists said the index would reach 6,000.",
     [("the index would reach 6,000", "official", "Bank of America", "said")]),
    # kept: a count, a place or a demonym before them
    ("Two Citi analysts said oil would reach $90.", [("oil would reach $90", "anonymous", "Two Citi analysts", "said")]),
    ("Wall Street analysts said oil would reach $90.",
     [("oil would reach $90", "anonymous", "Wall Street analysts", "said")]),
    ("European economists expect growth of 2%.", [("European economists expect growth of 2%", "unattributed", None, None)]),
])
def test_org_analysts_speak_for_the_org(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Avery's lawyers said he would appeal the 20-year sentence.",
     [("he would appeal the 20-year sentence", "named", "Avery's lawyers", "said")]),
    ("Ortiz's family said he had been held for 40 days.",
     [("he had been held for 40 days", "named", "Ortiz's family", "said")]),
])
def test_a_persons_side_is_named(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Speaker Mike Johnson said in a statement Monday night that the House would vote on 3 bills.",
     [("the House would vote on 3 bills", "named", "Speaker Mike Johnson", "said")]),
    ("The ministry said Tuesday morning that 40 schools would close.",
     [("40 schools would close", "official", "The ministry", "said")]),
    ("وقال الوزير مساء الاثنين إن 30 شخصا قتلوا.", [("30 شخصا قتلوا", "official", "الوزير", "وقال")]),
])
def test_part_of_day_closes_the_time_adjunct(text, rows):
    lang = "en" if text.isascii() else "ar"
    assert frame_rows(text, lang, PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a trailing according-to with no comma before it reports its own clause, not the earlier independent one
    ("وكانت الحكومة قد أقرت خطة لإعادة توطين النازحين، الذين يقدر عددهم بنحو 1.2 مليون شخص بحسب المنظمة الدولية للهجرة.",
     [("وكانت الحكومة قد أقرت خطة لإعادة توطين النازحين", "unattributed", None, None),
      ("الذين يقدر عددهم بنحو 1.2 مليون شخص", "official", "المنظمة الدولية للهجرة", "بحسب")]),
    ("Prices rose 5% in March, and exports fell 3% according to the central bank.",
     [("Prices rose 5% in March", "unattributed", None, None),
      ("exports fell 3%", "official", "the central bank", "according to")]),
    # kept: after a comma it tags the whole sentence
    ("Prices rose 5% in March, according to the central bank.",
     [("Prices rose 5% in March", "official", "the central bank", "according to")]),
    # the writer's remark on what was not confirmed is the outlet's own
    ("وذكرت صحيفة الرياضية أن النادي سيدفع 40 مليون يورو للاعب، وهو ما لم يؤكده النادي.",
     [("النادي سيدفع 40 مليون يورو للاعب", "named", "صحيفة الرياضية", "وذكرت"),
      ("وهو ما لم يؤكده النادي", "unattributed", None, None)]),
])
def test_trailing_frames_scope(text, rows):
    lang = "en" if text.isascii() else "ar"
    assert frame_rows(text, lang, PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # court filings and rulings, hospitals, police, election bodies, posts on X, polls, leaks
    ("وقالت النيابة العامة في لائحة الاتهام إن المتهم استولى على 12 مليون جنيه.",
     [("المتهم استولى على 12 مليون جنيه", "official", "النيابة العامة", "وقالت")]),
    ("وقالت الجامعة في دراسة نشرت الأحد إن 30% من الطلاب يعانون القلق.",
     [("30% من الطلاب يعانون القلق", "official", "الجامعة", "وقالت")]),
    ("وقال المستشفى إن 12 مريضا توفوا.", [("12 مريضا توفوا", "official", "المستشفى", "وقال")]),
    ("وقال طبيب في المستشفى إن 12 مريضا توفوا.", [("12 مريضا توفوا", "anonymous", "طبيب في المستشفى", "وقال")]),
    ("وقالت ممرضة في المستشفى إن 12 مريضا توفوا.", [("12 مريضا توفوا", "anonymous", "ممرضة في المستشفى", "وقالت")]),
    ("The hospital said in a statement late Sunday that 12 patients had died.",
     [("12 patients had died", "official", "The hospital", "said")]),
    ("A doctor at the hospital said 12 patients had died.",
     [("12 patients had died", "anonymous", "A doctor at the hospital", "said")]),
    ("Amnesty International said in a report released Thursday that 300 people were executed last year.",
     [("300 people were executed last year", "official", "Amnesty International", "said")]),
    ("Medical sources told the Palestinian news agency WAFA that 14 people were killed.",
     [("14 people were killed", "anonymous", "Medical sources", "told")]),
    ("The minister told BBC Sport that 3 stadiums would be built.",
     [("3 stadiums would be built", "official", "The minister", "told")]),
    ("وقالت لجنة الانتخابات المركزية في بيان إن 2.1 مليون ناخب أدلوا بأصواتهم.",
     [("2.1 مليون ناخب أدلوا بأصواتهم", "official", "لجنة الانتخابات المركزية", "وقالت")]),
    ("The Electoral Commission said turnout reached 44%.",
     [("turnout reached 44%", "official", "The Electoral Commission", "said")]),
    ("وكتب الرئيس في تغريدة على منصة إكس أن 500 شاحنة ستدخل غدا.",
     [("500 شاحنة ستدخل غدا", "official", "الرئيس", "وكتب")]),
    ("In a post on X, the president said 500 trucks would enter Gaza on Friday.",
     [("500 trucks would enter Gaza on Friday", "official", "the president", "said")]),
    ("وأفاد شهود عيان بأن 4 انفجارات هزت المدينة.", [("4 انفجارات هزت المدينة", "anonymous", "شهود عيان", "وأفاد")]),
    ("Police said three people were arrested after the match.",
     [("three people were arrested after the match", "official", "Police", "said")]),
    ("وقالت مصادر طبية لوكالة الأنباء الفلسطينية (وفا) إن 14 شخصا قتلوا.",
     [("14 شخصا قتلوا", "anonymous", "مصادر طبية", "وقالت")]),
    ("وأكدت وزارة الداخلية في بيان مساء الأحد أن 7 مهربين اعتقلوا.",
     [("7 مهربين اعتقلوا", "official", "وزارة الداخلية", "وأكدت")]),
    ("The Federal Reserve said in a statement that it would hold rates at 4.5%.",
     [("it would hold rates at 4.5%", "official", "The Federal Reserve", "said")]),
    ("Manchester United said on its website that the defender had signed a 4-year deal.",
     [("the defender had signed a 4-year deal", "official", "Manchester United", "said")]),
    ("The Met Police said in a statement Saturday evening that 12 people had been arrested.",
     [("12 people had been arrested", "official", "The Met Police", "said")]),
    ("وقال نادي الهلال في بيان إن اللاعب سيغيب 6 أسابيع بسبب الإصابة.",
     [("اللاعب سيغيب 6 أسابيع بسبب الإصابة", "official", "نادي الهلال", "وقال")]),
    ("A leaked memo obtained by Politico shows the agency plans to cut 2,000 jobs.",
     [("the agency plans to cut 2,000 jobs", "named", "A leaked memo", "shows")]),
    ("وأظهرت وثائق مسربة اطلعت عليها الصحيفة أن الشركة دفعت 5 ملايين دولار.",
     [("الشركة دفعت 5 ملايين دولار", "named", "وثائق مسربة", "وأظهرت")]),
])
def test_unseen_outlets_and_domains(text, rows):
    lang = "en" if text.isascii() else "ar"
    assert frame_rows(text, lang, PUB) == rows
