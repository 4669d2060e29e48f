"""``dates.may_hold_dates``: the cheap test callers run before ``find_dates`` on many short spans (the time
adjuncts of reporting frames) must never say "no date" where ``find_dates`` finds one, for any reader (the
main grammar, weeks and quarters, counts back and ahead, windows, fiscal years), in either language."""
from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.dates import find_dates, may_hold_dates

DATA = Path(__file__).parent / "data"
PUB = date(2025, 9, 14)


@pytest.mark.parametrize("language, text", [
    ("en", "The model would launch next week."),
    ("en", "Falcon Air posted a profit in the second quarter."),
    ("en", "The plant closed three days ago."),
    ("en", "Prices rose 4% in the past 24 hours."),
    ("en", "Revenue in FY2025 fell."),
    ("en", "The vote was held on Tuesday."),
    ("en", "Talks resume in mid-March."),
    ("ar", "ستطلق الشركة النموذج الأسبوع المقبل."),
    ("ar", "أغلق المصنع قبل ثلاثة أيام."),
    ("ar", "ارتفعت الأسعار خلال الربع الأول."),
    ("ar", "عقد الاجتماع مطلع الشهر الجاري."),
    ("ar", "جرت الانتخابات في 9 مايو."),
    ("ar", "قال الوزير أمس إن الخطة جاهزة."),
])
def test_every_reader_has_an_anchor(language, text):
    assert find_dates(text, 0, len(text), language, PUB), text  # the case holds a date
    assert may_hold_dates(text, 0, len(text), language)


@pytest.mark.parametrize("language, text", [
    ("en", "The minister said the plan was good for the country."),
    ("ar", "قال الوزير إن الخطة جيدة للبلاد."),
])
def test_no_anchor_no_date(language, text):
    assert not may_hold_dates(text, 0, len(text), language)
    assert not find_dates(text, 0, len(text), language, PUB)


def _texts() -> list[tuple[str, str]]:
    out = []
    for language in ("ar", "en"):
        for name in (f"dates_{language}.jsonl", f"claims_{language}.jsonl", f"attribution_{language}.jsonl"):
            for line in (DATA / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    text = row.get("text") or row.get("sentence") or ""
                    if text:
                        out.append((language, text))
    return out


def test_never_no_where_a_reader_finds_a_date():
    """Every window of the project's dated, claim and attribution cases (word-aligned, seeded): a window where
    ``find_dates`` finds a date is one ``may_hold_dates`` lets through."""
    rng = random.Random(28)
    checked = dated = 0
    for language, text in _texts():
        bounds = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "] + [len(text)]
        for _ in range(12):
            a, b = sorted(rng.sample(bounds, 2)) if len(bounds) > 1 else (0, len(text))
            found = find_dates(text, a, b, language, PUB)
            checked += 1
            dated += bool(found)
            assert not found or may_hold_dates(text, a, b, language), (text[a:b], found)
    assert checked > 1000 and dated > 100  # the sample reaches many dated windows
