"""Round 23, English attribution and the shared type lexicons: the known defects.

1. A source carrying a relative clause on its anonymity ('a senior official who asked not to be named',
   'an official who was not authorised to speak publicly', 'a person familiar with the matter') is the
   source of a trailing frame however long the clause is ('..., X said.'), and of a leading one ('X said Y').
2. Unnamed role nouns are anonymous (the project's policy: 'Health officials in the province said' is
   anonymous): a plural role noun with an agent ending stays an unnamed group when the only capitalised
   word before it is the sentence's first word, a plain modifier ('Health inspectors report',
   'Federal investigators said'); a capitalised head ('Pacific Traders') or a name joined by 'and' ('Toyota
   and its suppliers') is not such a modifier.
3. A capitalised name ending in an organisation head word that is a plain word in lower case ('Kestrel
   Analytics', 'Northbridge Capital') is an organisation (official); one ending in a newspaper head word
   ('the Daily Ledger', 'the Coastal Herald') is an outlet (named, media). Arabic state bodies named by an
   institution head (المندوبية، مصلحة، السلطة) are official and government, like the English 'Authority' and
   'Commission' heads.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import attribution_row, claim_holding

from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


def _one(text: str, language: str, needle: str):
    return claim_holding(text, language, PUB, needle)


def _row(text: str, language: str, needle: str):
    return attribution_row(text, language, PUB, needle)


def _count(text: str, language: str = "en") -> int:
    return len(analyze(text, language, PUB).claims)


@pytest.mark.parametrize("text,needle,want", [
    ("The government plans to import 500,000 tonnes of duty-free maize before December, a senior official who "
     "asked not to be named said.", "maize",
     ("The government plans to import 500,000 tonnes of duty-free maize before December", "anonymous",
      "a senior official who asked not to be named", "said")),
    ("The regulator will fine the port operator $12 million, an official who was not authorised to speak publicly "
     "said.", "fine",
     ("The regulator will fine the port operator $12 million", "anonymous",
      "an official who was not authorised to speak publicly", "said")),
    ("The carrier will retire 14 of its oldest jets next year, two executives who declined to be identified "
     "because the plan is private told Bloomberg.", "jets",
     ("The carrier will retire 14 of its oldest jets next year", "anonymous",
      "two executives who declined to be identified because the plan is private", "told")),
    ("Talks on the pipeline stalled over a $300 million fee, one diplomat who spoke on condition of anonymity "
     "said on Friday.", "pipeline",
     ("Talks on the pipeline stalled over a $300 million fee", "anonymous",
      "one diplomat who spoke on condition of anonymity", "said")),
    ("The club has agreed a fee of 40 million euros for the striker, a person familiar with the negotiations "
     "said.", "striker",
     ("The club has agreed a fee of 40 million euros for the striker", "anonymous",
      "a person familiar with the negotiations", "said")),
    ("The mine will stay shut until March, three workers who were not authorized to talk to the press said.",
     "mine", ("The mine will stay shut until March", "anonymous",
              "three workers who were not authorized to talk to the press", "said")),
    # the leading position
    ("A senior official who asked not to be named said the government would import 200,000 tonnes of wheat.",
     "wheat", ("the government would import 200,000 tonnes of wheat", "anonymous",
               "A senior official who asked not to be named", "said")),
    ("An adviser who was not authorised to speak publicly said the budget would cut 4,000 posts.", "posts",
     ("the budget would cut 4,000 posts", "anonymous", "An adviser who was not authorised to speak publicly",
      "said")),
    ("Two bankers who declined to be identified because the talks are private said the bid was worth $1.2 "
     "billion.", "bid", ("the bid was worth $1.2 billion", "anonymous",
                         "Two bankers who declined to be identified because the talks are private", "said")),
])
def test_anonymous_source_with_relative_clause(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text", [
    "The government plans to import 500,000 tonnes of duty-free maize before December, a senior official who "
    "asked not to be named said.",
    "The regulator will fine the port operator $12 million, an official who was not authorised to speak publicly "
    "said.",
])
def test_trailing_anonymous_clause_is_no_claim(text):
    assert _count(text) == 1


@pytest.mark.parametrize("text,needle,want", [
    ("Health inspectors report that 14 restaurants failed hygiene checks in August.", "restaurants",
     ("14 restaurants failed hygiene checks in August", "anonymous", "Health inspectors", "report")),
    ("Food safety inspectors say 9 shops sold expired milk last month.", "milk",
     ("9 shops sold expired milk last month", "anonymous", "Food safety inspectors", "say")),
    ("Federal investigators report that the pilot had flown for 11 hours.", "pilot",
     ("the pilot had flown for 11 hours", "anonymous", "Federal investigators", "report")),
    ("Wildlife researchers say 300 elephants died in the drought.", "elephants",
     ("300 elephants died in the drought", "anonymous", "Wildlife researchers", "say")),
    ("Fire investigators said the blaze started in a kitchen on the third floor.", "blaze",
     ("the blaze started in a kitchen on the third floor", "anonymous", "Fire investigators", "said")),
    # not a plain modifier: a capitalised head, a name joined by 'and'
    ("Toyota and its suppliers said output would fall 5% this year.", "output",
     ("output would fall 5% this year", "official", "Toyota and its suppliers", "said")),
])
def test_plural_role_noun_after_initial_modifier(text, needle, want):
    assert _row(text, "en", needle) == want


@pytest.mark.parametrize("text,needle,want", [
    ("Kestrel Analytics said rents rose 6% in the second quarter.", "rents",
     ("rents rose 6% in the second quarter", "official", "Kestrel Analytics", "said", "company")),
    ("Northbridge Capital said in a note that inflation would peak at 4.2% in March.", "inflation",
     ("inflation would peak at 4.2% in March", "official", "Northbridge Capital", "said", "company")),
    ("Rents in the capital rose 9% last year, according to Harlow Economics.", "Rents",
     ("Rents in the capital rose 9% last year", "official", "Harlow Economics", "according to", "company")),
    ("Bluewater Ventures said it would invest $25 million in the startup.", "invest",
     ("it would invest $25 million in the startup", "official", "Bluewater Ventures", "said", "company")),
    ("The Daily Ledger reported that the mayor spent $40,000 on travel.", "mayor",
     ("the mayor spent $40,000 on travel", "named", "The Daily Ledger", "reported", "media")),
    ("The county spent $2 million on the bridge, the Coastal Herald reported.", "bridge",
     ("The county spent $2 million on the bridge", "named", "the Coastal Herald", "reported", "media")),
    ("According to the Valley Gazette, 30 families were moved from the flood plain.", "families",
     ("30 families were moved from the flood plain", "named", "the Valley Gazette", "According to", "media")),
    # a lower-case 'capital' is no organisation head
    ("A man in the capital said the queues were 3 hours long.", "queues",
     ("the queues were 3 hours long", "named", "A man in the capital", "said", "person")),
])
def test_organisation_and_outlet_name_heads(text, needle, want):
    c, a = _one(text, "en", needle)
    assert (c.text, a.type, a.source.text, a.cue.text, a.source_kind) == want


@pytest.mark.parametrize("text,needle,want", [
    ("وقالت المندوبية السامية للتخطيط إن معدل البطالة بلغ 13.1 في المئة.", "البطالة",
     ("معدل البطالة بلغ 13.1 في المئة", "official", "المندوبية السامية للتخطيط", "government")),
    ("وأعلنت مصلحة الضرائب أن الإيرادات ارتفعت 8 في المئة.", "الإيرادات",
     ("الإيرادات ارتفعت 8 في المئة", "official", "مصلحة الضرائب", "government")),
    ("وقالت السلطة الوطنية للانتخابات إن نسبة المشاركة بلغت 45 في المئة.", "المشاركة",
     ("نسبة المشاركة بلغت 45 في المئة", "official", "السلطة الوطنية للانتخابات", "government")),
    ("وقالت مندوبية التخطيط إن النمو بلغ 3 في المئة.", "النمو",
     ("النمو بلغ 3 في المئة", "official", "مندوبية التخطيط", "government")),
    ("وقالت سلطة النقد إن الودائع ارتفعت 4 في المئة.", "الودائع",
     ("الودائع ارتفعت 4 في المئة", "official", "سلطة النقد", "government")),
])
def test_arabic_state_body_heads(text, needle, want):
    c, a = _one(text, "ar", needle)
    assert (c.text, a.type, a.source.text, a.source_kind) == want


@pytest.mark.parametrize("text,needle", [
    ("Deutsche Post said parcel volumes fell 3% in August.", "parcel"),
    ("American Express said card spending rose 4% in the quarter.", "card"),
    ("Euro-Med Human Rights Monitor said 30 people were killed in the strike.", "killed"),
])
def test_outlet_head_needs_the(text, needle):
    """Without 'the', an outlet head word ends a firm's or a group's name, not a newspaper's."""
    c, a = _one(text, "en", needle)
    assert a.source_kind != "media" and a.source.text == text[:text.index(" said")]
