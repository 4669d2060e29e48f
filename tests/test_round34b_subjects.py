"""Round 34b: subjects, events and claim units in both languages.

1. An English clause opened by 'the' + a title (after up to two lowercase modifiers: 'The prime minister', 'The chief
   executive') right before its verb (an -ed form, a listed verb or an irregular past: 'flew', 'met') has that office holder as its subject, ahead of a name after the verb (the
   place visited, the person met); an institution noun there still ranks below names ('The court jailed X' -> X).
   An Arabic VSO clause opening on a verb (however short: زار، التقى) right before a title in construct with its office
   (وزير الخارجية المصري) has the title as its subject; a place after the office spelt like a given name with the
   article (الرياض) is no personal name of the holder.
3. A lone capitalised first word before a measured figure of a sector or crop (claims, production, harvests,
   consumption) is a common modifier, no name: 'Jobless claims fell' has no subject; a company's shares and a
   commodity's prices keep theirs (settled earlier).
4. An English free connector followed by a preposition ('because of the storm') heads a verbless phrase that stays in
   the clause it explains; a connector clause with its own predicate ('while in Germany sales fell') still stands.
5. People losing their jobs ('lost their jobs', 'were made redundant', فقدوا وظائفهم) is a layoff; a currency losing
   value is none.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import subject_rows

PUB = date(2025, 11, 20)


@pytest.mark.parametrize("language, sentence, rows", [
    # 1. a title before its verb is the subject, not the place or person after it
    ("en", "The prime minister visited Cairo last week.",
     [("The prime minister visited Cairo last week", None, "The prime minister")]),
    ("en", "The defence minister toured Kharkiv on 3 March.",
     [("The defence minister toured Kharkiv on 3 March", None, "The defence minister")]),
    ("en", "The chief executive visited the Dubai plant in May.",
     [("The chief executive visited the Dubai plant in May", None, "The chief executive")]),
    ("en", "The foreign secretary flew to Nairobi on Tuesday.",
     [("The foreign secretary flew to Nairobi on Tuesday", None, "The foreign secretary")]),
    ("en", "The finance minister met Janet Yellen in Washington on Friday.",
     [("The finance minister met Janet Yellen in Washington on Friday", None, "The finance minister")]),
    ("en", "The court jailed Alexei Navalny for 19 years.",
     [("The court jailed Alexei Navalny for 19 years", "lawsuit", "Alexei Navalny")]),
    ("ar", "زار وزير الخارجية المصري الرياض أمس.",
     [("زار وزير الخارجية المصري الرياض أمس", None, "وزير الخارجية المصري")]),
    ("ar", "زارت وزيرة الخارجية الألمانية القاهرة الأسبوع الماضي.",
     [("زارت وزيرة الخارجية الألمانية القاهرة الأسبوع الماضي", None, "وزيرة الخارجية الألمانية")]),
    ("ar", "استقبل وزير الدفاع السعودي نظيره الأمريكي في جدة أمس.",
     [("استقبل وزير الدفاع السعودي نظيره الأمريكي في جدة أمس", None, "وزير الدفاع السعودي")]),
    ("ar", "التقى وزير الخارجية المصري سامح شكري نظيره التركي في أنقرة يوم الاثنين.",
     [("التقى وزير الخارجية المصري سامح شكري نظيره التركي في أنقرة يوم الاثنين", None, "سامح شكري")]),
    # 3. a common modifier of a sector's figure is no name
    ("en", "Jobless claims fell 5% last week.", [("Jobless claims fell 5% last week", None, None)]),
    ("en", "Wheat production fell 10% in 2023.", [("Wheat production fell 10% in 2023", None, None)]),
    ("en", "Insurance claims rose to 12,000 in October.", [("Insurance claims rose to 12,000 in October", None, None)]),
    ("en", "Tesla shares fell 4% on Monday.", [("Tesla shares fell 4% on Monday", "price_change", "Tesla")]),
    ("en", "Oil prices fell 9% in October.", [("Oil prices fell 9% in October", "price_change", "Oil")]),
    # 4. a cause after 'because of' stays in its clause
    ("en", "Exports fell 12% because of weaker demand in China.",
     [("Exports fell 12% because of weaker demand in China", None, None)]),
    ("en", "Shares in Acme fell 4%, because of concerns over its debt.",
     [("Shares in Acme fell 4%, because of concerns over its debt", "price_change", "Acme")]),
    ("en", "Sales rose 8% in May while in Germany sales fell 3%.",
     [("Sales rose 8% in May", "earnings", None), ("while in Germany sales fell 3%", "earnings", "Germany")]),
    ("ar", "تراجعت الصادرات 12% جراء ضعف الطلب.", [("تراجعت الصادرات 12% جراء ضعف الطلب", None, None)]),
    # 5. jobs lost are a layoff
    ("en", "500 employees lost their jobs at the firm.", [("500 employees lost their jobs at the firm", "layoff", None)]),
    ("en", "About 2,000 workers will lose their jobs when the plant closes in March.",
     [("About 2,000 workers will lose their jobs when the plant closes in March", "layoff", None)]),
    ("en", "Some 300 staff were made redundant in May.", [("Some 300 staff were made redundant in May", "layoff", None)]),
    ("ar", "فقد 500 عامل وظائفهم في المصنع.", [("فقد 500 عامل وظائفهم في المصنع", "layoff", None)]),
    ("ar", "وفقدت 1200 موظفة وظائفهن العام الماضي.", [("وفقدت 1200 موظفة وظائفهن العام الماضي", "layoff", None)]),
    ("ar", "فقدت الليرة 30% من قيمتها.", [("فقدت الليرة 30% من قيمتها", None, None)]),
    ("en", "Liverpool lost their opening match 2-1.", [("Liverpool lost their opening match 2-1", "sports_result", "Liverpool")]),
])
def test_subjects_events_and_units(language, sentence, rows):
    assert subject_rows(sentence, language, PUB) == rows


@pytest.mark.parametrize("sentence, claim", [
    ("The airline cancelled 120 flights on Monday because of the storm.",
     "The airline cancelled 120 flights on Monday because of the storm"),
    ("Ferry services were suspended for two days because of high winds.",
     "Ferry services were suspended for two days because of high winds"),
])
def test_because_of_stays_in_its_clause(sentence, claim):
    assert [r[0] for r in subject_rows(sentence, "en", PUB)] == [claim]
