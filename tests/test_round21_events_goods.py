"""A purchase or sale of goods is no acquisition or player transfer: a count of something other than
companies, people, shares, a stake or money right after the trigger ('counts' in events.json)."""
import datetime

import pytest

from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)


def _event(text: str, language: str, needle: str):
    claims = [c for c in analyze(f"Headline\n{text}", language, PUB).claims if needle in c.text]
    assert len(claims) == 1, [c.text for c in analyze(f"Headline\n{text}", language, PUB).claims]
    return claims[0].event


@pytest.mark.parametrize("language, text, needle, event", [
    # goods: no event
    ("en", "The council will buy 60 electric buses for $30 million.", "60 electric buses", None),
    ("en", "The club sold 18,000 season tickets in July.", "season tickets", None),
    ("en", "Egypt purchased 240,000 tonnes of wheat from Russia.", "tonnes of wheat", None),
    ("en", "Qatar Airways will buy 20 Boeing jets.", "Boeing jets", None),
    ("ar", "وستشتري البلدية 60 حافلة كهربائية مقابل 30 مليون دولار.", "حافلة", None),
    ("ar", "واشترت مصر 240 ألف طن من القمح.", "القمح", None),
    ("ar", "وباع النادي 18 ألف تذكرة موسمية.", "تذكرة", None),
    # companies, people, shares, a stake or money: the event stays
    ("en", "Microsoft bought Activision for $69 billion.", "Activision", "acquisition"),
    ("en", "The group bought three startups last year.", "three startups", "acquisition"),
    ("en", "The fund bought a 12% stake in the bank.", "12% stake", "acquisition"),
    ("en", "The investor bought 2 million shares in the lender.", "2 million shares", "acquisition"),
    ("en", "The club signed two players on Friday.", "two players", "transfer"),
    ("ar", "واستحوذت الشركة على ثلاث شركات ناشئة.", "ثلاث شركات", "acquisition"),
    ("ar", "واشترى الصندوق حصة 12% في البنك.", "حصة", "acquisition"),
    ("ar", "وتعاقد النادي مع لاعبين اثنين.", "لاعبين", "transfer"),
])
def test_goods_are_no_acquisition_or_transfer(language, text, needle, event):
    assert _event(text, language, needle) == event
