"""جرح/جرحت (were wounded) are casualty verbs like أصيب: the event is casualties, and «و» + the verb
directly followed by a number starts a claim of its own, as «وأصيب 12 آخرون» does."""
import datetime

import pytest

from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)


def _claims(text: str):
    return [(c.text, c.event, [(q.value, q.unit) for q in c.quantities])
            for c in analyze(f"عنوان\n{text}", "ar", PUB).claims]


@pytest.mark.parametrize("text, expected", [
    ("قتل 3 جنود وجرح 7 آخرون.", [("قتل 3 جنود", "casualties", [(3.0, "person")]),
                                   ("وجرح 7 آخرون", "casualties", [(7.0, "person")])]),
    ("جرح 12 شخصاً في حادث سير على الطريق الصحراوي.",
     [("جرح 12 شخصاً في حادث سير على الطريق الصحراوي", "casualties", [(12.0, "person")])]),
    # a shared phrase after both figures keeps one claim (the round-22 split rule)
    ("قتل 3 جنود وجرح 7 آخرون في هجوم شمال البلاد.",
     [("قتل 3 جنود وجرح 7 آخرون في هجوم شمال البلاد", "casualties", [(3.0, "person"), (7.0, "person")])]),
])
def test_wounded_is_a_casualty_verb(text, expected):
    assert _claims(text) == expected
