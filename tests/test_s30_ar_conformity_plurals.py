"""«وفق الأنظمة», «وفقاً للقوانين», «طبقاً للوائح»: the plural of an instrument one acts in conformity with is no
source, as its singular (وفق النظام، وفقاً للقانون) is not: the speaker's frame and the whole content stay."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("instrument", ["وفق الأنظمة", "وفقاً للقوانين", "وفق اللوائح", "وفق القانون",
                                        "وفقاً للتشريعات", "وفق الأصول"])
def test_the_instrument_is_no_source(instrument):
    text = f"إعادة هيكلة\n\nوأكد الوزير أن التعيينات الجديدة ستتم {instrument}."
    got = [(c.text, c.attribution.source and c.attribution.source.text)
           for c in analyze(text, "ar", date(2025, 11, 20)).claims]
    assert got == [(f"التعيينات الجديدة ستتم {instrument}", "الوزير")], got
