"""Round 19: a claim whose own subject is only a pronoun ("X said it raised …", «أعلنت شركة X أنها جمعت …»)
is about the speaker of its attribution frame: the subject is the speaker's span in the original text. A
definite adjective after an indefinite proper name in a construct with an organisation cue (شركة تابي السوقية)
is not part of the name."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 9, 14)


def _claim(text: str, language: str, piece: str):
    claims = [c for c in analyze(text, language, PUBLISHED).claims if piece in c.text]
    assert len(claims) == 1, [c.text for c in analyze(text, language, PUBLISHED).claims]
    c = claims[0]
    assert c.subject is None or text[c.subject.start:c.subject.end] == c.subject.text
    return c


PRONOUN_SUBJECTS = [
    ("Tabby said it raised $200 million in a round led by Blue Pool.", "en", "$200 million", "Tabby", "funding"),
    ("Nairobi-based Twiga Foods said on Tuesday that it would cut 120 jobs.", "en", "120 jobs", "Twiga Foods", "layoff"),
    ("Volvo Cars told reporters it will hire 1,500 engineers in Gothenburg.", "en", "1,500 engineers", "Volvo Cars",
     "hiring"),
    ("Maria Silva, the mayor of Porto, said she would cut 40 municipal jobs next year.", "en", "40 municipal jobs",
     "Maria Silva", "layoff"),
    ("Kenya Power said they had replaced 3,000 stolen transformers since January.", "en", "3,000", "Kenya Power", None),
    ("أعلنت شركة إكس إيه آي أنها جمعت 6 مليارات دولار في جولة تمويل جديدة.", "ar", "6 مليارات", "شركة إكس إيه آي",
     "funding"),
    ("قالت شركة أرامكو إنها ستوظف 500 مهندس خلال العام المقبل.", "ar", "500 مهندس", "شركة أرامكو", "hiring"),
    ("وذكر البنك الأهلي المصري أنه افتتح 12 فرعا جديدا في الصعيد.", "ar", "12 فرعا", "البنك الأهلي المصري", "launch"),
    ("وقال وزير الزراعة علاء فاروق إنه وزع 40 ألف طن من التقاوي على المزارعين.", "ar", "40 ألف طن", "علاء فاروق", None),
]


@pytest.mark.parametrize("text, language, piece, subject, event", PRONOUN_SUBJECTS)
def test_pronoun_subject_is_the_speaker(text, language, piece, subject, event):
    c = _claim(text, language, piece)
    assert c.subject is not None and c.subject.text == subject
    assert c.subject.start == text.index(subject)
    assert c.event == event


OWN_SUBJECTS = [
    # the claim names its own subject: the speaker does not replace it
    ("Tabby said Tamara raised $50 million from investors in Riyadh.", "en", "$50 million", "Tamara"),
    ("قالت شركة تابي إن شركة تمارا جمعت 50 مليون دولار.", "ar", "50 مليون", "شركة تمارا"),
    # no named speaker: the pronoun stays without a subject
    ("The ministry said it would hire 300 nurses before winter.", "en", "300 nurses", None),
    ("قالت الشركة إنها جمعت 50 مليون دولار من مستثمرين محليين.", "ar", "50 مليون", None),
]


@pytest.mark.parametrize("text, language, piece, subject", OWN_SUBJECTS)
def test_own_subject_or_no_named_speaker(text, language, piece, subject):
    c = _claim(text, language, piece)
    assert (c.subject.text if c.subject else None) == subject


POSSESSIVE_SUBJECTS = [
    # "X said its sales rose": the possessor is the speaker
    ("Careem said its revenue rose 35% in the second quarter.", "en", "35%", "Careem", "earnings"),
    ("Kenya Airways said their losses narrowed to 2.1 billion shillings.", "en", "2.1 billion", "Kenya Airways", None),
    ("قالت شركة تابي السعودية إن مبيعاتها ارتفعت 40% في الربع الثاني.", "ar", "40%", "شركة تابي", "earnings"),
    ("وقالت شركة فوري المصرية إن أرباحها قفزت 25% خلال العام.", "ar", "25%", "شركة فوري", "earnings"),
]


@pytest.mark.parametrize("text, language, piece, subject, event", POSSESSIVE_SUBJECTS)
def test_possessive_subject_is_the_speaker(text, language, piece, subject, event):
    c = _claim(text, language, piece)
    assert c.subject is not None and c.subject.text == subject
    assert c.subject.start == text.index(subject)
    assert c.event == event


ADJECTIVE_AFTER_NAME = [
    ("أعلنت شركة نون الإماراتية إغلاق 3 مستودعات في دبي.", "شركة نون"),
    ("وافتتحت شركة بيم التركية 14 متجرا في القاهرة.", "شركة بيم"),
    # a name that is itself definite, or joined by لل, keeps its words
    ("أعلنت شركة مصر للطيران تشغيل 20 رحلة إضافية إلى جدة.", "شركة مصر للطيران"),
    ("أعلنت شركة الاتصالات السعودية تسريح 200 موظف.", "شركة الاتصالات السعودية"),
]


@pytest.mark.parametrize("text, subject", ADJECTIVE_AFTER_NAME)
def test_definite_adjective_after_indefinite_name(text, subject):
    claims = analyze(text, "ar", PUBLISHED).claims
    assert len(claims) == 1, [c.text for c in claims]
    c = claims[0]
    assert c.subject is not None and c.subject.text == subject
    assert c.subject.start == text.index(subject)


MORE_SPEAKERS = [
    # the possessor of the speaking noun is not the speaker: the claim keeps its own names
    ("Ortega's lawyer said they would appeal to the Supreme Court within 20 days.", "en", "20 days", "Supreme Court"),
    # Arabic subject-first order: the name before the verb
    ("شركة كريم قالت إنها ستوظف 200 سائق في الرياض.", "ar", "200 سائق", "شركة كريم"),
    # an impersonal إنه is no pronoun subject
    ("وقال وزير المالية محمد معيط إنه من المتوقع أن يرتفع الدين إلى 90% من الناتج.", "ar", "90%", None),
]


@pytest.mark.parametrize("text, language, piece, subject", MORE_SPEAKERS)
def test_more_speakers(text, language, piece, subject):
    c = _claim(text, language, piece)
    assert (c.subject.text if c.subject else None) == subject


PLACES = [
    # a name joined by "and" to a place after "in" is a place too; so is a name after "in the"
    ("Pfizer will open 2 clinics in Dauphin and Swan River.", "Pfizer"),
    ("Two rural clinics in Dauphin and Swan River will extend their hours.", "Dauphin"),
    ("Some 2,400 cattle owned by Gulf Dairy died in the Cholistan desert.", "Gulf Dairy"),
]


@pytest.mark.parametrize("text, subject", PLACES)
def test_places_rank_below_other_names(text, subject):
    claims = analyze(text, "en", PUBLISHED).claims
    assert len(claims) == 1, [c.text for c in claims]
    assert claims[0].subject is not None and claims[0].subject.text == subject
