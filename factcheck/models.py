"""Plain values that flow through the pipeline: frozen dataclasses, no behaviour beyond helpers.

Every object that points into an article carries ``start``/``end`` code-point offsets into the
article text exactly as submitted, and the ``text`` found there (``article[start:end] == text``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ATTRIBUTION_TYPES = ("named", "anonymous", "official", "unattributed")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most", "less_than")
LANGUAGES = ("ar", "en")
RELATIONS = ("agrees", "conflicts", "related", "unrelated")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph, sentence or clause of the article."""

    start: int
    end: int
    text: str
    paragraph: int = 0
    headline: bool = False
    furniture: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised amount: ``value`` in base units (4.3 مليار → 4.3e9), ``total`` for part-of-total."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    qualifier: str = "exact"
    total: float | None = None


_PRECISION = {4: "year", 7: "month", 10: "day"}


def date_precision(value: str) -> str:
    """``year``, ``month`` or ``day`` for an ISO value ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return _PRECISION.get(len(value), "day")


@dataclass(frozen=True, slots=True)
class DateRef:
    """A calendar reference resolved to ISO at its precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""

    start: int
    end: int
    text: str
    value: str
    relative: bool = False

    @property
    def precision(self) -> str:
        return date_precision(self.value)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who stands behind a claim: the type, and the source and cue phrases as spans."""

    type: str = "unattributed"
    source: Span | None = None
    cue: Span | None = None
    cited: Span | None = None  # nested chain: the source the immediate source cites
    source_kind: str | None = None  # media / company / person / government / anonymous-group
    carried: bool = False  # inherited from an earlier sentence of the same report
    cited_type: str | None = None  # the attribution type the cited source would have on its own

    @property
    def rests_on(self) -> str:
        """The type of the source the claim rests on at the end of its chain: the cited source's where there is
        one ('Reuters, citing an official who declined to be named' → anonymous), else the claim's own."""
        return self.cited_type or self.type


UNATTRIBUTED = Attribution()


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic, checkable proposition with its span and everything extracted from it."""

    start: int
    end: int
    text: str
    language: str
    event: str | None = None
    subject: Span | None = None
    subject_key: str | None = None
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    attribution: Attribution = UNATTRIBUTED
    checkworthiness: float = 0.5
    negated: bool = False
    sentence: int = 0
    # set once stored
    id: str | None = None
    article_id: str | None = None
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline found in one article."""

    language: str
    segments: tuple[Segment, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article (``text`` omitted from list views)."""

    id: str
    sha256: str
    language: str
    ingested_at: str
    claim_count: int
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: str | None = None
    text: str | None = None
    claims: tuple[Claim, ...] | None = None


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """A validated article submission."""

    text: str
    language: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: str | None = None  # ISO 8601 as given (normalised)
    published_date: date | None = None  # the calendar date relative dates resolve against
    extra: dict = field(default_factory=dict)
