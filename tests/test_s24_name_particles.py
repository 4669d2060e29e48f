"""Place and person names joined by lowercase particles of Arabic, Dutch and German origin
('Dar es Salaam', 'Abd ul Rahman', 'Salah ud Din', 'Gerard ter Stegen', 'Karl zu Guttenberg') are one name, as
'von der Leyen' and 'bin Salman' were; English words between names ('Smith as chief executive') join nothing."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import subject_rows

PUB = date(2026, 1, 14)


@pytest.mark.parametrize("text, subject", [
    ("Dar es Salaam handled 25 million tonnes of cargo last year.", "Dar es Salaam"),
    ("Marc-Andre ter Stegen signed a new contract worth 20 million euros.", "Marc-Andre ter Stegen"),
    ("Karl-Theodor zu Guttenberg resigned as defence minister in 2011.", "Karl-Theodor zu Guttenberg"),
], ids=["dar-es-salaam", "ter-stegen", "zu-guttenberg"])
def test_a_particle_joins_a_name(text, subject):
    rows = subject_rows(text, "en", PUB)
    assert [r[2] for r in rows] == [subject], rows


def test_no_fragment_of_the_name_is_a_subject():
    rows = subject_rows("The port has lost market share to Dar es Salaam in recent years.", "en", PUB)
    assert rows[0][2] in (None, "The port", "Dar es Salaam"), rows


def test_as_joins_nothing():
    rows = subject_rows("The board named Smith as Chief Executive in March 2025.", "en", PUB)
    assert all(r[2] is None or " as " not in r[2] for r in rows), rows
