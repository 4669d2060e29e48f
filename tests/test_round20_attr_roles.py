"""Round 20: the role in apposition after a named person types the source on either side of the verb
('Maria Lopez, a spokeswoman for the commission' official; 'Jane Doe, an economist at the bank', 'a former
minister' named; «محمد حسن، مدير المستشفى» official, «أستاذ الاقتصاد في الجامعة»، «الوزير السابق» named), an
institution head (Bureau, المعهد) is official, present-tense 'report'/'estimate' after a fronted subject frame
the clause, a first-name-only insertion keeps the speaker anonymous, a prepositional frame relays a whole frame
(source outer, cited inner), and a long Arabic anonymity insertion keeps its frame."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)



@pytest.mark.parametrize("text,expected", [
    pytest.param('"Voter rolls grew by 310,000 names," said Rosa Ibarra, a spokeswoman for the electoral board.', [
        ("Voter rolls grew by 310,000 names", "official", "Rosa Ibarra", "said", None)], id="quote-said-name-spokeswoman"),
    pytest.param('"We are short of 900,000 vaccine doses," said Dr Samir Haddad, the WHO regional emergency director.', [
        ("We are short of 900,000 vaccine doses", "official", "Dr Samir Haddad", "said", None)], id="quote-said-name-director"),
    pytest.param("The terminal handled 3.4 million passengers in 2024, said Nadia Karam, a spokeswoman for the airport.", [
        ("The terminal handled 3.4 million passengers in 2024", "official", "Nadia Karam", "said", None)],
        id="clause-said-name-spokeswoman"),
    pytest.param("Container traffic fell 8% in July, said Peter Olsen, chief executive of the port operator.", [
        ("Container traffic fell 8% in July", "official", "Peter Olsen", "said", None)], id="bare-chief-executive"),
    pytest.param("Sales rose 11% in the second quarter, said Anna Berg, the company's chief executive.", [
        ("Sales rose 11% in the second quarter", "official", "Anna Berg", "said", None)], id="possessive-chief-executive"),
    pytest.param("Mortgage rates will fall to 5% next year, said Lena Fischer, an economist at the bank.", [
        ("Mortgage rates will fall to 5% next year", "named", "Lena Fischer", "said", None)], id="economist-stays-named"),
    pytest.param("Applications dropped 15% this year, said Karim Mansour, a professor at Cairo University.", [
        ("Applications dropped 15% this year", "named", "Karim Mansour", "said", None)], id="professor-stays-named"),
    pytest.param("The treaty cost the country $4 billion, said Tomas Varga, a former finance minister.", [
        ("The treaty cost the country $4 billion", "named", "Tomas Varga", "said", None)], id="former-minister-named"),
    pytest.param("Ward admissions doubled in August, said Helen Park, a doctor at the hospital.", [
        ("Ward admissions doubled in August", "named", "Helen Park", "said", None)], id="doctor-stays-named"),
    pytest.param("Turnout reached 64%, according to Rosa Ibarra, a spokeswoman for the electoral board.", [
        ("Turnout reached 64%", "official", "Rosa Ibarra", "according to", None)], id="according-to-name-role-trailing"),
    pytest.param("According to Karim Mansour, a professor at Cairo University, applications dropped 15% this year.", [
        ("applications dropped 15% this year", "named", "Karim Mansour", "According to", None)],
        id="according-to-name-role-leading"),
    pytest.param("Omar Saleh, the hospital's director, said 45 patients were admitted overnight.", [
        ("45 patients were admitted overnight", "official", "Omar Saleh", "said", None)], id="leading-hospital-director"),
    pytest.param("Inflation slowed to 4.1% in August, the Kenya National Bureau of Statistics said.", [
        ("Inflation slowed to 4.1% in August", "official", "the Kenya National Bureau of Statistics", "said", None)],
        id="bureau-official"),
    pytest.param("Czech police report 7 people missing after the river burst its banks.", [
        ("7 people missing after the river burst its banks", "official", "Czech police", "report", None)],
        id="police-report-present"),
    pytest.param("Analysts estimate the merger is worth $3 billion.", [
        ("the merger is worth $3 billion", "anonymous", "Analysts", "estimate", None)], id="analysts-estimate"),
    pytest.param("Local officials report 14 deaths in the flooded district.", [
        ("14 deaths in the flooded district", "anonymous", "Local officials", "report", None)], id="officials-report"),
    pytest.param("The police report was released on Monday after 3 weeks.", [
        ("The police report was released on Monday after 3 weeks", "unattributed", None, None, None)],
        id="report-noun-no-frame"),
    pytest.param("One nurse, who gave only her first name, Layla, said 30 patients died in the ward.", [
        ("30 patients died in the ward", "anonymous", "One nurse", "said", None)], id="first-name-only"),
    pytest.param("A driver, who identified himself only as Karim, said 12 trucks were stuck at the border.", [
        ("12 trucks were stuck at the border", "anonymous", "A driver", "said", None)], id="identified-only-as"),
    pytest.param("Critics say the plan will cost $2 billion, according to a statement by the opposition party.", [
        ("the plan will cost $2 billion", "official", "a statement by the opposition party", "according to", "Critics")],
        id="trailing-according-relays-frame"),
    pytest.param("According to Reuters, the minister said exports rose 5% in 2024.", [
        ("exports rose 5% in 2024", "named", "Reuters", "According to", "the minister")],
        id="leading-according-relays-frame"),
])
def test_english(text, expected):
    assert frame_rows(text, "en", PUBLISHED, cited=True) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قال أحمد علي، المتحدث باسم الوزارة، إن 20 شخصا أصيبوا في الحادث.", [
        ("20 شخصا أصيبوا في الحادث", "official", "أحمد علي", "قال", None)], id="spokesman-after-name"),
    pytest.param("قال محمد حسن، مدير المستشفى، إن 30 مريضا نقلوا إلى المستشفى.", [
        ("30 مريضا نقلوا إلى المستشفى", "official", "محمد حسن", "قال", None)], id="director-after-name"),
    pytest.param("قالت سارة أحمد، رئيسة البلدية، إن 12 منزلا انهارت.", [
        ("12 منزلا انهارت", "official", "سارة أحمد", "قالت", None)], id="mayor-after-name"),
    pytest.param("قال خالد يوسف، أستاذ الاقتصاد في جامعة القاهرة، إن التضخم بلغ 30 في المئة.", [
        ("التضخم بلغ 30 في المئة", "named", "خالد يوسف", "قال", None)], id="professor-after-name"),
    pytest.param("قال محمود سعيد، وزير المالية الأسبق، إن الدين بلغ 90 مليار دولار.", [
        ("الدين بلغ 90 مليار دولار", "named", "محمود سعيد", "قال", None)], id="former-minister-after-name"),
    pytest.param("قال المعهد الوطني للإحصاء إن البطالة بلغت 7 في المئة.", [
        ("البطالة بلغت 7 في المئة", "official", "المعهد الوطني للإحصاء", "قال", None)], id="institute-official"),
    pytest.param("قال مسؤول في الوزارة، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث إلى وسائل الإعلام، إن 15 شخصا قتلوا.", [
        ("15 شخصا قتلوا", "anonymous", "مسؤول في الوزارة", "قال", None)], id="long-anonymity-insertion"),
    pytest.param("بحسب مصدر في الشركة، فضل عدم الكشف عن هويته لأنه غير مخول بالحديث إلى وسائل الإعلام، فإن الأرباح تراجعت 12%.", [
        ("الأرباح تراجعت 12%", "anonymous", "مصدر في الشركة", "بحسب", None)], id="long-anonymity-insertion-bihasab"),
])
def test_arabic(text, expected):
    assert frame_rows(text, "ar", PUBLISHED, cited=True) == expected
