"""National and regional statistics agencies are official sources by name alone, in both languages: "Eurostat said",
"Destatis said", «قال الجهاز المركزي للتعبئة العامة والإحصاء», «أعلنت الهيئة العامة للإحصاء». Before, a bare name
such as Eurostat was typed as a named person."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2025, 6, 10)


@pytest.mark.parametrize("text,language,source", [
    ("Unemployment in the eurozone held at 6.3% in April, Eurostat said on Monday.", "en", "Eurostat"),
    ("Destatis said industrial output fell 1.4% in May.", "en", "Destatis"),
    ("Inflation rose to 4.1% in May, Statistics Canada said.", "en", "Statistics Canada"),
    ("Turkstat said annual inflation eased to 35.4% in June.", "en", "Turkstat"),
    ("وقال الجهاز المركزي للتعبئة العامة والإحصاء إن التضخم تراجع إلى 24% في مايو.", "ar",
     "الجهاز المركزي للتعبئة العامة والإحصاء"),
    ("وأعلنت الهيئة العامة للإحصاء أن معدل البطالة بلغ 7.1% في الربع الأول.", "ar", "الهيئة العامة للإحصاء"),
], ids=["eurostat", "destatis", "statcan", "turkstat", "capmas", "gastat"])
def test_a_statistics_agency_is_official(text, language, source):
    rows = frame_rows(text, language, PUB)
    assert [(r[1], r[2]) for r in rows] == [("official", source)], rows
