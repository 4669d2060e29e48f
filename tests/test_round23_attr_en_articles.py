"""Round 23, English attribution: six short articles nobody tuned the rules on (an air-crash investigation, an
election count, a central-bank decision, a drug recall, a wildfire, a university study), in the styles of wire copy,
a public broadcaster, a regional paper and press releases, each with a headline and page furniture. Per article: no
furniture in a claim, a tight claim count, and per claim its exact text and offset, attribution type, source, cue
and source kind. Sources covered: 'investigators said in a preliminary report', a quote with a titled name after
it ('"Q," the operator's chief executive, Maria Lopez, said in an interview.'), 'a spokeswoman for the regulator,
who declined to give her name, said' (anonymous, the insertion no claim), 'two people familiar with the inquiry
told Reuters', 'The airline, which declined to comment, ...' (no attribution from a declined comment), 'figures
released by the electoral commission showed', 'X wrote on X', 'X, state senator Y, said on Twitter', an election
official 'who was not authorised to speak publicly', 'minutes published on Friday showed', a firm and an outlet
known only by their head word ('Northbridge Capital', 'Kestrel Analytics'), 'according to a filing with the
Securities and Exchange Commission', "Veltra's chief executive, Daniel Okoro, wrote in a letter to shareholders",
'Pharmacy chains said', 'Sheriff Dana Cole said', 'a senior official who asked not to be named said', '..., a study
by researchers at the University of Harrowgate has found.' (a long trailing source)."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims

PUBLISHED = date(2025, 9, 14)

CRASH = 'Investigators find fuel valve fault in Lake Tern air crash\nBy Sarah Whitcombe, Transport Correspondent\nPublished 12 September 2025 | 4 min read\n\nA fuel valve on the left engine of the turboprop that crashed near Lake Tern in June had been fitted the wrong way round, investigators said in a preliminary report released on Friday.\n\nThe aircraft, carrying 38 passengers and four crew, came down 6 kilometres short of the runway, killing 11 people.\n\n"We acted within the law and followed every maintenance instruction we received," the operator\'s chief executive, Maria Lopez, said in an interview.\n\nA spokeswoman for the regulator, who declined to give her name, said the agency had grounded 7 aircraft of the same type as a precaution.\n\nTwo people familiar with the inquiry told Reuters the final report is unlikely before March.\n\nThe airline, which declined to comment, has cancelled 120 flights this month.\n\nShare this article\nRelated: Regional carriers face new inspection rules\n'
COUNT = 'Incumbent ahead as count enters third day\nCoastline Public Radio News\nUpdated 13 Sep 2025\n\nGovernor Elena Marsh leads her challenger by 4,200 votes with 92% of ballots counted, figures released by the electoral commission showed on Saturday.\n\nTurnout reached 58%, the highest since 2008, according to the commission.\n\nMarsh wrote on X that she was "confident every legitimate vote will be counted".\n\nHer challenger, state senator Tom Reyes, said on Twitter that 3,000 postal ballots had been rejected without explanation.\n\nAn election official who was not authorised to speak publicly said about 15,000 provisional ballots remain to be checked.\n\nThe commission said it expects to certify the result by September 30.\n\nListen to our election podcast\n© Coastline Public Radio 2025\n'
RATES = 'Central bank holds rates at 5.25% for fourth meeting\nWIRE | Frankfurt/Berlin | 11 Sept 2025\n\nThe Bank of Eastland kept its benchmark rate at 5.25% on Thursday.\n\nInflation will slow to 2.6% next year, the bank said in a statement.\n\nGovernor Henrik Aalto told reporters that the board had discussed a cut of 25 basis points.\n\n"We are not yet at the point where we can relax," Aalto said.\n\nTwo board members voted for a cut, minutes published on Friday showed.\n\nNorthbridge Capital said in a note to clients that it now expects the first cut in December.\n\nThe bank, which declined to comment on the minutes, will next meet on October 23.\n\nReporting by Jan Kowalski; Editing by Anne Li\n'
RECALL = 'Drugmaker recalls 1.2 million blood pressure tablets\nPress release | Veltra Pharmaceuticals\n14 September 2025\n\nVeltra Pharmaceuticals is voluntarily recalling 1.2 million bottles of its valsartan tablets after tests found trace impurities, the company said on Sunday.\n\nAccording to a filing with the Securities and Exchange Commission, the recall will cost the company about $45 million.\n\nThe Food and Drug Administration said it had received 14 reports of adverse reactions.\n\nVeltra\'s chief executive, Daniel Okoro, wrote in a letter to shareholders that the company would "take every step to restore trust".\n\nPatients should not stop taking the medicine without talking to a doctor, the agency said.\n\nPharmacy chains said they had removed the tablets from shelves in 31 states.\n\nFor media enquiries contact press@veltra.example\n###\n'
WILDFIRE = 'Wildfire forces 9,000 from homes in Pine Valley\nThe Valley Gazette\nSunday, September 14, 2025\n\nA wildfire that started on Wednesday has burned 42,000 acres and destroyed 130 homes, the state forestry department said.\n\nFire crews had contained 15% of the blaze by Saturday evening, according to an incident update.\n\nThe fire was probably started by a downed power line, a senior official who asked not to be named said.\n\nSheriff Dana Cole said 9,000 residents had been ordered to leave.\n\nResidents say the evacuation warnings came too late.\n\nThe utility, which declined to comment, shut off power to 20,000 customers on Friday.\n\nFirefighters report that winds of 60 km/h are pushing the fire east.\n\nSign up for our morning newsletter\n'
STUDY = 'Study links night shifts to higher diabetes risk\nUniversity of Harrowgate News Office\nEmbargoed until 00:01 BST, 10 September 2025\n\nNurses who worked night shifts for more than 10 years were 31% more likely to develop type 2 diabetes, a study by researchers at the University of Harrowgate has found.\n\nThe team followed 48,000 nurses for 16 years, the university said in a statement.\n\n"The risk rose steadily with every year of night work," said lead author Dr Priya Raman.\n\nThe findings were published on Tuesday in the journal Diabetologia.\n\nResearchers said the risk fell after nurses returned to day shifts.\n\nKestrel Analytics, which advises hospitals on staffing, said about 1 in 5 nurses work regular nights.\n\nNotes to editors\nEnds\n'


@pytest.mark.parametrize("text,lo,hi,expected,furniture", [
    pytest.param(CRASH, 7, 7, [
        ('Investigators find fuel valve fault in Lake Tern air crash', 'unattributed', None, None, None),
        ('A fuel valve on the left engine of the turboprop that crashed near Lake Tern in June had been fitted the wrong way round', 'anonymous', 'investigators', 'said', 'anonymous-group'),
        ('The aircraft, carrying 38 passengers and four crew, came down 6 kilometres short of the runway, killing 11 people', 'unattributed', None, None, None),
        ('We acted within the law and followed every maintenance instruction we received', 'official', 'Maria Lopez', 'said', 'company'),
        ('the agency had grounded 7 aircraft of the same type as a precaution', 'anonymous', 'A spokeswoman for the regulator', 'said', 'anonymous-group'),
        ('the final report is unlikely before March', 'anonymous', 'Two people familiar with the inquiry', 'told', 'anonymous-group'),
        ('The airline, which declined to comment, has cancelled 120 flights this month', 'unattributed', None, None, None),
    ], ['Share this', 'Related:', 'Sarah Whitcombe', '4 min read'], id='aviation-wire'),
    pytest.param(COUNT, 7, 7, [
        ('Incumbent ahead as count enters third day', 'unattributed', None, None, None),
        ('Governor Elena Marsh leads her challenger by 4,200 votes with 92% of ballots counted', 'official', 'figures released by the electoral commission', 'showed', 'government'),
        ('Turnout reached 58%, the highest since 2008', 'official', 'the commission', 'according to', 'government'),
        ('she was "confident every legitimate vote will be counted"', 'named', 'Marsh', 'wrote', 'person'),
        ('3,000 postal ballots had been rejected without explanation', 'named', 'state senator Tom Reyes', 'said', 'person'),
        ('about 15,000 provisional ballots remain to be checked', 'anonymous', 'An election official who was not authorised to speak publicly', 'said', 'anonymous-group'),
        ('it expects to certify the result by September 30', 'official', 'The commission', 'said', 'government'),
    ], ['Listen to', 'Coastline Public Radio', 'Updated 13'], id='election-broadcaster'),
    pytest.param(RATES, 8, 8, [
        ('Central bank holds rates at 5.25% for fourth meeting', 'unattributed', None, None, None),
        ('The Bank of Eastland kept its benchmark rate at 5.25% on Thursday', 'unattributed', None, None, None),
        ('Inflation will slow to 2.6% next year', 'official', 'the bank', 'said', 'company'),
        ('the board had discussed a cut of 25 basis points', 'official', 'Governor Henrik Aalto', 'told', 'government'),
        ('We are not yet at the point where we can relax', 'official', 'Aalto', 'said', 'government'),
        ('Two board members voted for a cut', 'named', 'minutes', 'showed', None),
        ('it now expects the first cut in December', 'official', 'Northbridge Capital', 'said', 'company'),
        ('The bank, which declined to comment on the minutes, will next meet on October 23', 'unattributed', None, None, None),
    ], ['Reporting by', 'WIRE |'], id='central-bank-wire'),
    pytest.param(RECALL, 7, 7, [
        ('Drugmaker recalls 1.2 million blood pressure tablets', 'unattributed', None, None, None),
        ('Veltra Pharmaceuticals is voluntarily recalling 1.2 million bottles of its valsartan tablets after tests found trace impurities', 'official', 'the company', 'said', 'company'),
        ('the recall will cost the company about $45 million', 'official', 'a filing with the Securities and Exchange Commission', 'According to', 'company'),
        ('it had received 14 reports of adverse reactions', 'official', 'The Food and Drug Administration', 'said', 'government'),
        ('the company would "take every step to restore trust"', 'official', 'Daniel Okoro', 'wrote', 'company'),
        ('Patients should not stop taking the medicine without talking to a doctor', 'official', 'the agency', 'said', 'government'),
        ('they had removed the tablets from shelves in 31 states', 'official', 'Pharmacy chains', 'said', 'company'),
    ], ['Press release', 'media enquiries', '###'], id='drug-recall-press-release'),
    pytest.param(WILDFIRE, 8, 8, [
        ('Wildfire forces 9,000 from homes in Pine Valley', 'unattributed', None, None, None),
        ('A wildfire that started on Wednesday has burned 42,000 acres and destroyed 130 homes', 'official', 'the state forestry department', 'said', 'government'),
        ('Fire crews had contained 15% of the blaze by Saturday evening', 'named', 'an incident update', 'according to', None),
        ('The fire was probably started by a downed power line', 'anonymous', 'a senior official who asked not to be named', 'said', 'anonymous-group'),
        ('9,000 residents had been ordered to leave', 'official', 'Sheriff Dana Cole', 'said', 'government'),
        ('the evacuation warnings came too late', 'anonymous', 'Residents', 'say', 'anonymous-group'),
        ('The utility, which declined to comment, shut off power to 20,000 customers on Friday', 'unattributed', None, None, None),
        ('winds of 60 km/h are pushing the fire east', 'anonymous', 'Firefighters', 'report', 'anonymous-group'),
    ], ['Sign up', 'The Valley Gazette', 'Sunday, September'], id='wildfire-regional-paper'),
    pytest.param(STUDY, 6, 7, [
        ('Nurses who worked night shifts for more than 10 years were 31% more likely to develop type 2 diabetes', 'anonymous', 'a study by researchers at the University of Harrowgate', 'found', 'anonymous-group'),
        ('The team followed 48,000 nurses for 16 years', 'official', 'the university', 'said', 'company'),
        ('The risk rose steadily with every year of night work', 'named', 'lead author Dr Priya Raman', 'said', None),
        ('The findings were published on Tuesday in the journal Diabetologia', 'unattributed', None, None, None),
        ('the risk fell after nurses returned to day shifts', 'anonymous', 'Researchers', 'said', 'anonymous-group'),
        ('about 1 in 5 nurses work regular nights', 'official', 'Kestrel Analytics', 'said', 'company'),
    ], ['Notes to editors', 'Embargoed', 'News Office', 'Ends'], id='university-study-press-release'),
])

def test_article(text, lo, hi, expected, furniture):
    got = article_claims(text, "en", PUBLISHED, lo, hi, furniture)
    for claim_text, kind, source, cue, source_kind in expected:
        assert claim_text in got, (claim_text, list(got))
        c = got[claim_text]
        assert c.start == text.index(claim_text), claim_text
        a = c.attribution
        assert (a.type, a.source and a.source.text, a.cue and a.cue.text, a.source_kind) == (
            kind, source, cue, source_kind), claim_text


@pytest.mark.parametrize("text,needle", [
    (CRASH, "who declined to give her name"),
    (WILDFIRE, "asked not to be named"),
    (STUDY, "has found"),
    (RATES, "minutes published"),
])
def test_reporting_clause_is_no_claim(text, needle):
    got = article_claims(text, "en", PUBLISHED, 0, 99, [])
    assert not any(needle in t for t in got), list(got)
