"""Round 25 cleanup: a capitalised adjective of time or revision opening a sentence before a data noun
('Preliminary data showed', 'New figures', 'Latest estimates') is no owner of the data: with no earlier source
holding that noun the claim is the outlet's own, as 'according to preliminary data' is. An owner's name
('Eurostat data', 'New York data', 'Early Reuters estimates') and a state modifier ('Official figures') still
type the source."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2025, 9, 14)


@pytest.mark.parametrize("sentence, row", [
    ("Preliminary data showed that exports fell 3% in August.",
     ("exports fell 3% in August", "unattributed", "Preliminary data", "showed")),
    ("New figures released on Tuesday showed that 40,000 jobs were added in July.",
     ("40,000 jobs were added in July", "unattributed", "New figures", "showed")),
    ("Latest estimates suggest the deficit reached 6% of output.",
     ("the deficit reached 6% of output", "unattributed", "Latest estimates", "suggest")),
    ("Revised figures showed that growth was 0.4% in the second quarter.",
     ("growth was 0.4% in the second quarter", "unattributed", "Revised figures", "showed")),
    # unchanged: an owner or a state modifier
    ("Official figures showed that inflation eased to 2.1%.",
     ("inflation eased to 2.1%", "official", "Official figures", "showed")),
    ("Eurostat data showed that unemployment rose to 6.5%.",
     ("unemployment rose to 6.5%", "official", "Eurostat data", "showed")),
    ("New York data showed that rents rose 7% in the year to June.",
     ("rents rose 7% in the year to June", "official", "New York data", "showed")),
    ("Early Reuters estimates showed that turnout was 61%.",
     ("turnout was 61%", "named", "Early Reuters estimates", "showed")),
])
def test_capitalised_data_adjective_is_no_owner(sentence, row):
    assert frame_rows("Markets\n\n" + sentence, "en", PUB) == [row]


def test_bare_data_after_an_official_source_keeps_its_type():
    text = ("Markets\n\nOfficial figures showed that inflation eased to 2.1% in August. "
            "Revised figures showed that growth was 0.4% in the second quarter.")
    assert frame_rows(text, "en", PUB) == [
        ("inflation eased to 2.1% in August", "official", "Official figures", "showed"),
        ("growth was 0.4% in the second quarter", "official", "Revised figures", "showed"),
    ]
