"""Round 21, English attribution and document sources: the defects found on unseen text.

1. A present-tense 'report' / 'estimate' after a plural institution or role noun ('Coast guards report that',
   'Health inspectors report') reports, like 'Police report'; after a singular determiner ('A United Nations
   report ...') the bare form is the noun, never the verb.
2. A reduced passive relative between a source and its verb ('A report published in March found', 'a memo
   seen by Reuters said') belongs to the reporting clause: the source ends before it, the claim starts at the
   reported clause; 'by' after an authoring participle ('published by the WHO') names the author and stays.
3. Documents and data report by 'find' / 'conclude' too ('..., the survey found.' / 'The audit concluded that').
4. A later bare definite document ('the report', «التقرير») takes the type and kind of the last earlier
   source phrase naming the same kind of document in the article. With no earlier mention the rule is the
   project's established one in both languages: ``named`` (the article presents the document as an identified
   one, 'The report said' / «بحسب المسح»), of no known kind: not a person. Formal channels ('the statement',
   «البيان») are official heads and are not affected.
5. Unnamed officials are ``anonymous`` whatever follows the head (a place, a body): 'Health officials in the
   province said' like 'Officials said' (tests/data/attribution_en.jsonl, anonymous_heads).
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import attribution_row, claim_holding

PUB = date(2025, 9, 14)


def _one(text: str, language: str, needle: str):
    return claim_holding(text, language, PUB, needle)


def _row(text: str, language: str, needle: str):
    return attribution_row(text, language, PUB, needle)


@pytest.mark.parametrize("text,needle,want", [
    ("Coast guards report that 30 migrants were rescued off Lampedusa last week.", "migrants",
     ("30 migrants were rescued off Lampedusa last week", "official", "Coast guards", "report")),
    ("Border guards report that 200 people crossed the river on Friday.", "crossed",
     ("200 people crossed the river on Friday", "official", "Border guards", "report")),
    ("Health inspectors report 40 restaurants failed hygiene checks in August.", "restaurants",
     ("40 restaurants failed hygiene checks in August", "anonymous", "Health inspectors", "report")),  # round 23
    ("The local police report that 3 hikers were airlifted from the ridge.", "hikers",
     ("3 hikers were airlifted from the ridge", "official", "The local police", "report")),
    ("Rescuers report that 14 miners remain trapped underground.", "miners",
     ("14 miners remain trapped underground", "anonymous", "Rescuers", "report")),
    ("The coast guard said 12 fishermen were missing after the storm.", "fishermen",
     ("12 fishermen were missing after the storm", "official", "The coast guard", "said")),
    # the noun stays a noun after a singular determiner
    ("A World Bank report released on Monday found that 8 million people fell into poverty.", "poverty",
     ("8 million people fell into poverty", "official", "A World Bank report", "found")),
    ("A new report estimates that 5,000 jobs will go by 2027.", "jobs",
     ("5,000 jobs will go by 2027", "named", "A new report", "estimates")),
])
def test_present_report_after_plural_role_or_institution(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text,needle,want", [
    ("A United Nations report published in March found that 2.1 million children were out of school.", "children",
     ("2.1 million children were out of school", "official", "A United Nations report", "found")),
    ("A memo seen by Reuters said 300 jobs would go at the Leeds plant.", "jobs",
     ("300 jobs would go at the Leeds plant", "named", "A memo", "said")),
    ("Figures released on Tuesday showed exports rose 4% in July.", "exports",
     ("exports rose 4% in July", "unattributed", "Figures", "showed")),  # figures without an issuer
    # 'by' after an authoring participle names the author: it stays in the source and types it
    ("A report published by the World Health Organization found that 40% of clinics lacked power.", "clinics",
     ("40% of clinics lacked power", "official", "A report published by the World Health Organization", "found")),
    ("Data published by the statistics office showed unemployment fell to 6.1% in July.", "unemployment",
     ("unemployment fell to 6.1% in July", "official", "Data published by the statistics office", "showed")),
])
def test_participle_clause_after_source_is_frame(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text,needle,want", [
    ("One in five households in the region lacks clean water, the survey found.", "households",
     ("One in five households in the region lacks clean water", "named", "the survey", "found")),
    ("Nearly half of the bridges need urgent repairs, a government audit found.", "bridges",
     ("Nearly half of the bridges need urgent repairs", "official", "a government audit", "found")),
    ("The audit concluded that the council overspent by £4.2 million.", "overspent",
     ("the council overspent by £4.2 million", "named", "The audit", "concluded")),
    ("A study by Kyoto University found that 3 in 10 adults sleep less than six hours.", "adults",
     ("3 in 10 adults sleep less than six hours", "official", "A study by Kyoto University", "found")),
    # people do not 'find' a reported clause: no frame
    ("He found 20 dollars in the street.", "dollars",
     ("He found 20 dollars in the street", "unattributed", None, None)),
])
def test_documents_find_and_conclude(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text,language,needle,want", [
    # a later 'the report' is the United Nations report: official, with its own span
    ("A United Nations report published in March found that 2.1 million children were out of school. Schools in "
     "the north reopened in April. The report said 400 schools had been damaged.", "en", "400 schools",
     ("400 schools had been damaged", "official", "The report", "said", "government")),
    ("Data from the central bank showed lending fell 3% in August. Mortgage demand was weak. The data also showed "
     "deposits rose 2%.", "en", "deposits",
     ("deposits rose 2%", "official", "The data", "showed", "government")),
    ("An audit by the state audit bureau found 12 cases of fraud. Officials have not commented. "
     "The audit said 4 clinics were involved.", "en", "clinics",
     ("4 clinics were involved", "official", "The audit", "said", "government")),
    # no earlier mention of that document: named, no kind (not a person)
    ("The survey found 62% of tenants pay more than a third of their income in rent.", "en", "tenants",
     ("62% of tenants pay more than a third of their income in rent", "named", "The survey", "found", None)),
    ("The ministry said exports rose 5% in May. Imports were flat. The report said the deficit narrowed.", "en",
     "deficit", ("the deficit narrowed", "named", "The report", "said", None)),
    # a formal channel keeps its own type
    ("The statement said 30 staff had been relocated.", "en", "staff",
     ("30 staff had been relocated", "official", "The statement", "said", "company")),
    # Arabic: the same rule
    ("أفاد تقرير للأمم المتحدة بأن مليوني طفل خارج المدارس. وأعيد فتح المدارس في أبريل. وقال التقرير إن 400 مدرسة "
     "تضررت.", "ar", "400 مدرسة", ("400 مدرسة تضررت", "official", "التقرير", "وقال", "government")),
    ("بحسب المسح، يفتقر 20% من الأسر إلى المياه النظيفة.", "ar", "الأسر",
     ("يفتقر 20% من الأسر إلى المياه النظيفة", "named", "المسح", "بحسب", None)),
    ("وفقاً للتقرير، تضررت 400 مدرسة في الشمال.", "ar", "مدرسة",
     ("تضررت 400 مدرسة في الشمال", "named", "للتقرير", "وفقاً", None)),
])
def test_definite_document_takes_earlier_mention_type(text, language, needle, want):
    c, a = _one(text, language, needle)
    assert (c.text, a.type, a.source.text, a.cue.text, a.source_kind) == want


@pytest.mark.parametrize("text,needle,want", [
    ("Health officials in the province said 12 patients died.", "patients",
     ("12 patients died", "anonymous", "Health officials in the province", "said")),
    ("Officials at the energy ministry said output would fall 8% this winter.", "output",
     ("output would fall 8% this winter", "anonymous", "Officials at the energy ministry", "said")),
    ("Local officials in Kherson said 40 homes were hit overnight.", "homes",
     ("40 homes were hit overnight", "anonymous", "Local officials in Kherson", "said")),
    ("Exports fell 7% in June, trade officials in Jakarta said.", "Exports",
     ("Exports fell 7% in June", "anonymous", "trade officials in Jakarta", "said")),
])
def test_unnamed_officials_with_place_are_anonymous(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text,language,needle,source", [
    # right after the document's own frame, the definite mention carries that frame over (as «وقال التقرير» does)
    ("A United Nations report published in March found that 2.1 million children were out of school. The report "
     "said 400 schools had been damaged.", "en", "400 schools", "A United Nations report"),
    ("أفاد تقرير للأمم المتحدة بأن مليوني طفل خارج المدارس. وقال التقرير إن 400 مدرسة تضررت.", "ar", "400 مدرسة",
     "تقرير للأمم المتحدة"),
])
def test_definite_document_right_after_carries_frame(text, language, needle, source):
    c, a = _one(text, language, needle)
    assert (a.type, a.source.text, a.carried) == ("official", source, True)
