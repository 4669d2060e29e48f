"""«وأوضحت الوزارة في نشرتها الشهرية أن ...»: a bulletin (نشرة) the source speaks through ends the source phrase, as
a statement or a report does («في بيانها»، «في تقريرها»): the source is the ministry alone."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("channel", ["في نشرتها الشهرية", "في نشرة أصدرتها أمس", "في نشرته الفصلية"])
def test_the_bulletin_is_the_channel(channel):
    text = f"ميزانية عمان\n\nوأوضحت الوزارة {channel} أن الإيرادات بلغت ٩٫٢ مليار ريال."
    got = [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text)
           for c in analyze(text, "ar", date(2025, 11, 20)).claims]
    assert got == [("الإيرادات بلغت ٩٫٢ مليار ريال", "official", "الوزارة")], got
