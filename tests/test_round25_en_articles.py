"""Round 25, unseen English articles: a wildfire evacuation (local newspaper), a central bank decision (wire copy), a
nurses' strike (live blog with time stamps), a football transfer (club press release with a bare dateline), an
election count (government statement with an issuer line), a drought (regional news) and an energy company's
quarterly results (press release); claims, attribution (type, source, cue), quantities and
dates of each, and the lines that are furniture."""
from __future__ import annotations

from datetime import date

import pytest

from tests.span_checks import article_claims, claim_holding

PUB = date(2025, 9, 14)

A1 = 'Hundreds flee as Ridgeback fire jumps containment line\n\nBy Carla Menendez, Staff Writer | The Pine Valley Courier\n\nPublished Sept. 13, 2025\n\nAbout 2,300 residents of Ashford and Millbrook were ordered to leave their homes on Saturday after the Ridgeback fire crossed a containment line north of Highway 9.\n\nThe fire has burned 11,400 acres since it started on Tuesday and was 15% contained by Saturday evening, according to the state forestry department.\n\nSheriff Dana Whitlock said deputies had gone door to door in Millbrook overnight.\n\nAt least 37 homes and 12 outbuildings have been destroyed, county officials said.\n\nFire Chief Omar Haddad, who has led the county department since 2019, said 640 firefighters were on the lines.\n\n"The wind is our biggest enemy right now," Haddad said.\n\nAn evacuation centre at Millbrook High School had taken in 410 people by noon, the Red Cross said.\n\nSubscribe to the Courier for $1 a week\n'
A2 = 'Central bank of Norland holds rate at 4.25%, signals cut in December\n\nBy Tomas Berg\n\nOSLOVIK, Sept 11 (Reuters) - The Central Bank of Norland kept its benchmark interest rate unchanged at 4.25% on Thursday, as expected by all 19 economists polled by Reuters, but said it was likely to cut borrowing costs in December.\n\nGovernor Ingrid Sol told a news conference that inflation had slowed to 2.6% in August from 3.1% in July.\n\nThe bank cut its 2025 growth forecast to 1.2% from 1.5%, citing weaker exports to Europe.\n\nPolicymakers voted 5-2 to hold the rate, with two members favouring a quarter-point cut, the bank said in a statement.\n\nThe krone edged up to 10.82 per euro after the decision.\n\nThe bank has raised rates by a total of 350 basis points since March 2022.\n\nReporting by Tomas Berg; Editing by Alison Grey\n'
A3 = 'Live: Nurses strike at St Aldric\'s hospitals\n\nOur live coverage of the strike has ended.\n\n16:20 BST - Around 3,500 nurses at the St Aldric\'s NHS Trust have walked out in a 48-hour strike over pay, the Royal College of Nursing said.\n\n15:05 BST - The trust said 1,180 outpatient appointments and 94 planned operations had been postponed.\n\n14:30 BST - Health Secretary Paul Dunmore said the government\'s offer of a 4.5% rise was "fair and final".\n\n13:10 BST - A union spokeswoman said nurses had been offered up to 3% last year.\n\n12:00 BST - Emergency departments remain open, the trust said, and patients should attend as normal.\n\n11:45 BST - Picket lines formed at 6 sites across the city on Monday morning.\n\nShare this page\n'
A4 = 'Harbourside FC Completes Signing of Midfielder Tomas Vik\n\nHARBOURSIDE, England, Sept. 1, 2025 -- Harbourside Football Club today announced the signing of Norwegian midfielder Tomas Vik from Vestby IL on a five-year contract.\n\nThe fee is a club-record £38 million, rising to £45 million with add-ons, according to people familiar with the deal.\n\nVik, 23, scored 14 goals in 31 league appearances for Vestby last season.\n\nManager Rui Saldanha said the club had tracked the player for two seasons.\n\n"Tomas gives us energy and goals from midfield," Saldanha said.\n\nThe signing is Harbourside\'s fifth of the summer, taking the club\'s spending to £112 million.\n\nAbout Harbourside FC\nHarbourside FC was founded in 1889 and plays at the 41,000-seat Quayside Stadium.\n\nMedia contact: press@harbourside.example\n'
A5 = 'Statement on the count in the Eastmoor by-election\n\nIssued by the Electoral Commission of Westland on 12 September 2025\n\nThe count in the Eastmoor by-election was completed at 03:40 on Friday, the returning officer confirmed.\n\nA total of 41,862 valid votes were cast, a turnout of 52.4%, up from 47.9% at the general election in 2024.\n\nMaria Delgado of the Green Alliance won with 18,930 votes, a majority of 2,411 over the Labour Union candidate.\n\nThe commission said 312 ballot papers were rejected, most of them because they were unmarked.\n\nA recount of 4 ballot boxes was requested by the Labour Union and completed on Friday morning.\n\nThe commission will publish a full report within 30 days.\n\nEnds\nFor media enquiries please call the press office.\n'
B1 = 'Drought forces water rationing in three provinces\n\nBy Ana Ruiz | Regional Affairs\n\nAuthorities in three northern provinces have begun rationing water after the driest summer in 60 years, officials said on Saturday.\n\nReservoirs serving the region were at 18% of capacity at the end of August, down from 41% a year earlier, the water agency said in its weekly report.\n\nHouseholds in 140 towns will receive water for 12 hours a day from Monday, the regional government announced.\n\nFarmers\' union leader Pedro Salas said the cuts would cost growers about 200 million euros.\n\n"We have never seen anything like this," said Salas, who has farmed in the valley for 30 years.\n\nThe government has promised emergency aid of up to 50 million euros, Agriculture Minister Elena Costa told parliament on Thursday.\n\nRainfall since January has been 62% below the long-term average, according to the national weather service.\n\nRead more: How climate change is drying out southern Europe\n'
B2 = 'Corvane Energy Reports Third-Quarter 2025 Results\n\nHOUSTON, Oct. 30, 2025 /PRNewswire/ -- Corvane Energy, Inc. (NYSE: CVE) today reported third-quarter net income of $312 million, or $1.04 per share, compared with $198 million, or 66 cents per share, a year earlier.\n\nRevenue rose 14% to $2.7 billion, topping analysts\' average estimate of $2.5 billion.\n\nProduction averaged 410,000 barrels of oil equivalent per day, up 6% from the second quarter.\n\n"Our Permian assets delivered another record quarter," said Chief Executive Officer Dana Ruiz.\n\nThe company raised its quarterly dividend by 5% to 42 cents per share and said it expects full-year capital spending of $3.1 billion to $3.3 billion.\n\nCorvane repurchased 4.2 million shares during the quarter.\n\nAbout Corvane Energy\nCorvane Energy is an independent oil and gas producer headquartered in Houston.\n\nInvestor Contact: ir@corvane.example\n'


@pytest.mark.parametrize("article, lo, hi, furniture", [
    (A1, 10, 10, ["Carla Menendez", "Staff Writer", "Published", "Subscribe", "$1 a week"]),
    (A2, 9, 9, ["Tomas Berg", "OSLOVIK", "(Reuters)", "Reporting by", "polled by Reuters"]),
    (A3, 8, 8, ["live coverage", "BST", "Share this"]),
    (A4, 8, 8, ["HARBOURSIDE, England", "Sept. 1", "About Harbourside", "1889", "41,000", "Media contact"]),
    (A5, 7, 8, ["Issued by", "Ends", "media enquiries"]),
    (B1, 9, 9, ["Ana Ruiz", "Regional Affairs", "Read more"]),
    (B2, 9, 9, ["HOUSTON", "PRNewswire", "About Corvane", "headquartered", "Investor Contact", "average estimate"]),
])
def test_article_claims_and_furniture(article, lo, hi, furniture):
    article_claims(article, "en", PUB, lo, hi, furniture)


def _row(article: str, needle: str) -> tuple:
    c, a = claim_holding(article, "en", PUB, needle)
    return (c.text, a.type, a.source and a.source.text, a.cue and a.cue.text,
            [(q.text, q.value, q.unit, q.qualifier) for q in c.quantities], [d.value for d in c.dates])


@pytest.mark.parametrize("article, needle, row", [
    (A1, "2,300", ("About 2,300 residents of Ashford and Millbrook were ordered to leave their homes on Saturday after the "
                   "Ridgeback fire crossed a containment line north of Highway 9", "unattributed", None, None,
                   [("About 2,300 residents", 2300.0, "person", "about")], ["2025-09-13"])),
    (A1, "11,400", ("The fire has burned 11,400 acres since it started on Tuesday", "official",
                    "the state forestry department", "according to", [("11,400 acres", 11400.0, "acre", "exact")],
                    ["2025-09-09"])),
    (A1, "door to door", ("deputies had gone door to door in Millbrook overnight", "official", "Sheriff Dana Whitlock",
                          "said", [], [])),
    (A1, "outbuildings", ("At least 37 homes and 12 outbuildings have been destroyed", "anonymous", "county officials",
                          "said", [("At least 37 homes", 37.0, "home", "at_least"),
                                   ("12 outbuildings", 12.0, "building", "exact")], [])),
    (A1, "since 2019", ("Fire Chief Omar Haddad, who has led the county department since 2019", "unattributed", None,
                        None, [], ["2019"])),
    (A1, "640", ("640 firefighters were on the lines", "official", "Fire Chief Omar Haddad", "said",
                 [("640 firefighters", 640.0, "person", "exact")], [])),
    (A1, "410", ("An evacuation centre at Millbrook High School had taken in 410 people by noon", "official",
                 "the Red Cross", "said", [("410 people", 410.0, "person", "exact")], [])),
    (A2, "on Thursday", ("The Central Bank of Norland kept its benchmark interest rate unchanged at 4.25% on Thursday",
                         "unattributed", None, None, [("4.25%", 4.25, "percent", "exact")], ["2025-09-11"])),
    (A2, "borrowing costs", ("it was likely to cut borrowing costs in December", "official",
                             "The Central Bank of Norland", "said", [], ["2025-12"])),
    (A2, "2.6%", ("inflation had slowed to 2.6% in August from 3.1% in July", "official", "Governor Ingrid Sol", "told",
                  [("2.6%", 2.6, "percent", "exact"), ("3.1%", 3.1, "percent", "exact")], ["2025-08", "2025-07"])),
    (A2, "10.82", ("The krone edged up to 10.82 per euro after the decision", "unattributed", None, None,
                   [("10.82 per euro", 10.82, "XXX/EUR", "exact")], [])),  # round 33: a bare rate, of no named country
    (A2, "350", ("The bank has raised rates by a total of 350 basis points since March 2022", "unattributed", None, None,
                 [("350 basis points", 350.0, "basis_point", "exact")], ["2022-03"])),
    (A3, "3,500", ("Around 3,500 nurses at the St Aldric's NHS Trust have walked out in a 48-hour strike over pay",
                   "official", "the Royal College of Nursing", "said",
                   [("Around 3,500 nurses", 3500.0, "person", "about"), ("48-hour", 48.0, "hour", "exact")], [])),
    (A3, "1,180", ("1,180 outpatient appointments and 94 planned operations had been postponed", "official", "The trust",
                   "said", [("1,180 outpatient appointments", 1180.0, "appointment", "exact"),
                            ("94 planned operations", 94.0, "operation", "exact")], [])),
    (A3, "4.5%", ("the government's offer of a 4.5% rise was \"fair and final\"", "official",
                  "Health Secretary Paul Dunmore", "said", [("4.5%", 4.5, "percent", "exact")], [])),
    (A3, "last year", ("nurses had been offered up to 3% last year", "official", "A union spokeswoman", "said",
                       [("up to 3%", 3.0, "percent", "at_most")], ["2024"])),
    (A3, "Picket", ("Picket lines formed at 6 sites across the city on Monday morning", "unattributed", None, None,
                    [("6 sites", 6.0, "site", "exact")], ["2025-09-08"])),
    (A4, "five-year", ("Harbourside Football Club today announced the signing of Norwegian midfielder Tomas Vik from "
                       "Vestby IL on a five-year contract", "official", "Harbourside Football Club", "announced",
                       [("five-year", 5.0, "year", "exact")], ["2025-09-01"])),  # the release's own day (round 26)
    (A4, "club-record", ("The fee is a club-record £38 million, rising to £45 million with add-ons", "anonymous",
                         "people familiar with the deal", "according to",
                         [("£38 million", 38e6, "GBP", "exact"), ("£45 million", 45e6, "GBP", "exact")], [])),
    (A4, "tracked", ("the club had tracked the player for two seasons", "named", "Manager Rui Saldanha", "said",
                     [("two seasons", 2.0, "season", "exact")], [])),
    (A4, "£112 million", ("taking the club's spending to £112 million", "unattributed", None, None,
                          [("£112 million", 112e6, "GBP", "exact")], [])),
    (A5, "03:40", ("The count in the Eastmoor by-election was completed at 03:40 on Friday", "official",
                   "the returning officer", "confirmed", [], ["2025-09-12"])),
    (A5, "41,862", ("A total of 41,862 valid votes were cast, a turnout of 52.4%, up from 47.9% at the general election "
                    "in 2024", "unattributed", None, None,
                    [("41,862 valid votes", 41862.0, "vote", "exact"), ("52.4%", 52.4, "percent", "exact"),
                     ("47.9%", 47.9, "percent", "exact")], ["2024"])),
    (A5, "18,930", ("Maria Delgado of the Green Alliance won with 18,930 votes, a majority of 2,411 over the Labour Union "
                    "candidate", "unattributed", None, None,
                    [("18,930 votes", 18930.0, "vote", "exact"), ("2,411", 2411.0, None, "exact")], [])),
    (B1, "18%", ("Reservoirs serving the region were at 18% of capacity at the end of August, down from 41% a year "
                 "earlier", "official", "the water agency", "said", [("18%", 18.0, "percent", "exact"),
                                                                     ("41%", 41.0, "percent", "exact")], ["2025-08"])),
    (B1, "140 towns", ("Households in 140 towns will receive water for 12 hours a day from Monday", "official",
                       "the regional government", "announced", [("140 towns", 140.0, "city", "exact"),
                                                                ("12 hours", 12.0, "hour/day", "exact")], ["2025-09-15"])),
    (B1, "emergency aid", ("The government has promised emergency aid of up to 50 million euros", "official",
                           "Agriculture Minister Elena Costa", "told", [("up to 50 million euros", 50e6, "EUR", "at_most")],
                           [])),
    (B1, "62%", ("Rainfall since January has been 62% below the long-term average", "official",
                 "the national weather service", "according to", [("62%", 62.0, "percent", "exact")], ["2025-01"])),
    (B2, "Revenue rose", ("Revenue rose 14% to $2.7 billion", "unattributed", None, None,
                          [("14%", 14.0, "percent", "exact"), ("$2.7 billion", 2.7e9, "USD", "exact")], [])),
    (B2, "repurchased", ("Corvane repurchased 4.2 million shares during the quarter", "unattributed", None, None,
                         [("4.2 million shares", 4.2e6, "share", "exact")], [])),
    (B2, "capital spending", ("it expects full-year capital spending of $3.1 billion to $3.3 billion", "official",
                              "The company", "said", [("$3.1 billion", 3.1e9, "USD", "at_least"),
                                                      ("$3.3 billion", 3.3e9, "USD", "at_most")], [])),
    (A5, "30 days", ("The commission will publish a full report within 30 days", "unattributed", None, None,
                     [("30 days", 30.0, "day", "exact")], [])),
])
def test_article_rows(article, needle, row):
    assert _row(article, needle) == row
