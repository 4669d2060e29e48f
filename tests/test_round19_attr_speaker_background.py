"""Round 19: a comma-delimited relative clause on a frame's source that carries a date or an amount ('Roche, who
joined in 2019, said ...', 'قال روش، الذي انضم عام 2019، إن ...') is the outlet's own background fact about the
speaker: an unattributed claim of its own, keeping the speaker as its subject and never the reporting cue. One
with nothing checkable, or one saying how the speaker spoke (anonymity), stays part of the reporting clause."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize("text,language,expected", [
    pytest.param("Roche, who joined in 2019, said the firm would hire 200 engineers.", "en", [
        ("Roche, who joined in 2019", "unattributed", None, None),
        ("the firm would hire 200 engineers", "named", "Roche", "said")], id="en-who-joined-year"),
    pytest.param("Mayor Ines Calvo, who took office in March 2023, said the city would plant 5,000 trees.", "en", [
        ("Mayor Ines Calvo, who took office in March 2023", "unattributed", None, None),
        ("the city would plant 5,000 trees", "official", "Mayor Ines Calvo", "said")], id="en-who-took-office-month"),
    pytest.param("The cooperative, which has 3,400 members, said milk prices fell 6% in August.", "en", [
        ("The cooperative, which has 3,400 members", "unattributed", None, None),
        ("milk prices fell 6% in August", "official", "The cooperative", "said")], id="en-which-has-members"),
    pytest.param("Okafor, who has coached the team since 2021, told reporters the squad would travel on Friday.", "en", [
        ("Okafor, who has coached the team since 2021", "unattributed", None, None),
        ("the squad would travel on Friday", "named", "Okafor", "told")], id="en-who-since-year-told"),
    pytest.param("قال روش، الذي انضم عام 2019، إن الشركة ستوظف 200 مهندس.", "ar", [
        ("روش، الذي انضم عام 2019", "unattributed", None, None),
        ("الشركة ستوظف 200 مهندس", "named", "روش", "قال")], id="ar-vso-joined-year"),
    pytest.param("وقالت الجمعية، التي تضم 900 مزارع، إن أسعار القمح ارتفعت بنسبة 8 في المئة.", "ar", [
        ("الجمعية، التي تضم 900 مزارع", "unattributed", None, None),
        ("أسعار القمح ارتفعت بنسبة 8 في المئة", "official", "الجمعية", "وقالت")], id="ar-vso-which-has-members"),
    pytest.param("وأكد الحارس، الذي انضم إلى النادي في يناير 2022، أن الفريق سيسافر الجمعة.", "ar", [
        ("الحارس، الذي انضم إلى النادي في يناير 2022", "unattributed", None, None),
        ("الفريق سيسافر الجمعة", "named", "الحارس", "وأكد")], id="ar-vso-joined-month"),
    pytest.param("وقالت الشركة، التي تأسست عام 1998، في بيان إنها ستغلق 3 مصانع.", "ar", [
        ("الشركة، التي تأسست عام 1998", "unattributed", None, None),
        ("إنها ستغلق 3 مصانع", "official", "الشركة", "وقالت")], id="ar-relative-ends-at-its-comma"),
    pytest.param("The insurer, which has 2.4 million customers, said in a filing on Monday that it would raise prices by 8%.",
                 "en", [
        ("The insurer, which has 2.4 million customers", "unattributed", None, None),
        ("it would raise prices by 8%", "official", "The insurer", "said")], id="en-relative-before-said-in-that"),
])
def test_dated_or_counted_relative_on_speaker_is_own_claim(text, language, expected):
    assert frame_rows(text, language, PUBLISHED) == expected


@pytest.mark.parametrize("text,language,expected", [
    pytest.param("Roche, who spoke at a conference in Lyon, said the firm would hire 200 engineers.", "en", [
        ("the firm would hire 200 engineers", "named", "Roche", "said")], id="en-nothing-checkable"),
    pytest.param("A senior diplomat, who spoke on condition of anonymity on Tuesday, said talks would resume in 2026.",
                 "en", [("talks would resume in 2026", "anonymous", "A senior diplomat", "said")],
                 id="en-anonymity-relative-with-date"),
    pytest.param("وقال روش، الذي تحدث في مؤتمر صحفي، إن الشركة ستوظف 200 مهندس.", "ar", [
        ("الشركة ستوظف 200 مهندس", "named", "روش", "وقال")], id="ar-nothing-checkable"),
])
def test_relative_without_fact_stays_in_reporting_clause(text, language, expected):
    assert frame_rows(text, language, PUBLISHED) == expected
