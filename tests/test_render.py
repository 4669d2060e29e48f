"""The stored claim documents lists serve must be exactly what the contract schema (ClaimSchema) dumps."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import seed_bodies

from factcheck.api.schemas import ClaimSchema
from factcheck.models import Attribution, Claim, DateRef, Quantity, Span
from factcheck.pipeline import analyze
from factcheck.store.rows import claim_to_row, doc_json, row_to_claim, row_to_doc

EXTRA = [
    "Acme Corp will lay off about 1,200 workers, a quarter of its 4,800-strong workforce, by March 2026, "
    "people familiar with the matter said on Friday, Reuters reported, citing Bloomberg.",
    "قال المتحدث باسم الوزارة إن 30 شخصاً على الأقل قتلوا أمس، ولم يتم التأكد من العدد.",
]


def _claims():
    out = []
    for body in seed_bodies():
        out += analyze(body["text"], body.get("language")).claims
    for text in EXTRA:
        out += analyze(text).claims
    out.append(Claim(start=0, end=3, text="abc", language="en", subject=Span(0, 1, "a"),
                     quantities=(Quantity(0, 1, "a", 5, None, "exact", 10),),
                     dates=(DateRef(0, 1, "a", "2024", True),),
                     attribution=Attribution("named", Span(0, 1, "a"), Span(1, 2, "b"), Span(2, 3, "c"), "media", True),
                     checkworthiness=1, negated=True, source_id=7))
    return [replace(c, id=f"x-{i}", article_id="x") for i, c in enumerate(out)]


@pytest.mark.parametrize("claim", _claims(), ids=lambda c: c.id)
def test_stored_document_equals_the_schema_dump_of_the_stored_claim(claim):
    """List pages serve ``doc_json`` of the stored row; it must be what ClaimSchema dumps for that row."""
    row = claim_to_row(claim, key_text="k", published_date=None)
    expected = ClaimSchema().dump(row_to_claim(row))
    assert row_to_doc(row) == expected
    assert json.loads(doc_json(row)) == expected
    assert "\\u" not in doc_json(row)  # Arabic unescaped, like every other response


@pytest.mark.parametrize("claim", _claims()[-3:], ids=lambda c: c.id)
def test_stored_quantity_and_date_records_are_the_dataclass_fields(claim):
    from dataclasses import asdict
    row = claim_to_row(claim, key_text="k", published_date=None)
    assert json.loads(row["quantities"]) == [asdict(q) for q in claim.quantities]
    assert json.loads(row["dates"]) == [asdict(d) for d in claim.dates]
