"""A scaled decimal is the number written: "$4.1 million" is 4100000, not the binary product 4099999.9999999995,
in both languages and through the API's stored claims; a fraction of a total keeps 12 significant digits."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


@pytest.mark.parametrize("text, language, value", [
    ("President John Mahama pledged $4.1 million in emergency aid.", "en", 4_100_000),
    ("The fund lost 0.7 billion dollars.", "en", 700_000_000),
    ("Output reached 3.3 million barrels.", "en", 3_300_000),
    ("تعهد الرئيس بتقديم 4.1 مليون دولار.", "ar", 4_100_000),
    ("بلغت الصادرات ٤٫١ مليون طن.", "ar", 4_100_000),
    ("بلغ الدين 1.15 تريليون جنيه.", "ar", 1_150_000_000_000),
])
def test_scaled_decimal_is_the_written_number(text, language, value):
    q, = find_quantities(text, 0, len(text), language)
    assert q.value == value and repr(q.value) == repr(float(value))


def test_a_fraction_of_a_total_keeps_twelve_digits():
    text = "Around two-thirds of the airline's 1,450 pilots are union members."
    q, = find_quantities(text, 0, len(text), "en")
    assert q.total == 1450 and q.value == 966.666666667


def test_stored_claim_serves_the_written_number(client):
    r = client.post("/v1/articles", json={"text": "Ghana pledged $4.1 million in emergency aid on Sunday.",
                                         "language": "en", "published_at": "2025-09-14T10:00:00Z"})
    assert r.status_code == 201
    (claim,) = r.get_json()["claims"]
    assert claim["quantities"][0]["value"] == 4100000.0
    stored = client.get(f"/v1/claims/{claim['id']}").get_data(as_text=True)
    assert "4099999" not in stored and '"value":4100000.0' in stored.replace(" ", "")
