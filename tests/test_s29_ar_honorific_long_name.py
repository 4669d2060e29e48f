"""An honorific before a long personal name and a title after it («الشيخ أحمد بن سعيد آل مكتوم، رئيس مجلس الإدارة،
قال») is an official's voice, as without the honorific: the honorific does not count against the name's length."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("name", ["الشيخ أحمد بن سعيد آل مكتوم", "أحمد بن سعيد آل مكتوم"])
def test_the_titled_long_name_is_official(name):
    text = f"عنوان الخبر\n\nوقال {name}، رئيس مجلس الإدارة والرئيس الأعلى للمجموعة، إن الأرباح ارتفعت 5%."
    got = [(c.attribution.type, c.attribution.source.text) for c in analyze(text, "ar", date(2025, 8, 14)).claims]
    assert got == [("official", name)], got
