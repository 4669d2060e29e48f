"""Round 31, attribution in both languages.

- A relative clause after a report saying who confirmed or denied it (، وهو ما نفته السلطات; ', which the ministry
  denied'; ', which was confirmed by the police') is that body's own claim, the clause whole with its verb; the
  report before the comma keeps its own source. A negated one (وهو ما لم يؤكده النادي) stays the writer's remark.
- A capitalised name shaped as a sports club's (Real Madrid, Manchester City) or as a state agency's '<domain>
  <place>' (Elections Canada, Health Canada) is an organisation speaking for itself: official. A capitalised name
  before a published count ('Elections Canada results') owns it.
- A country reporting a figure with a plain object ('Romania reported the most cases') is what the figure is
  about: no frame; with a clause ('Italy reported that ...') it still speaks.
- 'according to its website', «بحسب تقريره الأخير»: the possessor is the source, found as a pronoun speaker is.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

from factcheck.pipeline import analyze

PUB = date(2026, 11, 20)


def _lang(text: str) -> str:
    return "en" if text.isascii() else "ar"


@pytest.mark.parametrize("text, rows", [
    ("وقال مسؤول محلي إن 12 شخصا قتلوا في القصف، وهو ما نفته السلطات الإقليمية.",
     [("12 شخصا قتلوا في القصف", "anonymous", "مسؤول محلي", "وقال"),
      ("وهو ما نفته السلطات الإقليمية", "official", "السلطات الإقليمية", "نفته")]),
    ("وقالت مصادر إن 40 مدرسة أغلقت، وهو ما أكدته الوزارة.",
     [("40 مدرسة أغلقت", "anonymous", "مصادر", "وقالت"), ("وهو ما أكدته الوزارة", "official", "الوزارة", "أكدته")]),
    ("قتل 12 شخصا في القصف، وهو ما نفاه الجيش.",
     [("قتل 12 شخصا في القصف", "unattributed", None, None), ("وهو ما نفاه الجيش", "official", "الجيش", "نفاه")]),
    ("وارتفعت الأسعار 5%، وهو ما أشارت إليه الوزارة.",
     [("وارتفعت الأسعار 5%", "unattributed", None, None),
      ("وهو ما أشارت إليه الوزارة", "official", "الوزارة", "أشارت")]),
    ("Local officials said 12 people were killed, which the ministry denied.",
     [("12 people were killed", "anonymous", "Local officials", "said"),
      ("which the ministry denied", "official", "the ministry", "denied")]),
    ("Twelve people were killed, which the ministry denied on Tuesday.",
     [("Twelve people were killed", "unattributed", None, None),
      ("which the ministry denied on Tuesday", "official", "the ministry", "denied")]),
    ("Local officials said 12 people were killed, which was later confirmed by the police.",
     [("12 people were killed", "anonymous", "Local officials", "said"),
      ("which was later confirmed by the police", "official", "the police", "confirmed")]),
    ("وقالت مصادر إن 40 جنديا قتلوا، الأمر الذي نفاه المتحدث باسم الجيش.",
     [("40 جنديا قتلوا", "anonymous", "مصادر", "وقالت"),
      ("الأمر الذي نفاه المتحدث باسم الجيش", "official", "المتحدث باسم الجيش", "نفاه")]),
    ("وتتهم المعارضة الحكومة بتزوير 30% من الأصوات، وهو ما تنفيه الحكومة.",
     [("وتتهم المعارضة الحكومة بتزوير 30% من الأصوات", "unattributed", None, None),
      ("وهو ما تنفيه الحكومة", "official", "الحكومة", "تنفيه")]),
    ("The opposition says 30% of the votes were rigged, something the government denies.",
     [("30% of the votes were rigged", "named", "The opposition", "says"),
      ("something the government denies", "official", "the government", "denies")]),
    # a participle going on after the clause is the denying source's
    ("Sources said 40 soldiers were killed, which the army spokesman denied, adding that 3 were wounded.",
     [("40 soldiers were killed", "anonymous", "Sources", "said"),
      ("which the army spokesman denied", "official", "the army spokesman", "denied"),
      ("3 were wounded", "official", "the army spokesman", "denied")]),
    # kept: a negated verb is the writer's remark; a relative clause going on after the verb is no report of it
    ("وذكرت صحيفة الرياضية أن النادي سيدفع 40 مليون يورو للاعب، وهو ما لم يؤكده النادي.",
     [("النادي سيدفع 40 مليون يورو للاعب", "named", "صحيفة الرياضية", "وذكرت"),
      ("وهو ما لم يؤكده النادي", "unattributed", None, None)]),
])
def test_who_confirmed_or_denied_it(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


def test_an_english_relative_denial_stays_negated():
    claims = analyze("Local officials said 12 people were killed, which the ministry denied.", "en", PUB).claims
    assert [c.negated for c in claims] == [False, True]


@pytest.mark.parametrize("text, rows", [
    ("Real Madrid said in a statement that the defender would miss 6 weeks.",
     [("the defender would miss 6 weeks", "official", "Real Madrid", "said")]),
    ("Manchester City said the player would miss 6 weeks.",
     [("the player would miss 6 weeks", "official", "Manchester City", "said")]),
    ("FC Porto said the striker had signed a 4-year deal.",
     [("the striker had signed a 4-year deal", "official", "FC Porto", "said")]),
    ("أعلن نادي ريال مدريد في بيان أن المدافع سيغيب 6 أسابيع.",
     [("المدافع سيغيب 6 أسابيع", "official", "نادي ريال مدريد", "أعلن")]),
    ("Elections Canada said turnout reached 62%.", [("turnout reached 62%", "official", "Elections Canada", "said")]),
    ("Health Canada said 40 people fell ill.", [("40 people fell ill", "official", "Health Canada", "said")]),
    # the data phrase stays the source, as round 25 and round 7 decided ('أرقام وزارة السياحة'); its publisher types it;
    # round 32: the clause dating it ('released early Tuesday') is no part of the source
    ("Turnout reached 62%, according to Elections Canada results released early Tuesday.",
     [("Turnout reached 62%", "official", "Elections Canada results", "according to")]),
    ("Unemployment rose to 5%, according to Statistics Canada data released on Friday.",
     [("Unemployment rose to 5%", "official", "Statistics Canada data", "according to")]),
    ("وقالت الهيئة الوطنية للانتخابات إن نسبة المشاركة بلغت 44%.",
     [("نسبة المشاركة بلغت 44%", "official", "الهيئة الوطنية للانتخابات", "وقالت")]),
    ("وأعلنت المفوضية العليا المستقلة للانتخابات أن نسبة المشاركة بلغت 41%.",
     [("نسبة المشاركة بلغت 41%", "official", "المفوضية العليا المستقلة للانتخابات", "وأعلنت")]),
    # kept: a person's full name; a title before a name
    ("Maria Lopez said in a statement that the player would miss 6 weeks.",
     [("the player would miss 6 weeks", "named", "Maria Lopez", "said")]),
    ("Health Minister Mark Holland said 40 people fell ill.",
     [("40 people fell ill", "official", "Health Minister Mark Holland", "said")]),
    ("Justice Alito said the law was valid in 3 states.",
     [("the law was valid in 3 states", "named", "Justice Alito", "said")]),
    ("Matric results released on Monday showed a pass rate of 87.3%.",
     [("Matric results released on Monday showed a pass rate of 87.3%", "unattributed", None, None)]),
])
def test_clubs_and_agencies_speak_for_themselves(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Romania reported the most cases, with 30,692.",
     [("Romania reported the most cases, with 30,692", "unattributed", None, None)]),
    ("Italy reported 12,000 new cases on Monday.", [("Italy reported 12,000 new cases on Monday", "unattributed", None, None)]),
    ("Italy confirmed 300 new infections on Monday.",
     [("Italy confirmed 300 new infections on Monday", "unattributed", None, None)]),
    # kept: a clause after the verb, a body as the subject
    ("Italy reported that 12,000 people had been infected.",
     [("12,000 people had been infected", "official", "Italy", "reported")]),  # round 32: a state speaks officially
    ("The ministry reported 40 new cases on Monday.", [("40 new cases on Monday", "official", "The ministry", "reported")]),
])
def test_a_country_reporting_a_figure_is_its_subject(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("The agency said 40 people died, according to its website.",
     [("40 people died", "official", "The agency", "according to")]),
    ("The ministry said 40 schools closed, according to its statement.",
     [("40 schools closed", "official", "The ministry", "according to")]),
    ("The World Bank cut its growth forecast to 2.1%, according to its latest report.",
     [("The World Bank cut its growth forecast to 2.1%", "official", "The World Bank", "according to")]),
    ("The ministry said 40 schools closed. Another 12 were damaged, according to its latest figures.",
     [("40 schools closed", "official", "The ministry", "said"),
      ("Another 12 were damaged", "official", "The ministry", "according to")]),
    ("وخفض البنك الدولي توقعاته للنمو إلى 2.1%، بحسب تقريره الأخير.",
     [("وخفض البنك الدولي توقعاته للنمو إلى 2.1%", "official", "البنك الدولي", "بحسب")]),
    ("وقالت الوزارة إن 40 مدرسة أغلقت. وتضررت 12 مدرسة أخرى، بحسب موقعها الإلكتروني.",
     [("40 مدرسة أغلقت", "official", "الوزارة", "وقالت"), ("وتضررت 12 مدرسة أخرى", "official", "الوزارة", "بحسب")]),
    ("The IMF expects growth of 3.1% this year, according to its latest World Economic Outlook.",
     [("The IMF expects growth of 3.1% this year", "official", "The IMF", "according to")]),
    ("وتضررت 40 مدرسة في العاصفة، وفق ما أعلنته وزارة التربية. وأغلقت 12 مدرسة أخرى، بحسب ما نشرته على موقعها.",
     [("وتضررت 40 مدرسة في العاصفة", "official", "وزارة التربية", "وفق ما أعلنته"),
      ("وأغلقت 12 مدرسة أخرى", "official", "وزارة التربية", "بحسب ما نشرته")]),
])
def test_a_possessors_own_channel(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


INTERVIEW_AR = ("حوار | وزير المالية الأردني: العجز سينخفض إلى 3%\n\nعمّان - أجرى الحوار: أحمد علي\n\n"
                "س: ما توقعاتكم للعجز في العام المقبل؟\n\nج: نتوقع أن ينخفض العجز إلى 3% من الناتج المحلي.\n\n"
                "س: وماذا عن الدين العام؟\n\nج: الدين سيتراجع إلى 88% بحلول 2028. والاستثمار سيرتفع 5%.\n")
INTERVIEW_EN = ("Interview with the finance minister\n\nBy John Smith\n\n"
                "Q: What do you expect for the deficit next year?\n\nA: We expect the deficit to fall to 3% of GDP.\n\n"
                "Q: And the debt?\n\nA: The debt will fall to 88% by 2028.\n")


@pytest.mark.parametrize("text, language, rows", [
    (INTERVIEW_AR, "ar", [("العجز سينخفض إلى 3%", "official", "وزير المالية الأردني", ":"),
                          ("نتوقع أن ينخفض العجز إلى 3% من الناتج المحلي", "official", "وزير المالية الأردني", "ج:"),
                          ("الدين سيتراجع إلى 88% بحلول 2028", "official", "وزير المالية الأردني", "ج:"),
                          ("والاستثمار سيرتفع 5%", "official", "وزير المالية الأردني", None)]),
    (INTERVIEW_EN, "en", [("We expect the deficit to fall to 3% of GDP", "official", "the finance minister", "A:"),
                          ("The debt will fall to 88% by 2028", "official", "the finance minister", "A:")]),
], ids=["ar", "en"])
def test_interview_answers_are_the_interviewees(text, language, rows):
    """The interviewee is named by the page's interview label or its headline label; each answer after «ج:» / 'A:'
    (and the rest of its paragraph) is theirs; the questions are no claims, the title line is furniture."""
    assert frame_rows(text, language, PUB) == rows


def test_answer_labels_without_an_interviewee_stay_unattributed():
    text = "Q: What happened?\n\nA: The debt will fall to 88% by 2028.\n"
    assert frame_rows(text, "en", PUB) == [("The debt will fall to 88% by 2028", "unattributed", None, None)]


@pytest.mark.parametrize("text, rows", [
    # disputing: the relative names the body disputing the figure, with or without 'that'
    ("Oxfam said 300 million people faced hunger, a figure the government disputed.",
     [("300 million people faced hunger", "named", "Oxfam", "said"),
      ("a figure the government disputed", "official", "the government", "disputed")]),
    ("The WHO said 40 people died, a figure that local officials disputed.",
     [("40 people died", "official", "The WHO", "said"),
      ("a figure that local officials disputed", "anonymous", "local officials", "disputed")]),
    ("وقالت منظمة أوكسفام إن 300 مليون شخص يواجهون الجوع، وهو رقم شككت فيه الحكومة.",
     [("300 مليون شخص يواجهون الجوع", "official", "منظمة أوكسفام", "وقالت"),
      ("وهو رقم شككت فيه الحكومة", "official", "الحكومة", "شككت")]),
    ("وقالت الشرطة إن 40 متظاهرا اعتقلوا، وهي أرقام رفضتها المعارضة.",
     [("40 متظاهرا اعتقلوا", "official", "الشرطة", "وقالت"), ("وهي أرقام رفضتها المعارضة", "named", "المعارضة", "رفضتها")]),
    ("Twelve people died in the floods, authorities said, a toll the opposition rejected.",
     [("Twelve people died in the floods", "official", "authorities", "said"),
      ("a toll the opposition rejected", "named", "the opposition", "rejected")]),
    ("وقالت السلطات إن 12 شخصا قتلوا في الفيضانات، وهي حصيلة رفضتها المعارضة.",
     [("12 شخصا قتلوا في الفيضانات", "official", "السلطات", "وقالت"),
      ("وهي حصيلة رفضتها المعارضة", "named", "المعارضة", "رفضتها")]),
    ("The economy grew 3% last year, the statistics agency said, which economists questioned.",
     [("The economy grew 3% last year", "official", "the statistics agency", "said"),
      ("which economists questioned", "anonymous", "economists", "questioned")]),
    # an NGO named with a preposition no personal name holds
    ("Doctors Without Borders said in a statement that 12 of its staff had been killed.",
     [("12 of its staff had been killed", "official", "Doctors Without Borders", "said")]),
    ("Physicians for Human Rights said 40 doctors were detained.",
     [("40 doctors were detained", "official", "Physicians for Human Rights", "said")]),
    ("Maria de la Cruz said 40 doctors were detained.", [("40 doctors were detained", "named", "Maria de la Cruz", "said")]),
    # 'its' after a one-word body opening the sentence
    ("Police said 3 people were arrested, according to its statement.",
     [("3 people were arrested", "official", "Police", "according to")]),
])
def test_unseen_domains(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a pronoun speaker after a sentence in the outlet's voice whose subject is a source: that source
    ("The central bank held rates at 4%. It said inflation would ease to 2.5% next year.",
     [("The central bank held rates at 4%", "unattributed", None, None),
      ("inflation would ease to 2.5% next year", "official", "The central bank", "said")]),
    ("ثبت البنك المركزي المصري أسعار الفائدة عند 27%. وأضاف أن التضخم سيتراجع إلى 20%.",
     [("ثبت البنك المركزي المصري أسعار الفائدة عند 27%", "unattributed", None, None),
      ("التضخم سيتراجع إلى 20%", "official", "البنك المركزي المصري", "وأضاف")]),
    # kept: a pronoun that cannot stand for it
    ("The central bank held rates at 4%. He said inflation would ease to 2.5% next year.",
     [("The central bank held rates at 4%", "unattributed", None, None),
      ("inflation would ease to 2.5% next year", "named", "He", "said")]),
])
def test_a_pronoun_speaker_after_the_outlets_sentence(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows
