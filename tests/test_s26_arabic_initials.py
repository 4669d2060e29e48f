"""Arabic initials written with periods («رجل الأعمال (ع. م.)»، «المتهم أ. ب.»), as Arab courts and papers name a
defendant, end no sentence: the claim runs on past them, with its figures. Before, «(ع.» ended a sentence and the
fine «50 مليون جنيه» went to a claim opening with «م.)»."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from factcheck.text.segment import segment


@pytest.mark.parametrize("text, first", [
    ("قضت المحكمة بسجن رجل الأعمال (ع. م.) وتغريمه 50 مليون جنيه. وقال المحامي إنه سيطعن.",
     "قضت المحكمة بسجن رجل الأعمال (ع. م.) وتغريمه 50 مليون جنيه."),
    ("أحالت النيابة المتهم أ. ب. إلى المحاكمة في مارس. وقال المحامي إنه سيطعن.",
     "أحالت النيابة المتهم أ. ب. إلى المحاكمة في مارس."),
    ("وقال د. أحمد زويل إن المشروع سيكتمل. وقال المحامي إنه سيطعن.", "وقال د. أحمد زويل إن المشروع سيكتمل."),
])
def test_initials_end_no_sentence(text, first):
    sentences = [s.text for s in segment(text)]
    assert sentences == [first, "وقال المحامي إنه سيطعن."]


def test_the_fine_stays_in_the_ruling():
    text = "قضت محكمة جنايات القاهرة بالسجن 10 سنوات على رجل الأعمال (ع. م.) وتغريمه 50 مليون جنيه."
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert len(claims) == 1
    assert [q.value for q in claims[0].quantities] == [10, 50_000_000]
    assert claims[0].text.startswith("قضت محكمة جنايات القاهرة")
