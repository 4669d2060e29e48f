"""Round 21, English attribution: six short articles nobody tuned the rules on (a court freezing a failed
lender's assets, a measles outbreak, a winter power shortfall, a stadium crush fine, a council tax rise, glacier
loss), each with a headline and page furniture, written in different outlets' styles. Per article: no furniture in
a claim, a tight claim count, and per claim its exact text and offset, attribution type, source, cue and cited
span text. Sources covered: 'according to court filings', 'prosecutors said in a statement', a quote with the
speaker after it ('"Q," said X, the receiver.' / '"Q," the club's chairman, X, said.' / '"Q," the mayor said.'),
'a spokesperson for the agency said', 'data published by the statistics office showed', unnamed people who spoke
on condition of anonymity, 'the company told Reuters', 'X reported, citing Y', 'X, citing Y, said' (a cause after
'citing' is no cited source), a named person with a title before or after the name, a study with a participle
clause and its later definite mention, unnamed groups (stewards, residents, researchers)."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims

PUBLISHED = date(2025, 9, 14)

COURT = 'Courts\nJudge freezes $48 million in assets of collapsed lender\nBy Dana Whitfield, Courts Correspondent\nPublished 11 September 2025\nA federal judge froze $48 million in assets belonging to Harbor Trust Bank on Thursday, according to court filings.\nThe bank owed depositors about $310 million when it failed in June, prosecutors said in a statement.\n"We will recover every dollar we can," said Marcus Bell, the court-appointed receiver.\nTwo former employees told the court that managers ignored 14 internal warnings.\nA spokesperson for the bank\'s parent company said it would appeal the order.\nRelated: Banking collapse explained\n'
MEASLES = 'HEALTH\nMeasles cases triple in northern districts\nSeptember 12, 2025 | 4 min read\nMeasles cases in the northern districts rose to 412 in August, up from 137 in July, health officials said.\nA spokesperson for the agency said vaccination teams had reached 9,000 children since Monday.\n"We are seeing infants who were too young to be vaccinated," said Dr Amal Farouk, head of paediatrics at Central Hospital.\nData published by the statistics office showed vaccination coverage fell to 78% last year.\nTwo nurses who spoke on condition of anonymity said the clinic ran out of vaccines twice in July.\nThe ministry told Reuters that 1.2 million doses would arrive by October.\nSign up for our newsletter\n'
GRID = 'Energy\nGrid operator warns of winter shortfall\nBy Tomas Lindqvist\nTuesday 9 September 2025\nThe national grid could face a shortfall of 2.4 gigawatts this winter, the operator said on Tuesday.\nPolice said in a statement that 3 substations had been vandalised since May.\nEnergy minister Karin Holm said the government would spend 900 million crowns on backup plants.\nPrices rose 18% in August, Bloomberg reported, citing data from the power exchange.\nNordic Power, citing maintenance delays, said two reactors would stay offline until December.\nDagens Industri, citing two people close to the company, said the sale of its hydro unit had been paused.\n"This is the tightest winter in a decade," one trader said.\nCopyright 2025. All rights reserved.\n'
STADIUM = 'SPORT / FOOTBALL\nClub fined over stadium crush\nSaturday, 13 September 2025\nRiverside FC were fined £250,000 after 34 fans were injured in a crush in April, the league said.\n"We will rebuild the trust of our supporters," the club\'s chairman, Peter Osei, said.\nThe stadium held 2,000 more fans than its licence allowed, according to a report by the safety authority.\nStewards said the gates were opened 20 minutes late.\nTwo diplomats who spoke on condition of anonymity said the match had been moved from the capital for security reasons.\nOsei said the club had hired 60 extra stewards.\nFollow us on Instagram\n'
COUNCIL = 'Local News\nCouncil approves 4% tax rise\nPosted by City Desk on 10 Sep 2025\nThe city council voted 7-2 on Wednesday to raise property taxes by 4%, the mayor\'s office said.\n"We will rebuild the roads people use every day," the mayor said.\nCouncil documents show that road repairs will cost $12 million over three years.\nResidents said bus services had been cut twice this year.\nThe council\'s finance director, Grace Tan, said the rise would bring in $3.1 million a year.\nComments (12)\n'
GLACIER = 'SCIENCE\nGlacier loss accelerating, study finds\nBy Priya Raman | Science Desk\nSeptember 8, 2025\nAlpine glaciers lost 5% of their ice volume in 2024, a study published in Nature on Monday found.\nThe study said the loss was twice the average of the previous decade.\nProfessor Lukas Meier, a glaciologist at ETH Zurich, said the trend would continue.\n"We have never measured anything like this," Meier said.\nResearchers estimate that half of the glaciers will disappear by 2050.\nThe Swiss weather service said August was the hottest on record.\nShare on Facebook\n'


@pytest.mark.parametrize("text,lo,hi,expected,furniture", [
    pytest.param(COURT, 6, 6, [
        ('Judge freezes $48 million in assets of collapsed lender', 'unattributed', None, None, None),
        ('A federal judge froze $48 million in assets belonging to Harbor Trust Bank on Thursday', 'official', 'court filings', 'according to', None),
        ('The bank owed depositors about $310 million when it failed in June', 'official', 'prosecutors', 'said', None),
        ('We will recover every dollar we can', 'named', 'Marcus Bell', 'said', None),
        ('managers ignored 14 internal warnings', 'anonymous', 'Two former employees', 'told', None),
        ('it would appeal the order', 'official', "A spokesperson for the bank's parent company", 'said', None),
    ], ['Related:', 'Dana Whitfield', 'Published 11'], id='court'),
    pytest.param(MEASLES, 7, 7, [
        # round 31: the headline's present "triple" is a multiplier, so the headline is a claim
        ('Measles cases triple in northern districts', 'unattributed', None, None, None),
        ('Measles cases in the northern districts rose to 412 in August, up from 137 in July', 'anonymous', 'health officials', 'said', None),
        ('vaccination teams had reached 9,000 children since Monday', 'official', 'A spokesperson for the agency', 'said', None),
        ('We are seeing infants who were too young to be vaccinated', 'named', 'Dr Amal Farouk', 'said', None),
        ('vaccination coverage fell to 78% last year', 'official', 'Data published by the statistics office', 'showed', None),
        ('the clinic ran out of vaccines twice in July', 'anonymous', 'Two nurses who spoke on condition of anonymity', 'said', None),
        ('1.2 million doses would arrive by October', 'official', 'The ministry', 'told', None),
    ], ['Sign up', '4 min read'], id='measles'),
    pytest.param(GRID, 7, 7, [
        ('The national grid could face a shortfall of 2.4 gigawatts this winter', 'official', 'the operator', 'said', None),
        ('3 substations had been vandalised since May', 'official', 'Police', 'said', None),
        ('the government would spend 900 million crowns on backup plants', 'official', 'Energy minister Karin Holm', 'said', None),
        ('Prices rose 18% in August', 'named', 'Bloomberg', 'reported', 'data from the power exchange'),
        ('two reactors would stay offline until December', 'named', 'Nordic Power', 'said', None),
        ('the sale of its hydro unit had been paused', 'named', 'Dagens Industri', 'said', 'two people close to the company'),
        ('This is the tightest winter in a decade', 'anonymous', 'one trader', 'said', None),
    ], ['Copyright', 'Tomas Lindqvist', 'Tuesday 9 September'], id='grid'),
    pytest.param(STADIUM, 7, 7, [  # the headline under a section kicker is the story's headline (round 30)
        ('Club fined over stadium crush', 'unattributed', None, None, None),
        ('Riverside FC were fined £250,000 after 34 fans were injured in a crush in April', 'official', 'the league', 'said', None),
        ('We will rebuild the trust of our supporters', 'official', 'Peter Osei', 'said', None),
        ('The stadium held 2,000 more fans than its licence allowed', 'official', 'a report by the safety authority', 'according to', None),
        ('the gates were opened 20 minutes late', 'anonymous', 'Stewards', 'said', None),
        ('the match had been moved from the capital for security reasons', 'anonymous', 'Two diplomats who spoke on condition of anonymity', 'said', None),
        ('the club had hired 60 extra stewards', 'official', 'Osei', 'said', None),
    ], ['Follow us', 'SPORT /'], id='stadium'),
    pytest.param(COUNCIL, 6, 6, [
        ('Council approves 4% tax rise', 'unattributed', None, None, None),
        ('The city council voted 7-2 on Wednesday to raise property taxes by 4%', 'official', "the mayor's office", 'said', None),
        ('We will rebuild the roads people use every day', 'official', 'the mayor', 'said', None),
        ('road repairs will cost $12 million over three years', 'official', 'Council documents', 'show', None),
        ('bus services had been cut twice this year', 'anonymous', 'Residents', 'said', None),
        ('the rise would bring in $3.1 million a year', 'official', 'Grace Tan', 'said', None),
    ], ['Comments (12)', 'Posted by', 'Local News'], id='council'),
    pytest.param(GLACIER, 7, 7, [  # the headline under a section kicker is the story's headline (round 30)
        ('Glacier loss accelerating', 'named', 'study', 'finds', None),
        ('Alpine glaciers lost 5% of their ice volume in 2024', 'named', 'a study', 'found', None),
        ('the loss was twice the average of the previous decade', 'named', 'The study', 'said', None),
        ('the trend would continue', 'named', 'Professor Lukas Meier', 'said', None),
        ('We have never measured anything like this', 'named', 'Meier', 'said', None),
        ('half of the glaciers will disappear by 2050', 'anonymous', 'Researchers', 'estimate', None),
        ('August was the hottest on record', 'official', 'The Swiss weather service', 'said', None),
    ], ['Share on', 'Science Desk'], id='glacier'),
])
def test_article(text, lo, hi, expected, furniture):
    got = article_claims(text, "en", PUBLISHED, lo, hi, furniture)
    for claim_text, kind, source, cue, cited in expected:
        assert claim_text in got, (claim_text, list(got))
        c = got[claim_text]
        assert c.start == text.index(claim_text), claim_text
        a = c.attribution
        assert (a.type, a.source and a.source.text, a.cue and a.cue.text, a.cited and a.cited.text) == (
            kind, source, cue, cited), claim_text
