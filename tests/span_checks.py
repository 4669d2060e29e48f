"""Shared by the extraction tests: quantities, dates and attribution frames of a text as comparable
rows, each span checked against the text it claims to cover (offsets index the original text)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.quantities import find_quantities
from factcheck.pipeline import analyze

QUANTITY_FIELDS = ("text", "value", "unit", "qualifier", "total")


def quantity_rows(text: str, language: str, fields: tuple[str, ...] = QUANTITY_FIELDS) -> list[tuple]:
    """``fields`` of every quantity in ``text``, in text order."""
    out = find_quantities(text, 0, len(text), language)
    assert all(text[q.start:q.end] == q.text for q in out)
    return [tuple(getattr(q, f) for f in fields) for q in out]


def approx_rows(expected: list[tuple]) -> list[tuple]:
    """Expected ``quantity_rows`` (text, value, unit, qualifier, total) with each value compared approximately."""
    return [(s, pytest.approx(v), u, q, t) for s, v, u, q, t in expected]


def date_rows(text: str, language: str, published: date | None, precision: bool = False) -> list[tuple]:
    """(text, ISO value) of every date in ``text``, and its precision when ``precision``; relative ones
    resolved against ``published``."""
    out = find_dates(text, 0, len(text), language, published)
    assert all(text[d.start:d.end] == d.text for d in out)
    return [(d.text, d.value, d.precision) if precision else (d.text, d.value) for d in out]


def frame_rows(text: str, language: str, published: date | None, cited: bool = False) -> list[tuple]:
    """(claim, type, source, cue) of each claim of ``text``, and the cited source when ``cited``; every
    span of the claim, its subject and its attribution must index ``text`` exactly."""
    out = []
    for c in analyze(text, language, published).claims:
        a = c.attribution
        for sp in (c, c.subject, a.source, a.cue, a.cited):
            assert sp is None or text[sp.start:sp.end] == sp.text
        row = (c.text, a.type, a.source and a.source.text, a.cue and a.cue.text)
        out.append((*row, a.cited and a.cited.text) if cited else row)
    return out


def subject_rows(text: str, language: str, published: date | None) -> list[tuple[str, str | None, str | None]]:
    """(text, event, subject text) per claim, after checking that every claim and subject span holds its text."""
    out = []
    for c in analyze(text, language, published).claims:
        assert text[c.start:c.end] == c.text
        assert c.subject is None or text[c.subject.start:c.subject.end] == c.subject.text
        out.append((c.text, c.event, c.subject.text if c.subject else None))
    return out


def event_and_subject(text: str, language: str, published: date | None) -> tuple[str | None, str | None]:
    """(event, subject text) of the one claim ``text`` yields; the subject span must index ``text``."""
    claims = analyze(text, language, published).claims
    assert len(claims) == 1, [c.text for c in claims]
    subject = claims[0].subject
    assert subject is None or text[subject.start:subject.end] == subject.text
    return claims[0].event, subject.text if subject else None


def article_claims(text: str, language: str, published: date | None, lo: int, hi: int,
                   furniture: list[str]) -> dict:
    """claim text → Claim of a whole article, after checking that every span of each claim (claim,
    subject, attribution, quantities, dates) indexes ``text``, that the article yields ``lo``..``hi``
    claims and that no ``furniture`` line leaks into one."""
    claims = analyze(text, language, published).claims
    for c in claims:
        a = c.attribution
        for sp in (c, c.subject, a.source, a.cue, a.cited, *c.quantities, *c.dates):
            assert sp is None or text[sp.start:sp.end] == sp.text
    got = {c.text: c for c in claims}
    assert lo <= len(claims) <= hi, list(got)
    for word in furniture:
        assert not any(word in t for t in got), (word, list(got))
    return got


def typed_source(claim) -> tuple[str, str | None]:
    """(attribution type, source text) of a claim."""
    a = claim.attribution
    return a.type, a.source.text if a.source else None


def claim_holding(text: str, language: str, published: date | None, needle: str):
    """(claim, attribution) of the one claim of ``text`` whose text holds ``needle``; the claim's and
    its attribution's spans must index ``text``."""
    claims = analyze(text, language, published).claims
    found = [c for c in claims if needle in c.text]
    assert len(found) == 1, [c.text for c in claims]
    c = found[0]
    a = c.attribution
    for sp in (c, a.source, a.cue, a.cited):
        assert sp is None or text[sp.start:sp.end] == sp.text
    return c, a


def attribution_row(text: str, language: str, published: date | None, needle: str) -> tuple:
    """(claim, type, source, cue) of the one claim of ``text`` holding ``needle``."""
    c, a = claim_holding(text, language, published, needle)
    return c.text, a.type, a.source and a.source.text, a.cue and a.cue.text
