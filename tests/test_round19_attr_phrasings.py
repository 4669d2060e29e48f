"""Round 19: source phrasings in both languages, one sentence each, with the exact claim, type, source span, cue
span and (for relayed quotes) the cited source: people familiar with a matter, statements, spokespeople, anonymous
diplomats, a quote with its speaker after it, 'X quoted Y as saying' / «نقلت X عن Y قوله», «أفاد مصدر أمني»،
«بحسب بيان صادر عن»، «قالت مصادر محلية», a title after a name, and two independent facts in one sentence."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)



@pytest.mark.parametrize("text,expected", [
    pytest.param("A person familiar with the matter said the airline would order 30 jets in October.", [
        ("the airline would order 30 jets in October", "anonymous", "A person familiar with the matter", "said", None)],
        id="person-familiar"),
    pytest.param("According to a statement from the Kenya Ports Authority, cargo volumes rose 9% in August.", [
        ("cargo volumes rose 9% in August", "official", "a statement from the Kenya Ports Authority", "According to",
         None)], id="according-to-statement"),
    pytest.param("The foreign ministry's spokesperson said the embassy would reopen on Monday.", [
        ("the embassy would reopen on Monday", "official", "The foreign ministry's spokesperson", "said", None)],
        id="ministry-spokesperson"),
    pytest.param("Two diplomats who spoke on condition of anonymity said the ceasefire talks would resume in Doha on Tuesday.", [
        ("the ceasefire talks would resume in Doha on Tuesday", "anonymous",
         "Two diplomats who spoke on condition of anonymity", "said", None)], id="two-diplomats"),
    pytest.param('"We have enough fuel for 10 days," said Carlos Mendes, the mayor of Porto Velho.', [
        ("We have enough fuel for 10 days", "official", "Carlos Mendes", "said", None)], id="quote-then-speaker-title"),
    pytest.param("Reuters quoted an official at the trade ministry as saying the government would import 500,000 tonnes of rice.", [
        ("the government would import 500,000 tonnes of rice", "named", "Reuters", "quoted",
         "an official at the trade ministry")], id="quoted-as-saying"),
    pytest.param("State television quoted the interior minister as saying that 14 suspects had been arrested.", [
        ("14 suspects had been arrested", "named", "State television", "quoted", "the interior minister")],
        id="quoted-as-saying-that"),
    pytest.param("The minister was quoted by state media as saying that 14 suspects had been arrested.", [
        ("14 suspects had been arrested", "named", "state media", "quoted", "The minister")], id="was-quoted-by"),
    pytest.param("The newspaper quoted his lawyer extensively.", [
        ("The newspaper quoted his lawyer extensively", "unattributed", None, None, None)],
        id="quoted-without-as-saying-no-frame"),
    pytest.param("Inflation eased to 3.1% in August and the central bank left its key rate at 5.25%.", [
        ("Inflation eased to 3.1% in August", "unattributed", None, None, None),
        ("the central bank left its key rate at 5.25%", "unattributed", None, None, None)], id="two-facts-and-the"),
    pytest.param("The carrier flew 2.3 million passengers in July and its rival carried 1.9 million.", [
        ("The carrier flew 2.3 million passengers in July", "unattributed", None, None, None),
        ("its rival carried 1.9 million", "unattributed", None, None, None)], id="two-facts-and-its"),
    pytest.param('"The numbers are going up," said a senior health official, who was not authorised to speak publicly.', [
        ("The numbers are going up", "anonymous", "a senior health official", "said", None)],
        id="quote-ends-with-particle"),
    pytest.param("Two board members stepped down in May, the bank said.", [
        ("Two board members stepped down in May", "official", "the bank", "said", None)], id="particle-before-date"),
    pytest.param("The chairman stepped down, the insurer said on Friday.", [
        ("The chairman stepped down", "official", "the insurer", "said", None)], id="claim-ends-with-particle"),
    pytest.param("The ministry's spokesperson, Lina Haddad, said 200 soldiers had been deployed. Haddad said more would "
                 "follow in May.", [
        ("200 soldiers had been deployed", "official", "Lina Haddad", "said", None),
        ("more would follow in May", "official", "Haddad", "said", None)], id="spokesperson-apposed-then-surname"),
    pytest.param("Prices of wheat and the price of rice rose 5% in June.", [
        ("Prices of wheat and the price of rice rose 5% in June", "unattributed", None, None, None)],
        id="and-the-inside-a-subject-stays"),
])
def test_english(text, expected):
    assert frame_rows(text, "en", PUBLISHED, cited=True) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("أفاد مصدر أمني بأن قوات الشرطة ضبطت 3 أطنان من المخدرات في ميناء العقبة.", [
        ("قوات الشرطة ضبطت 3 أطنان من المخدرات في ميناء العقبة", "anonymous", "مصدر أمني", "أفاد", None)],
        id="security-source"),
    pytest.param("وبحسب بيان صادر عن وزارة الصحة الأردنية، فإن عدد الإصابات ارتفع إلى 240 حالة.", [
        ("عدد الإصابات ارتفع إلى 240 حالة", "official", "بيان صادر عن وزارة الصحة الأردنية", "وبحسب", None)],
        id="statement-issued-by"),
    pytest.param("ونقلت وكالة الأنباء القطرية عن مسؤول في وزارة الخارجية قوله إن الوفد سيصل الدوحة يوم الأحد.", [
        ("الوفد سيصل الدوحة يوم الأحد", "named", "وكالة الأنباء القطرية", "ونقلت", "مسؤول في وزارة الخارجية")],
        id="agency-relays-official"),
    pytest.param("وقالت مصادر محلية إن 6 مدنيين قتلوا في قصف على بلدة في ريف إدلب.", [
        ("6 مدنيين قتلوا في قصف على بلدة في ريف إدلب", "anonymous", "مصادر محلية", "وقالت", None)],
        id="local-sources"),
    pytest.param("«سنفتتح المستشفى الجديد في يناير المقبل»، قالت وزيرة الصحة التونسية.", [
        ("«سنفتتح المستشفى الجديد في يناير المقبل»", "official", "وزيرة الصحة التونسية", "قالت", None)],
        id="quote-then-minister"),
    pytest.param("«المبنى كان مخالفا منذ سنوات»، قال رئيس الحي سامح عبد الله.", [
        ("«المبنى كان مخالفا منذ سنوات»", "official", "رئيس الحي سامح عبد الله", "قال", None)],
        id="quote-then-district-chief"),
    pytest.param("وقال سامي الكعبي، رئيس غرفة التجارة، إن الصادرات بلغت 4 مليارات دولار.", [
        ("الصادرات بلغت 4 مليارات دولار", "official", "سامي الكعبي", "وقال", None)], id="title-after-name"),
    pytest.param("وارتفع سعر الذهب إلى 2400 دولار للأوقية، وتراجع الدولار بنسبة 1 في المئة.", [
        ("وارتفع سعر الذهب إلى 2400 دولار للأوقية", "unattributed", None, None, None),
        ("وتراجع الدولار بنسبة 1 في المئة", "unattributed", None, None, None)], id="two-facts-comma-wa"),
    pytest.param("واحترق مستودع للوقود في ميناء طرابلس مساء السبت، وأصيب 5 عمال.", [
        ("واحترق مستودع للوقود في ميناء طرابلس مساء السبت", "unattributed", None, None, None),
        ("وأصيب 5 عمال", "unattributed", None, None, None)], id="two-facts-short-second-clause"),
    pytest.param("«لن نسمح بتكرار الحادث»، قال أحمد سمير، المتحدث باسم المحافظة.", [
        ("«لن نسمح بتكرار الحادث»", "official", "أحمد سمير", "قال", None)], id="quote-then-name-then-title"),
    pytest.param("وقال مسؤولان أمنيان لوكالة رويترز، طلبا عدم نشر اسميهما، إن 20 مسلحا قتلوا.", [
        ("20 مسلحا قتلوا", "anonymous", "مسؤولان أمنيان", "وقال", None)], id="dual-officials-anonymity"),
    pytest.param("قال وزير الطاقة الكويتي عماد العتيقي إن الإنتاج سيرتفع. وأكد العتيقي في مؤتمر صحفي أن المصفاة ستعمل في 2026.", [
        ("الإنتاج سيرتفع", "official", "وزير الطاقة الكويتي عماد العتيقي", "قال", None),
        ("المصفاة ستعمل في 2026", "official", "العتيقي", "وأكد", None)], id="minister-then-surname-with-channel"),
    pytest.param("قالت إحدى الممرضات، التي طلبت عدم ذكر اسمها، إن المستشفى استقبل 70 جريحا.", [
        ("المستشفى استقبل 70 جريحا", "anonymous", "إحدى الممرضات", "قالت", None)], id="nurse-asked-anonymity"),
])
def test_arabic(text, expected):
    assert frame_rows(text, "ar", PUBLISHED, cited=True) == expected
