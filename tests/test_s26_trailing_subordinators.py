"""A conjunction of time cut off from its clause by the frame that opens there («…، بعدما كشفت التحقيقات أن …», '…,
when investigators said …') does not end the claim before it."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, lang, first", [
    ("وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة في مارس الماضي، بعدما كشفت التحقيقات أن قيمة الأراضي "
     "بلغت نحو 1.2 مليار جنيه.", "ar", "وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة في مارس الماضي"),
    ("أغلقت السلطات الطريق في 3 مارس، عندما قالت الشرطة إن 12 شخصا أصيبوا.", "ar", "أغلقت السلطات الطريق في 3 مارس"),
    ("Prosecutors charged the four men in March, when investigators said the land was worth $40 million.", "en",
     "Prosecutors charged the four men in March"),
])
def test_a_time_conjunction_before_a_frame_ends_no_claim(text, lang, first):
    claims = analyze(text, lang, date(2025, 9, 10)).claims
    assert claims[0].text == first
    assert len(claims) == 2 and claims[1].attribution.type != "unattributed"



def test_a_conjunction_closing_the_sentence_stays():
    # a conjunction of time right before the sentence's end opens nothing after it: the rule leaves such a claim whole
    text = "Officials said the plant would reopen in March, when repairs end."
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == ["the plant would reopen in March, when repairs end"]
