"""Round 26, English defects: a dated press-release dateline anchors the release's relative dates ('today',
'yesterday', a weekday) when the article is published later; a participle after a plain subject whose verb
has a past equal to its base ('quit', 'cut', 'set') or whose noun phrase is a chain of 'the X of the Y'
longer than five words; non-finite auxiliaries opening a participle clause ('Having cut 300 jobs') are no
claim subject."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from tests.span_checks import date_rows, frame_rows

PUB = date(2026, 3, 5)


def _rows(sentence: str) -> list[tuple]:
    return frame_rows("Headline\n\n" + sentence, "en", PUB)


def _dates(text: str, published: date | None = PUB) -> list[tuple]:
    out = []
    for c in analyze(text, "en", published).claims:
        for d in c.dates:
            assert text[d.start:d.end] == d.text
            out.append((c.text, d.text, d.value))
    return out


@pytest.mark.parametrize("text, rows", [
    # the release is dated March 3: its 'today' is that day, not the day the article was published
    ("Acme Sets Outlook\n\nAUSTIN, Texas, March 3, 2026 /PRNewswire/ -- Acme Corp said sales rose 5% today.",
     [("sales rose 5% today", "today", "2026-03-03")]),
    ("Acme Sets Outlook\n\nNEW YORK, Feb. 27, 2026 /Business Wire/ -- Acme Corp said its plant reopened "
     "yesterday.\n\nThe company said output rose 4% on Monday.",
     [("its plant reopened yesterday", "yesterday", "2026-02-26"), ("output rose 4% on Monday", "Monday", "2026-02-23")]),
    ("Acme Sets Outlook\n\nLONDON, March 2, 2026 -- Acme plc said revenue fell 3% today.",
     [("revenue fell 3% today", "today", "2026-03-02")]),
    # must not change: no dated dateline, or a date that is no dateline
    ("Acme Sets Outlook\n\nAcme Corp said sales rose 5% today.", [("sales rose 5% today", "today", "2026-03-05")]),
    ("Acme Sets Outlook\n\nOn March 3, 2026, Acme opened a plant. Sales rose 5% today, the firm said.",
     [("On March 3, 2026, Acme opened a plant", "March 3, 2026", "2026-03-03"),
      ("Sales rose 5% today", "today", "2026-03-05")]),
])
def test_release_dateline_anchors_relative_dates(text, rows):
    assert _dates(text) == rows


def test_release_dateline_without_publication_date():
    text = "Acme Sets Outlook\n\nAUSTIN, Texas, March 3, 2026 /PRNewswire/ -- Acme Corp said sales rose 5% today."
    assert _dates(text, None) == [("sales rose 5% today", "today", "2026-03-03")]


@pytest.mark.parametrize("sentence, rows", [
    # a past equal to its base form right after the subject
    ("The head of the federation quit on Sunday, saying he had lost the board's support.",
     [("The head of the federation quit on Sunday", "unattributed", None, None),
      ("he had lost the board's support", "official", "The head of the federation", "saying")]),
    ("The company cut its forecast on Monday, saying demand had fallen 9%.",
     [("The company cut its forecast on Monday", "unattributed", None, None),
      ("demand had fallen 9%", "official", "The company", "saying")]),
    ("The central bank has cut rates to 3%, arguing that inflation had eased.",
     [("The central bank has cut rates to 3%", "unattributed", None, None),
      ("inflation had eased", "official", "The central bank", "arguing")]),
    # a subject longer than five words: a chain of 'the X of the Y'
    ("The head of the national football federation quit on Sunday, saying he had lost the board's support.",
     [("The head of the national football federation quit on Sunday", "unattributed", None, None),
      ("he had lost the board's support", "official", "The head of the national football federation", "saying")]),
    ("The chief executive of the state rail operator resigned on Friday, saying 300 trains had been cancelled.",
     [("The chief executive of the state rail operator resigned on Friday", "unattributed", None, None),
      ("300 trains had been cancelled", "official", "The chief executive of the state rail operator", "saying")]),
    ("The president of the regional court of appeal stepped down, arguing that the ministry had cut its budget.",
     [("The president of the regional court of appeal stepped down", "unattributed", None, None),
      ("the ministry had cut its budget", "official", "The president of the regional court of appeal", "arguing")]),
    # must not change: a long phrase headed by no source, or a clause inside the phrase
    ("The price of a litre of unleaded petrol in the capital rose on Monday, adding to pressure on the government.",
     [("The price of a litre of unleaded petrol in the capital rose on Monday", "unattributed", None, None)]),
])
def test_participle_after_plain_subject(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, subject", [
    ("Having cut 300 jobs, Acme said profit rose 8%.", None),
    ("Having quit the market in 2020, the company said sales fell 4%.", None),
    ("Being the largest lender, the bank said deposits rose 8%.", None),
])
def test_auxiliary_participle_is_no_subject(sentence, subject):
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [c.subject.text if c.subject else None for c in claims][:1] == [subject]


@pytest.mark.parametrize("sentence, rows", [
    # a body's decision by vote or agreement announces a measure: 'from' + a date after it reads ahead
    ("The city council voted 7-2 on Monday night to raise property taxes by 3.5% from July 1.",
     [("Monday night", "2026-03-02"), ("July 1", "2026-07-01")]),
    ("The unions agreed on Tuesday to suspend the strike from April 2.", [("Tuesday", "2026-03-03"), ("April 2", "2026-04-02")]),
    # a decision putting a thing off to a date: 'until' + the date reads ahead
    ("The hearing was adjourned until March 30.", [("March 30", "2026-03-30")]),
    ("The vote was postponed until June.", [("June", "2026-06")]),
    ("The ministry delayed the tax until January 1.", [("January 1", "2027-01-01")]),
    ("The deadline was extended by two weeks to March 20.", [("March 20", "2026-03-20")]),
    ("The vote was postponed to June.", [("June", "2026-06")]),
    ("Inflation was 2.1% in the 12 months to January, the office said.", [("January", "2026-01")]),
    # must not change: no decision verb before 'from'
    ("Sales rose 4% from January 12.", [("January 12", "2026-01-12")]),
])
def test_decision_verbs_read_from_ahead(sentence, rows):
    assert [(d[1], d[2]) for d in _dates("Headline\n\n" + sentence)] == rows


@pytest.mark.parametrize("sentence, subject", [
    # weather nouns after an adjective that opens the sentence: the adjective names nobody
    ("Heavy rain dumped up to 150 mm of water on the coastal city overnight.", None),
    ("Strong winds knocked out power to 20,000 homes on Sunday.", None),
    ("Freezing fog grounded 40 flights at the airport.", None),
    ("Snowfall of up to 30 cm is expected over the weekend.", None),
    ("Hospital admissions for flu rose by a third in the week to Sunday.", None),
    # must not change: a name before a measured noun that is not weather
    ("Oil prices rose 3% on Monday.", "Oil"),
])
def test_weather_noun_after_adjective(sentence, subject):
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [c.subject.text if c.subject else None for c in claims] == [subject]


@pytest.mark.parametrize("sentence, rows", [
    # a verb of finding reports its that-clause also past an adjunct of time or place
    ("Investigators concluded on Friday that the pilot had ignored 3 warnings.",
     [("the pilot had ignored 3 warnings", "anonymous", "Investigators", "concluded")]),
    ("Researchers at the University of Ghana found last month that 40% of wells were polluted.",
     [("40% of wells were polluted", "anonymous", "Researchers at the University of Ghana", "found")]),
    # must not change: a plain object
    ("Police found 20 kilograms of cocaine on Friday.", [("Police found 20 kilograms of cocaine on Friday", "unattributed", None, None)]),
])
def test_finding_that_after_adjunct(sentence, rows):
    assert _rows(sentence) == rows



@pytest.mark.parametrize("sentence, rows", [
    # two capitalised words opening with an acronym name a body, not a person
    ("Hospital admissions rose 9% in February, according to NHS England.",
     [("Hospital admissions rose 9% in February", "official", "NHS England", "according to")]),
    ("NHS England said 40 hospitals were on alert.", [("40 hospitals were on alert", "official", "NHS England", "said")]),
    # must not change: initials open a personal name
    ("AJ Smith said 40 hospitals were on alert.", [("40 hospitals were on alert", "named", "AJ Smith", "said")]),
])
def test_acronym_led_body(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    # a relative time phrase between the verb and 'that' belongs to the reporting clause
    ("The ministry said last month that exports rose 4%.", [("exports rose 4%", "official", "The ministry", "said")]),
    ("The minister told parliament earlier this week that 300 schools would close.",
     [("300 schools would close", "official", "The minister", "told")]),
    ("The company announced this morning that it would cut 200 jobs.",
     [("it would cut 200 jobs", "official", "The company", "announced")]),
    # must not change: without 'that' the phrase may open the content
    ("The agency said last year was the hottest on record.",
     [("last year was the hottest on record", "official", "The agency", "said")]),
])
def test_time_phrase_before_that(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, kind", [
    # an office named for what it runs for the state speaks for the government
    ("The Home Office said 300 people had arrived.", "government"),
    ("Unemployment fell to 3.9%, the Office for National Statistics said.", "government"),
    ("The statistics office said output fell 2%.", "government"),
    ("The Met Office said 40 mm of rain fell overnight.", "government"),
    # must not change: a firm's office
    ("The company's Dubai office said sales rose 4%.", "company"),
])
def test_state_office_kind(sentence, kind):
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [(c.attribution.type, c.attribution.source_kind) for c in claims] == [("official", kind)]


@pytest.mark.parametrize("sentence, kind", [
    # an outlet named by its kind, not by its name, is still a medium
    ("Local media reported that at least 30 people had been arrested.", ("named", "media")),
    ("The newspaper said 30 people had been arrested.", ("named", "media")),
    ("A local radio station reported that 30 people had been arrested.", ("named", "media")),
    # must not change: users of social media are people
    ("Social media users said 30 people had been arrested.", ("named", "person")),
])
def test_outlet_nouns_are_media(sentence, kind):
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [(c.attribution.type, c.attribution.source_kind) for c in claims] == [kind]


@pytest.mark.parametrize("sentence, subject", [
    # a lone first name before a verb of standing in a contest is the contestant
    ("Garcia led with 51.2% of the vote to Miller's 47.9%.", "Garcia"),
    ("Ortiz trailed Smith by 4 points in the latest poll.", "Ortiz"),
    ("Senegal drew 1-1 with Egypt in Dakar.", "Senegal"),
])
def test_contest_verb_subject(sentence, subject):
    claims = analyze("Headline\n\n" + sentence, "en", PUB).claims
    assert [c.subject.text if c.subject else None for c in claims] == [subject]


RELEASE = (
    "Acme Corp Reports Fourth-Quarter Results\n\n"
    "AUSTIN, Texas, Feb. 26, 2026 /PRNewswire/ -- Acme Corp today reported fourth-quarter revenue of $412 million.\n\n"
    "Net income rose to $38 million, compared with $31 million in the fourth quarter of 2024.\n\n"
    "Acme will host a conference call at 5 p.m. ET today to discuss the results.\n\n"
    "Forward-Looking Statements\n"
    "This press release contains forward-looking statements that involve risks and uncertainties. Actual results "
    "may differ materially.\n\n"
    "SOURCE Acme Corp\n"
)


def test_release_legal_notice_and_subjects():
    claims = analyze(RELEASE, "en", PUB).claims
    got = [(c.text, c.subject.text if c.subject else None, [d.value for d in c.dates]) for c in claims[1:]]
    assert got == [
        ("fourth-quarter revenue of $412 million", None, []),
        ("Net income rose to $38 million, compared with $31 million in the fourth quarter of 2024", None, ["2024-10"]),
        ("Acme will host a conference call at 5 p.m. ET today to discuss the results", "Acme", ["2026-02-26"]),
    ]


@pytest.mark.parametrize("sentence, rows", [
    # a past year earlier in the sentence is no year a clause reading ahead from now can end in
    ("The inquiry, which began in 2022, will report by the end of the year.",
     [("2022", "2022"), ("the end of the year", "2026")]),
    ("The inquiry began in 2022 and is due to report by the end of the year.",
     [("2022", "2022"), ("the end of the year", "2026")]),
    # must not change: a past or backshifted clause, or a future year, leaves the phrase undated
    ("In 2019 sales fell, and by the end of the year they had halved.", [("2019", "2019")]),
    ("In 2019 the firm said it would finish by the end of the year.", [("2019", "2019")]),
    ("The plant, due to open in 2027, will be finished by the end of the year.", [("2027", "2027")]),
])
def test_end_of_year_after_past_year(sentence, rows):
    assert date_rows(sentence, "en", PUB) == rows
