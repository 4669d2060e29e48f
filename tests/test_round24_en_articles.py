"""Round 24, unseen English articles: a port strike (wire copy), a vaccine rollout (public broadcaster),
a court sentencing, a quarterly-results press release with About and contact sections, a flood live blog;
plus press releases whose trailing "About X" profile, contact lines and end marks yield no claim, and a news
article whose "About the survey" section is not boilerplate."""
from __future__ import annotations

from datetime import date

import pytest

from tests.span_checks import article_claims, attribution_row

PUB = date(2025, 9, 14)

A1 = 'Dockworkers walk out at Port of Valmera as pay talks collapse\n\nBy Lena Okafor\n\nVALMERA, Sept 12 (Reuters) - About 4,200 dockworkers at the Port of Valmera went on strike on Friday after talks over a 9% pay rise collapsed, the National Union of Port Workers said.\n\nThe port handled 3.1 million containers last year, according to the port authority.\n\nShips were queueing outside the harbour on Friday afternoon, a shipping agent who asked not to be named told Reuters.\n\n"We will stay out until the employers come back with a serious offer," union secretary Marta Ilves told reporters at the gate.\n\nThe employers\' association admitted that contingency plans had covered only 2 of the 6 terminals.\n\nFreight rates on the route rose 14% in the week to Thursday, as analysts had predicted.\n\nReporting by Lena Okafor; Editing by Paul Grant\n'
A2 = 'Vaccine rollout reaches rural districts\n\nPublished 10 September 2025\n\nHealth workers in the northern province of Kessa have vaccinated 182,000 children against measles since the campaign began on Monday, the provincial health office said on Wednesday.\n\nThe campaign aims to reach 650,000 children under five by the end of October.\n\nDistrict hospitals admitted 37 children with complications from measles in August, officials said.\n\nDr Amina Sarr, who leads the campaign, said turnout had been higher than in the 2023 campaign.\n\nThe ministry denied that doses had run short in two districts.\n\nShare this article\n\nRelated: Measles cases rise across the region\n'
A3 = 'Former mayor jailed for six years over contracts fraud\n\nUpdated 11 September 2025\n\nA former mayor of Brenholt was sentenced to six years in prison on Thursday for steering 14 municipal contracts worth 2.3 million euros to companies owned by relatives.\n\nJudge Ruth Kemal said the defendant had abused the trust of voters.\n\nThe court ordered him to repay 800,000 euros.\n\nHis lawyer, Daniel Fenn, said his client would appeal.\n\nProsecutors had sought a sentence of eight years.\n\nThe defendant admitted accepting gifts but denied the fraud charges.\n'
A4 = 'Orrin Systems Reports Second-Quarter Results\n\nSAN JOSE, Calif., Aug. 6, 2025 /PRNewswire/ -- Orrin Systems, Inc. today announced financial results for its second quarter ended June 30, 2025.\n\nRevenue was $212.4 million, an increase of 17% year over year, beating analysts\' estimates of $205 million.\n\nNet income rose to $31.8 million from $22.5 million a year earlier.\n\nThe company ended the quarter with 1,320 employees.\n\n"Demand for our edge platform remained strong across every region," said Priya Raman, chief executive officer of Orrin Systems.\n\nAbout Orrin Systems\n\nOrrin Systems is a leading provider of edge computing platforms for industrial customers. Headquartered in San Jose, the company employs more than 1,300 people worldwide.\n\nMedia Contact:\nSam Whitaker\n+1 408 555 0187\npress@orrinsystems.com\n\nInvestor Relations: Kim Osei, ir@orrinsystems.com\n\n###\n'
A5 = "Live: Floods in the Sava valley\n\n14:05 BST - The Red Cross has launched an emergency appeal for 4.5 million Swiss francs to help 60,000 people affected by the floods, the organisation said in a statement.\n\n13:40 BST - At least 11 people have died and 3 are missing, the interior ministry said.\n\n13:12 BST - About 2,400 homes were flooded in the town of Brod, the mayor told local television.\n\n12:50 BST - Rainfall in the region reached 190 mm in 48 hours, in line with the weather service's forecasts.\n\n12:31 BST - The government has released 20 million euros in emergency funds, a spokesperson said.\n\nTo donate, visit www.redcross-appeal.org or call +41 22 555 0190.\n\nFollow our live coverage for updates.\n"
PR1 = 'Kestrel Analytics Reports Record Third-Quarter Revenue\n\nAUSTIN, Texas, Oct. 28, 2025 /PRNewswire/ -- Kestrel Analytics, Inc. today reported revenue of $48.2 million for the third quarter, up 31% from a year earlier.\n\nThe company added 120 enterprise customers during the quarter, bringing its total to 1,940.\n\n"Our customers are consolidating their data platforms on Kestrel," said Dana Whitfield, chief executive officer of Kestrel Analytics.\n\nAbout Kestrel Analytics\n\nKestrel Analytics is a leading provider of cloud data observability software. Founded in 2016, the company serves more than 1,900 customers in 40 countries. For more information, visit www.kestrel-analytics.com.\n\nMedia Contact:\nJane Doe\n+1 512 555 0142\npress@kestrel-analytics.com\n\nFor more information, contact Tom Reyes at investors@kestrel-analytics.com or +1 512 555 0199.\n\nPress contact: Jane Doe, +1 555 201 3344, jane.doe@kestrel.com\n\n###\n'
PR2 = 'Brightwater Foods to open plant in Ohio\n\nCOLUMBUS, Ohio, March 3, 2025 (BUSINESS WIRE) -- Brightwater Foods said on Monday it would invest $85 million in a new packaging plant that will employ 240 people.\n\nConstruction is expected to begin in June. For more information, contact Lee Park at lee.park@brightwaterfoods.com or (614) 555-0123.\n\nAbout the company\n\nFounded in 1998, Brightwater Foods makes frozen meals sold in 9,000 stores across North America.\n\nContact:\nLee Park\n(614) 555-0123\n\n-30-\n'
N1 = 'Most adults back a four-day week, poll finds\n\nA majority of adults in Scotland support a four-day working week, a survey published on Tuesday found.\n\nAbout the survey\n\nThe survey of 2,150 adults was carried out online between 4 and 11 August by the polling firm Northpoll.\n\nSome 61% of respondents said they would accept a pay cut of 5% for a shorter week.\n'


@pytest.mark.parametrize("article, lo, hi, furniture", [
    (A1, 7, 7, ["Reporting by", "Lena Okafor", "VALMERA", "(Reuters)", "as analysts had predicted"]),
    (A2, 6, 7, ["Published", "Share this", "Related"]),
    (A3, 7, 7, ["Updated"]),
    (A4, 6, 6, ["PRNewswire", "SAN JOSE", "About Orrin", "leading provider", "Headquartered", "1,300", "Whitaker",
                "555", "Investor Relations", "###", "estimates of"]),
    (A5, 6, 6, ["BST", "donate", "Follow our", "forecasts"]),
    (PR1, 5, 5, ["PRNewswire", "AUSTIN", "About Kestrel", "leading provider", "1,900", "For more information",
                 "Media Contact", "Jane Doe", "Press contact", "###"]),
    (PR2, 3, 3, ["BUSINESS WIRE", "COLUMBUS", "For more information", "About the company", "9,000", "Contact",
                 "Lee Park", "-30-"]),
])
def test_article_claims_and_furniture(article, lo, hi, furniture):
    article_claims(article, "en", PUB, lo, hi, furniture)


@pytest.mark.parametrize("article, needle, row", [
    (A1, "4,200 dockworkers", ("About 4,200 dockworkers at the Port of Valmera went on strike on Friday after talks over "
                               "a 9% pay rise collapsed", "official", "the National Union of Port Workers", "said")),
    (A1, "3.1 million", ("The port handled 3.1 million containers last year", "official", "the port authority",
                         "according to")),
    (A1, "queueing", ("Ships were queueing outside the harbour on Friday afternoon", "anonymous",
                      "a shipping agent who asked not to be named", "told")),
    (A1, "serious offer", ("We will stay out until the employers come back with a serious offer", "official",
                           "union secretary Marta Ilves", "told")),
    (A1, "terminals", ("contingency plans had covered only 2 of the 6 terminals", "official",
                       "The employers' association", "admitted")),
    (A1, "Freight rates", ("Freight rates on the route rose 14% in the week to Thursday", "unattributed", None, None)),
    (A2, "182,000", ("Health workers in the northern province of Kessa have vaccinated 182,000 children against measles "
                     "since the campaign began on Monday", "official", "the provincial health office", "said")),
    (A2, "650,000", ("The campaign aims to reach 650,000 children under five by the end of October", "unattributed",
                     None, None)),
    (A2, "37 children", ("District hospitals admitted 37 children with complications from measles in August",
                         "anonymous", "officials", "said")),
    (A2, "turnout", ("turnout had been higher than in the 2023 campaign", "named", "Dr Amina Sarr", "said")),
    (A2, "doses", ("doses had run short in two districts", "official", "The ministry", "denied")),
    (A3, "six years in prison", ("A former mayor of Brenholt was sentenced to six years in prison on Thursday for "
                                 "steering 14 municipal contracts worth 2.3 million euros to companies owned by relatives",
                                 "unattributed", None, None)),
    (A3, "abused", ("the defendant had abused the trust of voters", "named", "Judge Ruth Kemal", "said")),
    (A3, "appeal", ("his client would appeal", "named", "Daniel Fenn", "said")),
    (A3, "800,000", ("The court ordered him to repay 800,000 euros", "unattributed", None, None)),
    (A4, "financial results", ("Orrin Systems, Inc. today announced financial results for its second quarter ended "
                               "June 30, 2025", "official", "Orrin Systems, Inc", "announced")),
    (A4, "$212.4 million", ("Revenue was $212.4 million, an increase of 17% year over year", "unattributed", None, None)),
    (A4, "1,320", ("The company ended the quarter with 1,320 employees", "unattributed", None, None)),
    (A4, "edge platform", ("Demand for our edge platform remained strong across every region", "official",
                           "Priya Raman", "said")),
    (A5, "appeal", ("The Red Cross has launched an emergency appeal for 4.5 million Swiss francs to help 60,000 people "
                    "affected by the floods", "official", "the organisation", "said")),
    (A5, "At least 11", ("At least 11 people have died and 3 are missing", "official", "the interior ministry", "said")),
    (A5, "2,400 homes", ("About 2,400 homes were flooded in the town of Brod", "official", "the mayor", "told")),
    (A5, "190 mm", ("Rainfall in the region reached 190 mm in 48 hours", "unattributed", None, None)),
    (A5, "20 million", ("The government has released 20 million euros in emergency funds", "official",
                        "a spokesperson", "said")),
    (PR1, "$48.2 million", ("revenue of $48.2 million for the third quarter, up 31% from a year earlier", "official",
                            "Kestrel Analytics, Inc", "reported")),
    (PR2, "$85 million", ("it would invest $85 million in a new packaging plant that will employ 240 people", "official",
                          "Brightwater Foods", "said")),
    (PR2, "Construction", ("Construction is expected to begin in June", "unattributed", None, None)),
    (N1, "2,150 adults", ("The survey of 2,150 adults was carried out online between 4 and 11 August by the polling "
                          "firm Northpoll", "unattributed", None, None)),
])
def test_article_rows(article, needle, row):
    assert attribution_row(article, "en", PUB, needle) == row


@pytest.mark.parametrize("line", [
    "Press contact: Jane Doe, +1 555 201 3344, jane.doe@acmelogistics.com",
    "Media inquiries: press@harbourline.co.uk or +44 20 7946 0958",
    "For further information, contact Ines Moreau at ines.moreau@veltra.fr.",
    "Investor contact: Raj Patel, (212) 555-0147",
])
def test_contact_lines_yield_no_claim(line):
    text = ("Acme opens Lagos hub\n\nAcme Logistics said on Tuesday it had opened a distribution hub in Lagos with "
            f"300 staff.\n\n{line}\n\nThe hub will handle 12,000 parcels a day, the company said.\n")
    got = article_claims(text, "en", PUB, 3, 3, ["contact", "inquiries", "information", "@"])
    assert "The hub will handle 12,000 parcels a day" in got


def test_about_with_a_figure_is_not_a_release_section():
    text = ("About 4,000 jobs to go at Acme\n\nAcme is a leading maker of tractors. It said on Monday it would cut 4,000 "
            "jobs.\n\nAbout 300 of them are in Ohio\n\nAcme is the largest employer in the county, officials said.\n")
    got = article_claims(text, "en", PUB, 5, 5, [])
    assert "it would cut 4,000 jobs" in got and "Acme is the largest employer in the county" in got
