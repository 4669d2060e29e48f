"""Report times: a figure dated long before the other telling's report is of another time.

Needs: a ``Relation`` from ``relate``, both claims' keys and the publication dates of their articles.
Adds: ``reported_apart``. ``relate`` sees only what the claims say; an undated claim in a news report
("17 people were killed") speaks of the time of its report. When the other telling's figures are
dated, and the whole dated period ended well before that report ("since 2019, when 22 people
died"), the two figures are of different times: history beside the news, not a contradiction.
Only conflicts of figures are re-read (a count changes over time; who did what does not), and only
when the undated side's publication date is known (stored articles, ``/v1/compare`` with
``published_at``).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from .features import fmt_date
from .keys import ClaimKeys
from .relate import Relation

# a report tells figures of the past weeks, or of the last quarter or year (results come out weeks
# after their period; a quarter may be dated by its first month), without dating them
GRACE = timedelta(days=92)


def period_end(iso: str) -> date | None:
    """The last day of an ISO date at its precision ("2019" → 31 December 2019), None if invalid."""
    try:
        y = int(iso[:4])
        if len(iso) == 4:
            return date(y, 12, 31)
        m = int(iso[5:7])
        if len(iso) == 7:
            return date(y, m, calendar.monthrange(y, m)[1])
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _long_before(dated: ClaimKeys, report: date) -> str | None:
    """The dated side's latest date when its whole period ended more than ``GRACE`` before ``report``."""
    ends = [(e, d) for d in dated.dates if (e := period_end(d)) is not None]
    if not ends:
        return None
    end, latest = max(ends)
    return latest if end + GRACE < report else None


def reported_apart(rel: Relation, ka: ClaimKeys, kb: ClaimKeys, published_a: date | None,
                   published_b: date | None) -> Relation:
    """``rel``, or "related" when it is a conflict of figures between an undated claim and one dated
    wholly before the undated claim's report (``published_a``/``published_b``: the articles' dates)."""
    if rel.relation != "conflicts" or bool(ka.dates) == bool(kb.dates):
        return rel
    if not (ka.quantities or ka.numbers) or not (kb.quantities or kb.numbers):
        return rel
    undated, dated, report = (ka, kb, published_a) if not ka.dates else (kb, ka, published_b)
    if report is None:
        return rel
    latest = _long_before(dated, report)
    if latest is None:
        return rel
    reason = f"different times: {fmt_date(latest)} vs the report of {fmt_date(report.isoformat())}"
    return Relation("related", rel.score, (reason,) + rel.reasons)
