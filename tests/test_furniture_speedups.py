"""Furniture's shortcuts (no interface count past WIDGET_MAX_WORDS, token starts reused from the article
index) flag exactly the sentences the plain path flags."""
from __future__ import annotations

import pytest

from factcheck.extract.tokens import text_tokens
from factcheck.text.furniture import WIDGET_MAX_WORDS, flag_furniture
from factcheck.text.segment import segment

BODY_EN = "The regional council approved the budget on Tuesday after a long debate over school funding."
BODY_AR = "وافق المجلس البلدي على الميزانية الجديدة بعد نقاش طويل حول تمويل المدارس والمستشفيات."

CASES = [
    # (language, paragraph text, index of the sentence inside it, expected furniture flag)
    ("en", f"{BODY_EN} Share this article. The vote passed easily.", 1, True),
    ("en", f"{BODY_EN} Share on Facebook and comment below.", 1, True),
    ("en", f"{BODY_EN} Readers can share and comment on the decision, which several members of the "
           "council said they would share with residents who follow the city on social media.", 1, False),
    ("en", f"{BODY_EN} The mayor said the plan would be reviewed.", 1, False),
    ("ar", f"{BODY_AR} شارك المقال. وقال رئيس المجلس إن الخطة ستراجع.", 1, True),
    ("ar", f"{BODY_AR} وقال رئيس المجلس إن الخطة ستراجع الشهر المقبل.", 1, False),
]


def _flags(text: str, language: str, indexed: bool) -> list[tuple[str, bool]]:
    segs = flag_furniture(text, segment(text), language, text_tokens(text) if indexed else None)
    return [(s.text, s.furniture) for s in segs]


@pytest.mark.parametrize("language,para,k,expected", CASES)
def test_sentence_widgets_in_running_paragraph(language, para, k, expected):
    text = f"Headline of the story\n\n{para}\n\n{BODY_EN if language == 'en' else BODY_AR}"
    flags = _flags(text, language, indexed=True)
    body = [f for t, f in flags if para.find(t) >= 0 and t != "Headline of the story"]
    assert body[k] is expected
    assert flags == _flags(text, language, indexed=False)


def test_long_sentence_of_interface_words_is_not_a_widget():
    words = ["share", "comment", "subscribe", "follow"] * 5
    sentence = " ".join(words[:WIDGET_MAX_WORDS + 1]).capitalize() + "."
    text = f"Headline of the story\n\n{BODY_EN} {sentence} {BODY_EN}"
    flags = dict(_flags(text, "en", indexed=True))
    assert flags[sentence] is False
    short = " ".join(words[:4]).capitalize() + "."
    text = f"Headline of the story\n\n{BODY_EN} {short} {BODY_EN}"
    assert dict(_flags(text, "en", indexed=True))[short] is True
