"""Arabic source heads: a ministry's بلاغ is its formal voice like بيان (official); unnamed groups of
people (farmers, passengers, patients, villagers ...) are anonymous like سكان في منطقة ..."""
import datetime

import pytest

from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)


def _attribution(text: str):
    claims = analyze(f"عنوان\n{text}", "ar", PUB).claims
    assert len(claims) == 1, [c.text for c in claims]
    a = claims[0].attribution
    return a.type, a.source.text if a.source else None


@pytest.mark.parametrize("text, kind, source", [
    ("وأفاد بلاغ لوزارة الداخلية بأن الشرطة اعتقلت 5 أشخاص في الدار البيضاء.", "official", "بلاغ لوزارة الداخلية"),
    ("وقال بيان لوزارة الصحة إن 12 شخصاً أصيبوا.", "official", "بيان لوزارة الصحة"),
    ("وقال فلاحون في ولاية تيارت إن المحصول تراجع بنسبة 40%.", "anonymous", "فلاحون في ولاية تيارت"),
    ("وأكد ركاب على متن الطائرة أن الرحلة تأخرت 6 ساعات.", "anonymous", "ركاب على متن الطائرة"),
    ("وقال مرضى في المستشفى إن 3 أجهزة توقفت.", "anonymous", "مرضى في المستشفى"),
    ("وقال أهالي القرية إن 20 منزلاً تضررت.", "anonymous", "أهالي القرية"),
    ("وقال صيادون في ميناء صفاقس إن الصيد تراجع بنسبة 30%.", "anonymous", "صيادون في ميناء صفاقس"),
    ("وقال أحد السكان إن المياه انقطعت منذ 3 أيام.", "anonymous", "أحد السكان"),
    ("وقال سكان في منطقة ماركا إن 20 منزلاً تضررت.", "anonymous", "سكان في منطقة ماركا"),
])
def test_arabic_source_heads(text, kind, source):
    assert _attribution(text) == (kind, source)
