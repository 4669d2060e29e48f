"""Round 9: result verbs are not reporting verbs (posted a profit), a lead-in channel before the subject
('In a statement, X said'), one-word organisations, Arabic appositions with a prefixed preposition,
stacked reporting clauses."""
from datetime import date

import pytest
from conftest import attributed_claims

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 7, 10)


def _claims(text, language):
    return attributed_claims(text, language, PUBLISHED)


@pytest.mark.parametrize("text", [  # a company's own results: not a report by it
    "Careem posted quarterly profit of $20 million.",
    "Orion Textiles posted a loss of 3 million dinars in 2024.",
    "Bluefin Air booked revenue of $5 billion last year.",
    "Kestrel Mining recorded a 5% rise in output.",
    "In 2024, Halden Foods posted a net loss of $12 million.",
])
def test_result_verbs_are_own_voice(text):
    assert _claims(text, "en") == [(text.rstrip("."), "unattributed", None)]


@pytest.mark.parametrize("text,want", [  # a reporting complement keeps 'posted' a cue
    ("Vela Telecom posted on X that it would cut 200 jobs.", [("it would cut 200 jobs", "official", "Vela Telecom")]),
    ("The bank posted on its website that branches would close on Friday.",
     [("branches would close on Friday", "official", "The bank")]),
    ("Mona Farid posted on Facebook that the clinic treated 400 patients.",
     [("the clinic treated 400 patients", "named", "Mona Farid")]),
])
def test_posted_with_a_reporting_complement(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,want", [  # must not change: 'reported' keeps its pinned reading
    ("Reuters reported a 5% rise in exports.", [("a 5% rise in exports", "named", "Reuters")]),
    ("The company has reported a 5% rise in sales in the quarter.",
     [("a 5% rise in sales in the quarter", "official", "The company")]),
])
def test_reported_unchanged(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text", [  # Arabic result verbs are not reporting verbs
    "سجلت الشركة أرباحاً بقيمة 20 مليون دولار.",
    "حققت مجموعة النخيل أرباحاً بلغت 5 ملايين دينار.",
])
def test_arabic_result_verbs_are_own_voice(text):
    assert _claims(text, "ar") == [(text.rstrip("."), "unattributed", None)]


@pytest.mark.parametrize("text,want", [
    ("In a statement, Zantor said it would hire 300 engineers.",
     [("it would hire 300 engineers", "official", "Zantor")]),
    ("In a statement on Monday, the ministry said exports fell 4%.", [("exports fell 4%", "official", "the ministry")]),
    ("In a filing on Tuesday, Brightwave said revenue rose 3%.", [("revenue rose 3%", "official", "Brightwave")]),
    ("But in a statement, Pellucid Holdings said sales fell 2%.",
     [("sales fell 2%", "official", "Pellucid Holdings")]),
    ("In a statement, Mary Osei said sales rose 3%.", [("sales rose 3%", "named", "Mary Osei")]),
])
def test_leading_statement_channel(text, want):
    assert _claims(text, "en") == want


@pytest.mark.parametrize("text,kind", [
    ("Zantor said in a statement that sales rose 3%.", "official"),
    ("Zantor said its revenue rose 3% in May.", "official"),
    ("Arvel Corp said sales rose 3%.", "official"),
    ("Mary Osei said in a statement that sales rose 3%.", "named"),  # a person stays named
    ("Kwame Osei runs the fund. Osei said in a statement that sales rose 3%.", "named"),  # a surname
    ("Dr. Osei said in a statement that sales rose 3%.", "named"),
    ("Reuters said in a statement that it stood by its report.", "named"),  # an outlet stays named
    ("Zantor said sales rose 3%.", "named"),  # no signal: unchanged
])
def test_one_word_organisation(text, kind):
    assert _claims(text, "en")[-1][1] == kind


@pytest.mark.parametrize("org", ["لـفيرست بنك", "لـ فيرست بنك", "لفيرست بنك", "لـــفيرست بنك", "لشركة نور",
                                 "بـبنك الخليج", "للـبنك الأهلي", "لـمجموعة الأفق"])
def test_arabic_apposition_with_prefixed_preposition(org):
    text = f"وقال سامي يوسف، الرئيس التنفيذي {org}، إن الشركة ستوظف 100 موظف."
    claims = _claims(text, "ar")
    assert [(c[0], c[2]) for c in claims] == [("الشركة ستوظف 100 موظف", "سامي يوسف")]


def test_arabic_apposition_is_reporting_clause():
    text = "وقالت ليلى حداد، المديرة العامة لـمجموعة الأفق، إن المبيعات ارتفعت 4%."
    frame = analyze(text, "ar", PUBLISHED)
    assert [c.text for c in frame.claims] == ["المبيعات ارتفعت 4%"]


@pytest.mark.parametrize("text,want", [  # stacked reporting clauses: the company is the source
    ("Exports rose 6% in May, it said on Monday, Reuters reported.", [("Exports rose 6% in May", "official", "it")]),
    ("Vela Telecom will cut 200 jobs, it said on Thursday, the Financial Times reported.",
     [("Vela Telecom will cut 200 jobs", "official", "Vela Telecom")]),
])
def test_stacked_reporting_clauses_keep_the_inner_source(text, want):
    assert _claims(text, "en") == want
